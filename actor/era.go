package actor

import (
	"strings"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/dict"
)

// eras maps a state to the code it had at a date, for the sides of a
// dyad the resolver supplies ("the other side", "the two countries"): in
// a piece about Russia and China, Moscow's side of a 1979 event is the
// Soviet Union (SUN), and the Soviet Union's side of a 2005 event is its
// successor, Russia. A side the coder named keeps the code its mention
// had at the date.
type eras map[string]*dict.Actor

func newEras(d *dict.Dictionary) eras {
	e := eras{}
	for i := range d.Actors {
		a := &d.Actors[i]
		if a.Type != "state" {
			continue
		}
		dated := a.Successor != ""
		for _, c := range a.Codes {
			dated = dated || !c.From.IsZero()
		}
		if dated {
			e[a.ID] = a
		}
	}
	return e
}

// at returns the code that country c had at t: the code of a state it
// continued, while that one stood (Russia is SUN in 1979, but Ukraine
// stays UKR: it did not continue the Soviet Union); the successor of a
// state that had ended by t (SUN is RUS in 2005); or c.
func (e eras) at(c string, t time.Time) string {
	a, ok := e[c]
	if !ok || t.IsZero() {
		return c
	}
	for _, dc := range a.Codes {
		if !dc.From.IsZero() && dc.ValidAt(t) && dc.Code != c && e.continues(c, dc.Code) {
			return dc.Code
		}
	}
	for seen := 0; a.Successor != "" && seen < 8; seen++ {
		var end time.Time
		for _, dc := range a.Codes {
			if !dc.From.IsZero() {
				end = dc.To.Begin
			}
		}
		if end.IsZero() || t.Before(end) {
			break
		}
		c = a.Successor
		if a, ok = e[c]; !ok {
			break
		}
	}
	return c
}

// continues reports whether state c continued state h: h names c as its
// successor. Russia continued the Soviet Union and took its seat at the
// UN; Serbia and Montenegro's claim to continue Yugoslavia was not
// accepted, so the link stops at the Federal Republic (FRY).
func (e eras) continues(c, h string) bool {
	a, ok := e[h]
	return ok && a.Successor == c
}

// side returns the side of the dyad a-b that state c is the same state
// as, by continuation either way (SUN for RUS, RUS for SUN), or c.
func (e eras) side(c, a, b string) string {
	for _, p := range [...]string{a, b} {
		if e.continues(c, p) || e.continues(p, c) {
			return p
		}
	}
	return c
}

// supplied reports whether the resolver, not the coder, chose side a of
// an event: a dyad's other side, a pair anaphor's member or an ally's
// target.
func supplied(a *dyad.EventActor) bool {
	r := a.Resolution
	return strings.HasPrefix(r, "implicit ") || strings.HasPrefix(r, "coref: ")
}

// toEra gives the sides the resolver supplied the code their state had at
// the event's date, keeping any agent.
func (e eras) toEra(doc *dyad.Document, evs []dyad.Event) {
	for i := range evs {
		ev := &evs[i]
		changed := false
		for _, a := range [...]*dyad.EventActor{&ev.Source, &ev.Target} {
			if !supplied(a) || a.Country == "" {
				continue
			}
			if c := e.at(a.Country, eventTime(ev)); c != a.Country {
				a.Code = c + strings.TrimPrefix(a.Code, a.Country)
				a.Country = c
				changed = true
			}
		}
		if changed {
			ev.ID = dyad.EventID(doc.ID, ev)
		}
	}
}
