// Package actor resolves who an actor mention is at a date: role
// descriptions ("the Indian Prime Minister") to the person who held the
// office then, and anaphors ("the two countries", "he", "the latter") to
// earlier mentions in the document. Each resolution is recorded on the
// mention so that it can be checked.
package actor

import (
	"sort"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/dict"
)

// Roles indexes the dated codes of people by country and office.
type Roles struct {
	byKey map[string][]holder
}

type holder struct {
	actor *dict.Actor
	code  dyad.DatedCode
}

// NewRoles indexes every dated code with an office in d. The dictionary
// must outlive the index.
func NewRoles(d *dict.Dictionary) *Roles {
	r := &Roles{byKey: map[string][]holder{}}
	for i := range d.Actors {
		a := &d.Actors[i]
		for _, c := range a.Codes {
			if c.Office == "" {
				continue
			}
			k := key(countryOf(a, c), c.Office)
			r.byKey[k] = append(r.byKey[k], holder{actor: a, code: c})
		}
	}
	for _, hs := range r.byKey {
		// Latest start first, so an overlap (acting and elected terms)
		// resolves to the most recent appointment.
		sort.SliceStable(hs, func(i, j int) bool { return hs[i].code.From.Begin.After(hs[j].code.From.Begin) })
	}
	return r
}

func key(country, office string) string { return country + "|" + office }

func countryOf(a *dict.Actor, c dyad.DatedCode) string {
	if cc := dyad.Country(c.Code); cc != "" {
		return cc
	}
	return a.Country
}

// Holder returns the person who held office in country at t, with the
// code of that tenure.
func (r *Roles) Holder(country, office string, t time.Time) (*dict.Actor, dyad.DatedCode, bool) {
	for _, h := range r.byKey[key(country, office)] {
		if h.code.ValidAt(t) {
			return h.actor, h.code, true
		}
	}
	return nil, dyad.DatedCode{}, false
}
