package timex

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dyadproject/dyad"
)

// Narrative answers event-date questions for one document in constant
// time per event. It reads doc.Times, so build it after Annotate.
type Narrative struct {
	doc  *dyad.Document
	lx   *lexicon
	sent [][2]int // sent[i] = range of doc.Times in sentence i
	// last[i] and lastPast[i] index the last date mention before sentence
	// i in its paragraph, and the last one not after the document date;
	// -1 when none.
	last, lastPast []int
	// dateline is the span of the wire dateline ("MANILA, Oct. 14, 2025"),
	// whose date is the report's, not any event's
	dateline dyad.Span
}

// NewNarrative indexes doc's time mentions by sentence and paragraph.
func NewNarrative(doc *dyad.Document) *Narrative {
	n := &Narrative{
		doc: doc, lx: lexiconOnce(),
		sent:     make([][2]int, len(doc.Sentences)),
		last:     make([]int, len(doc.Sentences)),
		lastPast: make([]int, len(doc.Sentences)),
	}
	for i := range n.sent {
		n.sent[i] = [2]int{len(doc.Times), len(doc.Times)}
	}
	if d := doc.Meta["dateline"]; d != "" {
		if k := strings.Index(doc.Text, d); k >= 0 {
			n.dateline = dyad.Span{Start: k, End: k + len(d)}
		}
	}
	for k, m := range doc.Times {
		if m.Sentence < 0 || m.Sentence >= len(n.sent) {
			continue
		}
		r := &n.sent[m.Sentence]
		if r[0] == len(doc.Times) || k < r[0] {
			r[0] = k
		}
		if r[1] == len(doc.Times) || k+1 > r[1] {
			r[1] = k + 1
		}
	}
	last, lastPast, para := -1, -1, -1
	for i, s := range doc.Sentences {
		if s.Paragraph != para {
			para = s.Paragraph
			if !goesOn(s.In(doc.Text)) {
				last, lastPast = -1, -1
			}
		}
		n.last[i], n.lastPast[i] = last, lastPast
		// A sentence moves the story to its first date that is not a
		// bound ("since 1954", "until 1976") or a flashback: in "visited
		// Beijing in December 1988, the first visit since Nehru's trip in
		// 1954" the story is in 1988, not 1954.
		r := n.sent[i]
		for k := r[0]; k < r[1]; k++ {
			m := doc.Times[k]
			if !dates(m) || bound(doc.Text, m.Span) || attributiveYear(doc.Text, m) || n.dateline.Contains(m.Span) || appositive(doc.Text, m.Span) {
				continue
			}
			if m.Anchor == "narrative" && last >= 0 && m.Date.Begin.Before(doc.Times[last].Date.Begin) {
				continue // a flashback ("a month earlier") dates its own sentence only
			}
			// "A decade later, on May 7, 1999": a finer date right after,
			// inside the first one's period, is the same time, more exactly.
			for j := k + 1; j < r[1]; j++ {
				f := doc.Times[j]
				if dates(f) && !bound(doc.Text, f.Span) && rank(f.Date.Precision) < rank(m.Date.Precision) &&
					!f.Date.Begin.Before(m.Date.Begin) && !f.Date.End.After(m.Date.End) {
					k = j
					break
				}
			}
			last = k
			if !n.after(doc.Times[k].Date) {
				lastPast = k
			}
			break
		}
	}
	return n
}

// goesOn reports whether a paragraph opens by going on from the story's
// time ("Within hours, London broke off diplomatic relations", "Days
// later …"), so that it keeps the time the paragraph before reached.
func goesOn(sentence string) bool {
	f := strings.Fields(strings.ToLower(sentence))
	if len(f) < 2 {
		return false
	}
	a, b := strings.Trim(f[0], ",."), strings.Trim(f[1], ",.")
	switch a {
	case "within", "shortly", "soon", "afterwards", "thereafter", "meanwhile":
		return true
	case "hours", "days", "weeks", "moments", "minutes":
		return b == "later"
	case "the", "that":
		switch b {
		case "next", "following", "same", "day", "night", "evening", "morning":
			return true
		}
	}
	return false
}

// hasNarrative reports whether a reference time from earlier sentences of
// the paragraph can date an event of sentence.
func (n *Narrative) hasNarrative(sentence int, future bool) bool {
	if future {
		return n.last[sentence] >= 0
	}
	return n.lastPast[sentence] >= 0
}

// bound reports whether the date at span is the bound of a period rather
// than the time of an event: "since 1954", "until 1976", "before 1990".
func bound(text string, span dyad.Span) bool {
	if w, _ := wordBefore(text, span); w == "before" || w == "by" {
		return !whenAfter(text, span)
	}
	return since(text, span)
}

// wordBefore returns the word before span, lower-cased, and the text
// before that word.
func wordBefore(text string, span dyad.Span) (word, rest string) {
	before := strings.TrimRight(text[:span.Start], " ")
	i := strings.LastIndexAny(before, " \n\t(,")
	return strings.ToLower(before[i+1:]), before[:max(i, 0)]
}

// backTo reports whether the text before "to" ends in "back" ("grievances
// going back to 1963"): the date starts a span that runs to now.
func backTo(before string) bool {
	return strings.HasSuffix(strings.ToLower(strings.TrimRight(before, " ")), " back")
}

// whenAfter reports whether a when-clause tells what happened at the date
// at span: "since June 1967, when Israeli forces seized the plateau".
func whenAfter(text string, span dyad.Span) bool {
	after := strings.TrimLeft(text[span.End:], " ,")
	return len(after) > 5 && strings.EqualFold(after[:4], "when") && strings.ContainsAny(after[4:5], " ,")
}

// since reports whether the date at span opens or closes a span that runs
// to or from another time ("since 1979", "until 1976"), or is compared
// with ("far better prepared than in 1981"): such a date never dates an
// event. "by 1990" and "before 1990" still bound it closely
// enough.
func since(text string, span dyad.Span) bool {
	switch w, rest := wordBefore(text, span); w {
	case "since", "until", "till", "through":
		return !whenAfter(text, span)
	case "to":
		return backTo(rest)
	case "than":
		return true // "far better prepared than in 1981": a comparison
	case "for":
		// "demanded an apology for 1971", "a plan of consultations for
		// 2026-27": the year is what the act is about
		t := text[span.Start:span.End]
		return len(t) >= 4 && allDigits(t[:4]) && (len(t) == 4 || t[4] == '-' || t[4] == '/')
	case "in", "on", "at":
		// "than in 1981"
		if w2, _ := wordBefore(text, dyad.Span{Start: len(rest), End: len(rest)}); w2 == "than" {
			return true
		}
	}
	return false
}

// attributiveYear reports whether m is a bare year naming a thing ("the
// 1998 agreement", "Pakistan's 1999 coup"), which does not move the story
// (the tagger's scanner.attributive, read from the text).
func attributiveYear(text string, m dyad.TimeMention) bool {
	if len(m.Value) != 4 || m.Len() != 4 {
		return false
	}
	before := strings.Fields(text[max(0, m.Start-8):m.Start])
	if len(before) == 0 {
		return false
	}
	switch w := strings.ToLower(before[len(before)-1]); {
	case w == "the" || w == "its" || w == "their" || w == "his" || w == "her" || w == "a" || w == "an":
	case strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s"):
	default:
		return false
	}
	after := strings.Fields(text[m.End:min(len(text), m.End+16)])
	if len(after) == 0 || m.End < len(text) && text[m.End] != ' ' {
		return false
	}
	// "the 1998 agreement", "the 1991 Alma-Ata declaration"; not "the
	// 1990 and 1991 talks" or "the 1991 March elections"
	r, _ := utf8.DecodeRuneInString(after[0])
	w := strings.ToLower(strings.Trim(after[0], ",.;:"))
	return unicode.IsLetter(r) && w != "and" && w != "or" && !isMonthName(w)
}

// isMonthName reports whether w, in lower case, names a month.
func isMonthName(w string) bool {
	switch w {
	case "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december":
		return true
	}
	return false
}

// dates reports whether a mention can date an event: durations and sets
// cannot.
func dates(m dyad.TimeMention) bool {
	return (m.Type == "date" || m.Type == "time") && !m.Date.Begin.IsZero()
}

// after reports whether d begins after the document date.
func (n *Narrative) after(d dyad.Date) bool {
	p := n.doc.Published
	return !p.Begin.IsZero() && !d.Begin.Before(p.End)
}

// offset dates a clause that follows "three months after" or "a year
// before" in its sentence: "Chinese soldiers joined the Vostok exercise in
// September 2018, three months after Mr Putin's state visit to Beijing"
// dates the visit June 2018, the sentence's date before the duration
// moved back by it (forward for "before"). The evidence is the duration.
func (n *Narrative) offset(sentence int, clause dyad.Span) (dyad.Date, dyad.Evidence, bool) {
	doc := n.doc
	r := n.sent[sentence]
	for k := r[0]; k < r[1]; k++ {
		m := doc.Times[k]
		if m.Type != "duration" || m.End > clause.Start {
			continue
		}
		rest := doc.Text[m.End:clause.Start]
		sign, word := 0, ""
		switch {
		case strings.HasPrefix(rest, " after "):
			sign, word = -1, " after"
		case strings.HasPrefix(rest, " before "):
			sign, word = 1, " before"
		}
		rest = rest[min(len(rest), len(word)):]
		if sign == 0 || strings.ContainsAny(rest, ",;:()") {
			continue
		}
		num, letter, ok := durationParts(m.Value)
		if !ok {
			continue
		}
		for j := k - 1; j >= r[0]; j-- {
			a := doc.Times[j]
			if !dates(a) {
				continue
			}
			v, ok := shift(a.Date, sign*num, letter)
			if !ok {
				break
			}
			d, ok := DateOf(v)
			if !ok {
				break
			}
			return d, dyad.EvidenceOf(doc.Text, dyad.Span{Start: m.Start, End: m.End + len(word)}), true
		}
	}
	return dyad.Date{}, dyad.Evidence{}, false
}

// durationParts splits a whole-unit duration value ("P3M") into its
// number and unit letter (Y, M, W or D).
func durationParts(v string) (int, string, bool) {
	if len(v) < 3 || v[0] != 'P' {
		return 0, "", false
	}
	letter := v[len(v)-1:]
	switch letter {
	case "Y", "M", "W", "D":
	default:
		return 0, "", false
	}
	num := 0
	for _, c := range v[1 : len(v)-1] {
		if c < '0' || c > '9' {
			return 0, "", false
		}
		num = num*10 + int(c-'0')
	}
	return num, letter, num > 0
}

// EventDate returns the date of an event in sentence whose clause (or
// noun phrase, for a nominal event) is clause, and the words that date it:
// (a) a date inside the clause, else the date in the sentence nearest to
// it; (b) else the narrative reference time, the last date established
// earlier in the same paragraph; (c) else the document date with
// precision "document" and no evidence. Unless the clause speaks of the
// future, an event never gets a date that begins after the document date.
func (n *Narrative) EventDate(sentence int, clause dyad.Span) (dyad.Date, dyad.Evidence) {
	doc := n.doc
	if sentence >= 0 && sentence < len(n.sent) {
		s := doc.Sentences[sentence]
		if clause.IsZero() {
			clause = s.Span
		}
		future := n.future(s, clause)
		if d, ev, ok := n.offset(sentence, clause); ok {
			return d, ev
		}
		// "the first Iranian president since 1979 to visit": the start of
		// a span is not the time of the event
		ok := func(m dyad.TimeMention) bool {
			return dates(m) && (future || !n.after(m.Date)) && !since(doc.Text, m.Span) && !n.dateline.Contains(m.Span)
		}
		r := n.sent[sentence]
		before := false // a date before the clause in this sentence
		for k := r[0]; k < r[1]; k++ {
			before = before || ok(doc.Times[k]) && doc.Times[k].End <= clause.Start
		}
		other := before || n.hasNarrative(sentence, future)
		for k := r[0]; k < r[1] && !other; k++ {
			// "ended its 1899 protectorate agreement with Kuwait on 19 June
			// 1961": a later date of the sentence outranks a naming year
			other = ok(doc.Times[k]) && !attributiveYear(doc.Text, doc.Times[k])
		}
		for k := r[0]; k < r[1]; k++ {
			if m := doc.Times[k]; ok(m) && clause.Contains(m.Span) && !aside(doc.Text, clause, m.Span) &&
				!(other && attributiveYear(doc.Text, m)) && !(appositive(doc.Text, m.Span) && n.hasNarrative(sentence, future)) {
				// "crossed the 1974 ceasefire line": a year that names a
				// thing dates the event only when nothing else does
				return m.Date, dyad.EvidenceOf(doc.Text, m.Span)
			}
		}
		// "He visited Nairobi in June, Somalia lifted the khat ban in
		// July": a date after the clause, in its own words with no
		// punctuation between (so no clause boundary either), is the
		// clause's own
		own := false
		for k := r[0]; k < r[1] && !own; k++ {
			m := doc.Times[k]
			if !ok(m) || m.Start < clause.End || m.Start-clause.End > 100 {
				continue
			}
			gap := doc.Text[clause.End:m.Start]
			own = !strings.ContainsAny(gap, ",;:()") && !(infinitive(gap) && !n.purposeOfTrip(clause, gap)) && !relative(gap) && !attributiveYear(doc.Text, m)
		}
		best, dist := -1, 0
		for k := r[0]; k < r[1]; k++ {
			m := doc.Times[k]
			if !ok(m) {
				continue
			}
			gap := dyad.Span{Start: m.End, End: clause.Start}
			if m.Start >= clause.End {
				gap = dyad.Span{Start: clause.End, End: m.Start}
			}
			if appositive(doc.Text, m.Span) && n.hasNarrative(sentence, future) {
				// "handed back the Venus of Cyrene, a Roman statue
				// carried off by Italian soldiers in 1913": the date of
				// the thing named, not of the act; the story's time is
				continue
			}
			d := max(gap.Len(), 0)
			if d > 0 {
				b := boundaries(gap.In(doc.Text))
				if b > 0 && m.Start >= clause.End && n.hasNarrative(sentence, future) {
					// "Clinton apologised, and in November the two
					// signed": a date in a later clause is that clause's;
					// the apology keeps the story's time.
					continue
				}
				if m.Start >= clause.End && (before || n.hasNarrative(sentence, future)) && infinitive(gap.In(doc.Text)) && !n.purposeOfTrip(clause, gap.In(doc.Text)) {
					// "On 27 April … the two leaders signed a declaration
					// promising to end the war that year": the year is the
					// promise's, not the signing's
					continue
				}
				d += 1000 * b
			}
			if m.End <= clause.Start && opening(doc.Text[s.Start:clause.Start], m.End-s.Start) {
				// "When Ethiopian troops routed the Courts at the end of
				// 2006, Kenya closed its border in January 2007": the
				// opening clause's date is its own event's, though still
				// nearer than one across a clause boundary (", yet the
				// next month he sent …")
				d += 500
			}
			if m.End <= clause.Start && strings.Contains(gap.In(doc.Text), ",") {
				// "attended the inauguration in August 2013, visited
				// Tehran in April 2014": a date before a comma is the
				// phrase before's, when one after the clause is as near,
				// or is in the clause's own words
				d += 10
				if own {
					d += 200
				}
			}
			if m.Start >= clause.End && relative(gap.In(doc.Text)) {
				// "captured its pilot, whom it handed back on March 1":
				// a date in a relative clause after the event is that
				// clause's own event's
				d += 300
			}
			if m.End <= clause.Start && d > 0 && strings.Contains(gap.In(doc.Text), ";") && !clauseOpening(doc.Text[s.Start:m.Start]) {
				// "In late August Kuleba told a festival to remember
				// Operation Vistula, the deportation of 1947; Sikorski
				// rebuked him": a date deep in the clause before a
				// semicolon is that clause's, the sentence's opening one
				// frames the rest
				d += 1500
			}
			if clause.Contains(m.Span) {
				d += 2000 // only an aside or a naming year gets here
			}
			if other && attributiveYear(doc.Text, m) {
				d += 5000
			}
			if best < 0 || d < dist {
				best, dist = k, d
			}
		}
		if best >= 0 {
			if d, ev, ok := n.measured(sentence, clause, doc.Times[best]); ok {
				return d, ev
			}
			return doc.Times[best].Date, dyad.EvidenceOf(doc.Text, doc.Times[best].Span)
		}
		k := n.lastPast[sentence]
		if future {
			k = n.last[sentence]
		}
		if k >= 0 {
			return doc.Times[k].Date, dyad.EvidenceOf(doc.Text, doc.Times[k].Span)
		}
	}
	d := doc.Published
	if d.IsZero() {
		return dyad.Date{}, dyad.Evidence{}
	}
	d.Precision = dyad.PrecDocument
	return d, dyad.Evidence{}
}

// opening reports whether before, the text of a sentence up to an event's
// clause, opens with a subordinate clause ("When …,", "After …,") that
// holds offset at and ends with a comma before the clause.
func opening(before string, at int) bool {
	w, _, _ := strings.Cut(strings.TrimLeft(before, " \n"), " ")
	switch strings.ToLower(w) {
	case "when", "after", "as", "while", "although", "though", "once", "because", "whereas":
	default:
		return false
	}
	return strings.Contains(before[at:], ",")
}

// measured dates an event of a main clause after an opening subordinate
// clause measured from it ("Six months after Hasina became prime minister
// in June 1996, she travelled to Delhi"): the subordinate clause's date m
// moved by the measure (1996-12), with both as evidence. ok is false when
// the sentence does not open so, or m is not in that opening clause.
func (n *Narrative) measured(sentence int, clause dyad.Span, m dyad.TimeMention) (dyad.Date, dyad.Evidence, bool) {
	doc := n.doc
	r := n.sent[sentence]
	if r[0] >= r[1] {
		return dyad.Date{}, dyad.Evidence{}, false
	}
	d := doc.Times[r[0]]
	s := doc.Sentences[sentence]
	if d.Type != "duration" || strings.TrimSpace(doc.Text[s.Start:d.Start]) != "" || m.Start < d.End || m.End > clause.Start {
		return dyad.Date{}, dyad.Evidence{}, false
	}
	rest := strings.ToLower(doc.Text[d.End:m.Start])
	sign := 0
	switch {
	case strings.HasPrefix(rest, " after "):
		sign = 1
	case strings.HasPrefix(rest, " before "):
		sign = -1
	}
	comma := strings.IndexByte(doc.Text[m.End:clause.Start], ',')
	if sign == 0 || comma < 0 || strings.Contains(rest, ",") {
		return dyad.Date{}, dyad.Evidence{}, false
	}
	v := strings.TrimPrefix(d.Value, "P")
	if len(v) < 2 || !allDigits(v[:len(v)-1]) {
		return dyad.Date{}, dyad.Evidence{}, false
	}
	to, ok := shift(m.Date, sign*atoi(v[:len(v)-1]), v[len(v)-1:])
	if !ok {
		return dyad.Date{}, dyad.Evidence{}, false
	}
	date, ok := DateOf(to)
	if !ok {
		return dyad.Date{}, dyad.Evidence{}, false
	}
	return date, dyad.EvidenceOf(doc.Text, dyad.Span{Start: d.Start, End: m.End}), true
}

// purposeOfTrip reports whether gap, after clause, opens an infinitive of
// meeting after a verb of travel in the clause ("travelled to Berlin | to
// meet Scholz in February 2024"): the meeting and the trip share a date.
func (n *Narrative) purposeOfTrip(clause dyad.Span, gap string) bool {
	f := strings.Fields(strings.ToUpper(gap))
	if len(f) < 2 || f[0] != "TO" || !n.lx.purpose[f[1]] {
		return false
	}
	for _, w := range strings.Fields(strings.ToUpper(clause.In(n.doc.Text))) {
		if n.lx.motion[w] {
			return true
		}
	}
	return false
}

// infinitive reports whether text, between an event's clause and a date
// after it, opens an infinitive ("to end the war", "a plan to build it"),
// whose time the date is.
func infinitive(text string) bool {
	f := strings.Fields(strings.ToLower(text))
	for i := 0; i+1 < len(f); i++ {
		if f[i] == "to" && !isDet(f[i+1]) {
			return true
		}
	}
	return false
}

func isDet(w string) bool {
	switch w {
	case "the", "a", "an", "its", "their", "his", "her", "this", "that":
		return true
	}
	return false
}

// aside reports whether mention m sits in a relative clause inside the
// event's clause, as 2014 does in "Modi, who was elected in 2014, visited
// Wuhan": that date belongs to another event.
func aside(text string, clause, m dyad.Span) bool {
	before := text[clause.Start:m.Start]
	k := max(strings.LastIndex(before, ", who "), strings.LastIndex(before, ", which "))
	if k < 0 {
		// "Hassan Sheikh, returned to power in May 2022, visited Addis
		// Ababa the following month": a participle between commas
		// right after the subject is an aside too
		k = strings.LastIndex(before, ", ")
		if k < 0 || !participle(before[k+2:]) {
			return false
		}
	}
	if strings.Contains(before[k+1:], ",") {
		return false
	}
	return strings.Contains(text[m.End:clause.End], ",")
}

// appositive reports whether the date at span closes an apposition that
// tells a thing's past by a passive with its agent: ", a Roman statue
// carried off by Italian soldiers in 1913"; ", the deportation of
// Ukrainians in 1947" is not (no participle), nor ", the premier
// travelled to Berlin in" (no agent).
func appositive(text string, span dyad.Span) bool {
	before := text[max(0, span.Start-100):span.Start]
	k := strings.LastIndex(before, ", ")
	if k < 0 || strings.ContainsAny(before[k+2:], ",;:()") {
		return false
	}
	f := strings.Fields(before[k+2:])
	if len(f) < 3 || !isDet(strings.ToLower(f[0])) || strings.ToLower(f[len(f)-1]) != "in" {
		return false
	}
	for i, w := range f[2 : len(f)-1] {
		// a passive's agent after the participle tells it from a
		// finite verb: ", the two countries established ties in"
		if participle(w) && slices.Contains(f[2+i+1:len(f)-1], "by") {
			return true
		}
	}
	return false
}

// participle reports whether text opens with a past participle ("returned
// to power in", "elected in", "re-elected that year in").
func participle(text string) bool {
	w, _, _ := strings.Cut(text, " ")
	w = strings.ToLower(w)
	if len(w) > 4 && strings.HasSuffix(w, "ed") {
		return true
	}
	switch w {
	case "sworn", "chosen", "born", "driven", "given", "taken", "known", "seen", "won", "led", "made", "held", "sent", "brought":
		return true
	}
	return false
}

// clauseOpening reports whether a date after before (the text of its
// sentence up to it) opens its clause: at most three words since the
// sentence began or since the last semicolon or ", and".
func clauseOpening(before string) bool {
	if i := strings.LastIndex(before, ";"); i >= 0 {
		before = before[i+1:]
	}
	if i := strings.LastIndex(before, ", and "); i >= 0 {
		before = before[i+6:]
	}
	return len(strings.Fields(before)) <= 3
}

// boundaries counts the clause boundaries in text between an event and a
// date: a date across ", and" or ";" more likely belongs to another event.
func boundaries(text string) int {
	n := strings.Count(text, ";")
	// (" and, two years later, …" as well as ", and two years later")
	for _, b := range []string{", and ", ", but ", ", yet ", ", while ", ", whereas ", ", before ", ", after ", " and, ", " but, "} {
		n += strings.Count(text, b)
	}
	return n
}

// future reports whether the clause speaks of the future ("will visit",
// "plans to"), judged by its nearest tense cue as the tagger judges it.
func (n *Narrative) future(s dyad.Sentence, clause dyad.Span) bool {
	toks := n.doc.Tokens[s.FirstToken:s.EndToken]
	for _, t := range toks {
		if !clause.Contains(t.Span) {
			continue
		}
		if n.lx.future[t.Norm] && t.Norm != "NEXT" {
			return true
		}
	}
	return false
}

// EventDate is NewNarrative(doc).EventDate(sentence, clause), for a single
// question; build a Narrative once to date many events of a document.
func EventDate(doc *dyad.Document, sentence int, clause dyad.Span) (dyad.Date, dyad.Evidence) {
	return NewNarrative(doc).EventDate(sentence, clause)
}

// relative reports whether gap opens a relative clause ("the remains of 56
// soldiers who died in the 1980s"), whose date is its own.
func relative(gap string) bool {
	for _, w := range strings.Fields(strings.ToLower(gap)) {
		switch w {
		case "who", "whom", "whose", "which", "that", "when", "where", "after", "before", "since", "until":
			return true
		}
	}
	return false
}
