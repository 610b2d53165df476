package timex_test

import (
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/timex"
)

var (
	reYearLike = regexp.MustCompile(`^(\d{2}|\d{3}|\d{4})$`)
	reMonth    = regexp.MustCompile(`^(\d{4})-(\d{2})$`)
	reDay      = regexp.MustCompile(`^(\d{4}-\d{2}-\d{2})(T(MO|AF|EV|NI|([01]\d|2[0-3]):[0-5]\d))?$`)
	rePart     = regexp.MustCompile(`^(\d{4})-(SP|SU|FA|WI|Q[1-4]|H[12])$`)
	reWeek     = regexp.MustCompile(`^(\d{4})-W(\d{2})(-WE)?$`)
	reDuration = regexp.MustCompile(`^PT?\d+(\.\d+)?[YMWDHS]$`)
	reSet      = regexp.MustCompile(`^(PT?\d+(\.\d+)?[YMWDHS]|XXXX-(WXX-[1-7]|0[1-9]|1[0-2]|SP|SU|FA|WI))$`)
)

// validValue checks a value independently of the package: no month 13, no
// day 32, no year 0.
func validValue(typ, v string) bool {
	switch typ {
	case "duration":
		return reDuration.MatchString(v)
	case "set":
		return reSet.MatchString(v)
	}
	if a, b, ok := strings.Cut(v, "/"); ok {
		return validValue(typ, a) && validValue(typ, b) && a < b
	}
	nonzero := func(s string) bool { n, err := strconv.Atoi(s); return err == nil && n > 0 }
	switch {
	case reYearLike.MatchString(v):
		return nonzero(v)
	case reMonth.MatchString(v):
		m := reMonth.FindStringSubmatch(v)
		mm, _ := strconv.Atoi(m[2])
		return nonzero(m[1]) && mm >= 1 && mm <= 12
	case reDay.MatchString(v):
		m := reDay.FindStringSubmatch(v)
		_, err := time.Parse("2006-01-02", m[1])
		return err == nil && nonzero(m[1][:4])
	case rePart.MatchString(v):
		return nonzero(rePart.FindStringSubmatch(v)[1])
	case reWeek.MatchString(v):
		m := reWeek.FindStringSubmatch(v)
		w, _ := strconv.Atoi(m[2])
		return nonzero(m[1]) && w >= 1 && w <= 53
	}
	return false
}

func FuzzTag(f *testing.F) {
	for _, s := range []string{
		"On 31/12/1999 and 2011-05-02, in the late 1970s.",
		"Three days later, the 9th of June 1967, 32/13/2019, 2019-13-45.",
		"in 0000, the 0th century, 9999-99, mid-0000s, Q9 2019, the fifth half of 2019",
		"1999-2100, 2010-09, 0001/02/03, 29/02/2019, 29/02/2020, on the 31st of February 2001",
		"every 0 days, 0 years ago, a month earlier than 0001",
		"late March, early mid-2003, the 22nd century, week 53, last weekend",
		"Resolution 242, Flight 1549, $4.5 billion, 9 percent, 5,000 soldiers, G-20",
	} {
		f.Add(s, int64(0))
	}
	tg := timex.New()
	f.Fuzz(func(t *testing.T, text string, days int64) {
		ref := dyad.Day(time.Date(2019, 6, 2, 0, 0, 0, 0, time.UTC).AddDate(0, 0, int(days%200000)))
		for _, m := range tg.Tag(text, ref) {
			if m.Start < 0 || m.End > len(text) || m.Start >= m.End {
				t.Fatalf("bad span %v in %q", m.Span, text)
			}
			if utf8.ValidString(text) && !utf8.ValidString(text[m.Start:m.End]) {
				t.Fatalf("span %v splits a character in %q", m.Span, text)
			}
			if !validValue(m.Type, m.Value) {
				t.Fatalf("impossible %s value %q for %q in %q", m.Type, m.Value, text[m.Start:m.End], text)
			}
			if (m.Type == "date" || m.Type == "time") && (m.Date.Begin.IsZero() || !m.Date.Begin.Before(m.Date.End)) {
				t.Fatalf("%s value %q has no period", m.Type, m.Value)
			}
		}
		timex.DocumentDate(text)
	})
}
