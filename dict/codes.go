package dict

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/dyadproject/dyad"
)

// checkActorCode checks a CAMEO actor code such as IND, INDGOV or ---GOV.
// TABARI's null code ### and its special +++ are codes too, and so are
// TABARI's compound codes such as ELR/GAL.
func checkActorCode(s string) error {
	if s == "" {
		return errors.New("missing code")
	}
	for part := range strings.SplitSeq(s, "/") {
		for _, r := range part {
			if !(r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '#' || r == '+') {
				return fmt.Errorf("code %q: actor codes are upper-case letters, digits and -", s)
			}
		}
		if len(part) < 3 {
			return fmt.Errorf("code %q: actor codes have at least 3 letters", s)
		}
	}
	return nil
}

// checkAgentCode checks an agent code such as GOV or GOVMIL.
func checkAgentCode(s string) error {
	for _, r := range s {
		if !(r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			return fmt.Errorf("agent code %q: agent codes are upper-case letters and digits", s)
		}
	}
	if len(s) < 3 {
		return fmt.Errorf("agent code %q: agent codes have at least 3 letters", s)
	}
	return nil
}

// checkEventCode checks an event code: 042, 0233, ---, or a pair 032:033
// whose second half is coded target→source. Besides digits, a code may
// hold upper-case letters and the marks # + ? ! that TABARI dictionaries
// use for special codes. "=" alone repeats the act told just before
// ("Greece soon followed suit").
func checkEventCode(s string) error {
	if s == "=" {
		return nil
	}
	a, b, paired := strings.Cut(s, ":")
	if a == "" || paired && b == "" {
		return fmt.Errorf("event code %q: want a code such as 042, --- or 032:033", s)
	}
	for _, part := range []string{a, b} {
		for _, r := range part {
			if !(r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("-#+?!", r)) {
				return fmt.Errorf("event code %q: want a code such as 042, --- or 032:033", s)
			}
		}
	}
	return nil
}

// parseDate parses a code's bound: YYYY, YYYY-MM, YYYY-MM-DD, or - for an
// open bound (the zero Date). Each is the period it names, so a FROM bound
// begins with the period and a TO bound, exclusive, ends where it begins.
func parseDate(s string) (dyad.Date, error) {
	// The dates are built here rather than with dyad.Year, Month and Day,
	// which format the value again: loading the built-in dictionaries
	// parses thousands. TestParseFull checks that they are equal.
	var y, m, d int
	ok := false
	switch len(s) {
	case 1:
		if s == "-" {
			return dyad.Date{}, nil
		}
	case 4:
		y, ok = digits(s)
		m, d = 1, 1
	case 7:
		var ok1, ok2 bool
		y, ok1 = digits(s[:4])
		m, ok2 = digits(s[5:])
		ok, d = ok1 && ok2 && s[4] == '-', 1
	case 10:
		var ok1, ok2, ok3 bool
		y, ok1 = digits(s[:4])
		m, ok2 = digits(s[5:7])
		d, ok3 = digits(s[8:])
		ok = ok1 && ok2 && ok3 && s[4] == '-' && s[7] == '-'
	}
	if !ok {
		return dyad.Date{}, fmt.Errorf("date %q: want YYYY, YYYY-MM, YYYY-MM-DD or -", s)
	}
	if m < 1 || m > 12 {
		return dyad.Date{}, fmt.Errorf("date %q: no month %d", s, m)
	}
	b := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if b.Day() != d {
		return dyad.Date{}, fmt.Errorf("date %q: no such day", s)
	}
	switch len(s) {
	case 4:
		return dyad.Date{Value: s, Precision: dyad.PrecYear, Begin: b, End: b.AddDate(1, 0, 0)}, nil
	case 7:
		return dyad.Date{Value: s, Precision: dyad.PrecMonth, Begin: b, End: b.AddDate(0, 1, 0)}, nil
	}
	return dyad.Date{Value: s, Precision: dyad.PrecDay, Begin: b, End: b.AddDate(0, 0, 1)}, nil
}

func digits(s string) (int, bool) {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
	}
	n, err := strconv.Atoi(s)
	return n, err == nil
}

// formatDate is the inverse of parseDate.
func formatDate(d dyad.Date) (string, error) {
	if d.IsZero() {
		return "-", nil
	}
	if p, err := parseDate(d.Value); err == nil && p == d {
		return d.Value, nil
	}
	var s string
	switch d.Precision {
	case dyad.PrecDay:
		s = d.Begin.Format("2006-01-02")
	case dyad.PrecMonth:
		s = d.Begin.Format("2006-01")
	case dyad.PrecYear:
		s = d.Begin.Format("2006")
	}
	if p, err := parseDate(s); err != nil || p != d {
		return "", fmt.Errorf("date %q (%s) cannot be written; make it with dyad.Day, dyad.Month or dyad.Year", d.Value, d.Precision)
	}
	return s, nil
}

// looksLikeDate reports whether a field of a code line is a bound rather
// than the first word of the office.
func looksLikeDate(s string) bool {
	return s == "-" || s != "" && s[0] >= '0' && s[0] <= '9'
}

// parseCodeLine parses "CODE [FROM [TO]] [OFFICE]".
func parseCodeLine(s string) (dyad.DatedCode, error) {
	var c dyad.DatedCode
	c.Code, s = cut(s)
	if err := checkActorCode(c.Code); err != nil {
		return c, err
	}
	for i, bound := range []*dyad.Date{&c.From, &c.To} {
		f, rest := cut(s)
		if !looksLikeDate(f) {
			break
		}
		d, err := parseDate(f)
		if err != nil {
			if i == 0 {
				return c, fmt.Errorf("from %w", err)
			}
			return c, fmt.Errorf("to %w", err)
		}
		*bound, s = d, rest
	}
	if !c.From.IsZero() && !c.To.IsZero() && !c.From.Begin.Before(c.To.Begin) {
		return c, fmt.Errorf("code %s: from %s is not before to %s", c.Code, c.From.Value, c.To.Value)
	}
	c.Office = s
	return c, nil
}

// formatCodeLine is the inverse of parseCodeLine. With an office, both
// bounds are written, so that the office cannot be read as a date.
func formatCodeLine(c dyad.DatedCode) (string, error) {
	from, err := formatDate(c.From)
	if err != nil {
		return "", err
	}
	to, err := formatDate(c.To)
	if err != nil {
		return "", err
	}
	parts := []string{c.Code}
	switch {
	case c.Office != "":
		parts = append(parts, from, to, c.Office)
	case !c.To.IsZero():
		parts = append(parts, from, to)
	case !c.From.IsZero():
		parts = append(parts, from)
	}
	s := strings.Join(parts, " ")
	if got, err := parseCodeLine(s); err != nil || got != c || !safeText(s) {
		return "", fmt.Errorf("code line %q cannot be written in dyad's format", s)
	}
	return s, nil
}

// cut splits off the first white-space separated field of s.
func cut(s string) (field, rest string) {
	s = strings.TrimLeftFunc(s, unicode.IsSpace)
	i := strings.IndexFunc(s, unicode.IsSpace)
	if i < 0 {
		return s, ""
	}
	return s[:i], strings.TrimLeftFunc(s[i:], unicode.IsSpace)
}
