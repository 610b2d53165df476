package pipeline_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/pipeline"
)

const history = `India and China: a short history
By A. Writer | June 2, 2019

India and China signed the Panchsheel agreement in April 1954. Two months later, Chinese Premier Zhou Enlai visited New Delhi.

Indian Prime Minister Rajiv Gandhi visited Beijing in December 1988. Gandhi met Deng Xiaoping, and the two leaders held talks.

In 1993 the two countries signed a border peace agreement.

Xi Jinping is expected to visit India later this year.
`

// want is one expected event: countries, CAMEO root, date and modality.
type want struct {
	src, tgt, root, date string
	modality             dyad.Modality
}

func TestHistory(t *testing.T) {
	p, err := pipeline.New(pipeline.Config{})
	if err != nil {
		t.Fatal(err)
	}
	doc := &dyad.Document{ID: "history", Text: history}
	if err := p.Run(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	if doc.Published.Value != "2019-06-02" || doc.PublishedBy != "byline" {
		t.Errorf("document date %q found by %q, want 2019-06-02 from the byline", doc.Published.Value, doc.PublishedBy)
	}
	got := map[want]bool{}
	for _, e := range doc.Events {
		got[want{e.Source.Country, e.Target.Country, e.Root, e.Date.Value, e.Modality}] = true
		for _, a := range []dyad.EventActor{e.Source, e.Target} {
			if !a.Span.IsZero() && a.Span.In(doc.Text) == "" {
				t.Errorf("event %s: actor span %v is outside the text", e.ID, a.Span)
			}
		}
		if e.Verb.In(doc.Text) != e.Verb.Text {
			t.Errorf("event %s: verb evidence %q does not match its span %q", e.ID, e.Verb.Text, e.Verb.In(doc.Text))
		}
	}
	for _, w := range []want{
		{"IND", "CHN", "05", "1954-04", dyad.Asserted}, // signed the Panchsheel agreement
		{"CHN", "IND", "05", "1954-04", dyad.Asserted},
		{"CHN", "IND", "04", "1954-06", dyad.Asserted}, // Zhou visited New Delhi two months later
		{"IND", "CHN", "04", "1988-12", dyad.Asserted}, // Rajiv Gandhi visited Beijing
		{"IND", "CHN", "05", "1993", dyad.Asserted},    // the two countries signed
		{"CHN", "IND", "05", "1993", dyad.Asserted},
		{"CHN", "IND", "04", "2019", dyad.Planned}, // expected to visit
	} {
		if !got[w] {
			t.Errorf("missing event %+v", w)
		}
	}
	for _, e := range doc.Events {
		if e.Verb.Text == "met" && e.Source.Name != "Rajiv Gandhi" {
			t.Errorf("short name Gandhi resolved to %q, want Rajiv Gandhi (named earlier)", e.Source.Name)
		}
	}
}

// TestDateline leaves the wire dateline's place and agency out of the
// story: "BEIRUT … (Reuters)" is where and by whom it was filed.
func TestDateline(t *testing.T) {
	p := newPipeline(t)
	doc := &dyad.Document{ID: "t", Published: dyad.Day(time.Date(2026, 8, 4, 0, 0, 0, 0, time.UTC)),
		Text: "BEIRUT, Aug. 4, 2026 (Reuters) - Israeli troops detained a Lebanese shepherd on Sunday.",
		Meta: map[string]string{"dateline": "BEIRUT, Aug. 4, 2026 (Reuters)"}}
	if err := p.Run(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range doc.Events {
		got = append(got, e.Source.Code+">"+e.Target.Country+" "+e.Code)
	}
	if g := strings.Join(got, "|"); g != "ISRMIL>LBN 173" {
		t.Errorf("got %q, want the troops' detention only", g)
	}
}

func TestDeterministic(t *testing.T) {
	p, err := pipeline.New(pipeline.Config{})
	if err != nil {
		t.Fatal(err)
	}
	ids := func() string {
		doc := &dyad.Document{ID: "history", Text: history}
		if err := p.Run(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		var b strings.Builder
		for _, e := range doc.Events {
			b.WriteString(e.ID + " ")
		}
		return b.String()
	}
	first := ids()
	if first == "" {
		t.Fatal("no events")
	}
	if again := ids(); again != first {
		t.Errorf("event IDs differ between runs:\n%s\n%s", first, again)
	}
}

// TestActorlessTalks gives talks that name no party, held in a capital,
// to the document's dyad: the capital hosts them, it is not a party.
func TestActorlessTalks(t *testing.T) {
	p := newPipeline(t)
	text := "India and China fought in 1962. India and China met in 1988. India and China met again.\n\n" +
		"Talks began in Beijing in September 1990."
	doc := codeText(t, p, text, 2020)
	var got []string
	for _, e := range doc.Events {
		if e.Root == "04" && e.Date.Value == "1990-09" {
			got = append(got, e.Source.Code+">"+e.Target.Code)
		}
	}
	if g := strings.Join(got, "|"); g != "CHN>IND|IND>CHN" {
		t.Errorf("talks of September 1990: got %q, want CHN>IND|IND>CHN", g)
	}
}

// TestActorlessMutual gives a prisoner exchange or restored relations
// that name no side to the document's dyad, both ways: each side did it.
func TestActorlessMutual(t *testing.T) {
	p := newPipeline(t)
	tests := []struct{ sentence, code, date string }{
		{"A prisoner exchange followed in May 2025.", "084", "2025-05"},
		{"Relations were restored in April 2003.", "054", "2003-04"},
	}
	for _, tt := range tests {
		text := "Russia and Ukraine fought in 2022. Russia and Ukraine met in Istanbul. Russia and Ukraine met again.\n\n" + tt.sentence
		doc := codeText(t, p, text, 2025)
		var got []string
		for _, e := range doc.Events {
			if e.Code == tt.code {
				got = append(got, e.Source.Code+">"+e.Target.Code+" "+e.Date.Value)
			}
		}
		want := "RUS>UKR " + tt.date + "|UKR>RUS " + tt.date
		if g := strings.Join(got, "|"); g != want {
			t.Errorf("%q: got %q, want %q", tt.sentence, g, want)
		}
	}
}

// TestAcronymCase keeps short all-capital names ("UN", "US") from naming
// anyone in lower case: "un-Islamic" is no United Nations; and an
// acronym from naming anyone in mixed case: "Fao" is no FAO.
func TestAcronymCase(t *testing.T) {
	p := newPipeline(t)
	tests := []struct {
		text string
		want bool
	}{
		{"Iran called hereditary monarchy un-Islamic.", false},
		{"Iran told us nothing.", false},
		{"The UN criticised Iran.", true},
		{"THE UN CRITICISED IRAN.", true},
		{"Iran seized the Fao peninsula.", false},
		{"The FAO criticised Iran.", true},
	}
	for _, tt := range tests {
		doc := codeText(t, p, tt.text, 2020)
		got := false
		for _, a := range doc.Actors {
			if a.Name == "United Nations" || a.Name == "United States" || a.Name == "Food and Agriculture Organization" {
				got = true
			}
		}
		if got != tt.want {
			t.Errorf("%q: names the UN or US = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestReciprocal codes "each side accused the other" both ways between the
// countries in focus.
func TestReciprocal(t *testing.T) {
	p := newPipeline(t)
	for _, s := range []string{
		"Each side accused the other of violating the ceasefire.",
		"Both sides accused the other of breaching it within hours.",
		"The two leaders accused each other of lying.",
	} {
		text := "Thailand and Cambodia fought in July. Thailand and Cambodia talked. Thailand and Cambodia met. " + s
		doc := codeText(t, p, text, 2025)
		var got []string
		for _, e := range doc.Events {
			if e.Root == "11" {
				got = append(got, e.Source.Country+">"+e.Target.Country)
			}
		}
		if g, want := strings.Join(got, "|"), "THA>KHM|KHM>THA"; g != want {
			t.Errorf("%q: got %q, want %q", s, g, want)
		}
	}
}

// TestNobodyToPair drops an act aimed at the countries in focus whose
// source is nobody named.
func TestNobodyToPair(t *testing.T) {
	p := newPipeline(t)
	text := "Thailand and Cambodia fought in July. Thailand and Cambodia talked. Thailand and Cambodia met. " +
		"Mr Smith telephoned both leaders on the first day of fighting."
	doc := codeText(t, p, text, 2025)
	for _, e := range doc.Events {
		if e.Source.Code == "---" || e.Target.Code == "---" {
			t.Errorf("event with no actor: %s>%s %s", e.Source.Code, e.Target.Code, e.Code)
		}
	}
}

// TestProse codes sentences of analysis prose whose reading depends on
// the built-in prose rules. Each case lists the events of the sentences
// from index from on as source>target code, with countries unless full
// says to use full actor codes.
func TestProse(t *testing.T) {
	const pair = "Australia and China fought. Australia and China talked. Australia and China met.\n\n"
	const turkeyIraq = "Turkey and Iraq met. Turkey and Iraq talked. Turkey and Iraq argued.\n\n"
	tests := []struct {
		name string
		text string
		year int
		from int
		full bool
		want string
	}{
		// an arrest of a person the dictionary does not know ("Yang" is
		// not Yang Shangkun) is aimed at the other side of the dyad; the
		// same short name killed is no target at all
		{"unknown detainee", pair + "In January 2019 Chinese state security officers detained Yang Hengjun, an Australian citizen, at Guangzhou airport. " +
			"In March 2019 Chinese troops killed Yang Hengjun.", 2025, 3, false, "CHN>AUS 173"},
		// a city before a noun of agreement names the agreement: "the
		// Entebbe treaty" names no Ugandan party
		{"place names agreement", "In May 2011 Ethiopia criticised the Entebbe treaty. In May 2011 Ethiopia criticised Entebbe.", 2020, 0, false,
			"ETH>UGA 111"},
		// the apposition gives the country and office of a person the
		// dictionary does not know; "Santiago Cafiero" is no Chilean
		{"unknown named", "In March 2023 Santiago Cafiero, the Argentine foreign minister, criticised Britain.", 2024, 0, true,
			"ARGGOV>GBR 111"},
		// a spliced clause whose subject has an apposition before its verb;
		// "spoke by phone" is no passive
		{"spliced apposition", pair + "The drivers were released in October, Penny Wong and Wang Yi, China's foreign minister, spoke by phone.", 2025, 3, false,
			"AUS>CHN 041|CHN>AUS 041"},
		// the signers after "by" sign with each other; "The North" that
		// runs on into a longer name is no half of a divided country
		{"signers after by", "The United States and Mexico met. The United States and Mexico talked. The United States and Mexico argued.\n\n" +
			"The North American Free Trade Agreement, signed by the United States, Mexico and Canada on 17 December 1992, took effect in 1994.", 2025, 3, false,
			"USA>MEX 057|USA>CAN 057|MEX>CAN 057"},
		// a surname alone may keep its Arabic article ("al-Sharaa"); the
		// coder matches it as a short name, and the resolver names him
		{"article short name", "Ahmed al-Sharaa took power in Damascus in December 2024. " +
			"In May 2025 Erdoğan received al-Sharaa in Istanbul.", 2025, 1, false, "TUR>SYR 043"},
		// North Vietnam is Vietnam: the Socialist Republic continued it,
		// as the Federal Republic went on as Germany
		{"North Vietnam", "In August 1964 North Vietnamese torpedo boats attacked an American destroyer. " +
			"In 1965 Hanoi criticised West Germany.", 2025, 0, false, "VNM>USA 190|VNM>DEU 111"},
		// a "where" clause with its own subject is a clause of its own
		{"where clause", "In 1984 Moi visited Mogadishu, where Kenya and Somalia signed a border accord.", 2025, 0, false,
			"KEN>SOM 042|KEN>SOM 057|SOM>KEN 057"},
		// a pair anaphor resolved onto the side already named tells the
		// event once
		{"pair told once", "Islam Karimov ruled Uzbekistan. Uzbekistan and Tajikistan argued.\n\n" +
			"In 2002 Karimov paid a visit to Dushanbe, and the two men were more likely to glower at each other than to talk.", 2025, 2, false,
			"UZB>TJK 042"},
		// "their armies" in a piece about two states are the two armies
		{"their armies", turkeyIraq + "In September 2017 their armies held joint manoeuvres on the border.", 2025, 3, false,
			"TUR>IRQ 062|IRQ>TUR 062"},
		// an "it" right after a verb of judging is the proposal judged,
		// whose author is the other side; an "it" that is a state still
		// repeats the source and codes nothing
		{"it judged", "Chile and Bolivia fought. Chile and Bolivia talked. Chile and Bolivia met.\n\n" +
			"In 1975 Bolivia proposed a corridor. Santiago rejected it outright. In 1976 Chile feared that its allies would consult it.", 2025, 3, false,
			"CHL>BOL 120"},
		// an office named in apposition is the person named: "its
		// president" is Somalia's, whatever "its" would point to
		{"office in apposition", "Ethiopia and Somalia fought. Ethiopia and Somalia talked. Ethiopia and Somalia met.\n\n" +
			"In 2000 a conference in Djibouti chose a government. A visit by its president, Abdiqasim Salad Hassan, to Addis Ababa followed in 2001.", 2025, 3, false,
			"SOM>ETH 042"},
		// a compound that acts on a place it names fights together, not
		// each other; the ally outside the dyad shares the other's target
		{"allies", "Ethiopia and Somalia fought. Ethiopia and Somalia talked. Ethiopia and Somalia met.\n\n" +
			"Ethiopian and Cuban forces recaptured Jijiga on 5 March 1978.", 2025, 3, false,
			"ETH>SOM 192|CUB>SOM 192"},
		// the side the resolver supplies takes the state's code at the
		// event's date: Russia's side in 1979 is the Soviet Union
		{"era", "Russia and China met. Russia and China talked. Russia and China fought.\n\n" +
			"In April 1979 Beijing renounced the 1950 treaty. In 2019 Beijing renounced the 2001 treaty.", 2025, 3, false,
			"CHN>SUN 165|CHN>RUS 165"},
		// the Soviet Union with no target named is Russia's side of the
		// dyad, aimed at the other
		{"predecessor side", "Russia and China met. Russia and China talked. Russia and China fought.\n\n" +
			"In June 1959 the Soviet Union reneged on the bomb deal.", 2025, 3, false, "SUN>CHN 160"},
		// a short name the dictionary writes with a lower-case particle
		// is written so in text; a place after "Treaty of" names the
		// treaty, not a party
		{"de Gaulle", "France and Germany met. France and Germany talked. France and Germany fought.\n\n" +
			"Charles de Gaulle came to power in 1958. In 1962 de Gaulle toured West Germany. In March 1957 Paris and Bonn signed the Treaties of Rome.", 2025, 3, false,
			"FRA>DEU 042|FRA>DEU 057"},
		// "him" is not the woman who is the clause's subject
		{"him by gender", "France and Germany met. France and Germany talked. France and Germany fought.\n\n" +
			"Emmanuel Macron came to power in 2017. Angela Merkel signed the Meseberg declaration with him in June 2018.", 2025, 3, false,
			"DEU>FRA 057"},
		// ", and" before a compound subject and its verb opens a clause;
		// so does one before a counted subject ("two Egyptian military
		// transport aircraft")
		{"and compound clause", "Somalia and Ethiopia met. Somalia and Ethiopia talked. Somalia and Ethiopia fought.\n\n" +
			"In July 2018 Farmaajo travelled to Asmara to meet Isaias Afwerki, and Somalia and Eritrea restored diplomatic relations on 30 July 2018. " +
			"Cairo and Mogadishu signed a defence protocol on 14 August 2024, and at the end of that month two Egyptian military transport aircraft landed in Mogadishu loaded with weapons.", 2025, 3, false,
			"SOM>ERI 042|SOM>ERI 054|ERI>SOM 054|EGY>SOM 057|EGY>SOM 072"},
		// a pronoun further on than the verb's object is no object: "the
		// salient it had captured" leaves the target to the resolver; an
		// "it" judged that a pattern takes as its target is the act
		{"pronoun further on", "Israel and Syria met. Israel and Syria talked. Israel and Syria fought.\n\n" +
			"In 1974 Israel handed back the salient it had captured the previous October. In 1975 Damascus denounced it as a threat to the region.", 2025, 3, false,
			"ISR>SYR 084|SYR>ISR 111"},
		// a pair that the source is part of is not its target: the last
		// two others named in the sentence are
		{"pair without source", "The United States and India met. The United States and India talked. The United States and India argued.\n\n" +
			"After India and Pakistan went to war in September 1965, Washington suspended military aid to both countries.", 2025, 3, false,
			"USA>PAK 162|USA>IND 162"},
		// an actor in a phrase of time is no subject; a reaction told by
		// "prompting a complaint from" is aimed at the act before
		{"during phrase", "Egypt and Libya met. Egypt and Libya talked. Egypt and Libya fought.\n\n" +
			"King Idris came to the throne in 1951. Yet during the Suez crisis of 1956 Idris's government refused London permission to use its bases. " +
			"In July 2025 Libyan police detained two Egyptian fishing boats off Tobruk, prompting a formal complaint from Cairo.", 2025, 3, false,
			"LBY>GBR 120|LBY>EGY 173|EGY>LBY 114"},
		// ", while" opens a clause after an opening phrase without a comma
		{"while after opening phrase", "On 13 February 2025 Modi and Trump agreed to resume talks, while Trump criticised India's tariffs.", 2025, 0, false,
			"IND>USA 036|USA>IND 111"},
		// ", and there he assured Modi" opens a clause of its own
		{"and there", "In December 2024 Dissanayake chose New Delhi for his first foreign trip as president, and there he assured Modi that Sri Lanka would not be used against India.", 2025, 0, false,
			"LKA>IND 042|LKA>IND 030"},
		// "each government … the other's" goes both ways
		{"each government", turkeyIraq + "In October 2016 each government summoned the other's ambassador.", 2025, 3, false,
			"TUR>IRQ 114|IRQ>TUR 114"},
		// "the West German chancellor" is not the West and a German one
		{"the West German", "In 1955 the West German chancellor criticised the Soviet Union.", 2025, 0, false, "DEU>SUN 111"},
		// "the kingdom" is the last kingdom named, not a passing London
		{"the kingdom", "Saudi Arabia and Yemen met. Saudi Arabia and Yemen talked. Saudi Arabia and Yemen argued.\n\n" +
			"At a conference in London in 2006 the kingdom pledged $1bn in aid to Yemen.", 2025, 3, false, "SAU>YEM 033"},
		// a discard phrase drops only its own part of the sentence
		{"discard clause", pair + "After Australia beat China in a World Cup qualifier in 2019, fans rioted; Canberra summoned China's ambassador.", 2025, 3, false,
			"AUS>CHN 114"},
		// "meeting Albanese … and promising" is Li Qiang's promise
		{"participle chain", pair + "In June 2024 Li Qiang arrived for a visit, meeting Albanese on 17 June and promising new pandas.", 2025, 3, false,
			"CHN>AUS 042|CHN>AUS 040|CHN>AUS 030"},
		// "he" may mean a person named in an aside of the sentence before
		{"person in aside", "In March 2008 Ecuador broke off relations with Colombia, but it was Hugo Chávez who reacted most theatrically. " +
			"The next day he ordered ten battalions to the Colombian border.", 2025, 0, false, "ECU>COL 161|VEN>COL 150"},
		// "them" as an object that would repeat the source is what was
		// acted on: the other side of the dyad
		{"them acted on", "Cuba and the United States fought. Cuba and the United States talked. Cuba and the United States met.\n\n" +
			"In December 1962 Havana released them in exchange for baby food.", 1970, 3, false, "CUB>USA 084"},
		// a word that names a part of a place keeps the place
		{"part of a place", "In September 2022 Iranian drones pounded the Koya area of the Kurdistan Region.", 2024, 0, false, "IRN>IRQ 190"},
		// a plural pronoun for a compound keeps both referents: the
		// exercise is between the two, never Turkey with itself
		{"compound pronoun", "In April 2009 Turkish and Syrian troops held their first joint exercise.", 2025, 0, false,
			"TUR>SYR 062|SYR>TUR 062"},
		// a place in the source's own country is no target: an arrest in
		// Beijing is aimed at Japan's side, not at China
		{"own place", "China and Japan fought in 1937. China and Japan talked. China and Japan met.\n\n" +
			"In March 2023 Chinese state security detained an employee of the drugmaker in Beijing.", 2025, 3, false, "CHN>JPN 173"},
		// a place before the subject is not the source
		{"place before subject", "Venezuela and Guyana fought. Venezuela and Guyana talked. Venezuela and Guyana met.\n\n" +
			"Meeting in Trinidad, the two governments signed the Protocol of Port of Spain on 18 June 1970.", 2025, 3, false,
			"VEN>GUY 057|GUY>VEN 057"},
		// a reaction to an act named by a noun is aimed at the act's
		// author, here and in the next sentence, not at the dyad's other
		// side; without an act noun it still takes the other side
		{"act judged", "Turkey and Syria fought. Turkey and Syria talked. Turkey and Syria met.\n\n" +
			"In July 2025, when Israel bombed the defence ministry in Damascus, Ankara condemned the strikes. " +
			"In August 2025 Chinese ships rammed a Philippine boat. Washington condemned the action. Ankara condemned Damascus.", 2025, 3, false,
			"ISR>SYR 195|TUR>ISR 111|CHN>PHL 171|USA>CHN 111|TUR>SYR 111"},
		// a pronoun opening a sentence is the main clause's subject, not
		// an actor of the opening subordinate clause
		{"main clause subject", "When Israeli warplanes struck Doha on 9 September 2025, killing five members of Hamas, " +
			"Saudi Arabia was among the first to respond. It criticised Israel.", 2025, 0, false,
			"ISR>QAT 190|SAU>ISR 111"},
		// a possessive in the main clause is the main clause's actor, not
		// the opening clause's; a pronoun subject may be the latter's
		{"opening clause antecedent", "When Ethiopian troops routed the rebels in 2006, Kenya closed its border with Somalia. " +
			"After Greece and Turkey had won new mandates, they met in Vilnius in July 2023.", 2025, 0, false,
			"KEN>SOM 160|GRC>TUR 040|TUR>GRC 040"},
		// a short name is the person named before who held office at the
		// date, not the one named last
		{"short name in office", "Kim Jong Un took power in 2011. Kim Il Sung founded the state in 1948. In 2017 Kim criticised the United States.",
			2025, 2, true, "PRKGOV>USA 111"},
		// "him" is an object: the last man named who is no verb's
		// subject, else the first
		{"him", "In December 1998 John Howard wrote to B.J. Habibie urging him to free the prisoners. " +
			"Muhammad Yunus was sworn in on 8 August 2024, and on 16 August Modi telephoned him.", 2025, 0, false,
			"AUS>IDN 020|IND>BGD 041"},
		// a seat of government is no short name: "The Hague" is not
		// William Hague
		{"seat no short name", "In July 1947 Australia condemned The Hague.", 2025, 0, false, "AUS>NLD 111"},
		// a killing told by a participle after an attack by the same side
		// is that attack
		{"one attack", "On 28 June 1987 Iraqi aircraft dropped mustard gas on the Iranian town of Sardasht, killing more than 100 civilians.",
			2025, 0, false, "IRQ>IRN 2041"},
		{"shared surname", "Ferdinand Marcos Jr. took office in 2022. Ferdinand Marcos ruled until 1986. In February 2023 Marcos criticised China.",
			2025, 2, true, "PHLGOV>CHN 111"},
		// a possessive before an actor belongs to it: the counterpart is
		// the target
		{"his counterpart", "In September 2025 Iraq's foreign minister telephoned his Iranian counterpart.", 2025, 0, false, "IRQ>IRN 041"},
		// coercion by a subject the dictionary lacks, against one side of
		// the document's dyad, is the other side's; a passive's place is
		// no target
		{"unnamed source", pair + "That August the authorities detained Cheng Lei, an Australian citizen. " +
			"In 2016 a student was arrested at Beijing airport.", 2025, 3, false, "CHN>AUS 173"},
		// a clause that gives no event (its target would repeat the
		// source) still lends the next one its subject
		{"shared subject after no event", "In January 2023 Mr Aliyev called it a terrorist act and blamed Iran.", 2025, 0, false, "AZE>IRN 112"},
		// fighting and skirmishes with no side named are the dyad's, told
		// once
		{"actorless fighting", "Nigeria and Cameroon fought. Nigeria and Cameroon talked. Nigeria and Cameroon met.\n\n" +
			"There were further skirmishes in 1998. Fighting broke out in February 1994.", 2025, 3, false, "NGA>CMR 190|NGA>CMR 190"},
		// a city's name wins over a short name of a person nobody named:
		// "Lagos" is Nigeria's, not Ricardo Lagos
		{"city over short name", "In May 1981 students marched on the Cameroonian embassy in Lagos. In 1981 Cameroon criticised Lagos.", 2025, 0, false,
			"CMR>NGA 111"},
		{"kings by first name", "King Abdullah II took the throne in 1999. King Hussein ruled until 1999. " +
			"In May 2020 Abdullah warned Israel against annexing parts of the West Bank. In November 1995 Hussein flew to Jerusalem.",
			2025, 2, false, "JOR>ISR 130|JOR>ISR 042"},
		// a participle right after the actor a message came from is that
		// actor's act; after the one written to, the writer's
		{"participle after from", "In December 2014 a letter to Cuba and the United States from Pope Francis urging them to settle arrived. " +
			"In December 1998 Australia wrote to Indonesia urging it to act.", 2025, 0, false, "VAT>CUB 020|VAT>USA 020|AUS>IDN 020"},
		// a possessive after a colon or semicolon belongs to its own
		// clause's subject, not to the sentence's first actor
		{"possessive after colon", "Kosovo soon intruded: when Croatia and Hungary recognised Kosovo's independence on 19 March 2008, " +
			"Belgrade recalled its ambassadors from Zagreb and Budapest.", 2025, 0, false, "HRV>XKX 054|HUN>XKX 054|SRB>HRV 161|SRB>HUN 161"},
		// the name after an office with no country of its own is the
		// subject the office stood for, not an aside
		{"named office", "In 2019 the foreign minister, Gebran Bassil, urged Damascus to act.", 2025, 0, false, "LBN>SYR 020"},
		// "returned" with a time after it is a visit again
		{"returned that August", "In January 1992 Peru's president visited Ecuador. He returned that August.", 2025, 0, false,
			"PER>ECU 042|PER>ECU 042"},
		// a person named in an aside is named: the short name later is
		// that person when in office
		{"named in aside", "King Hussein died in 1999. His son, Abdullah II, inherited the throne. King Abdullah I had been killed in 1951. " +
			"In July 2017 Abdullah criticised Israel.", 2025, 3, true, "JORGOV>ISR 111"},
		// a courtesy title without a stop keeps the short name
		{"honorific", "In January 2024 Mr Ruto criticised Ethiopia.", 2025, 0, false, "KEN>ETH 111"},
		// a surname that ended a full name the dictionary lacks is that
		// person later ("Jimmy Lai … Lai", not Lai Ching-te); one of a
		// known person's names spelt another way is still that person
		{"surname of another", "In 2025 London demanded the release of Jimmy Lai, a publisher. In 2026 Lai criticised China. " +
			"In 2023 Abdul Hamid Dbeibah visited Cairo. In 2023 Dbeibah criticised Egypt.", 2026, 1, false, "LBY>EGY 111"},
		// a national in apposition to an unknown name gives the verb's
		// object; an actor after the object and its own past verb opens a
		// clause; so does one after ", as"
		{"released and freed", "In August 2024 a prisoner swap took place in Ankara, as Russia released an American and Germany freed Vadim Krasikov, a Russian convicted of murder.",
			2025, 0, false, "RUS>USA 084|DEU>RUS 084"},
		// an opening clause runs on through an apposition and a date: the
		// ambassador's London is no target of the main clause
		{"opening clause aside", "Israel and Lebanon fought. Israel and Lebanon talked. Israel and Lebanon argued.\n\n" +
			"After gunmen shot Shlomo Argov, Israel's ambassador in London, on 3 June 1982, Menachem Begin's government sent its army across the border on 6 June.",
			1990, 3, false, "ISR>LBN 190"},
		// "it was in Istanbul" names where something happened, not a
		// visit by the state last named
		{"it was in", "Russia and Turkey met. Russia and Turkey talked. Russia and Turkey argued.\n\n" +
			"When direct Russian-Ukrainian talks resumed in May 2025, it was in Istanbul.", 2025, 3, false, "RUS>UKR 046"},
		// a passive in an aside after a name says what was done to it; a
		// compound striking "on" someone unnamed is not striking itself
		{"aside passive", "In March 2015 Hadi, besieged in Aden, wrote to King Salman. " +
			"In 2024 American and British strikes on the group followed.", 2025, 0, false, ""},
		// "they" is the pair named before, not the first state named,
		// in the sentence and across sentences
		{"they the pair", "In the Ukraine crisis Merkel and Hollande became Europe's negotiators; on 6 February 2015 they flew to Moscow. " +
			"Xi Jinping and Narendra Modi met in 2019. They criticised Pakistan in 2019.", 2025, 0, false,
			"DEU>RUS 042|FRA>RUS 042|CHN>IND 040|IND>CHN 040|CHN>PAK 111|IND>PAK 111"},
		// an article before a name the dictionary writes without one
		{"article before name", "In October 1973 King Faisal answered with the oil embargo against the United States.", 2025, 0, false, "SAU>USA 163"},
		// a subordinate clause after a semicolon ends at its comma: its
		// troops are not the embargo's source
		{"semicolon subordinate", "Sadat flew to Riyadh in August 1973; after Egyptian troops crossed the canal on 6 October, King Faisal answered with the oil embargo against the United States.",
			2025, 0, false, "EGY>SAU 042|SAU>USA 163"},
		// a list closed by "and" takes no more members: ", and Kyiv
		// severed" is a clause of its own
		{"list closed", "In June 2022 Damascus recognised Donetsk and Luhansk, and Kyiv severed diplomatic relations with Syria.",
			2025, 0, false, "SYR>UKR 054|UKR>SYR 161"},
		// a compound's "agreed to …" is a mutual promise unless the
		// infinitive is coded itself
		{"compound agreed", "In 2008 Croatia and Serbia agreed to keep talking. In 2009 Croatia and Serbia agreed to raise relations to ambassadorial level.",
			2025, 0, false, "HRV>SRB 030|SRB>HRV 030|HRV>SRB 050"},
		// the one who brought two together met each, and the two met
		{"brought together", "In March 1977 Fidel Castro brought Mengistu Haile Mariam and Siad Barre together in Aden.", 2025, 0, false,
			"ETH>SOM 040|SOM>ETH 040|CUB>ETH 040|CUB>SOM 040"},
		// an actor after "through" is the channel, not the one addressed
		{"through intermediaries", "Israel and Lebanon fought. Israel and Lebanon talked. Israel and Lebanon argued.\n\n" +
			"In August 2020 Israel offered humanitarian aid through French intermediaries.", 2025, 3, false, "ISR>LBN 033"},
		// a compound's own "their" is no target of a one-sided act when
		// an actor follows; a mutual act still pairs the members
		{"their own", "In March 2014 Saudi Arabia, the UAE and Bahrain withdrew their ambassadors from Doha. " +
			"In 2024 Modi and Xi held their first meeting at a BRICS summit.", 2025, 0, false,
			"SAU>QAT 161|ARE>QAT 161|BHR>QAT 161|IND>CHN 040|CHN>IND 040"},
		// troops that withdraw, and visas restored, yield to the dyad in
		// focus
		{"yields to the focus", "India and Canada argued. India and Canada met. India and Canada talked.\n\n" +
			"In October 2023 Indian troops withdrew from the border. India restored e-visas on 22 November 2023.", 2025, 3, false,
			"IND>CAN 0874|IND>CAN 081"},
		// ", Mr Aliyev telephoned" opens the main clause as ", Aliyev
		// telephoned" does
		{"honorific after comma", "Heydar Aliyev ruled Azerbaijan. Ilham Aliyev succeeded him in 2003. Masoud Pezeshkian was elected in 2024. " +
			"When Israel struck Iran in June 2025, Mr Aliyev telephoned Mr Pezeshkian.", 2025, 3, false, "ISR>IRN 190|AZE>IRN 041"},
		// a subject the dictionary lacks leaves the source open: the
		// actor after the verb is its object, not its source
		{"unknown subject", "In January 2024 Abdi Farah criticised Ethiopia and Kenya.", 2025, 0, false, ""},
		// allies attacking together do not attack each other; the target
		// is the other side of the dyad, as in "Ethiopian and Cuban forces
		// recaptured Jijiga"
		{"allies attack", "Israel and Syria argued. Israel and Syria met. Israel and Syria talked.\n\n" +
			"On 6 October 1973 Egyptian and Syrian forces attacked.", 2025, 3, false, "EGY>ISR 190|SYR>ISR 190"},
		// a clause after the opening date still opens the sentence: "its"
		// is Turkey's, not the Palestinians'
		{"its after opening clause", "Israel and Turkey argued. Israel and Turkey met. Israel and Turkey talked.\n\n" +
			"On 15 May 2018, after dozens of Palestinians were shot dead in Gaza, Turkey recalled its own envoy from Tel Aviv.", 2025, 3, false, "TUR>ISR 161"},
		// "he" after a semicolon is the person of its own clause
		{"he after semicolon", "On 10 December 2017 Erdoğan condemned Israel; Netanyahu replied that he condemned Turkey.", 2025, 0, false,
			"TUR>ISR 111|ISR>TUR 111"},
		// an object "it" is the state just acted on, not the sentence's
		// first actor
		{"object it", "In June 1995 Cairo accused Khartoum of arming the plotters, and Ethiopia blamed Sudan and ordered it to cut its embassy staff.", 2025, 0, false,
			"EGY>SDN 112|ETH>SDN 112|ETH>SDN 161"},
		// a visitor the dictionary does not know comes from the other side
		{"unknown visitor", "Spain and Morocco argued. Spain and Morocco met. Spain and Morocco talked.\n\n" +
			"In August 2010 Alfredo Perez Rubalcaba, the interior minister, flew to Rabat to calm tempers.", 2025, 3, false, "ESP>MAR 042"},
		// a verb whose subject is a possessive event noun takes the noun's
		// actors: the visit upgraded ties between the two
		{"noun subject", "In May 2008 Lee Myung-bak's visit to Beijing upgraded ties to a strategic partnership.", 2025, 0, false,
			"KOR>CHN 042|KOR>CHN 050"},
		// a killing told as the consequence of an attack is that attack
		{"killing as consequence", "Ethiopia and Eritrea argued. Ethiopia and Eritrea met. Ethiopia and Eritrea talked.\n\n" +
			"On 5 June 1998 Eritrean aircraft struck Mekelle, hitting a primary school and killing dozens of civilians.", 2025, 3, false, "ERI>ETH 190"},
		// insisting that something is so is a claim, not a demand
		{"insisting claim", "In June 2026 China rejected South Korea's protest, insisting that the structures are fish farms.", 2026, 0, false, "CHN>KOR 120"},
		// "did so" repeats the act told before, by its own subject
		{"did so", "Kenya recognised Kosovo on 8 July 2011, and Egypt did so the next day.", 2025, 0, false, "KEN>XKX 054|EGY>XKX 054"},
		// "RSF" in news of Sudan is the Rapid Support Forces
		{"RSF", "In June 2024 the RSF shelled Chadian troops near Adre.", 2025, 0, true, "SDNREB>TCD 194"},
		// "the pair" is the two leaders in focus
		{"the pair", "France and Germany argued. France and Germany met. France and Germany talked.\n\n" +
			"In January 2019 the pair signed the Treaty of Aachen.", 2025, 3, false, "FRA>DEU 057|DEU>FRA 057"},
		// "travel agencies" is no trip
		{"travel agencies", "In March 2017 Beijing ordered travel agencies to stop selling group tours to South Korea.", 2025, 0, false, ""},
		// crowds at an embassy protest against its country, and a crowd
		// no dictionary names is the host, the other side of the dyad
		{"embassy protest", "Indonesia and Malaysia argued. Indonesia and Malaysia met. Indonesia and Malaysia talked.\n\n" +
			"In August 2010 crowds stoned the Malaysian embassy. In 1963 Indonesian students marched on the Malaysian embassy.", 2026, 3, false,
			"IDN>MYS 141|IDN>MYS 141"},
	}
	p := newPipeline(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := codeText(t, p, tt.text, tt.year)
			var got []string
			for _, e := range doc.Events {
				if e.Sentence < tt.from {
					continue
				}
				src, tgt := e.Source.Country, e.Target.Country
				if tt.full {
					src = e.Source.Code
				}
				got = append(got, src+">"+tgt+" "+e.Code)
			}
			if g := strings.Join(got, "|"); g != tt.want {
				t.Errorf("got %q, want %q", g, tt.want)
			}
		})
	}
}

// newPipeline builds the pipeline with the built-in dictionaries.
func newPipeline(t *testing.T) *pipeline.Pipeline {
	t.Helper()
	p, err := pipeline.New(pipeline.Config{})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// codeText codes text as a document published in year.
func codeText(t *testing.T, p *pipeline.Pipeline, text string, year int) *dyad.Document {
	t.Helper()
	doc := &dyad.Document{ID: "t", Text: text, Published: dyad.Year(year)}
	if err := p.Run(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	return doc
}

// TestSharedSubjectDate dates each verb phrase of a shared subject by its
// own words, not by the phrase before it; an aside after the subject is
// still weighed as an aside.
func TestSharedSubjectDate(t *testing.T) {
	p := newPipeline(t)
	const pair = "Azerbaijan and Iran met. Azerbaijan and Iran talked. Azerbaijan and Iran argued.\n\n"
	tests := []struct{ name, text, verb, want string }{
		{"listed", pair + "Ilham Aliyev attended the inauguration in August 2013, visited Tehran in April 2014 and praised Iran.", "visited", "2014-04"},
		{"aside", pair + "Heydar Aliyev, who returned to power in 1993, visited Tehran in the summer of 1994.", "visited", "1994-SU"},
		// a verb phrase joined by "and" has its own time, "the following
		// February" counted from the year before it
		{"and", pair + "Heydar Aliyev returned to power in 1993 and visited Tehran the following February.", "visited", "1994-02"},
		// an agreement that "followed" is dated by the words after it
		{"followed", pair + "On 22 May 1991 Aliyev signed a treaty in Tehran; a defence pact followed that September.", "pact", "1991-09"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := codeText(t, p, tt.text, 2025)
			for _, e := range doc.Events {
				if e.Verb.Text == tt.verb {
					if e.Date.Value != tt.want {
						t.Errorf("%s dated %s, want %s", tt.verb, e.Date.Value, tt.want)
					}
					return
				}
			}
			t.Errorf("no event for %q", tt.verb)
		})
	}
}

// TestFingerprint checks that the dictionaries' fingerprint, computed on
// first use, is the same for the same dictionaries and differs for others.
func TestFingerprint(t *testing.T) {
	a, b := newPipeline(t), newPipeline(t)
	empty, err := pipeline.New(pipeline.Config{NoBuiltin: true})
	if err != nil {
		t.Fatal(err)
	}
	fa := a.Fingerprint()
	if len(fa) != 16 || fa != b.Fingerprint() || fa != a.Fingerprint() {
		t.Errorf("fingerprints %q, %q: want one 16-digit value", fa, b.Fingerprint())
	}
	if fa == empty.Fingerprint() {
		t.Errorf("built-in and empty dictionaries share the fingerprint %q", fa)
	}
}
