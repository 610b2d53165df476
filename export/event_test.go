package export_test

import (
	"testing"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/export"
)

func TestEventDatePeriod(t *testing.T) {
	day := func(s string) time.Time {
		d, err := time.Parse(time.DateOnly, s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	tests := []struct {
		name       string
		date       dyad.Date
		begin, end string
	}{
		{"day", dyad.Day(day("1988-12-19")), "1988-12-19", "1988-12-19"},
		{"month", dyad.Month(1988, time.December), "1988-12-01", "1988-12-31"},
		{"year", dyad.Year(1954), "1954-01-01", "1954-12-31"},
		{"week", dyad.Interval("2012-W41", day("2012-10-08"), day("2012-10-15")), "2012-10-08", "2012-10-14"},
		{"unknown", dyad.Date{}, "", ""},
	}
	doc := &dyad.Document{ID: "d", Text: "x"}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := export.EventOf(dyad.NewCharIndex(doc.Text), doc, &dyad.Event{Date: tt.date, Sentence: -1})
			if e.DateBegin != tt.begin || e.DateEnd != tt.end {
				t.Errorf("got %s..%s, want %s..%s", e.DateBegin, e.DateEnd, tt.begin, tt.end)
			}
		})
	}
}
