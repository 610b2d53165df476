package timex

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/dyadproject/dyad"
)

// headBytes is how much of the text DocumentDate reads: bylines and
// datelines sit at the top.
const headBytes = 1500

// bylineCue matches the start of a line that carries the report's date.
// "updated" ranks below the others: a story's first publication dates it.
var bylineCue = regexp.MustCompile(`(?i)^\s*(submitted\s+by|posted|published|first\s+published|by\s|date[d:]?\s|on\s|filed|updated|last\s+(?:updated|modified)|modified)`)

// dateline matches "NEW DELHI, June 2 (Reuters) -" and "BEIJING, June 2,
// 2019 (Xinhua) --": a capitalised place, a date, an optional agency and a
// dash or colon.
var dateline = regexp.MustCompile(`^\s*[A-Z][A-Z.'\-/ ]+(?:,\s*[A-Z][A-Za-z.' ]+)?\s*[,:]\s*([A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}(?:\s+\d{4})?)\s*(?:\([^)]{1,40}\))?\s*(?:-|–|—|:)`)

// maxByline is the longest line read as a byline; a longer one is prose.
const maxByline = 160

var copyrightRe = regexp.MustCompile(`(?i)(?:©|\(c\)|copyright)\s*(?:19|20)\d\d`)

var yearRe = regexp.MustCompile(`\b(19[5-9]\d|20\d\d)\b`)

// DocumentDate finds the date of a report in its byline or dateline, in
// the first 1500 bytes of text: "Submitted by jdoe on Tue, 04/06/2019 -
// 09:15" (month/day unless the day is over 12), "Posted: March 3, 2019",
// "By Jane Doe | March 3, 2019", "Published 12 August 2011", or "NEW
// DELHI, June 2 (Reuters) -". how is "byline" or "dateline"; ev is the
// date's span in text. A dateline without a year takes the year written
// elsewhere in the header; when there is none ok is false (see
// DocumentDateNear).
func DocumentDate(text string) (d dyad.Date, how string, ev dyad.Evidence, ok bool) {
	return DocumentDateNear(text, dyad.Date{})
}

// DocumentDateNear is DocumentDate with a fallback for datelines that
// omit the year: the year that puts the date closest to near without
// passing it, as a crawl or file date would. A zero near uses only the
// header.
func DocumentDateNear(text string, near dyad.Date) (d dyad.Date, how string, ev dyad.Evidence, ok bool) {
	head := text
	if len(head) > headBytes {
		cut := headBytes
		for cut > 0 && !utf8.RuneStart(head[cut]) {
			cut--
		}
		head = head[:cut]
	}
	t := New()
	var updated *dyad.TimeMention
	var yearLines strings.Builder // header lines before the dateline
	if m := copyrightRe.FindString(head); m != "" {
		yearLines.WriteString(m + "\n")
	}
	updatedOff := 0
	off := 0
	for _, line := range strings.SplitAfter(head, "\n") {
		lineOff := off
		off += len(line)
		if strings.TrimSpace(line) == "" {
			continue
		}
		if m := dateline.FindStringSubmatchIndex(line); m != nil {
			if dd, ev, ok := datelineDate(t, text, line, lineOff, m[2], m[3], yearLines.String(), near); ok {
				return dd, "dateline", ev, true
			}
		}
		cue := bylineCue.FindString(line)
		trimmed := strings.TrimSpace(line)
		if len(trimmed) > maxByline {
			cue = "" // a paragraph opening "On 20 February 1988 …"
		}
		bare := cue == "" && len(trimmed) < 100
		if cue != "" || len(strings.TrimSpace(line)) < 80 || strings.Contains(line, "©") {
			yearLines.WriteString(line) // titles, bylines and notices may hold the year
		}
		if cue == "" && !bare && !strings.Contains(line, "|") {
			continue
		}
		for _, m := range t.Tag(line, dyad.Date{}) {
			if m.Type != "date" || m.Anchor != "" || m.Date.Precision != dyad.PrecDay {
				continue
			}
			if bare && m.Len() < len(trimmed)-12 && m.Start > len(line)-len(strings.TrimLeft(line, " \t"))+2 {
				break // a date inside a sentence is not a byline
			}
			if strings.Contains(strings.ToLower(cue), "updated") || strings.Contains(strings.ToLower(cue), "modified") {
				if updated == nil {
					mm := m
					updated, updatedOff = &mm, lineOff
				}
				break
			}
			sp := dyad.Span{Start: lineOff + m.Start, End: lineOff + m.End}
			return m.Date, "byline", dyad.EvidenceOf(text, sp), true
		}
	}
	if updated != nil {
		sp := dyad.Span{Start: updatedOff + updated.Start, End: updatedOff + updated.End}
		return updated.Date, "byline", dyad.EvidenceOf(text, sp), true
	}
	return dyad.Date{}, "", dyad.Evidence{}, false
}

// datelineDate resolves the date of a dateline; line[a:b] is its date and
// header the lines above it that may name the year.
// minInferText is the length from which a text names enough dates for its
// latest to bound the year of an undated dateline: a news brief may name
// only a date decades back, an analysis names its last events.
const minInferText = 2000

// latestDate returns the latest date the text names with its year (no
// relative or year-less one) and where it ends, or the zero date.
func latestDate(t *Tagger, text string) (dyad.Date, int) {
	var latest dyad.Date
	end := 0
	for _, m := range t.Tag(text, dyad.Date{}) {
		if m.Type == "date" && m.Anchor == "" && !m.Date.Begin.IsZero() && rank(m.Date.Precision) <= rank(dyad.PrecYear) &&
			m.Date.End.After(latest.End) && !untilDate(text, m.Start) {
			latest, end = m.Date, m.End
		}
	}
	return latest, end
}

// untilDate reports whether the date at start ends a span that may run
// past the report ("extend the lease to 2042", "until 2030"), so that it
// tells nothing of when the report was written.
func untilDate(text string, start int) bool {
	f := strings.Fields(text[max(0, start-12):start])
	if len(f) == 0 {
		return false
	}
	switch strings.ToLower(f[len(f)-1]) {
	case "to", "until", "till", "through", "by":
		return true
	}
	return false
}

// goesBack reports whether, with the document dated ref, a month or day the
// text names without its year after offset from goes back before latest:
// after "in January 2024", "last September" is 2024's, not 2023's, so the
// text was written in 2025.
func goesBack(t *Tagger, text string, ref, latest dyad.Date, from int) bool {
	for _, m := range t.Tag(text, ref) {
		if m.Start >= from && m.Type == "date" && m.Anchor == "document" &&
			rank(m.Date.Precision) < rank(dyad.PrecYear) && m.Date.End.Before(latest.Begin) {
			return true
		}
	}
	return false
}

func datelineDate(t *Tagger, text, line string, lineOff, a, b int, header string, near dyad.Date) (dyad.Date, dyad.Evidence, bool) {
	part := line[a:b]
	sp := dyad.Span{Start: lineOff + a, End: lineOff + b}
	for _, m := range t.Tag(part, dyad.Date{}) {
		if m.Type == "date" && m.Date.Precision == dyad.PrecDay {
			return m.Date, dyad.EvidenceOf(text, sp), true
		}
	}
	// no year: take one from the header, or the one nearest to near
	var years []int
	for _, y := range yearRe.FindAllString(header, -1) {
		years = append(years, atoi(y))
	}
	if !near.Begin.IsZero() {
		ny := near.Begin.Year()
		years = []int{ny, ny - 1}
	}
	if len(years) == 0 && len(text) >= minInferText {
		// nothing above the dateline and no file date: a long report is
		// written after the events it names, so take the first year in
		// which the dateline's day follows the latest date of the text
		// whose months named without a year do not go back before it
		if latest, end := latestDate(t, text); !latest.Begin.IsZero() {
			var first dyad.Date
			for y := latest.Begin.Year(); y <= latest.Begin.Year()+2; y++ {
				for _, m := range t.Tag(part+" "+itoa(y), dyad.Day(utc(y, 12, 31))) {
					if m.Type != "date" || m.Date.Precision != dyad.PrecDay || m.Date.Begin.Before(latest.End) {
						continue
					}
					if first.Begin.IsZero() {
						first = m.Date
					}
					if y > first.Begin.Year()+1 {
						return first, dyad.EvidenceOf(text, sp), true
					}
					if !goesBack(t, text, m.Date, latest, end) {
						return m.Date, dyad.EvidenceOf(text, sp), true
					}
				}
			}
			if !first.Begin.IsZero() {
				return first, dyad.EvidenceOf(text, sp), true
			}
		}
	}
	for _, y := range years {
		ref := dyad.Day(utc(y, 12, 31))
		if !near.Begin.IsZero() {
			ref = dyad.Day(near.Begin)
		}
		for _, m := range t.Tag(part+" "+itoa(y), ref) {
			if m.Type == "date" && m.Date.Precision == dyad.PrecDay {
				if !near.Begin.IsZero() && m.Date.Begin.After(near.Begin) {
					break
				}
				return m.Date, dyad.EvidenceOf(text, sp), true
			}
		}
	}
	return dyad.Date{}, dyad.Evidence{}, false
}

func itoa(n int) string {
	var b [8]byte
	i := len(b)
	for n > 0 || i == len(b) {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}
