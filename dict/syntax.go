package dict

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file holds the syntax of words, phrases, patterns, codes and dates
// shared by the parser and the writer. The writer formats a value and then
// parses the result back with these same functions, so whatever it writes
// reads back to the same value or is reported as an error.

// parseWord parses one phrase word: WORD (Noun), WORD= (Exact), WORD* or
// a final hyphen WORD- (Stem).
func parseWord(s string) (Word, error) {
	w := Word{Match: Noun}
	switch {
	case strings.HasSuffix(s, "="):
		w.Match, s = Exact, s[:len(s)-1]
	case strings.HasSuffix(s, "*"):
		w.Match, s = Stem, s[:len(s)-1]
	case len(s) > 1 && strings.HasSuffix(s, "-"):
		w.Match = Stem
	}
	if s == "" {
		return w, errors.New("empty word")
	}
	if s == "#" && w.Match == Noun {
		// Written back between spaces it would start a comment.
		return w, errors.New(`a word cannot be "#"; write "#="`)
	}
	w.Text = strings.ToUpper(s)
	return w, nil
}

// formatWord is the inverse of parseWord, without the gap.
func formatWord(w Word) string {
	switch w.Match {
	case Exact:
		return w.Text + "="
	case Stem:
		if len(w.Text) > 1 && strings.HasSuffix(w.Text, "-") {
			return w.Text
		}
		return w.Text + "*"
	}
	return w.Text
}

// parsePhrase parses words separated by spaces; ".." between two words lets
// other tokens come between them.
func parsePhrase(s string) ([]Word, error) {
	words := make([]Word, 0, strings.Count(s, " ")+1)
	gap := false
	for f := range strings.FieldsSeq(s) {
		if f == ".." {
			if gap {
				return nil, errors.New(`repeated ".."`)
			}
			gap = true
			continue
		}
		w, err := parseWord(f)
		if err != nil {
			return nil, fmt.Errorf("word %q: %w", f, err)
		}
		w.Gap, gap = gap, false
		words = append(words, w)
	}
	if gap {
		return nil, errors.New(`".." must come before a word`)
	}
	if len(words) == 0 {
		return nil, errors.New("empty phrase")
	}
	return words, nil
}

// formatPhrase writes a phrase: its own text when that reads back to the
// same words, so that a written dictionary keeps its authors' spelling.
func formatPhrase(p Phrase) (string, error) {
	if p.Text != "" && safeItem(p.Text) {
		if ws, err := parsePhrase(p.Text); err == nil && wordsEqual(ws, p.Words) {
			return strings.TrimSpace(p.Text), nil
		}
	}
	var b strings.Builder
	for i, w := range p.Words {
		if i > 0 {
			b.WriteByte(' ')
		}
		if w.Gap {
			b.WriteString(".. ")
		}
		b.WriteString(formatWord(w))
	}
	s := b.String()
	if ws, err := parsePhrase(s); err != nil || !safeItem(s) || !wordsEqual(ws, p.Words) {
		return "", fmt.Errorf("phrase %q cannot be written in dyad's format", s)
	}
	return s, nil
}

func wordsEqual(a, b []Word) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// safeText reports whether s survives in the middle of a line of a
// dictionary file, after white space: one line, no comment, no
// surrounding space. The writer never starts a line with a value.
func safeText(s string) bool {
	return utf8.ValidString(s) && strings.IndexFunc(s, isControl) < 0 &&
		stripComment("x "+s) == "x "+s && strings.TrimSpace(s) == s
}

// safeItem is safeText for an item of a |-separated list.
func safeItem(s string) bool { return safeText(s) && !strings.Contains(s, "|") }

// stripComment removes a comment: # first on the line, or # after white
// space and before white space or the end of the line. A # inside a
// word or code ("C#", "###") is text.
func stripComment(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] != '#' {
			continue
		}
		first := strings.TrimLeft(s[:i], " \t") == ""
		if first || isBlank(s[i-1]) && (i+1 == len(s) || isBlank(s[i+1])) {
			return strings.TrimRightFunc(s[:i], unicode.IsSpace)
		}
	}
	return s
}

func isBlank(c byte) bool { return c == ' ' || c == '\t' }

// patternTokens splits a pattern into tokens: white space separates them,
// and the braces and bars of alternatives are tokens of their own.
func patternTokens(s string) []string {
	toks := make([]string, 0, strings.Count(s, " ")+1)
	for f := range strings.FieldsSeq(s) {
		for f != "" {
			i := strings.IndexAny(f, "{|}")
			switch {
			case i < 0:
				toks, f = append(toks, f), ""
			case i > 0:
				toks, f = append(toks, f[:i]), f[i:]
			default:
				toks, f = append(toks, f[:1]), f[1:]
			}
		}
	}
	return toks
}

// seqParser parses pattern tokens by recursive descent.
type seqParser struct {
	toks  []string
	i     int
	depth int
}

// parseSeq parses a whole pattern.
func parseSeq(s string) (Seq, error) {
	p := &seqParser{toks: patternTokens(s)}
	seq, err := p.seq()
	if err != nil {
		return nil, err
	}
	if p.i < len(p.toks) {
		if p.toks[p.i] == "|" {
			return nil, errors.New(`"|" outside { }`)
		}
		return nil, errors.New(`unbalanced "}"`)
	}
	if len(seq) == 0 {
		return nil, errors.New("empty pattern")
	}
	return seq, nil
}

// parseAlts parses |-separated alternatives filling a whole line, as the
// member lines of a synset are.
func parseAlts(s string) ([]Seq, error) {
	p := &seqParser{toks: patternTokens(s)}
	alts, err := p.alts()
	if err != nil {
		return nil, err
	}
	if p.i < len(p.toks) {
		return nil, errors.New(`unbalanced "}"`)
	}
	return alts, nil
}

// alts parses seq { "|" seq } up to a "}" or the end.
func (p *seqParser) alts() ([]Seq, error) {
	var alts []Seq
	for {
		seq, err := p.seq()
		if err != nil {
			return nil, err
		}
		if len(seq) == 0 {
			return nil, errors.New("empty alternative")
		}
		alts = append(alts, seq)
		if p.i < len(p.toks) && p.toks[p.i] == "|" {
			p.i++
			continue
		}
		return alts, nil
	}
}

// seq parses elements up to a "|", a "}" or the end.
func (p *seqParser) seq() (Seq, error) {
	seq := make(Seq, 0, min(len(p.toks)-p.i, 8))
	gap := false
	for p.i < len(p.toks) {
		t := p.toks[p.i]
		if t == "|" || t == "}" {
			break
		}
		p.i++
		if t == ".." {
			if gap {
				return nil, errors.New(`repeated ".."`)
			}
			gap = true
			continue
		}
		var e Elem
		switch t {
		case "*":
			e.Kind = VerbSlot
		case "$":
			e.Kind = Source
		case "+":
			e.Kind = Target
		case "%":
			e.Kind = Compound
		case "^":
			e.Kind = Skip
		case "{":
			if p.depth >= 20 {
				return nil, errors.New("alternatives nested too deep")
			}
			p.depth++
			alts, err := p.alts()
			p.depth--
			if err != nil {
				return nil, err
			}
			if p.i >= len(p.toks) || p.toks[p.i] != "}" {
				return nil, errors.New(`unbalanced "{": missing "}"`)
			}
			p.i++
			e.Kind, e.Alts = Alt, alts
		default:
			if name, ok := strings.CutPrefix(t, "&"); ok {
				if !validName(name) {
					return nil, fmt.Errorf("synset reference %q: want &NAME with letters, digits and _", t)
				}
				e.Kind, e.Name = Synset, strings.ToUpper(name)
				break
			}
			w, err := parseWord(t)
			if err != nil {
				return nil, fmt.Errorf("word %q: %w", t, err)
			}
			e.Word = w
		}
		e.Word.Gap, gap = gap, false
		seq = append(seq, e)
	}
	if gap {
		return nil, errors.New(`".." must come before an element`)
	}
	return seq, nil
}

// formatSeq is the inverse of parseSeq.
func formatSeq(s Seq) string {
	var b strings.Builder
	writeSeq(&b, s)
	return b.String()
}

func writeSeq(b *strings.Builder, s Seq) {
	for i, e := range s {
		if i > 0 {
			b.WriteByte(' ')
		}
		if e.Word.Gap {
			b.WriteString(".. ")
		}
		switch e.Kind {
		case Lit:
			b.WriteString(formatWord(e.Word))
		case VerbSlot:
			b.WriteByte('*')
		case Source:
			b.WriteByte('$')
		case Target:
			b.WriteByte('+')
		case Compound:
			b.WriteByte('%')
		case Skip:
			b.WriteByte('^')
		case Synset:
			b.WriteString("&" + e.Name)
		case Alt:
			b.WriteString("{ ")
			for j, a := range e.Alts {
				if j > 0 {
					b.WriteString(" | ")
				}
				writeSeq(b, a)
			}
			b.WriteString(" }")
		default:
			fmt.Fprintf(b, "?%d", e.Kind)
		}
	}
}

// seqsEqual compares sequences by what they match; unused fields (the
// word of a slot, the alternatives of a word) do not count.
func seqsEqual(a, b Seq) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !elemsEqual(a[i], b[i]) {
			return false
		}
	}
	return true
}

func elemsEqual(a, b Elem) bool {
	if a.Kind != b.Kind || a.Word.Gap != b.Word.Gap {
		return false
	}
	switch a.Kind {
	case Lit:
		return a.Word == b.Word
	case Synset:
		return a.Name == b.Name
	case Alt:
		if len(a.Alts) != len(b.Alts) {
			return false
		}
		for i := range a.Alts {
			if !seqsEqual(a.Alts[i], b.Alts[i]) {
				return false
			}
		}
	}
	return true
}

// validName reports whether s is a synset or option name: letters, digits
// and underscores.
func validName(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '_' {
			return false
		}
	}
	return true
}

// validID reports whether s is an actor or verb ID: one upper-case word.
func validID(s string) bool {
	if s == "" || !utf8.ValidString(s) || strings.ContainsAny(s, "#|{}&") {
		return false
	}
	for _, r := range s {
		if unicode.IsSpace(r) || unicode.IsLower(r) {
			return false
		}
	}
	return true
}
