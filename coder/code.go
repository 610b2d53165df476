package coder

import (
	"fmt"
	"slices"
	"strings"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/cameo"
)

// state carries what one sentence passes to the next: the actor that a
// pronoun opening the next sentence refers to (TABARI's FORWARD).
type state struct {
	fwd      []string
	fwdActor int32 // the dictionary actor behind fwd, -1 for none
	// prev holds the actors of the last sentence that named any, for
	// definite anaphors ("the minister", "the latter").
	prev []antecedent
	// person is the first person named in the last sentence that named
	// any actor, for "he" and "she" (actor -1 for none).
	person antecedent
	// named holds the actors named so far by a name of two words or more:
	// a surname shared by two entries ("Fernández") is the one named.
	named map[int32]bool
	// others holds the surnames that ended a full name the dictionary
	// lacks ("Jimmy Lai"): the surname alone later is that person, not a
	// known one who shares it (Lai Ching-te).
	others map[string]bool
	// plural holds the codes of the last sentence's first compound of
	// actors, for a "they" opening the next: "Merkel and Hollande … They
	// flew to Moscow".
	plural []string
}

func newState() *state {
	return &state{fwdActor: -1, person: antecedent{actor: -1}, named: map[int32]bool{}}
}

// ref is one actor code in an event with the mention it came from (-1 for
// default codes).
type ref struct {
	code string
	m    int
}

// cand is a verb considered for coding.
type cand struct {
	mi       int
	vf, vl   int
	res      result
	code     string // without marks
	weak     bool
	dominant bool
}

func (c *Coder) codeSentence(doc *dyad.Document, si int, st *state) {
	s := c.pool.Get().(*sent)
	defer c.pool.Put(s)
	s.reset()
	if c.Config.Subordinate && st.others == nil {
		st.others = map[string]bool{}
	}
	s.c, s.doc, s.si, s.at, s.named, s.others = c, doc, si, c.at(doc, si), st.named, st.others
	s.build()
	if len(s.words) == 0 {
		return
	}
	s.lexical()
	s.mentions()
	s.openComma = s.openClauseComma()
	s.all = grow(s.all, len(s.words))
	s.aliveAll = grow(s.aliveAll, len(s.men))
	all, alive := s.all, s.aliveAll
	for i := range all {
		all[i] = i
	}
	for i := range alive {
		alive[i] = true
	}
	del := s.deleteClauses(s.buildGroups(all, alive))
	k := s.keep(del)
	if c.Config.ShareAgents {
		s.shareAgents(k)
	}
	s.resolvePronouns(k, st)
	s.addMentions(k)
	switch {
	case len(c.Config.Anaphors) > 0:
		s.remember(k, st)
	case c.Config.Forward:
		for i := range s.men {
			if k.alive[i] && !s.men[i].pron {
				st.fwd, st.fwdActor = s.men[i].base, s.men[i].actor
				break
			}
		}
	}

	nwords := 0
	for _, w := range s.words {
		if !w.comma && !w.poss {
			nwords++
		}
	}
	if nwords < c.Config.MinWords {
		return
	}
	nverbs := 0
	var discardAt []int
	for mi := range s.ms {
		m := &s.ms[mi]
		if !k.vAlive[mi] && m.kind != kDiscard && m.kind != kComplex {
			continue
		}
		switch m.kind {
		case kDiscard:
			if c.Config.Semicolon && c.Config.Subordinate {
				// "After Algeria beat Egypt in a World Cup play-off …;
				// Cairo summoned Algeria's ambassador": only the
				// discard phrase's own part of the sentence goes
				discardAt = append(discardAt, m.first())
				continue
			}
			s.discard = true
		case kComplex:
			s.complex = true
		case kVerb:
			if s.nounV[mi] {
				continue
			}
			nverbs++
			switch strings.TrimRight(c.vbs[m.idx].code, "!?") {
			case "###":
				s.discard = true
			case "+++":
				s.complex = true
			}
		}
	}
	for i := range s.men {
		if !k.alive[i] || s.men[i].actor < 0 {
			continue
		}
		for _, code := range s.men[i].base {
			switch code {
			case "###":
				s.discard = true
			case "+++":
				s.complex = true
			}
		}
	}
	bounds, nconj := s.clauses(k)
	if c.Config.CodeBy == "SENTENCE" {
		bounds = []int{0, len(k.idx)}
	}
	if c.Config.MaxVerbs > 0 && nverbs >= c.Config.MaxVerbs || c.Config.MaxConj > 0 && nconj >= c.Config.MaxConj {
		s.complex = true
	}
	if s.discard {
		s.trace("sentence discarded: a discard phrase or a ### code")
		return
	}
	if s.complex {
		s.trace("sentence too complex to code: a complex phrase, a +++ code, or too many verbs (%d) or conjunctions (%d)", nverbs, nconj)
		return
	}
	var evs []dyad.Event
	var prev []ref
	first := true
	for ci := 0; ci+1 < len(bounds); ci++ {
		lo, hi := bounds[ci], bounds[ci+1]
		if s.discarded(k, discardAt, lo) {
			s.trace("clause discarded: a discard phrase in its part of the sentence")
			continue
		}
		if g := s.antecedent[lo]; c.Config.Subordinate && g >= 0 {
			prev = s.refs(k, int(g)) // the main clause resumes after a relative one
		}
		cs := s.cands[:0]
		for mi := range s.ms {
			m := &s.ms[mi]
			if m.kind != kVerb || !k.vAlive[mi] || s.nounV[mi] {
				continue
			}
			vf, vl := k.of[m.first()], k.of[m.last()]
			if vf < lo || vf >= hi {
				continue
			}
			if vl >= hi {
				vl = hi - 1
			}
			res := s.matchVerb(k, m.idx, vf, vl, lo, hi)
			code := strings.TrimRight(res.code, "!?")
			if s.c.Trace != nil {
				how := "no pattern matched, default code"
				if res.pat != nil {
					how = "pattern " + res.pat.text
				}
				s.trace("verb %q (%s): %s %s [%s]", s.matchText(m), c.vbs[m.idx].name, how, res.code, res.rule)
			}
			if code == "---" || code == "" {
				continue
			}
			cs = append(cs, cand{mi: mi, vf: vf, vl: vl, res: res, code: code,
				weak: strings.HasSuffix(res.code, "?"), dominant: strings.HasSuffix(res.code, "!")})
		}
		s.cands = cs
		chosen := s.choose(cs)
		if c.Config.Subordinate && len(chosen) == 1 {
			// "Syrian forces backed by Russia killed 33 Turkish soldiers":
			// a participle with "by" modifies a noun, and the clause's
			// own verb comes after it
			chosen = s.afterParticiple(k, cs, chosen, hi)
		}
		for _, cd := range chosen {
			switch cd.code {
			case "###", "+++":
				return
			}
			if first {
				first = false
				if c.Config.NoActPrior && !(c.Config.DefaultSource != "" && c.Config.DefaultPrior) && !s.actorBefore(k, cd.vf) {
					return
				}
			}
			got, src := s.clauseEvents(k, cd, lo, hi, prev)
			if c.Config.Subordinate && len(chosen) == 1 {
				got = append(got, s.nounSubjectAct(k, cs, cd, got)...)
			}
			if cd.code == "=" {
				got = s.followed(got, evs)
			}
			got = s.judged(k, cd, got, evs)
			if len(got) > 0 || src != nil {
				prev = src
			}
			if s.listed[lo] {
				// one package of measures: "Moscow banned imports …,
				// halted charter flights and suspended visa-free travel"
				got = slices.DeleteFunc(got, func(e dyad.Event) bool { return told(evs, e) })
			}
			evs = append(evs, got...)
		}
		if c.Config.Subordinate && len(s.cands) == 0 && (lo >= len(k.idx) || !relative(s.words[k.idx[lo]].norm) && !s.participleAt(k, lo)) {
			// "Raisi landed in Riyadh …, and held talks with bin Salman":
			// a clause without a coded verb still has a subject, which a
			// next clause opening with its verb shares; a clause that
			// opens with its verb (", meeting Albanese on 17 June and
			// promising …") has the subject before it, not its object
			for gi, g := range k.groups {
				if g.first >= lo && g.first < hi && !s.verbIn(k, lo, g.first) {
					prev = s.refs(k, gi)
					break
				}
			}
		}
	}
	if c.Config.Subordinate {
		evs = consequences(doc.Text, evs)
	}
	doc.Events = append(doc.Events, dedupe(evs, c.Config.DedupeVerb)...)
}

// discarded reports whether the clause at kept position lo shares a part
// of the sentence between semicolons (or colons) with a discard phrase at
// one of the word positions at.
func (s *sent) discarded(k *kept, at []int, lo int) bool {
	if len(at) == 0 || lo >= len(k.idx) {
		return false
	}
	// (the semicolon or colon is a word of its own that carries the mark)
	start, end := k.idx[lo], k.idx[lo]+1
	for start > 0 && !s.words[start].semi {
		start--
	}
	for end < len(s.words) && !s.words[end].semi {
		end++
	}
	for _, w := range at {
		if w >= start && w < end {
			return true
		}
	}
	return false
}

// consequences drops the killing told by a participle after an act of
// force by the same side in the same sentence: "Iraqi aircraft dropped
// mustard gas on Sardasht, killing more than 100 civilians" is one attack.
func consequences(text string, evs []dyad.Event) []dyad.Event {
	force := func(e *dyad.Event) bool { return e.Root == "18" || e.Root == "19" || e.Root == "20" }
	out := evs[:0]
next:
	for i := range evs {
		e := &evs[i]
		v := strings.ToLower(e.Verb.Text)
		if force(e) && strings.HasSuffix(v, "ing") && strings.HasSuffix(strings.TrimRight(text[:e.Verb.Start], " "), ",") {
			for j := range i {
				o := &evs[j]
				if force(o) && country(o.Source.Code) == country(e.Source.Code) &&
					(e.Target.Code == "---" || country(o.Target.Code) == country(e.Target.Code)) {
					continue next
				}
			}
		}
		out = append(out, *e)
	}
	return out
}

// shareAgents gives the agent of a compound's first member, when the
// agent phrase precedes it, to the members that have none.
func (s *sent) shareAgents(k *kept) {
	for _, g := range k.groups {
		if len(g.ms) < 2 {
			continue
		}
		f := &s.men[g.ms[0]]
		if !f.hasAgt || !f.agentFirst {
			continue
		}
		for _, m := range g.ms[1:] {
			mn := &s.men[m]
			if mn.hasAgt || mn.pron || mn.actor < 0 {
				continue
			}
			codes := make([]string, len(mn.codes))
			for i, c := range mn.codes {
				codes[i] = combine(c, f.agent, f.agentBefore)
			}
			mn.codes, mn.agent, mn.hasAgt = codes, f.agent, true
		}
	}
}

// nounSubjectAct codes the verb whose subject is the possessive event noun
// of cd, between the noun's own actors: "Lee Myung-bak's visit to Beijing
// in May 2008 upgraded ties to a strategic partnership" is a visit and an
// upgrade of ties by Korea with China; "Podgorny's visit to Ankara
// produced a declaration" a visit and a declaration signed. The verb must
// follow the noun phrase with no comma between and match a pattern of its
// own.
func (s *sent) nounSubjectAct(k *kept, cs []cand, cd cand, got []dyad.Event) []dyad.Event {
	if cd.res.pat == nil || !strings.HasPrefix(cd.res.pat.text, "$ 's ") || len(got) == 0 {
		return nil
	}
	var nx *cand
	for i := range cs {
		if cs[i].vf > cd.vl {
			nx = &cs[i]
			break
		}
	}
	if nx == nil || nx.weak || nx.res.pat == nil || nx.code < "03" || nx.code >= "09" {
		return nil
	}
	for q := cd.vl; q < nx.vf; q++ {
		if s.words[k.idx[q]].comma || s.words[k.idx[q]].semi {
			return nil
		}
	}
	m := &s.ms[nx.mi]
	verb := dyad.EvidenceOf(s.doc.Text, dyad.Span{Start: s.words[m.first()].span.Start, End: s.words[m.last()].span.End})
	out := make([]dyad.Event, 0, len(got))
	for _, e := range got {
		e.Code, e.Root, e.Verb, e.Rule = nx.code, nx.code[:2], verb, nx.res.rule
		e.Modality, e.ModalityCue = "", dyad.Evidence{}
		if neg := s.negation(k, *nx); neg.Text != "" {
			e.Modality, e.ModalityCue = dyad.Negated, neg
		}
		e.ID = dyad.EventID(s.doc.ID, &e)
		out = append(out, e)
	}
	return out
}

// choose picks the verbs of a clause to code.
func (s *sent) choose(cs []cand) []cand {
	if len(cs) == 0 {
		return nil
	}
	if s.c.Config.CodeBy == "ALL" {
		var dom []cand
		for _, c := range cs {
			if c.dominant {
				dom = append(dom, c)
			}
		}
		if len(dom) > 0 {
			return dom
		}
		if len(cs) > 1 {
			var out []cand
			for _, c := range cs {
				if !c.weak {
					out = append(out, c)
				}
			}
			if len(out) > 0 {
				return out
			}
		}
		return cs
	}
	for i, c := range cs {
		if c.weak && i+1 < len(cs) {
			continue
		}
		return cs[i : i+1]
	}
	return nil
}

// told reports whether evs has an event of e's source, target and code;
// a target not named is the earlier one's.
func told(evs []dyad.Event, e dyad.Event) bool {
	for _, o := range evs {
		if o.Source.Code == e.Source.Code && (o.Target.Code == e.Target.Code || e.Target.Code == "---") && o.Code == e.Code {
			return true
		}
	}
	return false
}

func (s *sent) actorBefore(k *kept, vf int) bool {
	for _, g := range k.groups {
		if g.first < vf {
			return true
		}
	}
	return false
}

// resolvePronouns gives each pronoun the codes of the sentence's first
// actor before it, or of the previous sentence's first actor; pronouns
// that refer to nothing are dropped.
func (s *sent) resolvePronouns(k *kept, st *state) {
	var firstCodes []string
	firstAt := -1
	// "At the OSCE summit in Istanbul, Moscow undertook to close two of
	// its bases": an opening phrase of place or circumstance holds no
	// antecedent when an actor follows its comma
	skipTo := -1
	if s.c.Config.Subordinate && len(k.idx) > 0 && isOpeningPrep(s.words[k.idx[0]].norm) {
		for q := 1; q < len(k.idx); q++ {
			if !s.words[k.idx[q]].comma {
				continue
			}
			if q+1 < len(k.idx) && isSubordinator(s.words[k.idx[q+1]].norm) {
				// "On 15 May 2018, after dozens of Palestinians were
				// shot, Turkey recalled its envoy": the clause after the
				// date opens the sentence too
				continue
			}
			if k.gstart[min(q+1, len(k.idx)-1)] >= 0 {
				skipTo = q
			}
			break
		}
	}
	if skipTo < 0 && s.openComma >= 0 {
		// "When Ethiopia signed a port deal …, Somalia recalled its
		// ambassador": nor does an opening subordinate clause
		if q := k.of[s.openComma]; q >= 0 && q+1 < len(k.idx) {
			for _, g := range k.groups {
				if g.first > q {
					skipTo = q
					break
				}
			}
		}
	}
	firstAt, firstCodes = s.firstActor(k, skipTo)
	// the subject of the main clause may be a pronoun for an actor of the
	// opening clause: "After both leaders had secured new mandates, they
	// met"
	openAt, openCodes := firstAt, firstCodes
	if skipTo >= 0 {
		openAt, openCodes = s.firstActor(k, -1)
	}
	changed := false
	for i := range s.men {
		m := &s.men[i]
		if !m.pron || !k.alive[i] {
			continue
		}
		var codes []string
		w, p := s.words[m.first()].norm, k.of[m.first()]
		person := -1
		if m.ana == 0 && personal(w) {
			if semi := s.semiBefore(k, p); semi > 0 && s.c.Config.Subordinate && (w == "HE" || w == "SHE") {
				// "Erdoğan called Israel a terrorist state; Netanyahu
				// retorted that he would take no lectures": he is the
				// person of his own clause (an object "him" is not)
				person = s.personBefore(k, semi, p, w)
			}
			if person < 0 {
				person = s.personBefore(k, 0, p, w)
			}
		}
		// a possessive after a semicolon belongs to its own clause's
		// subject: "Belaúnde accused Quito of an incursion; Roldós's
		// government recalled its ambassador" (an object pronoun, "Athens
		// rejected it", is never the subject)
		fAt, fCodes := firstAt, firstCodes
		var plural []string
		if w == "THEY" && s.c.Config.Subordinate {
			if plural = s.pluralBefore(k, p); plural == nil && !(fAt >= 0 && fAt < p) {
				plural = st.plural
			}
		}
		if semi := s.semiBefore(k, p); semi > 0 && s.c.Config.Subordinate && isPossessive(w) {
			if at, codes := s.firstActor(k, semi); at >= 0 && at < p {
				fAt, fCodes = at, codes
			}
		}
		obj := -1
		if w == "IT" && s.c.Config.Subordinate {
			obj = s.objectBefore(k, p, fAt)
		}
		switch {
		case fAt >= 0 && fAt < p && m.ana == anaPossessive:
			// "Egypt withdrew its ambassador": the agent belongs to the
			// clause's own actor and is part of the pattern, not a target
		case w == "THEY" && s.c.Config.Subordinate && plural != nil:
			// "In the Ukraine crisis Merkel and Hollande became Europe's
			// negotiators; they flew to Moscow": they are the pair, not
			// the first state named; with no actor before them in the
			// sentence, the last sentence's pair
			codes = plural
		case person >= 0:
			// "At the G20 summit Fernández approached Cameron …; he
			// declined": he is the first man named before, not the summit
			codes, m.ref = s.men[person].codes, s.men[person].actor
		case obj >= 0:
			// "Ethiopia blamed Sudan and ordered it to cut its embassy
			// staff": an object "it" is the state just acted on
			codes = s.men[obj].codes
		case fAt >= 0 && fAt < p && !(personal(w) && s.otherGender(k, fAt, w)):
			// ("Merkel signed the declaration with him": him is not
			// Merkel)
			codes = fCodes
		case openAt >= 0 && openAt < p && !personal(w):
			codes = openCodes
		case s.c.Config.Forward && st.person.actor >= 0 && personal(w) && s.genderFits(st.person.actor, w):
			codes, m.ref = s.codesNow(st.person), st.person.actor
		case s.c.Config.Forward && len(st.fwd) > 0:
			// the person or state named before, at this sentence's date
			codes, m.ref = s.codesNow(antecedent{codes: st.fwd, actor: st.fwdActor}), st.fwdActor
		}
		switch {
		case m.ana != 0 && s.resolveAnaphor(m, st.prev, codes):
		case m.ana == 0 && codes != nil:
			m.codes = codes
		default:
			k.alive[i] = false
			changed = true
		}
	}
	if !changed {
		return
	}
	gs := k.groups[:0]
	for i := range k.gstart {
		k.gstart[i] = -1
	}
	for _, g := range k.groups {
		ms := g.ms[:0]
		for _, m := range g.ms {
			if k.alive[m] {
				ms = append(ms, m)
			}
		}
		if len(ms) == 0 {
			continue
		}
		g.ms = ms
		g.first, g.last = k.of[s.men[ms[0]].first()], k.of[s.men[ms[len(ms)-1]].last()]
		k.gstart[g.first] = int32(len(gs))
		gs = append(gs, g)
	}
	k.groups = gs
}

// pluralBefore returns the codes of the last compound of two or more
// actors, none a pronoun, before kept position p, or nil.
func (s *sent) pluralBefore(k *kept, p int) []string {
	last := -1
	for gi, g := range k.groups {
		if g.last < p && s.plainCompound(k, gi) {
			last = gi
		}
	}
	if last < 0 {
		return nil
	}
	var codes []string
	for _, m := range k.groups[last].ms {
		codes = append(codes, s.men[m].codes...)
	}
	return codes
}

// plainCompound reports whether group g joins two or more actors, none a
// pronoun.
func (s *sent) plainCompound(k *kept, g int) bool {
	ms := k.groups[g].ms
	if len(ms) < 2 {
		return false
	}
	for _, m := range ms {
		if s.men[m].pron {
			return false
		}
	}
	return true
}

// semiBefore returns the kept position after the last semicolon or colon
// before kept position p, or 0.
func (s *sent) semiBefore(k *kept, p int) int {
	for q := p - 1; q >= 0; q-- {
		if s.words[k.idx[q]].semi {
			return q + 1
		}
	}
	return 0
}

// firstActor returns the kept position and codes of the first group from
// kept position skipTo on that holds an actor other than a pronoun.
func (s *sent) firstActor(k *kept, skipTo int) (int, []string) {
	var codes []string
	for _, g := range k.groups {
		if g.first < skipTo {
			continue
		}
		for _, m := range g.ms {
			if !s.men[m].pron {
				codes = append(codes, s.men[m].codes...)
			}
		}
		if codes != nil {
			return g.first, codes
		}
	}
	return -1, nil
}

func (s *sent) refs(k *kept, g int) []ref {
	var out []ref
	for _, m := range k.groups[g].ms {
		for _, c := range s.men[m].codes {
			out = append(out, ref{code: c, m: m})
		}
	}
	return out
}

// sameActor reports whether candidate target b only repeats source a:
// "him", "its" or the source's own name. A plural pronoun ("their") that
// stands for the source compound is kept: it pairs the members.
func (s *sent) sameActor(a, b []ref) bool {
	if len(b) > 1 {
		m := &s.men[b[0].m]
		if !m.pron || s.words[m.first()].norm == "THEY" || s.words[m.first()].norm == "THEIR" {
			return false
		}
	}
	for _, rb := range b {
		found := false
		for _, ra := range a {
			if ra.code == rb.code {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// ownPlural reports whether group g is a lone "their" that stands for
// source src, a compound.
func (s *sent) ownPlural(k *kept, src []ref, g int) bool {
	if len(src) < 2 || len(k.groups[g].ms) != 1 {
		return false
	}
	m := &s.men[k.groups[g].ms[0]]
	if !m.pron || s.words[m.first()].norm != "THEIR" || len(m.codes) != len(src) {
		return false
	}
	for _, r := range s.refs(k, g) {
		if !slices.ContainsFunc(src, func(a ref) bool { return a.code == r.code }) {
			return false
		}
	}
	return true
}

// intermediary reports whether the actor at kept position q follows
// "through" or "via": "offered aid through French and UN intermediaries",
// "sent a message via Qatar" name the channel, not the one addressed.
func (s *sent) intermediary(k *kept, q int) bool {
	if !s.c.Config.Subordinate || q == 0 {
		return false
	}
	w := s.words[k.idx[q-1]].norm
	return w == "THROUGH" || w == "VIA"
}

// clauseEvents finds the source and target of a coded verb and returns
// its events and the source used.
func (s *sent) clauseEvents(k *kept, cd cand, lo, hi int, prev []ref) ([]dyad.Event, []ref) {
	cfg := &s.c.Config
	capt := cd.res.cap
	codeA, codeB, paired := strings.Cut(cd.code, ":")
	s.used = grow(s.used, len(k.groups))
	used := s.used
	for _, g := range []int{capt.src, capt.tgt, capt.cmp} {
		if g >= 0 {
			used[g] = true
		}
	}
	for i := 0; i < capt.nskip; i++ {
		used[capt.skips[i]] = true
	}
	var evs []dyad.Event
	emit := func(src, tgt []ref) {
		for _, a := range src {
			for _, b := range tgt {
				if a.code == b.code && (cfg.RequireDyad || a.code != "---") {
					// "---" to "---" is an event that names no actor ("an
					// accord was reached"), left to the resolver
					continue
				}
				evs = append(evs, s.event(k, cd, lo, hi, a, b, codeA))
				if paired {
					evs = append(evs, s.event(k, cd, lo, hi, b, a, codeB))
				}
			}
		}
	}
	if capt.cmp >= 0 {
		rs := s.refs(k, capt.cmp)
		for i, a := range rs {
			for j, b := range rs {
				if i != j && a.code != b.code {
					evs = append(evs, s.event(k, cd, lo, hi, a, b, codeA))
					if paired {
						evs = append(evs, s.event(k, cd, lo, hi, b, a, codeB))
					}
				}
			}
		}
		if capt.src >= 0 && cfg.Subordinate {
			// "King Fahd brought Hassan II and Chadli Bendjedid together":
			// the two met, and the one who brought them met each
			for _, a := range s.refs(k, capt.src) {
				for _, b := range rs {
					if a.code != b.code {
						evs = append(evs, s.event(k, cd, lo, hi, a, b, codeA))
					}
				}
			}
		}
		return evs, rs
	}
	var src, tgt, residual, teller []ref
	srcGroup := -1
	if capt.src >= 0 {
		src = s.refs(k, capt.src)
	}
	if capt.tgt >= 0 {
		tgt = s.refs(k, capt.tgt)
		if s.itJudged(k, cd, codeA, capt.tgt) {
			// "Caracas denounced it as a threat": the pattern's target
			// is the act judged, as below, not the pronoun's state
			tgt = []ref{{code: "---", m: -1}}
		}
	}
	firstBefore := func(skip func(g int) bool) int {
		for gi, g := range k.groups {
			if g.first >= lo && g.first < cd.vf && !used[gi] && !skip(gi) {
				return gi
			}
		}
		// as a target, an actor whose words straddle the clause start
		if src != nil {
			for gi, g := range k.groups {
				if g.first < lo && g.last >= lo && g.last < cd.vf && !used[gi] && !skip(gi) {
					return gi
				}
			}
		}
		return -1
	}
	stop, comp := hi, -1
	if s.c.Config.RelativeStop {
		for q := cd.vl + 1; q < hi; q++ {
			w := s.words[k.idx[q]].norm
			if w == "THAT" && q == cd.vl+1 && s.c.Config.Subordinate && comp < 0 {
				// "demanded that Ethiopia halt the filling": a "that"
				// right after the verb opens its complement, whose
				// subject may be the one addressed (decided below, once
				// the source is known)
				comp = q
				continue
			}
			if isRelative(w) || s.c.Config.Subordinate && (isSubordinator(w) && w != "AS" && w != "SINCE" || s.coordinateVerb(k, q)) {
				// "recalled its ambassador after the massacre of
				// Palestinians": the target is not in the adjunct
				stop = q
				break
			}
		}
	}
	firstAfter := func(skip func(g int) bool) int {
		for gi, g := range k.groups {
			if g.first > cd.vl && g.first < stop && !used[gi] && !skip(gi) && !s.intermediary(k, g.first) {
				return gi
			}
		}
		return -1
	}
	none := func(int) bool { return false }
	if cd.res.pat == nil || !cd.res.pat.hasSrc {
		if by := s.passiveBy(k, cd, lo, hi); by >= 0 && !used[by] {
			src = s.refs(k, by)
			used[by] = true
			if len(src) > 1 && cfg.Subordinate && cameo.Symmetric(codeA) {
				// "The North American Free Trade Agreement, signed by the
				// United States, Mexico and Canada", "the Treaty of
				// Washington, signed by Britain and Venezuela": a mutual
				// act of the agents (below), whatever came before
				srcGroup = by
			} else if g := firstBefore(none); g >= 0 {
				tgt = s.refs(k, g)
				used[g] = true
			} else if !cfg.RequireDyad && cfg.Subordinate {
				// "almost all were shot down by Israel with help from the
				// United States": the passive's subject, not an actor
				// after its agent, is what was acted on; unnamed, it is
				// left to the resolver
				tgt = []ref{{code: "---", m: -1}}
			}
		}
	}
	if src == nil && cfg.Subordinate && cd.vf > lo && s.participleAt(k, cd.vf) && !s.words[k.idx[cd.vf-1]].comma {
		// "a personal letter to both leaders from Pope Francis urging
		// them to settle": a participle right after the actor a message
		// came from is that actor's act ("wrote to Habibie urging him"
		// is the writer's)
		for gi, g := range k.groups {
			if g.last == cd.vf-1 && g.first > lo && !used[gi] && !s.pronounGroup(k, gi) &&
				(s.words[k.idx[g.first-1]].norm == "FROM" || s.words[k.idx[g.first-1]].norm == "BY") {
				src, srcGroup = s.refs(k, gi), gi
				used[gi] = true
				break
			}
		}
	}
	if src == nil {
		own := cfg.Subordinate && (s.ownSubject(k, lo, cd.vf) || s.unknownSubject(k, lo, cd.vf))
		place := s.placeGroup(k, cfg.Subordinate)
		if g := firstBefore(none); g >= 0 && place(g) {
			// "On 18 March, in Tirana, the defence ministers of Croatia,
			// Albania and Kosovo signed": a place before the subject is
			// not the source
			if h := firstBefore(place); h > g {
				src, srcGroup = s.refs(k, h), h
				used[h] = true
			}
		}
		if src != nil {
		} else if g := s.thatSubject(k, lo, cd.vf); g >= 0 && !used[g] {
			// "Trump announced that Israel and Iran had agreed to a
			// ceasefire": the verb's subject follows "that", and the
			// one who told it is no party either
			src, srcGroup = s.refs(k, g), g
			for gi, h := range k.groups {
				if h.first >= lo && h.first < k.groups[g].first {
					if teller == nil {
						teller = s.refs(k, gi) // the next clause's subject
					}
					used[gi] = true
				}
			}
			used[g] = true
		} else if g := firstBefore(none); g >= 0 {
			src, srcGroup = s.refs(k, g), g
			used[g] = true
		} else if len(prev) > 0 && !own {
			src = prev
		} else if cfg.DefaultSource != "" && cfg.DefaultPrior {
			src = []ref{{code: cfg.DefaultSource, m: -1}}
		} else if g := firstAfter(s.placeGroup(k, cfg.Subordinate)); g >= 0 && !own && (!cfg.Subordinate || cameo.Symmetric(codeA) || s.nominalUse(k, cd)) {
			// With prose options an actor after the verb is its source
			// only for a mutual act ("clashes broke out between India and
			// China") or an event noun ("the visit to Mogadishu by
			// Kenya's foreign minister"): "Crowds besieged the Australian
			// embassy" and "Abdi Farah criticised Ethiopia" have a subject
			// the dictionary lacks, not a source after the verb.
			rs := s.refs(k, g)
			used[g] = true
			src, residual = rs[:1], rs[1:]
		} else if cfg.DefaultSource != "" {
			src = []ref{{code: cfg.DefaultSource, m: -1}}
		}
	}
	if src == nil && !cfg.RequireDyad {
		src = []ref{{code: "---", m: -1}}
	}
	if src == nil {
		s.trace("verb %q: no source actor, no event", s.matchText(&s.ms[cd.mi]))
		return nil, nil
	}
	same := func(g int) bool { return s.sameActor(src, s.refs(k, g)) }
	if cfg.Subordinate && !cameo.Symmetric(codeA) && len(src) > 1 {
		// "Saudi Arabia, the UAE and Bahrain withdrew their ambassadors
		// from Doha": the compound's own "their" pairs its members in a
		// one-sided act only when no other actor follows ("Modi and Xi
		// held their first meeting … at a BRICS summit" is their mutual
		// act)
		if o := firstAfter(same); o >= 0 && s.ownPlural(k, src, o) && firstAfter(func(g int) bool { return same(g) || g == o }) >= 0 {
			plain := same
			same = func(g int) bool { return plain(g) || g == o }
		}
	}
	if comp >= 0 && !s.complementSubject(k, comp, src) {
		stop = comp
	}
	foreign := -1
	if cfg.ForeignTarget {
		// "Clinton banned American trade with Iran": pass over an actor of
		// the source's own country when a foreign one follows
		foreign = firstAfter(func(g int) bool { return same(g) || domestic(src, s.refs(k, g)) })
	}
	if tgt == nil && srcGroup >= 0 && len(src) > 1 && cfg.Subordinate && s.reciprocal(k, cd.vl+1) {
		// "Pashinyan and Aliyev agreed to recognise each other", "Rwanda
		// and Uganda fought each other for control of Kisangani": every
		// member acts on every other, whatever follows
		emit(src, src)
		return evs, orTeller(src, teller)
	}
	if tgt == nil && len(prev) > 0 && cfg.Subordinate && cd.res.pat != nil && cd.res.pat.hasSrc && cd.vf <= lo+1 && s.participleAt(k, cd.vf) &&
		firstAfter(same) < 0 {
		// "France forced down the plane …, drawing a furious protest from
		// Morocco's sultan": the one the pattern names after the verb
		// reacts to the clause before, whose source is the target
		tgt = prev
	}
	if tgt == nil && len(prev) > 0 && cfg.Subordinate && (s.words[k.idx[lo]].norm == "WHICH" || s.words[k.idx[lo]].norm == "WHOM") && firstAfter(same) < 0 {
		// "Washington sent them to El Salvador, which Caracas called a
		// kidnapping": what the relative clause judges is the act of the
		// clause before, whose source is the target
		tgt = prev
	}
	if tgt == nil {
		if len(residual) > 0 {
			tgt = residual
		} else if foreign >= 0 {
			tgt = s.refs(k, foreign)
		} else if g := firstAfter(same); g >= 0 && !(cfg.ForeignTarget && cfg.Subordinate && domestic(src, s.refs(k, g))) {
			// (only the source's own country after the verb: "extended a
			// line of credit, then the largest India had offered" names
			// no target, which is left open)
			tgt = s.refs(k, g)
		} else if cfg.DefaultTarget != "" && cfg.DefaultAfter {
			tgt = []ref{{code: cfg.DefaultTarget, m: -1}}
		} else if g := firstBefore(same); g >= 0 && !(cfg.Subordinate && s.beBefore(k, cd, lo)) {
			// (a passive's subject is what was acted on, and an apposition
			// to it no target: "Kenneth Bae, a Korean-American tour
			// operator, was arrested")
			tgt = s.refs(k, g)
		} else if srcGroup >= 0 && len(src) > 2 && cfg.Subordinate && cameo.Symmetric(codeA) {
			// "Egypt, Sudan and Libya signed the Tripoli Charter": a
			// mutual act of three or more binds every pair, not only the
			// first member to the others
			for i := range src {
				emit(src[i:i+1], src[i+1:])
			}
			return evs, orTeller(src, teller)
		} else if srcGroup >= 0 && len(src) > 1 && !(cfg.Subordinate && !cfg.RequireDyad && codeA >= "10" && (!cameo.Symmetric(codeA) || s.namedObject(k, cd) || s.oneSided(k, cd))) {
			// (with prose options a compound acting against someone
			// unnamed, "the United States and Britain imposed sanctions
			// on the generals", is not acting against itself: the target
			// is left to the resolver; nor is one that fought over a
			// place it names, "Ethiopian and Cuban forces recaptured
			// Jijiga")
			src, tgt = src[:1], src[1:]
		} else if cfg.DefaultTarget != "" {
			tgt = []ref{{code: cfg.DefaultTarget, m: -1}}
		}
	}
	after := firstAfter(none)
	objPron := s.objectPronoun(k, after)
	if tgt == nil && !cfg.RequireDyad && len(cfg.Anaphors) > 0 && len(src) == 1 && objPron {
		// "Algeria broke off relations with Morocco, accusing it of
		// hostile actions": the object pronoun is the last other actor
		for o := after - 1; o >= 0; o-- {
			if !same(o) && !s.pronounGroup(k, o) {
				tgt = s.refs(k, o)
				break
			}
		}
	}
	if tgt == nil && !cfg.RequireDyad && cd.res.pat != nil && strings.Contains(" "+cd.res.pat.text+" ", " it ") && objPron {
		// "Damascus called it a war crime": the pattern's "it" is the act
		// judged, whose author the resolver finds
		tgt = []ref{{code: "---", m: -1}}
	}
	if tgt == nil && !cfg.RequireDyad && s.itJudged(k, cd, codeA, after) {
		// "Santiago rejected it outright": an "it" right after a verb of
		// judging is the proposal or act judged, not a state; its author,
		// the other side, is the resolver's to find
		tgt = []ref{{code: "---", m: -1}}
	}
	if tgt == nil && !cfg.RequireDyad && len(cfg.Anaphors) > 0 && len(src) == 1 && objPron && !s.rightAfter(k, cd, after) {
		// "Israel handed back the salient it had captured": a pronoun
		// further on is the subject of a clause of its own, not the
		// object; the one acted on is left to the resolver
		tgt = []ref{{code: "---", m: -1}}
	}
	if tgt == nil && !cfg.RequireDyad && len(cfg.Anaphors) > 0 && len(src) == 1 && objPron && !s.reciprocal(k, cd.vl+1) &&
		s.words[s.men[k.groups[after].ms[0]].first()].norm != "THEM" {
		// ("Havana released them", "handed them over": "them" is most
		// often what was acted on, whose side the resolver finds)
		// "its allies would consult it": the only actor after the verb
		// is the source again, so the clause is misread or reflexive;
		// leaving the target open would let the resolver invent one
		s.trace("verb %q: the target repeats the source, no event", s.matchText(&s.ms[cd.mi]))
		return nil, src // the next clause may still share the subject
	}
	if tgt == nil && !cfg.RequireDyad {
		tgt = []ref{{code: "---", m: -1}}
	}
	if tgt == nil {
		s.trace("verb %q: no target actor, no event", s.matchText(&s.ms[cd.mi]))
		return nil, nil
	}
	emit(src, tgt)
	return evs, orTeller(src, teller)
}

// orTeller returns the teller, the main clause's subject, when the
// clause's own source was the subject of a that-clause ("he tweeted that
// Pakistan had given …, and within days his administration suspended …"),
// else src.
func orTeller(src, teller []ref) []ref {
	if teller != nil {
		return teller
	}
	return src
}

// thatSubject returns the group that opens the clause after the last
// "that" in kept positions [lo, vf), when prose options are on and an
// actor comes before that "that": the subject of the verb at vf ("Trump
// announced that Israel had attacked Iran"), or -1.
func (s *sent) thatSubject(k *kept, lo, vf int) int {
	if !s.c.Config.Subordinate {
		return -1
	}
	t := -1
	for q := vf - 1; q > lo; q-- {
		if s.words[k.idx[q]].norm == "THAT" {
			t = q
			break
		}
	}
	if t < 0 || k.gstart[t+1] < 0 && !(t+2 < vf && isDet(s.words[k.idx[t+1]].norm) && k.gstart[t+2] >= 0) {
		return -1
	}
	p := t + 1
	if k.gstart[p] < 0 {
		p++
	}
	g := int(k.gstart[p])
	if k.groups[g].last >= vf {
		return -1
	}
	for q := k.groups[g].last + 1; q < vf; q++ {
		if s.words[k.idx[q]].comma {
			return -1 // "…, and within days his administration suspended"
		}
	}
	for _, h := range k.groups {
		if h.first > k.groups[g].last && h.first < vf {
			// "…that Pakistan had given America nothing, and within days
			// his administration suspended …": another actor is nearer
			return -1
		}
	}
	for _, h := range k.groups {
		if h.first >= lo && h.first < t {
			return g
		}
	}
	return -1
}

// complementSubject reports whether the clause after "that" at kept
// position q opens with a foreign actor ("demanded that Ethiopia halt",
// "insisted that all Vietnamese troops leave"): the one addressed. Its own
// side ("warned that Chile would defend its territory") or a clause that
// opens otherwise ("warned that annexing the West Bank would …") names
// no target.
func (s *sent) complementSubject(k *kept, q int, src []ref) bool {
	for gi, g := range k.groups {
		if g.first <= q {
			continue
		}
		if g.first > q+2 || g.first == q+2 && !isDet(s.words[k.idx[q+1]].norm) && s.words[k.idx[q+1]].norm != "ALL" {
			return false
		}
		for r := g.first; r <= g.last+1 && r < len(k.idx); r++ {
			if s.words[k.idx[r]].poss {
				return false // "promised that Canada's support would continue"
			}
		}
		rs := s.refs(k, gi)
		return !s.sameActor(src, rs) && !domestic(src, rs)
	}
	return false
}

// placeGroup returns, when on, a test for actor groups named as the place
// of the event ("met in New York"), which cannot be the source of a verb
// before them.
func (s *sent) placeGroup(k *kept, on bool) func(g int) bool {
	return func(g int) bool {
		p := k.groups[g].first - 1
		if !on || p < 0 {
			return false
		}
		w := s.words[k.idx[p]].norm
		if w == "THE" && p > 0 {
			w = s.words[k.idx[p-1]].norm
		}
		// ("during the Suez crisis of 1956 Idris's government refused":
		// a phrase of time is no subject either)
		return w == "IN" || w == "AT" || w == "NEAR" || w == "OUTSIDE" || w == "DURING"
	}
}

// unknownSubject reports whether the clause from kept position lo opens
// after a semicolon with words of its own before the verb at vf, a
// subject the dictionary does not know ("…; that night protesters stormed
// the Saudi embassy"): not the subject of the clause before. A dictionary
// word or a pronoun ("the foreign ministry", "his government") stands for
// the actor told before, and a passive's subject ("the other was
// released") is no source anyway.
func (s *sent) unknownSubject(k *kept, lo, vf int) bool {
	if lo >= vf || !s.words[k.idx[lo]].semi {
		return false
	}
	for q := lo; q < vf; q++ {
		w := s.words[k.idx[q]]
		if r := s.role[k.idx[q]]; r == int8(kAgent)+1 && !stateAgent(s.c.d.Agents[s.ms[s.mref[k.idx[q]]].idx].Code) {
			return true // "protesters", "crowds": people, not the state told before
		} else if r != 0 || isPronoun(w.norm) {
			// an office or a pronoun ("the foreign ministry summoned",
			// "his government summoned"): the actor told before
			return false
		}
		if !w.semi && !s.measures(w) && !isAdverb(w.norm) && !isConj(w.norm) && !isDet(w.norm) && !isTimePrep(w.norm) {
			return !s.beBefore(k, cand{vf: vf}, lo) // a passive's subject is no source anyway
		}
	}
	return false
}

// stateAgent reports whether an agent code is an organ of a state
// (government, armed forces, police, courts, parliament, intelligence).
func stateAgent(code string) bool {
	switch code {
	case "GOV", "MIL", "COP", "JUD", "LEG", "SPY":
		return true
	}
	return false
}

// ownSubject reports whether the clause from kept position lo opens with a
// subordinator whose subject, not an actor, comes before the verb at vf:
// "…, two weeks after Islamist rebels kidnapped …" does not share the main
// clause's subject, as "…, after meeting Lavrov" does.
func (s *sent) ownSubject(k *kept, lo, vf int) bool {
	q := lo
	for q < vf && !isSubordinator(s.words[k.idx[q]].norm) && s.measures(s.words[k.idx[q]]) {
		q++
	}
	if q >= vf || !isSubordinator(s.words[k.idx[q]].norm) {
		return false
	}
	for q++; q < vf; q++ {
		if w := s.words[k.idx[q]]; !s.measures(w) && !isAdverb(w.norm) {
			return true
		}
	}
	return false
}

// domestic reports whether every code of b is of the country of a's first
// code: "USA" after "USAGOV".
func domestic(a, b []ref) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	c := country(a[0].code)
	if c == "" {
		return false
	}
	for _, r := range b {
		if country(r.code) != c {
			return false
		}
	}
	return true
}

// country returns the state part of an actor code, "" for codes that are
// not a state's.
func country(code string) string {
	if len(code) < 3 || strings.HasPrefix(code, "IGO") || strings.HasPrefix(code, "NGO") || strings.HasPrefix(code, "PAIR") ||
		strings.HasPrefix(code, "-") || code[0] == '~' {
		return ""
	}
	return code[:3]
}

// coordinateVerb reports whether kept position q is "and" or "but" before
// a past-tense verb: "recalled its ambassador and proposed taking the
// dispute to the Court" ends the first verb's phrase at "and".
func (s *sent) coordinateVerb(k *kept, q int) bool {
	w := s.words[k.idx[q]].norm
	if (w != "AND" && w != "BUT") || q+1 >= len(k.idx) {
		return false
	}
	i := k.idx[q+1]
	next := s.words[i]
	if next.cap {
		return false
	}
	return pastForm(next.norm) || s.role[i] == int8(kVerb)+1 && !s.nounV[s.mref[i]]
}

// pastForm reports whether w has the form of a verb in the past tense:
// "-ed" or a common irregular past.
func pastForm(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ED") || irregularPast[w]
}

// irregularPast holds common irregular past-tense verbs, which end a
// coordinated verb phrase as "-ed" forms do ("dismissed the talk and said
// the country would not be drawn into it").
var irregularPast = map[string]bool{
	"SAID": true, "MADE": true, "TOOK": true, "GAVE": true, "SENT": true, "MET": true, "LEFT": true,
	"HELD": true, "KEPT": true, "TOLD": true, "BEGAN": true, "WENT": true, "CAME": true, "SAW": true,
	"BROKE": true, "WROTE": true, "SPOKE": true, "STOOD": true, "FOUGHT": true, "PAID": true, "LED": true,
	"BUILT": true, "WON": true, "LOST": true, "FELL": true, "ROSE": true, "DREW": true, "FLEW": true,
	"CHOSE": true, "SHOT": true, "STRUCK": true, "SOUGHT": true, "BROUGHT": true, "THOUGHT": true,
	"BECAME": true, "RAN": true, "HAD": true, "DID": true, "GOT": true, "FOUND": true, "FLED": true, "SOLD": true,
	"BOUGHT": true, "CAUGHT": true, "SPENT": true, "LENT": true, "KNEW": true, "GREW": true, "THREW": true,
	"DROVE": true, "WITHDREW": true, "UNDERTOOK": true, "OVERSAW": true, "SHOOK": true, "FROZE": true,
	"SAT": true, "LAID": true, "HUNG": true, "SANK": true, "SWORE": true, "HID": true, "FELT": true,
	"MEANT": true, "DEALT": true, "UPHELD": true, "WITHHELD": true, "AROSE": true, "OVERCAME": true,
	"STOLE": true, "SWEPT": true, "FORBADE": true, "FORGAVE": true, "FORESAW": true, "UNDERSTOOD": true,
}

// afterParticiple adds to the chosen candidate of a clause the first
// later one when the chosen verb is a participle followed by "by" that
// stands after a noun phrase, as in "forces backed by Russia killed …".
func (s *sent) afterParticiple(k *kept, cs, chosen []cand, hi int) []cand {
	cd := chosen[0]
	if cd.vl+1 >= hi || s.words[k.idx[cd.vl+1]].norm != "BY" || cd.vf == 0 || isBe(s.words[k.idx[cd.vf-1]].norm) {
		return chosen
	}
	for _, o := range cs {
		if o.vf > cd.vl+1 && !o.weak {
			return []cand{cd, o}
		}
	}
	return chosen
}

// objectPronoun reports whether group g is a lone object pronoun ("it",
// "him", "her", "them").
func (s *sent) objectPronoun(k *kept, g int) bool {
	if g < 0 || len(k.groups[g].ms) != 1 {
		return false
	}
	m := &s.men[k.groups[g].ms[0]]
	if !m.pron || m.ana != 0 {
		return false
	}
	switch s.words[m.first()].norm {
	case "IT", "HIM", "HER", "THEM":
		return true
	}
	return false
}

// namedObject reports whether the verb of cd is followed right away by a
// name the dictionary does not know, a place it acts on, or by "on" or
// "against" and what it acts on.
func (s *sent) namedObject(k *kept, cd cand) bool {
	if cd.vl+1 >= len(k.idx) {
		return false
	}
	w := k.idx[cd.vl+1]
	if n := s.words[w].norm; n == "ON" || n == "AGAINST" {
		// "the American and British strikes on the group", "fought
		// against the Taliban": an object the dictionary does not know
		return true
	}
	return s.words[w].cap && s.role[w] == 0
}

// oneSided reports whether the verb of cd is an attack one side makes on
// another, not a fight between them: "American and British forces
// invaded" is not the two fighting each other, as "Indian and Chinese
// troops clashed" is.
func (s *sent) oneSided(k *kept, cd cand) bool {
	v := s.words[k.idx[cd.vf]].norm
	for _, p := range [...]string{"INVAD", "ATTACK", "BOMB", "SHELL", "RAID", "OCCUP", "ANNEX", "LAUNCH", "FIRED", "POUND", "SHOT", "SHOOT", "KILL", "ADVANC", "MARCH", "ROLL", "CROSS"} {
		if strings.HasPrefix(v, p) {
			return true
		}
	}
	return false
}

// itJudged reports whether kept group g is an object "it" right after a
// verb of judging (code), the act judged rather than a state: "Santiago
// rejected it outright".
func (s *sent) itJudged(k *kept, cd cand, code string, g int) bool {
	return judgesAct(code) && s.objectPronoun(k, g) &&
		s.words[s.men[k.groups[g].ms[0]].first()].norm == "IT" && s.rightAfter(k, cd, g)
}

// rightAfter reports whether kept group g follows the verb of cd at once
// or after a particle ("handed them over", "turned it down").
func (s *sent) rightAfter(k *kept, cd cand, g int) bool {
	first := s.men[k.groups[g].ms[0]].first()
	for q := cd.vl + 1; q < len(k.idx) && q <= cd.vl+2; q++ {
		if k.idx[q] == first {
			return true
		}
		switch s.words[k.idx[q]].norm {
		case "BACK", "OVER", "DOWN", "UP", "OFF", "OUT", "AWAY":
		default:
			return false
		}
	}
	return false
}

// judgesAct reports whether code judges something said or done: criticism
// (11), rejection (12) or praise (051), whose object "it" is a proposal
// or an act rather than a state.
func judgesAct(code string) bool {
	return strings.HasPrefix(code, "11") || strings.HasPrefix(code, "12") || strings.HasPrefix(code, "051")
}

// reciprocal reports whether kept position q opens "the other", "each
// other" or "one another": "both sides accused the other of breaching it"
// is aimed at the pair, which the resolver codes both ways.
func (s *sent) reciprocal(k *kept, q int) bool {
	if q+1 >= len(k.idx) || s.words[k.idx[q+1]].norm != "OTHER" && s.words[k.idx[q+1]].norm != "ANOTHER" {
		return false
	}
	switch s.words[k.idx[q]].norm {
	case "THE", "EACH", "ONE":
		return true
	}
	return false
}

// personBefore returns the first person named before kept position p
// whom the personal pronoun w can stand for (by gender, when known), or
// -1. "Him" is an object, so it is preferably the last man named who is
// no verb's subject: "Howard wrote to Habibie urging him to offer …" is
// Habibie, "Yunus was sworn in, and Modi telephoned him" is Yunus.
func (s *sent) personBefore(k *kept, from, p int, w string) int {
	first, object := -1, -1
	for _, g := range k.groups {
		if g.first >= p {
			break
		}
		if g.first < from {
			continue
		}
		for _, mi := range g.ms {
			m := &s.men[mi]
			if m.pron || m.actor < 0 {
				continue
			}
			if s.isPerson(m.actor) && s.genderFits(m.actor, w) {
				if w != "HIM" {
					return mi
				}
				if first < 0 {
					first = mi
				}
				if !s.subjectAt(mi, k.idx[g.last]) {
					object = mi
				}
			}
		}
	}
	if object >= 0 {
		return object
	}
	return first
}

// genderFits reports whether person actor may be what personal pronoun w
// stands for: the gender is unknown or the pronoun's.
func (s *sent) genderFits(actor int32, w string) bool {
	want := "m"
	if w == "SHE" || w == "HER" {
		want = "f"
	}
	g := s.c.d.Actors[actor].Gender
	return g == "" || g == want
}

// otherGender reports whether the group starting at kept position at is a
// person whose gender is not that of personal pronoun w.
func (s *sent) otherGender(k *kept, at int, w string) bool {
	for _, g := range k.groups {
		if g.first == at {
			m := &s.men[g.ms[0]]
			return len(g.ms) == 1 && !m.pron && s.isPerson(m.actor) && !s.genderFits(m.actor, w)
		}
	}
	return false
}

// subjectAt reports whether mention mi, in a group ending at word last,
// is a verb's subject: a verb follows the group ("Milei's foreign
// minister, tartly thanked"), and no preposition or verb comes right
// before the mention.
func (s *sent) subjectAt(mi, last int) bool {
	m := &s.men[mi]
	if !s.verbFollows(last) {
		return false
	}
	i := m.first() - 1
	if i < 0 {
		return true
	}
	switch s.words[i].norm {
	case "TO", "WITH", "BY", "FROM", "FOR", "ON", "AT", "OF":
		return false
	}
	return s.role[i] != int8(kVerb)+1
}

// objectBefore returns the mention that an object pronoun right after a
// verb at kept position p stands for: the last single actor before it,
// after the sentence's first actor at kept position first, that is itself
// a verb's direct object; or -1.
func (s *sent) objectBefore(k *kept, p, first int) int {
	if p < 1 || s.role[k.idx[p-1]] != int8(kVerb)+1 {
		return -1
	}
	last := -1
	for _, g := range k.groups {
		if g.last >= p {
			break
		}
		if g.first > first && len(g.ms) == 1 && !s.men[g.ms[0]].pron {
			last = g.ms[0]
		}
	}
	if last < 0 {
		return -1
	}
	i := s.men[last].first() - 1
	if i < 0 || s.role[i] != int8(kVerb)+1 {
		return -1
	}
	return last
}

// pronounGroup reports whether compound g is pronouns only.
func (s *sent) pronounGroup(k *kept, g int) bool {
	for _, m := range k.groups[g].ms {
		if !s.men[m].pron {
			return false
		}
	}
	return true
}

func isBe(w string) bool {
	switch w {
	case "IS", "ARE", "WAS", "WERE", "BE", "BEEN", "BEING":
		return true
	}
	return false
}

// beBefore reports whether a form of "be" comes within three words
// before the verb of cd, with no actor between: "was arrested", "were
// quickly expelled".
func (s *sent) beBefore(k *kept, cd cand, lo int) bool {
	if strings.HasSuffix(s.words[k.idx[cd.vf]].norm, "ING") {
		return false // "was severing relations" goes on; it is no passive
	}
	for j := cd.vf - 1; j >= lo && j >= cd.vf-3; j-- {
		if isBe(s.words[k.idx[j]].norm) {
			return true
		}
		if k.gstart[j] >= 0 {
			break
		}
	}
	return false
}

// passiveBy returns the group after "by" when the verb is passive ("was
// opposed by Osgiliath"), or -1.
func (s *sent) passiveBy(k *kept, cd cand, lo, hi int) int {
	be := s.beBefore(k, cd, lo)
	if !be && s.c.Config.Subordinate && cd.vl+1 < hi && s.words[k.idx[cd.vl+1]].norm == "BY" {
		// "Syrian forces backed by Russia": a participle after a noun
		// phrase is passive without "were"
		be = true
	}
	if !be {
		return -1
	}
	for j := cd.vl + 1; j < hi && j <= cd.vl+3; j++ {
		if s.words[k.idx[j]].norm != "BY" {
			if k.gstart[j] >= 0 {
				return -1
			}
			continue
		}
		p := j + 1
		if p < hi && isDet(s.words[k.idx[p]].norm) {
			p++
		}
		if p < hi && k.gstart[p] >= 0 {
			return int(k.gstart[p])
		}
		return -1
	}
	return -1
}

// trace reports a coding decision to Coder.Trace, when it is set.
func (s *sent) trace(format string, args ...any) {
	if s.c.Trace != nil {
		s.c.Trace(s.si, fmt.Sprintf(format, args...))
	}
}

// matchText is the text a lexicon match covers.
func (s *sent) matchText(m *match) string {
	return s.doc.Text[s.words[m.first()].span.Start:s.words[m.last()].span.End]
}

// relative reports whether w opens a relative clause, whose subject is
// what it describes, not an actor inside it.
func relative(w string) bool {
	return w == "WHO" || w == "WHOSE" || w == "WHICH"
}

// followed turns the events of a verb coded "=" ("Greece soon followed
// suit", "the United States followed within hours") into the act told
// last, in this sentence or the one before, done by their source to the
// same target. A verb with a target of its own ("followed Iran") or with
// no act before it codes nothing.
func (s *sent) followed(got, evs []dyad.Event) []dyad.Event {
	var last *dyad.Event
	if len(evs) > 0 {
		last = &evs[len(evs)-1]
	} else if n := len(s.doc.Events); n > 0 && s.doc.Events[n-1].Sentence >= s.si-1 {
		last = &s.doc.Events[n-1]
	}
	out := got[:0]
	for _, e := range got {
		if last == nil || e.Target.Code != "---" || last.Target.Code == "---" || last.Code == "=" {
			continue
		}
		e.Code, e.Root = last.Code, last.Root
		// the target was named before, not in this clause, whose words
		// (and date) are the event's own
		e.Target = last.Target
		e.Target.Span = dyad.Span{}
		e.Target.Resolution = "followed suit: " + last.Verb.Text
		e.ID = dyad.EventID(s.doc.ID, &e)
		out = append(out, e)
	}
	return out
}

// nominalUse reports whether the verb of cd is an event noun used as a
// noun: after a determiner, a possessive or "'s", or opening the
// sentence ("Protests erupted in Beijing").
func (s *sent) nominalUse(k *kept, cd cand) bool {
	m := &s.ms[cd.mi]
	if !s.c.vbs[m.idx].nominal {
		return false
	}
	i := m.first()
	if i == 0 {
		return true
	}
	p := s.words[i-1]
	return isDet(p.norm) || isPossessive(p.norm) || p.poss || p.norm == "THIS" || p.norm == "THAT" || p.norm == "LAST"
}
