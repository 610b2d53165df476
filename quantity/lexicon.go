package quantity

import (
	"bufio"
	"embed"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/segment"
)

//go:embed data/*.txt
var dataFS embed.FS

// role is what a lexicon phrase does in the grammar.
type role uint8

const (
	rCurPrefix role = iota
	rCurSuffix
	rScale
	rNumber
	rQual
	rUnit
	rMult
	rOrdinal
	rSuper
	rCasualty
	rCount
	rAux
	rTrapBefore
	rTrapAfter
	rMonth
	rNotPlural
	rGroup
	rYearBefore
	rCue
	rCoref
	rLink
)

// Unit classes a cue accepts, as a bit set.
const (
	cMoney uint8 = 1 << iota
	cPercent
	cPoint
	cCount
	cRank
	cFactor
)

// entry is one phrase of the lexicon. Which fields are used depends on
// the role: str holds a currency code, qualifier, unit, noun or indicator;
// val a number, scale or factor; kind a number word's kind.
type entry struct {
	toks    []string // upper-cased tokens, as segment.Tokenize makes them
	role    role
	str     string
	val     float64
	kind    string
	classes uint8
}

// lexicon indexes phrases by their first token, longest phrase first.
type lexicon struct {
	first map[string][]*entry // while loading; lookups use table
	table []slot              // open addressing on hashWord's full hash
	mask  uint32
	// starts is a 4096-bit filter of the hashed first tokens of phrases
	// that can begin a quantity; most words of a sentence miss it, which
	// spares them a map lookup.
	starts [64]uint64
}

// slot is one cell of the lookup table.
type slot struct {
	key string
	es  []*entry
}

// hashWord is FNV-1a.
func hashWord(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

// fold12 folds a hash to the 12 bits of the starts filter.
func fold12(h uint32) uint32 { return (h ^ h>>12 ^ h>>24) & 4095 }

// mayStart reports whether a quantity can begin with the word norm.
func (lx *lexicon) mayStart(norm string) bool {
	h := fold12(hashWord(norm))
	return lx.starts[h>>6]&(1<<(h&63)) != 0
}

// get returns the phrases whose first token is norm. The table is a
// linear-probing hash table, which the profile showed to be cheaper than
// a Go map on this hot path.
func (lx *lexicon) get(norm string) []*entry {
	for i := hashWord(norm) & lx.mask; ; i = (i + 1) & lx.mask {
		sl := &lx.table[i]
		if sl.key == norm {
			return sl.es
		}
		if sl.key == "" {
			return nil
		}
	}
}

// build fills the lookup table from first, at most a quarter full.
func (lx *lexicon) build() {
	n := uint32(64)
	for n < uint32(4*len(lx.first)) {
		n *= 2
	}
	lx.table, lx.mask = make([]slot, n), n-1
	for k, es := range lx.first {
		i := hashWord(k) & lx.mask
		for lx.table[i].key != "" {
			i = (i + 1) & lx.mask
		}
		lx.table[i] = slot{key: k, es: es}
	}
}

// ParseError reports a malformed line in a built-in data file.
type ParseError struct {
	File string
	Line int
	Err  error
}

func (e *ParseError) Error() string { return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err) }
func (e *ParseError) Unwrap() error { return e.Err }

// loadLexicon reads every built-in data file.
func loadLexicon() (*lexicon, error) {
	lx := &lexicon{first: map[string][]*entry{}}
	files := []struct {
		name string
		add  func(f []string) error
	}{
		{"currency.txt", func(f []string) error {
			if err := want(f, 3); err != nil {
				return err
			}
			switch f[0] {
			case "prefix":
				return lx.add(f[1], &entry{role: rCurPrefix, str: f[2]})
			case "suffix":
				return lx.add(f[1], &entry{role: rCurSuffix, str: f[2]})
			}
			return fmt.Errorf("position %q: want prefix or suffix", f[0])
		}},
		{"scales.txt", func(f []string) error {
			v, err := num(f, 2, 1)
			if err != nil {
				return err
			}
			return lx.add(f[0], &entry{role: rScale, val: v})
		}},
		{"numbers.txt", func(f []string) error {
			v, err := num(f, 3, 1)
			if err != nil {
				return err
			}
			e := &entry{role: rNumber, val: v, kind: f[2]}
			switch f[2] {
			case "unit", "tens", "mult", "article":
			case "approx":
				if len(f) < 4 {
					return fmt.Errorf("approx number %q needs a qualifier", f[0])
				}
				e.str = f[3]
			default:
				return fmt.Errorf("number kind %q: want unit, tens, mult, article or approx", f[2])
			}
			return lx.add(f[0], e)
		}},
		{"qualifiers.txt", func(f []string) error {
			if err := want(f, 2); err != nil {
				return err
			}
			return lx.add(f[0], &entry{role: rQual, str: f[1]})
		}},
		{"units.txt", func(f []string) error {
			v, err := num(f, 3, 2)
			if err != nil {
				return err
			}
			return lx.add(f[0], &entry{role: rUnit, str: f[1], val: v})
		}},
		{"multipliers.txt", func(f []string) error {
			v, err := num(f, 2, 1)
			if err != nil {
				return err
			}
			e := &entry{role: rMult, val: v}
			if len(f) > 2 {
				if f[2] != "qualified" {
					return fmt.Errorf("multiplier condition %q: want qualified or nothing", f[2])
				}
				e.kind = f[2]
			}
			return lx.add(f[0], e)
		}},
		{"ranks.txt", func(f []string) error {
			switch f[0] {
			case "ordinal":
				if err := want(f, 3); err != nil {
					return err
				}
				v, err := strconv.Atoi(f[2])
				if err != nil {
					return fmt.Errorf("ordinal %q: %w", f[1], err)
				}
				return lx.add(f[1], &entry{role: rOrdinal, val: float64(v)})
			case "superlative":
				if err := want(f, 2); err != nil {
					return err
				}
				return lx.add(f[1], &entry{role: rSuper})
			}
			return fmt.Errorf("rank kind %q: want ordinal or superlative", f[0])
		}},
		{"nouns.txt", func(f []string) error {
			if err := want(f, 2); err != nil {
				return err
			}
			r, ok := map[string]role{"casualty": rCasualty, "count": rCount, "aux": rAux}[f[0]]
			if !ok {
				return fmt.Errorf("noun kind %q: want casualty, count or aux", f[0])
			}
			e := &entry{role: r}
			if len(f) > 2 {
				e.str = f[2]
			}
			if r != rAux && e.str == "" {
				return fmt.Errorf("noun %q: missing canonical form", f[1])
			}
			return lx.add(f[1], e)
		}},
		{"traps.txt", func(f []string) error {
			if err := want(f, 2); err != nil {
				return err
			}
			r, ok := map[string]role{"before": rTrapBefore, "after": rTrapAfter, "month": rMonth,
				"notplural": rNotPlural, "group": rGroup, "year": rYearBefore}[f[0]]
			if !ok {
				return fmt.Errorf("trap kind %q: want before, after, month, notplural, group or year", f[0])
			}
			return lx.add(f[1], &entry{role: r})
		}},
		{"indicators.txt", func(f []string) error {
			if err := want(f, 3); err != nil {
				return err
			}
			var cls uint8
			for _, c := range strings.Split(f[1], ",") {
				b, ok := map[string]uint8{"money": cMoney, "percent": cPercent, "percentage_point": cPoint,
					"count": cCount, "rank": cRank, "factor": cFactor}[strings.TrimSpace(c)]
				if !ok {
					return fmt.Errorf("unit class %q: want money, percent, percentage_point, count, rank or factor", c)
				}
				cls |= b
			}
			e := &entry{role: rCue, str: f[2], classes: cls}
			if len(f) > 3 {
				if f[3] != "weak" {
					return fmt.Errorf("cue strength %q: want weak or nothing", f[3])
				}
				e.kind = "weak"
			}
			return lx.add(f[0], e)
		}},
		{"coref.txt", func(f []string) error {
			return lx.add(f[0], &entry{role: rCoref})
		}},
		{"links.txt", func(f []string) error {
			return lx.add(f[0], &entry{role: rLink})
		}},
	}
	for _, file := range files {
		if err := eachLine(file.name, file.add); err != nil {
			return nil, err
		}
	}
	for k, es := range lx.first {
		sort.SliceStable(es, func(i, j int) bool { return len(es[i].toks) > len(es[j].toks) })
		lx.first[k] = es
	}
	lx.build()
	return lx, nil
}

// eachLine calls add with the |-separated fields of every line of a data
// file that is not blank or a comment.
func eachLine(name string, add func(f []string) error) error {
	data, err := dataFS.ReadFile("data/" + name)
	if err != nil {
		return fmt.Errorf("read %s: %w", name, err)
	}
	sc := bufio.NewScanner(strings.NewReader(string(data)))
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "|")
		for i := range f {
			f[i] = strings.TrimSpace(f[i])
		}
		if err := add(f); err != nil {
			return &ParseError{File: name, Line: n, Err: err}
		}
	}
	return sc.Err()
}

func want(f []string, n int) error {
	if len(f) < n {
		return fmt.Errorf("want %d fields separated by |, got %d", n, len(f))
	}
	for _, s := range f[:n] {
		if s == "" {
			return fmt.Errorf("empty field")
		}
	}
	return nil
}

// num checks that f has n fields and parses field i as a number.
func num(f []string, n, i int) (float64, error) {
	if err := want(f, n); err != nil {
		return 0, err
	}
	v, err := strconv.ParseFloat(f[i], 64)
	if err != nil {
		return 0, fmt.Errorf("value %q: %w", f[i], err)
	}
	return v, nil
}

// add indexes phrase with e, tokenised as the segmenter tokenises text.
func (lx *lexicon) add(phrase string, e *entry) error {
	for _, t := range segment.Tokenize(nil, phrase) {
		e.toks = append(e.toks, t.Norm)
	}
	if len(e.toks) == 0 {
		return fmt.Errorf("empty phrase")
	}
	lx.first[e.toks[0]] = append(lx.first[e.toks[0]], e)
	switch e.role {
	case rQual, rMult, rCurPrefix, rNumber, rOrdinal, rSuper:
		h := fold12(hashWord(e.toks[0]))
		lx.starts[h>>6] |= 1 << (h & 63)
	}
	return nil
}

// match returns the longest phrase of role r that starts at token i.
func (lx *lexicon) match(toks []dyad.Token, i int, r role) *entry {
	if i < 0 || i >= len(toks) {
		return nil
	}
	return lx.matchIn(lx.get(toks[i].Norm), toks, i, r)
}

func (lx *lexicon) matchIn(es []*entry, toks []dyad.Token, i int, r role) *entry {
	return lx.matchAt(es, toks, i, r, false)
}

func (lx *lexicon) matchAt(es []*entry, toks []dyad.Token, i int, r role, glued bool) *entry {
	for _, e := range es {
		if e.role != r || i+len(e.toks) > len(toks) {
			continue
		}
		ok := true
		for k := 1; k < len(e.toks); k++ {
			if toks[i+k].Norm != e.toks[k] || (glued && toks[i+k].Start != toks[i+k-1].End) {
				ok = false
				break
			}
		}
		if ok {
			return e
		}
	}
	return nil
}

// word returns the single-token entry of role r for an upper-cased word.
func (lx *lexicon) word(norm string, r role) *entry {
	for _, e := range lx.get(norm) {
		if e.role == r && len(e.toks) == 1 {
			return e
		}
	}
	return nil
}

// endsAt reports whether a phrase of role r ends just before token i.
func (lx *lexicon) endsAt(toks []dyad.Token, i int, r role) bool {
	for n := 1; n <= 2 && i-n >= 0; n++ {
		if e := lx.match(toks, i-n, r); e != nil && len(e.toks) == n {
			return true
		}
	}
	return false
}
