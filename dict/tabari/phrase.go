package tabari

import (
	"fmt"
	"strings"

	"github.com/dyadproject/dyad/dict"
)

// parsePhrase reads a dictionary phrase such as "PRINCE DOL_AMROTH",
// "THE_AU_" or "MOUSE=". Words joined by "_" must be adjacent, words
// joined by a space may have other words between them. A word followed
// by "_" must match a whole token; the last word of a phrase matches as
// a stem unless it ends in "_" (the word plus regular endings) or "="
// (the word only). "~" before a connector keeps a word a stem.
func parsePhrase(s string, pos dict.Pos) (dict.Phrase, error) {
	seq, err := parseSeq(s, false)
	if err != nil {
		return dict.Phrase{}, err
	}
	p := dict.Phrase{Text: strings.TrimSpace(s), Pos: pos}
	for _, e := range seq {
		if e.Kind != dict.Lit {
			return dict.Phrase{}, fmt.Errorf("phrase %q: only words are allowed", s)
		}
		p.Words = append(p.Words, e.Word)
	}
	if len(p.Words) == 0 {
		return dict.Phrase{}, fmt.Errorf("empty phrase")
	}
	return p, nil
}

// parseSeq reads a pattern or phrase into elements. In patterns (pattern
// true) a closed word is Exact; in phrases the final "_" means Noun (the
// word plus regular endings).
func parseSeq(s string, pattern bool) (dict.Seq, error) {
	sc := scanner{s: s, pattern: pattern}
	seq, err := sc.seq(0)
	if err != nil {
		return nil, err
	}
	if sc.i < len(sc.s) {
		return nil, fmt.Errorf("unexpected %q in %q", sc.s[sc.i], s)
	}
	return seq, nil
}

type scanner struct {
	s       string
	i       int
	pattern bool
}

func isWordByte(c byte) bool {
	switch c {
	case ' ', '\t', '_', '{', '}', '|', '=', '~', '*', '$', '+', '%', '^':
		return false
	}
	return true
}

// seq reads elements until end of input or a closing "}" / "|" at depth>0.
func (sc *scanner) seq(depth int) (dict.Seq, error) {
	var out dict.Seq
	gap := true
	for sc.i < len(sc.s) {
		c := sc.s[sc.i]
		switch {
		case c == ' ' || c == '\t':
			sc.i++
			gap = true
			continue
		case c == '_':
			sc.i++
			gap = false
			continue
		case c == '}' || c == '|':
			if depth == 0 {
				return nil, fmt.Errorf("unbalanced %q in %q", c, sc.s)
			}
			return out, nil
		case c == '{':
			sc.i++
			var alts []dict.Seq
			for {
				a, err := sc.seq(depth + 1)
				if err != nil {
					return nil, err
				}
				if len(a) > 0 {
					alts = append(alts, a)
				}
				if sc.i >= len(sc.s) {
					return nil, fmt.Errorf("unclosed { in %q", sc.s)
				}
				if sc.s[sc.i] == '}' {
					sc.i++
					break
				}
				sc.i++ // '|'
			}
			if len(alts) == 0 {
				return nil, fmt.Errorf("empty alternatives in %q", sc.s)
			}
			out = append(out, dict.Elem{Kind: dict.Alt, Alts: alts, Word: dict.Word{Gap: gap}})
		case c == '*' || c == '$' || c == '+' || c == '%' || c == '^':
			if !sc.pattern {
				return nil, fmt.Errorf("%q is only allowed in patterns: %q", c, sc.s)
			}
			sc.i++
			if sc.i < len(sc.s) && sc.s[sc.i] == '~' {
				sc.i++ // "*~_": the connector is what matters
			}
			k := map[byte]dict.ElemKind{'*': dict.VerbSlot, '$': dict.Source, '+': dict.Target, '%': dict.Compound, '^': dict.Skip}[c]
			out = append(out, dict.Elem{Kind: k, Word: dict.Word{Gap: gap}})
		case c == '&' && sc.pattern:
			j := sc.i + 1
			for j < len(sc.s) && isWordByte(sc.s[j]) {
				j++
			}
			if j == sc.i+1 {
				return nil, fmt.Errorf("empty synset name in %q", sc.s)
			}
			out = append(out, dict.Elem{Kind: dict.Synset, Name: strings.ToUpper(sc.s[sc.i+1 : j]), Word: dict.Word{Gap: gap}})
			sc.i = j
		case c == '=' || c == '~':
			return nil, fmt.Errorf("misplaced %q in %q", c, sc.s)
		default:
			j := sc.i
			for j < len(sc.s) && isWordByte(sc.s[j]) {
				j++
			}
			w := dict.Word{Text: strings.ToUpper(sc.s[sc.i:j]), Gap: gap, Match: dict.Stem}
			sc.i = j
			stem := false
			if sc.i < len(sc.s) && sc.s[sc.i] == '~' {
				stem = true
				sc.i++
			}
			if sc.i < len(sc.s) {
				switch sc.s[sc.i] {
				case '=':
					w.Match = dict.Exact
					sc.i++
				case '_':
					if !stem {
						// closed: a whole token. At the end of a phrase
						// it also admits the regular endings.
						w.Match = dict.Exact
						if !sc.pattern && sc.endsAfterUnderscore() {
							w.Match = dict.Noun
						}
					}
				}
			}
			out = append(out, dict.Elem{Kind: dict.Lit, Word: w})
		}
		gap = true
	}
	return out, nil
}

// endsAfterUnderscore reports whether the "_" at sc.i ends the phrase.
func (sc *scanner) endsAfterUnderscore() bool {
	return strings.TrimSpace(sc.s[sc.i+1:]) == ""
}
