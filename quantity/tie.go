package quantity

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// TieEvents ties facts to the coded events whose value they are: a deal's
// price, aid given, troops sent, the casualties of an attack. A fact is
// tied to an event of its sentence whose CAMEO code fits the indicator
// (data/vocabulary.txt: deal_value fits 057, 061, 062 and the 03, 05 and
// 06 roots; aid 07; troops 15, 19 and 20; casualties 18, 19 and 20). The
// most specific code wins, then the event whose verb is nearest the
// number. The event gets the quantity and the fact the event's ID; an
// event takes one quantity.
func TieEvents(doc *dyad.Document) {
	v, err := builtinVocab()
	if err != nil {
		panic("quantity: built-in data: " + err.Error())
	}
	for fi := range doc.Facts {
		f := &doc.Facts[fi]
		codes := v.spec(f.Indicator).codes
		if len(codes) == 0 || f.EventID != "" {
			continue
		}
		best, bestLen, bestDist := -1, 0, 0
		for ei := range doc.Events {
			ev := &doc.Events[ei]
			if ev.Sentence != f.Sentence || ev.Quantity != nil {
				continue
			}
			n := fits(ev, codes)
			if n == 0 {
				continue
			}
			d := distance(ev.Verb.Span, f.Number.Span)
			if n > bestLen || (n == bestLen && d < bestDist) {
				best, bestLen, bestDist = ei, n, d
			}
		}
		if best < 0 {
			continue
		}
		ev := &doc.Events[best]
		q := quantityOf(doc, f)
		ev.Quantity = &q
		f.EventID = ev.ID
	}
}

// fits returns the length of the longest code prefix the event matches.
func fits(ev *dyad.Event, codes []string) int {
	code := ev.Code
	if code == "" {
		code = ev.Root
	}
	n := 0
	for _, c := range codes {
		if len(c) > n && strings.HasPrefix(code, c) {
			n = len(c)
		}
	}
	return n
}

func distance(a, b dyad.Span) int {
	switch {
	case a.End <= b.Start:
		return b.Start - a.End
	case b.End <= a.Start:
		return a.Start - b.End
	}
	return 0
}

// quantityOf returns the quantity a fact was made from.
func quantityOf(doc *dyad.Document, f *dyad.Fact) dyad.Quantity {
	for _, q := range doc.Quantities {
		if q.Span == f.Number.Span {
			return q
		}
	}
	return dyad.Quantity{Span: f.Number.Span, Sentence: f.Sentence, Value: f.Value,
		ValueMax: f.ValueMax, Unit: f.Unit, Qualifier: f.Qualifier}
}
