package timex_test

import (
	"context"
	"errors"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/timex"
)

func TestAnnotateNeedsSentences(t *testing.T) {
	doc := &dyad.Document{Text: "It rained on 3 May 2001."}
	err := timex.New().Annotate(context.Background(), doc)
	var missing *dyad.MissingLayerError
	if !errors.As(err, &missing) || missing.Layer != "sentences" {
		t.Fatalf("err = %v, want MissingLayerError{sentences}", err)
	}
}

func TestAnnotate(t *testing.T) {
	text := "Troops withdrew on 3 May 2001.\n\nThe envoy said on Friday that talks would resume in April."
	doc := annotated(t, text, "2019-06-02")
	want := []struct {
		text, typ, value, anchor string
		sentence                 int
		prec                     dyad.Precision
	}{
		{"3 May 2001", "date", "2001-05-03", "", 0, dyad.PrecDay},
		{"Friday", "date", "2019-05-31", "document", 1, dyad.PrecDay},
		{"April", "date", "2020-04", "document", 1, dyad.PrecMonth},
	}
	if len(doc.Times) != len(want) {
		t.Fatalf("got %d mentions, want %d: %+v", len(doc.Times), len(want), doc.Times)
	}
	for i, w := range want {
		m := doc.Times[i]
		if got := doc.Text[m.Start:m.End]; got != w.text {
			t.Errorf("%d: text %q, want %q", i, got, w.text)
		}
		if m.Type != w.typ || m.Value != w.value || m.Anchor != w.anchor || m.Sentence != w.sentence || m.Date.Precision != w.prec {
			t.Errorf("%d: got %s %s anchor %q sentence %d %s, want %s %s anchor %q sentence %d %s",
				i, m.Type, m.Value, m.Anchor, m.Sentence, m.Date.Precision, w.typ, w.value, w.anchor, w.sentence, w.prec)
		}
		if m.Date.Value != m.Value {
			t.Errorf("%d: Date.Value %q differs from Value %q", i, m.Date.Value, m.Value)
		}
	}
}

func TestDayFirst(t *testing.T) {
	ref, _ := dyad.ParseDay("2019-06-02")
	tg := timex.New()
	tests := []struct {
		name     string
		dayFirst bool
		text     string
		want     string
	}{
		{"us-default", false, "on 04/06/2019", "2019-04-06"},
		{"day-first", true, "on 04/06/2019", "2019-06-04"},
		{"day-over-12-us", false, "on 28/02/2014", "2014-02-28"},
		{"month-day-over-12", true, "on 02/28/2014", "2014-02-28"},
		{"impossible", false, "on 31/02/2014", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tg.DayFirst = tt.dayFirst
			got := tg.Tag(tt.text, ref)
			switch {
			case tt.want == "" && len(got) != 0:
				t.Errorf("got %+v, want nothing", got)
			case tt.want != "" && (len(got) != 1 || got[0].Value != tt.want):
				t.Errorf("got %+v, want %s", got, tt.want)
			}
		})
	}
}

func TestNoReference(t *testing.T) {
	// without a reference date, relative expressions are left out and
	// absolute ones kept
	got := timex.New().Tag("Yesterday, as on 3 May 2001, talks failed.", dyad.Date{})
	if len(got) != 1 || got[0].Value != "2001-05-03" {
		t.Errorf("got %+v, want only 2001-05-03", got)
	}
}

func TestDateOf(t *testing.T) {
	tests := []struct {
		value string
		ok    bool
		prec  dyad.Precision
		begin string
		end   string
	}{
		{"1998-10-03", true, dyad.PrecDay, "1998-10-03", "1998-10-04"},
		{"1988-12", true, dyad.PrecMonth, "1988-12-01", "1989-01-01"},
		{"197", true, dyad.PrecDecade, "1970-01-01", "1980-01-01"},
		{"19", true, dyad.PrecCentury, "1900-01-01", "2000-01-01"},
		{"2002-SP", true, dyad.PrecSeason, "2002-03-01", "2002-06-01"},
		{"2002-WI", true, dyad.PrecSeason, "2002-12-01", "2003-03-01"},
		{"2009-Q1", true, dyad.PrecQuarter, "2009-01-01", "2009-04-01"},
		{"2019-H2", true, dyad.PrecHalf, "2019-07-01", "2020-01-01"},
		{"2019-W22", true, dyad.PrecWeek, "2019-05-27", "2019-06-03"},
		{"2010/2011", true, dyad.PrecInterval, "2010-01-01", "2012-01-01"},
		{"2019-06-02T17:00", true, dyad.PrecTime, "2019-06-02", "2019-06-03"},
		{"2019-13", false, "", "", ""},
		{"2019-02-30", false, "", "", ""},
		{"0000", false, "", "", ""},
		{"2019-W54", false, "", "", ""},
		{"2011/2010", false, "", "", ""},
		{"2019-06-02T25:00", false, "", "", ""},
		{"P5D", false, "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.value, func(t *testing.T) {
			d, ok := timex.DateOf(tt.value)
			if ok != tt.ok {
				t.Fatalf("ok = %v, want %v", ok, tt.ok)
			}
			if !ok {
				return
			}
			if d.Precision != tt.prec || d.Begin.Format("2006-01-02") != tt.begin || d.End.Format("2006-01-02") != tt.end {
				t.Errorf("got %s %s–%s, want %s %s–%s", d.Precision, d.Begin.Format("2006-01-02"), d.End.Format("2006-01-02"), tt.prec, tt.begin, tt.end)
			}
		})
	}
}

func TestAmbiguous(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"04/06/2019", true}, {"28/02/2014", false}, {"06/06/2019", false},
		{"02.05.2011", true}, {"2011-05-02", false}, {"13/12/2019", false},
	} {
		if got := timex.Ambiguous(tt.s); got != tt.want {
			t.Errorf("Ambiguous(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// TestNarrativeYears checks which dates move the story for year-less dates
// after them: an attributive year ("the 1998 agreement") does not; a year
// after "until" does ("fought there until July. That month …").
func TestNarrativeYears(t *testing.T) {
	tests := []struct{ text, date, want string }{
		{"The announcement of March 2023 revived the 1998 cooperation agreement. On 6 April the two ministers met.", "2024-03-11", "2023-04-06"},
		{"In 1998 the war began. On 6 April the two ministers met.", "2024-03-11", "1998-04-06"},
		{"In May 1999 the two armies fought until July. That month Sharif ordered a withdrawal.", "2019-06-02", "1999-07"},
		// the story moves forward to the next January; a "had" past a
		// semicolon steps back in its own clause only
		{"In December 2024 police detained soldiers who had fled; Kenya handed them back in January.", "2025-05-14", "2025-01"},
		{"In December 2024 Kenya handed back soldiers who had fled in January.", "2025-05-14", "2024-01"},
		// a date compared with ("than in 1981") does not move the story
		{"In 1995 the war resumed. Ecuador, far better prepared than in 1981, shot down two jets on 10 February.", "2025-08-11", "1995-02-10"},
		// within a clause a bare month looks back within the year
		{"In August 2016 Erdogan visited St Petersburg, his first trip since the coup against him in July. In October the two signed an agreement.",
			"2019-06-02", "2016-10"},
	}
	for _, tt := range tests {
		ref, _ := dyad.ParseDay(tt.date)
		got := timex.New().Tag(tt.text, ref)
		if len(got) == 0 || got[len(got)-1].Value != tt.want {
			t.Errorf("%q: last value %v, want %s", tt.text, got, tt.want)
		}
	}
}

// TestEaster checks the computus on known dates.
func TestEaster(t *testing.T) {
	for _, tt := range []struct{ ref, text, want string }{
		{"1999-01-10", "They met on Easter Sunday.", "1998-04-12"},
		{"2024-06-01", "They met on Easter Sunday.", "2024-03-31"},
		{"2038-01-05", "Pilgrims will gather at Easter.", "2038-04-25"},
		{"2011-12-01", "Talks resumed after Thanksgiving.", "2011-11-24"},
	} {
		ref, _ := dyad.ParseDay(tt.ref)
		got := timex.New().Tag(tt.text, ref)
		if len(got) != 1 || got[0].Value != tt.want {
			t.Errorf("%s %q: %+v, want %s", tt.ref, tt.text, got, tt.want)
		}
	}
}
