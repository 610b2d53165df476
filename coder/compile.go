package coder

import (
	"strings"

	"github.com/dyadproject/dyad/dict"
)

// Kinds of dictionary phrases, in the order that breaks ties between
// matches of the same length.
const (
	kActor uint8 = iota
	kAgent
	kNoun
	kAdj
	kDiscard
	kComplex
	kVerb
)

// cword is a compiled dictionary word.
type cword struct {
	text  string
	match dict.MatchKind
	gap   bool
}

// entry is one phrase of any dictionary kind.
type entry struct {
	kind  uint8
	idx   int32 // actor, agent, verb index; -1 otherwise
	words []cword
	// spec counts closed words and adjacent joins: of two phrases that
	// match the same words, the more specific wins ("AL_GORE" over
	// "AL GORE", "PRESIDENT_BUSH_" over "PRESIDENT_BUSH").
	spec int
	// short marks an actor's short name (a surname alone), which is no
	// name of theirs inside a longer one ("Major General Jeremy Moore").
	short bool
	// lowerLead marks a name of several words the dictionary writes with
	// a lower-case particle first ("de Gaulle", "bin Salman"), which text
	// writes so too.
	lowerLead bool
	// acronym marks an actor name written in capitals ("FAO") in a
	// dictionary that writes its other names in mixed case: it names
	// nobody in "Fao", the peninsula.
	acronym bool
	// adj marks an actor's adjective or demonym ("Egyptian"), which names
	// its people as well as its state.
	adj bool
}

// lexicon finds phrases by their first word: a byte trie over the first
// word's text, so one walk over a token finds every stem that begins it.
type lexicon struct {
	entries []entry
	next    map[uint32]int32 // node<<8|byte → child node
	at      [][]int32        // node → entries whose first word ends here
}

func newLexicon(size int) *lexicon {
	return &lexicon{next: make(map[uint32]int32, size), at: make([][]int32, 1, size+1), entries: make([]entry, 0, size/4)}
}

func (lx *lexicon) add(e entry) {
	if len(e.words) == 0 || e.words[0].text == "" {
		return
	}
	for i, w := range e.words {
		if w.match != dict.Stem {
			e.spec++
		}
		if i > 0 && !w.gap {
			e.spec++
		}
	}
	id := int32(len(lx.entries))
	lx.entries = append(lx.entries, e)
	n := int32(0)
	t := e.words[0].text
	for i := 0; i < len(t); i++ {
		k := uint32(n)<<8 | uint32(t[i])
		c, ok := lx.next[k]
		if !ok {
			c = int32(len(lx.at))
			lx.at = append(lx.at, nil)
			lx.next[k] = c
		}
		n = c
	}
	lx.at[n] = append(lx.at[n], id)
}

// splitWords turns a dictionary phrase into compiled words, splitting
// inner hyphens ("BARAD-DUR") into adjacent words as the tokens are, and
// an inner possessive ("PEOPLE'S LIBERATION ARMY") into the word and 'S.
func splitWords(ws []dict.Word) []cword {
	var out []cword
	for _, w := range ws {
		parts := splitHyphen(w.Text)
		if t := w.Text; len(ws) > 1 && len(t) > 2 && (strings.HasSuffix(t, "'S") || strings.HasSuffix(t, "\u2019S")) && !strings.Contains(t, "-") {
			k := strings.LastIndexAny(t, "'\u2019")
			parts = []string{t[:k], "'S"}
		}
		for i, p := range parts {
			cw := cword{text: p, match: dict.Exact, gap: false}
			if i == 0 {
				cw.gap = w.Gap
			}
			if i == len(parts)-1 {
				cw.match = w.Match
			}
			out = append(out, cw)
		}
	}
	return out
}

// splitHyphen splits "BARAD-DUR" into BARAD and DUR; a final hyphen
// ("ANTI-") stays on its word.
func splitHyphen(s string) []string {
	if !strings.Contains(strings.TrimSuffix(s, "-"), "-") {
		return []string{s}
	}
	var out []string
	for {
		i := strings.IndexByte(s, '-')
		if i <= 0 || i == len(s)-1 {
			break
		}
		out = append(out, s[:i])
		s = s[i+1:]
	}
	return append(out, s)
}

// matchWord reports whether token tok matches dictionary word w. verb
// selects verb endings for dict.Noun words.
func matchWord(w *cword, tok string, verb bool) bool {
	switch w.match {
	case dict.Exact:
		return tok == w.text
	case dict.Noun:
		if len(tok) < len(w.text) || tok[:len(w.text)] != w.text {
			return false
		}
		rest := tok[len(w.text):]
		if rest == "" || rest == "S" || rest == "ES" {
			return true
		}
		if !verb {
			return false
		}
		switch rest {
		case "ED", "EN", "ING":
			return true
		case "D":
			return strings.HasSuffix(w.text, "E")
		}
		return false
	default:
		return len(tok) >= len(w.text) && tok[:len(w.text)] == w.text
	}
}

// celem is a compiled pattern element.
type celem struct {
	kind dict.ElemKind
	w    cword
	gap  bool
	alts [][]celem // Alt and Synset
	syn  bool      // an Alt made from a synset: its words weigh less
}

// cpattern is a compiled verb pattern split at the verb slot.
type cpattern struct {
	upper, lower []celem
	starGap      bool // words may come between the upper part and the verb
	code         string
	rule         string
	text         string   // the pattern as written, for traces
	hasSrc       bool     // the pattern names the source or target itself
	need         []uint16 // prefix hashes of the words the pattern cannot match without
}

// prefixHash hashes the first min(3, len) bytes of a word into the
// 4096-bit sentence filter.
func prefixHash(w string) uint16 {
	if len(w) > 3 {
		w = w[:3]
	}
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h ^= uint32(w[i])
		h *= 16777619
	}
	return uint16(h & 4095)
}

// cverb is a compiled verb.
type cverb struct {
	code     string
	rule     string
	name     string
	patterns []cpattern
	// nominal verbs are event nouns ("talks", "the withdrawal"): they
	// have noun patterns, and a determiner before them does not turn
	// them into a plain noun.
	nominal bool
}

type compiler struct {
	synsets map[string][]dict.Seq
	memo    map[string][][]celem
	busy    map[string]bool
}

func (c *compiler) seq(s dict.Seq) []celem {
	var out []celem
	for _, e := range s {
		switch e.Kind {
		case dict.Lit:
			for i, cw := range splitWords([]dict.Word{e.Word}) {
				ce := celem{kind: dict.Lit, w: cw, gap: cw.gap}
				if i == 0 {
					ce.gap = e.Word.Gap
				}
				out = append(out, ce)
			}
		case dict.Alt:
			ce := celem{kind: dict.Alt, gap: e.Word.Gap}
			for _, a := range e.Alts {
				ce.alts = append(ce.alts, c.seq(a))
			}
			out = append(out, ce)
		case dict.Synset:
			out = append(out, celem{kind: dict.Alt, gap: e.Word.Gap, alts: c.synset(e.Name), syn: true})
		default:
			out = append(out, celem{kind: e.Kind, gap: e.Word.Gap})
		}
	}
	return out
}

func (c *compiler) synset(name string) [][]celem {
	if m, ok := c.memo[name]; ok {
		return m
	}
	if c.busy[name] {
		return nil // a synset that contains itself matches nothing more
	}
	c.busy[name] = true
	var alts [][]celem
	for _, s := range c.synsets[name] {
		alts = append(alts, c.seq(s))
	}
	c.busy[name] = false
	c.memo[name] = alts
	return alts
}

func (c *compiler) pattern(p dict.Pattern) cpattern {
	el := c.seq(p.Seq)
	cp := cpattern{code: p.Code, rule: p.Pos.String(), text: p.Text}
	for i, e := range el {
		if e.kind == dict.VerbSlot {
			cp.upper, cp.lower, cp.starGap = el[:i], el[i+1:], e.gap
			break
		}
	}
	for _, part := range [][]celem{cp.upper, cp.lower} {
		for _, e := range part {
			if e.kind == dict.Lit && e.w.text != "" {
				cp.need = append(cp.need, prefixHash(e.w.text))
			}
		}
	}
	var walk func([]celem)
	walk = func(es []celem) {
		for _, e := range es {
			switch e.kind {
			case dict.Source, dict.Target, dict.Compound:
				cp.hasSrc = true
			case dict.Alt:
				for _, a := range e.alts {
					walk(a)
				}
			}
		}
	}
	walk(el)
	return cp
}
