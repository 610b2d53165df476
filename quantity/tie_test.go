package quantity_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/quantity"
)

// event builds an event of sentence 0 whose verb is the first occurrence
// of verb.
func event(tb testing.TB, doc *dyad.Document, id, code, verb string) dyad.Event {
	tb.Helper()
	sp := occurrences(tb, doc.Text, verb)[0]
	return dyad.Event{ID: id, DocID: doc.ID, Sentence: sentenceOf(doc, sp.Start), Code: code, Root: code[:2],
		Verb: dyad.EvidenceOf(doc.Text, sp)}
}

func TestTieEvents(t *testing.T) {
	r, x := quantity.New(), quantity.NewFactExtractor()
	tests := []struct {
		name   string
		text   string
		actors []string
		events [][3]string // id, code, verb
		want   map[string]string
	}{
		{"deal-sign", "Russia and India signed a $5.4 billion deal for missiles.",
			[]string{"Russia=RUS", "India=IND"}, [][3]string{{"e1", "057", "signed"}},
			map[string]string{"$5.4 billion": "e1"}},
		{"deal-prefers-specific", "India praised Russia and signed a $5 billion deal with Russia.",
			[]string{"Russia=RUS", "India=IND"}, [][3]string{{"e1", "051", "praised"}, {"e2", "057", "signed"}},
			map[string]string{"$5 billion": "e2"}},
		{"aid", "Japan gave $300 million in aid to Nepal.",
			[]string{"Japan=JPN", "Nepal=NPL"}, [][3]string{{"e1", "071", "gave"}},
			map[string]string{"$300 million": "e1"}},
		{"troops", "The US deployed 5,000 troops to Iraq.",
			[]string{"US=USA", "Iraq=IRQ"}, [][3]string{{"e1", "152", "deployed"}},
			map[string]string{"5,000 troops": "e1"}},
		{"casualties", "A bomb in Kabul killed 20 people.",
			[]string{"Kabul=AFG"}, [][3]string{{"e1", "183", "killed"}},
			map[string]string{"20 people": "e1"}},
		{"wrong-root", "Japan gave $300 million in aid to Nepal.",
			[]string{"Japan=JPN", "Nepal=NPL"}, [][3]string{{"e1", "042", "gave"}},
			map[string]string{"$300 million": ""}},
		{"other-sentence", "Japan gave $300 million in aid to Nepal. Nepal thanked Japan.",
			[]string{"Japan=JPN", "Nepal=NPL"}, [][3]string{{"e1", "071", "thanked"}},
			map[string]string{"$300 million": ""}},
		{"trade-no-event", "Trade between India and China hit $90 billion as India protested.",
			[]string{"India=IND", "China=CHN"}, [][3]string{{"e1", "111", "protested"}},
			map[string]string{"$90 billion": ""}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := factDoc(t, r, x, tc.text, tc.actors, nil)
			for _, e := range tc.events {
				doc.Events = append(doc.Events, event(t, doc, e[0], e[1], e[2]))
			}
			quantity.TieEvents(doc)
			seen := 0
			for _, f := range doc.Facts {
				want, ok := tc.want[f.Number.Text]
				if !ok {
					continue
				}
				seen++
				if f.EventID != want {
					t.Errorf("fact %q: event %q, want %q", f.Number.Text, f.EventID, want)
				}
				for _, ev := range doc.Events {
					tied := ev.Quantity != nil && ev.Quantity.In(doc.Text) == f.Number.Text
					if tied != (ev.ID == want) {
						t.Errorf("event %s quantity %+v, want tied=%v", ev.ID, ev.Quantity, ev.ID == want)
					}
				}
			}
			if seen != len(tc.want) {
				t.Errorf("found %d of %d facts: %+v", seen, len(tc.want), doc.Facts)
			}
		})
	}
}

func TestCorefRecorded(t *testing.T) {
	r, x := quantity.New(), quantity.NewFactExtractor()
	text := "Modi met Xi in Wuhan. Trade between the two countries rose to $90 billion."
	doc := factDoc(t, r, x, text, []string{"Modi=IND", "Xi=CHN"}, nil)
	if len(doc.Facts) != 1 {
		t.Fatalf("facts %+v", doc.Facts)
	}
	f := doc.Facts[0]
	for _, ev := range f.ActorEvidence {
		if ev.Text != "the two countries" {
			t.Errorf("actor evidence %q, want the cue", ev.Text)
		}
	}
	var res []string
	for _, m := range doc.Actors {
		if m.Resolution != "" {
			res = append(res, m.In(doc.Text)+": "+m.Resolution)
		}
	}
	want := "the two countries: coref: the two countries → IND-CHN"
	if len(res) != 2 || res[0] != want || res[1] != want {
		t.Errorf("resolutions %q, want two of %q", res, want)
	}
	for i := 1; i < len(doc.Actors); i++ {
		if doc.Actors[i].Start < doc.Actors[i-1].Start {
			t.Errorf("actors out of order: %+v", doc.Actors)
		}
	}
	// Running again finds the recorded mentions and adds none.
	n := len(doc.Actors)
	if err := x.Annotate(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Actors) != n || len(doc.Facts) != 1 || doc.Facts[0].ID != f.ID {
		t.Errorf("second run: %d actors (want %d), facts %+v", len(doc.Actors), n, doc.Facts)
	}
}

func TestMissingSentences(t *testing.T) {
	doc := &dyad.Document{Text: "Trade was $5 billion."}
	var mle *dyad.MissingLayerError
	if err := quantity.New().Annotate(context.Background(), doc); !errors.As(err, &mle) || mle.Layer != "sentences" {
		t.Errorf("Recognizer: err %v, want missing sentences", err)
	}
	if err := quantity.NewFactExtractor().Annotate(context.Background(), doc); !errors.As(err, &mle) || mle.Layer != "sentences" {
		t.Errorf("FactExtractor: err %v, want missing sentences", err)
	}
	empty := &dyad.Document{}
	if err := quantity.New().Annotate(context.Background(), empty); err != nil {
		t.Errorf("empty document: %v", err)
	}
}

func TestFactID(t *testing.T) {
	a := quantity.FactID("d1", 2, dyad.Span{Start: 10, End: 20}, "gdp")
	if a != quantity.FactID("d1", 2, dyad.Span{Start: 10, End: 20}, "gdp") {
		t.Error("FactID is not stable")
	}
	for _, b := range []string{
		quantity.FactID("d2", 2, dyad.Span{Start: 10, End: 20}, "gdp"),
		quantity.FactID("d1", 3, dyad.Span{Start: 10, End: 20}, "gdp"),
		quantity.FactID("d1", 2, dyad.Span{Start: 10, End: 21}, "gdp"),
		quantity.FactID("d1", 2, dyad.Span{Start: 10, End: 20}, "aid"),
	} {
		if b == a {
			t.Errorf("FactID collides: %s", a)
		}
	}
	if len(a) != 17 || !strings.HasPrefix(a, "f") {
		t.Errorf("FactID %q: want f and 16 hex digits", a)
	}
}

// TestPeriodFallback checks that a fact with no date in its sentence takes
// the document date at precision "document".
func TestPeriodFallback(t *testing.T) {
	r, x := quantity.New(), quantity.NewFactExtractor()
	doc := factDoc(t, r, x, "In 2018 talks began. Japan's reserves were $1.2 trillion.", []string{"Japan=JPN"}, []string{"2018=2018"})
	if len(doc.Facts) != 1 {
		t.Fatalf("facts %+v", doc.Facts)
	}
	p := doc.Facts[0].Period
	if p.Precision != dyad.PrecDocument || p.Value != published.Value || !p.Begin.Equal(published.Begin) {
		t.Errorf("period %+v, want the document date at precision document", p)
	}
	if !doc.Facts[0].PeriodEvidence.IsZero() {
		t.Errorf("period evidence %+v, want none", doc.Facts[0].PeriodEvidence)
	}
}
