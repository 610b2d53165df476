package ingest

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/dyadproject/dyad"
)

// This is a small parser for the absolute dates that bylines, feeds and
// corpora carry. Relative and partial dates ("yesterday", "June 2") are
// left to the timex stage, which runs when Document.Published is empty.

const (
	monthPat = `(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`
	dayPat   = `(\d{1,2})(?:st|nd|rd|th)?`
	wdayPat  = `(?:(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?`
)

// datePatterns are tried in turn; the leftmost match wins, then the
// longest. Each names the order of its groups.
var datePatterns = []struct {
	re    *regexp.Regexp
	order string // y m d w (weekday) s (separator); M is a month name
}{
	{regexp.MustCompile(`(?i)\b(\d{4})-(\d{1,2})-(\d{1,2})(?:\b|T)`), "ymd"},
	{regexp.MustCompile(`(?i)\b(\d{4})/(\d{1,2})/(\d{1,2})\b`), "ymd"},
	{regexp.MustCompile(`(?i)\b` + wdayPat + `(\d{1,2})([/.-])(\d{1,2})[/.-](\d{4}|\d{2})\b`), "wasbY"},
	{regexp.MustCompile(`(?i)\b` + wdayPat + monthPat + `\s+` + dayPat + `,?\s+(\d{4})\b`), "wMdy"},
	{regexp.MustCompile(`(?i)\b` + wdayPat + dayPat + `\s+(?:of\s+)?` + monthPat + `,?\s+(\d{4})\b`), "wdMy"},
	{regexp.MustCompile(`(?i)\b` + monthPat + `,?\s+(\d{4})\b`), "My"},
}

// ParseDate finds the first absolute date in s, such as "2019-06-02",
// "March 3, 2019", "3 March 2019", "Tue, 04/06/2019 - 09:15" or "June
// 2019", and returns it at day or month precision. Numeric dates with
// slashes are read month first, as in the US, unless the first number is
// over 12 or a weekday in s fits only the day-first reading; dates with
// dots are read day first.
func ParseDate(s string) (dyad.Date, bool) {
	d, _, _, ok := findDate(s)
	return d, ok
}

// findDate is ParseDate that also returns where in s the date is.
func findDate(s string) (dyad.Date, int, int, bool) {
	var best dyad.Date
	if !strings.ContainsAny(s, "0123456789") {
		return best, -1, -1, false // every pattern needs a year
	}
	bs, be := -1, -1
	for _, p := range datePatterns {
		for _, m := range p.re.FindAllStringSubmatchIndex(s, 4) {
			if bs >= 0 && (m[0] > bs || m[0] == bs && m[1] <= be) {
				break
			}
			d, ok := buildDate(s, m, p.order)
			if ok {
				best, bs, be = d, m[0], m[1]
				break
			}
		}
	}
	return best, bs, be, bs >= 0
}

func buildDate(s string, m []int, order string) (dyad.Date, bool) {
	group := func(i int) string {
		if m[2*i+2] < 0 {
			return ""
		}
		return s[m[2*i+2]:m[2*i+3]]
	}
	var y, mo, d, a, b int
	var wday, sep string
	for i, c := range order {
		g := group(i)
		switch c {
		case 'y':
			y, _ = strconv.Atoi(g)
		case 'Y':
			y, _ = strconv.Atoi(g)
			if len(g) == 2 { // POSIX strptime's pivot: 69-99 are 1900s
				y += 2000
				if y >= 2069 {
					y -= 100
				}
			}
		case 'm':
			mo, _ = strconv.Atoi(g)
		case 'M':
			mo = monthNumber(g)
		case 'd':
			d, _ = strconv.Atoi(g)
		case 'a':
			a, _ = strconv.Atoi(g)
		case 'b':
			b, _ = strconv.Atoi(g)
		case 'w':
			wday = strings.ToLower(g)
		case 's':
			sep = g
		}
	}
	if strings.Contains(order, "a") {
		mo, d = numericOrder(a, b, y, sep, wday)
	}
	if y < 1000 || y > 2999 || mo < 1 || mo > 12 {
		return dyad.Date{}, false
	}
	if !strings.ContainsAny(order, "dab") {
		return dyad.Month(y, time.Month(mo)), true
	}
	if !validDay(y, mo, d) {
		return dyad.Date{}, false
	}
	return dyad.Day(time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)), true
}

// numericOrder decides whether a/b is month/day or day/month.
func numericOrder(a, b, y int, sep, wday string) (month, day int) {
	switch {
	case sep == ".":
		return b, a
	case a > 12:
		return b, a
	case b > 12:
		return a, b
	}
	if wday != "" && validDay(y, a, b) && validDay(y, b, a) {
		us := time.Date(y, time.Month(a), b, 0, 0, 0, 0, time.UTC).Weekday()
		eu := time.Date(y, time.Month(b), a, 0, 0, 0, 0, time.UTC).Weekday()
		if !weekdayIs(us, wday) && weekdayIs(eu, wday) {
			return b, a
		}
	}
	return a, b
}

func weekdayIs(w time.Weekday, name string) bool {
	return strings.HasPrefix(strings.ToLower(w.String()), name[:min(3, len(name))])
}

func validDay(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	return t.Day() == d
}

func monthNumber(name string) int {
	name = strings.ToLower(strings.TrimSuffix(name, "."))
	for i, m := range []string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"} {
		if strings.HasPrefix(name, m) {
			return i + 1
		}
	}
	return 0
}
