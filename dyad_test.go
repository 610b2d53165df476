package dyad_test

import (
	"testing"
	"time"

	"github.com/dyadproject/dyad"
)

func TestCharIndex(t *testing.T) {
	text := "Zürich – Genève: ok"
	ci := dyad.NewCharIndex(text)
	for b, r := 0, 0; b <= len(text); b++ {
		if got := ci.Char(b); b < len(text) && (text[b]&0xC0) != 0x80 {
			if got != r {
				t.Fatalf("Char(%d) = %d, want %d", b, got, r)
			}
			r++
		}
	}
	if got, want := ci.Char(len(text)), len([]rune(text)); got != want {
		t.Errorf("Char(end) = %d, want %d", got, want)
	}
	long := string(make([]byte, 200)) + "é" + "x"
	if got := dyad.NewCharIndex(long).Char(len(long)); got != 202 {
		t.Errorf("Char(end) of long text = %d, want 202", got)
	}
}

func TestCodeAt(t *testing.T) {
	day := func(s string) dyad.Date {
		d, err := dyad.ParseDay(s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	m := dyad.ActorMention{Codes: []dyad.DatedCode{
		{Code: "PAKMIL", From: day("1976-03-01"), To: day("1988-08-17")},
		{Code: "PAKGOV", From: day("1978-09-16"), To: day("1988-08-17")},
		{Code: "PAKELI"},
	}}
	tests := []struct{ at, want string }{
		{"1977-01-01", "PAKMIL"},
		{"1980-01-01", "PAKGOV"}, // the later appointment wins
		{"1988-08-17", "PAKELI"}, // terms end exclusively; the undated code is the fallback
		{"1970-01-01", "PAKELI"},
	}
	for _, tc := range tests {
		got, ok := m.CodeAt(day(tc.at).Begin)
		if !ok || got.Code != tc.want {
			t.Errorf("CodeAt(%s) = %s, %v; want %s", tc.at, got.Code, ok, tc.want)
		}
	}
	if _, ok := (&dyad.ActorMention{Codes: []dyad.DatedCode{{Code: "X", To: day("1990-01-01")}}}).CodeAt(time.Date(1995, 1, 1, 0, 0, 0, 0, time.UTC)); ok {
		t.Error("a code that ended in 1990 resolved in 1995")
	}
}

func TestDates(t *testing.T) {
	m := dyad.Month(1988, time.December)
	if m.Value != "1988-12" || !m.Contains(time.Date(1988, 12, 31, 23, 0, 0, 0, time.UTC)) || m.Contains(time.Date(1989, 1, 1, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("Month(1988, Dec) = %+v", m)
	}
	if !dyad.Year(1988).Overlaps(m) || dyad.Year(1989).Overlaps(m) {
		t.Error("Overlaps wrong for year and month")
	}
	if _, err := dyad.ParseDay("1988-13-01"); err == nil {
		t.Error("ParseDay accepted month 13")
	}
	if got := dyad.Country("IGOUNOKID"); got != "IGOUNO" {
		t.Errorf("Country(IGOUNOKID) = %q", got)
	}
}
