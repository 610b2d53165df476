package timex_test

import (
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/timex"
)

func TestDocumentDate(t *testing.T) {
	tests := []struct {
		name, text string
		want, how  string
		evidence   string
	}{
		{"drupal", "Border talks resume\nSubmitted by jdoe on Tue, 04/06/2019 - 09:15\n\nTalks resumed in 1988.", "2019-04-06", "byline", "04/06/2019"},
		{"posted", "Posted: March 3, 2019\nThe minister said in 1998 that...", "2019-03-03", "byline", "March 3, 2019"},
		{"by-pipe", "India and China\nBy Jane Doe | March 3, 2019\n\nBody.", "2019-03-03", "byline", "March 3, 2019"},
		{"published", "Published 12 August 2011\n\nRiots spread on Tuesday.", "2011-08-12", "byline", "12 August 2011"},
		{"dateline-year", "BEIJING, June 2, 2019 (Xinhua) -- China said on Sunday...", "2019-06-02", "dateline", "June 2, 2019"},
		{"dateline-header-year", "Border row | 2019\nNEW DELHI, June 2 (Reuters) - India said...", "2019-06-02", "dateline", "June 2"},
		{"updated-last", "Updated: June 5, 2019\nPublished: June 2, 2019\nText.", "2019-06-02", "byline", "June 2, 2019"},
		{"updated-only", "Last updated June 5, 2019\nText.", "2019-06-05", "byline", "June 5, 2019"},
		{"bare-line", "Border talks\n3 March 2019\n\nThe talks of 1988 failed.", "2019-03-03", "byline", "3 March 2019"},
		{"day-over-12", "Submitted by x on Sat, 28/02/2015 - 10:00", "2015-02-28", "byline", "28/02/2015"},
		{"reuters-line", "June 2, 2019 / 9:15 AM / Updated 5 years ago\nBody", "2019-06-02", "byline", "June 2, 2019"},
		{"last-modified", "Last Modified: Sun, Jun 02 2019. 09 15 AM IST\nBody", "2019-06-02", "byline", "Sun, Jun 02 2019"},
		{"caps-published", "Home » News\nPUBLISHED: 10:15 GMT, 2 June 2019 | UPDATED: 11:00 GMT, 3 June 2019\n", "2019-06-02", "byline", "2 June 2019"},
		{"dateline-colon", "India, China agree to talks\n\nBEIJING: June 2, 2019 — China said", "2019-06-02", "dateline", "June 2, 2019"},
		{"dateline-copyright", "WASHINGTON, June 2 — The Senate voted on Sunday.\n© 2019 The Times", "2019-06-02", "dateline", "June 2"},
		{"year-only-line", "In 1954 India signed a pact.\nThe treaty of June 3, 1954 was hailed widely in the press.", "", "", ""},
		{"dateline-no-year", "NEW DELHI, June 2 (Reuters) - India said it signed the pact in 1954.", "", "", ""},
		{"body-date", "The treaty was signed on June 3, 1954, in Beijing, and it was hailed as a model for the region by many.", "", "", ""},
		{"dateline-two-places", "Peace at last\nYEREVAN/BAKU, Sept 9, 2025 -\n\nText.", "2025-09-09", "dateline", "Sept 9, 2025"},
		{"paragraph-opening-on", "Peace at last\n\nOn 20 February 1988 the regional soviet of Nagorno-Karabakh, an Armenian-majority autonomous region inside Soviet Azerbaijan, voted to ask Moscow to transfer it to Soviet Armenia.", "", "", ""},
		{"none", "No date here at all.", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, how, ev, ok := timex.DocumentDate(tt.text)
			if ok != (tt.want != "") {
				t.Fatalf("ok = %v (%s %s), want %v", ok, d.Value, how, tt.want != "")
			}
			if !ok {
				return
			}
			if d.Value != tt.want || d.Precision != dyad.PrecDay || how != tt.how {
				t.Errorf("got %s %s %s, want %s day %s", d.Value, d.Precision, how, tt.want, tt.how)
			}
			if ev.Text != tt.evidence || tt.text[ev.Start:ev.End] != tt.evidence {
				t.Errorf("evidence %q at %v, want %q", ev.Text, ev.Span, tt.evidence)
			}
		})
	}
}

func TestDocumentDateNear(t *testing.T) {
	near, _ := dyad.ParseDay("2019-06-10")
	text := "NEW DELHI, June 2 (Reuters) - India said it signed the pact in 1954."
	d, how, ev, ok := timex.DocumentDateNear(text, near)
	if !ok || d.Value != "2019-06-02" || how != "dateline" || ev.Text != "June 2" {
		t.Errorf("got %s %s %q %v, want 2019-06-02 dateline \"June 2\"", d.Value, how, ev.Text, ok)
	}
	// a dateline after the fallback date belongs to the year before
	near, _ = dyad.ParseDay("2019-05-01")
	if d, _, _, ok := timex.DocumentDateNear(text, near); !ok || d.Value != "2018-06-02" {
		t.Errorf("got %s %v, want 2018-06-02", d.Value, ok)
	}
}

// TestDatelineYearFromText: a long text under a dateline without a year
// is dated to the first such day after the latest date it names.
func TestDatelineYearFromText(t *testing.T) {
	body := strings.Repeat("The two governments traded notes about the islands, as they have for decades. ", 30)
	text := "LONDON, April 2 (Reuters) -\n\nIn January 2024 the ministers met. " + body + "They met again in March 2024."
	d, how, _, ok := timex.DocumentDate(text)
	if !ok || d.Value != "2024-04-02" || how != "dateline" {
		t.Errorf("got %v %s %s, want 2024-04-02 by dateline", ok, d.Value, how)
	}
	text = "LONDON, April 2 (Reuters) -\n\nIn January 2024 the ministers met. " + body + "They met again in May 2024."
	if d, _, _, _ := timex.DocumentDate(text); d.Value != "2025-04-02" {
		t.Errorf("got %s, want 2025-04-02: the report follows May 2024", d.Value)
	}
	// A month named without its year after the latest dated one is later
	// still: with a 2024 dateline "last September" would go back to 2023.
	text = "LONDON, April 2 (Reuters) -\n\nIn January 2024 the ministers met. " + body + "Last September they met again."
	if d, _, _, _ := timex.DocumentDate(text); d.Value != "2025-04-02" {
		t.Errorf("got %s, want 2025-04-02: last September follows January 2024", d.Value)
	}
	// The end of a span that may run past the report tells nothing of it.
	text = "LONDON, April 2 (Reuters) -\n\nIn January 2024 the ministers met and extended the lease to 2042. " + body
	if d, _, _, _ := timex.DocumentDate(text); d.Value != "2024-04-02" {
		t.Errorf("got %s, want 2024-04-02: 2042 ends a lease", d.Value)
	}
	// A flashback by year only does not move it.
	text = "LONDON, April 2 (Reuters) -\n\nIn January 2024 the ministers met. " + body + "Last year they had not met."
	if d, _, _, _ := timex.DocumentDate(text); d.Value != "2024-04-02" {
		t.Errorf("got %s, want 2024-04-02", d.Value)
	}
}
