package ingest

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dyadproject/dyad"
)

// headLines is how many non-blank lines at the top of a text are searched
// for a byline or a date line.
const headLines = 5

var (
	submittedBy = regexp.MustCompile(`(?i)^(?:submitted|posted|written|published|filed|contributed)\s+by:?\s+(.+?)(?:\s+on\s+(.+))?$`)
	// "By Jane Doe", "Opinion by Jane Doe", "Analysis by Jane Doe, CNN"
	byPrefix = regexp.MustCompile(`(?i)^(?:(?:news\s+)?(?:opinion|analysis|commentary|column|essay|perspective|review|interview)\s+)?by\s*:?\s+(.+)$`)
	// A section or desk name, or a place set as its own line, before the
	// date: "Analysis | Published …", "Foreign Affairs Desk — 2026-09-21",
	// "JOHANNESBURG — June 30, 2026".
	sectionLabel = regexp.MustCompile(`^(\p{Lu}[\p{L}’'&.]*(?:\s+(?:\p{Lu}[\p{L}’'&.]*|of|and|&)){0,3})\s*[|·•—–]\s*`)
	// A place in capitals and a comma before the date, as its own line:
	// "BOGOTÁ, 9 September 2024 —".
	placeLabel = regexp.MustCompile(`^(\p{Lu}[\p{Lu}.'’ -]{1,40}),\s*`)
	// A place and a wire agency before the date, as its own line: "ROME
	// (Reuters) 14 May 2026".
	placeAgency = regexp.MustCompile(`^(\p{Lu}[\p{Lu}.'’ /-]{1,40}?)\s*\((?:` + agencies + `)\)\s*[,:—–-]?\s*`)
	// the parts of "Europe | Tomasz Wierzbicki | 12 March 2026", and a
	// section name of a few words, not all capitalised ("Long read")
	labelSep    = regexp.MustCompile(`\s+[|·•—–]\s+`)
	sectionName = regexp.MustCompile(`^\p{Lu}[\p{L}'’&-]*(?:\s+[\p{L}'’&-]+){0,3}$`)
	readTime    = regexp.MustCompile(`(?i)^\d{1,2}[ -]min(?:ute)?s?(?: read)?$`)
	// "Posted on 3/3/2026 by Jane Doe": the date before the author
	postedOn = regexp.MustCompile(`(?i)^(?:posted|published|written|updated)\s+(?:on\s+)?(.+?)\s+by\s+(.+)$`)
	// The labels of a date line: "published 5 May 2026, updated 6 May
	// 2026" holds two.
	dateWord  = regexp.MustCompile(`(?i)\b(?:first\s+published|last\s+updated|published|updated|posted|modified)\b`)
	dateLabel = regexp.MustCompile(`(?i)^(last\s+updated|first\s+published|published|posted|updated|modified|dated?|filed)(?:\s+on)?\s*:?\s*`)
	clockTime = regexp.MustCompile(`(?i)\b\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s+(?:[A-Z]{2,5}|[+-]\d{2}:?\d{2}))?\b`)
	nameWord  = regexp.MustCompile(`^(?:\p{Lu}[\p{L}'’.-]*|and|&|de|del|der|van|von|bin|al|el|la|le|da|di|du|dos)$`)
	// A wire-service dateline opens the first paragraph: a place in
	// capitals, an optional date without year and an optional agency.
	dateline = regexp.MustCompile(`^(\p{Lu}[\p{Lu}.'’ /-]{1,40}(?:,\s*\p{Lu}[\p{L}.]+){0,2}),?\s+((?i:` + monthPat + `)\s+\d{1,2}(?:,\s*\d{4})?)?\s*(?P<agency>\((?:` + agencies + `)\))?\s*(?:--|[-–—:])(?:\s|$)`)
	// the separator before the date in "By Jane Doe, Brasília bureau
	// chief — Monday 23 November 2026"
	roleDate = regexp.MustCompile(`\s[—–|·•]\s`)
)

const agencies = `Reuters|AP|AFP|PTI|IANS|ANI|Xinhua|UPI|Bloomberg|dpa|Kyodo|Yonhap|TASS|Anadolu|EFE`

var agencyGroup = dateline.SubexpIndex("agency")

// header finds the title (when wantTitle), byline and date lines at the
// top of text. It fills doc's Title, Author and Published if they are
// empty, keeps the raw lines in Meta["byline"] and Meta["dateline"], and
// returns text without the title and the pure-metadata byline lines. A
// dateline stays in the text: it opens the first sentence.
func header(text string, doc *dyad.Document, wantTitle bool) string {
	lines := strings.Split(text, "\n")
	drop := map[int]bool{}
	first := nextLine(lines, 0)
	if wantTitle && first >= 0 && isTitle(lines, first) {
		if doc.Title == "" {
			doc.Title = strings.TrimSpace(lines[first])
		}
		drop[first] = true
		first = nextLine(lines, first+1)
	} else if wantTitle && first >= 0 && standfirst(lines, first) {
		// a headline, its standfirst, then the byline: "India and China
		// sign a border pact / Two giants learn to live with each
		// other / By Jane Doe | March 3, 2025"; neither is the story's
		// text, and a headline coded would tell its event twice
		if doc.Title == "" {
			doc.Title = strings.TrimSpace(lines[first])
		}
		doc.Meta["standfirst"] = strings.TrimSpace(lines[first+1])
		drop[first], drop[first+1] = true, true
		first = nextLine(lines, first+2)
	}
	if next := nextLine(lines, first+1); wantTitle && doc.Title != "" && first >= 0 && next >= 0 &&
		dekBefore(strings.TrimSpace(lines[first]), strings.TrimSpace(lines[next])) {
		// "Title / (blank) / Two giants learn to live with each other /
		// (blank) / By Jane Doe | March 3, 2025": a line between the title
		// and the byline is the standfirst
		doc.Meta["standfirst"] = strings.TrimSpace(lines[first])
		drop[first] = true
		first = next
	}
	var bylines []string
	for i, seen := first, 0; i >= 0 && seen < headLines; i, seen = nextLine(lines, i+1), seen+1 {
		line := strings.TrimSpace(lines[i])
		if doc.Title != "" && line == doc.Title && seen == 0 {
			drop[i] = true // a page's headline repeated in its text
			continue
		}
		if byline(line, doc) {
			drop[i] = true
			bylines = append(bylines, line)
			continue
		}
		if m := dateline.FindStringSubmatch(line); m != nil && (m[2] != "" || m[agencyGroup] != "" || len(m[1]) >= 4 && !strings.ContainsAny(m[1], ",")) {
			doc.Meta["dateline"] = strings.TrimRight(strings.TrimSpace(m[0]), " -–—:")
			doc.Meta["dateline_place"] = strings.TrimSpace(m[1])
			if d, ok := ParseDate(m[2]); ok && doc.Published.IsZero() {
				doc.Published, doc.PublishedBy = d, "dateline"
			}
			break
		}
		if len(bylines) > 0 {
			break // the body has begun
		}
	}
	if len(bylines) > 0 {
		doc.Meta["byline"] = strings.Join(bylines, "\n")
	}
	if u := doc.Meta["updated"]; u != "" && doc.Published.IsZero() {
		// a page that gives only the time of its last update ("Updated
		// 8 Feb 2026, 09:40 GMT") was written by then: the best date
		// there is for resolving "last month"
		if d, ok := ParseDate(u); ok {
			doc.Published, doc.PublishedBy = d, "byline (updated)"
		}
	}
	if len(drop) == 0 {
		return text
	}
	kept := lines[:0:0]
	for i, l := range lines {
		if !drop[i] {
			kept = append(kept, l)
		}
	}
	return cleanText(strings.Join(kept, "\n"))
}

func nextLine(lines []string, i int) int {
	for ; i < len(lines); i++ {
		if strings.TrimSpace(lines[i]) != "" {
			return i
		}
	}
	return -1
}

// isTitle reports whether lines[i] reads as a headline: short, without a
// closing period or comma, followed by a blank line and more text.
func isTitle(lines []string, i int) bool {
	l := strings.TrimSpace(lines[i])
	if len(l) > 200 || len(strings.Fields(l)) > 25 || strings.ContainsAny(l[len(l)-1:], ".,;:") {
		return false
	}
	if i+1 >= len(lines) || nextLine(lines, i+1) < 0 {
		return false
	}
	if next := strings.TrimSpace(lines[i+1]); next != "" && !isByline(next) && !dateline.MatchString(next) {
		// a headline is followed by a blank line, or at once by its
		// byline or date line ("Analysis | Published …"), or by the
		// first paragraph when that opens with a wire dateline
		// ("BAKU, Nov. 3, 2025 - When …")
		return false
	}
	return !isByline(l)
}

// standfirst reports whether lines[i] is a headline followed at once by a
// standfirst and then, after any blank lines, by a byline or date line.
func standfirst(lines []string, i int) bool {
	next := nextLine(lines, i+2)
	if i+1 >= len(lines) || next < 0 {
		return false
	}
	head := strings.TrimSpace(lines[i])
	if head == "" || len(head) > 200 || strings.ContainsAny(head[len(head)-1:], ".,;:") || isByline(head) {
		return false
	}
	return dekBefore(strings.TrimSpace(lines[i+1]), strings.TrimSpace(lines[next]))
}

// dekBefore reports whether dek, a line under the headline, is a
// standfirst: short, no byline or wire dateline itself, with the byline
// or date line by after it.
func dekBefore(dek, by string) bool {
	return dek != "" && by != "" && len(dek) <= 300 && !dateline.MatchString(dek) && !isByline(dek) && isByline(by)
}

// isByline reports whether line is pure metadata, without keeping what it
// holds.
func isByline(line string) bool {
	return byline(line, &dyad.Document{Meta: map[string]string{}})
}

// byline reports whether line is pure metadata (an author byline or a
// date line) and, if so, fills doc's empty Author and Published from it.
func byline(line string, doc *dyad.Document) bool {
	if len(line) > 160 {
		return false
	}
	var author, rest string
	if m := postedOn.FindStringSubmatch(line); m != nil && isName(m[2]) {
		if _, _, ok := datesLine(m[1]); ok {
			author, rest = m[2], m[1]
		}
	}
	if author != "" {
		// "Posted on 3/3/2026 by Jane Doe"
	} else if m := submittedBy.FindStringSubmatch(line); m != nil {
		author, rest = m[1], m[2]
		if rest == "" {
			author, rest = splitByline(m[1])
		}
		if !isHandle(author) {
			return false
		}
	} else if m := byPrefix.FindStringSubmatch(line); m != nil {
		author, rest = splitByline(m[1])
		if !isName(author) {
			return false
		}
	} else {
		rest = line
	}
	var date, upd dyad.Date
	labelled := false
	if author == "" {
		m := sectionLabel.FindStringSubmatch(line)
		if m == nil {
			m = placeLabel.FindStringSubmatch(line)
		}
		if m == nil {
			m = placeAgency.FindStringSubmatch(line)
		}
		if m != nil {
			var ok bool
			if date, upd, ok = datesLine(line[len(m[0]):]); ok {
				rest, labelled = line[len(m[0]):], true
				key := "section"
				if strings.ToUpper(m[1]) == m[1] && dateWord.FindStringIndex(rest) == nil {
					key = "dateline_place" // "JOHANNESBURG — June 30, 2026", not "OPINION — published …"
				}
				doc.Meta[key] = m[1]
			}
		}
	}
	if rest != "" && !labelled {
		var ok bool
		date, upd, ok = datesLine(rest)
		if !ok && author == "" {
			var who string
			if date, upd, who, ok = labelledDate(rest); ok && doc.Author == "" {
				doc.Author = who
			}
		}
		if at := roleDate.FindAllStringIndex(rest, -1); !ok && author != "" && len(at) > 0 {
			// the author's role or place before the date
			date, upd, ok = datesLine(rest[at[len(at)-1][1]:])
		}
		if !ok && author == "" {
			return false
		}
		if !ok && !isName(strings.Trim(rest, " ,|-–—·•")) {
			return false
		}
	}
	if author != "" && doc.Author == "" {
		doc.Author = author
	}
	if !upd.IsZero() {
		doc.Meta["updated"] = upd.Value
	}
	if !date.IsZero() && doc.Published.IsZero() {
		doc.Published, doc.PublishedBy = date, "byline"
	}
	return true
}

// datesLine parses s as a date line of one date, or of several each with
// its label, and returns the date of publication and of the last update
// (either may be zero).
func datesLine(s string) (published, updated dyad.Date, ok bool) {
	if d, upd, ok := metadataDate(s); ok {
		if upd {
			return dyad.Date{}, d, true
		}
		return d, dyad.Date{}, true
	}
	at := dateWord.FindAllStringIndex(s, -1)
	if len(at) < 2 || strings.TrimSpace(strings.Trim(s[:at[0][0]], ",;|·•–— ")) != "" {
		return dyad.Date{}, dyad.Date{}, false
	}
	for i, a := range at {
		end := len(s)
		if i+1 < len(at) {
			end = at[i+1][0]
		}
		d, upd, ok := metadataDate(strings.Trim(s[a[0]:end], ",;|·•–— "))
		if !ok {
			return dyad.Date{}, dyad.Date{}, false
		}
		if upd {
			updated = d
		} else if published.IsZero() {
			published = d
		}
	}
	return published, updated, true
}

// labelledDate reads a line of labels and a date, split by bars, dots or
// dashes: "Europe | Tomasz Wierzbicki | 12 March 2026", "Opinion | 3 March
// 2026 | Jane Doe", "Tuesday 3 March 2026 — Middle East". Each label is a
// name, a short phrase that opens with a capital, or a reading time; a
// name after the first part is the author's.
func labelledDate(line string) (published, updated dyad.Date, author string, ok bool) {
	parts := labelSep.Split(line, -1)
	if len(parts) < 2 {
		return dyad.Date{}, dyad.Date{}, "", false
	}
	at := -1
	for i, p := range parts {
		if d, u, found := datesLine(p); found && at < 0 {
			at, published, updated = i, d, u
			continue
		}
		if !isName(p) && !sectionName.MatchString(p) && !readTime.MatchString(p) || len(strings.Fields(p)) > 5 {
			return dyad.Date{}, dyad.Date{}, "", false
		}
		if i > 0 && len(parts) > 2 && author == "" && isName(p) && strings.ToUpper(p) != p {
			author = p // a section, a name and a date, in some order
		}
	}
	return published, updated, author, at >= 0
}

// splitByline splits "Jane Doe | March 3, 2019" into a name and the rest.
func splitByline(s string) (string, string) {
	if i := strings.IndexAny(s, "|·•,"); i >= 0 {
		_, n := utf8.DecodeRuneInString(s[i:])
		return strings.TrimSpace(s[:i]), strings.TrimSpace(s[i+n:])
	}
	for _, sep := range []string{" - ", " – ", " — "} {
		if before, after, ok := strings.Cut(s, sep); ok {
			return strings.TrimSpace(before), strings.TrimSpace(after)
		}
	}
	if _, start, _, ok := findDate(s); ok {
		return strings.TrimSpace(s[:start]), strings.TrimSpace(s[start:])
	}
	return strings.TrimSpace(s), ""
}

// metadataDate parses s as a date line: a date with, at most, a label
// ("Posted:"), a weekday, a clock time and separators around it. It
// reports whether the label says the date is of an update.
func metadataDate(s string) (d dyad.Date, updated, ok bool) {
	s = strings.TrimSpace(s)
	if m := dateLabel.FindStringSubmatch(s); m != nil {
		l := strings.ToLower(m[1])
		updated = strings.Contains(l, "updated") || l == "modified"
		s = s[len(m[0]):]
	}
	d, start, end, ok := findDate(s)
	if !ok {
		return dyad.Date{}, false, false
	}
	rest := clockTime.ReplaceAllString(s[:start]+" "+s[end:], " ")
	rest = strings.NewReplacer(" at ", " ", " on ", " ").Replace(" " + rest + " ")
	for _, r := range rest {
		if !unicode.IsSpace(r) && !unicode.IsPunct(r) && !strings.ContainsRune("|·•–—", r) {
			return dyad.Date{}, false, false
		}
	}
	return d, updated, true
}

// isName reports whether s looks like one or more personal names:
// capitalised words and the particles that join them.
func isName(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 8 || len(s) > 80 {
		return false
	}
	for _, w := range words {
		if !nameWord.MatchString(strings.TrimRight(w, ",")) {
			return false
		}
	}
	return unicode.IsUpper([]rune(words[0])[0])
}

// isHandle accepts a name or a user name such as "jdoe" after
// "Submitted by".
func isHandle(s string) bool {
	if isName(s) {
		return true
	}
	if s == "" || len(s) > 40 || strings.ContainsAny(s, " \t") {
		return false
	}
	for _, r := range s {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !strings.ContainsRune("._-@", r) {
			return false
		}
	}
	return true
}

// cleanText normalises line ends and blank lines: lines are trimmed,
// control characters dropped, and paragraphs separated by exactly one
// blank line, the break the segmenter reads as a new paragraph.
func cleanText(s string) string {
	s = strings.NewReplacer("\r\n", "\n", "\r", "\n", "\f", "\n", "\v", "\n").Replace(s)
	s = strings.Map(func(r rune) rune {
		if r < ' ' && r != '\n' && r != '\t' || r == 0x7f || r == '\uFEFF' {
			return -1
		}
		return r
	}, s)
	lines := strings.Split(s, "\n")
	var b strings.Builder
	b.Grow(len(s))
	blank := false
	for _, l := range lines {
		l = strings.TrimSpace(l)
		if l == "" {
			blank = b.Len() > 0
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('\n')
			if blank {
				b.WriteByte('\n')
			}
		}
		blank = false
		b.WriteString(l)
	}
	return b.String()
}
