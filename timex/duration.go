package timex

import (
	"fmt"
	"strconv"
	"strings"
)

// This file reads durations ("five-day", "three decades", "72 hours"),
// sets ("every month", "twice a year", "annually") and clock times.

// durMod reads a duration mod phrase ("more than", "about") at i.
func (s *scanner) durMod(i int) (string, int) {
	if !s.has(i, cDurMod) {
		return "", i
	}
	for _, dm := range s.lx.durMod {
		words := dm.words
		ok := true
		for k, w := range words {
			if s.n(i+k) != w {
				ok = false
				break
			}
		}
		if ok {
			return dm.mod, i + len(words)
		}
	}
	return "", i
}

// durValue formats n units of u as a TIMEX3 duration.
func durValue(n float64, u unit) string {
	n *= float64(u.mult)
	num := strconv.FormatFloat(n, 'f', -1, 64)
	if u.clock {
		return "PT" + num + u.letter
	}
	return "P" + num + u.letter
}

// durationWords lists the words after "the" that make "the past five
// years" a duration; the first three also take a singular unit alone.
var durationWords = map[string]bool{"PAST": true, "LAST": true, "NEXT": true, "COMING": true, "PREVIOUS": true, "FIRST": true, "FINAL": true}

// duration reads "five-day", "10-year", "three decades", "72 hours",
// "the past year", "more than 70 years".
func (s *scanner) duration(i int) (hit, bool) {
	mod, j := s.durMod(i)
	if mod != "" && s.n(j) == "THE" {
		return hit{}, false // "over the past five years" is within, not more than
	}
	the := false
	if s.n(j) == "THE" && durationWords[s.n(j+1)] {
		j += 2
		the = true
	}
	// a hyphenated word: FIVE-DAY, THREE-YEAR-OLD, TWENTY-FIVE-YEAR
	if w := s.n(j); strings.Contains(w, "-") && !the {
		parts := strings.Split(w, "-")
		for k := 1; k < len(parts); k++ {
			u, ok := s.lx.unit[parts[k]]
			if !ok {
				continue
			}
			num := strings.Join(parts[:k], "-")
			n := s.wordNum(num)
			if n == 0 && allDigits(num) {
				n = float64(atoi(num))
			}
			if n > 0 && num != "A" && num != "AN" {
				return hit{end: j + 1, typ: "duration", value: durValue(n, u), mod: mod}, true
			}
			break
		}
		if s.wordNum(w) == 0 {
			return hit{}, false
		}
	}
	// a quarter century, a quarter of a century
	if (s.n(j) == "A" || s.n(j) == "AN") && s.n(j+1) == "QUARTER" {
		k := j + 2
		if s.n(k) == "OF" && s.n(k+1) == "A" {
			k += 2
		}
		if s.n(k) == "CENTURY" {
			return hit{end: k + 1, typ: "duration", value: "P25Y", mod: mod}, true
		}
	}
	if !the {
		// "several years", "a few weeks", "many months": a number unknown
		k := j
		if s.n(k) == "A" && s.n(k+1) == "FEW" {
			k++
		}
		switch s.n(k) {
		case "SEVERAL", "FEW", "MANY":
			if u, end := s.unitAt(k + 1); u.letter != "" && !u.clock && u.mult == 1 {
				return hit{end: end, typ: "duration", value: "PX" + u.letter, mod: mod}, true
			}
			return hit{}, false
		}
	}
	n, k := s.numAt(j)
	if n == 0 {
		// the past year, the next month
		if the && (s.n(j-1) == "PAST" || s.n(j-1) == "LAST" || s.n(j-1) == "NEXT" || s.n(j-1) == "COMING") {
			if u, ok := unitGrain[s.n(j)]; ok {
				return hit{end: j + 1, typ: "duration", value: durValue(1, u), mod: mod}, true
			}
		}
		return hit{}, false
	}
	// 10-year, 72-hour: the number and the unit are split by a hyphen
	if s.n(k) == "-" && s.adj(k) && s.adj(k+1) {
		uw, _, _ := strings.Cut(s.n(k+1), "-")
		if u, ok := s.lx.unit[uw]; ok {
			return hit{end: k + 2, typ: "duration", value: durValue(n, u), mod: mod}, true
		}
		return hit{}, false
	}
	u, end := s.unitAt(k)
	if u.letter == "" {
		return hit{}, false
	}
	if w := s.n(end); s.hyph(end) && (w == "ON" || w == "TO" || w == "BY" || w == "END") {
		return hit{}, false // "year-on-year", "day-to-day", "year-end"
	}
	if (s.n(j) == "A" || s.n(j) == "AN") && (u.letter == "S" && u.clock || s.has(j-1, cTrapAfter) || s.isNum(j-1)) {
		return hit{}, false // "a second term"; "$5 billion a year" is a set
	}
	if s.n(end) == "-" && s.adj(end) {
		return hit{}, false // "two year-long"... rare; "5 years-old" would be odd
	}
	if s.n(j) == "ONE" && s.n(k) == "DAY" && modal(s.n(j-1)) {
		return hit{}, false // "would one day become a member": some day
	}
	if s.capital(j) && s.capital(k) && j > 0 {
		next := end
		if s.n(next) == "'" || s.n(next) == "'S" {
			next++
		}
		if s.capital(next) {
			return hit{}, false // "the Six-Day War", "the Hundred Years' War"
		}
	}
	return s.compound(hit{end: end, typ: "duration", value: durValue(n, u), mod: mod})
}

// compound joins a duration and a smaller one after "and": "two hours and
// 40 minutes" is PT2H40M, "three years and six months" P3Y6M.
func (s *scanner) compound(h hit) (hit, bool) {
	if s.n(h.end) != "AND" {
		return h, true
	}
	n, k := s.numAt(h.end + 1)
	if n == 0 || n != float64(int(n)) || strings.Contains(h.value, "X") || strings.Contains(h.value, ".") {
		return h, true
	}
	u, end := s.unitAt(k)
	if u.letter == "" {
		return h, true
	}
	second := durValue(n, u)
	clock1, clock2 := strings.HasPrefix(h.value, "PT"), strings.HasPrefix(second, "PT")
	if clock1 != clock2 || len(h.value) < 3 || len(second) < 3 {
		return h, true
	}
	// the second unit must be smaller: Y > M > W > D, H > M > S
	order := "YMWD"
	if clock1 {
		order = "HMS"
	}
	a := strings.IndexByte(order, h.value[len(h.value)-1])
	b := strings.IndexByte(order, second[len(second)-1])
	if a < 0 || b <= a {
		return h, true
	}
	prefix := "P"
	if clock1 {
		prefix = "PT"
	}
	h.value += strings.TrimPrefix(second, prefix)
	h.end = end
	return h, true
}

// set reads "every month", "each year", "every other year", "twice a
// year", "annually", "every Monday" and "$5 billion a year".
func (s *scanner) set(i int) (hit, bool) {
	w := s.n(i)
	if v, ok := look(s, i, cSetWord, s.lx.setWord); ok && (i == 0 || !s.capital(i)) {
		// "the Korea JoongAng Daily" is a newspaper
		return hit{end: i + 1, typ: "set", value: v}, true
	}
	switch w {
	case "EVERY", "EACH":
		j := i + 1
		n := 1.0
		if s.n(j) == "OTHER" {
			n, j = 2, j+1
		} else if f, k := s.numAt(j); f > 0 && s.n(j) != "A" {
			n, j = f, k
		}
		if u, end := s.unitAt(j); u.letter != "" {
			return hit{end: end, typ: "set", value: durValue(n, u)}, true
		}
		if wd, ok := look(s, j, cWeekday, s.lx.weekday); ok {
			return hit{end: j + 1, typ: "set", value: fmt.Sprintf("XXXX-WXX-%d", wd)}, true
		}
		if m, ok := look(s, j, cMonth, s.lx.month); ok && s.capital(j) {
			return hit{end: j + 1, typ: "set", value: fmt.Sprintf("XXXX-%02d", m)}, true
		}
		if c, ok := look(s, j, cSeason, s.lx.season); ok {
			return hit{end: j + 1, typ: "set", value: "XXXX-" + c}, true
		}
		return hit{}, false
	case "ONCE", "TWICE", "THRICE":
		return s.per(i, i+1)
	case "PER":
		if s.n(i+1) == "ANNUM" {
			return hit{end: i + 2, typ: "set", value: "P1Y"}, true
		}
		if u, ok := unitGrain[s.n(i+1)]; ok {
			return hit{end: i + 2, typ: "set", value: durValue(1, u)}, true
		}
		return hit{}, false
	case "A", "AN":
		// "$95 billion a year", "3 percent a year"
		if s.has(i-1, cTrapAfter) || s.isNum(i-1) {
			if u, ok := unitGrain[s.n(i+1)]; ok {
				return hit{end: i + 2, typ: "set", value: durValue(1, u)}, true
			}
		}
		return hit{}, false
	}
	// three times a year
	if n, j := s.numAt(i); n > 0 && s.n(j) == "TIMES" {
		return s.per(i, j+1)
	}
	return hit{}, false
}

// per reads "a year", "per month", "every week" after a frequency.
func (s *scanner) per(i, j int) (hit, bool) {
	switch s.n(j) {
	case "A", "AN", "PER", "EVERY", "EACH":
		if u, ok := unitGrain[s.n(j+1)]; ok {
			return hit{end: j + 2, typ: "set", value: durValue(1, u)}, true
		}
	}
	return hit{}, false
}

// clock reads "5 p.m.", "10:30 am", "5pm" and "at 09:15" as times on the
// day the sentence last named, or the document date.
func (s *scanner) clock(i int) (hit, bool) {
	w := s.n(i)
	hh, mm, end := -1, 0, i+1
	hm := func(x string) (int, int, bool) {
		h, m, hasMin := strings.Cut(x, ":")
		if !hasMin {
			h, m, hasMin = strings.Cut(x, ".") // 10.30am
		}
		if !allDigits(h) || len(h) > 2 || (hasMin && (len(m) != 2 || !allDigits(m))) {
			return 0, 0, false
		}
		hv, mv := atoi(h), 0
		if hasMin {
			mv = atoi(m)
		}
		return hv, mv, hv < 24 && mv < 60
	}
	ampm := func(x string) int {
		switch x {
		case "AM", "A.M.":
			return 0
		case "PM", "P.M.":
			return 12
		}
		return -1
	}
	switch {
	case s.isNum(i):
		h, m, ok := hm(w)
		if !ok {
			return hit{}, false
		}
		if off := ampm(s.n(i + 1)); off >= 0 && h >= 1 && h <= 12 {
			hh, mm, end = h%12+off, m, i+2
		} else if strings.Contains(w, ":") && (s.n(i-1) == "AT" || s.n(i-1) == "-") {
			hh, mm = h, m
		}
	case w == "NOON" || w == "MIDDAY":
		hh, mm = 12, 0
	case w == "MIDNIGHT":
		hh, mm = 0, 0
	default:
		for _, suf := range []string{"AM", "PM", "A.M.", "P.M."} {
			if x, ok := strings.CutSuffix(w, suf); ok && x != "" {
				if h, m, ok := hm(x); ok && h >= 1 && h <= 12 {
					hh, mm = h%12+ampm(suf), m
				}
				break
			}
		}
	}
	if hh < 0 {
		return hit{}, false
	}
	day, anchor := "", "document"
	// "at 5 p.m. on Friday", "at 11 p.m. Eastern on Tuesday", "at 17:00
	// CEST on 2021-08-27": the day follows, and the time and the day are
	// one expression
	k := end
	for n := 0; n < 2 && k < len(s.toks) && s.n(k) != "ON" && (s.capital(k) || s.n(k) == "TIME" || s.n(k) == "LOCAL"); n++ {
		k++
	}
	switch s.n(k) {
	case "ON":
		if h, ok := s.absolute(k + 1); ok && len(h.value) == 10 {
			day, anchor, end = h.value, h.anchor, h.end
		}
	case "TODAY", "TONIGHT", "TOMORROW", "YESTERDAY":
		// "at 10pm tonight"
		if h, ok := s.relative(k); ok && len(h.value) >= 10 {
			day, anchor, end = h.value[:10], h.anchor, h.end
		}
	}
	if day == "" && s.lastDay != "" {
		day, anchor = s.lastDay, s.lastDayAnchor
	}
	if day == "" {
		if s.st.ref.Begin.IsZero() {
			return hit{}, false
		}
		day = ymd(s.st.ref.Begin)
	}
	return hit{end: end, typ: "time", value: fmt.Sprintf("%sT%02d:%02d", day, hh, mm), anchor: anchor}, true
}
