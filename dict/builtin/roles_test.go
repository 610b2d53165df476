package builtin_test

import (
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/dict/builtin"
)

// TestRoleTerms checks every time-bounded code of every built-in person:
// during the term the person resolves to it or to a later appointment that
// overlaps it, and the day before it starts and the day it ends they
// resolve to some other tenure.
func TestRoleTerms(t *testing.T) {
	d, err := builtin.Load()
	if err != nil {
		t.Fatal(err)
	}
	terms := 0
	for _, a := range d.Actors {
		if a.Type != "person" {
			continue
		}
		m := dyad.ActorMention{Codes: a.Codes}
		for i, c := range a.Codes {
			if c.From.IsZero() || c.To.IsZero() {
				continue
			}
			terms++
			same := func(got dyad.DatedCode, ok bool) bool {
				return ok && got.Code == c.Code && got.From == c.From && got.To == c.To
			}
			mid := c.From.Begin.Add(c.To.Begin.Sub(c.From.Begin) / 2)
			if got, ok := m.CodeAt(mid); !same(got, ok) && !(ok && got.ValidAt(mid) && !got.From.Begin.Before(c.From.Begin)) {
				t.Errorf("%s (%s): during code %d %s %s–%s resolves to %s %s–%s", a.ID, a.Pos, i, c.Code, c.From, c.To, got.Code, got.From, got.To)
			}
			if got, ok := m.CodeAt(c.From.Begin.AddDate(0, 0, -1)); same(got, ok) {
				t.Errorf("%s (%s): the day before %s %s starts still resolves to it", a.ID, a.Pos, c.Code, c.From)
			}
			if got, ok := m.CodeAt(c.To.Begin); same(got, ok) {
				t.Errorf("%s (%s): the day %s ends (%s) still resolves to it", a.ID, a.Pos, c.Code, c.To)
			}
		}
	}
	if terms < 100 {
		t.Errorf("only %d time-bounded roles in the built-in dictionaries", terms)
	}
	t.Logf("%d time-bounded roles checked", terms)
}

// TestVerbFormsUnique checks that no verb form belongs to two built-in
// verb entries: the coder would take one of them silently.
func TestVerbFormsUnique(t *testing.T) {
	d, err := builtin.Load()
	if err != nil {
		t.Fatal(err)
	}
	owner := map[string]string{}
	for _, v := range d.Verbs {
		for _, f := range v.Forms {
			if prev, ok := owner[f.Text]; ok && prev != v.ID {
				t.Errorf("verb form %q is in %s and %s (%s)", f.Text, prev, v.ID, f.Pos)
			}
			owner[f.Text] = v.ID
		}
	}
}
