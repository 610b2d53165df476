package timex_test

import (
	"context"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/segment"
	"github.com/dyadproject/dyad/timex"
)

// history is a retrospective piece published on 2 June 2019.
const history = `In 1954 the two countries signed the Panchsheel agreement. Nehru visited Beijing that October. The crowds were large.

Rajiv Gandhi visited Beijing in December 1988. He met Deng Xiaoping. A month earlier, the ministry had played down hopes. The two leaders agreed to set up a working group.

The two leaders met in April. They discussed trade.

China attacked in October 1962, and India protested in 1963.

In December 1979 the Soviets invaded Afghanistan, and Soviet aircraft bombed Pakistan in 1986.

Modi, who was elected in 2014, visited Wuhan in April 2018.

Hassan Sheikh, returned to power in May 2012, visited Addis Ababa the following month.

Siad Barre took power in 1969. The following February Barre flew to Addis Ababa.

On 29 January 1942 Ecuador signed the Rio Protocol. Peru withdrew its troops from El Oro the following month.

On 26 February 2019 India struck Balakot. The next day Pakistan shot down an Indian MiG-21 and captured its pilot, whom it handed back on March 1.

In May 1999 Khatami became the first Iranian president since 1979 to visit Saudi Arabia.

The 1988 agreement was revived in March 2015. The ministers met.

Xi Jinping will visit India next month. Officials said the invitation was accepted.

The talks collapsed. The summit was held in 2021.

In 1990 Baghdad asked for the loans to be written off. Kuwait refused.

That refusal fed a summer of threats. In July Iraq threatened Kuwait.

On 24 August 2017 the minister read out grievances going back to 1963.

On 22 September Algeria closed its airspace.

Britain ended its 1899 protectorate agreement with Kuwait on 19 June 1961.

On 27 April 2018 Kim crossed the line, and the two leaders signed a declaration promising to end the war that year.

On 8 December 2018, as the regime fell, Israeli tanks crossed the 1974 ceasefire line.

The following month, at a meeting in Prague, the two agreed to recognise each other on the basis of the 1991 Alma-Ata declaration.

On 2 April 1982 Argentina seized the islands.

Within hours, London broke off relations.

When Ethiopian troops routed the Courts at the end of 2006, Kenya closed its border in January 2007, yet in March 2007 Nairobi sent aid.

Six months after Hasina became prime minister in June 1996, she travelled to Delhi.

Two weeks before the vote in March 2014, Russian troops seized Crimea.

He visited Nairobi in June 2012, Somalia lifted the khat ban in July, and Kenya protested.

On 6 March 2015, at the gate, Cambodian officials handed over the remains of soldiers who died in the 1980s.

On 4 April 2016 Somalia expelled the ambassador, and a further round planned for September was called off.

Cairo signed a defence protocol with Mogadishu on 14 August.

Chinese soldiers joined the exercise in September 2018, three months after the state visit to Beijing.

On 18 May 1974 India detonated a device. Ottawa suspended aid within days and, two years later, in May 1976, ended cooperation.

In October 2013 Tusk won the election. Tusk travelled to Berlin to meet Merkel in February 2014.`

func annotated(t testing.TB, text, published string) *dyad.Document {
	t.Helper()
	pub, err := dyad.ParseDay(published)
	if err != nil {
		t.Fatal(err)
	}
	doc := &dyad.Document{Text: text, Published: pub}
	ctx := context.Background()
	if err := segment.New().Annotate(ctx, doc); err != nil {
		t.Fatal(err)
	}
	if err := timex.New().Annotate(ctx, doc); err != nil {
		t.Fatal(err)
	}
	return doc
}

func TestEventDate(t *testing.T) {
	doc := annotated(t, history, "2019-06-02")
	// sentence index by its first words
	find := func(prefix string) int {
		for i, s := range doc.Sentences {
			if strings.HasPrefix(s.In(doc.Text), prefix) {
				return i
			}
		}
		t.Fatalf("no sentence starts %q", prefix)
		return -1
	}
	clause := func(s int, words string) dyad.Span {
		st := doc.Sentences[s]
		k := strings.Index(st.In(doc.Text), words)
		if k < 0 {
			t.Fatalf("no %q in sentence %d", words, s)
		}
		return dyad.Span{Start: st.Start + k, End: st.Start + k + len(words)}
	}
	tests := []struct {
		name, sentence, clause string
		value                  string
		prec                   dyad.Precision
		evidence               string
	}{
		{"own-year", "In 1954", "", "1954", dyad.PrecYear, "1954"},
		{"anaphoric-month", "Nehru visited", "", "1954-10", dyad.PrecMonth, "that October"},
		{"narrative-carry", "The crowds", "", "1954-10", dyad.PrecMonth, "that October"},
		{"own-month", "Rajiv Gandhi", "", "1988-12", dyad.PrecMonth, "December 1988"},
		{"carry-over", "He met Deng", "", "1988-12", dyad.PrecMonth, "December 1988"},
		{"flashback", "A month earlier", "", "1988-11", dyad.PrecMonth, "A month earlier"},
		// the flashback dates its own sentence only; the story's time
		// stays where the paragraph set it
		{"after-flashback", "The two leaders agreed", "", "1988-12", dyad.PrecMonth, "December 1988"},
		{"paragraph-reset", "The two leaders met", "", "2019-04", dyad.PrecMonth, "April"},
		// a new paragraph going on with the story keeps its year
		{"story-goes-on", "In July Iraq", "", "1990-07", dyad.PrecMonth, "July"},
		// the story stood at its latest date, not at a flashback
		{"story-front", "On 22 September", "", "2017-09-22", dyad.PrecDay, "22 September"},
		// the date a round was planned for is not where the story stood
		{"planned-no-front", "Cairo signed", "", "2016-08-14", dyad.PrecDay, "14 August"},
		// "three months after" the sentence's date dates what follows it
		{"offset-after", "Chinese soldiers", "the state visit to Beijing", "2018-06", dyad.PrecMonth, "three months after"},
		{"offset-main", "Chinese soldiers", "Chinese soldiers joined the exercise", "2018-09", dyad.PrecMonth, "September 2018"},
		// " and, two years later," is a clause boundary as ", and" is
		{"and-comma-boundary", "Ottawa suspended", "Ottawa suspended", "1974-05-18", dyad.PrecDay, "18 May 1974"},
		// a trip and the meeting it was for share a date
		{"purpose-of-trip", "Tusk travelled", "Tusk travelled to Berlin", "2014-02", dyad.PrecMonth, "February 2014"},
		// the year is the promise's, not the signing's
		{"infinitive-date", "On 27 April 2018 Kim", "the two leaders signed", "2018-04-27", dyad.PrecDay, "27 April 2018"},
		// a year that names a thing is no time of the event
		{"naming-year", "On 8 December 2018", "Israeli tanks crossed", "2018-12-08", dyad.PrecDay, "8 December 2018"},
		// a paragraph that goes on from the story's time keeps it
		{"goes-on", "Within hours", "", "1982-04-02", dyad.PrecDay, "2 April 1982"},
		{"reset-carry", "They discussed", "", "2019-04", dyad.PrecMonth, "April"},
		{"clause-first", "China attacked", "China attacked in October 1962", "1962-10", dyad.PrecMonth, "October 1962"},
		{"clause-second", "China attacked", "India protested in 1963", "1963", dyad.PrecYear, "1963"},
		{"nearest-after", "In December 1979", "Soviet aircraft bombed Pakistan", "1986", dyad.PrecYear, "1986"},
		{"nearest-before", "In December 1979", "the Soviets invaded Afghanistan", "1979-12", dyad.PrecMonth, "December 1979"},
		{"attributive-year", "The ministers met", "", "2015-03", dyad.PrecMonth, "March 2015"},
		{"naming-year-later-date", "Britain ended its 1899", "Britain ended its 1899 protectorate agreement with Kuwait", "1961-06-19", dyad.PrecDay, "19 June 1961"},
		{"naming-year-capital", "The following month, at", "the two agreed to recognise each other on the basis of the 1991 Alma-Ata declaration", "2019-01", dyad.PrecMonth, "The following month"},
		{"back-to-bound", "On 24 August 2017", "the minister read out grievances going back to 1963", "2017-08-24", dyad.PrecDay, "24 August 2017"},
		{"since-bound", "In May 1999", "Khatami became the first Iranian president since 1979 to visit Saudi Arabia", "1999-05", dyad.PrecMonth, "May 1999"},
		// a date in an opening subordinate clause is that clause's own
		// event's, but nearer than one across a clause boundary
		{"opening-clause", "When Ethiopian", "Kenya closed its border", "2007-01", dyad.PrecMonth, "January 2007"},
		{"opening-clause-own", "When Ethiopian", "Ethiopian troops routed the Courts", "2006", dyad.PrecYear, "the end of 2006"},
		// an opening clause measured from the main one: its date moved by
		// the measure
		{"measured-after", "Six months after", "she travelled to Delhi", "1996-12", dyad.PrecMonth, "Six months after Hasina became prime minister in June 1996"},
		{"measured-own", "Six months after", "Hasina became prime minister", "1996-06", dyad.PrecMonth, "June 1996"},
		{"measured-before", "Two weeks before", "Russian troops seized Crimea", "2014-03", dyad.PrecMonth, "Two weeks before the vote in March 2014"},
		// a date in the clause's own words after it beats one before a
		// comma; one in a relative clause after it does not
		{"own-words-after", "He visited Nairobi", "Somalia lifted", "2012-07", dyad.PrecMonth, "July"},
		{"relative-after", "On 6 March 2015, at", "Cambodian officials handed over", "2015-03-06", dyad.PrecDay, "6 March 2015"},
		{"aside", "Modi, who", "Modi, who was elected in 2014, visited Wuhan", "2018-04", dyad.PrecMonth, "April 2018"},
		// so is a participle between commas after the subject
		// "the following February" after a year is the next year's
		{"following-month", "The following February", "", "1970-02", dyad.PrecMonth, "The following February"},
		// a month on from 29 January is February, not 1 March
		{"month-end-shift", "Peru withdrew", "", "1942-02", dyad.PrecMonth, "the following month"},
		// a date in a relative clause after the event is that clause's
		{"relative-after-far", "The next day Pakistan", "captured its pilot", "2019-02-27", dyad.PrecDay, "The next day"},
		{"participle-aside", "Hassan Sheikh", "Hassan Sheikh, returned to power in May 2012, visited Addis Ababa", "2012-06", dyad.PrecMonth, "the following month"},
		{"future-own", "Xi Jinping", "", "2019-07", dyad.PrecMonth, "next month"},
		// a past event never takes a date after the document's
		{"past-not-after-doc", "Officials said", "", "2019-06-02", dyad.PrecDocument, ""},
		{"document", "The talks collapsed", "", "2019-06-02", dyad.PrecDocument, ""},
		{"past-clamp-own", "The summit was held", "", "2019-06-02", dyad.PrecDocument, ""},
	}
	nar := timex.NewNarrative(doc)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := find(tt.sentence)
			var cl dyad.Span
			if tt.clause != "" {
				cl = clause(s, tt.clause)
			}
			d, ev := nar.EventDate(s, cl)
			if d.Value != tt.value || d.Precision != tt.prec {
				t.Errorf("date = %s (%s), want %s (%s)", d.Value, d.Precision, tt.value, tt.prec)
			}
			if ev.Text != tt.evidence || ev.Span.In(doc.Text) != tt.evidence {
				t.Errorf("evidence = %q at %v (%q), want %q", ev.Text, ev.Span, ev.Span.In(doc.Text), tt.evidence)
			}
			d2, ev2 := timex.EventDate(doc, s, cl)
			if d2 != d || ev2 != ev {
				t.Errorf("EventDate = %v %v, Narrative.EventDate = %v %v", d2, ev2, d, ev)
			}
		})
	}
}

// TestEventDateDateline checks that a wire dateline's date, the report's,
// dates no event and moves no story.
func TestEventDateDateline(t *testing.T) {
	doc := annotated(t, "MANILA, Oct. 14, 2025 - A Chinese ship rammed a boat on Sunday. Within hours Manila protested.", "2025-10-14")
	doc.Meta = map[string]string{"dateline": "MANILA, Oct. 14, 2025"}
	nar := timex.NewNarrative(doc)
	for s, want := range []string{"Sunday", "Sunday"} {
		d, ev := nar.EventDate(s, dyad.Span{})
		if d.Value != "2025-10-12" || ev.Text != want {
			t.Errorf("sentence %d: %s from %q, want 2025-10-12 from %q", s, d.Value, ev.Text, want)
		}
	}
}

func TestEventDateNoTimes(t *testing.T) {
	doc := &dyad.Document{Text: "Talks failed."}
	if err := segment.New().Annotate(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	if d, ev := timex.EventDate(doc, 0, dyad.Span{}); !d.IsZero() || ev.Text != "" {
		t.Errorf("undated document: got %v %v, want zero", d, ev)
	}
	if d, _ := timex.EventDate(doc, 7, dyad.Span{}); !d.IsZero() {
		t.Errorf("sentence out of range: got %v, want zero", d)
	}
}

// TestEventDateScope checks two rules of retrospective prose: an
// appositive finer date sets the story's time ("A decade later, on May 7,
// 1999"), and a date in a later clause belongs to that clause, not to an
// event before it.
func TestEventDateScope(t *testing.T) {
	text := "Relations thawed in 1989. A decade later, on May 7, 1999, bombers struck the embassy. Crowds protested for days. Clinton apologised, and in November the two governments signed a deal. " +
		"In late August 2018 Kuleba urged Poles to remember Operation Vistula, the deportation of 1947; Sikorski rebuked him; in September 2018 Tusk met him; Duda wrote to him. " +
		"Berlusconi flew to Benghazi on 30 August 2008. He handed back the Venus of Cyrene, a statue carried off by Italian soldiers in 1913. Libya promised to stem departures. " +
		"The two foreign secretaries met on 17 April 2018. Dhaka demanded an apology for 1971."
	doc := annotated(t, text, "2019-06-02")
	nar := timex.NewNarrative(doc)
	clause := func(words string) (int, dyad.Span) {
		i := strings.Index(text, words)
		for s, st := range doc.Sentences {
			if st.Start <= i && i < st.End {
				return s, dyad.Span{Start: i, End: i + len(words)}
			}
		}
		t.Fatalf("no sentence holds %q", words)
		return 0, dyad.Span{}
	}
	tests := []struct{ clause, want string }{
		{"Crowds protested", "1999-05-07"},
		{"Clinton apologised", "1999-05-07"},
		{"the two governments signed a deal", "1999-11"},
		// a date deep in the clause before a semicolon is not the next
		// clause's; one that opens its clause is
		{"Sikorski rebuked him", "2018-08"},
		{"Duda wrote to him", "2018-09"},
		// a passive apposition's date is the thing's, and does not move
		// the story
		{"He handed back the Venus", "2008-08-30"},
		{"Libya promised", "2008-08-30"},
		// a year after "for" is what the act is about
		{"Dhaka demanded an apology", "2018-04-17"},
	}
	for _, tc := range tests {
		s, cl := clause(tc.clause)
		if d, _ := nar.EventDate(s, cl); d.Value != tc.want {
			t.Errorf("%q dated %s, want %s", tc.clause, d.Value, tc.want)
		}
	}
}
