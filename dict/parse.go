package dict

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kinds are the kinds of dictionary file, named by their extension; an
// options file is named "options" or "*.options".
var kinds = []string{"actors", "agents", "verbs", "synsets", "discards", "options"}

// Kind returns the kind of a dictionary file from its name ("actors",
// "agents", "verbs", "synsets", "discards" or "options"), or "" when the
// name is not a dictionary file's.
func Kind(name string) string {
	base := path.Base(filepath.ToSlash(name))
	if base == "options" {
		return "options"
	}
	ext := strings.TrimPrefix(path.Ext(base), ".")
	for _, k := range kinds {
		if ext == k {
			return k
		}
	}
	return ""
}

// ParseDir reads the dictionary files in dir of fsys, in the order of
// their names; other files are ignored. Every malformed line is reported:
// the error is an ErrorList of *ParseError. On error the Dictionary still
// holds every entry that parsed.
func ParseDir(fsys fs.FS, dir string) (*Dictionary, error) {
	d := newDictionary()
	p := newParser(d)
	if err := p.dir(fsys, dir, dir); err != nil {
		return d, err
	}
	p.checkRefs()
	return d, p.err()
}

// ParseFile reads one dictionary file into d; its kind comes from name
// (see Kind). Synset references are not checked, as the synset may be in
// another file; ParseDir, Load and CheckRefs check them.
func ParseFile(name string, r io.Reader, d *Dictionary) error {
	if d.Synsets == nil {
		d.Synsets = map[string][]Seq{}
	}
	if d.Options == nil {
		d.Options = Options{}
	}
	p := newParser(d)
	for _, a := range d.Actors {
		p.actorAt[a.ID] = a.Pos
	}
	for name := range d.Synsets {
		p.synsetAt[name] = Pos{}
	}
	p.parse(name, r)
	return p.err()
}

// Load reads dictionary folders (or single files) from the operating
// system; later ones add to earlier ones. An actor ID must be unique
// within one folder only. Synset references are checked over all of them.
func Load(paths ...string) (*Dictionary, error) {
	d := newDictionary()
	p := newParser(d)
	for _, name := range paths {
		// IDs are unique per folder: a later folder may add to an actor.
		p.actorAt, p.synsetAt, p.optionAt = map[string]Pos{}, map[string]Pos{}, map[string]Pos{}
		fi, err := os.Stat(name)
		if err != nil {
			return d, fmt.Errorf("load dictionary: %w", err)
		}
		if fi.IsDir() {
			if err := p.dir(os.DirFS(name), ".", name); err != nil {
				return d, err
			}
			continue
		}
		if Kind(name) == "" {
			return d, fmt.Errorf("load dictionary %s: not a dictionary file (want *.actors, *.agents, *.verbs, *.synsets, *.discards or options)", name)
		}
		data, err := os.ReadFile(name)
		if err != nil {
			return d, fmt.Errorf("load dictionary: %w", err)
		}
		if p.start(name) {
			p.parseText(string(data))
		}
	}
	p.checkRefs()
	return d, p.err()
}

func newDictionary() *Dictionary {
	return &Dictionary{Synsets: map[string][]Seq{}, Options: Options{}}
}

// entry kinds of the parser's open entry.
const (
	entNone   = iota
	entBad    // a malformed header: its attribute lines are skipped
	entActor  // d.Actors[idx]
	entAgent  // d.Agents[idx]
	entVerb   // d.Verbs[idx]
	entSynset // d.Synsets[synset]
	entList   // a discards list: list
)

// ref is a synset reference and where it is made.
type ref struct {
	name string
	pos  Pos
}

// parser reads dictionary files into d, collecting errors.
type parser struct {
	d        *Dictionary
	errs     ErrorList
	actorAt  map[string]Pos
	synsetAt map[string]Pos
	optionAt map[string]Pos
	refs     []ref

	file string
	kind string

	// the open entry
	ent    int
	idx    int
	synset string
	list   *[]Phrase
	key    string // the entry's keyword and ID, for messages
	id     string
	pos    Pos            // the entry's header
	n      int            // items the entry has
	set    map[string]int // single-valued attributes set → line
	named  bool           // the entry has a code, names or office line, good or bad
}

func newParser(d *Dictionary) *parser {
	return &parser{d: d, actorAt: map[string]Pos{}, synsetAt: map[string]Pos{}, optionAt: map[string]Pos{}}
}

func (p *parser) errorf(line int, format string, args ...any) {
	p.errs.Add(p.file, line, format, args...)
}

// err returns the errors in file order.
func (p *parser) err() error {
	order := map[string]int{}
	for i, f := range p.d.Files {
		if _, ok := order[f]; !ok {
			order[f] = i
		}
	}
	sort.SliceStable(p.errs, func(i, j int) bool {
		a, b := p.errs[i], p.errs[j]
		if a.File != b.File {
			return order[a.File] < order[b.File]
		}
		return a.Line < b.Line
	})
	return p.errs.Err()
}

// dir parses the dictionary files of dir; display is the folder's name in
// positions.
func (p *parser) dir(fsys fs.FS, dir, display string) error {
	ents, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return fmt.Errorf("load dictionary %s: %w", display, err)
	}
	for _, e := range ents {
		if e.IsDir() || strings.HasPrefix(e.Name(), ".") || Kind(e.Name()) == "" {
			continue
		}
		data, err := fs.ReadFile(fsys, path.Join(dir, e.Name()))
		if err != nil {
			return fmt.Errorf("load dictionary: %w", err)
		}
		name := e.Name()
		if display != "." && display != "" {
			name = filepath.Join(display, name)
		}
		if p.start(name) {
			p.parseText(string(data))
		}
	}
	return nil
}

// parse reads one file.
func (p *parser) parse(name string, r io.Reader) {
	if !p.start(name) {
		return
	}
	data, err := io.ReadAll(r)
	if err != nil {
		p.errorf(0, "%v", err)
		return
	}
	p.parseText(string(data))
}

// start begins a file, and reports whether it is a dictionary file.
func (p *parser) start(name string) bool {
	p.file, p.kind = name, Kind(name)
	p.d.Files = append(p.d.Files, name)
	p.ent = entNone
	if p.kind == "" {
		p.errorf(0, "not a dictionary file (want *.actors, *.agents, *.verbs, *.synsets, *.discards or options)")
		return false
	}
	return true
}

// parseText parses the text of the file p.file. Lines, phrases and names
// are slices of the one string, which saves an allocation a line on large
// dictionaries.
func (p *parser) parseText(text string) {
	text = strings.TrimPrefix(text, "\uFEFF")
	p.grow(text)
	n := 0
	for len(text) > 0 {
		var line string
		line, text, _ = strings.Cut(text, "\n")
		n++
		line = strings.TrimSuffix(line, "\r")
		bad := ""
		if !utf8.ValidString(line) {
			bad = "invalid UTF-8"
		} else if i := strings.IndexFunc(line, isControl); i >= 0 {
			r, _ := utf8.DecodeRuneInString(line[i:])
			bad = fmt.Sprintf("control character %U in column %d", r, i+1)
		}
		if bad != "" {
			p.errorf(n, "%s", bad)
			if line != "" && line[0] != ' ' && line[0] != '\t' {
				// A bad header: skip its attributes rather than give
				// them to the entry before it.
				p.close()
				p.open(entBad, n, "", "")
			}
			continue
		}
		line = strings.TrimRightFunc(stripComment(line), unicode.IsSpace)
		if line == "" {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(line); unicode.IsSpace(r) {
			p.attr(n, strings.TrimSpace(line))
		} else {
			p.close()
			p.header(n, line)
		}
	}
	p.close()
}

// grow makes room for the entries of a file, so that appending them does
// not copy the slices again and again.
func (p *parser) grow(text string) {
	count := func(key string) int {
		n := strings.Count(text, "\n"+key+" ")
		if strings.HasPrefix(text, key+" ") {
			n++
		}
		return n
	}
	switch p.kind {
	case "actors":
		if n := count("actor"); n > 0 {
			p.d.Actors = slices.Grow(p.d.Actors, n)
		}
	case "agents":
		if n := count("agent"); n > 0 {
			p.d.Agents = slices.Grow(p.d.Agents, n)
		}
	case "verbs":
		if n := count("verb"); n > 0 {
			p.d.Verbs = slices.Grow(p.d.Verbs, n)
		}
	}
}

// isControl reports the control characters a line may not hold; a tab
// is white space.
func isControl(r rune) bool { return r != '\t' && unicode.IsControl(r) }

// open starts an entry.
func (p *parser) open(ent, line int, key, id string) {
	p.ent, p.key, p.id, p.pos, p.n, p.set, p.named = ent, key, id, Pos{p.file, line}, 0, nil, false
}

// name names the open entry in messages: "actor IND", "discard".
func (p *parser) name() string {
	if p.id == "" {
		return p.key
	}
	return p.key + " " + p.id
}

// close ends the open entry and checks it as a whole.
func (p *parser) close() {
	line := p.pos.Line
	switch p.ent {
	case entActor:
		if len(p.d.Actors[p.idx].Codes) == 0 && !p.named {
			p.errorf(line, "%s has no code", p.name())
		}
	case entAgent:
		if a := p.d.Agents[p.idx]; len(a.Names) == 0 && len(a.Offices) == 0 && !p.named {
			p.errorf(line, "%s has no names or offices", p.name())
		}
	case entSynset, entList:
		if p.n == 0 {
			p.errorf(line, "%s: empty list", p.name())
		}
	}
	p.ent = entNone
}

// header parses a line at column 0.
func (p *parser) header(n int, line string) {
	key, rest := cut(line)
	pos := Pos{p.file, n}
	switch {
	case p.kind == "actors" && key == "actor":
		p.actor(pos, rest)
	case p.kind == "agents" && key == "agent":
		p.agent(pos, rest)
	case (p.kind == "verbs" || p.kind == "synsets") && key == "synset":
		p.synsetHeader(pos, rest)
	case p.kind == "verbs" && key == "verb":
		p.verb(pos, rest)
	case p.kind == "discards":
		p.discards(pos, key, rest)
	case p.kind == "options":
		p.option(pos, line)
	default:
		want := map[string]string{
			"actors": `"actor"`, "agents": `"agent"`, "verbs": `"verb" and "synset"`, "synsets": `"synset"`,
		}[p.kind]
		p.errorf(n, "unknown entry %q: .%s files hold %s entries", key, p.kind, want)
		p.open(entBad, n, "", "")
	}
}

// attr parses an indented line of the open entry.
func (p *parser) attr(n int, line string) {
	switch p.ent {
	case entNone:
		if p.kind == "options" {
			p.errorf(n, "indented line: options are NAME: VALUE lines at column 0")
			return
		}
		p.errorf(n, "attribute line outside an entry (entries start at column 0)")
		return
	case entBad:
		return
	case entSynset:
		p.synsetMembers(Pos{p.file, n}, line)
		return
	case entList:
		ph := p.phrases(n, p.name(), line)
		*p.list = append(*p.list, ph...)
		p.n++ // a bad phrase is reported already; the list is not empty
		return
	}
	key, rest := cut(line)
	switch {
	case p.ent == entActor && key == "code", p.ent == entAgent && (key == "names" || key == "office"):
		p.named = true
	}
	if rest == "" {
		p.errorf(n, "%s: empty list", key)
		return
	}
	switch p.ent {
	case entActor:
		p.actorAttr(n, key, rest)
	case entAgent:
		p.agentAttr(n, key, rest)
	case entVerb:
		p.verbAttr(n, key, rest)
	}
}

// single reports whether a single-valued attribute is set for the first
// time in the entry, and reports an error when it is not.
func (p *parser) single(n int, key string) bool {
	if prev, ok := p.set[key]; ok {
		p.errorf(n, "%s set twice (first at line %d)", key, prev)
		return false
	}
	if p.set == nil {
		p.set = map[string]int{}
	}
	p.set[key] = n
	return true
}

// phrases parses a |-separated list of phrases.
func (p *parser) phrases(n int, key, s string) []Phrase {
	if strings.TrimSpace(s) == "" {
		p.errorf(n, "%s: empty list", key)
		return nil
	}
	out := make([]Phrase, 0, strings.Count(s, "|")+1)
	for item := range strings.SplitSeq(s, "|") {
		item = strings.TrimSpace(item)
		if item == "" {
			p.errorf(n, `%s: empty phrase between "|"`, key)
			continue
		}
		words, err := parsePhrase(item)
		if err != nil {
			p.errorf(n, "%s: phrase %q: %v", key, item, err)
			continue
		}
		out = append(out, Phrase{Words: words, Text: item, Pos: Pos{p.file, n}})
	}
	return out
}

// seqRefs records the synset references of seq.
func (p *parser) seqRefs(pos Pos, seq Seq) {
	for _, e := range seq {
		switch e.Kind {
		case Synset:
			p.refs = append(p.refs, ref{e.Name, pos})
		case Alt:
			for _, a := range e.Alts {
				p.seqRefs(pos, a)
			}
		}
	}
}

// checkRefs reports references to synsets that no file defines.
func (p *parser) checkRefs() {
	seen := map[ref]bool{}
	for _, r := range p.refs {
		if _, ok := p.d.Synsets[r.name]; !ok && !seen[r] {
			seen[r] = true
			p.errs.Add(r.pos.File, r.pos.Line, "unknown synset &%s", r.name)
		}
	}
}

// CheckRefs reports the synset references of d's patterns and synsets that
// name no synset of d, as an ErrorList; use it after Merge.
func CheckRefs(d *Dictionary) error {
	p := newParser(d)
	for _, v := range d.Verbs {
		for _, pt := range v.Patterns {
			p.seqRefs(pt.Pos, pt.Seq)
		}
	}
	names := make([]string, 0, len(d.Synsets))
	for name := range d.Synsets {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		for _, s := range d.Synsets[name] {
			p.seqRefs(Pos{File: "synset " + name}, s)
		}
	}
	p.checkRefs()
	return p.errs.Err()
}
