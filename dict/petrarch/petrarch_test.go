package petrarch_test

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/dyadproject/dyad/dict"
	"github.com/dyadproject/dyad/dict/petrarch"
)

func parse(t *testing.T, kind, data string) *dict.Dictionary {
	t.Helper()
	d := &dict.Dictionary{}
	if err := petrarch.Parse(d, kind, "test."+kind+".txt", []byte(data)); err != nil {
		t.Fatalf("parse %s: %v", kind, err)
	}
	return d
}

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// codeAt is the first code of a valid at t, as the coder picks it.
func codeAt(a dict.Actor, t time.Time) string {
	for _, c := range a.Codes {
		if c.ValidAt(t) {
			return c.Code
		}
	}
	return ""
}

func words(p dict.Phrase) string {
	var b strings.Builder
	for i, w := range p.Words {
		if i > 0 {
			if w.Gap {
				b.WriteString(" .. ")
			} else {
				b.WriteString(" ")
			}
		}
		b.WriteString(w.Text)
		if w.Match == dict.Stem {
			b.WriteString("*")
		}
	}
	return b.String()
}

func TestActors(t *testing.T) {
	d := parse(t, "actors", `<!-- TEST ACTORS -->
<!--
# a comment over
several lines -->
ARNOR_  [ ARN ] ;JW   10/17/91
PALESTINIAN [pse]  # lower case code
NASGUL  [###]  ; ### is a code here
SAM_GAMGEE [HOB]  # default
	[HOBCIV <20080120] ; PAS
	[ORCHOB 20100109-20100112]
	[HOBMIL 20080120-20121109]
	[HOBELI >20130119]
GOLLUM  ; no default code
+SMEAGOL
	[HOB < 950601]
	[HOBGOV 19950601 - 19990815]
MOHAMMAD_ZAHIR_SHAH_
	[AFGGOV 331108-730717]
<! -- A MALFORMED OPENER -->
MORDOR [MOR]
+BARAD-DUR
`)
	if len(d.Actors) != 7 {
		t.Fatalf("got %d actors, want 7: %+v", len(d.Actors), d.Actors)
	}
	tests := []struct {
		name  string
		actor int
		at    string
		code  string
	}{
		{"plain", 0, "2000-01-01", "ARN"},
		{"lower case code", 1, "2000-01-01", "PSE"},
		{"### kept", 2, "2000-01-01", "###"},
		{"before is inclusive", 3, "2008-01-20", "HOBCIV"},
		{"range starts inclusive", 3, "2010-01-09", "ORCHOB"},
		{"first restriction wins", 3, "2010-01-12", "ORCHOB"},
		{"next restriction", 3, "2010-01-13", "HOBMIL"},
		{"range ends inclusive", 3, "2012-11-09", "HOBMIL"},
		{"gap falls back to default", 3, "2012-12-01", "HOB"},
		{"after is inclusive", 3, "2013-01-19", "HOBELI"},
		{"YYMMDD before", 4, "1995-05-31", "HOB"},
		{"mixed lengths", 4, "1999-08-15", "HOBGOV"},
		{"no default is null", 4, "2001-01-01", "---"},
		{"YYMMDD pivot 33 is 1933", 5, "1950-01-01", "AFGGOV"},
		{"YYMMDD pivot 73 is 1973", 5, "1973-07-18", "---"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := codeAt(d.Actors[tc.actor], day(tc.at)); got != tc.code {
				t.Errorf("%s at %s: got %q, want %q", d.Actors[tc.actor].Name, tc.at, got, tc.code)
			}
		})
	}
	g := d.Actors[4]
	if len(g.Names) != 2 || words(g.Names[1]) != "SMEAGOL" || g.Names[1].Pos.Line != 14 {
		t.Errorf("GOLLUM names: %+v", g.Names)
	}
	if got := words(d.Actors[3].Names[0]); got != "SAM GAMGEE" {
		t.Errorf("SAM_GAMGEE words: got %q", got)
	}
	if got := words(d.Actors[6].Names[1]); got != "BARAD-DUR" {
		t.Errorf("BARAD-DUR after a malformed comment: got %q", got)
	}
	if d.Actors[0].Pos.Line != 5 || d.Actors[0].ID != "ARNOR" {
		t.Errorf("ARNOR: id %q line %d, want ARNOR at 5", d.Actors[0].ID, d.Actors[0].Pos.Line)
	}
}

func TestAgents(t *testing.T) {
	d := parse(t, "agents", `!PERSON! = MAN, MEN, WOMAN , WOMEN
!MINST! = MINISTER, MINISTRY
POLICE {} [ ~COP]
FOREIGN_MINISTER [~GOVFRM]
CONGRESS [~LEG]
AUTHORITY [~GOV]
ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]
CONGRESS!PERSON! [~LEG]
!MINST!_OF_SILLY_WALKS [~GOV]
HUMAN_RIGHTS_ACTIVIST  [HGM~] # before the actor
`)
	tests := []struct {
		name   string
		code   string
		before bool
		names  []string
	}{
		{"{} adds no plural", "COP", false, []string{"POLICE"}},
		{"regular plural", "GOVFRM", false, []string{"FOREIGN MINISTER", "FOREIGN MINISTERS"}},
		{"SS plural", "LEG", false, []string{"CONGRESS", "CONGRESSES"}},
		{"Y plural", "GOV", false, []string{"AUTHORITY", "AUTHORITIES"}},
		{"listed plural", "GOV", false, []string{"ATTORNEY GENERAL", "ATTORNEYS GENERAL"}},
		{"macro", "LEG", false, []string{"CONGRESSMAN", "CONGRESSMEN", "CONGRESSWOMAN", "CONGRESSWOMEN"}},
		{"macro first", "GOV", false, []string{"MINISTER OF SILLY WALKS", "MINISTRY OF SILLY WALKS"}},
		{"before", "HGM", true, []string{"HUMAN RIGHTS ACTIVIST", "HUMAN RIGHTS ACTIVISTS"}},
	}
	if len(d.Agents) != len(tests) {
		t.Fatalf("got %d agents, want %d", len(d.Agents), len(tests))
	}
	for i, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := d.Agents[i]
			var got []string
			for _, p := range a.Names {
				got = append(got, words(p))
			}
			if a.Code != tc.code || a.Before != tc.before || !reflect.DeepEqual(got, tc.names) {
				t.Errorf("got %s before=%v %q, want %s before=%v %q", a.Code, a.Before, got, tc.code, tc.before, tc.names)
			}
		})
	}
}

func TestPlural(t *testing.T) {
	for in, want := range map[string]string{
		"SOLDIER": "SOLDIERS", "ARMY": "ARMIES", "ATTORNEY": "ATTORNEYS", "CONGRESS": "CONGRESSES",
		"CHURCH": "CHURCHES", "TAX": "TAXES", "HOME_GUARD_": "HOME_GUARDS_", "BUS": "BUSES",
	} {
		if got := petrarch.Plural(in); got != want {
			t.Errorf("Plural(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestForms(t *testing.T) {
	tests := []struct {
		verb string
		want []string
	}{
		{"ACCUSE", []string{"ACCUSE", "ACCUSES", "ACCUSED", "ACCUSING"}},
		{"TRY", []string{"TRY", "TRIES", "TRIED", "TRYING"}},
		{"PLAY", []string{"PLAY", "PLAYS", "PLAYED", "PLAYING"}},
		{"REACH", []string{"REACH", "REACHES", "REACHED", "REACHING"}},
		{"VISIT", []string{"VISIT", "VISITS", "VISITED", "VISITING"}},
		{"BAN", []string{"BAN", "BANS", "BANED", "BANING", "BANNED", "BANNING"}},
		{"AGREE", []string{"AGREE", "AGREES", "AGREED", "AGREEING"}},
		{"VETO", []string{"VETO", "VETOES", "VETOED", "VETOING"}},
		{"RE_+ADMIT", []string{"RE_+ADMIT", "RE_+ADMITS", "RE_+ADMITED", "RE_+ADMITING"}},
		{"+WIPE_OUT", []string{"+WIPE_OUT", "+WIPES_OUT", "+WIPED_OUT", "+WIPING_OUT"}},
	}
	for _, tc := range tests {
		t.Run(tc.verb, func(t *testing.T) {
			if got := petrarch.Forms(tc.verb); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("Forms(%q) = %q, want %q", tc.verb, got, tc.want)
			}
		})
	}
}

func TestDiscards(t *testing.T) {
	d := parse(t, "discards", `# Story-level discards are marked '+'.
MONTHS LATER
+World Golf Championships   # pas 26-Feb-2014
BASEBALL_
`)
	want := []string{"MONTHS LATER*", "WORLD GOLF CHAMPIONSHIPS*", "BASEBALL"}
	if len(d.Discards) != len(want) {
		t.Fatalf("got %d discards, want %d", len(d.Discards), len(want))
	}
	for i, w := range want {
		if got := words(d.Discards[i]); got != w {
			t.Errorf("discard %d: got %q, want %q", i, got, w)
		}
	}
}

func TestVerbs(t *testing.T) {
	d := parse(t, "verbs", `<!-- SYNSETS -->
&CURRENCY
+DOLLAR
+SWISS FRANC
+PESO_
&AUXVERB_
+DID N'T

--- ABANDON  [345]  ---
ABANDON    # pas 15 Jul 2003
KLM_NOP_+RST [002]
- * NEW_&CURRENCY_RELATIONS [903] #  -PAS 12.01.12
- &AUXVERB * [904]

&ACCORDSYN
+&CURRENCY
+CLOSER

--- BREAK [1717] ---
BREAK { BROKE BROKEN  }
+SHOOT_DOWN {}
- + * IN $  [075]
- { A | B } * [076]
`)
	cur := d.Synsets["CURRENCY"]
	var ms []string
	for _, s := range cur {
		var ws []string
		for _, e := range s {
			ws = append(ws, e.Word.Text)
		}
		ms = append(ms, strings.Join(ws, " "))
	}
	if want := []string{"DOLLAR", "DOLLARS", "SWISS FRANC", "SWISS FRANCS", "PESO"}; !reflect.DeepEqual(ms, want) {
		t.Errorf("CURRENCY members: got %q, want %q", ms, want)
	}
	if aux := d.Synsets["AUXVERB"]; len(aux) != 1 || len(aux[0]) != 1 || aux[0][0].Word.Text != "DIDN'T" {
		t.Errorf("AUXVERB_: got %+v, want one member DIDN'T and no plurals", aux)
	}
	if acc := d.Synsets["ACCORDSYN"]; len(acc) != 3 || acc[0][0].Kind != dict.Synset {
		t.Errorf("ACCORDSYN: got %+v", acc)
	}
	if len(d.Verbs) != 3 {
		t.Fatalf("got %d verbs, want 3", len(d.Verbs))
	}
	tests := []struct {
		name     string
		id, code string
		forms    []string
		patterns int
	}{
		{"generated forms", "ABANDON", "345", []string{"ABANDON", "ABANDONS", "ABANDONED", "ABANDONING"}, 2},
		{"form with its own code", "ABANDON/KLM_NOP_RST", "002", []string{"KLM NOP RST", "KLM NOP RSTS", "KLM NOP RSTED", "KLM NOP RSTING"}, 2},
		{"irregular and multi-word", "BREAK", "1717", []string{"BREAK", "BROKE", "BROKEN", "SHOOT DOWN"}, 1},
	}
	for i, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			v := d.Verbs[i]
			var forms []string
			for _, f := range v.Forms {
				forms = append(forms, words(f))
			}
			if v.ID != tc.id || v.Code != tc.code || !reflect.DeepEqual(forms, tc.forms) || len(v.Patterns) != tc.patterns {
				t.Errorf("got %s [%s] %q with %d patterns, want %s [%s] %q with %d", v.ID, v.Code, forms, len(v.Patterns), tc.id, tc.code, tc.forms, tc.patterns)
			}
		})
	}
	p := d.Verbs[0].Patterns[0]
	if p.Code != "903" || p.Pos.Line != 12 || len(p.Seq) != 4 || p.Seq[2].Kind != dict.Synset || p.Seq[1].Word.Match != dict.Exact {
		t.Errorf("pattern: %+v", p)
	}
}

func TestErrors(t *testing.T) {
	tests := []struct {
		name, kind, data string
		lines            []int
	}{
		{"malformed dates", "actors", "KOREA [KOR]\n\t[KORGOVBUS 2004017-20061201]\n\t[GBRGOV >201005011]\n\t[X 20121207-20120802]\n", []int{2, 3, 4}},
		{"synonym first", "actors", "+AFGHAN_\nAFGHANISTAN_ [AFG]\n\n[AFG 20121204]\n", []int{1, 4}},
		{"unclosed bracket", "agents", "OK [~GOV]\nDEPARMENT_OF_ENVIRONMENT [~ENV}\nISLAMIC_EXTREMIST\nX [GOV]\nY !NOPE! [~GOV]\n", []int{2, 3, 4, 5}},
		{"bad patterns", "verbs", "- * X [1]\n--- A [010] ---\nA\n- * COMMIT * AID [1]\n- $ * OFFER\n- * &X [01 0]\n", []int{1, 4, 5, 6}},
		{"no block", "verbs", "ABANDON\n", []int{1}},
		{"control character", "actors", "OK [X]\nJAN_STRASK\x1aY [CZE]\n", []int{2}},
		{"one error per bad entry", "actors", "LIAMINE_Z\x1aROUAL_\n\t[DZAELI 580101-940131]\n+X\nOK [X]\n[Y 0101]\n", []int{1, 5}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := petrarch.Parse(&dict.Dictionary{}, tc.kind, "bad.txt", []byte(tc.data))
			var el dict.ErrorList
			if !errors.As(err, &el) {
				t.Fatalf("got %v, want a dict.ErrorList", err)
			}
			var lines []int
			for _, e := range el {
				if e.File != "bad.txt" {
					t.Errorf("error file %q, want bad.txt", e.File)
				}
				lines = append(lines, e.Line)
			}
			if !reflect.DeepEqual(lines, tc.lines) {
				t.Errorf("error lines %v, want %v: %v", lines, tc.lines, el)
			}
		})
	}
}

func TestLoad(t *testing.T) {
	dir := t.TempDir()
	write := func(name, data string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	write("A.actors.txt", "ARNOR [ARN]\n")
	write("B.actors.txt", "ARNOR_ [ARN]\nW&T_OFFSHORE [MNC]\n")
	write("A.agents.txt", "POLICE {} [~COP]\n")
	write("A.discards.txt", "+TYPHOON\n")
	v1 := write("A.verbs.txt", "--- VISIT [042] ---\nVISIT\n")
	write("A.IssueCoding.txt", "<ISSUE CATEGORY=\"X\">\nn:preschool [EARLY]\n")
	write("A.prepositions.txt", "ABOARD\n")
	write("README.md", "# not a dictionary\n")
	d, err := petrarch.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, a := range d.Actors {
		ids = append(ids, a.ID)
	}
	if want := []string{"ARNOR", "ARNOR_2", "W_T_OFFSHORE"}; !reflect.DeepEqual(ids, want) {
		t.Errorf("actor IDs %q, want %q", ids, want)
	}
	if len(d.Agents) != 1 || len(d.Discards) != 1 || len(d.Verbs) != 1 || len(d.Files) != 5 {
		t.Errorf("got %d actors, %d agents, %d discards, %d verbs from %q", len(d.Actors), len(d.Agents), len(d.Discards), len(d.Verbs), d.Files)
	}
	if d.Options["COMMA"] == "" {
		t.Errorf("no PETRARCH comma defaults in %v", d.Options)
	}
	v2 := write("CAMEO.2.0.txt", "--- VISIT [042] ---\nVISIT\n- * (TO +) [042]\n")
	if _, err := petrarch.Load(v2); err == nil || !strings.Contains(err.Error(), "CAMEO.2.0.txt") || !strings.Contains(err.Error(), "not supported") {
		t.Errorf("CAMEO.2.0 alone: got %v, want a not-supported error naming the file", err)
	}
	if _, err := petrarch.Load(v1, v2); err != nil {
		t.Errorf("CAMEO.2.0 beside a PETRARCH-1 verbs file: %v", err)
	}
	if _, err := petrarch.Load(write("notes.txt", "X\n")); err == nil {
		t.Errorf("unknown .txt file: no error")
	}
	if _, err := petrarch.Load(filepath.Join(dir, "missing.actors.txt")); err == nil {
		t.Errorf("missing file: no error")
	}
}

// A verb defined in two blocks is one entry with the patterns of both,
// so that the second block's patterns are not shadowed by the first.
func TestVerbTwice(t *testing.T) {
	d := parse(t, "verbs", `--- SHOT [---] ---
SHOT
- *_AND_WOUND  [223]

--- SHOT  [223] ---
SHOT
- + WAS * DEAD IN $ [224]

--- SNUB [110] ---
SNUB [111] {SNUBS SNUBBED}

--- SHOULD  [101]  ---
SHOULD
- SUGGESTED * DEMAND CONVENTIONS  [162]
`)
	if len(d.Verbs) != 2 {
		t.Fatalf("got %d verbs, want 2", len(d.Verbs))
	}
	if v := d.Verbs[1]; v.Code != "111" || len(v.Forms) != 3 || v.Forms[2].Text != "SNUBBED" {
		t.Errorf("code before forms: got %s [%s] %+v", v.ID, v.Code, v.Forms)
	}
	v := d.Verbs[0]
	if v.Code != "223" || len(v.Patterns) != 2 || v.Patterns[1].Code != "224" || v.Patterns[1].Pos.Line != 7 {
		t.Errorf("got %s [%s] with patterns %+v", v.ID, v.Code, v.Patterns)
	}
}
