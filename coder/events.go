package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// span returns the text span of a mention.
func (s *sent) span(m int) dyad.Span {
	mn := &s.men[m]
	return dyad.Span{Start: s.words[mn.first()].span.Start, End: s.words[mn.last()].span.End}
}

func (s *sent) actor(r ref) dyad.EventActor {
	ea := dyad.EventActor{Code: r.code, Country: dyad.Country(strings.Trim(r.code, "~"))}
	if r.m < 0 {
		return ea
	}
	mn := &s.men[r.m]
	ea.Span = s.span(r.m)
	ea.Agent = mn.agent
	if ea.Agent == "" && strings.HasPrefix(r.code, ea.Country) && len(r.code) > len(ea.Country) {
		// a person's dated code carries the agent: INDGOV is IND + GOV
		ea.Agent = r.code[len(ea.Country):]
	}
	if mn.actor >= 0 {
		ea.Name = s.c.d.Actors[mn.actor].Name
	}
	if mn.pron {
		ea.Resolution = "pronoun: " + strings.Join(mn.codes, "/")
		if mn.note != "" {
			ea.Resolution = mn.note
		}
	}
	return ea
}

func (s *sent) event(k *kept, cd cand, lo, hi int, src, tgt ref, code string) dyad.Event {
	m := &s.ms[cd.mi]
	vs := dyad.Span{Start: s.words[m.first()].span.Start, End: s.words[m.last()].span.End}
	doc := s.doc
	if to, ok := s.c.Config.GovCodes[code]; ok && (strings.HasSuffix(src.code, "GOV") || s.stateNamed(src)) {
		code = to
	}
	e := dyad.Event{
		DocID: doc.ID, Sentence: s.si,
		Source: s.actor(src), Target: s.actor(tgt),
		Code: code, Verb: dyad.EvidenceOf(doc.Text, vs), Rule: cd.res.rule,
		DocDate: doc.Published,
	}
	if len(code) >= 2 {
		e.Root = code[:2]
	}
	if s.c.DateOf != nil {
		clause := doc.Sentences[s.si].Span
		if lo < hi && hi <= len(k.idx) {
			clause = dyad.Span{Start: s.words[k.idx[lo]].span.Start, End: s.words[k.idx[hi-1]].span.End}
		}
		e.Date = s.c.DateOf(doc, s.si, clause)
	} else {
		e.Date = doc.Published
		e.Date.Precision = dyad.PrecDocument
	}
	if neg := s.negation(k, cd); neg.Text != "" {
		e.Modality, e.ModalityCue = dyad.Negated, neg
	}
	e.ID = dyad.EventID(doc.ID, &e)
	return e
}

// stateNamed reports whether r is a state named as such ("Egypt
// protested"), with no agent: its government acts, not its people
// ("Egyptians protested").
func (s *sent) stateNamed(r ref) bool {
	if r.m < 0 || s.men[r.m].pron || s.men[r.m].agent != "" || s.men[r.m].actor < 0 {
		return false
	}
	if s.c.d.Actors[s.men[r.m].actor].Type != "state" {
		return false
	}
	for _, p := range s.men[r.m].pos {
		if s.role[p] == int8(kActor)+1 {
			return !s.c.lx.entries[s.ms[s.mref[p]].ent].adj
		}
	}
	return false
}

// negation returns a negation word just before the verb that the pattern
// that fired did not itself consume ("did not visit").
func (s *sent) negation(k *kept, cd cand) dyad.Evidence {
	if cd.res.pat != nil && len(cd.res.pat.upper) > 0 {
		return dyad.Evidence{}
	}
	for j := cd.vf - 1; j >= 0 && j >= cd.vf-2; j-- {
		w := s.words[k.idx[j]]
		switch {
		case w.norm == "NOT" || w.norm == "NEVER" || w.norm == "NO" || strings.HasSuffix(w.norm, "N'T"):
			return dyad.EvidenceOf(s.doc.Text, w.span)
		case k.gstart[j] >= 0:
			return dyad.Evidence{}
		}
	}
	return dyad.Evidence{}
}

// dedupe drops repeated (source, target, code) events of one sentence, as
// TABARI does; with perVerb, only those of one verb: "On 1 July Japan
// announced export controls, and on 2 August it removed Korea from its
// white list" reports two sanctions.
func dedupe(evs []dyad.Event, perVerb bool) []dyad.Event {
	out := evs[:0]
next:
	for _, e := range evs {
		for _, o := range out {
			if o.Source.Code == e.Source.Code && o.Target.Code == e.Target.Code && o.Code == e.Code &&
				(!perVerb || o.Verb.Span == e.Verb.Span) {
				continue next
			}
		}
		out = append(out, e)
	}
	return out
}

// addMentions records the sentence's actor mentions on the document.
func (s *sent) addMentions(k *kept) {
	for i := range s.men {
		mn := &s.men[i]
		if !k.alive[i] && !(s.c.Config.Subordinate && !mn.pron && s.isPerson(mn.actor)) {
			// a person named in an aside (", Abdullah II,") is still
			// named: a short name later ("Abdullah") is that person
			continue
		}
		am := dyad.ActorMention{Span: s.span(i), Sentence: s.si, Agent: mn.agent, Rule: mn.rule}
		if mn.actor >= 0 {
			a := &s.c.d.Actors[mn.actor]
			am.EntryID, am.Name, am.Codes = a.ID, a.Name, a.Codes
		} else {
			for _, c := range mn.codes {
				am.Codes = append(am.Codes, dyad.DatedCode{Code: c})
			}
			if mn.pron {
				am.Resolution = "pronoun: " + strings.Join(mn.codes, "/")
				if mn.note != "" {
					am.Resolution = mn.note
				}
			}
		}
		s.doc.Actors = append(s.doc.Actors, am)
	}
}
