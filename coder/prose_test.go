package coder_test

// Tests of the options dyad's built-in dictionaries set for news prose:
// anaphors, clause boundaries, foreign targets, actorless events.

import (
	"context"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/coder"
	"github.com/dyadproject/dyad/dict"
	"github.com/dyadproject/dyad/segment"
	"github.com/dyadproject/dyad/timex"
)

const anaphorDict = `
actor PAK  Pakistan
  type  state
  names Pakistan | Pakistani
  code  PAK

actor IND  India
  type  state
  names India | Indian
  code  IND

actor RUS  Russia
  type  state
  names Russia | Russian
  code  RUS

actor SUN  Soviet Union
  type  state
  names Soviet Union
  code  SUN

actor QURESHI  Shah Mahmood Qureshi
  type  person
  names Shah Mahmood Qureshi | Qureshi
  code  PAKGOV 2018-08-20 2022-04-10 foreign minister
  code  PAKELI

actor LAVROV  Sergey Lavrov
  type  person
  names Sergey Lavrov | Lavrov
  code  RUSGOV 2004-03-09 - foreign minister

actor PUTIN  Vladimir Putin
  type  person
  names Vladimir Putin | Putin
  code  RUSGOV 2012-05-07 - president
`

const anaphorAgents = `
agent GOV  government
  names government | minister | official | administration
  office president: president
  office foreign minister: foreign minister

agent MIL  military
  names army
`

const anaphorVerbs = `
verb MEET 040
  forms met

verb PRAISE 051
  forms praised

verb CRITICISE 111
  forms criticised | criticising

verb RECALL 161
  forms recalled
  pattern 161 $ * .. ambassador from +
  pattern 161 $ * .. ambassador

verb CONSULT 040
  forms consult

verb BRAND ---
  forms branded
  pattern 111 * it .. provocation
`

func anaphorCoder(t *testing.T, opts dict.Options) *coder.Coder {
	return anaphorCoderWith(t, anaphorVerbs, opts)
}

func anaphorCoderWith(t *testing.T, verbs string, opts dict.Options) *coder.Coder {
	t.Helper()
	return fileCoder(t, map[string]string{"a.actors": anaphorDict, "a.agents": anaphorAgents, "a.verbs": verbs}, opts)
}

// fileCoder builds a coder from dictionary files given by name and text,
// with options opts.
func fileCoder(t *testing.T, files map[string]string, opts dict.Options) *coder.Coder {
	t.Helper()
	d := dict.Merge()
	for name, text := range files {
		if err := dict.ParseFile(name, strings.NewReader(text), d); err != nil {
			t.Fatal(err)
		}
	}
	c, err := coder.New(dict.Lower(d))
	if err != nil {
		t.Fatal(err)
	}
	if c, err = c.WithOptions(opts); err != nil {
		t.Fatal(err)
	}
	return c
}

// TestAnaphors codes definite anaphors, which TABARI leaves alone, when
// the ANAPHORS option lists them.
func TestAnaphors(t *testing.T) {
	on := dict.Options{
		"FORWARD":      "ON",
		"REQUIRE DYAD": "FALSE",
		"ANAPHORS":     "THE MINISTER | THE OFFICIAL | THE LATTER | THE FORMER | POSSESSIVE",
	}
	tests := []struct {
		name, text, date string
		opts             dict.Options
		want             []string // source=text/code target=text/code code, and the resolution
	}{
		{"the minister is the last person named",
			"Qureshi arrived in Moscow. The minister met Lavrov on Tuesday.", "2021-04-06", on,
			[]string{"The minister=PAKGOV Lavrov=RUSGOV 040 (anaphor: The minister = Qureshi)"}},
		{"the minister resolved at the event date",
			"Qureshi arrived in Moscow. The minister met Lavrov on Tuesday.", "2023-04-06", on,
			[]string{"The minister=PAKELI Lavrov=RUSGOV 040 (anaphor: The minister = Qureshi)"}},
		{"no person named before",
			"Pakistan protested. The minister met Lavrov on Tuesday.", "2021-04-06", on,
			[]string{"Lavrov=RUSGOV =--- 040"}},
		{"the latter and the former",
			"Putin and Qureshi spoke on Monday. The latter praised the former warmly.", "2021-04-06", on,
			[]string{"The latter=PAKGOV the former=RUSGOV 051 (anaphor: The latter = Qureshi)"}},
		{"the former before a noun is an adjective",
			"Putin spoke on Monday. India praised the former Soviet Union.", "2021-04-06", on,
			[]string{"India=IND Soviet Union=SUN 051"}},
		{"he prefers the person to the adjective",
			"Russian President Putin met Qureshi. He praised Pakistan.", "2021-04-06", on,
			[]string{"Putin=RUSGOV Qureshi=PAKGOV 040", "He=RUSGOV Pakistan=PAK 051 (pronoun: RUSGOV)"}},
		{"a possessive opening a sentence takes the agent",
			"Putin met Qureshi. His government criticised India.", "2021-04-06", on,
			[]string{"Putin=RUSGOV Qureshi=PAKGOV 040", "His government=RUSGOV India=IND 111 (anaphor: His government = RUSGOV)"}},
		{"a possessive after the clause's own actor stays in the pattern",
			"India recalled its ambassador from Pakistan.", "2021-04-06", on,
			[]string{"India=IND Pakistan=PAK 161"}},
		{"a pronoun object that repeats the source",
			"Putin spoke. Russia feared that its allies would consult it.", "2021-04-06", on, nil},
		{"an it the pattern names is the act judged",
			"Putin spoke. Russia branded it a provocation.", "2021-04-06", on,
			[]string{"Russia=RUS =--- 111"}},
		{"off without the option",
			"Qureshi arrived in Moscow. The minister met Lavrov on Tuesday.", "2021-04-06", dict.Options{"REQUIRE DYAD": "FALSE"},
			[]string{"Lavrov=RUSGOV =--- 040"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := anaphorCoder(t, tt.opts)
			doc := &dyad.Document{ID: "t", Text: tt.text}
			doc.Published, _ = dyad.ParseDay(tt.date)
			if err := segment.New().Annotate(context.Background(), doc); err != nil {
				t.Fatal(err)
			}
			if err := c.Annotate(context.Background(), doc); err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range doc.Events {
				g := e.Source.Span.In(doc.Text) + "=" + e.Source.Code + " " + e.Target.Span.In(doc.Text) + "=" + e.Target.Code + " " + e.Code
				if r := e.Source.Resolution; r != "" {
					g += " (" + r + ")"
				}
				got = append(got, g)
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestClauseBoundaries checks two things of the built-in options: a clause
// after ", and" may open with a time phrase ("and in April 2021 Lavrov
// met …"), and a gapped pattern does not reach across ", and" into the
// next clause.
func TestClauseBoundaries(t *testing.T) {
	d := anaphorVerbs + `
verb ACCUSE 111
  forms accused
  pattern 112 $ * .. ambassador

verb FIGHT 190
  forms fighting

verb SEND ---
  forms sent
  pattern 042 * .. minister .. to +

verb CALL ---
  forms called
  pattern 111 * a provocation
  pattern 111 * it .. provocation

verb FOLLOW ---
  forms followed
  pattern = * suit
  pattern = $ * in

verb VISIT 042
  forms visit
  noun 042 * to +

verb DEMAND 100
  forms demanded
`
	c := anaphorCoderWith(t, d, dict.Options{"REQUIRE DYAD": "FALSE", "RELATIVE STOP": "TRUE",
		"COMMA KEEP VERBS": "TRUE", "COMMA AND CLAUSE": "TRUE", "SUBORDINATE CLAUSES": "TRUE",
		"SEMICOLON CLAUSES": "TRUE", "OF NOUNS": "TRUE", "FORWARD": "ON"})
	tests := []struct{ name, text, want string }{
		{"time phrase opens a clause", "Qureshi criticised India, and in April 2021 Lavrov met Qureshi.",
			"PAKGOV>IND 111|RUSGOV>PAKGOV 040"},
		{"gap stays in its clause", "India accused Pakistan, and soon its ambassador left.", "IND>PAK 111"},
		{"opening subordinate clause", "When Russia praised India, Pakistan met Lavrov.", "RUS>IND 051|PAK>RUSGOV 040"},
		{"subordinate clause after a comma", "In May, after Russia praised India, Pakistan met Lavrov.", "RUS>IND 051|PAK>RUSGOV 040"},
		{"a measured subordinate clause has its own subject", "Pakistan met Lavrov on Monday, two days after Russia criticised India.",
			"PAK>RUSGOV 040|RUS>IND 111"},
		{"which is not the main clause's", "Pakistan met Lavrov on Monday, two days after militants criticised India.",
			"PAK>RUSGOV 040|--->IND 111"},
		{"a place after the verb is not its source", "Officials criticised the plan in Pakistan.", "--->PAK 111"},
		{"nor is its object, when the subject is unknown", "Officials criticised Pakistan.", "--->PAK 111"},
		{"but an actor after an event noun may be", "The visit to India by Pakistan's minister ended.", "PAKGOV>IND 042"},
		{"a subject between commas after an aside of place", "On 24 July, in Russia, Pakistan's minister, a veteran, criticised India.",
			"PAKGOV>IND 111"},
		{"a relative clause after a comma has its own subject, and judges the act before",
			"Pakistan sent troops to Russia, which India called a provocation.", "IND>PAK 111"},
		{"an opening phrase of circumstance is no source", "Under Pakistani pressure, Russia criticised India.", "RUS>IND 111"},
		{"but a list after a time phrase is", "In May Pakistan, Russia and India criticised Lavrov.",
			"PAK>RUSGOV 111|RUS>RUSGOV 111|IND>RUSGOV 111"},
		{"a comma clause opening with and is no aside", "India criticised Pakistan, and in May the Russian minister, Lavrov, met Qureshi.",
			"IND>PAK 111|RUSGOV>PAKGOV 040"},
		{"a verb-initial clause shares the last subject", "Lavrov landed in Islamabad, and met Qureshi.", "RUSGOV>PAKGOV 040"},
		{"yet opens a clause", "India criticised Pakistan in May, yet in June India praised Pakistan.", "IND>PAK 111|IND>PAK 051"},
		{"a terminal clause of direction is kept", "Russia sent its minister, Lavrov, to Pakistan.", "RUS>PAK 042"},
		{"a participle with by is passive and not the clause's verb", "Pakistani troops criticised by Russia met Qureshi.", "RUS>PAK 111|PAK>PAKGOV 040"},
		{"within hours opens a clause", "Russia criticised India, and within hours India criticised Russia.", "RUS>IND 111|IND>RUS 111"},
		{"a comma span opening with the first actor is the subject", "In May, Lavrov and Qureshi, two old rivals, criticised India.",
			"RUSGOV>IND 111|PAKGOV>IND 111"},
		{"semicolon", "India criticised Pakistan; Russia praised India.", "IND>PAK 111|RUS>IND 051"},
		{"colon", "India criticised Pakistan: Russia praised India.", "IND>PAK 111|RUS>IND 051"},
		{"the main clause resumes after a relative one with its subject", "Lavrov, who had criticised India, met Qureshi.",
			"RUSGOV>IND 111|RUSGOV>PAKGOV 040"},
		{"a relative clause lends its actors to no main verb", "Lavrov, who had branded India, met Qureshi.",
			"RUSGOV>PAKGOV 040"},
		{"no target past a coordinated verb", "India recalled its ambassador and proposed talks with Pakistan.", "IND>--- 161"},
		{"nor past an irregular one", "India recalled its ambassador and said Pakistan had lied.", "IND>--- 161"},
		{"a second verb phrase is a clause of its own", "India recalled its ambassador and said it criticised Pakistan.",
			"IND>--- 161|IND>PAK 111"},
		{"a noun with a clause of its own subject", "Pakistan met Lavrov, a move India bitterly criticised.",
			"PAK>RUSGOV 040|IND>--- 111"},
		{"a list of verb phrases shares the subject", "India recalled its ambassador, criticised Pakistan and praised Russia.",
			"IND>--- 161|IND>PAK 111|IND>RUS 051"},
		{"but tells one package of measures once", "India criticised Pakistan, criticised its army and criticised its police.",
			"IND>PAK 111"},
		{"he is the first person named before it", "Russia met Qureshi, and he praised India.",
			"RUS>PAKGOV 040|PAKGOV>IND 051"},
		{"a relative clause after a preposition has its own subject", "India criticised the plan under which Pakistan praised Russia.",
			"IND>--- 111|PAK>RUS 051"},
		{"with and an actor opens a clause", "Russia criticised India, with Pakistan criticising Russia.",
			"RUS>IND 111|PAK>RUS 111"},
		{"an opening phrase of place holds no antecedent", "At a summit in Russia, India criticised its neighbour.",
			"IND>--- 111"},
		{"a passive's agent acts on the subject, not on what follows", "Most were criticised by India with help from Russia.",
			"IND>--- 111"},
		{"the it a pattern names is the act judged", "Russia criticised India. Pakistan called it a provocation.",
			"RUS>IND 111|PAK>--- 111"},
		{"no list across the end of an opening subordinate clause", "Hours before Lavrov landed in Russia, India and Pakistan criticised Putin.",
			"IND>RUSGOV 111|PAK>RUSGOV 111"},
		{"the place of an opening phrase heads no list", "In Russia, India and Pakistan criticised Putin.",
			"IND>RUSGOV 111|PAK>RUSGOV 111"},
		{"nor after a noun event", "At a summit in Russia, India and Pakistan criticised Putin.",
			"IND>RUSGOV 111|PAK>RUSGOV 111"},
		{"after an opening time phrase too", "The following month, at talks in Russia, India and Pakistan criticised Putin.",
			"IND>RUSGOV 111|PAK>RUSGOV 111"},
		{"the agents of an opening passive head no list", "At talks hosted by Russia and Lavrov, India and Pakistan criticised Putin.",
			"IND>RUSGOV 111|PAK>RUSGOV 111"},
		{"an actor after a preposition and before a past verb starts a clause", "Russia criticised attacks on India and Pakistan praised Putin.",
			"RUS>IND 111|PAK>RUSGOV 051"},
		{"and before nouns with no verb after them joins no clause", "Russia criticised the plan and the deal with Pakistan.",
			"RUS>PAK 111"},
		{"a participle after a comma opens a clause sharing the subject", "India recalled its ambassador, criticising Pakistan.",
			"IND>--- 161|IND>PAK 111"},
		{"followed suit repeats the act told last", "India criticised Pakistan. Russia followed suit.",
			"IND>PAK 111|RUS>PAK 111"},
		{"in the same sentence, with its own date", "India criticised Pakistan in 2019, and Russia followed in 2020.",
			"IND>PAK 111|RUS>PAK 111"},
		{"followed with an object is no repetition", "India criticised Pakistan. Russia followed suit with Lavrov.",
			"IND>PAK 111"},
		{"a compound acting on each other goes both ways", "India and Pakistan praised each other.",
			"IND>PAK 051|PAK>IND 051"},
		{"whatever follows", "India and Pakistan criticised each other over Russia.",
			"IND>PAK 111|PAK>IND 111"},
		{"the subject after that is the one addressed", "India demanded that Pakistan withdraw.", "IND>PAK 100"},
		{"also after a determiner", "India demanded that the Pakistani army withdraw.", "IND>PAKMIL 100"},
		{"but not the source's own side", "India demanded that Indian troops stay in Pakistan.", "IND>--- 100"},
		{"nor one that owns the subject", "India demanded that Pakistan's plan be dropped.", "IND>--- 100"},
		{"nor an actor deeper in the clause", "India demanded that talks begin in Pakistan.", "IND>--- 100"},
		{"a relative that still stops", "India demanded the plan that Pakistan rejected.", "IND>--- 100"},
		{"a comma between two clauses with their own subjects", "India criticised Pakistan in May, Russia praised India in June.",
			"IND>PAK 111|RUS>IND 051"},
		{"but not before the first verb", "India, Russia praised Pakistan.", "IND>PAK 051"},
		{"the subject of a that-clause is the verb's source", "Lavrov announced that India had criticised Pakistan.", "IND>PAK 111"},
		{"and the teller no party", "Lavrov announced that India and Pakistan had met.", "IND>PAK 040"},
		{"the next clause shares the teller", "Lavrov announced that India had criticised Pakistan, and then recalled its ambassador.",
			"IND>PAK 111|RUSGOV>--- 161"},
		{"after a semicolon, an unknown subject is no shared one", "India criticised Pakistan; crowds then praised Russia.", "IND>PAK 111|--->RUS 051"},
		{"but a clause opening with its verb shares it", "India criticised Pakistan; then praised Russia.", "IND>PAK 111|IND>RUS 051"},
		{"a mutual act of three binds every pair", "India, Pakistan and Russia met.",
			"IND>PAK 040|IND>RUS 040|PAK>RUS 040"},
		{"a hostile act of three names no target among them", "India, Pakistan and Russia criticised.",
			"IND>--- 111|PAK>--- 111|RUS>--- 111"},
		{"a cooperative act of three goes from the first", "India, Pakistan and Russia praised.",
			"IND>PAK 051|IND>RUS 051"},
		{"a comma span before an apposition and a verb is the subject", "At talks in Russia, India and Pakistan, two old rivals, criticised Putin.",
			"IND>RUSGOV 111|PAK>RUSGOV 111"},
		{"no target in an adjunct", "India recalled its ambassador after the massacre of Pakistanis.", "IND>--- 161"},
		{"verb after of is a noun", "India ended weeks of fighting with Pakistan.", ""},
		{"a hyphen makes a compound", "India backed the Russia-criticised plan for Pakistan.", ""},
		{"but a prefix does not", "India re-criticised Pakistan.", "IND>PAK 111"},
		{"capitalised he in a name", "Putin spoke. Vice-Premier Liu He praised India.", "--->IND 051"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := &dyad.Document{ID: "t", Text: tt.text}
			doc.Published, _ = dyad.ParseDay("2021-06-01")
			for _, st := range []dyad.Stage{segment.New(), timex.New(), c} {
				if err := st.Annotate(context.Background(), doc); err != nil {
					t.Fatal(err)
				}
			}
			var got []string
			for _, e := range doc.Events {
				got = append(got, e.Source.Code+">"+e.Target.Code+" "+e.Code)
			}
			if g := strings.Join(got, "|"); g != tt.want {
				t.Errorf("got %s, want %s", g, tt.want)
			}
		})
	}
}

// TestForeignTarget passes over a target of the source's own country when
// a foreign actor follows, and keeps it when none does.
func TestForeignTarget(t *testing.T) {
	verbs := anaphorVerbs + `
verb BAN 163
  forms banned
`
	for _, tt := range []struct {
		name string
		opts dict.Options
		text string
		want string
	}{
		{"foreign actor follows", dict.Options{"FOREIGN TARGET": "TRUE"}, "Putin banned Russian trade with Pakistan.", "RUSGOV>PAK 163"},
		{"no foreign actor", dict.Options{"FOREIGN TARGET": "TRUE"}, "Putin banned Russian trade.", "RUSGOV>RUS 163"},
		{"off", nil, "Putin banned Russian trade with Pakistan.", "RUSGOV>RUS 163"},
		{"with prose options only its own country is left open", dict.Options{"FOREIGN TARGET": "TRUE", "SUBORDINATE CLAUSES": "TRUE", "REQUIRE DYAD": "FALSE"},
			"Putin banned Russian trade.", "RUSGOV>--- 163"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c := anaphorCoderWith(t, verbs, tt.opts)
			doc := &dyad.Document{ID: "t", Text: tt.text}
			doc.Published, _ = dyad.ParseDay("2021-06-01")
			for _, st := range []dyad.Stage{segment.New(), c} {
				if err := st.Annotate(context.Background(), doc); err != nil {
					t.Fatal(err)
				}
			}
			var got []string
			for _, e := range doc.Events {
				got = append(got, e.Source.Code+">"+e.Target.Code+" "+e.Code)
			}
			if g := strings.Join(got, "|"); g != tt.want {
				t.Errorf("got %s, want %s", g, tt.want)
			}
		})
	}
}

// TestActorlessEvent codes a pattern that names no actor ("an accord was
// reached") as "---" to "---" when REQUIRE DYAD is off, for the resolver
// to place, and not at all when it is on.
func TestActorlessEvent(t *testing.T) {
	verbs := anaphorVerbs + `
verb ACCORD ---
  forms accord
  noun  057 * .. was .. reached
`
	for _, tt := range []struct {
		opts dict.Options
		want string
	}{
		{dict.Options{"REQUIRE DYAD": "FALSE"}, "--->--- 057"},
		{dict.Options{"REQUIRE DYAD": "TRUE"}, ""},
	} {
		c := anaphorCoderWith(t, verbs, tt.opts)
		doc := &dyad.Document{ID: "t", Text: "An accord was reached in 1972."}
		doc.Published, _ = dyad.ParseDay("2021-06-01")
		for _, st := range []dyad.Stage{segment.New(), c} {
			if err := st.Annotate(context.Background(), doc); err != nil {
				t.Fatal(err)
			}
		}
		var got []string
		for _, e := range doc.Events {
			got = append(got, e.Source.Code+">"+e.Target.Code+" "+e.Code)
		}
		if g := strings.Join(got, "|"); g != tt.want {
			t.Errorf("%v: got %q, want %q", tt.opts, g, tt.want)
		}
	}
}

// TestDedupeVerb keeps two events that two verbs of one sentence report
// with the same source, target and code when DEDUPE is VERB.
func TestDedupeVerb(t *testing.T) {
	for _, tt := range []struct {
		dedupe string
		want   int
	}{{"VERB", 2}, {"", 1}} {
		c := anaphorCoderWith(t, anaphorVerbs, dict.Options{"DEDUPE": tt.dedupe, "COMMA AND CLAUSE": "TRUE", "COMMA KEEP VERBS": "TRUE", "SUBORDINATE CLAUSES": "TRUE"})
		doc := &dyad.Document{ID: "t", Text: "India criticised Pakistan in April, and in May India criticised Pakistan again."}
		doc.Published, _ = dyad.ParseDay("2021-06-01")
		for _, st := range []dyad.Stage{segment.New(), timex.New(), c} {
			if err := st.Annotate(context.Background(), doc); err != nil {
				t.Fatal(err)
			}
		}
		if len(doc.Events) != tt.want {
			t.Errorf("DEDUPE %q: %d events, want %d", tt.dedupe, len(doc.Events), tt.want)
		}
	}
}

// TestSharedNoun gives the agent of "British activists" to "US" in "US and
// British activists", as the two adjectives share the noun.
func TestSharedNoun(t *testing.T) {
	c := anaphorCoder(t, dict.Options{"REQUIRE DYAD": "FALSE"})
	tests := []struct{ text, want string }{
		{"Pakistani and Indian army met Russia.", "PAKMIL>RUS 040|INDMIL>RUS 040"},
		{"Pakistan met Russian and Indian army.", "PAK>RUSMIL 040|PAK>INDMIL 040"},
		{"Pakistan and India met the Russian army.", "PAK>RUSMIL 040|IND>RUSMIL 040"},
		{"Putin and Indian army met Pakistan.", "RUSGOV>PAK 040|INDMIL>PAK 040"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if g := codeText(t, c, tt.text); g != tt.want {
				t.Errorf("got %s, want %s", g, tt.want)
			}
		})
	}
}

// TestPossessiveHead makes "Russia's Putin" one actor, Putin, with the
// POSSESSIVE HEAD option, and leaves "Russia's Pakistan policy" alone.
func TestPossessiveHead(t *testing.T) {
	tests := []struct {
		opt, text, want string
	}{
		{"TRUE", "India criticised Russia's Putin.", "IND>RUSGOV 111"},
		{"TRUE", "India criticised Russia's Pakistan policy.", "IND>RUS 111|IND>PAK 111"},
		{"FALSE", "India criticised Russia's Putin.", "IND>RUS 111|IND>RUSGOV 111"},
	}
	for _, tt := range tests {
		t.Run(tt.opt+"/"+tt.text, func(t *testing.T) {
			c := anaphorCoder(t, dict.Options{"REQUIRE DYAD": "FALSE", "POSSESSIVE HEAD": tt.opt})
			if g := codeText(t, c, tt.text); g != tt.want {
				t.Errorf("got %s, want %s", g, tt.want)
			}
		})
	}
}

// codeText codes text as a 2021 document and returns its events as
// "SRC>TGT CODE", joined by "|".
func codeText(t *testing.T, c *coder.Coder, text string) string {
	t.Helper()
	doc := &dyad.Document{ID: "t", Text: text, Published: dyad.Year(2021)}
	if err := segment.New().Annotate(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	if err := c.Annotate(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range doc.Events {
		got = append(got, e.Source.Code+">"+e.Target.Code+" "+e.Code)
	}
	return strings.Join(got, "|")
}

// TestShortNameChoice codes a surname two entries share as the one named
// in full earlier in the document, a surname after another capitalised
// word as part of a name the dictionary lacks, and a name with a
// possessive inside it.
func TestShortNameChoice(t *testing.T) {
	verbs := anaphorVerbs
	files := map[string]string{"a.actors": anaphorDict + `
actor MARIANO  Mariano Fernandez
  type  person
  names Mariano Fernandez
  short Fernandez=
  code  CHLGOV

actor ALBERTO  Alberto Fernandez
  type  person
  names Alberto Fernandez
  short Fernandez=
  code  ARGGOV

actor CHN_PLA  People's Liberation Army
  type  group
  names People's Liberation Army
  code  CHNMIL
`, "a.agents": anaphorAgents, "a.verbs": verbs}
	c := fileCoder(t, files, dict.Options{"REQUIRE DYAD": "FALSE"})
	tests := []struct{ text, want string }{
		{"Alberto Fernandez spoke. Fernandez criticised Pakistan.", "ARGGOV>PAK 111"},
		{"Mariano Fernandez spoke. Fernandez criticised Pakistan.", "CHLGOV>PAK 111"},
		// a possessive inside a name matches the tokens "People", "'s"
		{"The People's Liberation Army criticised India.", "CHNMIL>IND 111"},
		// no Fernandez: TABARI takes the actor after the verb as the source
		{"Then Jorge Fernandez criticised Pakistan.", "PAK>--- 111"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if g := codeText(t, c, tt.text); g != tt.want {
				t.Errorf("got %s, want %s", g, tt.want)
			}
		})
	}
}
