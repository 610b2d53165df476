package quantity_test

import (
	"context"
	"fmt"
	"math"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/quantity"
	"github.com/dyadproject/dyad/segment"
)

// Ratchet floors for the quantity table: raise them when the grammar gets
// better, never lower them.
const (
	quantityPrecisionFloor = 0.99
	quantityRecallFloor    = 0.99
)

func segmented(tb testing.TB, text string) *dyad.Document {
	tb.Helper()
	doc := &dyad.Document{ID: "test", Text: text}
	if err := segment.New().Annotate(context.Background(), doc); err != nil {
		tb.Fatal(err)
	}
	return doc
}

func recognized(tb testing.TB, r *quantity.Recognizer, text string) *dyad.Document {
	tb.Helper()
	doc := segmented(tb, text)
	if err := r.Annotate(context.Background(), doc); err != nil {
		tb.Fatal(err)
	}
	return doc
}

func close1(got, want float64) bool {
	if want == 0 {
		return got == 0
	}
	return math.Abs(got-want) <= 1e-9*math.Abs(want)
}

func (w want) matches(text string, q dyad.Quantity) bool {
	return q.In(text) == w.span && close1(q.Value, w.val) && close1(q.ValueMax, w.max) &&
		q.Unit == w.unit && q.Qualifier == w.qual && q.Noun == w.noun
}

func show(text string, q dyad.Quantity) string {
	return fmt.Sprintf("{%q %g %g %q %q %q}", q.In(text), q.Value, q.ValueMax, q.Unit, q.Qualifier, q.Noun)
}

// TestQuantityTable scores the recogniser on quantityCases: a quantity is
// right when its text, value, range, unit, qualifier and noun all match.
func TestQuantityTable(t *testing.T) {
	r := quantity.New()
	var tp, got, wanted int
	for _, tc := range quantityCases {
		t.Run(tc.name, func(t *testing.T) {
			doc := recognized(t, r, tc.text)
			used := make([]bool, len(tc.want))
			for _, q := range doc.Quantities {
				if q.In(doc.Text) == "" || math.IsNaN(q.Value) || math.IsInf(q.Value, 0) {
					t.Errorf("bad quantity %s", show(doc.Text, q))
				}
				hit := false
				for i, w := range tc.want {
					if !used[i] && w.matches(doc.Text, q) {
						used[i], hit = true, true
						break
					}
				}
				if hit {
					tp++
				} else {
					t.Logf("%s: spurious %s", tc.name, show(doc.Text, q))
				}
			}
			for i, w := range tc.want {
				if !used[i] {
					t.Logf("%s: missed %v", tc.name, w)
				}
			}
			got += len(doc.Quantities)
			wanted += len(tc.want)
		})
	}
	p, rc := ratio(tp, got), ratio(tp, wanted)
	t.Logf("quantities: %d cases, precision %.3f (%d/%d), recall %.3f (%d/%d)", len(quantityCases), p, tp, got, rc, tp, wanted)
	if p < quantityPrecisionFloor || rc < quantityRecallFloor {
		t.Errorf("precision %.3f, recall %.3f: below the floor %.3f, %.3f", p, rc, quantityPrecisionFloor, quantityRecallFloor)
	}
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}
