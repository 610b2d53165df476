package dict_test

import (
	"errors"
	"fmt"
	"os"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/dict"
)

func day(s string) dyad.Date {
	d, err := dyad.ParseDay(s)
	if err != nil {
		panic(err)
	}
	return d
}

func TestParseFull(t *testing.T) {
	d, err := dict.ParseDir(os.DirFS("testdata"), "full")
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Actors) != 3 || len(d.Agents) != 3 || len(d.Verbs) != 2 {
		t.Fatalf("got %d actors, %d agents, %d verbs; want 3, 3, 2", len(d.Actors), len(d.Agents), len(d.Verbs))
	}

	t.Run("codes", func(t *testing.T) {
		got := d.Actors[2].Codes
		want := []dyad.DatedCode{
			{Code: "INDGOV", From: day("1984-10-31"), To: dyad.Month(1989, time.December), Office: "prime minister"},
			{Code: "INDOPP", From: dyad.Year(1989), Office: "leader of the opposition"},
			{Code: "INDELI"},
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("codes:\n got %+v\nwant %+v", got, want)
		}
	})
	t.Run("positions", func(t *testing.T) {
		a := d.Actors[2]
		if want := (dict.Pos{File: "full/states.actors", Line: 18}); a.Pos != want {
			t.Errorf("actor pos = %v, want %v", a.Pos, want)
		}
		if want := (dict.Pos{File: "full/states.actors", Line: 20}); a.Names[0].Pos != want {
			t.Errorf("phrase pos = %v, want %v", a.Names[0].Pos, want)
		}
		if p := d.Verbs[0].Patterns[2]; p.Pos.Line != 5 || p.Text != "% * .. { &TIETYPES ties | talks= } .. with +" {
			t.Errorf("pattern = %d %q", p.Pos.Line, p.Text)
		}
	})

	phrases := []struct {
		name string
		got  dict.Phrase
		want []dict.Word
	}{
		{"noun", d.Actors[0].Names[1], []dict.Word{{Text: "REPUBLIC", Match: dict.Noun}, {Text: "OF", Match: dict.Noun}, {Text: "INDIA", Match: dict.Noun}}},
		{"hyphen stem", d.Actors[0].Adj[1], []dict.Word{{Text: "INDO-", Match: dict.Stem}}},
		{"gap and exact", d.Actors[2].Names[1], []dict.Word{{Text: "RAJIV", Match: dict.Noun}, {Text: "GANDHI", Match: dict.Exact, Gap: true}}},
		{"stem", d.Actors[2].Names[2], []dict.Word{{Text: "GANDHI", Match: dict.Stem}, {Text: "FAMILY", Match: dict.Noun}}},
		{"dots kept", d.Actors[1].Names[2], []dict.Word{{Text: "U.S.S.R.", Match: dict.Noun}}},
		{"leading gap", d.Complex[2], []dict.Word{{Text: "HOWEVER", Match: dict.Noun, Gap: true}}},
	}
	for _, tc := range phrases {
		t.Run("phrase/"+tc.name, func(t *testing.T) {
			if !reflect.DeepEqual(tc.got.Words, tc.want) {
				t.Errorf("%q: got %+v, want %+v", tc.got.Text, tc.got.Words, tc.want)
			}
		})
	}

	t.Run("pattern", func(t *testing.T) {
		p := d.Verbs[0].Patterns[2]
		want := dict.Seq{
			{Kind: dict.Compound},
			{Kind: dict.VerbSlot},
			{Kind: dict.Alt, Word: dict.Word{Gap: true}, Alts: []dict.Seq{
				{{Kind: dict.Synset, Name: "TIETYPES"}, {Kind: dict.Lit, Word: dict.Word{Text: "TIES", Match: dict.Noun}}},
				{{Kind: dict.Lit, Word: dict.Word{Text: "TALKS", Match: dict.Exact}}},
			}},
			{Kind: dict.Lit, Word: dict.Word{Text: "WITH", Match: dict.Noun, Gap: true}},
			{Kind: dict.Target},
		}
		if p.Code != "042:043" || p.Noun || !reflect.DeepEqual(p.Seq, want) {
			t.Errorf("got %s %v %+v\nwant %+v", p.Code, p.Noun, p.Seq, want)
		}
		if n := d.Verbs[0].Patterns[3]; !n.Noun || n.Seq[1].Word.Text != "'S" {
			t.Errorf("noun pattern = %+v", n)
		}
		if s := d.Verbs[0].Patterns[4].Seq; s[2].Kind != dict.Skip || s[4].Kind != dict.Synset || !s[4].Word.Gap {
			t.Errorf("skip and synset pattern = %+v", s)
		}
	})
	t.Run("synsets", func(t *testing.T) {
		tie := d.Synsets["TIETYPES"]
		if len(tie) != 4 || tie[3][0].Kind != dict.Alt || len(d.Synsets["PLACE"]) != 2 {
			t.Errorf("synsets = %+v", d.Synsets)
		}
	})
	t.Run("agents", func(t *testing.T) {
		gov, ngo := d.Agents[0], d.Agents[1]
		if gov.Before || !ngo.Before || gov.Name != "government" || d.Agents[2].Name != "" {
			t.Errorf("agents = %+v", d.Agents)
		}
		if len(gov.Offices) != 2 || gov.Offices[1].Name != "foreign minister" || gov.Offices[1].Phrases[1].Text != "external affairs minister" {
			t.Errorf("offices = %+v", gov.Offices)
		}
	})
	t.Run("lists and options", func(t *testing.T) {
		if len(d.Discards) != 3 || len(d.Complex) != 3 || len(d.Nouns) != 2 || len(d.Adjectives) != 2 {
			t.Errorf("lists: %d discards %d complex %d nouns %d adjectives", len(d.Discards), len(d.Complex), len(d.Nouns), len(d.Adjectives))
		}
		want := dict.Options{"COMPLEX": "VERBS[6] ACTORS[6] EXPLAIN", "OUTPUT": "ID", "EMPTY": "", "LABEL 010": "Make statement"}
		if !reflect.DeepEqual(d.Options, want) {
			t.Errorf("options = %v, want %v", d.Options, want)
		}
	})
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		want  []string // "file:line: part of the message", in order
	}{
		{
			name:  "short code",
			files: map[string]string{"states.actors": "actor IND India\n  names India\n  code IN\n  code IND\n"},
			want:  []string{`states.actors:3: code "IN": actor codes have at least 3 letters`},
		},
		{
			name:  "no code",
			files: map[string]string{"a.actors": "actor IND India\n  names India\n"},
			want:  []string{"a.actors:1: actor IND has no code"},
		},
		{
			name: "bad codes and dates, all reported",
			files: map[string]string{"a.actors": `actor X  X
  code    ind
  code    IND 1989-13
  code    IND 1990 1989
  code    IND 1990-02-30 -
  code    IND 1990 1990
  code    IND 1990 19x0
  code    IND
`},
			want: []string{
				`a.actors:2: code "ind": actor codes are upper-case`,
				`a.actors:3: from date "1989-13": no month 13`,
				`a.actors:4: code IND: from 1990 is not before to 1989`,
				`a.actors:5: from date "1990-02-30": no such day`,
				`a.actors:6: code IND: from 1990 is not before to 1990`,
				`a.actors:7: to date "19x0": want YYYY, YYYY-MM, YYYY-MM-DD or -`,
			},
		},
		{
			name:  "unknown attribute",
			files: map[string]string{"a.actors": "actor IND India\n  code IND\n  nmaes India\n"},
			want:  []string{`a.actors:3: unknown attribute "nmaes" for an actor`},
		},
		{
			name:  "attribute outside an entry",
			files: map[string]string{"a.agents": "# agents\n  names police\nagent COP police\n  names police\n"},
			want:  []string{"a.agents:2: attribute line outside an entry"},
		},
		{
			name: "duplicate actor",
			files: map[string]string{
				"a.actors": "actor IND India\n  code IND\n",
				"b.actors": "# more\n\nactor IND India again\n  code IND\n",
			},
			want: []string{"b.actors:3: actor IND already defined at a.actors:1"},
		},
		{
			name:  "empty lists",
			files: map[string]string{"a.actors": "actor IND India\n  code IND\n  names\n  adj Indian | | Hindi\n  city  Mumbai |\n"},
			want: []string{
				"a.actors:3: names: empty list",
				`a.actors:4: adj: empty phrase between "|"`,
				`a.actors:5: city: empty phrase between "|"`,
			},
		},
		{
			name:  "bad phrases",
			files: map[string]string{"a.agents": "agent COP police\n  names police .. | .. .. police | police =\n"},
			want: []string{
				`a.agents:2: names: phrase "police ..": ".." must come before a word`,
				`a.agents:2: names: phrase ".. .. police": repeated ".."`,
				`a.agents:2: names: phrase "police =": word "=": empty word`,
			},
		},
		{
			name: "unbalanced patterns",
			files: map[string]string{"a.verbs": `verb VISIT 042
  forms   visit
  pattern 042  $ * { to | at +
  pattern 042  $ * to } +
  pattern 042  $ * to | at +
  pattern 042  $ * { to | } +
  pattern 042
  pattern 42x  $ * +
  noun    042  $ visit to +
`},
			want: []string{
				`a.verbs:3: pattern "$ * { to | at +": unbalanced "{": missing "}"`,
				`a.verbs:4: pattern "$ * to } +": unbalanced "}"`,
				`a.verbs:5: pattern "$ * to | at +": "|" outside { }`,
				`a.verbs:6: pattern "$ * { to | } +": empty alternative`,
				`a.verbs:7: pattern "": empty pattern`,
				`a.verbs:8: pattern: event code "42x"`,
			},
		},
		{
			name: "unknown synset after all files",
			files: map[string]string{
				"a.verbs":    "verb VISIT 042\n  forms visit\n  pattern 042 $ * &KNOWN +\n  pattern 042 $ * { &UNKNOWN | to } +\n",
				"b.synsets":  "synset KNOWN\n  state | { &ALSO | &MISSING }\n",
				"c.synsets":  "synset ALSO  country\n",
				"d.discards": "discard football\n",
			},
			want: []string{
				"a.verbs:4: unknown synset &UNKNOWN",
				"b.synsets:2: unknown synset &MISSING",
			},
		},
		{
			name: "entries in the wrong file",
			files: map[string]string{
				"a.actors":   "agent COP police\n  names police\nactor IND India\n  code IND\n",
				"b.discards": "discards football\n  rugby\ndiscard\n",
			},
			want: []string{
				`a.actors:1: unknown entry "agent": .actors files hold "actor" entries`,
				`b.discards:1: unknown list "discards"`,
				"b.discards:3: discard: empty list",
			},
		},
		{
			name: "agents",
			files: map[string]string{"a.agents": `agent CO  police
  names    police
agent GOV government
  office   prime minister
  office   : premier
  position front
agent MIL
`},
			want: []string{
				`a.agents:1: agent code "CO": agent codes have at least 3 letters`,
				"a.agents:4: office: want office NAME: phrase | phrase",
				"a.agents:5: office: want office NAME: phrase | phrase",
				`a.agents:6: position "front": want before or after`,
				"a.agents:7: agent MIL has no names or offices",
			},
		},
		{
			name:  "single-valued attributes",
			files: map[string]string{"a.actors": "actor IND India\n  code IND\n  type state\n  type  person\n  gender x\n  country India\n  type nation\n"},
			want: []string{
				"a.actors:4: type set twice (first at line 3)",
				`a.actors:5: gender "x": want m, f or n`,
				`a.actors:6: country "India"`,
				`a.actors:7: type "nation"`,
			},
		},
		{
			name: "options and synsets",
			files: map[string]string{
				"options":   "SET: x\n  indented\nset : y\nbad-name: 1\nLABEL  010: x\nno colon\n",
				"a.synsets": "synset A\nsynset B x\nsynset B y\nsynset C&D x\n",
			},
			want: []string{
				"a.synsets:1: synset A: empty list",
				"a.synsets:3: synset B already defined at a.synsets:2",
				`a.synsets:4: synset name "C&D"`,
				"options:2: indented line: options are NAME: VALUE lines at column 0",
				"options:3: option SET already set at options:1",
				`options:4: option name "bad-name"`,
				`options:5: option name "LABEL  010"`,
				`options:6: option "no colon": want NAME: VALUE`,
			},
		},
		{
			name:  "invalid UTF-8",
			files: map[string]string{"a.discards": "discard a\n  b\xff\n"},
			want:  []string{"a.discards:2: invalid UTF-8"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fsys := fstest.MapFS{}
			for name, text := range tc.files {
				fsys[name] = &fstest.MapFile{Data: []byte(text)}
			}
			_, err := dict.ParseDir(fsys, ".")
			var list dict.ErrorList
			if !errors.As(err, &list) {
				t.Fatalf("err = %v, want an ErrorList", err)
			}
			var got []string
			for _, e := range list {
				got = append(got, e.Error())
			}
			if len(got) != len(tc.want) {
				t.Fatalf("got %d errors:\n%s\nwant %d:\n%s", len(got), strings.Join(got, "\n"), len(tc.want), strings.Join(tc.want, "\n"))
			}
			for i := range got {
				if !strings.HasPrefix(got[i], tc.want[i]) {
					t.Errorf("error %d = %q, want it to begin %q", i, got[i], tc.want[i])
				}
				var pe *dict.ParseError
				if !errors.As(list[i], &pe) || pe.Line == 0 || pe.File == "" {
					t.Errorf("error %d has no position: %#v", i, list[i])
				}
			}
		})
	}
}

func TestParseFileSeesEarlierActors(t *testing.T) {
	d := &dict.Dictionary{}
	if err := dict.ParseFile("a.actors", strings.NewReader("actor IND India\n  code IND\n"), d); err != nil {
		t.Fatal(err)
	}
	err := dict.ParseFile("b.actors", strings.NewReader("actor IND India\n  code IND\n"), d)
	if err == nil || err.Error() != "b.actors:1: actor IND already defined at a.actors:1" {
		t.Errorf("err = %v", err)
	}
	if err := dict.ParseFile("notes.txt", strings.NewReader("x"), d); err == nil {
		t.Error("a .txt file parsed without error")
	}
}

func TestLoad(t *testing.T) {
	d, err := dict.Load("testdata/full", "testdata/full/x.discards")
	if err != nil {
		t.Fatal(err)
	}
	// A second folder may repeat IDs: folders add to each other.
	if len(d.Actors) != 3 || len(d.Discards) != 6 || d.Files[0] != "testdata/full/cameo.verbs" {
		t.Errorf("got %d actors, %d discards, files %v", len(d.Actors), len(d.Discards), d.Files)
	}
	if _, err := dict.Load("testdata/missing"); err == nil {
		t.Error("a missing folder loaded without error")
	}
}

func TestCheckRefs(t *testing.T) {
	d, err := dict.ParseDir(os.DirFS("testdata"), "full")
	if err != nil {
		t.Fatal(err)
	}
	delete(d.Synsets, "PLACE")
	err = dict.CheckRefs(d)
	if err == nil || !strings.Contains(err.Error(), "full/cameo.verbs:7: unknown synset &PLACE") {
		t.Errorf("err = %v", err)
	}
}

func TestComments(t *testing.T) {
	text := `# a comment
actor ENT  Ents    # a comment after a name
  #names   commented out
  names   C# | Ents ## kept: not a lone #
  code    ### - 1989-01-01
  code    ELR/GAL
  code    +++ 1989 #
`
	d := &dict.Dictionary{}
	if err := dict.ParseFile("a.actors", strings.NewReader(text), d); err != nil {
		t.Fatal(err)
	}
	a := d.Actors[0]
	var names, codes []string
	for _, p := range a.Names {
		names = append(names, p.Text)
	}
	for _, c := range a.Codes {
		codes = append(codes, fmt.Sprintf("%s %q %q", c.Code, c.From, c.To))
	}
	if a.Name != "Ents" || strings.Join(names, "|") != "C#|Ents ## kept: not a lone" {
		t.Errorf("name %q, names %q", a.Name, names)
	}
	if want := `### "" "1989-01-01",ELR/GAL "" "",+++ "1989" ""`; strings.Join(codes, ",") != want {
		t.Errorf("codes %q, want %q", codes, want)
	}
}
