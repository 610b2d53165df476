package timex

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dyadproject/dyad"
)

// hit is one recognised expression: tokens [start, end) of the sentence
// and its normalised value.
type hit struct {
	start, end              int
	typ, value, mod, anchor string
	// back marks a flashback ("a month earlier"), which leaves the
	// narrative reference time where the story had it.
	back bool
}

// state is what resolution needs beyond the sentence itself: the document
// date and the narrative reference time (the last date established).
type state struct {
	ref      dyad.Date   // document date at day precision; zero when unknown
	narr     dyad.Date   // last date of year precision or finer
	hist     []dyad.Date // the last few narrative dates, oldest first
	narrPara int
	narrDoc  bool // narr was itself resolved against the document date
	para     int  // paragraph of the sentence being scanned
	dayFirst bool
	// front is the latest date of year precision or finer in paragraph
	// frontPara, where the story stood when that paragraph ended: a
	// flashback inside it ("grievances going back to 1963") is no front.
	front     dyad.Date
	frontPara int
	frontDoc  bool
	// named is the year that the sentence before named a thing with, when
	// it had no other date: "The 2021 coup complicated matters further.
	// On 19 January that year …" is 2021's.
	named dyad.Date
}

// scanner recognises the expressions of one sentence.
type scanner struct {
	lx   *lexicon
	text string
	toks []dyad.Token
	st   *state

	// over replaces the norm of token overAt: "mid-1998" is scanned as
	// MID followed by a token 1998.
	overAt  int
	over    string
	overOff int // bytes of the token skipped by over

	cues    []cue // tense cues of the sentence, found on first use
	cuesSet bool

	// narrEnd is the token after the sentence's last narrative date, or -1.
	narrEnd int

	// lastDay is the last day the sentence named, for clock times.
	lastDay, lastDayAnchor string

	// out is scan's result buffer, reused from sentence to sentence.
	out []hit

	// dates[k] is the period of the k-th hit scan returned (zero for
	// durations and sets), so that it is computed once.
	dates []dyad.Date

	// trig[i] reports whether token i is a trigger: a digit, a number or
	// a trigger word (lexicon.trigger). Set once per sentence by
	// triggers, so that canStart reads a slice instead of maps.
	trig []bool
	// cls[i] is token i's word classes, set with trig.
	cls []class
	// lastDecade is the sentence's last decade value ("199"), for "the
	// following decade".
	lastDecade string
	// named is state.named of the sentence before, until a date of this
	// one moves the story
	named dyad.Date
}

// reset readies a pooled scanner for a new document, keeping its buffers.
// Fields are set one by one: copying a whole new scanner over the old one
// cost write barriers while the coder's garbage was being collected.
func (s *scanner) reset(lx *lexicon, text string) {
	s.lx, s.text, s.toks = lx, text, nil
	s.overAt, s.over, s.overOff = -1, "", 0
	s.cues, s.cuesSet, s.narrEnd = s.cues[:0], false, -1
	s.lastDay, s.lastDayAnchor = "", ""
	s.out, s.dates, s.trig, s.cls = s.out[:0], s.dates[:0], s.trig[:0], s.cls[:0]
}

// triggers fills s.trig and s.cls for the sentence and reports whether
// any token is a trigger: a sentence without one holds no expression.
func (s *scanner) triggers() bool {
	n := len(s.toks)
	if cap(s.trig) < n {
		s.trig = make([]bool, n, 2*n)
	}
	if cap(s.cls) < n {
		s.cls = make([]class, n, 2*n)
	}
	s.trig, s.cls = s.trig[:n], s.cls[:n]
	any := false
	for i := range s.toks {
		t := &s.toks[i]
		w := t.Norm
		var c class
		on := false
		switch {
		case w == "":
		case w[0] >= '0' && w[0] <= '9' || t.Kind == dyad.Number:
			on = true
		case t.Kind == dyad.Punct && w != "'" && w != "%":
			// no other punctuation is a word of the lexicon
		default:
			c = s.lx.classOf(w)
			on = c&cTrigger != 0 && t.Kind != dyad.Punct ||
				len(w) > 2 && (strings.HasPrefix(w, "MID-") || strings.HasPrefix(w, "FY") || strings.HasSuffix(w, "-CENTURY"))
		}
		s.cls[i], s.trig[i] = c, on
		any = any || on
	}
	return any
}

// look returns token i's value in the word list m of class c. The class
// bits rule most tokens out without hashing the word again.
func look[V any](s *scanner, i int, c class, m map[string]V) (V, bool) {
	if !s.has(i, c) {
		var zero V
		return zero, false
	}
	v, ok := m[s.n(i)]
	return v, ok
}

// has reports whether token i is in one of the word classes c.
func (s *scanner) has(i int, c class) bool {
	if i < 0 || i >= len(s.toks) {
		return false
	}
	if i == s.overAt {
		return s.lx.classOf(s.over)&c != 0
	}
	return s.cls[i]&c != 0
}

// yearAfter is yearFor for a date named by its month (and day) at token
// i: the story moves forward, so after "on November 15, 2023", "on April
// 2" is April 2024, unless its clause steps back ("had") or that would be
// after the report.
func (s *scanner) yearAfter(i, m, d, tense int) (int, string, bool) {
	y, anchor, ok := s.yearFor(m, d, tense)
	n := s.st.narr
	// (a season or quarter counts from its first month: "In the autumn
	// American troops pulled out …; then in late January" is the next
	// January)
	if !ok || anchor != "narrative" || rank(n.Precision) > rank(dyad.PrecSeason) || s.pluperfect(i) || s.sameClause(i) {
		return y, anchor, ok
	}
	dd := max(d, 1)
	if validDay(y, m, dd) && m < int(n.Begin.Month()) {
		if ref := s.st.ref.Begin; ref.IsZero() || !utc(y+1, m, dd).After(ref) {
			y++
		}
	}
	return y, anchor, ok
}

// sameClause reports whether the story's time was set earlier in this
// sentence with no semicolon or "and" between it and token i: "his visit in
// August of that year, his first trip since the coup against him in July"
// looks back within the year; "…in December; Kenya handed them back in
// January" and "…in December, and in January …" move on.
func (s *scanner) sameClause(i int) bool {
	if s.narrEnd < 0 || s.narrEnd > i {
		return false
	}
	for k := s.narrEnd; k < i; k++ {
		if w := s.toks[k].Norm; w == ";" || w == "AND" || w == "BUT" || w == "THEN" {
			return false
		}
	}
	return true
}

// pluperfect reports whether the clause of token i, between semicolons,
// speaks in the past perfect ("By then the court had ordered …, on 30
// October"), which steps back from the story's time rather than forward.
// A "had" past a semicolon is another clause's ("… soldiers who had fled
// across the border; Kenya handed them back in January").
func (s *scanner) pluperfect(i int) bool {
	for k := i - 1; k >= 0 && s.toks[k].Norm != ";"; k-- {
		if s.toks[k].Norm == "HAD" {
			return true
		}
	}
	for k := i + 1; k < len(s.toks) && s.toks[k].Norm != ";"; k++ {
		if s.toks[k].Norm == "HAD" {
			return true
		}
	}
	return false
}

// modal reports whether w is a modal verb of the future, which no past
// cue before it cancels ("was scheduled" does; "the Fed will" has none).
func modal(w string) bool {
	switch w {
	case "WILL", "WON'T", "'LL", "SHALL", "WOULD", "COULD", "MIGHT":
		return true
	}
	return false
}

// allCapsSentence reports whether the sentence has no lower-case letter,
// as a headline in capitals, where capitals say nothing of names.
func (s *scanner) allCapsSentence() bool {
	for _, t := range s.toks {
		for _, r := range s.text[t.Start:t.End] {
			if unicode.IsLower(r) {
				return false
			}
		}
	}
	return true
}

type cue struct {
	pos    int
	future bool
}

func (s *scanner) n(i int) string {
	if i < 0 || i >= len(s.toks) {
		return ""
	}
	if i == s.overAt {
		return s.over
	}
	return s.toks[i].Norm
}

// raw returns the token's text as written.
func (s *scanner) raw(i int) string {
	if i < 0 || i >= len(s.toks) {
		return ""
	}
	t := s.toks[i]
	if i == s.overAt {
		return s.text[t.Start+s.overOff : t.End]
	}
	return s.text[t.Start:t.End]
}

// adj reports whether token i follows token i-1 with no space between.
func (s *scanner) adj(i int) bool {
	return i > 0 && i < len(s.toks) && s.toks[i].Start == s.toks[i-1].End
}

// hyph reports whether token i is joined to token i-1 by a hyphen that
// the segmenter dropped ("year-on-year" is three tokens).
func (s *scanner) hyph(i int) bool {
	return i > 0 && i < len(s.toks) && s.text[s.toks[i-1].End:s.toks[i].Start] == "-"
}

func (s *scanner) isNum(i int) bool {
	return i >= 0 && i < len(s.toks) && s.toks[i].Kind == dyad.Number && i != s.overAt || (i == s.overAt && allDigits(s.over))
}

// capital reports whether token i begins with an upper-case letter.
func (s *scanner) capital(i int) bool {
	r, _ := utf8.DecodeRuneInString(s.raw(i))
	return unicode.IsUpper(r)
}

func allDigits(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

func atoi(w string) int {
	n, err := strconv.Atoi(w)
	if err != nil {
		return -1
	}
	return n
}

// scan returns the expressions of the sentence, left to right, longest
// first, without overlaps.
func (s *scanner) scan() []hit {
	s.overAt, s.narrEnd, s.lastDecade = -1, -1, ""
	s.dates = s.dates[:0]
	out := s.out[:0]
	// attributive years ("the 1965 resolution") anchor what follows in
	// their sentence ("… and the following year talks began") but do not
	// move the story beyond it: the story's time before the sentence, or
	// its last other date, is restored at the end
	before, beforePara, beforeDoc := s.st.narr, s.st.narrPara, s.st.narrDoc
	s.named, s.st.named = s.st.named, dyad.Date{}
	var last, fine, named dyad.Date
	lastDoc, attributive := false, false
	for i := 0; i < len(s.toks); {
		if !s.canStart(i) {
			i++
			continue
		}
		h, ok := s.best(i)
		if !ok {
			i++
			continue
		}
		if h.typ == "" {
			i = h.end // recognised but not resolvable
			continue
		}
		var period dyad.Date
		if h.typ == "date" || h.typ == "time" {
			if d, ok := DateOf(h.value); ok {
				period = d
				if !h.back && !s.boundAt(h) {
					// "On 12 January Dhaka summoned Verma over fencing
					// that breached guidelines agreed in 1975": a bare
					// earlier year after the sentence's day or month is an
					// aside, not where the story goes, even within the
					// sentence ("On New Year's Day 2023 the bridge,
					// completed in 2016, opened, and Petro returned in
					// January" is January 2023)
					aside := d.Precision == dyad.PrecYear && !fine.IsZero() && !d.End.After(fine.Begin) ||
						s.backInAside(h, d)
					if !aside && !s.planned(h) {
						s.note(d, h.anchor == "document", h.end)
					}
					switch {
					case s.attributive(h):
						attributive, named = true, d
					case aside:
						attributive = true
					case rank(d.Precision) <= rank(dyad.PrecYear):
						last, lastDoc = d, h.anchor == "document"
						if fine.IsZero() && rank(d.Precision) < rank(dyad.PrecYear) {
							fine = d
						}
					}
				}
				if len(h.value) >= 10 && h.value[4] == '-' && h.value[7] == '-' {
					s.lastDay, s.lastDayAnchor = h.value[:10], h.anchor
				}
			} else {
				i++
				continue
			}
		} else if !validDuration(h.value) {
			i++
			continue
		}
		out = append(out, h)
		if h.typ == "date" && len(h.value) == 3 && allDigits(h.value) {
			s.lastDecade = h.value
		}
		s.dates = append(s.dates, period)
		i = h.end
	}
	s.out = out
	if attributive {
		if last.Begin.IsZero() {
			s.st.narr, s.st.narrPara, s.st.narrDoc = before, beforePara, beforeDoc
			s.st.named = named
		} else {
			s.st.narr, s.st.narrDoc = last, lastDoc
		}
	}
	return out
}

// backInAside reports whether hit h, a bare year d before the story's
// time, stands between two commas of its sentence: "Then it emerged that
// Jaspal Atwal, convicted of attempting to murder an Indian minister in
// 1986, had been invited" tells a past of the person, and "When Trudeau and
// Modi finally held talks on 23 February" is still the story's 2018.
func (s *scanner) backInAside(h hit, d dyad.Date) bool {
	n := s.st.narr
	if d.Precision != dyad.PrecYear || n.Begin.IsZero() || !d.End.Before(n.Begin) || s.st.narrPara != s.st.para {
		return false
	}
	before, after := false, false
	for i := h.start - 1; i >= 0 && !before; i-- {
		before = s.n(i) == ","
	}
	for i := h.end; i < len(s.toks) && !after; i++ {
		after = s.n(i) == ","
	}
	return before && after
}

// attributive reports whether hit h is a bare year that names a thing
// rather than a time of the story: "the 1998 cooperation agreement",
// "Pakistan's 1999 coup". It dates what it names, but does not move the
// narrative: "The announcement of March 2023 revived the 1998 agreement.
// On 6 April …" is April 2023.
func (s *scanner) attributive(h hit) bool {
	if h.end != h.start+1 || len(h.value) != 4 {
		return false
	}
	switch s.n(h.start - 1) {
	case "THE", "ITS", "THEIR", "HIS", "HER", "'S", "A", "AN":
	default:
		return false
	}
	next := s.raw(h.end)
	r, _ := utf8.DecodeRuneInString(next)
	return unicode.IsLetter(r) && !s.has(h.end, cMonth|cSeason) && s.n(h.end) != "AND" && s.n(h.end) != "OR"
}

// boundAt reports whether the expression at token i opens a span that runs
// to now ("for the first time since 1998"), or is one compared with ("than
// in 1981"): the story's time is not there.
// "fought until July" does take the story to July, and so does "since
// June 1967, when Israeli forces seized the plateau", which tells what
// happened then.
func (s *scanner) boundAt(h hit) bool {
	if s.n(h.start-1) == "TO" && s.n(h.start-2) == "BACK" {
		return true // "grievances going back to 1963"
	}
	if s.n(h.start-1) == "THAN" || s.n(h.start-2) == "THAN" && (s.n(h.start-1) == "IN" || s.n(h.start-1) == "ON") {
		return true // "far better prepared than in 1981": a comparison
	}
	if s.n(h.start-1) != "SINCE" {
		return false
	}
	next := h.end
	if s.n(next) == "," {
		next++
	}
	return s.n(next) != "WHEN"
}

// planned reports whether hit h is the date something was planned or due
// for ("a further round planned for September was called off"): the story
// has not reached it, so it does not move the story's time.
func (s *scanner) planned(h hit) bool {
	i := h.start - 1
	switch s.n(i) {
	case "FOR", "IN", "ON":
		i--
	}
	return i >= 0 && s.lx.future[s.n(i)] && strings.HasSuffix(s.n(i), "ED") || s.n(i) == "DUE" || s.n(i) == "SET"
}

// note makes d the narrative reference time when it is fine enough to
// anchor "a month earlier" or "in April".
func (s *scanner) note(d dyad.Date, fromDoc bool, end int) {
	if rank(d.Precision) <= rank(dyad.PrecYear) {
		s.named = dyad.Date{}
		s.narrEnd = end
		if len(s.st.hist) == 4 {
			copy(s.st.hist, s.st.hist[1:])
			s.st.hist = s.st.hist[:3]
		}
		s.st.hist = append(s.st.hist, d)
		s.st.narr = d
		s.st.narrPara = s.st.para
		s.st.narrDoc = fromDoc
		if st := s.st; st.frontPara != st.para || d.End.After(st.front.End) {
			st.front, st.frontPara, st.frontDoc = d, st.para, fromDoc
		}
	}
}

func (s *scanner) canStart(i int) bool {
	if s.trig[i] {
		return !s.isNumber(i) || s.numberMayDate(i)
	}
	// A function word ("the", "last", "five") starts an expression only
	// with a trigger word or a number close behind it: "the end of the
	// decade", "five years ago".
	if s.cls[i]&cStart == 0 {
		return false
	}
	for j := i + 1; j < len(s.toks) && j <= i+6; j++ {
		if s.trig[j] {
			return true
		}
	}
	return false
}

func (s *scanner) isNumber(i int) bool {
	w := s.toks[i].Norm
	return w != "" && w[0] >= '0' && w[0] <= '9' || s.toks[i].Kind == dyad.Number
}

// numberMayDate reports whether number token i can begin an expression: a
// year-like four-digit number, a number with separators (28/02/2014,
// 09:15, 2010-11), or one with a trigger word just before or after it
// ("3 March", "72 hours", "3-5 June"). "21 projects" and "$95 billion"
// cannot.
func (s *scanner) numberMayDate(i int) bool {
	w := s.toks[i].Norm
	if len(w) == 4 || strings.ContainsAny(w, "/:.-") || len(w) > 0 && w[len(w)-1] > '9' {
		return true
	}
	for j := i - 1; j <= i+3; j++ {
		if j != i && j >= 0 && j < len(s.toks) && s.trig[j] && !s.isNumber(j) {
			return true
		}
	}
	return j4(s, i)
}

// j4 reports whether a four-digit number follows within two tokens, as in
// "2010 - 11" or "June 3 - 5, 2019" read from the middle.
func j4(s *scanner, i int) bool {
	for j := i + 1; j <= i+2 && j < len(s.toks); j++ {
		if w := s.toks[j].Norm; len(w) == 4 && s.isNumber(j) {
			return true
		}
	}
	return false
}

// best tries every matcher at token i and keeps the longest expression.
func (s *scanner) best(i int) (hit, bool) {
	if c := s.cls[i]; i != s.overAt && c&(cMonth|cWeekday) != 0 && c&^(cMonth|cWeekday|cTrigger|cStart|cHoliday) == 0 {
		// a bare month or weekday name begins only the dates absolute
		// reads ("Monday", "June 4, 2019", "Tuesday 19th April"); the
		// other matchers start at numbers and function words
		h, ok := s.absolute(i)
		h.start = i
		return h, ok && h.end > i
	}
	var b hit
	found := false
	try := func(h hit, ok bool) {
		if ok && h.end > i && (!found || h.end > b.end) {
			b, found = h, true
		}
	}
	try(s.modified(i))
	try(s.absolute(i))
	try(s.relative(i))
	try(s.anaphoric(i))
	try(s.coarse(i))
	try(s.duration(i))
	try(s.set(i))
	try(s.clock(i))
	b.start = i
	return b, found
}

// date is a shorthand for a date hit.
func date(end int, value, anchor string) (hit, bool) {
	return hit{end: end, typ: "date", value: value, anchor: anchor}, value != ""
}

// tense returns +1 when the nearest tense cue outside [i, j) is future,
// -1 when it is past and 0 when the sentence has none.
func (s *scanner) tense(i, j int) int {
	if !s.cuesSet {
		s.cuesSet = true
		for k, t := range s.toks {
			w, c := t.Norm, s.cls[k]
			ed := c&(cFuture|cPast) == 0 && len(w) > 4 && strings.HasSuffix(w, "ED")
			if c&(cFuture|cPast) == 0 && !ed {
				continue // neither a cue word nor a past participle
			}
			if k > 0 && (s.toks[k-1].Norm == "BE" || s.toks[k-1].Norm == "BEING") && c&cFuture == 0 {
				continue // "would be held": the participle says nothing of tense
			}
			if ed && k > 0 {
				switch s.toks[k-1].Norm {
				case "THE", "A", "AN", "ITS", "THEIR", "HIS", "HER":
					continue // "the flooded towns": an adjective
				}
			}
			if k > 0 && s.capital(k) && !s.allCapsSentence() {
				continue // "the Fed", "Will Hurd": a name
			}
			switch {
			case c&cFuture != 0 && !modal(w) && len(s.cues) > 0 && s.cues[len(s.cues)-1].pos == k-1 && !s.cues[len(s.cues)-1].future:
				// "was scheduled for": a plan reported in the past says
				// nothing of which side of the document date it falls
				s.cues = s.cues[:len(s.cues)-1]
			case c&cFuture != 0:
				s.cues = append(s.cues, cue{k, true})
			case c&cPast != 0:
				s.cues = append(s.cues, cue{k, false})
			case ed && c&cNotPast == 0 && t.Kind == dyad.Word:
				s.cues = append(s.cues, cue{k, false})
			}
		}
	}
	// The verb before an expression governs it ("will present her budget
	// on July 5, officials said"); a cue after it counts only when none
	// comes before.
	best, dist := 0, 3*len(s.toks)+1
	for _, c := range s.cues {
		if c.pos >= i && c.pos < j {
			continue
		}
		d := i - c.pos
		if c.pos >= j {
			d = c.pos - j + 1 + len(s.toks)
		}
		if d < dist {
			dist = d
			best = -1
			if c.future {
				best = 1
			}
		}
	}
	return best
}

// narrative returns the narrative reference time when it should anchor a
// year-less date: it was set in this paragraph and lies in another year
// than the document date.
func (s *scanner) narrative() (dyad.Date, bool) {
	n := s.st.narr
	if n.Begin.IsZero() || s.st.narrPara != s.st.para || s.st.narrDoc {
		return dyad.Date{}, false
	}
	if !s.st.ref.Begin.IsZero() && n.Begin.Year() == s.st.ref.Begin.Year() {
		return dyad.Date{}, false
	}
	return n, true
}

// storyGoesOn returns where the story stood at the end of an earlier
// paragraph (its latest date) when a month (and day, when d > 0) written
// without its year continues the story from it: in its year and not
// before it. After "In 1990
// Baghdad asked for the loans to be written off", a new paragraph's "In
// July" is July 1990; after "in December 1988", "in April" goes back and
// is the document's April.
func (s *scanner) storyGoesOn(m, d int) (dyad.Date, bool) {
	n := s.st.front
	if n.Begin.IsZero() || s.st.frontPara == s.st.para || s.st.frontDoc {
		return dyad.Date{}, false
	}
	if !s.st.ref.Begin.IsZero() && n.Begin.Year() == s.st.ref.Begin.Year() {
		return dyad.Date{}, false
	}
	bm, bd := int(n.Begin.Month()), n.Begin.Day()
	if m < bm || m == bm && d > 0 && d < bd {
		return dyad.Date{}, false
	}
	return n, true
}

// yearFor picks the year of a month (and day, when d > 0) written without
// one: the narrative year inside a retrospective paragraph, or in a new
// paragraph that goes on with its story, otherwise the document year
// adjusted by tense (past looks back, future looks forward, no cue takes
// the nearest).
func (s *scanner) yearFor(m, d, tense int) (int, string, bool) {
	if n, ok := s.narrative(); ok {
		return n.Begin.Year(), "narrative", true
	}
	if n, ok := s.storyGoesOn(m, d); ok && tense <= 0 {
		return n.Begin.Year(), "narrative", true
	}
	ref := s.st.ref
	if ref.Begin.IsZero() {
		return 0, "", false
	}
	ry, rm, rd := ref.Begin.Year(), int(ref.Begin.Month()), ref.Begin.Day()
	cmp := m - rm
	if cmp == 0 && d > 0 {
		cmp = d - rd
	}
	switch {
	case tense < 0 && cmp > 0:
		return ry - 1, "document", true
	case tense > 0 && cmp < 0:
		return ry + 1, "document", true
	case tense == 0 && m-rm > 6:
		return ry - 1, "document", true
	case tense == 0 && rm-m > 6:
		return ry + 1, "document", true
	}
	return ry, "document", true
}

// presentTense reports whether the sentence speaks of now, in the present
// or the present perfect ("Jordan's ambassador has been absent for two
// years, and on Thursday the ministry condemned …", "His neighbours are
// less forgiving: on Tuesday Lithuania summoned …"): its weekday is the
// report's week, not one after the story's day.
func (s *scanner) presentTense() bool {
	for i := range s.toks {
		if w := s.n(i); w == "HAS" || w == "HAVE" || w == "IS" || w == "ARE" {
			return true
		}
	}
	return false
}

// weekday resolves a weekday (ISO 1–7). rel is "", LAST, NEXT or THIS.
func (s *scanner) weekday(wd int, rel string, tense int) (string, string) {
	if n, ok := s.narrative(); ok && rel == "" && n.Precision == dyad.PrecDay && !s.presentTense() {
		// a retrospective story moves forward: the first such day from the reference
		t := n.Begin
		for k := 0; k < 7; k++ {
			if iso(t.AddDate(0, 0, k)) == wd {
				return ymd(t.AddDate(0, 0, k)), "narrative"
			}
		}
	}
	ref := s.st.ref.Begin
	if ref.IsZero() {
		return "", ""
	}
	cur := iso(ref)
	var off int
	switch {
	case rel == "THIS":
		off = wd - cur
	case rel == "LAST":
		off = -((cur-wd+6)%7 + 1)
	case rel == "NEXT":
		off = (wd-cur+6)%7 + 1
	case tense > 0:
		off = (wd - cur + 7) % 7
	default:
		off = -((cur - wd + 7) % 7)
	}
	return ymd(ref.AddDate(0, 0, off)), "document"
}

// validDuration checks a duration or set value such as P5D, PT72H, P1.5Y
// or XXXX-WXX-1.
func validDuration(v string) bool {
	if strings.HasPrefix(v, "XXXX-") {
		return true
	}
	if len(v) < 3 || v[0] != 'P' {
		return false
	}
	body := v[1:]
	if body[0] == 'T' {
		body = body[1:]
	}
	if len(body) < 2 {
		return false
	}
	// one or more number-letter pairs: P5D, PT2H40M, P3Y6M, PXY
	for body != "" {
		k := strings.IndexAny(body, "YMWDHS")
		if k <= 0 {
			return false
		}
		if num := body[:k]; num != "X" {
			if _, err := strconv.ParseFloat(num, 64); err != nil {
				return false
			}
		}
		body = body[k+1:]
	}
	return true
}
