package actor_test

import (
	"context"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/actor"
	"github.com/dyadproject/dyad/dict"
)

func TestPairAnaphor(t *testing.T) {
	text := "India and China met in Wuhan. The two countries signed an accord. The two leaders criticised Pakistan."
	at := func(s string) dyad.Span { return spanOf(text, s) }
	mention := func(s, code string) dyad.ActorMention { return mentionOf(text, s, code) }
	doc := &dyad.Document{ID: "d", Text: text,
		Actors: []dyad.ActorMention{mention("India", "IND"), mention("China", "CHN"), mention("Pakistan", "PAK")},
		Events: []dyad.Event{
			{Sentence: 1, Code: "057", Source: dyad.EventActor{Span: at("The two countries"), Code: "PAIR"},
				Target: dyad.EventActor{Code: "---"}, Verb: dyad.EvidenceOf(text, at("signed"))},
			{Sentence: 2, Code: "111", Source: dyad.EventActor{Span: at("The two leaders"), Code: "PAIRGOV"},
				Target: dyad.EventActor{Span: at("Pakistan"), Code: "PAK", Country: "PAK"}, Verb: dyad.EvidenceOf(text, at("criticised"))},
			{Sentence: 2, Code: "111", Source: dyad.EventActor{Span: at("India"), Code: "IND", Country: "IND"},
				Target: dyad.EventActor{Code: "---"}}, // no target, no pair: dropped
		}}
	if err := actor.NewResolver(dict.Merge()).Annotate(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	var got []string
	ids := map[string]bool{}
	for _, e := range doc.Events {
		got = append(got, e.Source.Code+">"+e.Target.Code+" "+e.Code)
		if ids[e.ID] {
			t.Errorf("duplicate event ID %s", e.ID)
		}
		ids[e.ID] = true
		if !strings.HasPrefix(e.Source.Resolution, "coref: ") {
			t.Errorf("event %s>%s has no coreference note", e.Source.Code, e.Target.Code)
		}
	}
	want := "CHN>IND 057|IND>CHN 057|CHNGOV>PAK 111|INDGOV>PAK 111"
	if g := strings.Join(got, "|"); g != want {
		t.Errorf("events after pair resolution:\n got %s\nwant %s", g, want)
	}
}

func TestPairTarget(t *testing.T) {
	text := "India and China met. Pakistan criticised the two countries."
	at := func(s string) dyad.Span { return spanOf(text, s) }
	doc := &dyad.Document{ID: "d", Text: text,
		Actors: []dyad.ActorMention{
			{Span: at("India"), Codes: []dyad.DatedCode{{Code: "IND"}}},
			{Span: at("China"), Codes: []dyad.DatedCode{{Code: "CHN"}}},
			{Span: at("Pakistan"), Codes: []dyad.DatedCode{{Code: "PAK"}}},
		},
		Events: []dyad.Event{{Sentence: 1, Code: "111",
			Source: dyad.EventActor{Span: at("Pakistan"), Code: "PAK", Country: "PAK"},
			Target: dyad.EventActor{Span: at("the two countries"), Code: "PAIR"}}},
	}
	if err := actor.NewResolver(dict.Merge()).Annotate(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range doc.Events {
		got = append(got, e.Source.Code+">"+e.Target.Code)
	}
	// The last two countries before the phrase are Pakistan and China, but
	// Pakistan is the source: the two countries it criticised are the two
	// others named (in its sentence: this document has no sentences, so
	// the whole text counts), China and India.
	if g := strings.Join(got, "|"); g != "PAK>CHN|PAK>IND" {
		t.Errorf("got %s, want PAK>CHN|PAK>IND", g)
	}
}

func TestShortNames(t *testing.T) {
	const people = `
actor RAJIV_GANDHI  Rajiv Gandhi
  type    person
  names   Rajiv Gandhi
  short   Gandhi
  code    INDGOV 1984-10-31 1989-12-02 prime minister

actor INDIRA_GANDHI  Indira Gandhi
  type    person
  names   Indira Gandhi
  short   Gandhi
  code    INDGOV 1966-01-24 1977-03-24 prime minister

actor YOUSAF_RAZA_GILANI  Yousaf Raza Gilani
  type    person
  names   Yousaf Raza Gilani
  short   Gilani
  code    PAKGOV 2008-03-25 2012-06-19 prime minister
  code    PAKELI
`
	d := dict.Merge()
	if err := dict.ParseFile("people.actors", strings.NewReader(people), d); err != nil {
		t.Fatal(err)
	}
	text := "Prime Minister Yousaf Raza Gilani met Rajiv Gandhi. Gandhi met Gilani. Gandhi met Sharif."
	at := func(s string, n int) dyad.Span {
		i := -1
		for range n {
			i += 1 + strings.Index(text[i+1:], s)
		}
		return dyad.Span{Start: i, End: i + len(s)}
	}
	mention := func(sp dyad.Span, id int) dyad.ActorMention {
		return dyad.ActorMention{Span: sp, EntryID: d.Actors[id].ID, Codes: d.Actors[id].Codes}
	}
	ev := func(s int, src, tgt dyad.Span, sc, tc string) dyad.Event {
		return dyad.Event{Sentence: s, Code: "040", Date: dyad.Year(1988),
			Source: dyad.EventActor{Span: src, Code: sc, Country: sc[:3]}, Target: dyad.EventActor{Span: tgt, Code: tc, Country: tc[:3]}}
	}
	full := at("Prime Minister Yousaf Raza Gilani", 1)
	doc := &dyad.Document{ID: "d", Text: text,
		Actors: []dyad.ActorMention{mention(full, 2), mention(at("Rajiv Gandhi", 1), 0)},
		Events: []dyad.Event{
			ev(0, full, at("Rajiv Gandhi", 1), "PAKGOV", "INDGOV"),
			// the coder picked Indira for "Gandhi"; Rajiv was named
			ev(1, at("Gandhi", 2), at("Gilani", 2), "INDELI", "PAKGOV"),
		}}
	sharif := ev(2, at("Gandhi", 3), at("Sharif", 1), "INDELI", "PAKGOV")
	doc.Events = append(doc.Events, sharif)
	doc.Actors = append(doc.Actors, mention(at("Gandhi", 2), 1), mention(at("Gilani", 2), 2))
	if err := actor.NewResolver(d).Annotate(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range doc.Events {
		got = append(got, e.Source.Name+">"+e.Target.Code)
	}
	// The full name after a title is not a short name; "Gandhi" is Rajiv,
	// named earlier; "Gilani" in 1988 is outside his term, so the undated
	// code; "Sharif" names nobody in this dictionary, so it stays.
	want := ">INDGOV|Rajiv Gandhi>PAKELI|Rajiv Gandhi>PAKGOV"
	if g := strings.Join(got, "|"); g != want {
		t.Errorf("got %s, want %s", g, want)
	}
}

func TestImplicitTarget(t *testing.T) {
	text := "Egypt and Israel signed a treaty. Cairo recalled its ambassador. Iran protested."
	at := func(s string) dyad.Span { return spanOf(text, s) }
	mention := func(s, code string) dyad.ActorMention { return mentionOf(text, s, code) }
	doc := &dyad.Document{ID: "d", Text: text,
		Actors: []dyad.ActorMention{mention("Egypt", "EGY"), mention("Israel", "ISR"), mention("Cairo", "EGYGOV"), mention("Iran", "IRN")},
		Events: []dyad.Event{
			{Sentence: 1, Code: "161", Source: dyad.EventActor{Span: at("Cairo"), Code: "EGYGOV", Country: "EGY"}, Target: dyad.EventActor{Code: "---"}},
			// Iran is not one side of the dyad in focus: no target, no event
			{Sentence: 2, Code: "140", Source: dyad.EventActor{Span: at("Iran"), Code: "IRN", Country: "IRN"}, Target: dyad.EventActor{Code: "---"}},
		}}
	if err := actor.NewResolver(dict.Merge()).Annotate(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Events) != 1 || doc.Events[0].Target.Code != "ISR" || !strings.HasPrefix(doc.Events[0].Target.Resolution, "implicit target") {
		t.Errorf("got %+v, want one event EGYGOV→ISR with an implicit-target note", doc.Events)
	}
}

func TestShortNameInOffice(t *testing.T) {
	const people = `
actor VLADIMIR_PUTIN  Vladimir Putin
  type    person
  names   Vladimir Putin
  short   Putin
  code    RUSGOV 2000-05-07 - president
  code    RUSELI

actor KHAN_A  Ayub Khan
  type    person
  names   Ayub Khan
  short   Khan
  code    PAKGOV 1958-10-27 1969-03-25 president

actor KHAN_B  Liaquat Ali Khan
  type    person
  names   Liaquat Ali Khan
  short   Khan
  code    PAKGOV 1947-08-14 1951-10-16 prime minister
`
	d := dict.Merge()
	if err := dict.ParseFile("p.actors", strings.NewReader(people), d); err != nil {
		t.Fatal(err)
	}
	text := "Putin met Obama. Khan met Obama."
	at := func(s string) dyad.Span { return spanOf(text, s) }
	tests := []struct {
		date dyad.Date
		want string
	}{
		{dyad.Year(2015), "Vladimir Putin"}, // in office: resolved without a full name
		{dyad.Year(1995), ""},               // nobody called Putin in office: dropped
	}
	for _, tc := range tests {
		doc := &dyad.Document{ID: "d", Text: text, Events: []dyad.Event{{Code: "040", Date: tc.date,
			Source: dyad.EventActor{Span: at("Putin"), Code: "RUSELI", Country: "RUS"},
			Target: dyad.EventActor{Span: at("Obama"), Code: "USA", Country: "USA"}}}}
		if err := actor.NewResolver(d).Annotate(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		got := ""
		if len(doc.Events) > 0 {
			got = doc.Events[0].Source.Name
		}
		if got != tc.want {
			t.Errorf("%s: source %q, want %q", tc.date.Value, got, tc.want)
		}
	}
}

// Two people called Khan and neither in office in 1990: the short name is
// ambiguous, and its event is dropped.
func TestShortNameAmbiguous(t *testing.T) {
	d := dict.Merge()
	const people = `
actor KHAN_A  Ayub Khan
  type    person
  names   Ayub Khan
  short   Khan
  code    PAKGOV 1958-10-27 1969-03-25 president

actor KHAN_B  Liaquat Ali Khan
  type    person
  names   Liaquat Ali Khan
  short   Khan
  code    PAKGOV 1947-08-14 1951-10-16 prime minister
`
	if err := dict.ParseFile("p.actors", strings.NewReader(people), d); err != nil {
		t.Fatal(err)
	}
	text := "Khan criticised India."
	doc := &dyad.Document{ID: "d", Text: text, Events: []dyad.Event{{Code: "111", Date: dyad.Year(1990),
		Source: dyad.EventActor{Span: dyad.Span{Start: 0, End: 4}, Code: "PAKGOV", Country: "PAK"},
		Target: dyad.EventActor{Span: dyad.Span{Start: 16, End: 21}, Code: "IND", Country: "IND"}}}}
	if err := actor.NewResolver(d).Annotate(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Events) != 0 {
		t.Errorf("ambiguous short name kept: %+v", doc.Events[0].Source)
	}
}

// TestImplicitTargetDyad gives a target-less event the other side of the
// document's dyad, not of the last two countries named, and leaves
// passive clauses alone.
func TestImplicitTargetDyad(t *testing.T) {
	text := "India and China fought in 1962. Indian and Chinese troops clashed again. China accused India. " +
		"The Algiers talks failed. Beijing recalled its ambassador. New Delhi was not consulted."
	at := func(s string) dyad.Span { return spanOf(text, s) }
	var actors []dyad.ActorMention
	for _, m := range [][2]string{{"India", "IND"}, {"China", "CHN"}, {"Indian", "IND"}, {"Chinese", "CHN"},
		{"China accused", "CHN"}, {"accused India", "IND"}, {"Algiers", "DZAGOV"}, {"Beijing", "CHNGOV"}, {"New Delhi", "INDGOV"}} {
		actors = append(actors, dyad.ActorMention{Span: at(m[0]), Codes: []dyad.DatedCode{{Code: m[1]}}})
	}
	event := func(src, code, verb string) dyad.Event {
		return dyad.Event{Code: code, Source: dyad.EventActor{Span: at(src), Code: code, Country: dyad.Country(code)},
			Target: dyad.EventActor{Code: "---"}, Verb: dyad.EvidenceOf(text, at(verb))}
	}
	recall, consult := event("Beijing", "CHNGOV", "recalled"), event("New Delhi", "INDGOV", "consulted")
	recall.Code, consult.Code = "161", "040"
	doc := &dyad.Document{ID: "d", Text: text, Actors: actors, Events: []dyad.Event{recall, consult}}
	if err := actor.NewResolver(dict.Merge()).Annotate(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range doc.Events {
		got = append(got, e.Source.Code+">"+e.Target.Code+" "+e.Code+" ("+e.Target.Resolution+")")
	}
	want := "CHNGOV>IND 161 (implicit target: the other side of IND-CHN)"
	if strings.Join(got, "|") != want {
		t.Errorf("got %q, want %q", strings.Join(got, "|"), want)
	}
}

// TestPlaceTarget: a city or capital after "in" or "at" is where a
// surrender or signing happened, not its target, and the event takes the
// other side of the document's dyad instead; meetings and violence keep
// the place, as CAMEO codes them.
func TestPlaceTarget(t *testing.T) {
	text := "India and Pakistan fought. India and Pakistan fought again. India and Pakistan fought in 1971. " +
		"Pakistan surrendered in Dhaka. Pakistan shelled targets in Amritsar. Pakistan held talks in Delhi. " +
		"Pakistan protested in Kabul. Pakistan protested to Kabul."
	at := func(s string) dyad.Span { return spanOf(text, s) }
	var actors []dyad.ActorMention
	add := func(span dyad.Span, code, entry string) {
		actors = append(actors, dyad.ActorMention{Span: span, EntryID: entry, Codes: []dyad.DatedCode{{Code: code}}})
	}
	// the dyad: India and Pakistan, three times each
	for base := 0; base >= 0 && len(actors) < 6; {
		add(dyad.Span{Start: base, End: base + len("India")}, "IND", "IND")
		add(dyad.Span{Start: base + len("India and "), End: base + len("India and Pakistan")}, "PAK", "PAK")
		next := strings.Index(text[base+1:], "India and")
		if next < 0 {
			break
		}
		base += 1 + next
	}
	add(at("Dhaka"), "BGDGOV", "BGD"+dict.GovSuffix)
	add(at("Amritsar"), "IND", "IND"+dict.CitySuffix)
	add(at("Delhi"), "INDGOV", "IND"+dict.GovSuffix)
	kabul := dyad.Span{Start: strings.LastIndex(text, "Kabul"), End: strings.LastIndex(text, "Kabul") + len("Kabul")}
	add(at("Kabul"), "AFGGOV", "AFG"+dict.GovSuffix)
	add(kabul, "AFGGOV", "AFG"+dict.GovSuffix)
	ev := func(verb, code, tgt, tcode string) dyad.Event {
		return dyad.Event{Code: code, Source: dyad.EventActor{Span: at("Pakistan " + verb), Code: "PAK", Country: "PAK"},
			Target: dyad.EventActor{Span: at(tgt), Code: tcode, Country: dyad.Country(tcode)}, Verb: dyad.EvidenceOf(text, at(verb))}
	}
	doc := &dyad.Document{ID: "d", Text: text, Actors: actors, Events: []dyad.Event{
		ev("surrendered", "080", "Dhaka", "BGDGOV"), ev("shelled", "194", "Amritsar", "IND"), ev("held", "046", "Delhi", "INDGOV"),
		ev("protested in", "141", "Kabul", "AFGGOV"), ev("protested to", "141", "Kabul", "AFGGOV")}}
	for i := range doc.Events {
		doc.Events[i].Source.Span.End = doc.Events[i].Source.Start + len("Pakistan")
	}
	doc.Events[4].Target.Span = kabul
	if g, want := resolveEvents(t, actor.NewResolver(dict.Merge()), doc), "PAK>IND 080|PAK>IND 194|PAK>INDGOV 046|PAK>AFG 141|PAK>AFGGOV 141"; g != want {
		t.Errorf("got %s, want %s", g, want)
	}
	// A seat of government as the place of a protest is its country; the
	// government is the target when the protest goes to it.
	if r := doc.Events[0].Target.Resolution; !strings.HasPrefix(r, "implicit target") {
		t.Errorf("surrender target resolution %q, want an implicit target", r)
	}
}

// TestActorless gives an event that names no actor ("An accord was
// reached") to the document's dyad when the story is on it, and drops it
// when a third country was named last.
func TestActorless(t *testing.T) {
	text := "India and Pakistan fought. India and Pakistan fought again. India and Pakistan fought once more. " +
		"An accord was reached in 1972. Troops clashed. China protested. A ceasefire took hold."
	at := func(s string) dyad.Span { return spanOf(text, s) }
	var actors []dyad.ActorMention
	for base := 0; len(actors) < 6; base += strings.Index(text[base+1:], "India and") + 1 {
		actors = append(actors,
			dyad.ActorMention{Span: dyad.Span{Start: base, End: base + 5}, Codes: []dyad.DatedCode{{Code: "IND"}}},
			dyad.ActorMention{Span: dyad.Span{Start: base + 10, End: base + 18}, Codes: []dyad.DatedCode{{Code: "PAK"}}})
	}
	actors = append(actors, dyad.ActorMention{Span: at("China"), Codes: []dyad.DatedCode{{Code: "CHN"}}})
	none := dyad.EventActor{Code: "---"}
	doc := &dyad.Document{ID: "d", Text: text, Actors: actors, Events: []dyad.Event{
		{Sentence: 3, Code: "057", Source: none, Target: none, Verb: dyad.EvidenceOf(text, at("accord"))},
		{Sentence: 5, Code: "0871", Source: none, Target: none, Verb: dyad.EvidenceOf(text, at("ceasefire"))},
		// fighting that names no side ("an earthquake struck") is nobody's
		{Sentence: 3, Code: "190", Source: none, Target: none, Verb: dyad.EvidenceOf(text, at("reached"))},
		// but a clash is both sides', told once
		{Sentence: 4, Code: "190", Source: none, Target: none, Verb: dyad.EvidenceOf(text, at("clashed"))},
	}}
	if g, want := resolveEvents(t, actor.NewResolver(dict.Merge()), doc), "IND>PAK 057|PAK>IND 057|IND>PAK 190"; g != want {
		t.Errorf("got %s, want %s", g, want)
	}
}

// TestShortNameGoesOn: a short name followed by another capitalised word
// is part of a name the dictionary lacks ("Abbas Kamel" is not Mahmoud
// Abbas), so its event is dropped rather than given to the wrong person.
func TestShortNameGoesOn(t *testing.T) {
	const people = `
actor MAHMOUD_ABBAS  Mahmoud Abbas
  type    person
  names   Mahmoud Abbas
  short   Abbas
  code    PSEGOV 2005-01-15 - president
`
	d := dict.Merge()
	if err := dict.ParseFile("people.actors", strings.NewReader(people), d); err != nil {
		t.Fatal(err)
	}
	text := "Mahmoud Abbas met Israel. Abbas Kamel met Israel. Abbas met Israel."
	nth := func(s string, n int) dyad.Span {
		i := -1
		for range n {
			i += 1 + strings.Index(text[i+1:], s)
		}
		return dyad.Span{Start: i, End: i + len(s)}
	}
	ev := func(src, tgt dyad.Span) dyad.Event {
		return dyad.Event{Code: "040", Date: dyad.Year(2021),
			Source: dyad.EventActor{Span: src, Code: "PSEGOV", Country: "PSE"}, Target: dyad.EventActor{Span: tgt, Code: "ISR", Country: "ISR"}}
	}
	doc := &dyad.Document{ID: "d", Text: text,
		Actors: []dyad.ActorMention{{Span: nth("Mahmoud Abbas", 1), EntryID: "MAHMOUD_ABBAS", Codes: d.Actors[0].Codes}},
		Events: []dyad.Event{ev(nth("Abbas", 2), nth("Israel", 2)), ev(nth("Abbas", 3), nth("Israel", 3))}}
	if err := actor.NewResolver(d).Annotate(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Events) != 1 || doc.Events[0].Source.Start != nth("Abbas", 3).Start {
		t.Errorf("got %d events (%+v), want only the one of the bare \"Abbas\"", len(doc.Events), doc.Events)
	}
}

// TestHyphenatedFullName: a full name with a hyphen ("Farouk al-Sharaa")
// is a full name, not another person's short name ("Sharaa").
func TestHyphenatedFullName(t *testing.T) {
	const people = `
actor AHMED_AL_SHARAA  Ahmed al-Sharaa
  type    person
  names   Ahmed al-Sharaa
  short   Sharaa
  code    SYRGOV 2025-01-29 - president

actor FAROUK_AL_SHARAA  Farouk al-Sharaa
  type    person
  names   Farouk al-Sharaa
  code    SYRGOV 1984-03-11 2006-02-11 foreign minister
`
	d := dict.Merge()
	if err := dict.ParseFile("people.actors", strings.NewReader(people), d); err != nil {
		t.Fatal(err)
	}
	text := "Israel met Farouk al-Sharaa."
	at := func(s string) dyad.Span { i := strings.Index(text, s); return dyad.Span{Start: i, End: i + len(s)} }
	doc := &dyad.Document{ID: "d", Text: text,
		Actors: []dyad.ActorMention{{Span: at("Farouk al-Sharaa"), EntryID: "FAROUK_AL_SHARAA", Codes: d.Actors[1].Codes}},
		Events: []dyad.Event{{Code: "040", Date: dyad.Year(1999),
			Source: dyad.EventActor{Span: at("Israel"), Code: "ISR", Country: "ISR"},
			Target: dyad.EventActor{Span: at("Farouk al-Sharaa"), Code: "SYRGOV", Country: "SYR"}}}}
	if err := actor.NewResolver(d).Annotate(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Events) != 1 {
		t.Errorf("got %d events, want the meeting with Farouk al-Sharaa", len(doc.Events))
	}
}

// TestAnaphorPair: "the two leaders" after a passing mention of a third
// country stands for the document's dyad.
func TestAnaphorPair(t *testing.T) {
	text := "China and America clashed. China and America talked. China and America traded. " +
		"India watched from California. The two leaders agreed."
	var actors []dyad.ActorMention
	for base := 0; len(actors) < 6; base += strings.Index(text[base+1:], "China and") + 1 {
		actors = append(actors,
			dyad.ActorMention{Span: dyad.Span{Start: base, End: base + 5}, Codes: []dyad.DatedCode{{Code: "CHN"}}},
			dyad.ActorMention{Span: dyad.Span{Start: base + 10, End: base + 17}, Codes: []dyad.DatedCode{{Code: "USA"}}})
	}
	actors = append(actors, dyad.ActorMention{Span: spanOf(text, "India"), Codes: []dyad.DatedCode{{Code: "IND"}}},
		dyad.ActorMention{Span: spanOf(text, "California"), Codes: []dyad.DatedCode{{Code: "USA"}}})
	doc := &dyad.Document{ID: "d", Text: text, Actors: actors, Events: []dyad.Event{{Code: "030",
		Source: dyad.EventActor{Span: spanOf(text, "The two leaders"), Code: "PAIRGOV"}, Target: dyad.EventActor{Code: "---"},
		Verb: dyad.EvidenceOf(text, spanOf(text, "agreed"))}}}
	if err := actor.NewResolver(dict.Merge()).Annotate(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range doc.Events {
		got = append(got, e.Source.Code+">"+e.Target.Code)
	}
	if g := strings.Join(got, "|"); g != "USAGOV>CHNGOV" {
		t.Errorf("got %s, want USAGOV>CHNGOV (not India)", g)
	}
}

// TestPassiveForce gives force used on one side of the dyad, told in the
// passive without its agent, the other side as source; a verbal event, a
// leader killed or a progressive verb does not.
func TestPassiveForce(t *testing.T) {
	text := "Egypt and Israel fought. Egypt and Israel fought. Egypt and Israel fought. " +
		"Egyptian soldiers were killed. Egypt was criticised. Sadat was assassinated. Egypt was severing relations. " +
		"Cohen was arrested by Egyptian police."
	at := func(s string) dyad.Span { return spanOf(text, s) }
	var actors []dyad.ActorMention
	for base := 0; len(actors) < 6; base += strings.Index(text[base+1:], "Egypt and") + 1 {
		actors = append(actors,
			dyad.ActorMention{Span: dyad.Span{Start: base, End: base + 5}, Codes: []dyad.DatedCode{{Code: "EGY"}}},
			dyad.ActorMention{Span: dyad.Span{Start: base + 10, End: base + 16}, Codes: []dyad.DatedCode{{Code: "ISR"}}})
	}
	ev := func(src, code, srcCode, verb string) dyad.Event {
		return dyad.Event{Code: code, Source: dyad.EventActor{Span: at(src), Code: srcCode, Country: srcCode[:3]},
			Target: dyad.EventActor{Code: "---"}, Verb: dyad.EvidenceOf(text, at(verb))}
	}
	doc := &dyad.Document{ID: "d", Text: text, Actors: actors, Events: []dyad.Event{
		ev("Egyptian soldiers", "190", "EGYMIL", "killed"),
		ev("Egypt was criticised", "111", "EGY", "criticised"),
		ev("Sadat", "186", "EGYELI", "assassinated"),
		ev("Egypt was severing", "161", "EGY", "severing"),
		// an agent after the verb acted on the other side
		ev("Egyptian police", "173", "EGYCOP", "arrested"),
	}}
	doc.Events[1].Source.Span.End = doc.Events[1].Source.Start + len("Egypt")
	doc.Events[3].Source.Span.End = doc.Events[3].Source.Start + len("Egypt")
	if g, want := resolveEvents(t, actor.NewResolver(dict.Merge()), doc), "ISR>EGYMIL 190|EGY>ISR 161|EGYCOP>ISR 173"; g != want {
		t.Errorf("got %s, want %s", g, want)
	}
}

func TestImplicitTargetAssailant(t *testing.T) {
	// a piece about the United States and Pakistan, where India strikes
	text := "The United States and Pakistan met. Washington and Islamabad talked, as America wished. India struck Pakistan. Pakistan retaliated. Pakistan protested."
	at := func(s string) dyad.Span { return spanOf(text, s) }
	mention := func(s, code string) dyad.ActorMention { return mentionOf(text, s, code) }
	src := func(s, code string) dyad.EventActor {
		return dyad.EventActor{Span: at(s), Code: code, Country: dyad.Country(code)}
	}
	doc := &dyad.Document{ID: "d", Text: text,
		Actors: []dyad.ActorMention{mention("The United States", "USA"), mention("Pakistan", "PAK"), mention("Washington", "USAGOV"),
			mention("Islamabad", "PAKGOV"), mention("America", "USA"), mention("India", "IND"), mention("Pakistan retaliated", "PAK"), mention("Pakistan protested", "PAK")},
		Events: []dyad.Event{
			{Sentence: 2, Code: "190", Source: src("India", "IND"), Target: src("Pakistan.", "PAK")},
			// force answering force is aimed at the assailant
			{Sentence: 3, Code: "190", Source: src("Pakistan retaliated", "PAK"), Target: dyad.EventActor{Code: "---"}},
			// anything else at the other side of the piece's dyad
			{Sentence: 4, Code: "114", Source: src("Pakistan protested", "PAK"), Target: dyad.EventActor{Code: "---"}},
		}}
	if g, want := resolveEvents(t, actor.NewResolver(dict.Merge()), doc), "IND>PAK 190|PAK>IND 190|PAK>USA 114"; g != want {
		t.Errorf("got %s, want %s", g, want)
	}
}

// TestKingdom gives "the kingdom" the last listed kingdom named before it,
// and leaves the side open when none was named.
func TestKingdom(t *testing.T) {
	text := "The kingdom protested. Jordan and Israel met in London. The kingdom protested to Israel."
	doc := &dyad.Document{ID: "d", Text: text,
		Actors: []dyad.ActorMention{mentionOf(text, "Jordan", "JOR"), mentionOf(text, "Israel", "ISR"), mentionOf(text, "London", "GBR")},
		Events: []dyad.Event{
			{Sentence: 0, Code: "114", Source: dyad.EventActor{Span: spanOf(text, "The kingdom"), Code: "KINGDOM", Country: "KIN"},
				Target: dyad.EventActor{Span: spanOf(text, "Israel"), Code: "ISR", Country: "ISR"}},
			{Sentence: 2, Code: "114", Source: dyad.EventActor{Span: spanOf(text, "The kingdom protested to"), Code: "KINGDOMGOV", Country: "KIN"},
				Target: dyad.EventActor{Span: spanOf(text, "Israel."), Code: "ISR", Country: "ISR"}},
		}}
	d := dict.Merge()
	d.Options = dict.Options{"KINGDOMS": "SAU | JOR"}
	// the first names no kingdom before it; London is no listed kingdom
	if g, want := resolveEvents(t, actor.NewResolver(d), doc), "JORGOV>ISR 114"; g != want {
		t.Errorf("got %s, want %s", g, want)
	}
}

// resolveEvents runs r on doc and returns its events as "SRC>TGT CODE",
// joined by "|".
func resolveEvents(t *testing.T, r *actor.Resolver, doc *dyad.Document) string {
	t.Helper()
	if err := r.Annotate(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range doc.Events {
		got = append(got, e.Source.Code+">"+e.Target.Code+" "+e.Code)
	}
	return strings.Join(got, "|")
}
