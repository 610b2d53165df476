package coder

import (
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/dict"
)

// word is one word of a sentence as the coder sees it: tokens split at
// inner hyphens and underscores, commas kept, other punctuation dropped.
type word struct {
	norm  string
	span  dyad.Span
	cap   bool // written with an initial capital
	comma bool
	poss  bool // a possessive "'S"
	semi  bool // a semicolon or colon, which ends a clause
}

// match is a dictionary phrase found in the sentence.
type match struct {
	kind uint8
	idx  int32 // entry's actor, agent or verb index
	ent  int32 // lexicon entry
	pos  []int // the words it matched
}

func (m *match) first() int { return m.pos[0] }
func (m *match) last() int  { return m.pos[len(m.pos)-1] }

// mention is an actor, an agent standing alone, or a pronoun.
type mention struct {
	pos    []int // words it covers (actor and agent)
	codes  []string
	base   []string // codes without the agent, for forwarding
	agent  string
	actor  int32 // dictionary actor, -1 for agents and pronouns
	pron   bool
	ana    int8   // anaphor kind (anaphor.go), with pron set
	ref    int32  // a pronoun's or anaphor's referent actor, -1 for none
	note   string // how an anaphor was resolved
	rule   string
	hasAgt bool
	// an actor takes at most one agent in front of its code and one after
	// it ("an MSF Arnor diplomat" → NGOARNGOV)
	hasPre, hasSuf bool
	// agentBefore: the agent code goes in front; agentFirst: the agent
	// phrase comes before the actor ("ambassadors of Arnor")
	agentBefore, agentFirst bool
}

func (m *mention) first() int { return m.pos[0] }

func (m *mention) canTake(before bool) bool {
	if before {
		return !m.hasPre
	}
	return !m.hasSuf
}
func (m *mention) last() int { return m.pos[len(m.pos)-1] }

// group is a compound: mentions joined by commas and conjunctions.
type group struct {
	ms          []int // mention indices
	first, last int   // word positions (in the space the group was built in)
}

// sent holds the analysis of one sentence.
type sent struct {
	named   map[int32]bool  // the document's actors named in full so far (state.named)
	others  map[string]bool // surnames of people the dictionary lacks (state.others)
	c       *Coder
	doc     *dyad.Document
	si      int
	at      time.Time
	words   []word
	allCaps bool
	period  bool // the sentence ends with . ! or ?
	ms      []match
	role    []int8  // per word: kind+1 of the match covering it, 0 none
	mref    []int32 // per word: match index
	verbs   []int   // indices into ms of verb matches
	nounV   []bool  // per match: a verb turned into a noun
	men     []mention
	mid     []int32 // per word: mention index or -1
	discard bool
	complex bool

	bloom [64]uint64 // prefixes of the kept words (prefixHash)

	// scratch reused between sentences
	k      kept
	mt     matcher
	cands  []cand
	bounds []int
	// listed marks, by kept position, the clause starts of a list of verb
	// phrases sharing one subject ("banned imports, halted flights and
	// suspended …")
	listed []bool
	// antecedent maps, by kept position, the start of a main clause that
	// resumes after a relative clause to the group the relative clause
	// described, or -1: "Trump, who was negotiating …, phoned" resumes
	// with Trump as its subject
	antecedent []int32
	// openComma is the comma that closes an opening subordinate clause,
	// or -1 (openClauseComma)
	openComma int
	consumed  []bool
	arena     []int
	actorOf   []int32
	atBuf     []int
	del       []bool
	all       []int
	aliveAll  []bool
	used      []bool
	members   []int
	elems     []chainEl
}

type chainEl struct {
	start int // index into members
	conj  bool
}

// grow returns s resized to n zeroed elements, reusing its array.
func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// reset prepares a pooled sent for another sentence.
func (s *sent) reset() {
	s.words, s.ms, s.verbs, s.men = s.words[:0], s.ms[:0], s.verbs[:0], s.men[:0]
	s.arena = s.arena[:0]
	s.allCaps, s.period, s.discard, s.complex = false, false, false, false
}

func isConj(w string) bool { return w == "AND" || w == "BUT" || w == "OR" || w == "NOR" }

func isPossessive(w string) bool { return w == "ITS" || w == "THEIR" || w == "HIS" }

func isDet(w string) bool { return w == "THE" || w == "A" || w == "AN" }

func isPronoun(w string) bool {
	switch w {
	case "HE", "HIM", "HIS", "SHE", "HER", "IT", "ITS", "THEY", "THEIR", "THEM":
		return true
	}
	return false
}

// participleWithObject reports whether match m is a verb in -ing with an
// actor right after it ("a counterclaim accusing Croatia", "a letter urging
// Iran"), which modifies the noun before it rather than being one.
func (s *sent) participleWithObject(m *match) bool {
	last := m.pos[len(m.pos)-1]
	if !strings.HasSuffix(s.words[m.first()].norm, "ING") || last+1 >= len(s.words) {
		return false
	}
	return s.role[last+1] == int8(kActor)+1
}

// placesInNames drops the seats of government and cities that a
// capitalised word no dictionary knows follows, outside a title in
// capitals: "Santiago Cafiero" and "the Washington Post" name no place.
func (s *sent) placesInNames() {
	if s.allCaps || s.titleCase() {
		return
	}
	keep := s.ms[:0]
	for mi, m := range s.ms {
		j := m.pos[len(m.pos)-1] + 1
		drop := m.kind == kActor && s.c.isPlace[m.idx] && j < len(s.words) && s.words[j].cap && !s.words[j].poss &&
			s.role[j] == 0 && !s.inTime(s.words[j].span) && !isPlaceNoun(s.words[j].norm)
		for _, p := range m.pos {
			if drop {
				s.role[p], s.consumed[p] = 0, false
			} else {
				s.mref[p] = int32(len(keep))
			}
		}
		if !drop {
			keep = append(keep, s.ms[mi])
		}
	}
	s.ms = keep
}

// isPlaceNoun reports whether w, after a place name, names a part of
// that place ("the Kurdistan Region", "Basra Province", "Gaza City"),
// which keeps it a place.
func isPlaceNoun(w string) bool {
	switch w {
	case "REGION", "PROVINCE", "GOVERNORATE", "OBLAST", "DISTRICT", "STATE", "CITY", "VALLEY", "PENINSULA", "STRIP",
		"HEIGHTS", "ISLAND", "ISLANDS", "SEA", "RIVER", "GULF", "BAY", "PORT", "AIRPORT", "AREA", "PREFECTURE", "COUNTY",
		"MOUNTAINS", "DESERT", "CORRIDOR", "BORDER", "FRONT", "HARBOUR", "HARBOR":
		return true
	}
	return false
}

// titleCase reports whether most words of the sentence are capitalised,
// as in a headline.
func (s *sent) titleCase() bool {
	n, caps := 0, 0
	for _, w := range s.words {
		if w.comma || w.semi || w.poss {
			continue
		}
		n++
		if w.cap {
			caps++
		}
	}
	return 2*caps > n
}

// namesAgreement reports whether the words from i are an agreement noun,
// maybe after one lower-case word: "Agreement" in "the Algiers
// Agreement", "peace framework" in "the Addis Ababa peace framework".
func (s *sent) namesAgreement(i int) bool {
	if i < len(s.words) && !s.words[i-1].comma && s.agreementAt(i) {
		return true
	}
	// (a capitalised word between only in a title: "the Brasília
	// Presidential Act")
	return i+1 < len(s.words) && (!s.words[i].cap || s.words[i+1].cap) && !s.words[i].poss && !s.words[i].comma && !s.words[i-1].comma && s.words[i].norm != "AND" &&
		s.agreementAt(i+1)
}

// agreementOf reports whether word i follows an agreement noun and "of":
// the place in "the Treaties of Rome" or "the Treaty of Paris" names the
// treaty, not a party.
func (s *sent) agreementOf(i int) bool {
	return i >= 2 && s.words[i-1].norm == "OF" && s.words[i-2].cap && isAgreementNoun(s.words[i-2].norm)
}

// agreementAt reports whether word i names an agreement: a noun of
// agreement, or in a title a word that is one only there ("the Buenos
// Aires Act", not "urged Damascus to act").
func (s *sent) agreementAt(i int) bool {
	switch w := s.words[i].norm; w {
	case "ACT", "PROGRAMME", "PROGRAM", "PLAN", "INITIATIVE":
		return s.words[i].cap
	default:
		return isAgreementNoun(w)
	}
}

// isAgreementNoun reports whether w names an agreement or a process that
// a place may name ("the Algiers Agreement", "the Astana format").
func isAgreementNoun(w string) bool {
	switch w {
	case "AGREEMENT", "AGREEMENTS", "ACCORD", "ACCORDS", "TREATY", "TREATIES", "DECLARATION", "PROTOCOL", "PROTOCOLS",
		"COMMUNIQUE", "COMMUNIQUÉ", "PROCESS", "FORMAT", "CHARTER", "CONVENTION", "PACT", "CONSENSUS", "FRAMEWORK", "MEMORANDUM":
		return true
	}
	return false
}

// capsWord reports whether word i is written in capitals only.
func (s *sent) capsWord(i int) bool {
	sp := s.words[i].span
	return strings.ToUpper(s.doc.Text[sp.Start:sp.End]) == s.doc.Text[sp.Start:sp.End]
}

// build fills the words of sentence si.
func (s *sent) build() {
	toks := s.doc.SentenceTokens(s.si)
	text := s.doc.Text
	skip := s.datelineEnd()
	s.allCaps = true
	for i, t := range toks {
		if t.End <= skip {
			continue
		}
		raw := text[t.Start:t.End]
		if s.allCaps {
			for _, r := range raw {
				if unicode.IsLower(r) {
					s.allCaps = false
					break
				}
			}
		}
		if t.Kind == dyad.Punct {
			if i == len(toks)-1 || i == len(toks)-2 && toks[i+1].Kind == dyad.Punct {
				if raw == "." || raw == "!" || raw == "?" {
					s.period = true
				}
			}
			switch {
			case raw == ",":
				s.words = append(s.words, word{norm: ",", span: t.Span, comma: true})
			case (raw == ";" || raw == ":") && s.c.Config.Semicolon && len(s.words) > 0:
				// "Ethiopian jets bombed Asmara; Eritrean aircraft struck
				// Mekelle" is two clauses, and so is "began by courting
				// Putin: he travelled to Moscow"
				s.words = append(s.words, word{norm: ";", span: t.Span, semi: true})
			case raw == "-" && len(s.words) > 0 && i > 0 && toks[i-1].End == t.Start &&
				toks[i-1].Kind != dyad.Punct && (i+1 == len(toks) || toks[i+1].Start > t.End):
				w := &s.words[len(s.words)-1]
				w.norm += "-"
				w.span.End = t.End
			}
			continue
		}
		norm := t.Norm
		if norm == "'S" || norm == "\u2019S" {
			s.words = append(s.words, word{norm: "'S", span: t.Span, poss: true})
			continue
		}
		r, _ := utf8.DecodeRuneInString(raw)
		cp := unicode.IsUpper(r)
		if !strings.ContainsAny(norm, "-_") || len(norm) != len(raw) {
			s.words = append(s.words, word{norm: norm, span: t.Span, cap: cp})
			continue
		}
		start := 0
		for j := 0; j <= len(norm); j++ {
			if j < len(norm) && norm[j] != '-' && norm[j] != '_' {
				continue
			}
			if j > start {
				sp := dyad.Span{Start: t.Start + start, End: t.Start + j}
				r, _ := utf8.DecodeRuneInString(text[sp.Start:sp.End])
				s.words = append(s.words, word{norm: norm[start:j], span: sp, cap: unicode.IsUpper(r)})
			}
			start = j + 1
		}
	}
}

// asideBeforeVerb reports whether the words from i close, within six
// words, with a comma that a verb follows: the end of an aside between a
// subject and its verb.
func (s *sent) asideBeforeVerb(i int) bool {
	for j := i; j < len(s.words) && j <= i+6; j++ {
		if s.words[j].comma {
			return j+1 < len(s.words) && (s.role[j+1] == int8(kVerb)+1 || !s.words[j+1].cap && pastForm(s.words[j+1].norm))
		}
	}
	return false
}

// datelineEnd returns where the wire dateline ends ("BEIRUT, Aug. 4, 2026
// (Reuters)") when it opens sentence si, or -1. Its place and agency are
// where and by whom the story was filed, not parties to what it tells.
func (s *sent) datelineEnd() int {
	d := s.doc.Meta["dateline"]
	if d == "" {
		return -1
	}
	sp := s.doc.Sentences[s.si].Span
	text := s.doc.Text[sp.Start:sp.End]
	if body := strings.TrimLeft(text, " \t\n"); strings.HasPrefix(body, d) {
		return sp.End - len(body) + len(d)
	}
	return -1
}

// givenName reports whether word j is one of the words of actor's name:
// "Hamid Dbeibah" is Abdul Hamid Dbeibeh, spelt another way, but "Jimmy
// Lai" is not Lai Ching-te.
func (s *sent) givenName(j int, actor int32) bool {
	if j < 0 {
		return false
	}
	name, w := s.c.d.Actors[actor].Name, s.words[j].norm
	for name != "" {
		f, rest, _ := strings.Cut(name, " ")
		if strings.EqualFold(f, w) {
			return true
		}
		name = rest
	}
	return false
}

// inLongerName reports whether the word at i, a short name, ends a longer
// name the dictionary lacks: it follows a capitalised word that is not the
// sentence's first and no earlier phrase took ("Major General Jeremy
// Moore"). A short name before a capitalised word ("Abbas Kamel") stays an
// actor, and the resolver drops its events, as "killing the guerrilla
// commander Raúl Reyes" should not be coded against anyone else.
func (s *sent) inLongerName(i int, consumed []bool) bool {
	if s.allCaps {
		return false
	}
	if p := s.words[max(i-1, 0)]; i > 1 && p.cap && !consumed[i-1] && !s.inTime(p.span) && !strings.HasSuffix(p.norm, ".") && len(p.norm) > 1 && !honorific(p.norm) {
		// not after a month ("that December Meles"), an initial
		// ("George H. W. Bush", a name the dictionary has) or a
		// courtesy title written without a stop ("Mr Ruto")
		return true
	}
	return false
}

// shortLoses reports whether entry b, the best so far, is a short name of
// a person not named in the document that loses to entry e, a full name
// of the same words: "Lagos" is Nigeria's city, not Ricardo Lagos.
func (s *sent) shortLoses(b, e *entry) bool {
	return b.short && !e.short && !s.named[b.idx]
}

// nameCap reports whether word i is capitalised as a name is, or is the
// article of one ("al-Sharaa").
func (s *sent) nameCap(i int) bool {
	return s.words[i].cap || i+1 < len(s.words) && dict.ArabicArticle(s.words[i].norm) && s.hyphenBefore(i+1) && s.words[i+1].cap
}

// isPerson reports whether actor, a dictionary index or -1, is a person.
func (s *sent) isPerson(actor int32) bool {
	return actor >= 0 && s.c.d.Actors[actor].Type == "person"
}

// honorific reports whether w is a courtesy title, which British style
// writes without a stop: "Mr Ruto", "Dr Abiy".
func honorific(w string) bool {
	switch w {
	case "MR", "MRS", "MS", "DR", "MME", "MISS":
		return true
	}
	return false
}

// lookup finds the best dictionary phrase starting at word i.
func (s *sent) lookup(i int, consumed []bool, buf, bestPos []int) (best match, ok bool) {
	lx := s.c.lx
	tok := s.words[i].norm
	verbOK := !s.words[i].cap || s.allCaps || i == 0
	bestN, bestChars, bestSpec := 0, 0, 0
	n := int32(0)
	for k := 0; k < len(tok); k++ {
		c, found := lx.next[uint32(n)<<8|uint32(tok[k])]
		if !found {
			break
		}
		n = c
		for _, id := range lx.at[n] {
			e := &lx.entries[id]
			if e.kind == kVerb && !verbOK {
				continue
			}
			if e.short && s.inLongerName(i, consumed) {
				if s.others != nil && s.c.Config.Subordinate && !s.givenName(i-1, e.idx) {
					s.others[s.words[i].norm] = true
				}
				continue
			}
			if e.short && (!s.nameCap(i) && !s.allCaps && !(e.lowerLead && i+1 < len(s.words) && s.words[i+1].cap)) {
				continue // "sent rice" names no Condoleezza Rice
			}
			if e.short && s.others[s.words[i].norm] && !s.named[e.idx] {
				continue // "Jimmy Lai … Lai was sentenced": not Lai Ching-te
			}
			if e.kind == kActor && len(e.words) == 1 && len(e.words[0].text) <= 3 && !s.words[i].cap && !s.allCaps {
				// "UN", "US", "EU" name nobody in "un-Islamic" or "told us"
				continue
			}
			if e.acronym && !s.allCaps && !s.capsWord(i) {
				continue // "Fao" is no FAO
			}
			pos, chars := s.matchPhrase(e, i, consumed, buf[:0])
			if pos == nil {
				continue
			}
			if e.kind == kActor && s.c.isPlace[e.idx] && (s.namesAgreement(pos[len(pos)-1]+1) || s.agreementOf(i)) {
				continue // "the Algiers Agreement", "the Minsk accords", "the Treaty of Rome"
			}
			if !ok || len(pos) > bestN || len(pos) == bestN && (chars > bestChars || chars == bestChars &&
				(e.kind < best.kind || e.kind == best.kind && (e.spec > bestSpec ||
					e.spec == bestSpec && e.kind == kActor && (s.named[e.idx] && !s.named[best.idx] || s.shortLoses(&lx.entries[best.ent], e))))) {
				best = match{kind: e.kind, idx: e.idx, ent: id}
				bestPos = append(bestPos[:0], pos...)
				bestN, bestChars, bestSpec, ok = len(pos), chars, e.spec, true
			}
		}
	}
	if ok {
		start := len(s.arena)
		s.arena = append(s.arena, bestPos...)
		best.pos = s.arena[start:len(s.arena):len(s.arena)]
	}
	return best, ok
}

// matchPhrase matches entry e at word i; it returns the matched words and
// the number of dictionary characters matched, or nil.
func (s *sent) matchPhrase(e *entry, i int, consumed []bool, buf []int) ([]int, int) {
	verb := e.kind == kVerb
	if !matchWord(&e.words[0], s.words[i].norm, verb) {
		return nil, 0
	}
	pos := append(buf, i)
	chars := len(e.words[0].text)
	last := i
	for k := 1; k < len(e.words); k++ {
		w := &e.words[k]
		j := last + 1
		if !w.gap {
			if j >= len(s.words) || consumed[j] || !matchWord(w, s.words[j].norm, verb) {
				return nil, 0
			}
		} else {
			for ; j < len(s.words); j++ {
				if !consumed[j] && matchWord(w, s.words[j].norm, verb) {
					break
				}
			}
			if j >= len(s.words) {
				return nil, 0
			}
		}
		pos = append(pos, j)
		chars += len(w.text)
		last = j
	}
	if verb && last+1 < len(s.words) && s.words[last+1].poss && e.words[len(e.words)-1].match != 0 {
		return nil, 0 // "donate's" is not a verb
	}
	return pos, chars
}

// lexical finds every dictionary phrase, left to right, longest first.
func (s *sent) lexical() {
	n := len(s.words)
	s.consumed = grow(s.consumed, n)
	consumed := s.consumed
	s.role = grow(s.role, n)
	s.mref = grow(s.mref, n)
	var buf, bestBuf [16]int
	for i := 0; i < n; i++ {
		if consumed[i] || s.words[i].comma || s.words[i].poss {
			continue
		}
		m, ok := s.lookup(i, consumed, buf[:0], bestBuf[:0])
		if !ok {
			continue
		}
		if m.kind == kActor && len(m.pos) == 2 && s.words[i].norm == "THE" {
			// "The North American Free Trade Agreement", "the West German
			// chancellor": a name after "the" that runs on into a longer
			// one is that one's first word
			if m2, ok2 := s.lookup(i+1, consumed, buf[:0], bestBuf[:0]); ok2 && m2.pos[len(m2.pos)-1] > m.pos[1] {
				continue
			}
			if j := m.pos[1] + 1; j < len(s.words) && s.words[j].cap && !s.allCaps && !s.words[j].comma {
				if t := s.c.d.Actors[m.idx].Type; t == "group" || t == "place" {
					continue // "The North American …", "the West African …": a longer name
				}
			}
		}
		id := int32(len(s.ms))
		s.ms = append(s.ms, m)
		if m.kind == kActor && len(m.pos) > 1 && s.named != nil {
			s.named[m.idx] = true
		}
		for _, p := range m.pos {
			consumed[p] = true
			s.role[p] = int8(m.kind) + 1
			s.mref[p] = id
		}
	}
	if s.c.Config.Subordinate {
		s.placesInNames()
	}
	s.nounV = grow(s.nounV, len(s.ms))
	for mi := range s.ms {
		m := &s.ms[mi]
		if m.kind != kVerb || s.c.vbs[m.idx].nominal {
			continue
		}
		// a determiner just before a verb makes it a noun ("the restore",
		// "a new bombing"); a hyphen makes it part of a compound
		// ("visa-free travel", "US-backed forces", "Saudi-led coalition")
		i := m.first()
		if s.c.Config.OfNoun && i > 0 && s.hyphenBefore(i) {
			s.nounV[mi] = true
			continue
		}
		if s.c.Config.Subordinate && i >= 2 && s.words[i-1].comma && s.words[i-2].cap && pastForm(s.words[i].norm) && m.last()+1 < len(s.words) && s.asideBeforeVerb(m.last()+1) {
			switch s.words[m.last()+1].norm {
			case "IN", "AT", "ON", "DURING", "SINCE", "AFTER", "UNTIL", "FOR":
				// "Hadi, besieged in Aden, wrote to King Salman": a
				// passive said of the name before it, which did nothing
				s.nounV[mi] = true
				continue
			}
		}
		for j, steps := i-1, 0; j >= 0 && steps < 2; j, steps = j-1, steps+1 {
			if s.latterFormer(j) != 0 {
				break // "the latter praised": a subject, not "the restore"
			}
			if isDet(s.words[j].norm) && steps == 1 && s.c.Config.Subordinate && s.participleWithObject(m) {
				break // "a counterclaim accusing Croatia": a participle
			}
			if isDet(s.words[j].norm) || steps == 0 && s.words[j].norm == "OF" && s.c.Config.OfNoun {
				// "eleven days of fighting" is a noun too
				s.nounV[mi] = true
				break
			}
			if s.role[j] != 0 && s.role[j] != int8(kAdj)+1 || s.words[j].comma {
				break
			}
		}
	}
}

// actorCode returns the actor's code valid at the sentence's date, and
// its parts ("ELR/GAL" is two actors).
func (s *sent) actorCode(idx int32) (string, []string, bool) {
	a := &s.c.d.Actors[idx]
	// The rule is dyad.ActorMention.CodeAt's: among dated codes valid at
	// the date the latest to start wins, an undated code is the fallback.
	best := -1
	for j, dc := range a.Codes {
		undated := dc.From.IsZero() && dc.To.IsZero()
		switch {
		case undated:
			if best < 0 {
				best = j
			}
		case s.at.IsZero():
		case dc.ValidAt(s.at):
			b := a.Codes[max(best, 0)]
			if best < 0 || b.From.IsZero() && b.To.IsZero() || dc.From.Begin.After(b.From.Begin) {
				best = j
			}
		}
	}
	if best < 0 && s.at.IsZero() && len(a.Codes) > 0 {
		best = len(a.Codes) - 1
	}
	if best < 0 {
		return "", nil, false
	}
	return a.Codes[best].Code, s.c.parts[idx][best], true
}

// mentions builds actor mentions, attaching agents and resolving codes.
func (s *sent) mentions() {
	n := len(s.words)
	s.mid = grow(s.mid, n)
	for i := range s.mid {
		s.mid[i] = -1
	}
	d := s.c.d
	// actors
	s.actorOf = grow(s.actorOf, len(s.ms)) // match → mention+1
	actorOf := s.actorOf
	for mi := range s.ms {
		m := &s.ms[mi]
		if m.kind != kActor {
			continue
		}
		code, codes, ok := s.actorCode(m.idx)
		if !ok || code == "---" || code == "" {
			s.role[m.first()] = int8(kNoun) + 1
			for _, p := range m.pos {
				s.role[p] = int8(kNoun) + 1
			}
			continue
		}
		mn := mention{pos: m.pos, actor: m.idx, rule: s.c.actorRule[m.idx]}
		mn.codes = codes
		mn.base = mn.codes
		actorOf[mi] = int32(len(s.men)) + 1
		s.men = append(s.men, mn)
	}
	// agents
	var anaWord []int // words of anaphors that are not pronouns of their own
	for mi := range s.ms {
		m := &s.ms[mi]
		if m.kind != kAgent {
			continue
		}
		ag := &d.Agents[m.idx]
		target := -1
		former := m.first() > 0 && s.words[m.first()-1].norm == "FORMER"
		if j := m.first() - 1; j >= 0 {
			if s.words[j].norm == "FORMER" && j > 0 {
				j--
			}
			if s.words[j].poss && j > 0 {
				j--
			}
			if s.role[j] == int8(kActor)+1 {
				if k := int(actorOf[s.mref[j]]) - 1; k >= 0 && s.men[k].canTake(ag.Before) {
					target = k
				}
			}
		}
		if target < 0 {
			j := m.last() + 1
			if j < n && (s.words[j].norm == "OF" || s.words[j].norm == "IN" || s.words[j].norm == "FROM") {
				j++
			}
			if j < n && s.words[j].norm == "THE" {
				j++
			}
			if j < n && s.role[j] == int8(kActor)+1 {
				if k := int(actorOf[s.mref[j]]) - 1; k >= 0 && s.men[k].canTake(ag.Before) && s.ms[s.mref[j]].first() == j {
					target = k
				}
			}
		}
		code := ag.Code
		if target >= 0 && m.first() > s.men[target].last() {
			// "US and British activists": the noun is shared.
			if k := s.coordinated(target); k >= 0 && s.men[k].canTake(ag.Before) {
				s.addAgent(k, ag.Code, ag.Before)
				s.men[k].agentFirst = false
			}
		}
		if target >= 0 {
			t := &s.men[target]
			if t.first() > 0 && s.words[t.first()-1].norm == "FORMER" {
				former = true
			}
			if former {
				code = "ELI"
			}
			if s.isPerson(t.actor) && !former {
				// A title ("President Nasser") names the office the
				// person's dated codes already carry; it adds no agent.
				t.pos = mergePos(t.pos, m.pos)
				continue
			}
			wasSuf := t.hasSuf
			s.addAgent(target, code, ag.Before && !former)
			if former && ag.Before {
				// ELI goes after, but the title still fills the front.
				t.hasPre, t.hasSuf = true, wasSuf
			}
			t.agentFirst = m.first() < t.first()
			t.pos = mergePos(t.pos, m.pos)
			continue
		}
		if kind := s.definiteAgent(m); kind != 0 {
			j := m.first() - 1
			start := len(s.arena)
			s.arena = append(s.arena, j)
			s.arena = append(s.arena, m.pos...)
			s.men = append(s.men, mention{pos: s.arena[start:len(s.arena):len(s.arena)], agent: code, actor: -1, ref: -1, pron: true, ana: int8(kind), rule: ag.Pos.String()})
			anaWord = append(anaWord, j)
			continue
		}
		if pre := s.c.Config.LoneAgent; pre != "" || s.c.Config.ConvertAgent {
			c := pre + code
			if pre == "" {
				c = "~" + code
				if ag.Before {
					c = code + "~"
				}
			}
			s.men = append(s.men, mention{pos: m.pos, codes: []string{c}, base: []string{c}, agent: code, actor: -1, rule: ag.Pos.String()})
		}
	}
	// pronouns
	for i := range s.words {
		if kind := s.latterFormer(i); kind != 0 {
			start := len(s.arena)
			s.arena = append(s.arena, i-1, i)
			s.men = append(s.men, mention{pos: s.arena[start:len(s.arena):len(s.arena)], actor: -1, ref: -1, pron: true, ana: int8(kind)})
			continue
		}
		if slices.Contains(anaWord, i) {
			continue
		}
		if i > 0 && s.words[i].cap && s.words[i-1].cap && !s.allCaps && !s.words[i-1].comma {
			continue // "Vice-Premier Liu He": a name, not a pronoun
		}
		if s.c.Config.Subordinate && (isPossessive(s.words[i].norm) || s.words[i].norm == "HER") {
			if i+1 < len(s.words) && s.role[i+1] == int8(kActor)+1 && !s.words[i].comma {
				// "telephoned his Iranian counterpart": the counterpart
				// is the actor, not the possessor
				continue
			}
		}
		if s.c.Config.Subordinate && s.words[i].norm == "IT" && i+2 < len(s.words) && isBe(s.words[i+1].norm) && (s.words[i+2].norm == "IN" || s.words[i+2].norm == "AT") {
			continue // "When the talks resumed, it was in Istanbul": no actor
		}
		if s.role[i] == 0 && isPronoun(s.words[i].norm) && !(s.c.Config.NoPossessives && isPossessive(s.words[i].norm)) {
			start := len(s.arena)
			s.arena = append(s.arena, i)
			s.men = append(s.men, mention{pos: s.arena[start:len(s.arena):len(s.arena)], actor: -1, ref: -1, pron: true})
		}
	}
	sortMentions(s.men)
	for k := range s.men {
		for _, p := range s.men[k].pos {
			s.mid[p] = int32(k)
		}
	}
}

// hyphenBefore reports whether word i was joined to the word before it by
// a hyphen the segmenter dropped ("visa-free" is VISA, FREE).
func (s *sent) hyphenBefore(i int) bool {
	a, b := s.words[i-1].span, s.words[i].span
	if b.Start != a.End+1 || s.doc.Text[a.End] != '-' {
		return false
	}
	switch s.words[i-1].norm {
	case "RE", "PRE", "CO", "DE", "MIS", "OUT", "OVER", "UNDER", "CROSS":
		return false // "re-examine", "co-host": still a verb
	}
	return true
}

func sortMentions(ms []mention) {
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && ms[j].first() < ms[j-1].first(); j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
}

func mergePos(a, b []int) []int {
	out := make([]int, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		if j >= len(b) || i < len(a) && a[i] < b[j] {
			out = append(out, a[i])
			i++
		} else {
			out = append(out, b[j])
			j++
		}
	}
	return out
}

// coordinated returns the mention of a country coordinated before mention
// k ("US and British" in "US and British activists"), or -1.
func (s *sent) coordinated(k int) int {
	j := s.men[k].first() - 1
	if j < 1 || s.words[j].norm != "AND" || s.role[j-1] != int8(kActor)+1 {
		return -1
	}
	i := int(s.actorOf[s.mref[j-1]]) - 1
	if i < 0 || s.men[i].last() != j-1 || s.men[i].hasAgt || s.men[i].actor < 0 || s.isPerson(s.men[i].actor) {
		return -1
	}
	return i
}

// addAgent adds an agent code to mention k, in front of its codes if
// before, after any agent it has already.
func (s *sent) addAgent(k int, code string, before bool) {
	t := &s.men[k]
	codes := make([]string, len(t.codes))
	for i, c := range t.codes {
		codes[i] = combine(c, code, before)
	}
	if t.hasAgt {
		code = t.agent + code
	}
	t.codes, t.agent, t.hasAgt = codes, code, true
	if before {
		t.hasPre = true
	} else {
		t.hasSuf = true
	}
	t.agentBefore = before
}

// combine adds an agent code to an actor code, leaving out three-letter
// blocks the actor code already has at a block boundary.
func combine(actor, agent string, before bool) string {
	var add strings.Builder
	for i := 0; i+3 <= len(agent); i += 3 {
		b := agent[i : i+3]
		if !hasBlock(actor, b) {
			add.WriteString(b)
		}
	}
	if len(agent)%3 != 0 && !hasBlock(actor, agent) {
		add.Reset()
		add.WriteString(agent)
	}
	if before {
		return add.String() + actor
	}
	return actor + add.String()
}

func hasBlock(code, b string) bool {
	for i := 0; i+len(b) <= len(code); i += 3 {
		if code[i:i+len(b)] == b {
			return true
		}
	}
	return false
}
