package tabari_test

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/dyadproject/dyad/dict"
	"github.com/dyadproject/dyad/dict/tabari"
)

func parse(t *testing.T, kind, data string) *dict.Dictionary {
	t.Helper()
	d := &dict.Dictionary{}
	if err := tabari.Parse(d, kind, "test."+kind, []byte(data)); err != nil {
		t.Fatalf("parse %s: %v", kind, err)
	}
	return d
}

func day(s string) time.Time {
	t, _ := time.Parse("2006-01-02", s)
	return t
}

func TestActors(t *testing.T) {
	d := parse(t, "actors", `<NOUN>
SHEEP
</NOUN>
<ADJECTIVE>
EVIL
</ADJECTIVE>
ARNOR  [ARN] ;comment
AXNOR  [AR1 <911226] [AR2]
THE_AU_ [IGOAFR]
MOUSE= [MUS]
PRINCE DOL_AMROTH  [--- <950630] [DOL]
LORIEN  [ELR/GAL]
GOLLUM  ; a synonym block
+SMEAGOL
	[HOB < 950601]
	[HOBGOV 950601 - 990815]
	[HOBREB > 990816]
~~FINISH
IGNORED [XXX]
`)
	if len(d.Nouns) != 1 || len(d.Adjectives) != 1 {
		t.Fatalf("nouns %d adjectives %d, want 1 and 1", len(d.Nouns), len(d.Adjectives))
	}
	if len(d.Actors) != 7 {
		t.Fatalf("got %d actors, want 7", len(d.Actors))
	}
	tests := []struct {
		name  string
		actor int
		at    string
		code  string
	}{
		{"plain", 0, "1995-01-01", "ARN"},
		{"before a date", 1, "1991-01-01", "AR1"},
		{"fallback", 1, "1995-01-01", "AR2"},
		{"null until", 4, "1995-01-01", "---"},
		{"multi-code", 5, "1995-01-01", "ELR/GAL"},
		{"synonym block before", 6, "1995-01-20", "HOB"},
		{"synonym block range", 6, "1999-08-15", "HOBGOV"},
		{"synonym block after", 6, "2001-01-01", "HOBREB"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := d.Actors[tt.actor]
			got := ""
			for _, c := range a.Codes {
				if c.ValidAt(day(tt.at)) {
					got = c.Code
					break
				}
			}
			if got != tt.code {
				t.Errorf("%s at %s: got %q, want %q", a.Name, tt.at, got, tt.code)
			}
		})
	}
	words := []struct {
		actor int
		kinds []dict.MatchKind
		gaps  []bool
	}{
		{2, []dict.MatchKind{dict.Exact, dict.Noun}, []bool{true, false}},
		{3, []dict.MatchKind{dict.Exact}, []bool{true}},
		{4, []dict.MatchKind{dict.Stem, dict.Exact, dict.Stem}, []bool{true, true, false}},
	}
	for _, w := range words {
		p := d.Actors[w.actor].Names[0]
		for i, word := range p.Words {
			if word.Match != w.kinds[i] || i > 0 && word.Gap != w.gaps[i] {
				t.Errorf("%s word %d %q: match %v gap %v, want %v %v", p.Text, i, word.Text, word.Match, word.Gap, w.kinds[i], w.gaps[i])
			}
		}
	}
	if n := len(d.Actors[6].Names); n != 2 {
		t.Errorf("GOLLUM has %d names, want 2", n)
	}
}

func TestVerbs(t *testing.T) {
	d := parse(t, "verbs", `<SYNSETS>
&TIETYPES
+MILITARY
+ECONOMIC
</SYNSETS>
<TIME>
KAN_WA_MA_KAN [###]
YESTERDAY [-1]
</TIME>
ACT_ [100]
{ ACTING_ ACTXD_ }
- SAID WOULD * NOW  [101]
- SUGGESTED_{ NEVER | DON'T } * DEMAND CONVENTIONS  [171]
- * &TIETYPES TIES [902]
MEET  [031:031]
ATTEND  [031!]
SAID  [023?]
BURN DOWN  [222]
`)
	if len(d.Verbs) != 5 {
		t.Fatalf("got %d verbs, want 5", len(d.Verbs))
	}
	act := d.Verbs[0]
	if len(act.Forms) != 3 || len(act.Patterns) != 3 {
		t.Fatalf("ACT_: %d forms %d patterns, want 3 and 3", len(act.Forms), len(act.Patterns))
	}
	if act.Forms[0].Words[0].Match != dict.Noun {
		t.Errorf("ACT_: match %v, want Noun (regular endings)", act.Forms[0].Words[0].Match)
	}
	p := act.Patterns[1].Seq
	if len(p) != 5 || p[0].Kind != dict.Lit || p[0].Word.Match != dict.Exact || p[1].Kind != dict.Alt || p[1].Word.Gap || p[2].Kind != dict.VerbSlot {
		t.Errorf("pattern %q parsed as %+v", act.Patterns[1].Text, p)
	}
	if k := act.Patterns[2].Seq[1].Kind; k != dict.Synset {
		t.Errorf("&TIETYPES: kind %v, want Synset", k)
	}
	if len(d.Synsets["TIETYPES"]) != 2 {
		t.Errorf("synset TIETYPES has %d members, want 2", len(d.Synsets["TIETYPES"]))
	}
	if len(d.Discards) != 1 || d.Discards[0].Text != "KAN_WA_MA_KAN" {
		t.Errorf("time discards: %+v", d.Discards)
	}
	for i, want := range []string{"100", "031:031", "031!", "023?", "222"} {
		if d.Verbs[i].Code != want {
			t.Errorf("verb %s code %q, want %q", d.Verbs[i].ID, d.Verbs[i].Code, want)
		}
	}
	if w := d.Verbs[4].Forms[0].Words; len(w) != 2 || !w[1].Gap {
		t.Errorf("BURN DOWN: %+v", w)
	}
}

func TestAgentsAndOptions(t *testing.T) {
	d := parse(t, "agents", "POLICE_   [  ~COP] ;JON\nHUMAN_RIGHTS_ACTIVISTS_   [  NGM~]\n")
	if len(d.Agents) != 2 || d.Agents[0].Code != "COP" || d.Agents[0].Before || d.Agents[1].Code != "NGM" || !d.Agents[1].Before {
		t.Errorf("agents: %+v", d.Agents)
	}
	d = parse(t, "options", "// comment\nCOMPLEX: VERBS[5] CONJ[4] NOACTPRIOR\nSET: CODE BY SENTENCE\nSET: MINIMUM WORDS = 4\nLABEL: 010=YIELD\n")
	want := map[string]string{"COMPLEX": "VERBS[5] CONJ[4] NOACTPRIOR", "CODE BY": "SENTENCE", "MINIMUM WORDS": "4", "LABEL 010": "YIELD"}
	for k, v := range want {
		if d.Options[k] != v {
			t.Errorf("option %s = %q, want %q", k, d.Options[k], v)
		}
	}
}

func TestErrors(t *testing.T) {
	tests := []struct {
		name, kind, data string
		line             int
	}{
		{"unclosed code", "actors", "ARNOR [ARN\n", 1},
		{"bad date", "actors", "GOOD [GON]\nAXNOR [AR1 <9112]\n", 2},
		{"synonym outside block", "actors", "+SMEAGOL\n", 1},
		{"pattern without verb slot", "verbs", "MEET [031]\n- SAID [032]\n", 2},
		{"pattern before verb", "verbs", "- * X [032]\n", 1},
		{"unclosed braces", "verbs", "MEET [031]\n- { A | B ] * [032]\n", 2},
		{"agent without tilde", "agents", "POLICE_ [COP]\n", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tabari.Parse(&dict.Dictionary{}, tt.kind, "f."+tt.kind, []byte(tt.data))
			var pe *dict.ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("got %v, want a ParseError", err)
			}
			if pe.Line != tt.line || pe.File != "f."+tt.kind {
				t.Errorf("error at %s:%d, want f.%s:%d (%v)", pe.File, pe.Line, tt.kind, tt.line, err)
			}
		})
	}
}

func TestLoadProject(t *testing.T) {
	dir := t.TempDir()
	write := func(name, data string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("x.actors", "ARNOR [ARN]\n")
	write("x.verbs", "MEET [031]\n")
	write("x.agents", "POLICE_ [~COP]\n")
	write("x.options", "SET: CODE BY CLAUSE\n")
	write("x.project", "<actorsfile> x.actors\n<verbsfile> x.verbs\n<agentsfile> x.agents\n<optionsfile> x.options\n<textfile> missing.text\n")
	d, err := tabari.Load(filepath.Join(dir, "x.project"))
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Actors) != 1 || len(d.Verbs) != 1 || len(d.Agents) != 1 || d.Options["CODE BY"] != "CLAUSE" {
		t.Errorf("project loaded %d actors, %d verbs, %d agents, options %v", len(d.Actors), len(d.Verbs), len(d.Agents), d.Options)
	}
	if d.Options["MINIMUM WORDS"] != "8" {
		t.Errorf("MINIMUM WORDS = %q, want TABARI's default 8", d.Options["MINIMUM WORDS"])
	}
}
