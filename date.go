package dyad

import (
	"fmt"
	"time"
)

// Precision is how finely a Date is known.
type Precision string

// Precisions, finest first. PrecDocument marks an event dated only by the
// date of the report that mentions it.
const (
	PrecTime     Precision = "time"
	PrecDay      Precision = "day"
	PrecWeek     Precision = "week"
	PrecMonth    Precision = "month"
	PrecSeason   Precision = "season"
	PrecQuarter  Precision = "quarter"
	PrecHalf     Precision = "half"
	PrecYear     Precision = "year"
	PrecDecade   Precision = "decade"
	PrecCentury  Precision = "century"
	PrecInterval Precision = "interval"
	PrecDocument Precision = "document"
)

// Date is a calendar date at some precision. Value is its TIMEX3 value
// ("1988-12", "197", "2019-W22", "2010/2011"); Begin and End bound the
// period it covers, Begin inclusive and End exclusive, at UTC midnight.
type Date struct {
	Value     string
	Precision Precision
	Begin     time.Time
	End       time.Time
}

// IsZero reports whether the date is unknown.
func (d Date) IsZero() bool { return d.Begin.IsZero() && d.Value == "" }

// Day returns the date of a single day.
func Day(t time.Time) Date {
	b := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
	v := pad4(b.Year()) + "-" + pad2(int(b.Month())) + "-" + pad2(b.Day())
	return Date{Value: v, Precision: PrecDay, Begin: b, End: b.AddDate(0, 0, 1)}
}

// Month returns the date of a whole month.
func Month(year int, m time.Month) Date {
	b := time.Date(year, m, 1, 0, 0, 0, 0, time.UTC)
	return Date{Value: pad4(b.Year()) + "-" + pad2(int(b.Month())), Precision: PrecMonth, Begin: b, End: b.AddDate(0, 1, 0)}
}

// Year returns the date of a whole year.
func Year(year int) Date {
	b := time.Date(year, 1, 1, 0, 0, 0, 0, time.UTC)
	return Date{Value: pad4(year), Precision: PrecYear, Begin: b, End: b.AddDate(1, 0, 0)}
}

// Interval returns a date covering [begin, end) with the given TIMEX3 value.
func Interval(value string, begin, end time.Time) Date {
	return Date{Value: value, Precision: PrecInterval, Begin: begin, End: end}
}

// ParseDay parses a YYYY-MM-DD or YYYYMMDD date.
func ParseDay(s string) (Date, error) {
	for _, layout := range []string{"2006-01-02", "20060102"} {
		if t, err := time.Parse(layout, s); err == nil {
			return Day(t), nil
		}
	}
	return Date{}, fmt.Errorf("date %q: want YYYY-MM-DD", s)
}

// Contains reports whether the instant t falls in the date's period.
func (d Date) Contains(t time.Time) bool {
	return !t.Before(d.Begin) && t.Before(d.End)
}

// Overlaps reports whether two dates' periods share any time; unknown dates
// overlap nothing.
func (d Date) Overlaps(o Date) bool {
	if d.Begin.IsZero() || o.Begin.IsZero() {
		return false
	}
	return d.Begin.Before(o.End) && o.Begin.Before(d.End)
}

// Mid returns the midpoint of the date's period, the instant used to
// resolve time-bounded actor codes for dates coarser than a day.
func (d Date) Mid() time.Time {
	if d.Begin.IsZero() {
		return time.Time{}
	}
	return d.Begin.Add(d.End.Sub(d.Begin) / 2)
}

// String returns the TIMEX3 value.
func (d Date) String() string { return d.Value }

// pad4 and pad2 format a year and a month or day with leading zeros; the
// time layer makes many dates, and fmt is slow for this.
func pad4(n int) string {
	if n < 0 || n > 9999 {
		return fmt.Sprintf("%04d", n)
	}
	return string([]byte{byte('0' + n/1000), byte('0' + n/100%10), byte('0' + n/10%10), byte('0' + n%10)})
}

func pad2(n int) string {
	return string([]byte{byte('0' + n/10%10), byte('0' + n%10)})
}
