package petrarch

import (
	"fmt"
	"strings"

	"github.com/dyadproject/dyad/dict"
	"github.com/dyadproject/dyad/dict/tabari"
)

// readAgents parses an agents file: substitution macros "!NAME! = A, B"
// and entries "PHRASE {PLURALS} [~CODE]" or "[CODE~]". Without braces the
// regular plural is added; "{}" adds none ("POLICE {}"); "{A B}" lists
// the plurals. A macro in a phrase ("CONGRESS!PERSON!") gives one phrase
// per value and no plurals, as PETRARCH does.
func readAgents(d *dict.Dictionary, file, data string, errs *dict.ErrorList) {
	macros := map[string][]string{}
	eachLine(data, func(n int, line string) {
		pos := dict.Pos{File: file, Line: n}
		t := strings.TrimSpace(line)
		if t[0] == '!' && strings.Contains(t, "=") && !strings.Contains(t, "[") {
			name, vals, err := macro(t)
			if err != nil {
				errs.Add(file, n, "%v", err)
				return
			}
			macros[name] = vals
			return
		}
		head, codes, err := tabari.SplitEntry(t)
		if err != nil {
			errs.Add(file, n, "%v", err)
			return
		}
		if len(codes) != 1 {
			errs.Add(file, n, "agent %q: want PHRASE [~CODE] or PHRASE [CODE~]", t)
			return
		}
		a, err := agentCode(codes[0])
		if err != nil {
			errs.Add(file, n, "%v", err)
			return
		}
		a.Pos = pos
		texts, err := agentPhrases(head, macros)
		if err != nil {
			errs.Add(file, n, "%v", err)
			return
		}
		for _, s := range texts {
			p, err := phrase(s, pos)
			if err != nil {
				errs.Add(file, n, "%v", err)
				return
			}
			a.Names = append(a.Names, p)
		}
		a.Name = a.Names[0].Text
		d.Agents = append(d.Agents, a)
	})
}

// macro reads "!NAME! = A, B, C".
func macro(t string) (string, []string, error) {
	lhs, rhs, ok := strings.Cut(t, "=")
	name := strings.TrimSpace(lhs)
	if !ok || len(name) < 3 || !strings.HasSuffix(name, "!") || strings.Count(name, "!") != 2 {
		return "", nil, fmt.Errorf("macro %q: want !NAME! = A, B, ...", t)
	}
	var vals []string
	for _, v := range strings.Split(rhs, ",") {
		if v = strings.Join(strings.Fields(v), ""); v != "" {
			vals = append(vals, strings.ToUpper(v))
		}
	}
	if len(vals) == 0 {
		return "", nil, fmt.Errorf("macro %s has no values", name)
	}
	return strings.ToUpper(name), vals, nil
}

// agentCode reads "~CODE" (after the actor code) or "CODE~" (before it).
func agentCode(s string) (dict.Agent, error) {
	c := strings.ToUpper(strings.Join(strings.Fields(s), ""))
	var a dict.Agent
	switch {
	case strings.HasPrefix(c, "~"):
		a.Code = c[1:]
	case strings.HasSuffix(c, "~"):
		a.Code, a.Before = c[:len(c)-1], true
	default:
		return a, fmt.Errorf("agent code [%s]: want ~CODE or CODE~", s)
	}
	if a.Code == "" || !tabari.ValidCode(a.Code) {
		return a, fmt.Errorf("bad agent code [%s]", s)
	}
	return a, nil
}

// agentPhrases expands an agent's phrase with its plurals and macros
// into the phrases it matches.
func agentPhrases(head string, macros map[string][]string) ([]string, error) {
	ph, plurals, braces := head, "", false
	if i := strings.IndexByte(head, '{'); i >= 0 {
		j := strings.IndexByte(head, '}')
		if j < i || strings.TrimSpace(head[j+1:]) != "" {
			return nil, fmt.Errorf("agent %q: want PHRASE {PLURAL ...}", head)
		}
		ph, plurals, braces = head[:i], head[i+1:j], true
	}
	ph = strings.TrimSpace(ph)
	if ph == "" {
		return nil, fmt.Errorf("agent %q: empty phrase", head)
	}
	if strings.Contains(ph, "!") {
		return expandMacros(ph, macros)
	}
	out := []string{ph}
	switch {
	case !braces:
		out = append(out, Plural(ph))
	default:
		out = append(out, strings.Fields(plurals)...)
	}
	return out, nil
}

// expandMacros substitutes every value of each "!NAME!" in s.
func expandMacros(s string, macros map[string][]string) ([]string, error) {
	i := strings.IndexByte(s, '!')
	if i < 0 {
		return []string{s}, nil
	}
	j := strings.IndexByte(s[i+1:], '!')
	if j < 0 {
		return nil, fmt.Errorf("unclosed macro in %q", s)
	}
	name := strings.ToUpper(s[i : i+j+2])
	vals, ok := macros[name]
	if !ok {
		return nil, fmt.Errorf("undefined macro %s in %q", name, s)
	}
	rest, err := expandMacros(s[i+j+2:], macros)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, v := range vals {
		for _, r := range rest {
			out = append(out, s[:i]+v+r)
		}
	}
	return out, nil
}

// Plural returns the regular plural of a phrase's last word, keeping the
// connectors around it: "FOREIGN_MINISTER" → "FOREIGN_MINISTERS",
// "CONGRESS" → "CONGRESSES", "AUTHORITY" → "AUTHORITIES". PETRARCH
// adds S, IES for a final Y and ES for a final SS; dyad also adds ES
// after S, X, Z, CH and SH and keeps a Y after a vowel (ATTORNEYS).
func Plural(ph string) string {
	end := len(ph)
	for end > 0 && (ph[end-1] == '_' || ph[end-1] == '=' || ph[end-1] == ' ') {
		end--
	}
	w, tail := strings.ToUpper(ph[:end]), ph[end:]
	switch {
	case w == "":
		return ph
	case strings.HasSuffix(w, "Y") && len(w) > 1 && !strings.ContainsRune("AEIOU", rune(w[len(w)-2])):
		return w[:len(w)-1] + "IES" + tail
	case strings.HasSuffix(w, "S"), strings.HasSuffix(w, "X"), strings.HasSuffix(w, "Z"),
		strings.HasSuffix(w, "CH"), strings.HasSuffix(w, "SH"):
		return w + "ES" + tail
	}
	return w + "S" + tail
}

// readDiscards parses a discards file. PETRARCH looks for a discard as a
// string in the text after a space: its words are adjacent, and its last
// word may go on ("BASEBALL" discards "baseballs") unless it ends in
// "_". A leading "+" discards the whole story in PETRARCH; dyad codes
// sentence by sentence, so it discards the sentence.
func readDiscards(d *dict.Dictionary, file, data string, errs *dict.ErrorList) {
	eachLine(data, func(n int, line string) {
		pos := dict.Pos{File: file, Line: n}
		t := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(line), "+"))
		p, err := tabari.ParsePhrase(t, pos)
		if err != nil {
			errs.Add(file, n, "%v", err)
			return
		}
		for i := range p.Words {
			w := &p.Words[i]
			w.Gap = w.Gap && i == 0
			if i < len(p.Words)-1 || w.Match != dict.Stem {
				w.Match = dict.Exact
			}
		}
		d.Discards = append(d.Discards, p)
	})
}
