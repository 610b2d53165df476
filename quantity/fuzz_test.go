package quantity_test

import (
	"context"
	"math"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/quantity"
	"github.com/dyadproject/dyad/segment"
)

// FuzzRecognize feeds arbitrary text through segment, the recogniser and
// the fact stage: no panics, spans inside the text and in order, values
// finite.
func FuzzRecognize(f *testing.F) {
	for _, tc := range quantityCases {
		f.Add(tc.text)
	}
	f.Add("$" + "9999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999" + " trillion")
	f.Add("1e308 1.7976931348623157e308 bn lakh crore trillion trillion trillion")
	f.Add("between and - -- 5- -5 $-$ US$ Rs. ₹ twenty- -five a a a hundred and and")
	seg, r, x := segment.New(), quantity.New(), quantity.NewFactExtractor()
	ctx := context.Background()
	f.Fuzz(func(t *testing.T, text string) {
		doc := &dyad.Document{ID: "fuzz", Text: text}
		if err := seg.Annotate(ctx, doc); err != nil {
			t.Fatal(err)
		}
		if err := r.Annotate(ctx, doc); err != nil {
			t.Fatal(err)
		}
		prev := 0
		for _, q := range doc.Quantities {
			if q.Start < prev || q.End <= q.Start || q.End > len(text) {
				t.Fatalf("bad span %v after %d", q.Span, prev)
			}
			prev = q.End
			for _, v := range []float64{q.Value, q.ValueMax} {
				if math.IsNaN(v) || math.IsInf(v, 0) || v < 0 {
					t.Fatalf("value %g in %q", v, q.In(text))
				}
			}
			if q.Unit == "" {
				t.Fatalf("no unit for %q", q.In(text))
			}
		}
		// Mark every word as a country so the fact stage runs its paths.
		for i, tk := range doc.Tokens {
			if tk.Kind == dyad.Word && i%3 == 0 {
				doc.Actors = append(doc.Actors, dyad.ActorMention{Span: tk.Span, Sentence: sentenceOf(doc, tk.Start),
					Codes: []dyad.DatedCode{{Code: []string{"IND", "CHN", "PAK"}[i%3]}}})
			}
		}
		if err := x.Annotate(ctx, doc); err != nil {
			t.Fatal(err)
		}
		quantity.TieEvents(doc)
	})
}
