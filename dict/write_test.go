package dict_test

import (
	"errors"
	"os"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/dict"
)

func TestWriteRoundTrip(t *testing.T) {
	want, err := dict.ParseDir(os.DirFS("testdata"), "full")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := dict.Write(dir, want); err != nil {
		t.Fatal(err)
	}
	got, err := dict.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	normalize(want, false)
	normalize(got, false)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("round trip changed the dictionary:\n got %+v\nwant %+v", got, want)
	}
}

// imported is a dictionary as an importer makes it: texts in another
// format's spelling, or none, and every field of the model set.
func imported() *dict.Dictionary {
	w := func(text string, m dict.MatchKind, gap bool) dict.Word {
		return dict.Word{Text: text, Match: m, Gap: gap}
	}
	ph := func(text string, ws ...dict.Word) dict.Phrase { return dict.Phrase{Words: ws, Text: text} }
	lit := func(x dict.Word) dict.Elem { return dict.Elem{Kind: dict.Lit, Word: x} }
	return &dict.Dictionary{
		Actors: []dict.Actor{{
			ID: "EGY", Name: "Egypt", Type: "state",
			Names: []dict.Phrase{ph("ARAB_REPUBLIC_OF_EGYPT", w("ARAB", dict.Stem, false), w("REPUBLIC", dict.Exact, false), w("OF", dict.Noun, true), w("EGYPT", dict.Noun, false))},
			Adj:   []dict.Phrase{ph("", w("EGYPTO-", dict.Stem, false)), ph("", w("A-", dict.Stem, true))},
			Codes: []dyad.DatedCode{
				{Code: "EGYGOV", From: dyad.Day(time.Date(1981, 10, 14, 0, 0, 0, 0, time.UTC)), To: dyad.Year(2011), Office: "2nd office"},
				{Code: "EGY", To: dyad.Month(1958, time.February)},
				{Code: "---EGY", Office: "-"},
			},
			Country: "EGY", Successor: "UAR", Gender: "n",
		}},
		Agents: []dict.Agent{{Code: "NGO", Before: true, Names: []dict.Phrase{ph("AID_GROUP", w("AID", dict.Noun, false), w("GROUP", dict.Noun, false))},
			Offices: []dict.Office{{Name: "head of state", Phrases: []dict.Phrase{ph("", w("PRESIDENT", dict.Exact, false))}}}}},
		Verbs: []dict.Verb{{ID: "WALK_OUT", Code: "---", Forms: []dict.Phrase{ph("", w("WALK", dict.Stem, false), w("OUT", dict.Noun, false))},
			Patterns: []dict.Pattern{
				{Code: "161:162", Text: "- $ * OUT_OF +", Seq: dict.Seq{
					{Kind: dict.Source, Word: dict.Word{Gap: true}}, {Kind: dict.VerbSlot}, lit(w("OUT", dict.Noun, true)), lit(w("OF", dict.Exact, false)),
					{Kind: dict.Alt, Alts: []dict.Seq{{{Kind: dict.Synset, Name: "TALKS"}}, {{Kind: dict.Skip}, {Kind: dict.Target, Word: dict.Word{Gap: true}}}}},
					{Kind: dict.Compound},
				}},
				{Code: "042", Noun: true, Seq: dict.Seq{lit(w("VISIT", dict.Noun, false)), {Kind: dict.Target}}},
			}}},
		Synsets: map[string][]dict.Seq{
			"TALKS": {{lit(w("TALK", dict.Stem, false))}, {lit(w("NEGOTIATION", dict.Noun, false)), lit(w("ROUND", dict.Exact, true))}},
		},
		Discards:   []dict.Phrase{ph("", w("FOOTBALL", dict.Noun, false))},
		Complex:    []dict.Phrase{ph("", w("IN", dict.Noun, false), w("CONTRAST", dict.Noun, false))},
		Nouns:      []dict.Phrase{ph("", w("ATTACK", dict.Stem, false))},
		Adjectives: []dict.Phrase{ph("", w("SENIOR", dict.Exact, false))},
		Options:    dict.Options{"FORWARD": "^********^*** OFF", "EMPTY": ""},
	}
}

func TestWriteImported(t *testing.T) {
	want := imported()
	fsys, err := encodeFS(t, want)
	if err != nil {
		t.Fatal(err)
	}
	got, err := dict.ParseDir(fsys, ".")
	if err != nil {
		for name, f := range fsys {
			t.Logf("%s:\n%s", name, f.Data)
		}
		t.Fatal(err)
	}
	normalize(want, true)
	normalize(got, true)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("round trip changed the dictionary:\n got %+v\nwant %+v", got, want)
	}
}

func TestWriteErrors(t *testing.T) {
	bad := []struct {
		name string
		edit func(d *dict.Dictionary)
		want string
	}{
		{"word with bar", func(d *dict.Dictionary) {
			d.Actors[0].Names[0].Words[0].Text = "A|B"
			d.Actors[0].Names[0].Pos = dict.Pos{File: "x.actors", Line: 7}
		}, "x.actors:7: cannot write: names: phrase"},
		{"ID with space", func(d *dict.Dictionary) { d.Actors[0].ID = "NEW EGYPT" }, `cannot write: actor ID "NEW EGYPT"`},
		{"hand-made date", func(d *dict.Dictionary) { d.Actors[0].Codes[0].To = dyad.Date{Value: "2011-Q1", Begin: time.Now()} }, `date "2011-Q1"`},
		{"noun word ending in =", func(d *dict.Dictionary) { d.Discards[0].Words[0].Text = "X=" }, "discard: phrase"},
		{"empty synset", func(d *dict.Dictionary) { d.Synsets["NONE"] = nil }, "synset NONE has no members"},
		{"lower-case option", func(d *dict.Dictionary) { d.Options["set"] = "x" }, `option name "set"`},
		{"empty alternative", func(d *dict.Dictionary) { d.Verbs[0].Patterns[0].Seq[4].Alts[0] = nil }, "pattern"},
	}
	for _, tc := range bad {
		t.Run(tc.name, func(t *testing.T) {
			d := imported()
			tc.edit(d)
			_, err := encodeFS(t, d)
			var list dict.ErrorList
			if !errors.As(err, &list) || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("err = %v, want an ErrorList with %q", err, tc.want)
			}
		})
	}
}
