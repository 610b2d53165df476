package petrarch

import (
	"fmt"
	"sort"
	"strings"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/dict"
	"github.com/dyadproject/dyad/dict/tabari"
)

// readActors parses an actors file: an entry line "PHRASE [CODE]" (the
// code is optional), synonym lines "+PHRASE", and date-restriction lines
// "[CODE DATES]", usually indented, that belong to the entry above.
func readActors(d *dict.Dictionary, file, data string, errs *dict.ErrorList) {
	ids := make(map[string]int, len(d.Actors))
	for _, a := range d.Actors {
		ids[a.ID]++
	}
	var cur *dict.Actor
	bad := false // the last entry line was malformed: skip its block quietly
	flush := func() {
		if cur == nil {
			return
		}
		// PETRARCH tries the date restrictions first and the undated
		// code last; the coder takes the first code valid at the date.
		sort.SliceStable(cur.Codes, func(i, j int) bool {
			return !undated(cur.Codes[i]) && undated(cur.Codes[j])
		})
		if !hasDefault(cur.Codes) {
			// PETRARCH: with no undated code and no restriction that
			// holds, the actor has the null code.
			cur.Codes = append(cur.Codes, dyad.DatedCode{Code: "---"})
		}
		d.Actors = append(d.Actors, *cur)
		cur = nil
	}
	eachLine(data, func(n int, line string) {
		pos := dict.Pos{File: file, Line: n}
		t := strings.TrimSpace(line)
		switch {
		case (t[0] == '+' || t[0] == '[') && cur == nil && bad:
			return
		case t[0] == '+':
			if cur == nil {
				errs.Add(file, n, "synonym %q before any actor", t)
				return
			}
			p, codes, ok := entry(t[1:], pos, errs)
			if !ok {
				return
			}
			cur.Names = append(cur.Names, p)
			addCodes(cur, codes, pos, errs)
		case t[0] == '[':
			if cur == nil {
				errs.Add(file, n, "code %q before any actor", t)
				return
			}
			_, codes, err := tabari.SplitEntry(t)
			if err != nil {
				errs.Add(file, n, "%v", err)
				return
			}
			addCodes(cur, codes, pos, errs)
		default:
			flush()
			p, codes, ok := entry(t, pos, errs)
			if bad = !ok; bad {
				return
			}
			cur = &dict.Actor{ID: uniqueID(ids, id(p.Text)), Name: p.Text, Names: []dict.Phrase{p}, Pos: pos}
			addCodes(cur, codes, pos, errs)
		}
	})
	flush()
}

// uniqueID returns id, or id with a number when an earlier actor has it:
// the Phoenix files list some phrases in more than one entry, and dyad's
// format needs unique IDs.
func uniqueID(ids map[string]int, id string) string {
	n := ids[id]
	ids[id]++
	for n > 0 {
		alt := fmt.Sprintf("%s_%d", id, n+1)
		if ids[alt] == 0 {
			ids[alt]++
			return alt
		}
		n++
	}
	return id
}

// entry reads "PHRASE [CODE]..." into a phrase with PETRARCH's
// whole-word matching and the bracket contents.
func entry(s string, pos dict.Pos, errs *dict.ErrorList) (dict.Phrase, []string, bool) {
	ph, codes, err := tabari.SplitEntry(s)
	if err != nil {
		errs.Add(pos.File, pos.Line, "%v", err)
		return dict.Phrase{}, nil, false
	}
	p, err := phrase(ph, pos)
	if err != nil {
		errs.Add(pos.File, pos.Line, "%v", err)
		return dict.Phrase{}, nil, false
	}
	return p, codes, true
}

// phrase reads a PETRARCH phrase. The syntax is TABARI's, but PETRARCH
// matches whole words only, so every word is Exact whether or not it
// ends in "_".
func phrase(s string, pos dict.Pos) (dict.Phrase, error) {
	if i := strings.IndexFunc(s, func(r rune) bool { return r < ' ' && r != '\t' || r == 0x7f }); i >= 0 {
		return dict.Phrase{}, fmt.Errorf("phrase %q: control character %U", s, s[i])
	}
	p, err := tabari.ParsePhrase(s, pos)
	if err != nil {
		return p, err
	}
	for i := range p.Words {
		p.Words[i].Match = dict.Exact
	}
	return p, nil
}

func undated(c dyad.DatedCode) bool { return c.From.IsZero() && c.To.IsZero() }

func hasDefault(cs []dyad.DatedCode) bool {
	for _, c := range cs {
		if undated(c) {
			return true
		}
	}
	return false
}

func addCodes(a *dict.Actor, codes []string, pos dict.Pos, errs *dict.ErrorList) {
	for _, c := range codes {
		dc, err := datedCode(c)
		if err != nil {
			errs.Add(pos.File, pos.Line, "%v", err)
			continue
		}
		a.Codes = append(a.Codes, dc)
	}
}

// datedCode reads "CODE", "CODE <DATE", "CODE >DATE" or "CODE
// DATE-DATE". Dates are YYMMDD or YYYYMMDD (they may be mixed in a
// range) and PETRARCH's bounds are inclusive: "<20080120" includes 20
// January 2008 and "20100109-20100112" includes both days. dyad's To is
// exclusive, so it is the day after.
func datedCode(s string) (dyad.DatedCode, error) {
	f := strings.Fields(s)
	if len(f) == 0 {
		return dyad.DatedCode{}, fmt.Errorf("empty code")
	}
	c := dyad.DatedCode{Code: strings.ToUpper(f[0])}
	if !tabari.ValidCode(c.Code) {
		return c, fmt.Errorf("bad actor code %q", f[0])
	}
	rest := strings.Join(f[1:], "")
	switch {
	case rest == "":
	case rest[0] == '<':
		to, err := date(rest[1:], s)
		if err != nil {
			return c, err
		}
		c.To = dyad.Day(to.Begin.AddDate(0, 0, 1))
	case rest[0] == '>':
		from, err := date(rest[1:], s)
		if err != nil {
			return c, err
		}
		c.From = from
	default:
		a, b, ok := strings.Cut(rest, "-")
		if !ok {
			return c, fmt.Errorf("code [%s]: want CODE <DATE, >DATE or DATE-DATE", s)
		}
		from, err := date(a, s)
		if err != nil {
			return c, err
		}
		to, err := date(b, s)
		if err != nil {
			return c, err
		}
		if to.Begin.Before(from.Begin) {
			return c, fmt.Errorf("code [%s]: the range ends before it begins", s)
		}
		c.From, c.To = from, dyad.Day(to.Begin.AddDate(0, 0, 1))
	}
	return c, nil
}

// date reads a YYMMDD or YYYYMMDD date; any other length (the Phoenix
// files have "2004017" and "201005011") is an error, since it cannot be
// read without guessing.
func date(s, code string) (dyad.Date, error) {
	d, err := tabari.ParseDate(s)
	if err != nil {
		return d, fmt.Errorf("code [%s]: %v", code, err)
	}
	return d, nil
}
