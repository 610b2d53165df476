package timex

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/dyadproject/dyad"
)

// holiday is a day named by a feast or festival (words.txt, [holiday]).
type holiday struct {
	words        []string
	month, day   int // a fixed date, or 0
	easter       int // days from Easter Sunday, when easterBased
	easterBased  bool
	thanksgiving bool
}

func parseHoliday(words []string, v string) (holiday, error) {
	h := holiday{words: words}
	switch {
	case v == "T":
		h.thanksgiving = true
	case strings.HasPrefix(v, "E"):
		n, err := strconv.Atoi(strings.TrimPrefix(v[1:], "+"))
		if err != nil {
			return h, fmt.Errorf("bad Easter offset")
		}
		h.easter, h.easterBased = n, true
	default:
		m, d, ok := strings.Cut(v, "-")
		h.month, h.day = atoi(m), atoi(d)
		if !ok || h.month < 1 || h.month > 12 || h.day < 1 || h.day > 31 {
			return h, fmt.Errorf("want MM-DD, E+N or T")
		}
	}
	return h, nil
}

// in returns the holiday's day in year y.
func (h holiday) in(y int) time.Time {
	switch {
	case h.easterBased:
		return easter(y).AddDate(0, 0, h.easter)
	case h.thanksgiving:
		nov1 := utc(y, 11, 1)
		first := (4 - iso(nov1) + 7) % 7 // days to the first Thursday
		return nov1.AddDate(0, 0, first+21)
	}
	return utc(y, h.month, h.day)
}

// easter returns Western Easter Sunday of year y (the anonymous Gregorian
// algorithm).
func easter(y int) time.Time {
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return utc(y, month, day)
}

// holidayAt reads a holiday at token i ("on Boxing Day", "by Easter"), in
// the year the tense and the story give, as for "3 March".
func (s *scanner) holidayAt(i int) (hit, bool) {
	if !s.has(i, cHoliday) || !s.capital(i) {
		return hit{}, false
	}
	for _, h := range s.lx.holidays {
		end := i
		for _, w := range h.words {
			if s.n(end) != w {
				end = -1
				break
			}
			end++
		}
		if end < 0 {
			continue
		}
		if end < len(s.toks) && s.capital(end) && s.cls[end] == 0 && s.toks[end].Kind == dyad.Word {
			return hit{}, false // "the Good Friday Agreement", "the Easter Rising"
		}
		if y, k := s.yearAt(end); y > 0 {
			return date(k, ymd(h.in(y)), "") // "on Christmas Day 2000", "New Year's Day 2023"
		}
		// the year: judged on the holiday's usual month and day
		probe := h.in(s.refYear())
		y, anchor, ok := s.yearFor(int(probe.Month()), probe.Day(), s.tense(i, end))
		if !ok {
			return hit{}, false
		}
		return date(end, ymd(h.in(y)), anchor)
	}
	return hit{}, false
}

// refYear is the document's year, or 2000 without a reference.
func (s *scanner) refYear() int {
	if s.st.ref.Begin.IsZero() {
		return 2000
	}
	return s.st.ref.Begin.Year()
}
