// Package cameo looks up CAMEO event codes: Goldstein weight, quad class
// and the PLOVER category dyad maps each code to. The table is data
// (codes.tsv); codes the table lacks, such as the TABARI suite's WEIS-era
// test codes, fall back to their nearest listed ancestor.
package cameo

import (
	"bufio"
	_ "embed"
	"fmt"
	"strconv"
	"strings"
)

//go:embed codes.tsv
var codesTSV string

// Info describes one event code.
type Info struct {
	Code      string
	Goldstein float64
	QuadClass int    // 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
	PLOVER    string // "" where CAMEO has no PLOVER counterpart (01 statements)
}

// Table is the code lookup table.
type Table struct{ codes map[string]Info }

// New parses the built-in table.
func New() (*Table, error) {
	t := &Table{codes: map[string]Info{}}
	sc := bufio.NewScanner(strings.NewReader(codesTSV))
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 4 {
			return nil, fmt.Errorf("cameo codes.tsv:%d: want 4 fields, got %d", n, len(f))
		}
		g, err := strconv.ParseFloat(f[1], 64)
		if err != nil {
			return nil, fmt.Errorf("cameo codes.tsv:%d: goldstein: %w", n, err)
		}
		q, err := strconv.Atoi(f[2])
		if err != nil || q < 1 || q > 4 {
			return nil, fmt.Errorf("cameo codes.tsv:%d: quad class %q", n, f[2])
		}
		t.codes[f[0]] = Info{Code: f[0], Goldstein: g, QuadClass: q, PLOVER: f[3]}
	}
	return t, nil
}

// Lookup returns the information for code, falling back to the longest
// listed prefix ("0231x" → "0231" → "023" → "02"). It reports false when
// not even the root is known.
func (t *Table) Lookup(code string) (Info, bool) {
	for n := len(code); n >= 2; n-- {
		if in, ok := t.codes[code[:n]]; ok {
			in.Code = code
			return in, true
		}
	}
	return Info{Code: code}, false
}

// Root returns the two-digit root of a code ("" for malformed codes).
func Root(code string) string {
	if len(code) < 2 || code[0] < '0' || code[0] > '2' || code[1] < '0' || code[1] > '9' {
		return ""
	}
	return code[:2]
}

// Symmetric reports whether an event with this code between A and B is the
// same event as one between B and A: consultations, meetings and
// negotiations (040, 041, 044, 046), intent to meet (036), signed
// agreements (057), material cooperation (06x) and fighting (19x). Visits
// (042/043) and mediation (045) have a direction; see Converse.
func Symmetric(code string) bool {
	for _, p := range symmetricPrefixes {
		if strings.HasPrefix(code, p) {
			return true
		}
	}
	return false
}

var symmetricPrefixes = [...]string{"040", "041", "044", "046", "036", "057", "06", "19"}

// Converse returns the code that describes the same event with source and
// target swapped (042 "make a visit" ↔ 043 "host a visit"), the code itself
// for symmetric codes, and "" when there is none.
func Converse(code string) string {
	switch {
	case strings.HasPrefix(code, "042"):
		return "043"
	case strings.HasPrefix(code, "043"):
		return "042"
	case Symmetric(code):
		return code
	}
	return ""
}
