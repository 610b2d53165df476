package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/cameo"
)

// judging reports whether root is one of a reaction to an act: a
// statement, appeal, praise, demand, criticism, rejection or threat.
func judging(root string) bool {
	switch root {
	case "01", "02", "05", "10", "11", "12", "13":
		return true
	}
	return false
}

// judged aims the events of a reaction whose object is an act ("Ankara
// condemned the strikes", "Washington condemned the action", "Algiers
// denounced the arrest as a provocation") and that name no target at the
// author of the act told last, in this sentence or the one before. The
// nouns that name an act are the option ACT NOUNS. When the act told last
// is the reacting side's own, or there is none, the events are left as
// they are: the actor resolver then takes the other side of the dyad.
func (s *sent) judged(k *kept, cd cand, got, evs []dyad.Event) []dyad.Event {
	if len(s.c.Config.Acts) == 0 || len(got) == 0 || !judging(got[0].Root) || !s.actObject(k, cd.vl+1) {
		return got
	}
	act := lastAct(evs, s.doc.Events, s.si)
	if act == nil || s.words[k.idx[cd.vl+1]].norm == "IT" && (act.Root == "01" || act.Root == "04") {
		// ("Clinton met Assad to present Barak's final offer. Assad
		// rejected it": what is rejected is no meeting or statement)
		return got
	}
	var authors []dyad.EventActor
	add := func(a dyad.EventActor) {
		for _, b := range authors {
			if country(b.Code) == country(a.Code) {
				return
			}
		}
		authors = append(authors, a)
	}
	for _, all := range [...][]dyad.Event{s.doc.Events, evs} {
		for _, e := range all {
			if e.Verb.Span != act.Verb.Span {
				continue
			}
			add(e.Source)
			if cameo.Symmetric(e.Code) && !strings.HasPrefix(e.Code, "19") && country(e.Target.Code) != "" {
				add(e.Target)
			}
		}
	}
	out := got[:0]
	for _, e := range got {
		if e.Target.Code != "---" {
			out = append(out, e)
			continue
		}
		n := len(out)
		for _, a := range authors {
			if country(a.Code) == country(e.Source.Code) {
				continue
			}
			j := e
			j.Target = a
			j.Target.Span = dyad.Span{}
			j.Target.Resolution = "author of the act judged: " + act.Verb.Text
			j.ID = dyad.EventID(s.doc.ID, &j)
			out = append(out, j)
		}
		if len(out) == n {
			out = append(out, e)
		}
	}
	return out
}

// lastAct returns the event told last, in this sentence (evs) or the one
// before, whose source is a state; nil when there is none.
func lastAct(evs, doc []dyad.Event, si int) *dyad.Event {
	for i := len(evs) - 1; i >= 0; i-- {
		if country(evs[i].Source.Code) != "" && evs[i].Code != "=" {
			return &evs[i]
		}
	}
	for i := len(doc) - 1; i >= 0 && doc[i].Sentence >= si-1; i-- {
		if country(doc[i].Source.Code) != "" && doc[i].Code != "=" {
			return &doc[i]
		}
	}
	return nil
}

// actObject reports whether the words from kept position q are an act
// named by a noun of ACT NOUNS, after a determiner and at most two other
// words ("the strikes", "the latest attack", "this decision"), or "it".
func (s *sent) actObject(k *kept, q int) bool {
	if q >= len(k.idx) {
		return false
	}
	switch s.words[k.idx[q]].norm {
	case "THE", "THIS", "THAT", "THESE", "THOSE", "SUCH":
	case "IT":
		// "Santiago rejected it outright": clauseEvents leaves an "it"
		// judged with no target only when it is no state
		return true
	default:
		return false
	}
	for i := q + 1; i < len(k.idx) && i <= q+3; i++ {
		w := &s.words[k.idx[i]]
		if s.c.Config.Acts[w.norm] {
			return true
		}
		if w.comma || w.semi || s.role[k.idx[i]] != 0 {
			return false
		}
	}
	return false
}
