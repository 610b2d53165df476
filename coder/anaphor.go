package coder

import "strings"

// Definite anaphors are noun phrases that, like pronouns, stand for an
// actor named before: "the minister" and "the general" for the last
// person named, "his administration" and "its army" for the referent of
// the pronoun with the agent added, "the latter" and "the former" for the
// last and the one before it. TABARI and PETRARCH code none of them; they
// are on only when the dictionary's options list them (ANAPHORS), so the
// validation suites keep their behaviour.

// anaphor kinds of a mention; 0 is an ordinary pronoun or none.
const (
	anaDefinite   = iota + 1 // "the minister"
	anaPossessive            // "his administration"
	anaLatter                // "the latter"
	anaFormer                // "the former"
)

// antecedent is an actor mention a later anaphor may refer to.
type antecedent struct {
	codes []string
	actor int32 // dictionary actor, -1 for none
	text  string
}

// parsePhrases reads an option that lists phrases separated by "|": the
// ANAPHORS ("THE MINISTER | THE LATTER | POSSESSIVE") and the ACT NOUNS.
func parsePhrases(value string) map[string]bool {
	out := map[string]bool{}
	for _, p := range strings.Split(value, "|") {
		if p = strings.Join(strings.Fields(p), " "); p != "" {
			out[p] = true
		}
	}
	return out
}

// definiteAgent reports the anaphor kind of lone agent match m: "the"
// before an agent phrase listed in ANAPHORS, or a possessive pronoun
// before any agent when POSSESSIVE is listed.
func (s *sent) definiteAgent(m *match) int {
	ana := s.c.Config.Anaphors
	j := m.first() - 1
	if len(ana) == 0 || j < 0 || s.role[j] != 0 {
		return 0
	}
	switch s.words[j].norm {
	case "THE":
		words := make([]string, 0, len(m.pos)+1)
		words = append(words, "THE")
		for _, p := range m.pos {
			words = append(words, s.words[p].norm)
		}
		if ana[strings.Join(words, " ")] {
			return anaDefinite
		}
	case "HIS", "HER", "ITS", "THEIR":
		if ana["POSSESSIVE"] {
			return anaPossessive
		}
	}
	return 0
}

// latterFormer reports whether words i-1, i are "the latter" or "the
// former" standing alone: at the end of the clause or before a verb, not
// "the former Soviet Union" or "the former colony".
func (s *sent) latterFormer(i int) int {
	if i < 1 || s.role[i] != 0 || s.words[i-1].norm != "THE" || s.role[i-1] != 0 {
		return 0
	}
	kind := 0
	switch s.words[i].norm {
	case "LATTER":
		kind = anaLatter
	case "FORMER":
		kind = anaFormer
	}
	if kind == 0 || !s.c.Config.Anaphors["THE "+s.words[i].norm] {
		return 0
	}
	if i+1 == len(s.words) || s.words[i+1].comma || s.role[i+1] == int8(kVerb)+1 {
		return kind
	}
	next := s.words[i+1].norm
	if (strings.HasSuffix(next, "ED") || strings.HasSuffix(next, "LY")) && !s.words[i+1].cap {
		return kind // "the latter thanked …", "praised the former warmly"
	}
	switch next {
	case "HAD", "HAS", "HAVE", "WAS", "WERE", "IS", "ARE", "SAID", "WOULD", "WILL", "AND", "BUT", "ALSO", "THEN",
		"FOR", "TO", "WITH", "IN", "ON", "AT", "OVER", "BY", "FROM", "ABOUT", "AFTER", "AS":
		return kind
	}
	return 0
}

// resolveAnaphor gives anaphor m the codes of its antecedent: the actors
// of the previous sentence and those before m in this one, newest last.
// It reports false when there is none.
func (s *sent) resolveAnaphor(m *mention, prev []antecedent, pronoun []string) bool {
	cands := append([]antecedent(nil), prev...)
	for i := range s.men {
		o := &s.men[i]
		if o.pron || o.first() >= m.first() {
			continue
		}
		cands = append(cands, antecedent{codes: o.base, actor: o.actor, text: s.mentionText(o)})
	}
	if o := s.apposedPerson(m); o != nil && (m.ana == anaDefinite || m.ana == anaPossessive) {
		// "A visit by its president, Abdiqasim Salad Hassan, to Addis
		// Ababa": the name between commas says who the office is
		m.codes, m.ref = o.codes, o.actor
		m.note = "anaphor: " + s.mentionText(m) + " = " + s.mentionText(o) + " (apposition)"
		return len(m.codes) > 0
	}
	switch m.ana {
	case anaDefinite:
		for i := len(cands) - 1; i >= 0; i-- {
			if c := cands[i]; s.isPerson(c.actor) {
				m.codes, m.ref = s.codesNow(c), c.actor
				m.note = "anaphor: " + s.mentionText(m) + " = " + c.text
				return len(m.codes) > 0
			}
		}
	case anaPossessive:
		if len(pronoun) == 0 {
			return false
		}
		m.codes = make([]string, len(pronoun))
		for i, c := range pronoun {
			m.codes[i] = withAgent(c, m.agent)
		}
		m.note = "anaphor: " + s.mentionText(m) + " = " + strings.Join(m.codes, "/")
		return true
	case anaLatter, anaFormer:
		if len(cands) == 0 {
			return false
		}
		pick := len(cands) - 1
		if m.ana == anaFormer {
			last := strings.Join(cands[pick].codes, "/")
			for pick--; pick >= 0 && strings.Join(cands[pick].codes, "/") == last; pick-- {
			}
			if pick < 0 {
				return false
			}
		}
		m.codes, m.ref = s.codesNow(cands[pick]), cands[pick].actor
		m.note = "anaphor: " + s.mentionText(m) + " = " + cands[pick].text
		return len(m.codes) > 0
	}
	return false
}

// apposedPerson returns the person named between commas right after
// mention m ("its president, Abdiqasim Salad Hassan,"), or nil.
func (s *sent) apposedPerson(m *mention) *mention {
	j := m.last() + 1
	if j+1 >= len(s.words) || !s.words[j].comma {
		return nil
	}
	for i := range s.men {
		o := &s.men[i]
		if o.pron || o.first() != j+1 || !s.isPerson(o.actor) || len(o.codes) == 0 {
			continue
		}
		if e := o.last() + 1; e == len(s.words) || s.words[e].comma {
			return o
		}
	}
	return nil
}

// codesNow returns an antecedent's codes at this sentence's date: a
// person named in 1988 and referred to in a 1990 sentence takes his 1990
// office.
func (s *sent) codesNow(a antecedent) []string {
	if a.actor >= 0 {
		if _, codes, ok := s.actorCode(a.actor); ok {
			return codes
		}
	}
	return a.codes
}

// withAgent puts agent on the country of code: "his administration" with
// "his" = USAELI is USAGOV. Codes that are not a state's (IGOs and the
// like, or anything shorter) are kept whole.
func withAgent(code, agent string) string {
	if len(code) < 3 || agent == "" || strings.HasPrefix(code, "IGO") || strings.HasPrefix(code, "NGO") {
		return code
	}
	return code[:3] + agent
}

// mentionText returns the words of mention m as written.
func (s *sent) mentionText(m *mention) string {
	return s.doc.Text[s.words[m.first()].span.Start:s.words[m.last()].span.End]
}

// remember keeps the sentence's actors for the anaphors of the next ones:
// all of them for "the latter", the first for pronouns, counting resolved
// pronouns ("He praised Pakistan" passes on whom "he" was), and the first
// person for "he" and "she".
func (s *sent) remember(k *kept, st *state) {
	var out []antecedent
	fwd, person := false, false
	if m := s.mainSubject(k); m >= 0 {
		// "When Israeli warplanes struck Doha, …, Saudi Arabia was among
		// the first to respond. It condemned the attack": the pronoun is
		// the main clause's subject, not an actor of the opening clause
		st.fwd, st.fwdActor, fwd = s.men[m].base, s.men[m].actor, true
	}
	for i := range s.men {
		m := &s.men[i]
		if !k.alive[i] || len(m.codes) == 0 {
			continue
		}
		a := antecedent{codes: m.base, actor: m.actor, text: s.mentionText(m)}
		if m.pron {
			a.codes, a.actor = m.codes, m.ref
		}
		if !m.pron || m.ana != 0 {
			out = append(out, a)
		}
		if !fwd {
			st.fwd, st.fwdActor, fwd = a.codes, a.actor, true
		}
		if !person && s.isPerson(a.actor) {
			st.person, person = a, true
		}
	}
	if !person && s.c.Config.Subordinate {
		// "…, but it was Hugo Chávez who reacted most theatrically": a
		// person named in an aside is still whom the next "he" means
		for i := range s.men {
			m := &s.men[i]
			if !k.alive[i] && !m.pron && len(m.codes) > 0 && s.isPerson(m.actor) {
				st.person, person = antecedent{codes: m.base, actor: m.actor, text: s.mentionText(m)}, true
				break
			}
		}
	}
	if len(out) > 0 && s.c.Config.Subordinate {
		st.plural = nil
		for g := range k.groups {
			if s.plainCompound(k, g) {
				st.plural = s.pluralBefore(k, k.groups[g].last+1)
				break
			}
		}
	}
	if len(out) > 0 {
		st.prev = out
		if !person {
			st.person = antecedent{actor: -1}
		}
	}
}

// personal reports whether w is a pronoun that stands for a person.
func personal(w string) bool {
	switch w {
	case "HE", "HIM", "HIS", "SHE", "HER":
		return true
	}
	return false
}

// mainSubject returns the mention that is the subject of the main clause
// after an opening subordinate clause ("When …, Saudi Arabia was"): the
// first actor named after the clause's comma that a verb follows. It
// returns -1 when the sentence opens with no such clause or none is found.
func (s *sent) mainSubject(k *kept) int {
	if s.openComma < 0 {
		return -1
	}
	for i := range s.men {
		m := &s.men[i]
		if k.alive[i] && !m.pron && len(m.codes) > 0 && m.first() > s.openComma && s.verbFollows(m.last()) {
			return i
		}
	}
	return -1
}
