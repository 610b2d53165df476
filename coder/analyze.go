package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// kept is the sentence after comma-delimited clauses are removed: the
// positions of the remaining words and the compounds among them.
type kept struct {
	idx    []int   // kept position → word index
	of     []int   // word index → kept position or -1
	groups []group // first/last are kept positions
	gstart []int32 // kept position → group starting there, or -1
	alive  []bool  // per mention
	vAlive []bool  // per match
}

// groupCtx holds what buildGroups consults; its methods stand in for
// closures, which would allocate on every sentence.
type groupCtx struct {
	s     *sent
	L     []int
	at    []int
	alive []bool
}

func (g *groupCtx) startAt(t int) int {
	if t < 0 || t >= len(g.L) {
		return -1
	}
	m := g.s.mid[g.L[t]]
	if m < 0 || !g.alive[m] || g.s.men[m].first() != g.L[t] {
		return -1
	}
	return int(m)
}

func (g *groupCtx) after(m int) int { return g.at[g.s.men[m].last()] + 1 }

// plain reports whether the word at t is a lower-case word no dictionary
// knows.
func (g *groupCtx) plain(t int) bool {
	w := &g.s.words[g.L[t]]
	return g.s.role[g.L[t]] == 0 && !w.cap && !w.comma && !w.poss && !isConj(w.norm) && !isPronoun(w.norm)
}

func (g *groupCtx) isAdj(t int) bool { return g.s.role[g.L[t]] == int8(kAdj)+1 }

// pairEnd returns the last word of mention m, or of the mention joined to
// it by "and" right after it ("Somalia and Eritrea").
func (g *groupCtx) pairEnd(m int) int {
	end := g.s.men[m].last()
	if u := g.after(m); u+1 < len(g.L) && g.s.words[g.L[u]].norm == "AND" {
		if k := g.startAt(u + 1); k >= 0 {
			end = g.s.men[k].last()
		}
	}
	return end
}

// buildGroups joins the mentions found at positions L (word indices) into
// compounds: "A, B, C and D", "Neither A nor B", and actors in one phrase
// separated only by a possessive or adjectives ("Arnor's Elrond").
// first/last of the returned groups are word indices.
func (s *sent) buildGroups(L []int, alive []bool) []group {
	s.atBuf = grow(s.atBuf, len(s.words))
	at := s.atBuf
	for i := range at {
		at[i] = -1
	}
	for t, w := range L {
		at[w] = t
	}
	gc := groupCtx{s: s, L: L, at: at, alive: alive}
	startAt, after, isAdj := gc.startAt, gc.after, gc.isAdj
	stop := s.openComma
	var gs []group
	for t := 0; t < len(L); {
		m := startAt(t)
		if m < 0 {
			t++
			continue
		}
		s.members = append(s.members[:0], m)
		s.elems = append(s.elems[:0], chainEl{start: 0})
		u := after(m)
		for u > 0 && u < len(L) {
			v, skipped := u, false
			poss := s.words[L[v]].poss
			if poss {
				v++
				skipped = true
			}
			for v < len(L) && isAdj(v) {
				v++
				skipped = true
			}
			if skipped {
				if k := startAt(v); k >= 0 {
					if last := len(s.members) - 1; poss && s.c.Config.PossessiveHead && sameCountry(&s.men[s.members[last]], &s.men[k]) {
						// "Egypt's Muslim Brotherhood", "Syria's Assad"
						s.members[last] = k
					} else {
						s.members = append(s.members, k)
					}
					u = after(k)
					continue
				}
			}
			// "Pakistani President Ayub Khan": a title mention right
			// before the person it names is one member with them.
			if k := startAt(u); k >= 0 && s.titles(s.members[len(s.members)-1], k) {
				s.members[len(s.members)-1] = k // the person stands for both
				u = after(k)
				continue
			}
			v = u
			comma, conj := false, false
			if v < len(L) && s.words[L[v]].comma {
				if stop >= 0 && L[v] >= stop && s.men[s.members[len(s.members)-1]].last() < stop {
					// "hours before Obama landed in Manila, the Philippines
					// and the United States signed": no list across the end
					// of an opening subordinate clause
					break
				}
				if s.openingPlace(s.men[m].first()) {
					// "In Algiers, Iran and Iraq signed", "hosted by
					// Macron and Michel, Pashinyan and Aliyev agreed": the
					// place or agent ends the opening phrase
					break
				}
				v++
				comma = true
			}
			if v < len(L) && (s.words[L[v]].norm == "AND" || s.words[L[v]].norm == "NOR") {
				v++
				conj = true
			}
			if !comma && !conj {
				break
			}
			for v < len(L) && startAt(v) < 0 && (isDet(s.words[L[v]].norm) || isAdj(v)) {
				v++
			}
			// up to two unlisted modifiers ("the evil awful Gondor") when
			// the dictionary has no adjective list to name them
			if len(s.c.d.Adjectives) == 0 {
				for n := 0; n < 2 && v < len(L) && startAt(v) < 0 && gc.plain(v); n++ {
					v++
				}
			}
			k := startAt(v)
			if k < 0 {
				break
			}
			if comma && conj && (len(s.elems) == 1 || s.c.Config.Subordinate && s.elems[len(s.elems)-1].conj) && s.c.Config.CommaAndClause && s.verbFollows(gc.pairEnd(k)) {
				// "…from Pakistan, and Khrushchev threatened" is a new
				// clause, and so is "…to meet Isaias Afwerki, and Somalia
				// and Eritrea restored relations"; "the US, Russia, and
				// Switzerland met" is a list, but one already closed by
				// "and" takes no more members ("the "republics" of
				// Donetsk and Luhansk, and Kyiv severed relations")
				break
			}
			if !comma && conj && len(s.elems) == 1 && s.c.Config.CommaAndClause && (s.objectOfPrep(s.men[s.members[0]].first()) || s.objectOfVerb(s.men[s.members[0]].first())) &&
				s.pastVerbAfter(s.men[k].last()) {
				// "Iraq rained Scud missiles on Tehran and Iran fired its
				// own back", "Russia released an American and Germany
				// freed a Russian": the second actor is a new clause's
				// subject
				break
			}
			s.elems = append(s.elems, chainEl{start: len(s.members), conj: conj})
			s.members = append(s.members, k)
			u = after(k)
		}
		end := len(s.members)
		for i := len(s.elems) - 1; i > 0; i-- {
			if s.elems[i].conj {
				break
			}
			end = s.elems[i].start
		}
		if len(s.elems) > 1 && !s.elems[len(s.elems)-1].conj {
			hasConj := false
			for _, e := range s.elems {
				hasConj = hasConj || e.conj
			}
			if !hasConj {
				end = s.elems[1].start
			}
		}
		start := len(s.arena)
		s.arena = append(s.arena, s.members[:end]...)
		g := group{ms: s.arena[start:len(s.arena):len(s.arena)]}
		g.first = s.men[g.ms[0]].first()
		g.last = s.men[g.ms[len(g.ms)-1]].last()
		for _, k := range g.ms {
			if l := s.men[k].last(); l > g.last {
				g.last = l
			}
		}
		gs = append(gs, g)
		t = at[g.last] + 1
		if t <= 0 {
			break
		}
	}
	return gs
}

// objectOfPrep reports whether the actor starting at word i is the object
// of a preposition of place or direction ("on Tehran", "against Iraq").
func (s *sent) objectOfPrep(i int) bool {
	j := i - 1
	if j >= 0 && isDet(s.words[j].norm) {
		j--
	}
	if j < 0 {
		return false
	}
	switch s.words[j].norm {
	case "ON", "AT", "IN", "AGAINST", "INTO", "TO", "NEAR", "OVER":
		return true
	}
	return false
}

// objectOfVerb reports whether the actor starting at word i is the
// object of the verb just before it ("released an American").
func (s *sent) objectOfVerb(i int) bool {
	j := i - 1
	if j >= 0 && isDet(s.words[j].norm) {
		j--
	}
	return j >= 0 && s.role[j] == int8(kVerb)+1 && !s.nounV[s.mref[j]]
}

// pastVerbAfter reports whether the word after w is a verb in the past
// tense.
func (s *sent) pastVerbAfter(w int) bool {
	i := w + 1
	return i < len(s.words) && s.role[i] == int8(kVerb)+1 && !s.nounV[s.mref[i]] && pastForm(s.words[i].norm)
}

// openingPlace reports whether the actor starting at word i ends the
// sentence's opening phrase of place or circumstance ("In Algiers", "At a
// summit in Algiers", "The following month, at a meeting in Prague hosted
// by Macron"): it follows "in", "at", "near" or "by" inside that phrase,
// before any comma, so it heads no list across the comma after it.
func (s *sent) openingPlace(i int) bool {
	o := s.openingPrep()
	if o < 0 || i < 1 || i <= o {
		return false
	}
	switch s.words[i-1].norm {
	case "IN", "AT", "NEAR", "BY":
	default:
		return false
	}
	for j := o; j < i; j++ {
		if s.words[j].comma {
			return false
		}
	}
	return true
}

// openingPrep returns the word index of the preposition that opens the
// sentence's phrase of place or circumstance, after any opening time
// phrase and its comma ("The following month, at a meeting …"), or -1.
func (s *sent) openingPrep() int {
	if !s.c.Config.Subordinate {
		return -1
	}
	q := 0
	for q < len(s.words) && (s.measures(s.words[q]) || isDet(s.words[q].norm)) {
		q++
	}
	if q > 0 {
		if q >= len(s.words) || !s.words[q].comma {
			return -1
		}
		q++
	}
	if q < len(s.words) && isOpeningPrep(s.words[q].norm) {
		return q
	}
	return -1
}

// deleteClauses marks the words of comma-delimited subordinate clauses.
func (s *sent) deleteClauses(gs []group) []bool {
	n := len(s.words)
	s.del = grow(s.del, n)
	del := s.del
	cfg := &s.c.Config
	if !cfg.Comma {
		return del
	}
	var commas []int
	var protected []bool
	for i, w := range s.words {
		if !w.comma {
			continue
		}
		inside := false
		for _, g := range gs {
			if len(g.ms) > 1 && g.first < i && i < g.last {
				inside = true
				break
			}
		}
		commas = append(commas, i)
		protected = append(protected, inside)
	}
	if len(commas) == 0 {
		return del
	}
	count := func(a, b int) int {
		k := 0
		for i := a; i < b; i++ {
			if !s.words[i].comma { // a possessive counts here
				k++
			}
		}
		return k
	}
	actorIn := func(a, b int) bool {
		for _, g := range gs {
			if g.first >= a && g.first < b {
				return true
			}
		}
		return false
	}
	keptActorBefore := func(a int) bool {
		for _, g := range gs {
			if g.first < a && !del[g.first] {
				return true
			}
		}
		return false
	}
	mark := func(a, b int) {
		if cfg.CommaKeepVerbs && s.hasVerb(a, b) {
			return
		}
		if cfg.CommaAndClause && s.including(a) {
			// "seized the plateau, including the provincial capital,
			// Quneitra": the list goes on with the verb's object
			return
		}
		if cfg.CommaAndClause && actorIn(a+1, a+2) && !keptActorBefore(a) {
			// "Last September, Mondino and David Lammy, foreign
			// secretary …, met": a span between commas that opens with
			// the sentence's first actor is its subject, not an aside;
			// so it is after an aside of place ("On 24 July, in Paris,
			// Syria's foreign minister, …, sat down with …")
			return
		}
		if cfg.CommaAndClause && s.unknownNamed(a, b, gs) {
			// "Santiago Cafiero, the Argentine foreign minister, told
			// …": the apposition names the country and office of a
			// person the dictionary does not know
			return
		}
		if cfg.CommaAndClause && s.namedAgent(a, b, gs) {
			// "the foreign minister, Gebran Bassil, urged Damascus": the
			// apposition names the subject an office stood for
			return
		}
		if cfg.CommaAndClause && actorIn(a+1, a+2) && s.apposedSubject(b) {
			// "…, the Shah and Saddam Hussein, then Iraq's
			// vice-president, signed": the verb's subject, not an aside
			return
		}
		for i := a; i < b; i++ {
			del[i] = true
		}
	}
	// a clause opens at a comma that is not part of a list of actors and
	// runs to the next comma, or to the end of the sentence
	firstOpen := -1
	for i, c := range commas {
		if !protected[i] {
			firstOpen = c
			break
		}
	}
	if firstOpen < 0 {
		return del
	}
	if k := count(0, firstOpen); k >= cfg.CommaBMin && k <= cfg.CommaBMax {
		mark(0, firstOpen+1)
	}
	// a list comma ("A, B and C") does not end a clause; a comma before
	// "and" in a compound does
	listComma := func(j int) bool {
		c := commas[j]
		return protected[j] && !(c+1 < n && isConj(s.words[c+1].norm))
	}
	last := -1
	for i := range commas {
		if protected[i] {
			continue
		}
		j := i + 1
		for j < len(commas) && listComma(j) {
			j++
		}
		if j == len(commas) {
			last = i
			break
		}
		if cfg.CommaAndClause && commas[i]+1 < n && isConj(s.words[commas[i]+1].norm) {
			// ", and in April 2001 the Saudi interior minister, Prince
			// Nayef, came …": a clause opening with a conjunction is
			// the story going on, not an aside
			continue
		}
		if k := count(commas[i]+1, commas[j]); k >= cfg.CommaMin && k <= cfg.CommaMax {
			mark(commas[i], commas[j])
		}
	}
	if last < 0 {
		return del
	}
	end := commas[last]
	// a terminal clause runs from the last comma to the final period,
	// which counts as a word; in prose one that opens with a preposition
	// of direction finishes the sentence's verb phrase after an apposition
	// ("sent his adviser, Brent Scowcroft, to Beijing in secret")
	directed := false
	if cfg.CommaAndClause && end+1 < n {
		switch s.words[end+1].norm {
		case "TO", "FOR", "FROM", "WITH", "AGAINST", "INTO", "ON":
			directed = true
		}
	}
	if k := count(end+1, n) + 1; s.period && k >= cfg.CommaEMin && k <= cfg.CommaEMax && !directed {
		mark(end, n)
	}
	return del
}

// namedAgent reports whether the span between the commas at words a and b
// is the name of a person the dictionary knows, right after an office or
// body with no country ("the foreign minister"), and a verb follows it.
func (s *sent) namedAgent(a, b int, gs []group) bool {
	if a < 1 || b-a > 6 || s.role[a-1] != int8(kAgent)+1 || b+1 >= len(s.words) || s.role[b+1] != int8(kVerb)+1 {
		return false
	}
	office := false
	for _, g := range gs {
		if g.last == a-1 {
			// an office with no country of its own: "Ethiopia's prime
			// minister, Abiy Ahmed," already names its actor
			office = len(g.ms) == 1 && s.men[g.ms[0]].actor < 0
		}
	}
	if !office {
		return false
	}
	for _, g := range gs {
		if g.first == a+1 && g.last == b-1 && len(g.ms) == 1 {
			m := &s.men[g.ms[0]]
			return s.isPerson(m.actor)
		}
	}
	return false
}

// unknownNamed reports whether the span between the commas at words a and
// b describes a person the dictionary does not know, named right before
// it: a capitalised word that is no actor before a, and an actor with an
// agent (an office or a body) within the span's first five words ("Nancy
// Pelosi, then speaker of the US House of Representatives, arrived").
func (s *sent) unknownNamed(a, b int, gs []group) bool {
	if a < 2 || b-a > 10 || !s.words[a-1].cap || s.role[a-1] != 0 || !s.words[a-2].cap || s.inTime(s.words[a-1].span) {
		return false
	}
	if b+1 < len(s.words) {
		// "between Alan Duncan, a British minister, and Carlos Foradori,
		// Argentina's deputy foreign minister, the two governments
		// issued": in a list, or before the main clause's subject, the
		// span is no part of the clause it ends
		n := &s.words[b+1]
		if isConj(n.norm) || isDet(n.norm) || isPronoun(n.norm) || s.role[b+1] == int8(kActor)+1 {
			return false
		}
	}
	for _, g := range gs {
		if g.first > a && g.first <= a+5 && g.last < b {
			for _, m := range g.ms {
				mn := &s.men[m]
				if mn.actor >= 0 && !mn.pron && len(mn.codes) > 0 && len(mn.codes[0]) > 3 && !s.c.isPlace[mn.actor] {
					return true // an office or a body: "ARGGOV", "USASPY"
				}
				if mn.actor >= 0 && !mn.pron && g.first <= a+4 && (s.words[a+1].norm == "A" || s.words[a+1].norm == "AN") && !s.c.isPlace[mn.actor] &&
					a >= 3 && s.role[a-3] == int8(kVerb)+1 && !s.nounV[s.mref[a-3]] {
					// a national named as a verb's object: "freed Vadim
					// Krasikov, a Russian convicted of murder"
					return true
				}
			}
		}
	}
	return false
}

// apposedSubject reports whether the comma at word b opens an apposition
// that ends at the next comma with a verb right after it: the span that
// closes at b is then that verb's subject.
func (s *sent) apposedSubject(b int) bool {
	if b >= len(s.words) || !s.words[b].comma {
		return false
	}
	for c := b + 1; c+1 < len(s.words); c++ {
		if s.words[c].comma {
			return s.role[c+1] == int8(kVerb)+1 && !s.nounV[s.mref[c+1]]
		}
	}
	return false
}

// including reports whether the comma at word a opens a list of the
// verb's objects (", including …"), or an apposition inside one.
func (s *sent) including(a int) bool {
	for i, prev := a, 0; i >= 0 && prev < 2; i-- {
		if !s.words[i].comma {
			continue
		}
		if i+1 < len(s.words) && s.words[i+1].norm == "INCLUDING" {
			return true
		}
		prev++
	}
	return false
}

// openClauseComma returns the word index of the comma that ends an opening
// subordinate clause with a verb of its own ("Two weeks after Trump
// visited Riyadh, …", "When Russia praised India, …"), or -1.
func (s *sent) openClauseComma() int {
	if !s.c.Config.Subordinate {
		return -1
	}
	q := 0
	for q < len(s.words) && (s.words[q].comma || s.measures(s.words[q])) {
		q++ // "A month later, hours before …"
	}
	if q >= len(s.words) || !isSubordinator(s.words[q].norm) {
		return -1
	}
	verb := false
	for ; q < len(s.words); q++ {
		w := s.words[q]
		if w.comma {
			if !verb {
				return -1
			}
			for r := s.asideEnd(q); r > q; r = s.asideEnd(q) {
				q = r
			}
			return q
		}
		verb = verb || !w.cap && pastForm(w.norm)
	}
	return -1
}

// asideEnd returns the comma that closes the aside opening after the comma
// at q, or -1: "After gunmen shot Shlomo Argov, Israel's ambassador in
// London, on 3 June 1982, Begin's government …" goes on with an
// apposition and a date before the main clause. An aside opens with a
// determiner, a possessive or a preposition of time and holds no verb; a
// bare name is a list's next member, not an aside.
func (s *sent) asideEnd(q int) int {
	if q+2 >= len(s.words) {
		return -1
	}
	first := s.words[q+1].norm
	aside := isDet(first) || isTimePrep(first) || s.words[q+2].poss || q+3 < len(s.words) && s.words[q+3].poss
	if !aside {
		return -1
	}
	for r := q + 1; r < len(s.words); r++ {
		w := s.words[r]
		if w.comma {
			if r+1 < len(s.words) {
				return r
			}
			return -1
		}
		if s.role[r] == int8(kVerb)+1 && !s.nounV[s.mref[r]] || !w.cap && pastForm(w.norm) || w.semi {
			return -1
		}
	}
	return -1
}

// titles reports whether mention a, a country with an agent ("Pakistani
// President"), stands right before mention b of a person, as a title.
func (s *sent) titles(a, b int) bool {
	ma, mb := &s.men[a], &s.men[b]
	if ma.actor < 0 || mb.actor < 0 || !ma.hasAgt {
		return false
	}
	return s.isPerson(mb.actor) && !s.isPerson(ma.actor)
}

// verbFollows reports whether a verb form (not used as a noun) comes within
// two words after word w.
func (s *sent) verbFollows(w int) bool {
	for i := w + 1; i <= w+2 && i < len(s.words); i++ {
		if s.role[i] == int8(kVerb)+1 && !s.nounV[s.mref[i]] {
			return true
		}
		if s.words[i].comma {
			return false
		}
	}
	return false
}

// hasVerb reports whether words [a, b) hold a verb form that is not used
// as a noun.
func (s *sent) hasVerb(a, b int) bool {
	for i := max(a, 0); i < b && i < len(s.words); i++ {
		if s.role[i] == int8(kVerb)+1 && !s.nounV[s.mref[i]] {
			return true
		}
	}
	return false
}

// keep removes deleted words and rebuilds the compounds on what is left.
// courtesy reports whether word i is a courtesy title before a name
// ("Mr Aliyev", "Dr Abiy"), which prose options drop from the kept words
// so that the name stands where its title stood: ", Mr Aliyev
// telephoned" opens a clause as ", Aliyev telephoned" does.
func (s *sent) courtesy(i int) bool {
	return s.c.Config.Subordinate && s.role[i] == 0 && honorific(s.words[i].norm) && i+1 < len(s.words) && s.words[i+1].cap &&
		!s.words[i].comma
}

func (s *sent) keep(del []bool) *kept {
	k := &s.k
	k.of = grow(k.of, len(s.words))
	k.idx, k.groups = k.idx[:0], k.groups[:0]
	for i := range s.words {
		k.of[i] = -1
		if !del[i] && !s.courtesy(i) {
			k.of[i] = len(k.idx)
			k.idx = append(k.idx, i)
		}
	}
	s.bloom = [64]uint64{}
	for _, i := range k.idx {
		w := s.words[i].norm
		for n := 1; n <= 3 && n <= len(w); n++ {
			h := prefixHash(w[:n])
			s.bloom[h>>6] |= 1 << (h & 63)
		}
	}
	k.alive = grow(k.alive, len(s.men))
	for i := range s.men {
		k.alive[i] = true
		for _, p := range s.men[i].pos {
			if del[p] {
				k.alive[i] = false
				break
			}
		}
	}
	k.vAlive = grow(k.vAlive, len(s.ms))
	for i := range s.ms {
		k.vAlive[i] = true
		for _, p := range s.ms[i].pos {
			if del[p] {
				k.vAlive[i] = false
				break
			}
		}
	}
	gs := s.buildGroups(k.idx, k.alive)
	k.gstart = grow(k.gstart, len(k.idx))
	for i := range k.gstart {
		k.gstart[i] = -1
	}
	for _, g := range gs {
		g.first, g.last = k.of[g.first], k.of[g.last]
		k.gstart[g.first] = int32(len(k.groups))
		k.groups = append(k.groups, g)
	}
	return k
}

// clauses splits kept positions into clauses at conjunctions that are not
// inside a compound and do not join two listed nouns or adjectives.
func (s *sent) clauses(k *kept) (bounds []int, nconj int) {
	bounds = append(s.bounds[:0], 0)
	defer func() { s.bounds = bounds }()
	s.listed = grow(s.listed, len(k.idx)+1)
	s.antecedent = grow(s.antecedent, len(k.idx)+1)
	for i := range s.antecedent {
		s.antecedent[i] = -1
	}
	// an opening subordinate clause, or an opening phrase of place or
	// circumstance ("At a meeting in Prague hosted by Macron, Pashinyan
	// and Aliyev agreed …"), ends at its comma
	sub := s.c.Config.Subordinate && len(k.idx) > 0 && (isSubordinator(s.words[k.idx[0]].norm) || isOpeningPrep(s.words[k.idx[0]].norm) ||
		s.openComma >= 0 || s.openingPrep() >= 0 || s.measuredOpening(k))
	// an opening phrase with no comma of its own ("On 13 February Modi and
	// Trump agreed …") leaves sub set, but a conjunction after a comma
	// (", while Trump criticised …") still opens a clause
	prepOnly := sub && isOpeningPrep(s.words[k.idx[0]].norm) && s.openComma < 0
	resume := -1 // where the main clause resumes after a relative one
	for p := 1; p < len(k.idx); p++ {
		w := k.idx[p]
		if prepOnly && isConjunction(s.words[w].norm) && s.words[k.idx[p-1]].comma && p > bounds[len(bounds)-1]+1 {
			bounds = append(bounds, p)
			prepOnly = false
			continue
		}
		if p == resume {
			bounds = append(bounds, p)
			continue
		}
		if s.words[w].semi {
			bounds = append(bounds, p)
			// "In March 2020 fighting … spilled into Mandera; Kenya
			// accused …, while Mogadishu accused …": the opening phrase
			// was the first clause's, and a subordinate clause after the
			// semicolon is one of its own again
			sub = false
			continue
		}
		if q := s.relativeEnd(k, p); q > 0 {
			// "Trump, who was negotiating tariff deals with both
			// countries, phoned Hun Manet": the relative clause is one
			// clause and the main one resumes after it, with its subject
			bounds = append(bounds, p)
			resume = q
			for gi, g := range k.groups {
				if g.last == p-2 {
					s.antecedent[q] = int32(gi)
				}
			}
			continue
		}
		if s.c.Config.Subordinate && (s.words[w].norm == "WHICH" || s.words[w].norm == "WHOM" || s.words[w].norm == "WHERE" && !isDet(s.words[k.idx[p+1]].norm)) &&
			s.words[k.idx[p-1]].comma && p+1 < len(k.idx) && s.role[k.idx[p+1]] == int8(kActor)+1 {
			// "…, which Caracas called a kidnapping", "visited Mogadishu,
			// where Moi and Siad Barre signed an accord": the relative
			// clause has its own subject. ("Georgetown, where the two
			// governments signed" is left as it was: "the two" there are
			// most often the visitor and the host, not the dyad.)
			bounds = append(bounds, p)
			continue
		}
		if s.c.Config.Subordinate && (s.words[w].norm == "WHICH" || s.words[w].norm == "WHOM") && p >= 2 &&
			isClausePrep(s.words[k.idx[p-1]].norm) && p-1 > bounds[len(bounds)-1] && p+1 < len(k.idx) && s.role[k.idx[p+1]] == int8(kActor)+1 {
			// "an agreement under which both sides withdrew their
			// forces": so does one after a preposition
			bounds = append(bounds, p-1)
			continue
		}
		if s.c.Config.Subordinate && s.words[w].comma && s.pastVerbAt(k, p+1) && !s.inCompound(k, p) && !s.afterRelative(k, bounds[len(bounds)-1], p) {
			// "Bangkok accused Cambodia of laying mines, expelled the
			// Cambodian ambassador and recalled its own envoy": a list of
			// verb phrases, each a clause sharing the subject
			bounds = append(bounds, p)
			s.listed[p] = true
			continue
		}
		if s.c.Config.Subordinate && s.words[w].comma && s.spliced(k, bounds[len(bounds)-1], p) {
			// "the ambassador returned to Cairo in March, Mr Bashir
			// visited Cairo on 19 March 2018, and …": after a clause with
			// its verb, an actor and its past verb open the next clause
			bounds = append(bounds, p)
			sub = false
			continue
		}
		if s.c.Config.Subordinate && s.words[w].comma && s.participleAt(k, p+1) && !s.inCompound(k, p) {
			// "Kinshasa expelled Karega, giving him 48 hours to leave": a
			// participle after a comma opens a clause that shares the
			// subject, so its object is no target of the verb before
			bounds = append(bounds, p)
			continue
		}
		if s.c.Config.Subordinate && s.words[w].comma && s.withClause(k, p+1) {
			// "…, with Cairo blaming Ethiopian intransigence": a clause
			// of its own subject and verb
			bounds = append(bounds, p)
			continue
		}
		if s.c.Config.Subordinate && s.words[w].comma && s.contactClause(k, p+1) {
			// "…, an offer Seoul flatly rejected": a noun with a clause
			// of its own subject and verb
			bounds = append(bounds, p)
			continue
		}
		if s.c.Config.Subordinate && s.words[w].norm == "AS" && s.words[k.idx[p-1]].comma && p+1 < len(k.idx) && k.gstart[p+1] >= 0 &&
			s.pastVerbAt(k, k.groups[k.gstart[p+1]].last+1) {
			// "a prisoner swap took place in Ankara, as Russia released
			// Evan Gershkovich": a clause of its own subject and verb;
			// after a clause with its verb it ends the sentence, and no
			// opening phrase is still open, but after an opening phrase
			// ("On 10 May, as India and Pakistan agreed to a ceasefire,
			// Wang Yi telephoned …") it is the opening clause
			sub = !s.verbIn(k, bounds[len(bounds)-1], p)
			bounds = append(bounds, p)
			continue
		}
		if s.c.Config.Subordinate && s.words[w].norm == "YET" && s.words[k.idx[p-1]].comma && s.startsClause(k, p+1) {
			// ", yet the next month he sent …" is a clause of its own
			bounds = append(bounds, p)
			continue
		}
		if s.c.Config.Subordinate && !sub && isSubordinator(s.words[w].norm) {
			// "…; in October, after American prosecutors accused …,
			// Saudi officials denounced …": a subordinate clause after a
			// comma is a clause of its own, up to its closing comma, and
			// so is one measured from the main clause (", two weeks
			// after rebels kidnapped …", ", shortly before …").
			q := p
			for q > bounds[len(bounds)-1]+1 && !s.words[k.idx[q-1]].comma && s.measures(s.words[k.idx[q-1]]) {
				q--
			}
			if s.words[k.idx[q-1]].comma || s.words[k.idx[q-1]].semi {
				// (after a semicolon too: "…; after Egyptian troops
				// crossed the canal on 6 October, Faisal answered with
				// the oil embargo")
				if q > bounds[len(bounds)-1] {
					bounds = append(bounds, q)
				}
				sub = true
				continue
			}
			if isConjunction(s.words[w].norm) && p > bounds[len(bounds)-1] {
				// "Algeria had been independent for fifteen months when,
				// in October 1963, the two armies fought": a clause
				// after a subordinating conjunction has its own subject
				bounds = append(bounds, p)
				sub = true
				continue
			}
		}
		if sub && s.words[w].comma && s.startsClause(k, p+1) && !s.inCompound(k, p) && (s.openComma < 0 || w >= s.openComma) {
			// "When New Delhi revoked …, Islamabad expelled …": the
			// opening subordinate clause ends at its comma
			bounds = append(bounds, p)
			sub = false
			continue
		}
		if !isConj(s.words[w].norm) || s.role[w] != 0 {
			continue
		}
		if s.inCompound(k, p) {
			continue
		}
		if p+1 < len(k.idx) {
			a, b := s.role[k.idx[p-1]], s.role[k.idx[p+1]]
			if a == b && (a == int8(kNoun)+1 || a == int8(kAdj)+1) {
				continue
			}
			if a == int8(kNoun)+1 {
				q := p + 1
				for q < len(k.idx) && s.role[k.idx[q]] == int8(kAdj)+1 {
					q++
				}
				if q < len(k.idx) && s.role[k.idx[q]] == a {
					continue
				}
			}
		}
		nconj++
		if coord := s.c.Config.Subordinate && s.coordinateVerb(k, p); coord || s.startsClause(k, p+1) && s.clauseVerb(k, p+1) {
			// "Rabat called the decision unjustified and said it
			// rejected the pretexts": a second verb phrase is a clause
			// of its own, sharing the subject
			bounds = append(bounds, p)
			s.listed[p] = coord && s.listed[bounds[len(bounds)-2]]
			continue
		}
		// "X's sheep and pigs of Gondor", "a bombing and shelling
		// offensive": the conjunction joins noun phrases. The clause goes
		// on; a subject phrase before it (no verb yet) loses its actors.
		lo := bounds[len(bounds)-1]
		if !s.verbIn(k, lo, p) {
			s.dropGroups(k, lo, p)
		}
	}
	return append(bounds, len(k.idx)), nconj
}

// measuredOpening reports whether the sentence opens with a subordinate
// clause measured from the main one: "Six months after Hasina became
// prime minister in June 1996, she travelled to Delhi".
func (s *sent) measuredOpening(k *kept) bool {
	q := 0
	for q < len(k.idx) && s.measures(s.words[k.idx[q]]) {
		q++
	}
	if q == 0 || q >= len(k.idx) || !isSubordinator(s.words[k.idx[q]].norm) {
		return false
	}
	// a clause, with its verb, not a phrase ("Two weeks after that
	// meeting, …")
	end := q + 1
	for end < len(k.idx) && !s.words[k.idx[end]].comma {
		end++
	}
	return s.pastWordIn(k, q+1, end)
}

// spliced reports whether the comma at kept position p joins two clauses:
// the clause from lo has a verb before it, and an actor right after it is
// the subject of a past verb that follows it at once.
func (s *sent) spliced(k *kept, lo, p int) bool {
	if p+1 >= len(k.idx) || k.gstart[p+1] < 0 || s.inCompound(k, p) {
		return false
	}
	for i := k.idx[p] + 1; i < k.idx[p+1]; i++ {
		if !s.courtesy(i) {
			return false // "…, then the largest India had offered": no subject
		}
	}
	// (a verb the dictionary does not know counts: "Seoul switched its
	// loudspeakers back on, the two sides exchanged fire")
	if !s.verbIn(k, lo, p) && !s.pastWordIn(k, lo, p) {
		return false
	}
	g := k.groups[k.gstart[p+1]]
	if s.pastVerbAt(k, g.last+1) {
		return true
	}
	// "…, Mr Bayramov and Hossein Amir-Abdollahian, Iran's new foreign
	// minister, spoke by phone": an apposition between subject and verb
	if q := g.last + 1; q < len(k.idx) && s.words[k.idx[q]].comma {
		for r := q + 1; r < len(k.idx) && r <= q+8; r++ {
			if s.words[k.idx[r]].comma {
				return s.pastVerbAt(k, r+1)
			}
		}
	}
	return false
}

// pastVerbAt reports whether kept position q holds a verb in the past
// tense used as a verb, and not as a participle with "by" ("…, backed by
// Russia").
func (s *sent) pastVerbAt(k *kept, q int) bool {
	if q >= len(k.idx) {
		return false
	}
	i := k.idx[q]
	w := s.words[i]
	if w.cap || s.role[i] != int8(kVerb)+1 || s.nounV[s.mref[i]] || !pastForm(w.norm) {
		return false
	}
	return q+1 >= len(k.idx) || s.words[k.idx[q+1]].norm != "BY" || simplePast[w.norm]
}

// simplePast holds irregular past forms that are never participles: "spoke
// by phone" is no passive.
var simplePast = map[string]bool{
	"TOOK": true, "GAVE": true, "BEGAN": true, "WENT": true, "CAME": true, "SAW": true, "BROKE": true,
	"WROTE": true, "SPOKE": true, "STOOD": true, "FELL": true, "ROSE": true, "DREW": true, "FLEW": true,
	"CHOSE": true, "BECAME": true,
}

// afterRelative reports whether the comma at kept position p closes a
// relative clause opened after lo ("Yeltsin and Shevardnadze, who had
// returned to lead Georgia, signed"): the verb after it is the main
// clause's. An apposition ("Lee Hu-rak, Park's intelligence chief,
// travelled") needs no such care, as a clause with no subject takes the
// one before's.
func (s *sent) afterRelative(k *kept, lo, p int) bool {
	q := p - 1
	for q > lo && !s.words[k.idx[q]].comma {
		q--
	}
	return s.words[k.idx[q]].comma && q+1 < p && isRelative(s.words[k.idx[q+1]].norm)
}

// isClausePrep reports whether w may open a relative clause before
// "which": "under which", "by which", "in which".
func isClausePrep(w string) bool {
	switch w {
	case "UNDER", "BY", "IN", "THROUGH", "WITH", "AFTER", "DURING", "AT":
		return true
	}
	return false
}

// withClause reports whether the words from kept position q are "with",
// an actor and a verb in -ing: "with Cairo blaming Ethiopia".
func (s *sent) withClause(k *kept, q int) bool {
	if q+2 >= len(k.idx) || s.words[k.idx[q]].norm != "WITH" {
		return false
	}
	g := k.gstart[q+1]
	if g < 0 {
		return false
	}
	r := k.groups[g].last + 1
	if r >= len(k.idx) {
		return false
	}
	i := k.idx[r]
	return s.role[i] == int8(kVerb)+1 && !s.nounV[s.mref[i]] && strings.HasSuffix(s.words[i].norm, "ING")
}

// contactClause reports whether the words from kept position q are a noun
// phrase with a relative clause that has no relative word, its subject an
// actor: "an offer Seoul flatly rejected", "a move Beijing condemned".
func (s *sent) contactClause(k *kept, q int) bool {
	if q+3 >= len(k.idx) || !isDet(s.words[k.idx[q]].norm) || k.gstart[q+1] >= 0 || s.words[k.idx[q+1]].cap {
		return false
	}
	g := k.gstart[q+2]
	if g < 0 {
		return false
	}
	r := k.groups[g].last + 1
	if w := s.words[k.idx[min(r, len(k.idx)-1)]]; isAdverb(w.norm) || strings.HasSuffix(w.norm, "LY") && !w.cap {
		r++
	}
	return r < len(k.idx) && s.role[k.idx[r]] == int8(kVerb)+1 && !s.nounV[s.mref[k.idx[r]]]
}

// inCompound reports whether kept position p lies inside a compound of
// several actors ("In June 2022 Egypt, Israel and the European Union
// signed"), which a comma there does not end.
func (s *sent) inCompound(k *kept, p int) bool {
	for _, g := range k.groups {
		if len(g.ms) > 1 && g.first < p && p < g.last {
			return true
		}
	}
	return false
}

// startsClause reports whether the words from kept position q begin a
// clause: a verb, an actor, an agent, a pronoun or a determiner, perhaps
// after an adverb such as "then".
func (s *sent) startsClause(k *kept, q int) bool {
	for ; q < len(k.idx); q++ {
		w := s.words[k.idx[q]]
		if isAdverb(w.norm) {
			continue
		}
		if w.norm == "THERE" && q+1 < len(k.idx) && (isPronoun(s.words[k.idx[q+1]].norm) || s.role[k.idx[q+1]] == int8(kActor)+1) {
			continue // ", and there he assured Modi"
		}
		// ", and in April 1980 Washington broke off relations"
		if s.c.Config.Subordinate && (s.inTime(w.span) || isTimePrep(w.norm) && q+1 < len(k.idx) && s.inTime(s.words[k.idx[q+1]].span)) {
			continue
		}
		if s.c.Config.Subordinate && isTimePrep(w.norm) && q+1 < len(k.idx) && isTimeUnit(s.words[k.idx[q+1]].norm) {
			q++ // "within hours", "within days"
			continue
		}
		break
	}
	if q >= len(k.idx) {
		return true
	}
	w := k.idx[q]
	switch s.role[w] {
	case int8(kActor) + 1, int8(kAgent) + 1:
		return true
	case int8(kVerb) + 1:
		return !s.nounV[s.mref[w]]
	}
	if q+1 < len(k.idx) && countWord(s.words[w].norm) {
		// ", and at the end of that month two Egyptian military
		// transport aircraft landed"
		switch s.role[k.idx[q+1]] {
		case int8(kActor) + 1, int8(kAgent) + 1:
			return true
		}
	}
	return k.gstart[q] >= 0 || isPronoun(s.words[w].norm) || isDet(s.words[w].norm)
}

// countWord reports whether w counts what follows: a number or a word of
// number ("two", "some", "thousands").
func countWord(w string) bool {
	if w != "" && w[0] >= '0' && w[0] <= '9' {
		return true
	}
	switch w {
	case "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE", "TEN", "TWELVE", "TWENTY", "FIFTY",
		"SOME", "SEVERAL", "MANY", "DOZENS", "HUNDREDS", "THOUSANDS":
		return true
	}
	return false
}

// relativeEnd returns, when kept position p opens a relative clause set
// off by commas (", who …,", ", whose …,", ", which …,"), or a
// participle clause (", flying from Baghdad to Seoul,"), after which the
// main clause's verb follows at once, the kept position after its closing
// comma; else -1.
func (s *sent) relativeEnd(k *kept, p int) int {
	if !s.c.Config.Subordinate || p < 1 || !s.words[k.idx[p-1]].comma {
		return -1
	}
	switch s.words[k.idx[p]].norm {
	case "WHO", "WHOSE", "WHICH":
	default:
		if !s.participleAt(k, p) {
			return -1 // "Flight 858, flying from Baghdad to Seoul, blew up"
		}
	}
	for q := p + 1; q+1 < len(k.idx); q++ {
		w := s.words[k.idx[q]]
		if w.semi {
			return -1
		}
		if !w.comma {
			continue
		}
		v := k.idx[q+1]
		if s.role[v] == int8(kVerb)+1 && !s.nounV[s.mref[v]] || !s.words[v].cap && pastForm(s.words[v].norm) {
			return q + 1
		}
		return -1
	}
	return -1
}

// participleAt reports whether kept position q holds a dictionary verb
// in -ing ("giving", "accusing"), not "including".
func (s *sent) participleAt(k *kept, q int) bool {
	if q >= len(k.idx) {
		return false
	}
	i := k.idx[q]
	w := s.words[i]
	return !w.cap && s.role[i] == int8(kVerb)+1 && !s.nounV[s.mref[i]] && strings.HasSuffix(w.norm, "ING") && w.norm != "INCLUDING"
}

// clauseVerb reports whether the words from kept position q, up to the
// next semicolon or ", and", hold a verb: "used mustard gas and the nerve
// agent tabun against Iranian troops" joins two nouns, no clauses. Only
// prose options ask.
func (s *sent) clauseVerb(k *kept, q int) bool {
	if !s.c.Config.Subordinate {
		return true
	}
	hi := q
	for hi < len(k.idx) && !s.words[k.idx[hi]].semi &&
		!(s.words[k.idx[hi]].comma && hi+1 < len(k.idx) && isConj(s.words[k.idx[hi+1]].norm)) {
		hi++ // up to a semicolon or ", and"
	}
	// (a verb the dictionary does not know counts: "and the United States
	// followed within hours")
	return s.verbIn(k, q, hi) || s.pastWordIn(k, q, hi)
}

// pastWordIn reports whether kept positions [lo, hi) hold a lower-case
// word with the form of a past verb, known to the dictionary or not.
func (s *sent) pastWordIn(k *kept, lo, hi int) bool {
	for p := lo; p < hi; p++ {
		if w := s.words[k.idx[p]]; !w.cap && pastForm(w.norm) {
			return true
		}
	}
	return false
}

// verbIn reports whether a verb starts in kept positions [lo, hi).
func (s *sent) verbIn(k *kept, lo, hi int) bool {
	for p := lo; p < hi; p++ {
		w := k.idx[p]
		if s.role[w] == int8(kVerb)+1 && !s.nounV[s.mref[w]] && k.vAlive[s.mref[w]] && s.ms[s.mref[w]].first() == w {
			return true
		}
	}
	return false
}

// dropGroups removes the compounds that start in kept positions [lo, hi).
func (s *sent) dropGroups(k *kept, lo, hi int) {
	gs := k.groups[:0]
	for i := range k.gstart {
		k.gstart[i] = -1
	}
	for _, g := range k.groups {
		if g.first >= lo && g.first < hi {
			for _, m := range g.ms {
				k.alive[m] = false
			}
			continue
		}
		k.gstart[g.first] = int32(len(gs))
		gs = append(gs, g)
	}
	k.groups = gs
}

// inTime reports whether span lies inside one of the sentence's time
// expressions (the Times layer, when the time stage ran before).
func (s *sent) inTime(span dyad.Span) bool {
	for i := range s.doc.Times {
		t := &s.doc.Times[i]
		if t.Sentence == s.si && t.Start <= span.Start && span.End <= t.End {
			return true
		}
	}
	return false
}

func isTimeUnit(w string) bool {
	switch w {
	case "MINUTES", "HOURS", "DAYS", "WEEKS", "MONTHS", "YEARS", "DECADES":
		return true
	}
	return false
}

func isTimePrep(w string) bool {
	switch w {
	case "IN", "ON", "AT", "BY", "AFTER", "BEFORE", "SINCE", "DURING", "WITHIN", "UNTIL", "FOR", "OVER", "THROUGH":
		return true
	}
	return false
}

// measures reports whether w can measure the time between a subordinate
// clause and its main clause: "two weeks", "shortly", "just days".
func (s *sent) measures(w word) bool {
	switch w.norm {
	case "SHORTLY", "SOON", "JUST", "ONLY", "LONG", "EVEN", "WELL", "RIGHT", "IMMEDIATELY", "DAYS", "WEEKS", "MONTHS", "YEARS", "HOURS", "MINUTES":
		return true
	}
	return s.inTime(w.span)
}

// sameCountry reports whether two actor mentions are of one country.
func sameCountry(a, b *mention) bool {
	return len(a.codes) > 0 && len(b.codes) > 0 && len(a.codes[0]) >= 3 && len(b.codes[0]) >= 3 &&
		a.codes[0][:3] == b.codes[0][:3] && a.codes[0][:3] != "IGO"
}

// isOpeningPrep reports whether w, opening a sentence, begins a phrase of
// place or circumstance whose actors are not the main clause's source.
func isOpeningPrep(w string) bool {
	switch w {
	case "AT", "IN", "DURING", "FOLLOWING", "AMID", "DESPITE", "UNDER", "WITH", "ON":
		return true
	}
	return false
}

// isAdverb reports whether w is an adverb that may stand between a
// clause's start and its subject or verb.
func isAdverb(w string) bool {
	switch w {
	case "THEN", "EVEN", "ALSO", "NOW", "YET", "STILL", "LATER":
		return true
	}
	return false
}

// isConjunction reports whether w is a subordinator that is never a
// preposition: it opens a clause wherever it stands.
func isConjunction(w string) bool {
	switch w {
	case "WHEN", "WHILE", "BECAUSE", "ALTHOUGH", "THOUGH", "WHEREAS", "WHENEVER":
		return true
	}
	return false
}

// isSubordinator reports whether w opens a subordinate clause.
func isSubordinator(w string) bool {
	switch w {
	case "WHEN", "AFTER", "BEFORE", "AS", "SINCE", "WHILE", "ALTHOUGH", "THOUGH", "IF", "BECAUSE", "ONCE", "UNTIL", "WHEREAS", "WHENEVER":
		return true
	}
	return false
}
