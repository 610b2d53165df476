package dict

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"
)

// Write writes d into the folder dir in dyad's format, one file per kind
// that d has entries of: dyad.actors, dyad.agents, dyad.verbs,
// dyad.synsets, dyad.discards and options. ParseDir reads it back to the
// same Dictionary, apart from positions and file names.
//
// A value the format cannot express (a word holding "|", an ID with
// spaces, a date made by hand) is an error naming the value and where it
// came from; the error is an ErrorList and the rest is still written.
func Write(dir string, d *Dictionary) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("write dictionary: %w", err)
	}
	var errs ErrorList
	for _, kind := range kinds {
		if !has(d, kind) {
			continue
		}
		name := "dyad." + kind
		if kind == "options" {
			name = kind
		}
		path := filepath.Join(dir, name)
		f, err := os.Create(path)
		if err != nil {
			return fmt.Errorf("write dictionary: %w", err)
		}
		err = Encode(f, kind, d)
		if cerr := f.Close(); err == nil && cerr != nil {
			err = cerr
		}
		var list ErrorList
		switch {
		case errors.As(err, &list):
			errs = append(errs, list...)
		case err != nil:
			return fmt.Errorf("write dictionary %s: %w", path, err)
		}
	}
	return errs.Err()
}

// has reports whether d has entries of a kind.
func has(d *Dictionary, kind string) bool {
	switch kind {
	case "actors":
		return len(d.Actors) > 0
	case "agents":
		return len(d.Agents) > 0
	case "verbs":
		return len(d.Verbs) > 0
	case "synsets":
		return len(d.Synsets) > 0
	case "discards":
		return len(d.Discards)+len(d.Complex)+len(d.Nouns)+len(d.Adjectives) > 0
	case "options":
		return len(d.Options) > 0
	}
	return false
}

// Encode writes the entries of d that a file of the given kind holds (see
// Kind) to w. Values the format cannot express are reported as an
// ErrorList; I/O errors are returned as they are.
func Encode(w io.Writer, kind string, d *Dictionary) error {
	e := &encoder{w: bufio.NewWriter(w)}
	switch kind {
	case "actors":
		for i := range d.Actors {
			e.actor(&d.Actors[i])
		}
	case "agents":
		for i := range d.Agents {
			e.agent(&d.Agents[i])
		}
	case "verbs":
		for i := range d.Verbs {
			e.verb(&d.Verbs[i])
		}
	case "synsets":
		e.synsets(d.Synsets)
	case "discards":
		e.list("discard", d.Discards)
		e.list("complex", d.Complex)
		e.list("noun", d.Nouns)
		e.list("adjective", d.Adjectives)
	case "options":
		e.options(d.Options)
	default:
		return fmt.Errorf("encode: unknown dictionary kind %q", kind)
	}
	if err := e.w.Flush(); err != nil {
		return err
	}
	return e.errs.Err()
}

// encoder writes entries, collecting what it cannot write.
type encoder struct {
	w    *bufio.Writer
	errs ErrorList
}

func (e *encoder) errorf(pos Pos, format string, args ...any) {
	e.errs.Add(pos.File, pos.Line, "cannot write: "+format, args...)
}

// header writes an entry's first line.
func (e *encoder) header(pos Pos, key, id, rest string) {
	if rest != "" && !safeText(rest) {
		e.errorf(pos, "%s %s: name %q", key, id, rest)
		rest = ""
	}
	if rest == "" {
		fmt.Fprintf(e.w, "%s %s\n", key, id)
		return
	}
	fmt.Fprintf(e.w, "%s %s  %s\n", key, id, rest)
}

// attr writes an attribute line.
func (e *encoder) attr(key, value string) {
	fmt.Fprintf(e.w, "  %-9s %s\n", key, value)
}

// lineWidth is where list lines wrap.
const lineWidth = 100

// phrases writes a list attribute, wrapping long lists onto more lines of
// the same attribute.
func (e *encoder) phrases(key string, ps []Phrase) {
	var items []string
	for _, p := range ps {
		s, err := formatPhrase(p)
		if err != nil {
			e.errorf(p.Pos, "%s: %v", key, err)
			continue
		}
		items = append(items, s)
	}
	e.items(func(s string) { e.attr(key, s) }, items)
}

// items writes |-separated items in lines of at most lineWidth bytes.
// A line never starts with an item that begins with "#", which would read
// as a comment there.
func (e *encoder) items(line func(string), items []string) {
	var b strings.Builder
	for _, s := range items {
		if b.Len() > 0 && b.Len()+3+len(s) > lineWidth && s[0] != '#' {
			line(b.String())
			b.Reset()
		}
		if b.Len() > 0 {
			b.WriteString(" | ")
		}
		b.WriteString(s)
	}
	if b.Len() > 0 {
		line(b.String())
	}
}

func (e *encoder) actor(a *Actor) {
	if !validID(a.ID) {
		e.errorf(a.Pos, "actor ID %q: want one upper-case word", a.ID)
		return
	}
	e.header(a.Pos, "actor", a.ID, a.Name)
	if a.Type != "" {
		e.attr("type", a.Type)
	}
	e.phrases("names", a.Names)
	e.phrases("short", a.Short)
	e.phrases("adj", a.Adj)
	for _, c := range a.Codes {
		s, err := formatCodeLine(c)
		if err != nil {
			e.errorf(a.Pos, "actor %s: %v", a.ID, err)
			continue
		}
		e.attr("code", s)
	}
	e.phrases("gov", a.Gov)
	e.phrases("city", a.City)
	for _, kv := range [][2]string{{"country", a.Country}, {"successor", a.Successor}, {"gender", a.Gender}} {
		if kv[1] == "" {
			continue
		}
		if !safeText(kv[1]) || strings.ContainsAny(kv[1], " \t") {
			e.errorf(a.Pos, "actor %s: %s %q", a.ID, kv[0], kv[1])
			continue
		}
		e.attr(kv[0], kv[1])
	}
	e.w.WriteByte('\n')
}

func (e *encoder) agent(a *Agent) {
	if a.Code == "" || !safeText(a.Code) || strings.ContainsAny(a.Code, " \t") {
		e.errorf(a.Pos, "agent code %q", a.Code)
		return
	}
	e.header(a.Pos, "agent", a.Code, a.Name)
	if a.Before {
		e.attr("position", "before")
	}
	e.phrases("names", a.Names)
	for _, o := range a.Offices {
		name := strings.TrimSpace(o.Name)
		if name != o.Name || name == "" || !safeText(name) || strings.Contains(name, ":") {
			e.errorf(a.Pos, "agent %s: office name %q", a.Code, o.Name)
			continue
		}
		if len(o.Phrases) == 0 {
			e.errorf(a.Pos, "agent %s: office %q has no phrases", a.Code, o.Name)
			continue
		}
		var items []string
		for _, p := range o.Phrases {
			s, err := formatPhrase(p)
			if err != nil {
				e.errorf(p.Pos, "office %s: %v", o.Name, err)
				continue
			}
			items = append(items, s)
		}
		if len(items) > 0 {
			e.attr("office", name+": "+strings.Join(items, " | "))
		}
	}
	e.w.WriteByte('\n')
}

func (e *encoder) verb(v *Verb) {
	if !validID(v.ID) {
		e.errorf(v.Pos, "verb ID %q: want one upper-case word", v.ID)
		return
	}
	if !safeText(v.Code) || strings.ContainsAny(v.Code, " \t") || v.Code == "" {
		e.errorf(v.Pos, "verb %s: code %q", v.ID, v.Code)
		return
	}
	e.header(v.Pos, "verb", v.ID, v.Code)
	e.phrases("forms", v.Forms)
	for _, p := range v.Patterns {
		key := "pattern"
		if p.Noun {
			key = "noun"
		}
		if p.Code == "" || !safeText(p.Code) || strings.ContainsAny(p.Code, " \t") {
			e.errorf(p.Pos, "%s: code %q", key, p.Code)
			continue
		}
		s, err := formatPattern(p)
		if err != nil {
			e.errorf(p.Pos, "%v", err)
			continue
		}
		e.attr(key, p.Code+"  "+s)
	}
	e.w.WriteByte('\n')
}

// formatPattern writes a pattern's own text when it reads back to the same
// sequence.
func formatPattern(p Pattern) (string, error) {
	if p.Text != "" && safeText(p.Text) {
		if seq, err := parseSeq(p.Text); err == nil && seqsEqual(seq, p.Seq) {
			return p.Text, nil
		}
	}
	s := formatSeq(p.Seq)
	if seq, err := parseSeq(s); err != nil || !safeText(s) || !seqsEqual(seq, p.Seq) {
		return "", fmt.Errorf("pattern %q cannot be written in dyad's format", s)
	}
	return s, nil
}

func (e *encoder) synsets(m map[string][]Seq) {
	names := make([]string, 0, len(m))
	for name := range m {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		if !validName(name) || strings.ToUpper(name) != name {
			e.errorf(Pos{File: "synsets"}, "synset name %q: want upper-case letters, digits and _", name)
			continue
		}
		var items []string
		for _, s := range m[name] {
			text := formatSeq(s)
			alts, err := parseAlts(text)
			if err != nil || len(alts) != 1 || !seqsEqual(alts[0], s) || !safeText(text) {
				e.errorf(Pos{File: "synsets"}, "synset %s: member %q", name, text)
				continue
			}
			items = append(items, text)
		}
		if len(items) == 0 {
			e.errorf(Pos{File: "synsets"}, "synset %s has no members", name)
			continue
		}
		// The first line of members goes on the header line.
		head := fmt.Sprintf("synset %s  ", name)
		e.items(func(s string) { fmt.Fprintf(e.w, "%s%s\n", head, s); head = "  " }, items)
		e.w.WriteByte('\n')
	}
}

// list writes a discards list.
func (e *encoder) list(key string, ps []Phrase) {
	if len(ps) == 0 {
		return
	}
	var items []string
	for _, p := range ps {
		s, err := formatPhrase(p)
		if err != nil {
			e.errorf(p.Pos, "%s: %v", key, err)
			continue
		}
		items = append(items, s)
	}
	if len(items) == 0 {
		return
	}
	head := key + "  "
	e.items(func(s string) { fmt.Fprintf(e.w, "%s%s\n", head, s); head = "  " }, items)
	e.w.WriteByte('\n')
}

func (e *encoder) options(o Options) {
	names := make([]string, 0, len(o))
	for name := range o {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		v := o[name]
		if !validOption(name) || strings.ToUpper(name) != name {
			e.errorf(Pos{File: "options"}, "option name %q: want upper-case letters, digits, _ and single spaces", name)
			continue
		}
		// "NAME: #" would read back as a comment; "NAME:#" reads as "#".
		line := name + ": " + v
		if stripComment(line) != line {
			line = name + ":" + v
		}
		if v != "" && (!utf8.ValidString(v) || strings.IndexFunc(v, isControl) >= 0 || strings.TrimSpace(v) != v || stripComment(line) != line) {
			e.errorf(Pos{File: "options"}, "option %s: value %q", name, v)
			continue
		}
		if v == "" {
			fmt.Fprintf(e.w, "%s:\n", name)
			continue
		}
		fmt.Fprintln(e.w, line)
	}
}
