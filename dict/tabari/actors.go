package tabari

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/dict"
)

// lines yields the lines of a file with their numbers, stopping at a
// "~~FINISH" line. Comments after ";" are stripped.
func eachLine(data string, f func(n int, line string)) {
	n := 0
	for len(data) > 0 {
		n++
		var line string
		if i := strings.IndexByte(data, '\n'); i >= 0 {
			line, data = data[:i], data[i+1:]
		} else {
			line, data = data, ""
		}
		line = strings.TrimRight(line, "\r")
		if strings.HasPrefix(line, "~~") {
			return
		}
		f(n, line)
	}
}

// stripComment removes a ";" comment.
func stripComment(s string) string {
	if i := strings.IndexByte(s, ';'); i >= 0 {
		s = s[:i]
	}
	return s
}

// splitEntry splits "PHRASE [CODE] [CODE]" into the phrase and the bracket
// contents.
func splitEntry(s string) (phrase string, codes []string, err error) {
	i := strings.IndexByte(s, '[')
	if i < 0 {
		return strings.TrimSpace(s), nil, nil
	}
	phrase = strings.TrimSpace(s[:i])
	rest := s[i:]
	for {
		rest = strings.TrimSpace(rest)
		if rest == "" {
			return phrase, codes, nil
		}
		if rest[0] != '[' {
			return "", nil, fmt.Errorf("unexpected %q after code", rest)
		}
		j := strings.IndexByte(rest, ']')
		if j < 0 {
			return "", nil, fmt.Errorf("unclosed [ in %q", s)
		}
		codes = append(codes, strings.TrimSpace(rest[1:j]))
		rest = rest[j+1:]
	}
}

// parseDatedCode reads "CODE", "CODE <YYMMDD", "CODE >YYMMDD" or
// "CODE YYMMDD-YYMMDD" (inclusive range).
func parseDatedCode(s string) (dyad.DatedCode, error) {
	f := strings.Fields(s)
	if len(f) == 0 {
		return dyad.DatedCode{}, fmt.Errorf("empty code")
	}
	c := dyad.DatedCode{Code: strings.ToUpper(f[0])}
	if !validCode(c.Code) {
		return c, fmt.Errorf("bad actor code %q", f[0])
	}
	rest := strings.Join(f[1:], "")
	switch {
	case rest == "":
		return c, nil
	case rest[0] == '<':
		d, err := parseDate(rest[1:])
		if err != nil {
			return c, err
		}
		c.To = d
	case rest[0] == '>':
		d, err := parseDate(rest[1:])
		if err != nil {
			return c, err
		}
		c.From = dyad.Day(d.Begin.AddDate(0, 0, 1))
	default:
		a, b, ok := strings.Cut(rest, "-")
		if !ok {
			return c, fmt.Errorf("bad date restriction %q", rest)
		}
		da, err := parseDate(a)
		if err != nil {
			return c, err
		}
		db, err := parseDate(b)
		if err != nil {
			return c, err
		}
		c.From, c.To = da, dyad.Day(db.Begin.AddDate(0, 0, 1))
	}
	return c, nil
}

// validCode accepts CAMEO-like codes and TABARI's special codes.
func validCode(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '#' || c == '+' || c == '/' || c == '~' || c == '!' || c == '?' || c == ':') {
			return false
		}
	}
	return true
}

// parseDate reads YYMMDD (pivot: yy < 30 is 20yy) or YYYYMMDD.
func parseDate(s string) (dyad.Date, error) {
	s = strings.TrimSpace(s)
	if len(s) != 6 && len(s) != 8 {
		return dyad.Date{}, fmt.Errorf("bad date %q: want YYMMDD", s)
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 {
		return dyad.Date{}, fmt.Errorf("bad date %q: want YYMMDD", s)
	}
	var y, m, d int
	if len(s) == 6 {
		y, m, d = n/10000, n/100%100, n%100
		if y < 30 {
			y += 2000
		} else {
			y += 1900
		}
	} else {
		y, m, d = n/10000, n/100%100, n%100
	}
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return dyad.Date{}, fmt.Errorf("bad date %q", s)
	}
	return dyad.Day(time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)), nil
}

// readActors parses a .actors file.
func readActors(d *dict.Dictionary, file, data string, errs *dict.ErrorList) {
	section := "" // "", NOUN, ADJECTIVE
	var cur *dict.Actor
	flush := func() {
		if cur != nil {
			if len(cur.Codes) == 0 {
				errs.Add(file, cur.Pos.Line, "actor %q has no code", cur.Name)
			} else {
				d.Actors = append(d.Actors, *cur)
			}
			cur = nil
		}
	}
	eachLine(data, func(n int, raw string) {
		pos := dict.Pos{File: file, Line: n}
		line := stripComment(raw)
		t := strings.TrimSpace(line)
		if t == "" || strings.HasPrefix(t, "#") || strings.HasPrefix(t, "//") {
			return
		}
		switch strings.ToUpper(t) {
		case "<NOUN>", "<NOUNS>":
			flush()
			section = "NOUN"
			return
		case "<ADJECTIVE>", "<ADJECTIVES>":
			flush()
			section = "ADJECTIVE"
			return
		case "</NOUN>", "</NOUNS>", "</ADJECTIVE>", "</ADJECTIVES>":
			section = ""
			return
		}
		if section != "" {
			p, err := parsePhrase(t, pos)
			if err != nil {
				errs.Add(file, n, "%v", err)
				return
			}
			if section == "NOUN" {
				d.Nouns = append(d.Nouns, p)
			} else {
				d.Adjectives = append(d.Adjectives, p)
			}
			return
		}
		indented := line[0] == ' ' || line[0] == '\t'
		switch {
		case t[0] == '+':
			if cur == nil {
				errs.Add(file, n, "synonym %q outside an actor block", t)
				return
			}
			ph, codes, err := splitEntry(t[1:])
			if err != nil {
				errs.Add(file, n, "%v", err)
				return
			}
			p, err := parsePhrase(ph, pos)
			if err != nil {
				errs.Add(file, n, "%v", err)
				return
			}
			cur.Names = append(cur.Names, p)
			addCodes(cur, codes, file, n, errs)
		case t[0] == '[' && indented || t[0] == '[' && cur != nil:
			if cur == nil {
				errs.Add(file, n, "code %q outside an actor block", t)
				return
			}
			_, codes, err := splitEntry(t)
			if err != nil {
				errs.Add(file, n, "%v", err)
				return
			}
			addCodes(cur, codes, file, n, errs)
		default:
			flush()
			ph, codes, err := splitEntry(t)
			if err != nil {
				errs.Add(file, n, "%v", err)
				return
			}
			p, err := parsePhrase(ph, pos)
			if err != nil {
				errs.Add(file, n, "%v", err)
				return
			}
			cur = &dict.Actor{ID: p.Text, Name: p.Text, Names: []dict.Phrase{p}, Pos: pos}
			addCodes(cur, codes, file, n, errs)
		}
	})
	flush()
}

func addCodes(a *dict.Actor, codes []string, file string, n int, errs *dict.ErrorList) {
	for _, c := range codes {
		dc, err := parseDatedCode(c)
		if err != nil {
			errs.Add(file, n, "%v", err)
			continue
		}
		a.Codes = append(a.Codes, dc)
	}
}

// readAgents parses a .agents file: "PHRASE [~CODE]" or "PHRASE [CODE~]".
func readAgents(d *dict.Dictionary, file, data string, errs *dict.ErrorList) {
	eachLine(data, func(n int, raw string) {
		t := strings.TrimSpace(stripComment(raw))
		if t == "" || strings.HasPrefix(t, "#") || strings.HasPrefix(t, "//") {
			return
		}
		pos := dict.Pos{File: file, Line: n}
		ph, codes, err := splitEntry(t)
		if err != nil {
			errs.Add(file, n, "%v", err)
			return
		}
		if len(codes) != 1 {
			errs.Add(file, n, "agent %q: want one [~CODE] or [CODE~]", ph)
			return
		}
		code := strings.ToUpper(strings.ReplaceAll(codes[0], " ", ""))
		a := dict.Agent{Pos: pos}
		switch {
		case strings.HasPrefix(code, "~"):
			a.Code = code[1:]
		case strings.HasSuffix(code, "~"):
			a.Code, a.Before = code[:len(code)-1], true
		default:
			errs.Add(file, n, "agent code %q: want ~CODE or CODE~", codes[0])
			return
		}
		if !validCode(a.Code) {
			errs.Add(file, n, "bad agent code %q", codes[0])
			return
		}
		p, err := parsePhrase(ph, pos)
		if err != nil {
			errs.Add(file, n, "%v", err)
			return
		}
		a.Name = p.Text
		a.Names = []dict.Phrase{p}
		d.Agents = append(d.Agents, a)
	})
}
