package tabari

import (
	"fmt"
	"strings"

	"github.com/dyadproject/dyad/dict"
)

// readVerbs parses a .verbs file: an optional <SYNSETS> section, an
// optional <TIME> section, then verb entries ("VERB [code]"), their
// irregular forms ("{ FORM FORM }") and patterns ("- pattern [code]").
func readVerbs(d *dict.Dictionary, file, data string, errs *dict.ErrorList) {
	section := ""
	synset := ""
	var cur *dict.Verb
	flush := func() {
		if cur != nil {
			d.Verbs = append(d.Verbs, *cur)
			cur = nil
		}
	}
	eachLine(data, func(n int, raw string) {
		pos := dict.Pos{File: file, Line: n}
		t := strings.TrimSpace(stripComment(raw))
		if t == "" || strings.HasPrefix(t, "#") || strings.HasPrefix(t, "//") {
			return
		}
		switch up := strings.ToUpper(t); up {
		case "<SYNSETS>", "<TIME>":
			flush()
			section = strings.Trim(up, "<>")
			return
		case "</SYNSETS>", "</TIME>":
			section, synset = "", ""
			return
		}
		switch section {
		case "SYNSETS":
			switch t[0] {
			case '&':
				synset = strings.ToUpper(strings.TrimSpace(t[1:]))
				if synset == "" || strings.ContainsAny(synset, " _") {
					errs.Add(file, n, "bad synset name %q", t)
					synset = ""
					return
				}
				if d.Synsets == nil {
					d.Synsets = map[string][]dict.Seq{}
				}
				if _, ok := d.Synsets[synset]; !ok {
					d.Synsets[synset] = nil
				}
			case '+':
				if synset == "" {
					errs.Add(file, n, "synset member %q outside a synset", t)
					return
				}
				seq, err := parseSeq(strings.TrimSpace(t[1:]), true)
				if err != nil || len(seq) == 0 {
					errs.Add(file, n, "synset member %q: %v", t, err)
					return
				}
				d.Synsets[synset] = append(d.Synsets[synset], seq)
			default:
				errs.Add(file, n, "unexpected line %q in <SYNSETS>", t)
			}
			return
		case "TIME":
			// Time-shift phrases move the event date; only their discard
			// and complex codes change what is coded.
			if t[0] == '-' {
				return
			}
			ph, codes, err := splitEntry(t)
			if err != nil || len(codes) != 1 {
				errs.Add(file, n, "time phrase %q: want PHRASE [shift]", t)
				return
			}
			p, err := parsePhrase(ph, pos)
			if err != nil {
				errs.Add(file, n, "%v", err)
				return
			}
			switch strings.TrimSpace(codes[0]) {
			case "###":
				d.Discards = append(d.Discards, p)
			case "+++":
				d.Complex = append(d.Complex, p)
			}
			return
		}
		switch t[0] {
		case '-':
			if cur == nil {
				errs.Add(file, n, "pattern %q before any verb", t)
				return
			}
			body, codes, err := splitEntry(t[1:])
			if err != nil || len(codes) != 1 {
				errs.Add(file, n, "pattern %q: want - PATTERN [code]", t)
				return
			}
			code, err := eventCode(codes[0])
			if err != nil {
				errs.Add(file, n, "%v", err)
				return
			}
			seq, err := parseSeq(body, true)
			if err != nil {
				errs.Add(file, n, "%v", err)
				return
			}
			nslot := 0
			for _, e := range seq {
				if e.Kind == dict.VerbSlot {
					nslot++
				}
			}
			if nslot != 1 {
				errs.Add(file, n, "pattern %q: want exactly one *", body)
				return
			}
			cur.Patterns = append(cur.Patterns, dict.Pattern{Code: code, Seq: seq, Text: strings.TrimSpace(body), Pos: pos})
		case '{':
			if cur == nil {
				errs.Add(file, n, "verb forms %q before any verb", t)
				return
			}
			inner := strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(t, "{"), "}"))
			if !strings.HasSuffix(t, "}") {
				errs.Add(file, n, "unclosed { in %q", t)
				return
			}
			for _, f := range strings.Fields(inner) {
				p, err := parsePhrase(f, pos)
				if err != nil {
					errs.Add(file, n, "%v", err)
					continue
				}
				cur.Forms = append(cur.Forms, p)
			}
		default:
			flush()
			ph, codes, err := splitEntry(t)
			if err != nil || len(codes) != 1 || ph == "" {
				errs.Add(file, n, "verb %q: want VERB [code]", t)
				return
			}
			code, err := eventCode(codes[0])
			if err != nil {
				errs.Add(file, n, "%v", err)
				return
			}
			p, err := parsePhrase(ph, pos)
			if err != nil {
				errs.Add(file, n, "%v", err)
				return
			}
			cur = &dict.Verb{ID: p.Text, Code: code, Forms: []dict.Phrase{p}, Pos: pos}
		}
	})
	flush()
}

// eventCode checks an event code: digits or letters, "---", "###", "+++",
// paired "A:B", with an optional "!" (dominant) or "?" (subordinate).
func eventCode(s string) (string, error) {
	c := strings.ToUpper(strings.TrimSpace(s))
	if c == "" || !validCode(c) || strings.Count(c, ":") > 1 {
		return "", fmt.Errorf("bad event code %q", s)
	}
	return c, nil
}
