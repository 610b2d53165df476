package timex

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/dyadproject/dyad"
)

// This file turns TIMEX3 values into dyad.Dates and back: the one place
// that knows which period "2002-SP" or "2019-W22" covers.

// minYear and maxYear bound the years the recogniser accepts, so that no
// value names year 0 and four-digit codes far in the future stay numbers.
const (
	minYear = 1000
	maxYear = 2199
)

// validDay reports whether y-m-d is a real calendar day.
func validDay(y, m, d int) bool {
	if y < minYear || y > maxYear || m < 1 || m > 12 || d < 1 {
		return false
	}
	return d <= daysIn(y, m)
}

func daysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

func validYear(y int) bool { return y >= minYear && y <= maxYear }

// ymd formats t as a TIMEX3 day, YYYY-MM-DD, without time.Format's
// layout parsing: days are formatted for every weekday and relative date.
func ymd(t time.Time) string {
	y, m, d := t.Date()
	if y < 0 || y > 9999 {
		return t.Format("2006-01-02")
	}
	b := [10]byte{byte('0' + y/1000), byte('0' + y/100%10), byte('0' + y/10%10), byte('0' + y%10), '-',
		byte('0' + int(m)/10), byte('0' + int(m)%10), '-', byte('0' + d/10), byte('0' + d%10)}
	return string(b[:])
}

// ym formats t as a TIMEX3 month, YYYY-MM.
func ym(t time.Time) string { return ymd(t)[:7] }

func utc(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// isoWeek returns the TIMEX3 week value of t, e.g. 2019-W22.
func isoWeek(t time.Time) string {
	y, w := t.ISOWeek()
	return fmt.Sprintf("%04d-W%02d", y, w)
}

// seasonMonths gives the first month and length in months of each season
// (northern hemisphere; winter runs from December into the next year).
var seasonMonths = map[string][2]int{"SP": {3, 3}, "SU": {6, 3}, "FA": {9, 3}, "WI": {12, 3}}

// DateOf returns the period a TIMEX3 date value covers, with its precision.
// It understands YYYY-MM-DD (with an optional THH:MM or part of day),
// YYYY-MM, YYYY, YYY (decade), YY (century), YYYY-Www[-WE], YYYY-SP|SU|FA|WI,
// YYYY-Qn, YYYY-Hn and intervals A/B of those. ok is false for anything else,
// including impossible dates.
func DateOf(v string) (dyad.Date, bool) {
	if a, b, found := strings.Cut(v, "/"); found {
		da, ok1 := DateOf(a)
		db, ok2 := DateOf(b)
		if !ok1 || !ok2 || !da.Begin.Before(db.End) {
			return dyad.Date{}, false
		}
		return dyad.Interval(v, da.Begin, db.End), true
	}
	prec := dyad.Precision("")
	if base, t, found := strings.Cut(v, "T"); found {
		if !validTimePart(t) {
			return dyad.Date{}, false
		}
		v, prec = base, dyad.PrecTime
		if len(v) != 10 {
			return dyad.Date{}, false
		}
	}
	num := func(s string) (int, bool) {
		if s == "" {
			return 0, false
		}
		for i := 0; i < len(s); i++ {
			if s[i] < '0' || s[i] > '9' {
				return 0, false
			}
		}
		n, err := strconv.Atoi(s)
		return n, err == nil
	}
	var d dyad.Date
	switch {
	case len(v) == 2:
		c, ok := num(v)
		if !ok || c < 1 {
			return d, false
		}
		b := utc(c*100, 1, 1)
		return dyad.Date{Value: v, Precision: dyad.PrecCentury, Begin: b, End: b.AddDate(100, 0, 0)}, true
	case len(v) == 3:
		c, ok := num(v)
		if !ok || c < 1 {
			return d, false
		}
		b := utc(c*10, 1, 1)
		return dyad.Date{Value: v, Precision: dyad.PrecDecade, Begin: b, End: b.AddDate(10, 0, 0)}, true
	case len(v) == 4:
		y, ok := num(v)
		if !ok || !validYear(y) {
			return d, false
		}
		return dyad.Year(y), true
	case len(v) < 7 || v[4] != '-':
		return d, false
	}
	y, ok := num(v[:4])
	if !ok || !validYear(y) {
		return d, false
	}
	rest := v[5:]
	switch {
	case len(rest) == 2 && seasonMonths[rest][0] != 0:
		sm := seasonMonths[rest]
		b := utc(y, sm[0], 1)
		return dyad.Date{Value: v, Precision: dyad.PrecSeason, Begin: b, End: b.AddDate(0, sm[1], 0)}, true
	case len(rest) == 2 && rest[0] == 'Q':
		q, ok := num(rest[1:])
		if !ok || q < 1 || q > 4 {
			return d, false
		}
		b := utc(y, 3*q-2, 1)
		return dyad.Date{Value: v, Precision: dyad.PrecQuarter, Begin: b, End: b.AddDate(0, 3, 0)}, true
	case len(rest) == 2 && rest[0] == 'H':
		h, ok := num(rest[1:])
		if !ok || h < 1 || h > 2 {
			return d, false
		}
		b := utc(y, 6*h-5, 1)
		return dyad.Date{Value: v, Precision: dyad.PrecHalf, Begin: b, End: b.AddDate(0, 6, 0)}, true
	case len(rest) >= 3 && rest[0] == 'W':
		wk, we, _ := strings.Cut(rest[1:], "-")
		w, ok := num(wk)
		if !ok || len(wk) != 2 || w < 1 || w > weeksIn(y) || (we != "" && we != "WE") {
			return d, false
		}
		b := weekStart(y, w)
		if we == "WE" {
			b = b.AddDate(0, 0, 5)
			return dyad.Date{Value: v, Precision: dyad.PrecDay, Begin: b, End: b.AddDate(0, 0, 2)}, true
		}
		return dyad.Date{Value: v, Precision: dyad.PrecWeek, Begin: b, End: b.AddDate(0, 0, 7)}, true
	case len(rest) == 2:
		m, ok := num(rest)
		if !ok || m < 1 || m > 12 {
			return d, false
		}
		return dyad.Month(y, time.Month(m)), true
	case len(rest) == 5 && rest[2] == '-':
		m, ok1 := num(rest[:2])
		dd, ok2 := num(rest[3:])
		if !ok1 || !ok2 || !validDay(y, m, dd) {
			return d, false
		}
		b := utc(y, m, dd)
		d = dyad.Date{Value: v, Precision: dyad.PrecDay, Begin: b, End: b.Add(24 * time.Hour)}
		if prec != "" {
			d.Precision = prec
		}
		return d, true
	}
	return d, false
}

func validTimePart(t string) bool {
	switch t {
	case "MO", "AF", "EV", "NI":
		return true
	}
	if len(t) != 5 || t[2] != ':' {
		return false
	}
	h, err1 := strconv.Atoi(t[:2])
	m, err2 := strconv.Atoi(t[3:])
	return err1 == nil && err2 == nil && h >= 0 && h < 24 && m >= 0 && m < 60
}

// weekStart returns the Monday of ISO week w of year y.
func weekStart(y, w int) time.Time {
	jan4 := utc(y, 1, 4)
	mon := jan4.AddDate(0, 0, -((int(jan4.Weekday()) + 6) % 7))
	return mon.AddDate(0, 0, 7*(w-1))
}

func weeksIn(y int) int {
	_, w := utc(y, 12, 28).ISOWeek()
	return w
}

// shift moves a date value by n units (Y, M, W, D) at the unit's own
// granularity, as "a month earlier" or "three days later" does.
func shift(ref dyad.Date, n int, letter string) (string, bool) {
	if ref.Begin.IsZero() {
		return "", false
	}
	t := ref.Begin
	var v string
	switch letter {
	case "D", "W":
		days := n
		if letter == "W" {
			days = 7 * n
		}
		switch {
		case ref.Precision == dyad.PrecDay || ref.Precision == dyad.PrecTime:
			if letter == "W" {
				v = isoWeek(t.AddDate(0, 0, days))
			} else {
				v = ymd(t.AddDate(0, 0, days))
			}
		case ref.Precision == dyad.PrecWeek && letter == "W":
			v = isoWeek(t.AddDate(0, 0, days))
		case ref.Precision == dyad.PrecMonth && days >= -31 && days <= 31:
			// "a week later" after "in June": the month it lands in,
			// counting from the middle of the month
			v = ym(t.AddDate(0, 0, 14+days))
		default:
			return "", false
		}
	case "M":
		if finer(ref.Precision, dyad.PrecMonth) {
			return "", false
		}
		// (from the first of the month: 29 January and a month is
		// February, not the 1 March that 29 February would roll into)
		v = ym(utc(t.Year(), int(t.Month()), 1).AddDate(0, n, 0))
	case "Y":
		if finer(ref.Precision, dyad.PrecYear) {
			return "", false
		}
		v = fmt.Sprintf("%04d", t.Year()+n)
	default:
		return "", false
	}
	if _, ok := DateOf(v); !ok {
		return "", false
	}
	return v, true
}

// rank orders precisions from the finest (time, 0) to the coarsest
// (document, 10); an unknown precision ranks -1.
func rank(p dyad.Precision) int {
	switch p {
	case dyad.PrecTime:
		return 0
	case dyad.PrecDay:
		return 1
	case dyad.PrecWeek:
		return 2
	case dyad.PrecMonth:
		return 3
	case dyad.PrecSeason, dyad.PrecQuarter:
		return 4
	case dyad.PrecHalf:
		return 5
	case dyad.PrecYear:
		return 6
	case dyad.PrecDecade:
		return 7
	case dyad.PrecCentury:
		return 8
	case dyad.PrecInterval:
		return 9
	case dyad.PrecDocument:
		return 10
	}
	return -1
}

// finer reports whether a unit of precision want is finer than what p knows,
// so a date of precision p cannot be shifted by it.
func finer(p, want dyad.Precision) bool {
	r := rank(p)
	return r < 0 || r > rank(want)
}

// Ambiguous reports whether a numeric date such as "04/06/2019" is a valid
// date read both month-first and day-first, so that its value rests on the
// locale (Tagger.DayFirst) rather than on the text. A caller that keeps
// evidence can record this next to the mention's span.
func Ambiguous(date string) bool {
	sep := "/"
	if !strings.Contains(date, sep) {
		sep = "."
	}
	p := strings.Split(date, sep)
	if len(p) != 3 || len(p[0]) > 2 || len(p[1]) > 2 {
		return false
	}
	a, err1 := strconv.Atoi(p[0])
	b, err2 := strconv.Atoi(p[1])
	return err1 == nil && err2 == nil && a != b && a >= 1 && a <= 12 && b >= 1 && b <= 12
}
