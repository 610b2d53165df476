package petrarch

import (
	"fmt"
	"strings"

	"github.com/dyadproject/dyad/dict"
	"github.com/dyadproject/dyad/dict/tabari"
)

// block is one PETRARCH-1 verb block: "--- NAME [code] ---", its verb
// forms and its patterns.
type block struct {
	name     string
	code     string
	pos      dict.Pos
	groups   []group // forms by code; the first has the block's code
	patterns []dict.Pattern
}

// group is verb forms that share a code. A form line with its own code
// ("EXPRESS [0110]") becomes its own dict.Verb with the block's patterns.
type group struct {
	id    string
	code  string
	pos   dict.Pos
	forms []dict.Phrase
}

// readVerbs parses a PETRARCH-1 verbs file (PETR.Validate.verbs.txt,
// CAMEO.verbpatterns.*): synsets ("&NAME" and "+MEMBER" lines) and verb
// blocks. A block opens with "--- NAME [code] ---"; verb lines are
// "WORD", "WORD {FORMS}", "WORD [code]" or multi-word "RE_+ADMIT" /
// "+SHOOT_DOWN {+SHOT_DOWN}", where "+" marks the verb word; pattern
// lines are "- PATTERN [code]". Without braces the regular forms are
// generated (see Forms); "{}" means the word has no other forms.
func readVerbs(d *dict.Dictionary, file, data string, errs *dict.ErrorList) {
	var cur *block
	synset, plurals := "", false
	seen := map[string]int{} // verb lemma → index in d.Verbs
	flush := func() {
		if cur == nil {
			return
		}
		for _, g := range cur.groups {
			if len(g.forms) == 0 {
				continue
			}
			lemma := strings.ToUpper(g.forms[0].Text)
			if modal(lemma) {
				continue
			}
			if i, ok := seen[lemma]; ok {
				merge(&d.Verbs[i], g, cur.patterns)
				continue
			}
			seen[lemma] = len(d.Verbs)
			d.Verbs = append(d.Verbs, dict.Verb{ID: g.id, Code: g.code, Forms: g.forms, Patterns: cur.patterns, Pos: g.pos})
		}
		cur = nil
	}
	eachLine(data, func(n int, line string) {
		pos := dict.Pos{File: file, Line: n}
		t := strings.TrimSpace(line)
		switch {
		case strings.HasPrefix(t, "---"):
			flush()
			synset = ""
			b, err := header(t, pos)
			if err != nil {
				errs.Add(file, n, "%v", err)
				return
			}
			cur = b
		case t[0] == '&':
			name := strings.ToUpper(strings.TrimSpace(t[1:]))
			plurals = !strings.HasSuffix(name, "_")
			name = strings.TrimRight(name, "_")
			if name == "" || strings.ContainsAny(name, " \t&{}[]") {
				errs.Add(file, n, "bad synset name %q", t)
				synset = ""
				return
			}
			synset = name
			if _, ok := d.Synsets[name]; !ok {
				d.Synsets[name] = nil
			}
		case t[0] == '+' && synset != "":
			seqs, err := member(t[1:], plurals)
			if err != nil {
				errs.Add(file, n, "synset member %q: %v", t, err)
				return
			}
			d.Synsets[synset] = append(d.Synsets[synset], seqs...)
		case t[0] == '-':
			synset = ""
			if cur == nil {
				errs.Add(file, n, "pattern %q before any verb block", t)
				return
			}
			p, skip, err := pattern(t[1:], pos)
			if err != nil {
				errs.Add(file, n, "%v", err)
				return
			}
			if !skip {
				cur.patterns = append(cur.patterns, p)
			}
		default:
			synset = ""
			if cur == nil {
				errs.Add(file, n, "verb %q before any --- NAME [code] --- block", t)
				return
			}
			if err := cur.addForms(t, pos); err != nil {
				errs.Add(file, n, "%v", err)
			}
		}
	})
	flush()
}

// modal reports whether w is a modal. Modals are never verbs to PETRARCH: the parser tags them MD, and
// PETRARCH codes only words tagged as verbs. dyad's coder has no parse,
// so a modal verb entry (the test dictionary's SHOULD) is left out.
func modal(w string) bool {
	switch w {
	case "CAN", "COULD", "MAY", "MIGHT", "MUST", "OUGHT", "SHALL", "SHOULD", "WILL", "WOULD":
		return true
	}
	return false
}

// merge adds a later block's entry for a verb already defined: PETRARCH
// keeps one entry per verb, so the patterns of both blocks apply. The
// first block's code stays unless it is the null code "---".
func merge(v *dict.Verb, g group, patterns []dict.Pattern) {
	v.Patterns = append(v.Patterns[:len(v.Patterns):len(v.Patterns)], patterns...)
	if v.Code == "---" {
		v.Code = g.code
	}
	have := map[string]bool{}
	for _, f := range v.Forms {
		have[f.Text] = true
	}
	for _, f := range g.forms {
		if !have[f.Text] {
			v.Forms = append(v.Forms, f)
		}
	}
}

// header reads "--- NAME [code] ---"; a missing code is "---". A
// header with more codes ("--- DELAY [191] [031:031] ---") takes the
// first, as PETRARCH-1 does.
func header(t string, pos dict.Pos) (*block, error) {
	body := strings.TrimSpace(strings.Trim(t, "-"))
	name, codes, err := tabari.SplitEntry(body)
	if err != nil || name == "" {
		return nil, fmt.Errorf("verb block %q: want --- NAME [code] ---", t)
	}
	code := "---"
	if len(codes) > 0 {
		if code, err = eventCode(codes[0]); err != nil {
			return nil, err
		}
	}
	id := id(name)
	return &block{name: id, code: code, pos: pos, groups: []group{{id: id, code: code, pos: pos}}}, nil
}

// id makes an entry ID from a phrase: upper case, "_" for spaces and
// for the characters dyad's format keeps out of IDs ("W&T" → "W_T").
func id(s string) string {
	s = strings.Map(func(r rune) rune {
		if strings.ContainsRune("#|{}&", r) {
			return '_'
		}
		return r
	}, s)
	return strings.ToUpper(strings.Join(strings.Fields(strings.TrimRight(s, "_ ")), "_"))
}

// eventCode checks an event code such as 042, 0874, 174K, 013:012, ---.
func eventCode(s string) (string, error) {
	c := strings.ToUpper(strings.TrimSpace(s))
	if c == "" || !tabari.ValidCode(c) || strings.Count(c, ":") > 1 {
		return "", fmt.Errorf("bad event code %q", s)
	}
	return c, nil
}

// addForms reads a verb line into the block: its forms and its own code.
func (b *block) addForms(t string, pos dict.Pos) error {
	// The forms come before the code ("BAN {BANS BANNED} [191]"), and
	// now and then after it ("SNUB [111] {SNUBS}").
	rest, irregular, braces := t, "", false
	if i := strings.IndexByte(t, '{'); i >= 0 {
		j := strings.IndexByte(t, '}')
		if j < i {
			return fmt.Errorf("verb %q: want WORD {FORM ...} [code]", t)
		}
		rest, irregular, braces = t[:i]+" "+t[j+1:], t[i+1:j], true
	}
	word, codes, err := tabari.SplitEntry(rest)
	if err != nil {
		return err
	}
	if len(codes) > 1 {
		return fmt.Errorf("verb %q: want one [code]", t)
	}
	word = strings.TrimSpace(word)
	if word == "" {
		return fmt.Errorf("verb %q: no verb", t)
	}
	var texts []string
	if braces {
		texts = append([]string{word}, strings.Fields(irregular)...)
	} else {
		texts = Forms(word)
	}
	g := &b.groups[0]
	if len(codes) == 1 {
		code, err := eventCode(codes[0])
		if err != nil {
			return err
		}
		b.groups = append(b.groups, group{id: b.name + "/" + id(strings.ReplaceAll(word, "+", "")), code: code, pos: pos})
		g = &b.groups[len(b.groups)-1]
	}
	for _, s := range texts {
		p, err := verbPhrase(s, pos)
		if err != nil {
			return err
		}
		g.forms = append(g.forms, p)
	}
	return nil
}

// verbPhrase reads a verb form; its words are adjacent whole words.
func verbPhrase(s string, pos dict.Pos) (dict.Phrase, error) {
	p, err := phrase(strings.ReplaceAll(s, "+", ""), pos)
	if err != nil {
		return p, err
	}
	for i := range p.Words {
		p.Words[i].Gap = p.Words[i].Gap && i == 0
	}
	p.Text = strings.TrimSpace(s)
	return p, nil
}

// Forms returns a verb and its regular forms, as PETRARCH-1 generates
// them when no forms are given in braces: the third person (S, ES after
// S, X, Z, CH, SH and O, IES after a consonant and Y), the past (D after
// E, IED, ED) and the participle (ING, dropping a final E). A one-syllable
// verb ending in consonant-vowel-consonant also gets the doubled forms
// (BAN: BANNED, BANNING). In a multi-word verb the word after "+" is
// inflected ("RE_+ADMIT" → "RE_+ADMITS" ...), else the first word.
func Forms(verb string) []string {
	w := strings.ToUpper(verb)
	start := strings.IndexByte(w, '+') + 1
	end := start
	for end < len(w) && w[end] != '_' && w[end] != ' ' {
		end++
	}
	pre, root, post := w[:start], w[start:end], w[end:]
	if root == "" {
		return []string{w}
	}
	out := []string{w}
	add := func(s string) { out = append(out, pre+s+post) }
	last := root[len(root)-1]
	vowel := func(c byte) bool { return strings.IndexByte("AEIOU", c) >= 0 }
	consY := last == 'Y' && len(root) > 1 && !vowel(root[len(root)-2])
	switch {
	case consY:
		add(root[:len(root)-1] + "IES")
	case strings.HasSuffix(root, "S"), strings.HasSuffix(root, "X"), strings.HasSuffix(root, "Z"),
		strings.HasSuffix(root, "CH"), strings.HasSuffix(root, "SH"), strings.HasSuffix(root, "O"):
		add(root + "ES")
	default:
		add(root + "S")
	}
	switch {
	case last == 'E':
		add(root + "D")
		if strings.HasSuffix(root, "EE") || strings.HasSuffix(root, "YE") || strings.HasSuffix(root, "IE") {
			add(root + "ING")
		} else {
			add(root[:len(root)-1] + "ING")
		}
	case consY:
		add(root[:len(root)-1] + "IED")
		add(root + "ING")
	default:
		add(root + "ED")
		add(root + "ING")
		if doubles(root) {
			add(root + string(last) + "ED")
			add(root + string(last) + "ING")
		}
	}
	return out
}

// doubles reports whether a one-syllable verb ends in
// consonant-vowel-consonant (not W, X or Y), so that its final
// consonant doubles: STOP, BAN, PLAN.
func doubles(w string) bool {
	n := len(w)
	if n < 3 || strings.IndexByte("WXY", w[n-1]) >= 0 {
		return false
	}
	v := func(c byte) bool { return strings.IndexByte("AEIOU", c) >= 0 }
	if v(w[n-1]) || !v(w[n-2]) || v(w[n-3]) {
		return false
	}
	groups := 0
	for i := 0; i < n; i++ {
		if v(w[i]) && (i == 0 || !v(w[i-1])) {
			groups++
		}
	}
	return groups == 1
}

// pattern reads "- PATTERN [code]". Words are whole words. Patterns with
// "{...|...}" alternatives are skipped (skip true), as PETRARCH-1 skips
// them.
func pattern(s string, pos dict.Pos) (p dict.Pattern, skip bool, err error) {
	body, codes, err := tabari.SplitEntry(s)
	if err != nil {
		return p, false, err
	}
	if len(codes) != 1 {
		return p, false, fmt.Errorf("pattern %q: want - PATTERN [code]", strings.TrimSpace(s))
	}
	if strings.ContainsAny(body, "{|}") {
		return p, true, nil
	}
	code, err := eventCode(codes[0])
	if err != nil {
		return p, false, err
	}
	seq, err := tabari.ParsePattern(body)
	if err != nil {
		return p, false, err
	}
	seq = joinContractions(seq)
	stars := 0
	for i := range seq {
		switch seq[i].Kind {
		case dict.VerbSlot:
			stars++
		case dict.Lit:
			seq[i].Word.Match = dict.Exact
		}
	}
	if stars != 1 {
		return p, false, fmt.Errorf("pattern %q: want exactly one *", strings.TrimSpace(body))
	}
	return dict.Pattern{Code: code, Seq: seq, Text: strings.TrimSpace(body), Pos: pos}, false, nil
}

// member reads a synset member. Its words are adjacent whole words, and
// unless the synset's name ends in "_" the regular plural of a member
// that ends in a plain word is a member too (PETRARCH's rule).
func member(s string, plurals bool) ([]dict.Seq, error) {
	seq, err := tabari.ParsePattern(s)
	if err != nil {
		return nil, err
	}
	if len(seq) == 0 {
		return nil, fmt.Errorf("empty member")
	}
	seq = joinContractions(seq)
	closed := strings.HasSuffix(strings.TrimSpace(s), "_")
	for i := range seq {
		e := &seq[i]
		switch e.Kind {
		case dict.Lit:
			e.Word.Match = dict.Exact
		case dict.Synset:
		default:
			return nil, fmt.Errorf("only words and synsets are allowed")
		}
		e.Word.Gap = e.Word.Gap && i == 0
	}
	out := []dict.Seq{seq}
	if last := seq[len(seq)-1]; plurals && !closed && last.Kind == dict.Lit {
		pl := append(dict.Seq(nil), seq...)
		pl[len(pl)-1].Word.Text = Plural(last.Word.Text)
		out = append(out, pl)
	}
	return out, nil
}

// joinContractions joins Treebank's split contractions ("DID N'T", "WO
// N'T") into the single tokens dyad's segmenter keeps ("DIDN'T").
func joinContractions(seq dict.Seq) dict.Seq {
	out := seq[:0]
	for _, e := range seq {
		if n := len(out); n > 0 && e.Kind == dict.Lit && out[n-1].Kind == dict.Lit &&
			e.Word.Text == "N'T" {
			out[n-1].Word.Text += e.Word.Text
			out[n-1].Word.Match = dict.Exact
			continue
		}
		out = append(out, e)
	}
	return out
}
