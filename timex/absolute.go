package timex

import (
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// This file recognises dates written out in full or in part: "Oct 3,
// 1998", "the 9th of June 1967", "3 March", "2011-05-02", "28/02/2014",
// "Nov 1989", "in April", "on Monday", "1994" and year ranges "2010-11".

func iso(t time.Time) int { return (int(t.Weekday())+6)%7 + 1 }

// monthAt returns the month named by token i and the token after it: full
// names need a capital letter, abbreviations may carry a period.
func (s *scanner) monthAt(i int, abbrev bool) (int, int) {
	if !s.has(i, cMonth) {
		return 0, i
	}
	w := s.n(i)
	if m, ok := s.lx.month[w]; ok && s.capital(i) {
		return m, i + 1
	}
	if m, ok := s.lx.monthAbbr[w]; ok && abbrev && s.capital(i) {
		if s.n(i+1) == "." && s.adj(i+1) {
			return m, i + 2
		}
		return m, i + 1
	}
	return 0, i
}

// dayAt reads a day of the month: "3", "03", "3rd", "third".
func (s *scanner) dayAt(i int) (int, int) {
	w := s.n(i)
	if s.isNum(i) && len(w) <= 2 {
		if d := atoi(w); d >= 1 && d <= 31 {
			return d, i + 1
		}
	}
	if d := ordinalDigits(w); d >= 1 && d <= 31 {
		return d, i + 1
	}
	if s.has(i, cOrdinal) {
		return s.lx.ordinal[w], i + 1
	}
	return 0, i
}

// ordinalDigits reads "3RD", "21ST"; -1 otherwise.
func ordinalDigits(w string) int {
	if len(w) < 3 || len(w) > 4 {
		return -1
	}
	suf := w[len(w)-2:]
	if suf != "ST" && suf != "ND" && suf != "RD" && suf != "TH" {
		return -1
	}
	if !allDigits(w[:len(w)-2]) {
		return -1
	}
	return atoi(w[:len(w)-2])
}

// yearAt reads a four-digit year token, optionally after a comma.
func (s *scanner) yearAt(i int) (int, int) {
	j := i
	if s.n(j) == "," {
		j++
	}
	w := s.n(j)
	if s.isNum(j) && len(w) == 4 {
		// "August 2010 protesters" is a month and year; after a comma
		// ("March 3, 2000 troops") the number may be a count
		if y := atoi(w); validYear(y) && !(j > i && s.has(j+1, cTrapAfter)) {
			return y, j + 1
		}
	}
	return 0, i
}

// absolute tries the written-out and numeric dates at token i.
func (s *scanner) absolute(i int) (hit, bool) {
	j := i
	// an optional weekday before a full date: "Tuesday, June 4, 2019"
	if wd, ok := look(s, j, cWeekday, s.lx.weekday); ok {
		k := j + 1
		if s.n(k) == "," {
			k++
		}
		if h, ok := s.fullDate(k); ok {
			return s.weekdayYear(h, wd), true
		}
	}
	if _, ok := look(s, j, cWeekday, s.lx.weekdayAbbr); ok && s.capital(j) {
		k := j + 1
		if s.n(k) == "." {
			k++
		}
		if s.n(k) == "," {
			k++
		}
		if h, ok := s.fullDate(k); ok && h.value != "" {
			return h, true
		}
	}
	if h, ok := s.fullDate(i); ok {
		return h, true
	}
	if h, ok := s.numeric(i); ok {
		return h, true
	}
	if h, ok := s.bareMonth(i); ok {
		return h, true
	}
	if h, ok := s.holidayAt(i); ok {
		return h, true
	}
	if h, ok := s.shortYear(i); ok {
		return h, true
	}
	if h, ok := s.fiscalYear(i); ok {
		return h, true
	}
	return s.bareWeekday(i)
}

// weekdayYear moves a year-less day to the nearest year in which it falls
// on weekday wd: "Parliament returns on Tuesday 19th April" written in
// March 2022 is 2022-04-19 whatever the tense says, since 19 April 2021
// was a Monday.
func (s *scanner) weekdayYear(h hit, wd int) hit {
	if h.anchor == "" || len(h.value) != 10 {
		return h // the text gave the year
	}
	y, m, d := atoi(h.value[:4]), atoi(h.value[5:7]), atoi(h.value[8:10])
	if validDay(y, m, d) && iso(utc(y, m, d)) == wd {
		return h
	}
	ref := s.st.ref.Begin
	best, gap := 0, 0
	for _, yy := range []int{y - 1, y + 1, y - 2, y + 2} {
		if !validDay(yy, m, d) || iso(utc(yy, m, d)) != wd {
			continue
		}
		g := utc(yy, m, d).Sub(ref)
		if g < 0 {
			g = -g
		}
		if best == 0 || int(g.Hours()) < gap {
			best, gap = yy, int(g.Hours())
		}
	}
	if best != 0 {
		h.value = fmt.Sprintf("%04d", best) + h.value[4:]
	}
	return h
}

// fullDate reads day-month-year orders with an optional year.
func (s *scanner) fullDate(i int) (hit, bool) {
	var d, d2, m, y, end int
	switch {
	case s.n(i) == "THE":
		// the 9th of June 1967
		dd, j := s.dayAt(i + 1)
		if dd == 0 || s.n(j) != "OF" {
			return hit{}, false
		}
		mm, k := s.monthAt(j+1, true)
		if mm == 0 {
			return hit{}, false
		}
		d, m, end = dd, mm, k
	default:
		if dd, j := s.dayAt(i); dd > 0 {
			k := j
			if e, k2 := s.dayRangeEnd(k, dd); e > 0 {
				d2, k = e, k2
			}
			if s.n(k) == "OF" {
				k++
			}
			mm, k2 := s.monthAt(k, true)
			if mm == 0 {
				return hit{}, false
			}
			d, m, end = dd, mm, k2
			break
		}
		mm, j := s.monthAt(i, true)
		if mm == 0 {
			return hit{}, false
		}
		m, end = mm, j
		if dd, k := s.dayAt(j); dd > 0 && !s.has(j, cOrdinal) && !s.has(k, cTrapAfter) {
			d, end = dd, k
			if e, k2 := s.dayRangeEnd(k, dd); e > 0 {
				d2, end = e, k2
			}
		} else if s.n(j) == "OF" {
			if yy, k := s.yearAt(j + 1); yy > 0 {
				return date(k, fmt.Sprintf("%04d-%02d", yy, m), "")
			}
			// November of that year, of the following year, of last year
			if yy, k, anchor := s.yearSpec(j + 1); yy > 0 {
				return date(k, fmt.Sprintf("%04d-%02d", yy, m), anchor)
			}
			for _, f := range []func(int) (hit, bool){s.anaphoric, s.relative} {
				if h, ok := f(j + 1); ok && len(h.value) == 4 && h.typ == "date" {
					return date(h.end, h.value+fmt.Sprintf("-%02d", m), h.anchor)
				}
			}
			return hit{}, false
		}
	}
	y, end2 := s.yearAt(end)
	if d == 0 {
		if y == 0 {
			return hit{}, false // a bare month is bareMonth's business
		}
		return date(end2, fmt.Sprintf("%04d-%02d", y, m), "")
	}
	anchor := ""
	if y == 0 && s.n(end) == "OF" {
		// November 4 of that year, of the following year
		if yy, k, anc := s.yearSpec(end + 1); yy > 0 {
			y, end2, anchor = yy, k, anc
		}
	}
	if y == 0 {
		// "14 January this year", "on March 3 last year"
		if yy, k, anc := s.relativeYear(end); yy > 0 {
			y, end2, anchor = yy, k, anc
		}
	}
	if y == 0 {
		var ok bool
		y, anchor, ok = s.yearAfter(i, m, d, s.tense(i, end))
		if !ok {
			return hit{}, false
		}
	} else {
		end = end2
	}
	if !validDay(y, m, d) {
		return hit{}, false
	}
	if d2 > 0 {
		if !validDay(y, m, d2) {
			return hit{}, false
		}
		return date(end, fmt.Sprintf("%04d-%02d-%02d/%04d-%02d-%02d", y, m, d, y, m, d2), anchor)
	}
	return date(end, fmt.Sprintf("%04d-%02d-%02d", y, m, d), anchor)
}

// relativeYear reads "this year", "last year", "next year" or "that year"
// right after a month or a day, which names its year.
func (s *scanner) relativeYear(i int) (int, int, string) {
	switch s.n(i) {
	case "THIS", "LAST", "NEXT", "THAT":
		return s.yearSpec(i)
	}
	return 0, i, ""
}

// dayRangeEnd reads the "-5" of "June 3-5" after day d at token i, or the
// "to 3" of "from 1 to 3 March" when a month follows.
func (s *scanner) dayRangeEnd(i, d int) (int, int) {
	if w := s.n(i); (w == "-" || w == "\u2013") && s.adj(i) && s.adj(i+1) {
		if e, k := s.dayAt(i + 1); e > d {
			return e, k
		}
	}
	if w := s.n(i); (w == "TO" || w == "AND") && (s.n(i-2) == "FROM" || s.n(i-2) == "BETWEEN") {
		if e, k := s.dayAt(i + 1); e > d {
			if m, _ := s.monthAt(k, true); m > 0 {
				return e, k
			}
		}
	}
	return 0, i
}

// numeric reads 2011-05-02, 28/02/2014, 2010/11, 2010-11 and bare years.
func (s *scanner) numeric(i int) (hit, bool) {
	if !s.isNum(i) {
		return hit{}, false
	}
	w := s.n(i)
	if strings.ContainsAny(w, "/.") {
		return s.slashed(i, w)
	}
	if len(w) != 4 {
		return hit{}, false
	}
	y := atoi(w)
	// ISO 2011-05-02
	if s.n(i+1) == "-" && s.adj(i+1) && s.isNum(i+2) && s.adj(i+2) && s.n(i+3) == "-" && s.adj(i+3) && s.adj(i+4) {
		dw := s.n(i + 4)
		if len(dw) > 3 && dw[2] == 'T' {
			dw = dw[:2] // a timestamp, 2019-06-02T09:15:00Z
		}
		m, d := atoi(s.n(i+2)), atoi(dw)
		if len(s.n(i+2)) <= 2 && len(dw) <= 2 && allDigits(dw) && validDay(y, m, d) {
			return date(i+5, fmt.Sprintf("%04d-%02d-%02d", y, m, d), "")
		}
		return hit{}, false
	}
	if !s.yearContext(i) {
		return hit{}, false
	}
	// ranges 2010-11, 2012-15, 1998-2003
	if dash := s.n(i + 1); (dash == "-" || dash == "\u2013") && s.adj(i+1) && s.isNum(i+2) && s.adj(i+2) {
		if y2, ok := rangeEnd(y, s.n(i+2)); ok && !(s.n(i+3) == "-" && s.adj(i+3)) && !s.has(i+3, cTrapAfter) {
			return date(i+3, fmt.Sprintf("%04d/%04d", y, y2), "")
		}
	}
	if y < 1600 || y > 2100 {
		return hit{}, false
	}
	return date(i+1, w, "")
}

// yearContext reports whether a four-digit number at i may be a year: it is
// not a resolution, flight or sum of money, nor a count of something.
func (s *scanner) yearContext(i int) bool {
	prev := s.n(i - 1)
	if s.has(i-1, cTrapBefore) || prev == "$" || prev == "£" || prev == "€" || prev == "#" || prev == "¥" || prev == "₹" {
		return false
	}
	if s.adj(i) && (prev == "-" || prev == "." || prev == "/" || prev == "+") {
		return false
	}
	if s.has(i-2, cTrapBefore) && prev == "." {
		return false // No. 1549
	}
	next := s.n(i + 1)
	if next == "%" || s.has(i+1, cTrapAfter) && !s.openingIn(i-1) {
		return false
	}
	if next == "-" && s.adj(i+1) && s.has(i+3, cTrapAfter) {
		return false
	}
	return true
}

// openingIn reports whether token i is a preposition of time that opens
// its clause: "In 1999 troops crossed the border" is a year, where "sent
// 1999 troops" would be a count.
func (s *scanner) openingIn(i int) bool {
	switch s.n(i) {
	case "IN", "SINCE", "UNTIL", "DURING", "BY":
	default:
		return false
	}
	switch s.n(i - 1) {
	case "", ".", ",", ";", ":", "AND", "BUT", "THEN", "(", "\u2014", "-":
		return true
	}
	return false
}

// rangeEnd reads the second year of a range after year y: two digits
// continue y's century, four digits stand alone; it must come after y.
func rangeEnd(y int, w string) (int, bool) {
	var y2 int
	switch len(w) {
	case 2:
		y2 = y/100*100 + atoi(w)
		if y2 <= y {
			y2 += 100
		}
	case 4:
		y2 = atoi(w)
	default:
		return 0, false
	}
	if y2 <= y || y2-y > 100 || !validYear(y2) {
		return 0, false
	}
	return y2, true
}

// slashed reads one token with slashes or dots: dates and fiscal years.
func (s *scanner) slashed(i int, w string) (hit, bool) {
	sep := "/"
	if !strings.Contains(w, "/") {
		sep = "."
	}
	parts := strings.Split(w, sep)
	for _, p := range parts {
		if !allDigits(p) {
			return hit{}, false
		}
	}
	if len(parts) == 2 && sep == "/" && len(parts[0]) == 4 && s.yearContext(i) {
		y := atoi(parts[0])
		if y2, ok := rangeEnd(y, parts[1]); ok && validYear(y) {
			return date(i+1, fmt.Sprintf("%04d/%04d", y, y2), "")
		}
		return hit{}, false
	}
	if len(parts) != 3 {
		return hit{}, false
	}
	a, b, c := atoi(parts[0]), atoi(parts[1]), atoi(parts[2])
	var y, m, d int
	switch {
	case len(parts[0]) == 4:
		y, m, d = a, b, c
	case len(parts[2]) == 4 || len(parts[2]) == 2:
		y = c
		if len(parts[2]) == 2 {
			y = 1900 + c
			if ry := s.st.ref.Begin.Year(); ry > 0 && 2000+c <= ry+1 || ry == 0 && c < 50 {
				y = 2000 + c
			}
		}
		switch {
		case a > 12:
			d, m = a, b
		case b > 12:
			m, d = a, b
		case s.st.dayFirst:
			d, m = a, b
		default:
			m, d = a, b
		}
		if sep == "." && a <= 12 && b <= 12 && !s.st.dayFirst {
			d, m = a, b // dotted dates are European
		}
	default:
		return hit{}, false
	}
	if !validDay(y, m, d) {
		return hit{}, false
	}
	return date(i+1, fmt.Sprintf("%04d-%02d-%02d", y, m, d), "")
}

// monthCue lists words before which a bare "May" or "March" is a month.
var monthCue = map[string]bool{
	"IN": true, "SINCE": true, "BY": true, "UNTIL": true, "TILL": true, "THROUGH": true,
	"FROM": true, "BEFORE": true, "AFTER": true, "DURING": true, "OF": true, "TO": true,
	"AND": true, "OR": true, "EARLY": true, "LATE": true, "MID": true, "LAST": true,
	"NEXT": true, "THIS": true, "THAT": true, "BETWEEN": true, "EARLIER": true, "LATER": true,
	"THROUGHOUT": true, "FOR": true, "ON": true, "-": true,
}

// weakMonthCue lists the cues too weak to make "May" a month, since
// they also come before the name.
var weakMonthCue = map[string]bool{"TO": true, "AND": true, "OR": true, "FOR": true, "ON": true, "-": true, "OF": true}

// bareMonth reads "April" in "in April": the year comes from the
// narrative or from tense and the document date.
func (s *scanner) bareMonth(i int) (hit, bool) {
	m, end := s.monthAt(i, false)
	if m == 0 {
		// "in Feb.", "in Sept": an abbreviation alone, with its period
		// or unmistakable
		mm, ok := look(s, i, cMonth, s.lx.monthAbbr)
		if !ok || !s.capital(i) || !(s.n(i+1) == "." && s.adj(i+1) || s.n(i) == "SEPT") {
			return hit{}, false
		}
		m, end = mm, i+1
		if s.n(end) == "." {
			end++
		}
	}
	if h, ok := s.followingMonth(i, m, end); ok {
		return h, ok
	}
	if (m == 5 || m == 3) && !monthCue[s.n(i-1)] {
		return hit{}, false
	}
	if m == 5 && weakMonthCue[s.n(i-1)] {
		return hit{}, false // "spoke to May", "Corbyn and May"
	}
	if (m == 4 || m == 6) && !monthCue[s.n(i-1)] && s.capital(end) && !s.has(end, cMonth|cWeekday|cTrigger) && !s.isNum(end) {
		// "On 25 July 1990 April Glaspie met Saddam": a first name
		return hit{}, false
	}
	if w := s.n(i - 1); w == "THE" || (w == "-" && !s.adj(i)) {
		return hit{}, false // "the March 3 rally" is handled elsewhere; "the Long March"
	}
	if s.inName(i) {
		return hit{}, false // "Black September"
	}
	// "between March and May 2020": the first month shares the year
	switch s.n(end) {
	case "AND", "TO", "THROUGH", "UNTIL", "-", "\u2013":
		if m2, k := s.monthAt(end+1, true); m2 > 0 {
			if y, _ := s.yearAt(k); y > 0 {
				if m > m2 {
					y--
				}
				return date(end, fmt.Sprintf("%04d-%02d", y, m), "")
			}
		}
	}
	if y, k, anchor := s.relativeYear(end); y > 0 {
		return date(k, fmt.Sprintf("%04d-%02d", y, m), anchor) // "March last year"
	}
	y, anchor, ok := s.yearAfter(i, m, 0, s.tense(i, end))
	if !ok {
		return hit{}, false
	}
	return date(end, fmt.Sprintf("%04d-%02d", y, m), anchor)
}

// followingMonth reads "the following January", "the next March" and "the
// previous May": the first such month after (or before) the story's time,
// else the document date. "The second war came in 1965 ... The following
// January" is 1966-01.
func (s *scanner) followingMonth(i, m, end int) (hit, bool) {
	dir := 0
	switch s.n(i - 1) {
	case "FOLLOWING", "NEXT":
		dir = 1
	case "PREVIOUS", "PRECEDING":
		dir = -1
	default:
		return hit{}, false
	}
	ref, anchor := s.st.narr, "narrative"
	if ref.Begin.IsZero() || s.st.narrDoc {
		ref, anchor = s.st.ref, "document"
	}
	if ref.Begin.IsZero() {
		return hit{}, false
	}
	y, rm := ref.Begin.Year(), int(ref.Begin.Month())
	switch {
	case dir > 0 && m <= rm:
		y++
	case dir < 0 && m >= rm:
		y--
	}
	return date(end, fmt.Sprintf("%04d-%02d", y, m), anchor)
}

// shortYear reads a year written with two digits after an apostrophe:
// "in '75", "the class of '68" (not "the '70s", a decade). The century is
// the one that puts the year no later than ten years after the document.
func (s *scanner) shortYear(i int) (hit, bool) {
	if s.n(i) != "'" || !s.isNum(i+1) || !s.adj(i+1) || len(s.n(i+1)) != 2 || !allDigits(s.n(i+1)) {
		return hit{}, false
	}
	if w := s.n(i + 2); (w == "S" || w == "'S") && s.adj(i+2) {
		return hit{}, false
	}
	return date(i+2, fmt.Sprintf("%04d", s.fullYear(atoi(s.n(i+1)))), "")
}

// fullYear completes a two-digit year.
func (s *scanner) fullYear(yy int) int {
	ref := s.refYear()
	y := ref/100*100 + yy
	if y > ref+10 {
		y -= 100
	}
	return y
}

// fiscalYear reads "FY2022", "FY21", "FY 2021" and "FY2021-22" as the year
// they name (an interval for the split form), as financial reporting does.
func (s *scanner) fiscalYear(i int) (hit, bool) {
	w, k := s.n(i), i+1
	if w == "FY" {
		w, k = "FY"+s.n(i+1), i+2
	}
	digits, ok := strings.CutPrefix(w, "FY")
	if a, b, split := strings.Cut(digits, "-"); split && ok && len(a) == 4 && allDigits(a) && validYear(atoi(a)) {
		// "FY2021-22", one token
		if y2, ok := rangeEnd(atoi(a), b); ok {
			return date(k, fmt.Sprintf("%s/%04d", a, y2), "")
		}
	}
	if !ok || !allDigits(digits) || len(digits) != 2 && len(digits) != 4 {
		return hit{}, false
	}
	y := atoi(digits)
	if len(digits) == 2 {
		y = s.fullYear(y)
	}
	if !validYear(y) {
		return hit{}, false
	}
	if dash := s.n(k); (dash == "-" || dash == "/") && s.adj(k) && s.isNum(k+1) && s.adj(k+1) {
		if y2, ok := rangeEnd(y, s.n(k+1)); ok {
			return date(k+2, fmt.Sprintf("%04d/%04d", y, y2), "")
		}
	}
	return date(k, fmt.Sprintf("%04d", y), "")
}

// inName reports whether a bare month or weekday at i follows a
// capitalised word of a name ("Black September", "Good Friday", "Bloody
// Sunday", "Super Tuesday"): one that is neither a word of the time
// lexicon ("Last", "Early", "Next") nor a function word ("On", "Since").
func (s *scanner) inName(i int) bool {
	if i == 0 || !s.capital(i-1) {
		return false
	}
	if s.lx.holidayWord[s.n(i-1)] {
		return true // "Good Friday": the holiday or, rejected there, a name
	}
	if s.has(i-1, cTrigger|cStart|cPointMod|cMonth|cWeekday) {
		return false
	}
	switch s.n(i - 1) {
	case "ON", "IN", "AT", "BY", "SINCE", "UNTIL", "TILL", "FROM", "DURING", "BEFORE", "AFTER", "FOR", "OF",
		"TO", "AND", "BUT", "OR", "BETWEEN", "THROUGH", "THROUGHOUT", "WITHIN", "AROUND", "ABOUT", "AS",
		"THEN", "NOW", "ONLY", "ALSO", "EVEN", "NOT", "SO", "YET", "LATE", "EARLY":
		return false
	}
	r, _ := utf8.DecodeRuneInString(s.raw(i - 1))
	return unicode.IsLetter(r)
}

// bareWeekday reads "Monday" and "Monday morning".
func (s *scanner) bareWeekday(i int) (hit, bool) {
	wd, ok := look(s, i, cWeekday, s.lx.weekday)
	end := i + 1
	if !ok && s.n(i-1) == "ON" && s.n(i+1) == "." && s.adj(i+1) {
		// "on Tues.", "on Wed."
		wd, ok = look(s, i, cWeekday, s.lx.weekdayAbbr)
		end = i + 2
	}
	if !ok || !s.capital(i) || s.has(end, cNotWeekday) || s.inName(i) {
		return hit{}, false // "Good Friday Agreement", "Bloody Sunday"
	}
	v, anchor := s.weekday(wd, "", s.tense(i, end))
	h, ok := date(end, v, anchor)
	return s.withDayPart(h, ok)
}

// withDayPart extends a day by a following "morning", "night" etc.
func (s *scanner) withDayPart(h hit, ok bool) (hit, bool) {
	if !ok {
		return h, ok
	}
	if p, found := look(s, h.end, cDayPart, s.lx.dayPart); found && len(h.value) == 10 {
		h.end++
		h.typ = "time"
		h.value += "T" + p
	}
	return h, ok
}
