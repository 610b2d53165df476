package timex

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/dyadproject/dyad"
)

// This file resolves expressions relative to the document date
// ("yesterday", "last week", "three years ago") and to the narrative
// reference time ("a month earlier", "the next year", "later that month").

// numAt reads a count: digits ("72", "1.5"), number words ("three",
// "twenty-five", "a") and "half a".
func (s *scanner) numAt(i int) (float64, int) {
	w := s.n(i)
	if s.isNum(i) && !strings.ContainsAny(w, ",:/") {
		f, err := strconv.ParseFloat(w, 64)
		if err == nil && f > 0 && f < 10000 {
			return f, i + 1
		}
		return 0, i
	}
	if w == "HALF" && (s.n(i+1) == "A" || s.n(i+1) == "AN") {
		return 0.5, i + 2
	}
	if f := s.wordNumAt(i, w); f > 0 {
		// "twenty five" and "twenty-five", whose hyphen the segmenter drops
		if f >= 20 && f < 100 && int(f)%10 == 0 {
			if u, _ := look(s, i+1, cNumber, s.lx.number); u > 0 && u < 10 && s.n(i+1) != "A" && s.n(i+1) != "AN" {
				return f + float64(u), i + 2
			}
		}
		return f, i + 1
	}
	return 0, i
}

// wordNum reads "three" or "twenty-five"; 0 when w is not a number word.
func (s *scanner) wordNum(w string) float64 {
	if n, ok := s.lx.number[w]; ok {
		return float64(n)
	}
	a, b, ok := strings.Cut(w, "-")
	if !ok {
		return 0
	}
	x, y := s.lx.number[a], s.lx.number[b]
	if x >= 20 && x%10 == 0 && y > 0 && y < 10 {
		return float64(x + y)
	}
	return 0
}

// wordNumAt is wordNum for token i, whose class rules most words out
// without a lookup.
func (s *scanner) wordNumAt(i int, w string) float64 {
	if !s.has(i, cNumber) && !strings.Contains(w, "-") {
		return 0
	}
	return s.wordNum(w)
}

// unitAt reads a duration unit word.
func (s *scanner) unitAt(i int) (unit, int) {
	if u, ok := look(s, i, cUnit, s.lx.unit); ok {
		return u, i + 1
	}
	return unit{}, i
}

// shiftFrom moves base by n of unit u and returns the value at u's
// granularity; decades and centuries move by years.
func shiftFrom(base dyad.Date, n float64, u unit) (string, bool) {
	if n != float64(int(n)) {
		return "", false
	}
	k := int(n) * u.mult
	if u.clock {
		return "", false
	}
	return shift(base, k, u.letter)
}

// relative reads expressions anchored to the document date.
func (s *scanner) relative(i int) (hit, bool) {
	ref := s.st.ref
	if ref.Begin.IsZero() {
		return hit{}, false
	}
	t := ref.Begin
	w := s.n(i)
	doc := func(end int, v string) (hit, bool) { return date(end, v, "document") }
	switch w {
	case "YESTERDAY", "TODAY", "TOMORROW":
		off := map[string]int{"YESTERDAY": -1, "TODAY": 0, "TOMORROW": 1}[w]
		h, ok := doc(i+1, ymd(t.AddDate(0, 0, off)))
		return s.withDayPart(h, ok)
	case "TONIGHT":
		return hit{end: i + 1, typ: "time", value: ymd(t) + "TNI", anchor: "document"}, true
	case "LAST", "THIS", "NEXT":
		// "the last week", "his last week in office", "Obama's last year"
		// count from some other time than the document's
		switch s.n(i - 1) {
		case "THE", "HIS", "HER", "ITS", "THEIR", "OUR", "MY", "YOUR", "'S":
			return hit{}, false
		}
		return s.deictic(i, w)
	case "THE":
		// the day before yesterday, the day after tomorrow
		if s.n(i+1) == "DAY" && (s.n(i+2) == "BEFORE" && s.n(i+3) == "YESTERDAY" || s.n(i+2) == "AFTER" && s.n(i+3) == "TOMORROW") {
			off := 2
			if s.n(i+2) == "BEFORE" {
				off = -2
			}
			return doc(i+4, ymd(t.AddDate(0, 0, off)))
		}
		if s.n(i+1) != "WEEKEND" {
			return hit{}, false
		}
		// over the weekend: the one just past, or the coming one
		wd := iso(t)
		sat := t.AddDate(0, 0, 6-wd)
		if wd < 6 && s.tense(i, i+2) <= 0 {
			sat = sat.AddDate(0, 0, -7)
		}
		return doc(i+2, isoWeek(sat)+"-WE")
	case "EARLIER", "LATER":
		if s.n(i+1) == "THIS" {
			if h, ok := s.deictic(i+1, "THIS"); ok {
				return h, true
			}
		}
		return hit{}, false
	}
	// N units ago
	n, j := s.numAt(i)
	if n == 0 {
		return hit{}, false
	}
	u, k := s.unitAt(j)
	if u.letter == "" {
		return hit{}, false
	}
	switch {
	case s.n(k) == "AGO" && n == float64(int(n)) && !u.clock && s.agoSameTime(k+1) > 0:
		// "eight years ago today", "seventy-five years ago this morning",
		// "forty years ago this month": the same day, week or month, years
		// back
		k2, y, m, d := int(n)*u.mult, 0, 0, 0
		switch u.letter {
		case "Y":
			y = -k2
		case "M":
			m = -k2
		case "W":
			d = -7 * k2
		default:
			d = -k2
		}
		t, end := ref.Begin.AddDate(y, m, d), k+1+s.agoSameTime(k+1)
		switch s.n(end - 1) {
		case "MONTH":
			return doc(end, t.Format("2006-01"))
		case "WEEK":
			return doc(end, isoWeek(t))
		}
		return doc(end, ymd(t))
	case s.n(k) == "AGO":
		if v, ok := shiftFrom(ref, -n, u); ok {
			return doc(k+1, v)
		}
	case s.n(k) == "FROM" && (s.n(k+1) == "NOW" || s.n(k+1) == "TODAY"):
		if v, ok := shiftFrom(ref, n, u); ok {
			return doc(k+2, v)
		}
	}
	return hit{}, false
}

// deictic reads LAST/THIS/NEXT followed by a unit, month, weekday or season.
func (s *scanner) deictic(i int, rel string) (hit, bool) {
	ref := s.st.ref
	t := ref.Begin
	k := map[string]int{"LAST": -1, "THIS": 0, "NEXT": 1}[rel]
	w := s.n(i + 1)
	end := i + 2
	doc := func(v string) (hit, bool) { return date(end, v, "document") }
	switch w {
	case "NIGHT":
		if rel == "LAST" {
			return hit{end: end, typ: "time", value: ymd(t.AddDate(0, 0, -1)) + "TNI", anchor: "document"}, true
		}
		if rel == "THIS" {
			return hit{end: end, typ: "time", value: ymd(t) + "TNI", anchor: "document"}, true
		}
	case "MORNING", "AFTERNOON", "EVENING":
		if rel == "THIS" {
			return hit{end: end, typ: "time", value: ymd(t) + "T" + s.lx.dayPart[w], anchor: "document"}, true
		}
	case "WEEK":
		return doc(isoWeek(t.AddDate(0, 0, 7*k)))
	case "WEEKEND":
		return doc(isoWeek(t.AddDate(0, 0, 7*k)) + "-WE")
	case "MONTH":
		// from the first of the month: "last month" on 31 March is
		// February, which 31 February would roll past
		return doc(ym(utc(t.Year(), int(t.Month()), 1).AddDate(0, k, 0)))
	case "YEAR":
		return doc(fmt.Sprintf("%04d", t.Year()+k))
	case "DECADE":
		return doc(fmt.Sprintf("%03d", (t.Year()+10*k)/10))
	case "CENTURY":
		return doc(fmt.Sprintf("%02d", (t.Year()+100*k)/100))
	case "QUARTER":
		q := (int(t.Month())-1)/3 + k
		y := t.Year()
		for q < 0 {
			q += 4
			y--
		}
		for q > 3 {
			q -= 4
			y++
		}
		return doc(fmt.Sprintf("%04d-Q%d", y, q+1))
	}
	if m, ok := look(s, i+1, cMonth, s.lx.month); ok && s.capital(i+1) {
		y, rm := t.Year(), int(t.Month())
		switch {
		case rel == "LAST" && m >= rm:
			y--
		case rel == "NEXT" && m <= rm:
			y++
		}
		return doc(fmt.Sprintf("%04d-%02d", y, m))
	}
	if wd, ok := look(s, i+1, cWeekday, s.lx.weekday); ok {
		v, _ := s.weekday(wd, rel, 0)
		h, ok := doc(v)
		return s.withDayPart(h, ok)
	}
	if code, ok := look(s, i+1, cSeason, s.lx.season); ok {
		return doc(seasonNear(ref, code, k))
	}
	return hit{}, false
}

// seasonFrom returns the first season code after the period b (step 1),
// or the last one before it (step -1): "the following spring" after June
// 2014 is 2015-SP.
func seasonFrom(b dyad.Date, code string, step int) string {
	sm, ok := seasonMonths[code]
	if !ok {
		return ""
	}
	for y := b.Begin.Year() - 1; y <= b.Begin.Year()+1; y++ {
		start := utc(y, sm[0], 1)
		end := start.AddDate(0, sm[1], 0)
		if step > 0 && !start.Before(b.End) || step < 0 && !end.After(b.Begin) && end.AddDate(1, 0, 0).After(b.Begin) {
			return fmt.Sprintf("%04d-%s", y, code)
		}
	}
	return ""
}

// seasonNear returns the last season code that ended before ref (k=-1),
// the one that holds or follows ref in its year (k=0) or the first that
// starts after ref (k=1).
func seasonNear(ref dyad.Date, code string, k int) string {
	y := ref.Begin.Year()
	val := func(y int) (string, dyad.Date) {
		v := fmt.Sprintf("%04d-%s", y, code)
		d, _ := DateOf(v)
		return v, d
	}
	switch k {
	case -1:
		for yy := y; yy > y-3; yy-- {
			if v, d := val(yy); !d.End.After(ref.Begin) {
				return v
			}
		}
	case 1:
		for yy := y; yy < y+3; yy++ {
			if v, d := val(yy); d.Begin.After(ref.Begin) {
				return v
			}
		}
	}
	if code == "WI" && ref.Begin.Month() <= 2 {
		y-- // January's winter began in December
	}
	v, _ := val(y)
	return v
}

// afterRef reports whether value v begins after the document date.
func (s *scanner) afterRef(v string) bool {
	d, ok := DateOf(v)
	return ok && !s.st.ref.Begin.IsZero() && !d.Begin.Before(s.st.ref.End)
}

// base returns the time an anaphoric expression counts from: the last
// date in the story, else the document date.
// thatYear returns the year "that year" means: the one a thing was named
// with in the sentence before, when that sentence had no other date and
// none of this one has moved the story yet, else the story's time.
func (s *scanner) thatYear() (dyad.Date, string) {
	if !s.named.Begin.IsZero() {
		return s.named, "narrative"
	}
	return s.base()
}

func (s *scanner) base() (dyad.Date, string) {
	if !s.st.narr.Begin.IsZero() {
		return s.st.narr, "narrative"
	}
	if !s.st.ref.Begin.IsZero() {
		return s.st.ref, "document"
	}
	return dyad.Date{}, ""
}

// dayOfStoryMonth reads "the 23rd" after "on" ("on the 23rd, another
// left three sailors hurt") and "the 12th of that month" as a day of the
// story's month, which must be known to the month. "The 20th century" and
// "the 23rd Party Congress" name no day: a digit ordinal counts only when
// the phrase ends there.
func (s *scanner) dayOfStoryMonth(i int, b dyad.Date, anchor string) (hit, bool) {
	d := ordinalDigits(s.n(i + 1))
	if d < 1 || d > 31 || rank(b.Precision) > rank(dyad.PrecMonth) {
		return hit{}, false
	}
	end := i + 2
	switch {
	case s.n(end) == "OF" && (s.n(end+1) == "THAT" || s.n(end+1) == "THE") && s.n(end+2) == "MONTH":
		end += 3
	case s.n(end) == "OF" && s.n(end+1) == "THE" && s.n(end+2) == "SAME" && s.n(end+3) == "MONTH":
		end += 4
	case s.n(i-1) != "ON" || !dayEnds[s.n(end)]:
		return hit{}, false
	}
	y, m := b.Begin.Year(), int(b.Begin.Month())
	if !validDay(y, m, d) {
		return hit{}, false // "the 31st" of a 30-day month
	}
	return date(end, ymd(utc(y, m, d)), anchor)
}

// dayEnds holds the words that may follow "on the 23rd" when it is a day.
var dayEnds = map[string]bool{
	",": true, ".": true, ";": true, ":": true, "AND": true, "BUT": true, "WHEN": true,
	"A": true, "AN": true, "THE": true, "ANOTHER": true, "IT": true, "HE": true, "SHE": true, "THEY": true,
}

var anaphoricStep = map[string]int{
	"NEXT": 1, "FOLLOWING": 1, "PREVIOUS": -1, "PRECEDING": -1, "SAME": 0,
}

var unitGrain = map[string]unit{
	"DAY": {"D", 1, false}, "WEEK": {"W", 1, false}, "MONTH": {"M", 1, false},
	"YEAR": {"Y", 1, false}, "DECADE": {"Y", 10, false},
}

// anaphoric reads expressions anchored to the narrative reference time.
func (s *scanner) anaphoric(i int) (hit, bool) {
	b, anchor := s.base()
	if b.Begin.IsZero() {
		return hit{}, false
	}
	out := func(end int, v string, ok bool, decade bool) (hit, bool) {
		if !ok {
			return hit{}, false
		}
		if decade && len(v) == 4 {
			v = v[:3]
		}
		return date(end, v, anchor)
	}
	w := s.n(i)
	switch w {
	case "THE":
		// "the following spring": the first such season after the
		// story's time; "the previous winter" the last before it
		if step, isStep := anaphoricStep[s.n(i+1)]; isStep && step != 0 {
			if code, ok := look(s, i+2, cSeason, s.lx.season); ok && rank(b.Precision) <= rank(dyad.PrecYear) {
				if v := seasonFrom(b, code, step); v != "" {
					h, ok := date(i+3, v, anchor)
					h.back = step < 0
					return h, ok
				}
			}
			// "the following February" after 1969 is February 1970; after
			// October 1969 too; "the previous March" the last before
			if m, end := s.monthAt(i+2, false); m > 0 && rank(b.Precision) <= rank(dyad.PrecYear) {
				y := b.Begin.Year()
				switch {
				case step > 0 && (b.Precision == dyad.PrecYear || m <= int(b.Begin.Month())):
					y++
				case step < 0 && (b.Precision == dyad.PrecYear || m >= int(b.Begin.Month())):
					y--
				}
				h, ok := date(end, fmt.Sprintf("%04d-%02d", y, m), anchor)
				h.back = step < 0
				return h, ok
			}
			// "the following decade" after "the 1990s"
			if s.n(i+2) == "DECADE" && s.lastDecade != "" {
				d := atoi(s.lastDecade) + step
				h, ok := date(i+3, fmt.Sprintf("%03d", d), "narrative")
				h.back = step < 0
				return h, ok
			}
		}
		// "the next morning", "the following night"
		if step, isStep := anaphoricStep[s.n(i+1)]; isStep && step != 0 && b.Precision == dyad.PrecDay {
			if p, ok := look(s, i+2, cDayPart, s.lx.dayPart); ok {
				h := hit{end: i + 3, typ: "time", value: ymd(b.Begin.AddDate(0, 0, step)) + "T" + p, anchor: anchor}
				h.back = step < 0
				return h, true
			}
		}
		u, ok := unitGrain[s.n(i+2)]
		if step, isStep := anaphoricStep[s.n(i+1)]; isStep && ok {
			switch s.n(i - 1) {
			case "OVER", "FOR", "WITHIN", "THROUGHOUT":
				return hit{}, false // "over the next year" is a duration
			}
			v, ok := shiftFrom(b, float64(step), u)
			h, ok := out(i+3, v, ok, s.n(i+2) == "DECADE")
			h.back = step < 0
			return h, ok
		}
		// "on the 23rd", "on the 12th of that month": a day of the
		// story's month
		if h, ok := s.dayOfStoryMonth(i, b, anchor); ok {
			return h, true
		}
		// the day before, the year after — only when nothing follows
		if u, ok := unitGrain[s.n(i+1)]; ok && (s.n(i+2) == "BEFORE" || s.n(i+2) == "AFTER") && s.closes(i+3) {
			step := 1
			if s.n(i+2) == "BEFORE" {
				step = -1
			}
			v, ok := shiftFrom(b, float64(step), u)
			h, ok := out(i+3, v, ok, false)
			h.back = step < 0
			return h, ok
		}
	case "LATER", "EARLIER":
		if s.n(i+1) == "THAT" {
			if u, ok := unitGrain[s.n(i+2)]; ok {
				v, ok := shiftFrom(b, 0, u)
				return out(i+3, v, ok, s.n(i+2) == "DECADE")
			}
		}
	case "THAT":
		// "that night", "that morning": a part of the story's day
		if p, ok := look(s, i+1, cDayPart, s.lx.dayPart); ok && b.Precision == dyad.PrecDay {
			return hit{end: i + 2, typ: "time", value: ymd(b.Begin) + "T" + p, anchor: anchor}, true
		}
		// that October: the month of the story's year
		if m, end := s.monthAt(i+1, false); m > 0 && rank(b.Precision) <= rank(dyad.PrecYear) {
			return date(end, fmt.Sprintf("%04d-%02d", b.Begin.Year(), m), anchor)
		}
		j := i + 1
		if s.n(j) == "SAME" {
			j++
		}
		if u, ok := unitGrain[s.n(j)]; ok && s.n(j+1) != "'S" {
			if s.n(j) == "YEAR" {
				b, anchor = s.thatYear()
			}
			v, ok := shiftFrom(b, 0, u)
			return out(j+1, v, ok, s.n(j) == "DECADE")
		}
	}
	// N units later / earlier
	n, j := s.numAt(i)
	if n == 0 {
		return hit{}, false
	}
	u, k := s.unitAt(j)
	if u.letter == "" {
		return hit{}, false
	}
	dir, end := 0, k+1
	switch s.n(k) {
	case "LATER":
		dir = 1
	case "EARLIER":
		dir = -1
	case "ON":
		// "Twenty years on, Anwar Sadat declared"; not "two years on
		// the council"
		if s.closes(k + 1) {
			dir = 1
		}
	case "AFTER", "AFTERWARDS":
		if s.closes(k + 1) {
			dir = 1
		} else if s.n(k+1) == "THAT" && s.closes(k+2) {
			// "Six days after that, Israel struck"
			dir, end = 1, k+2
		}
	case "BEFORE":
		if s.closes(k + 1) {
			dir = -1
		} else if s.n(k+1) == "THAT" && s.closes(k+2) {
			dir, end = -1, k+2
		}
	}
	if dir == 0 {
		return hit{}, false
	}
	v, ok := shiftFrom(b, n*float64(dir), u)
	if anchor == "narrative" && len(s.st.hist) > 1 {
		// "in February 2021, eight months later": an apposition to the
		// date just named counts from an earlier date of the story; so
		// does a past event that the story's time would put after the
		// report
		appos := s.narrEnd >= 0 && i == s.narrEnd+1 && s.n(s.narrEnd) == ","
		if appos || (ok && s.tense(i, k+1) < 0 && s.afterRef(v)) {
			for h := len(s.st.hist) - 2; h >= 0; h-- {
				if v2, ok2 := shiftFrom(s.st.hist[h], n*float64(dir), u); ok2 && !s.afterRef(v2) {
					v, ok = v2, true
					break
				}
			}
		}
	}
	if ok && anchor == "document" && dir > 0 && s.tense(i, k+1) < 0 && s.afterRef(v) {
		return hit{end: end}, true // "came a decade later" cannot be after the report
	}
	if ok && dir < 0 && anchor == "narrative" {
		h, _ := date(end, v, anchor)
		h.back = true
		return h, true
	}
	if !ok {
		// the story's time is too coarse ("three days later" after "in
		// 1989"): swallow the phrase rather than call it a duration
		return hit{end: end}, true
	}
	return out(end, v, ok, false)
}

// closes reports whether token i ends a clause: punctuation or the end.
func (s *scanner) closes(i int) bool {
	if i >= len(s.toks) {
		return true
	}
	return s.toks[i].Kind == dyad.Punct && s.n(i) != "$"
}

// agoSameTime returns how many tokens from i name the present as the time of
// day, week or month to take years back: "today", "tonight", "this
// morning", "this week", "this month"; 0 for none.
func (s *scanner) agoSameTime(i int) int {
	switch s.n(i) {
	case "TODAY", "TONIGHT":
		return 1
	case "THIS":
		switch s.n(i + 1) {
		case "MORNING", "AFTERNOON", "EVENING", "WEEK", "MONTH":
			return 2
		}
	}
	return 0
}
