package timex

import (
	"fmt"
	"strings"

	"github.com/dyadproject/dyad"
)

// This file reads coarse dates: decades, centuries, seasons, quarters,
// halves, and the mods early/mid/late, the start/end of.

// yearSpec reads what may follow "the first half of" or "spring": a year,
// "the year", "this/last/next year", "that year".
func (s *scanner) yearSpec(i int) (int, int, string) {
	if y, j := s.yearAt(i); y > 0 {
		return y, j, ""
	}
	ref := s.st.ref.Begin
	switch s.n(i) {
	case "THE":
		if s.n(i+1) == "YEAR" {
			if n, ok := s.narrative(); ok {
				return n.Begin.Year(), i + 2, "narrative"
			}
			if !ref.IsZero() {
				return ref.Year(), i + 2, "document"
			}
		}
	case "THIS", "LAST", "NEXT":
		if s.n(i+1) == "YEAR" && !ref.IsZero() {
			k := map[string]int{"THIS": 0, "LAST": -1, "NEXT": 1}[s.n(i)]
			return ref.Year() + k, i + 2, "document"
		}
	case "THAT":
		if s.n(i+1) == "YEAR" {
			if b, a := s.thatYear(); !b.Begin.IsZero() && rank(b.Precision) <= rank(dyad.PrecYear) {
				return b.Begin.Year(), i + 2, a
			}
		}
	}
	return 0, i, ""
}

// coarse reads decades, centuries, seasons, quarters and halves.
func (s *scanner) coarse(i int) (hit, bool) {
	j := i
	if s.n(j) == "THE" {
		j++
	}
	if v, end := s.decade(j, j > i || s.overAt == j); v != "" {
		return date(end, v, "")
	}
	if v, end := s.century(j); v != "" {
		return date(end, v, "")
	}
	if j > i {
		if h, ok := s.centuryDeixis(i, j); ok {
			return h, true
		}
	}
	if s.n(j) == "YEAR" && j > i {
		if y, end := s.yearAt(j + 1); y > 0 {
			return date(end, fmt.Sprintf("%04d", y), "")
		}
	}
	if h, ok := s.season(i, j); ok {
		return h, true
	}
	return s.part(i, j)
}

// decade reads "1970s", "1970's" and "'70s" as TIMEX3 "197"; after "the"
// or "mid-" (short) also "70s".
func (s *scanner) decade(i int, short bool) (string, int) {
	w := s.n(i)
	if d, ok := look(s, i, cDecade, s.lx.decadeWord); ok && short {
		return "19" + itoa(d), i + 1
	}
	switch {
	case short && len(w) == 3 && w[2] == 'S' && allDigits(w[:2]) && w[1] == '0':
		return s.century2(w[:2]) + w[:1], i + 1
	case len(w) == 5 && w[4] == 'S' && allDigits(w[:4]) && w[3] == '0':
		if validYear(atoi(w[:4])) {
			return w[:3], i + 1
		}
	case len(w) == 4 && s.isNum(i) && w[3] == '0' && s.n(i+1) == "'S" && s.adj(i+1):
		if validYear(atoi(w)) {
			return w[:3], i + 2
		}
	case (w == "'" || w == "\u2018" || w == "\u2019") && s.adj(i+1):
		d := s.n(i + 1)
		if len(d) == 3 && d[2] == 'S' && allDigits(d[:2]) && d[1] == '0' {
			return s.century2(d[:2]) + d[:1], i + 2
		}
	}
	return "", i
}

// century2 gives the century digits of a two-digit decade: "90" is the
// 1990s, "10" the 2010s when that decade has begun by the document date.
func (s *scanner) century2(yy string) string {
	if ry := s.st.ref.Begin.Year(); ry > 0 && 2000+atoi(yy) <= ry {
		return "20"
	}
	return "19"
}

// centuryDeixis reads "the last century" (the document's century before
// its own) and "the turn of the century" (the century boundary the tense
// points to from the story's year, about then).
func (s *scanner) centuryDeixis(i, j int) (hit, bool) {
	ref := s.st.ref.Begin
	if ref.IsZero() {
		return hit{}, false
	}
	switch {
	case (s.n(j) == "LAST" || s.n(j) == "PREVIOUS") && s.n(j+1) == "CENTURY":
		return date(j+2, fmt.Sprintf("%02d", ref.Year()/100-1), "document")
	case s.n(j) == "TURN" && s.n(j+1) == "OF" && s.n(j+2) == "THE" && s.n(j+3) == "CENTURY":
		y, anchor := ref.Year(), "document"
		if n, ok := s.narrative(); ok {
			y, anchor = n.Begin.Year(), "narrative"
		}
		turn := (y + 50) / 100 * 100
		switch t := s.tense(i, j+4); {
		case t < 0:
			turn = y / 100 * 100
		case t > 0:
			turn = (y + 99) / 100 * 100
		}
		h, ok := date(j+4, fmt.Sprintf("%04d", turn), anchor)
		h.mod = "APPROX"
		return h, ok
	}
	return hit{}, false
}

// century reads "the 20th century", "the twentieth century" and
// "19th-century" as TIMEX3 "19", "19" and "18".
func (s *scanner) century(i int) (string, int) {
	w := s.n(i)
	ord, end := 0, i
	if pre, ok := strings.CutSuffix(w, "-CENTURY"); ok {
		ord, end = s.ordinal(pre), i+1
	} else if s.n(i+1) == "CENTURY" || s.n(i+1) == "CENTURIES" {
		ord, end = s.ordinal(w), i+2
	}
	if ord < 2 || ord > 22 {
		return "", i
	}
	return fmt.Sprintf("%02d", ord-1), end
}

func (s *scanner) ordinal(w string) int {
	if d := ordinalDigits(w); d > 0 {
		return d
	}
	return s.lx.ordinal[w]
}

// seasonCue lists words before which a season word without a year is a
// time: "in spring", "during the winter", "last summer".
var seasonCue = map[string]bool{
	"IN": true, "DURING": true, "BY": true, "SINCE": true, "UNTIL": true, "THROUGH": true,
	"THROUGHOUT": true, "EARLY": true, "LATE": true, "OVER": true, "THIS": true, "THAT": true,
	"BEFORE": true, "AFTER": true, "FOR": true, "MID": true, "ITS": true,
}

// season reads "spring 2002", "the summer of 2002" and "in the winter".
// i is the first token (perhaps THE), j the season word.
func (s *scanner) season(i, j int) (hit, bool) {
	code, ok := look(s, j, cSeason, s.lx.season)
	if !ok {
		return hit{}, false
	}
	k := j + 1
	if s.n(k) == "OF" {
		k++
	}
	if y, end, anchor := s.yearSpec(k); y > 0 {
		return date(end, fmt.Sprintf("%04d-%s", y, code), anchor)
	}
	if s.n(j+1) == "OF" || !seasonCue[s.n(i-1)] {
		return hit{}, false // "the fall of Saigon", "the Arab Spring"
	}
	// compare from mid-month, so that on 2 June "in the summer" (past)
	// is last year's summer
	sm := seasonMonths[code][0]
	y, anchor, ok := s.yearFor(sm, 15, s.tense(i, j+1))
	if !ok {
		return hit{}, false
	}
	return date(j+1, fmt.Sprintf("%04d-%s", y, code), anchor)
}

// part reads quarters and halves: "the first quarter of 2009", "Q1 2009",
// "the second half of the year", "H2 2019".
func (s *scanner) part(i, j int) (hit, bool) {
	w := s.n(j)
	kind, n, k := "", 0, j
	switch {
	case len(w) == 2 && (w[0] == 'Q' || w[0] == 'H') && w[1] >= '1' && w[1] <= '4' && j == i:
		kind, n, k = w[:1], int(w[1]-'0'), j+1
	case s.n(j+1) == "QUARTER" || s.n(j+1) == "HALF":
		kind, n, k = s.n(j + 1)[:1], s.ordinal(w), j+2
		if m, _ := s.monthAt(j, true); m > 0 && kind == "Q" && j > i {
			n = (m-1)/3 + 1 // "the September quarter"
		}
		if w == "LAST" || w == "FINAL" {
			n = 4
			if kind == "H" {
				n = 2
			}
		}
		if w == "LATTER" && kind == "H" {
			n = 2
		}
		if j == i && w != "Q" {
			return hit{}, false // "a first quarter" or "half" needs "the"
		}
	default:
		return hit{}, false
	}
	if n < 1 || (kind == "Q" && n > 4) || (kind == "H" && n > 2) {
		return hit{}, false
	}
	of := k
	if s.n(of) == "OF" {
		of++
	}
	y, end, anchor := s.yearSpec(of)
	if y == 0 && of == k {
		if kind == "H" && j != i {
			return hit{}, false // "the first half" alone is a match report; "H2" is not
		}
		if w == "LAST" {
			return hit{}, false // "the last quarter" is relative()'s
		}
		first := 3*n - 2
		if kind == "H" {
			first = 6*n - 5
		}
		var ok bool
		y, anchor, ok = s.yearFor(first, 0, s.tense(i, k))
		if !ok {
			return hit{}, false
		}
		end = k
	} else if y == 0 {
		return hit{}, false
	}
	return date(end, fmt.Sprintf("%04d-%s%d", y, kind, n), anchor)
}

// modified reads a coarse date after a mod: "late March 2003", "mid-1998",
// "the early 1990s", "the end of the year", "the first half of the 1990s".
func (s *scanner) modified(i int) (hit, bool) {
	j := i
	if s.n(j) == "THE" {
		j++
	}
	w := s.n(j)
	mod := ""
	k := j + 1
	switch {
	case strings.HasPrefix(w, "MID-") && len(w) > 4:
		s.overAt, s.over, s.overOff = j, w[4:], 4
		h, ok := s.core(j)
		s.overAt = -1
		if !ok {
			return hit{}, false
		}
		h.mod = "MID"
		return h, true
	case s.has(j, cPointMod) && (w != "MIDDLE" || s.n(k) == "OF"):
		mod = s.lx.pointMod[w]
		if s.n(k) == "-" && s.adj(k) {
			k++
		}
		if s.n(k) == "IN" || s.n(k) == "OF" {
			k++
		}
	case s.has(j, cDayPart) && s.n(k) == "OF" && j > i:
		// the morning of 26 December 2004
		h, ok := s.core(k + 1)
		if !ok || h.typ != "date" || len(h.value) != 10 {
			return hit{}, false
		}
		h.typ, h.value = "time", h.value+"T"+s.lx.dayPart[w]
		return h, true
	case (w == "END" || w == "BEGINNING" || w == "START" || w == "CLOSE") && s.n(k) == "OF":
		mod = map[string]string{"END": "END", "CLOSE": "END", "BEGINNING": "START", "START": "START"}[w]
		k++
	case (w == "FIRST" || w == "SECOND" || w == "LATTER") && s.n(k) == "HALF" && s.n(k+1) == "OF" && j > i:
		mod = map[string]string{"FIRST": "START", "SECOND": "END", "LATTER": "END"}[w]
		k += 2
	default:
		return hit{}, false
	}
	h, ok := s.core(k)
	if !ok {
		// "the end of the year", "early in the month"
		if s.n(k) == "THE" {
			if v, anchor := s.theUnit(s.n(k + 1)); v != "" {
				h, ok = hit{end: k + 2, typ: "date", value: v, anchor: anchor}, true
			}
		}
		if !ok {
			return hit{}, false
		}
	}
	if h.typ != "date" {
		return hit{}, false
	}
	if mod == "START" && w == "FIRST" && len(h.value) == 4 {
		h.value += "-H1"
		mod = ""
	} else if mod == "END" && (w == "SECOND" || w == "LATTER") && len(h.value) == 4 {
		h.value += "-H2"
		mod = ""
	}
	h.mod = mod
	return h, true
}

// theUnit resolves "the year", "the month", "the decade" after a mod: the
// narrative's when the paragraph has one, else the document's.
func (s *scanner) theUnit(w string) (string, string) {
	b, anchor := s.st.ref, "document"
	if n, ok := s.narrative(); ok {
		b, anchor = n, "narrative"
	}
	if b.Begin.IsZero() {
		return "", ""
	}
	t := b.Begin
	switch w {
	case "YEAR":
		return fmt.Sprintf("%04d", t.Year()), anchor
	case "MONTH":
		if rank(b.Precision) <= rank(dyad.PrecMonth) {
			return ym(t), anchor
		}
	case "DECADE":
		return fmt.Sprintf("%03d", t.Year()/10), anchor
	case "CENTURY":
		return fmt.Sprintf("%02d", t.Year()/100), anchor
	case "WEEK":
		if rank(b.Precision) <= rank(dyad.PrecWeek) {
			return isoWeek(t), anchor
		}
	}
	return "", ""
}

// core is what a mod may apply to: any date matcher, longest first.
func (s *scanner) core(i int) (hit, bool) {
	var b hit
	found := false
	for _, f := range []func(int) (hit, bool){s.absolute, s.relative, s.anaphoric, s.coarse} {
		if h, ok := f(i); ok && (!found || h.end > b.end) {
			b, found = h, true
		}
	}
	// a mod makes a bare "March" a month even without a cue
	if !found {
		if m, end := s.monthAt(i, false); m > 0 {
			if y, anchor, ok := s.yearFor(m, 0, s.tense(i, end)); ok {
				return date(end, fmt.Sprintf("%04d-%02d", y, m), anchor)
			}
		}
	}
	return b, found
}
