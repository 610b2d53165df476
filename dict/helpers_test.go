package dict_test

import (
	"bytes"
	"testing"
	"testing/fstest"

	"github.com/dyadproject/dyad/dict"
)

// normalize clears what a round trip may change: positions, file names
// and, with texts, the spelling of phrases and patterns.
func normalize(d *dict.Dictionary, texts bool) {
	d.Files = nil
	if d.Synsets == nil {
		d.Synsets = map[string][]dict.Seq{}
	}
	if d.Options == nil {
		d.Options = dict.Options{}
	}
	ph := func(ps []dict.Phrase) {
		for i := range ps {
			ps[i].Pos = dict.Pos{}
			if texts {
				ps[i].Text = ""
			}
		}
	}
	for i := range d.Actors {
		a := &d.Actors[i]
		a.Pos = dict.Pos{}
		ph(a.Names)
		ph(a.Short)
		ph(a.Adj)
		ph(a.Gov)
		ph(a.City)
	}
	for i := range d.Agents {
		a := &d.Agents[i]
		a.Pos = dict.Pos{}
		ph(a.Names)
		for _, o := range a.Offices {
			ph(o.Phrases)
		}
	}
	for i := range d.Verbs {
		v := &d.Verbs[i]
		v.Pos = dict.Pos{}
		ph(v.Forms)
		for j := range v.Patterns {
			v.Patterns[j].Pos = dict.Pos{}
			if texts {
				v.Patterns[j].Text = ""
			}
		}
	}
	ph(d.Discards)
	ph(d.Complex)
	ph(d.Nouns)
	ph(d.Adjectives)
}

// encodeFS writes d into an in-memory folder.
func encodeFS(tb testing.TB, d *dict.Dictionary) (fstest.MapFS, error) {
	tb.Helper()
	fsys := fstest.MapFS{}
	var werr error
	for _, kind := range []string{"actors", "agents", "verbs", "synsets", "discards", "options"} {
		var b bytes.Buffer
		if err := dict.Encode(&b, kind, d); err != nil && werr == nil {
			werr = err
		}
		name := "dyad." + kind
		if kind == "options" {
			name = kind
		}
		fsys[name] = &fstest.MapFile{Data: b.Bytes()}
	}
	return fsys, werr
}
