package coder_test

import (
	"context"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/coder"
	"github.com/dyadproject/dyad/dict"
	"github.com/dyadproject/dyad/dict/tabari"
	"github.com/dyadproject/dyad/segment"
)

const (
	testActors = `<NOUN>
SHEEP
</NOUN>
<ADJECTIVE>
EVIL
</ADJECTIVE>
INDIA [IND]
PAKISTAN_ [PAK]
CHINA [CHN]
NEPAL [NEP]
RAJIV GANDHI  [INDGOV 841031-891201] [INDELI]
SPORTS_CLUB [###]
`
	testAgents = `POLICE_ [~COP]
FOREIGN_MINISTER_ [~GOVFRM]
RIGHTS_GROUP_ [NGO~]
`
	testVerbs = `<SYNSETS>
&TIES
+TRADE
+MILITARY
</SYNSETS>
VISIT_ [042:043]
ACCUSE [112]
- NOT * [111]
CRITICI [122]
- $ AND + * EACH [123]
SAID [023?]
ATTACK [190]
CUT [161]
- * &TIES TIES WITH + [162]
MEET [036]
- % * [036]
`
)

func testDict(t testing.TB) *dict.Dictionary {
	t.Helper()
	d := &dict.Dictionary{}
	for kind, data := range map[string]string{"actors": testActors, "agents": testAgents, "verbs": testVerbs} {
		if err := tabari.Parse(d, kind, "test."+kind, []byte(data)); err != nil {
			t.Fatalf("test dictionary: %v", err)
		}
	}
	return d
}

func code(t testing.TB, c *coder.Coder, text, date string) *dyad.Document {
	t.Helper()
	doc := &dyad.Document{ID: "t", Text: text}
	var err error
	if doc.Published, err = dyad.ParseDay(date); err != nil {
		t.Fatal(err)
	}
	if err := segment.New().Annotate(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	if err := c.Annotate(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	return doc
}

type want struct {
	src, tgt, code       string
	srcText, tgtText, vb string
}

func TestAnnotate(t *testing.T) {
	c, err := coder.New(testDict(t))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, text, date string
		want             []want
	}{
		{"simple", "India accused Pakistan of shelling the border.", "2001-01-01",
			[]want{{"IND", "PAK", "112", "India", "Pakistan", "accused"}}},
		{"paired code", "India visited China on Monday.", "2001-01-01",
			[]want{{"IND", "CHN", "042", "India", "China", "visited"}, {"CHN", "IND", "043", "China", "India", "visited"}}},
		{"compound source", "India and Nepal criticised Pakistan on Tuesday.", "2001-01-01",
			[]want{{"IND", "PAK", "122", "India", "Pakistan", "criticised"}, {"NEP", "PAK", "122", "Nepal", "Pakistan", "criticised"}}},
		{"compound target with list", "China criticised India, Nepal and Pakistan over the dam.", "2001-01-01",
			[]want{{"CHN", "IND", "122", "", "India", ""}, {"CHN", "NEP", "122", "", "Nepal", ""}, {"CHN", "PAK", "122", "", "Pakistan", ""}}},
		{"agent after actor", "The Indian police attacked Pakistan's border posts.", "2001-01-01",
			[]want{{"INDCOP", "PAK", "190", "Indian police", "Pakistan", "attacked"}}},
		{"agent with of", "The foreign minister of India criticised China again.", "2001-01-01",
			[]want{{"INDGOVFRM", "CHN", "122", "foreign minister of India", "China", "criticised"}}},
		{"prefixed agent", "Rights groups in Nepal criticised China again today.", "2001-01-01",
			[]want{{"NGONEP", "CHN", "122", "Rights groups in Nepal", "China", "criticised"}}},
		{"code valid at the date", "Rajiv Gandhi criticised China on Monday.", "1988-12-01",
			[]want{{"INDGOV", "CHN", "122", "Rajiv Gandhi", "China", "criticised"}}},
		{"code after the range", "Rajiv Gandhi criticised China on Monday.", "1995-12-01",
			[]want{{"INDELI", "CHN", "122", "Rajiv Gandhi", "China", "criticised"}}},
		{"negation pattern", "India did not accuse Pakistan of anything at all.", "2001-01-01",
			[]want{{"IND", "PAK", "111", "India", "Pakistan", "accuse"}}},
		{"passive voice", "Pakistan was criticised by India over the border.", "2001-01-01",
			[]want{{"IND", "PAK", "122", "India", "Pakistan", "criticised"}}},
		{"discard", "India criticised the sports club of Pakistan.", "2001-01-01", nil},
		{"subordinate verb", "India said it would attack Pakistan soon.", "2001-01-01",
			[]want{{"IND", "PAK", "190", "India", "Pakistan", "attack"}}},
		{"determiner makes a noun", "India watched the attack on Pakistan yesterday.", "2001-01-01", nil},
		{"synset pattern", "India will cut military ties with Pakistan next year.", "2001-01-01",
			[]want{{"IND", "PAK", "162", "India", "Pakistan", "cut"}}},
		{"compound slot", "India and Pakistan will meet in Geneva on Friday.", "2001-01-01",
			[]want{{"IND", "PAK", "036", "India", "Pakistan", "meet"}, {"PAK", "IND", "036", "Pakistan", "India", "meet"}}},
		{"comma clause removed", "India, which Nepal criticised, attacked Pakistan across the whole of the long border last week.", "2001-01-01",
			[]want{{"IND", "PAK", "190", "India", "Pakistan", "attacked"}}},
		{"clauses", "India attacked Pakistan and criticised China.", "2001-01-01",
			[]want{{"IND", "PAK", "190", "India", "Pakistan", "attacked"}, {"IND", "CHN", "122", "India", "China", "criticised"}}},
		{"pronoun", "India criticised Nepal but China attacked it.", "2001-01-01",
			[]want{{"IND", "NEP", "122", "India", "Nepal", "criticised"}, {"CHN", "IND", "190", "China", "it", "attacked"}}},
		{"no target", "India attacked again on Monday.", "2001-01-01", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := code(t, c, tt.text, tt.date)
			if len(doc.Events) != len(tt.want) {
				for _, e := range doc.Events {
					t.Logf("got %s/%s/%s", e.Source.Code, e.Target.Code, e.Code)
				}
				t.Fatalf("got %d events, want %d", len(doc.Events), len(tt.want))
			}
			for i, w := range tt.want {
				e := doc.Events[i]
				if e.Source.Code != w.src || e.Target.Code != w.tgt || e.Code != w.code {
					t.Errorf("event %d: got %s/%s/%s, want %s/%s/%s", i, e.Source.Code, e.Target.Code, e.Code, w.src, w.tgt, w.code)
				}
				check := func(what string, s dyad.Span, want string) {
					if want != "" && doc.Text[s.Start:s.End] != want {
						t.Errorf("event %d %s: text %q, want %q", i, what, doc.Text[s.Start:s.End], want)
					}
				}
				check("source", e.Source.Span, w.srcText)
				check("target", e.Target.Span, w.tgtText)
				check("verb", e.Verb.Span, w.vb)
				if e.Root != w.code[:2] || e.ID == "" || e.Rule == "" {
					t.Errorf("event %d: root %q id %q rule %q", i, e.Root, e.ID, e.Rule)
				}
			}
		})
	}
}

func TestNegationAndIDs(t *testing.T) {
	c, err := coder.New(testDict(t))
	if err != nil {
		t.Fatal(err)
	}
	doc := code(t, c, "India did not visit China this year at all.", "2001-01-01")
	if len(doc.Events) != 2 {
		t.Fatalf("got %d events, want 2", len(doc.Events))
	}
	e := doc.Events[0]
	if e.Modality != dyad.Negated || doc.Text[e.ModalityCue.Start:e.ModalityCue.End] != "not" {
		t.Errorf("modality %q cue %q, want negated by \"not\"", e.Modality, e.ModalityCue.Text)
	}
	again := code(t, c, "India did not visit China this year at all.", "2001-01-01")
	if again.Events[0].ID != e.ID || doc.Events[1].ID == e.ID {
		t.Errorf("event IDs not stable or not distinct: %s %s %s", e.ID, again.Events[0].ID, doc.Events[1].ID)
	}
}

func TestOptions(t *testing.T) {
	c, err := coder.New(testDict(t))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		opts dict.Options
		text string
		n    int
	}{
		{"minimum words", dict.Options{"MINIMUM WORDS": "8"}, "India attacked Pakistan.", 0},
		{"code by sentence", dict.Options{"CODE BY": "SENTENCE"}, "India attacked Pakistan and criticised China.", 1},
		{"code all", dict.Options{"CODE BY": "ALL"}, "India attacked Pakistan and then criticised China today.", 2},
		{"complex verbs", dict.Options{"COMPLEX": "VERBS[2]"}, "India attacked Pakistan and criticised China.", 0},
		{"default target", dict.Options{"DEFAULT": "TARGET [XXX] AFTER"}, "India attacked yesterday.", 1},
		{"convert agent", dict.Options{"CONVERT AGENT": "TRUE"}, "Police attacked Pakistan yesterday.", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cc, err := c.WithOptions(tt.opts)
			if err != nil {
				t.Fatal(err)
			}
			doc := code(t, cc, tt.text, "2001-01-01")
			if len(doc.Events) != tt.n {
				t.Errorf("got %d events, want %d", len(doc.Events), tt.n)
			}
		})
	}
	if _, err := c.WithOptions(dict.Options{"CODE BY": "PARAGRAPH"}); err == nil {
		t.Error("CODE BY PARAGRAPH: no error")
	}
}

func TestMissingLayer(t *testing.T) {
	c, _ := coder.New(testDict(t))
	err := c.Annotate(context.Background(), &dyad.Document{Text: "India attacked Pakistan."})
	if err == nil {
		t.Fatal("no error without sentences")
	}
}

func FuzzCode(f *testing.F) {
	for _, s := range []string{
		"India accused Pakistan of shelling the border.", "India and Nepal, China, and Pakistan met.",
		"Pakistan was criticised by India, which, said, he .", "anti- India-Pakistan_talks 's , , and",
		"INDIA ATTACKED PAKISTAN AND CHINA", "",
	} {
		f.Add(s)
	}
	c, err := coder.New(testDict(f))
	if err != nil {
		f.Fatal(err)
	}
	seg := segment.New()
	f.Fuzz(func(t *testing.T, text string) {
		doc := &dyad.Document{ID: "f", Text: text}
		if err := seg.Annotate(context.Background(), doc); err != nil {
			return
		}
		if err := c.Annotate(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		for _, e := range doc.Events {
			for _, s := range []dyad.Span{e.Source.Span, e.Target.Span, e.Verb.Span} {
				if s.Start < 0 || s.End > len(text) || s.Start > s.End {
					t.Fatalf("bad span %v in %q", s, text)
				}
			}
		}
	})
}

func TestDateOf(t *testing.T) {
	c, err := coder.New(testDict(t))
	if err != nil {
		t.Fatal(err)
	}
	var clauses []string
	c.DateOf = func(doc *dyad.Document, sentence int, clause dyad.Span) dyad.Date {
		clauses = append(clauses, doc.Text[clause.Start:clause.End])
		d, _ := dyad.ParseDay("1988-12-01")
		return d
	}
	doc := code(t, c, "Rajiv Gandhi criticised China but Nepal attacked India.", "1995-12-01")
	if len(doc.Events) != 2 || doc.Events[0].Source.Code != "INDGOV" {
		t.Fatalf("events %+v: want INDGOV resolved at DateOf's date", doc.Events)
	}
	if doc.Events[0].Date.Value != "1988-12-01" {
		t.Errorf("event date %q, want DateOf's", doc.Events[0].Date.Value)
	}
	found := false
	for _, cl := range clauses {
		if cl == "but Nepal attacked India" {
			found = true
		}
	}
	if !found {
		t.Errorf("DateOf clauses %q lack the second clause", clauses)
	}
}

// TestNominal checks that an event noun (a verb entry with noun patterns)
// still codes after a determiner, while a plain verb after one is a noun.
func TestNominal(t *testing.T) {
	const verbs = `
verb WITHDRAWAL ---
  forms withdrawal
  noun  0874 * of $ .. from +

verb ATTACK 190
  forms attack
`
	d := dict.Merge()
	if err := dict.ParseFile("n.verbs", strings.NewReader(verbs), d); err != nil {
		t.Fatal(err)
	}
	if err := tabari.Parse(d, "actors", "t.actors", []byte("INDIA [IND]\nCHINA [CHN]\nIRAQ [IRQ]\nAMERICA [USA]\n")); err != nil {
		t.Fatal(err)
	}
	c, err := coder.New(d)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ text, want string }{
		{"The withdrawal of America from Iraq ended.", "USA>IRQ 0874"},
		{"India condemned the attack on China.", ""}, // "the attack" is a noun
	}
	for _, tc := range tests {
		doc := &dyad.Document{ID: "n", Text: tc.text}
		if err := segment.New().Annotate(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		if err := c.Annotate(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		got := ""
		for _, e := range doc.Events {
			got += e.Source.Code + ">" + e.Target.Code + " " + e.Code
		}
		if got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestTitledCompound checks that a title before a person is one member of
// a compound with them: "Pakistani President Ayub Khan and Indian Prime
// Minister Lal Bahadur Shastri" are two targets, each the person.
func TestTitledCompound(t *testing.T) {
	files := map[string]string{
		"p.actors": `
actor PAK  Pakistan
  type  state
  names Pakistan | Pakistani
  code  PAK

actor IND  India
  type  state
  names India | Indian
  code  IND

actor SUN  Soviet Union
  type  state
  names Soviet
  code  SUN

actor AYUB_KHAN  Ayub Khan
  type  person
  names Ayub Khan
  code  PAKGOV 1958-10-27 1969-03-25 president

actor SHASTRI  Lal Bahadur Shastri
  type  person
  names Lal Bahadur Shastri
  code  INDGOV 1964-06-09 1966-01-11 prime minister

actor KOSYGIN  Alexei Kosygin
  type  person
  names Alexei Kosygin
  code  SUNGOV 1964-10-15 1980-10-23 prime minister
`,
		"a.agents": `
agent GOV  government
  names government
  office president: president
  office prime minister: prime minister
`,
		"v.verbs": `
verb HOST 043
  forms hosted
  pattern 043 $ * +
`,
	}
	c := fileCoder(t, files, nil)
	text := "Alexei Kosygin hosted Pakistani President Ayub Khan and Indian Prime Minister Lal Bahadur Shastri."
	pub, _ := dyad.ParseDay("1966-01-05") // the Tashkent talks, before Shastri's death
	doc := &dyad.Document{ID: "t", Text: text, Published: pub}
	if err := segment.New().Annotate(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	if err := c.Annotate(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range doc.Events {
		got = append(got, e.Target.Span.In(text)+"="+e.Target.Code)
	}
	want := "Ayub Khan=PAKGOV|Lal Bahadur Shastri=INDGOV"
	if strings.Join(got, "|") != want {
		t.Errorf("targets %q, want %q", strings.Join(got, "|"), want)
	}
}
