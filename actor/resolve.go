package actor

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/cameo"
	"github.com/dyadproject/dyad/dict"
)

// Resolver names the person behind a role description in each event:
// "the Indian Prime Minister" in an event of December 1988 is Rajiv
// Gandhi. The actor code stays the one the coder gave (INDGOV); the name,
// office and a resolution note are added.
type Resolver struct {
	// Trace, when set, is told why an event was dropped.
	Trace func(sentence int, msg string)

	roles   *Roles
	shorts  *shortNames
	eras    eras
	offices []office // longest phrase first
	// kingdoms (option KINGDOMS) are the states "the kingdom" may be
	kingdoms map[string]bool
}

type office struct {
	phrase string // lower case, single-spaced
	name   string
}

// NewResolver indexes the offices and office holders of d.
func NewResolver(d *dict.Dictionary) *Resolver {
	r := &Resolver{roles: NewRoles(d), shorts: newShortNames(d), eras: newEras(d), kingdoms: map[string]bool{}}
	for _, c := range strings.Split(d.Options["KINGDOMS"], "|") {
		if c = strings.TrimSpace(c); c != "" {
			r.kingdoms[c] = true
		}
	}
	for _, a := range d.Agents {
		for _, o := range a.Offices {
			for _, p := range o.Phrases {
				r.offices = append(r.offices, office{phrase: phraseText(p), name: o.Name})
			}
		}
	}
	// Longest first, so "deputy prime minister" wins over "prime minister".
	for i := 1; i < len(r.offices); i++ {
		for j := i; j > 0 && len(r.offices[j].phrase) > len(r.offices[j-1].phrase); j-- {
			r.offices[j], r.offices[j-1] = r.offices[j-1], r.offices[j]
		}
	}
	return r
}

func phraseText(p dict.Phrase) string {
	words := make([]string, len(p.Words))
	for i, w := range p.Words {
		words[i] = strings.ToLower(strings.TrimSuffix(w.Text, "-"))
	}
	return strings.Join(words, " ")
}

// Name names the stage in errors.
func (r *Resolver) Name() string { return "roles" }

// Annotate resolves the source and target of every event: pair anaphors
// ("the two countries") to the countries in focus, short names to the
// person named earlier (an event whose short name names nobody is
// dropped), then role descriptions to the office holder. An event left
// without a target is dropped.
func (r *Resolver) Annotate(_ context.Context, doc *dyad.Document) error {
	resolveHalves(doc, r.trace)
	resolveKingdoms(doc, r.kingdoms, r.trace)
	doc.Events = meetingsAtPlace(doc, doc.Events)
	for i := range doc.Events {
		if ev := &doc.Events[i]; placeTarget(doc, ev) || ownPlace(doc, ev) {
			// "Chinese state security detained an employee of the
			// drugmaker in Beijing": a place in the source's own country
			// is no target either; the other side of the dyad may be
			r.trace(*ev, "the target is where it happened, not a party")
			ev.Target = dyad.EventActor{Code: "---"}
		} else {
			placeCountry(doc, ev)
		}
	}
	n := r.shorts.scan(doc)
	for i := range doc.Events {
		// "detained Yang Hengjun, an Australian citizen": a person the
		// dictionary does not know, arrested or expelled, is somebody
		// all the same; the other side of the dyad may be their country.
		// (A commander "killed" may be a rebel: that target is dropped.)
		ev := &doc.Events[i]
		if tgt := ev.Target; (strings.HasPrefix(ev.Code, "173") || strings.HasPrefix(ev.Code, "174")) &&
			!isPair(&tgt) && !r.shorts.resolve(doc, n, &tgt, eventTime(ev)) {
			r.trace(*ev, "target a short name of nobody named; left open")
			ev.Target = dyad.EventActor{Code: "---"}
		}
	}
	before := len(doc.Events)
	doc.Events = mirrorExchanges(doc, expandPairs(doc, doc.Events, r.eras))
	r.eras.toEra(doc, doc.Events)
	if r.Trace != nil && len(doc.Events) < before {
		r.Trace(-1, fmt.Sprintf("%d events had no target and no pair anaphor or dyad in focus to give one", before-len(doc.Events)))
	}
	kept := doc.Events[:0]
	type told struct {
		src, tgt, code string
		verb           dyad.Span
	}
	seen := map[told]bool{}
	for i := range doc.Events {
		ev := doc.Events[i]
		t := eventTime(&ev)
		if !r.shorts.resolve(doc, n, &ev.Source, t) || !r.shorts.resolve(doc, n, &ev.Target, t) {
			r.trace(ev, "short name of nobody named earlier or in office then")
			continue
		}
		if ev.Source.Country != "" && ev.Source.Country == ev.Target.Country {
			// A domestic event, or a short name resolved onto the other
			// side: dyads are between countries.
			r.trace(ev, "source and target in the same country")
			continue
		}
		redate(doc, &ev.Source, t)
		redate(doc, &ev.Target, t)
		r.resolve(doc, &ev.Source, t)
		r.resolve(doc, &ev.Target, t)
		// The codes may have changed since the coder hashed them.
		ev.ID = dyad.EventID(doc.ID, &ev)
		k := told{ev.Source.Code, ev.Target.Code, ev.Code, ev.Verb.Span}
		if seen[k] {
			// "paid a visit to Dushanbe, and the two men …": a pair
			// resolved onto a side already named tells the event again
			r.trace(ev, "the same event of the same verb again")
			continue
		}
		seen[k] = true
		kept = append(kept, ev)
	}
	doc.Events = r.dropConsequences(doc, kept)
	return nil
}

// dropConsequences drops a killing told as the consequence of an attack
// coded before it in the sentence, between the same countries: "Eritrean
// aircraft struck Mekelle, hitting a primary school and killing dozens of
// civilians" is one air strike, not a strike and a massacre.
func (r *Resolver) dropConsequences(doc *dyad.Document, evs []dyad.Event) []dyad.Event {
	kept := evs[:0]
	for i, ev := range evs {
		if consequence(doc, ev) && slices.ContainsFunc(evs[:i], func(o dyad.Event) bool {
			return o.Sentence == ev.Sentence && o.Root >= "18" && o.Root <= "20" && o.Verb.Start < ev.Verb.Start &&
				o.Source.Country == ev.Source.Country && o.Target.Country == ev.Target.Country
		}) {
			r.trace(ev, "the killing is the consequence of the attack told before")
			continue
		}
		kept = append(kept, ev)
	}
	return kept
}

// consequence reports whether ev's verb is a participle of killing or
// wounding after a comma or "and": "…, killing dozens of civilians".
func consequence(doc *dyad.Document, ev dyad.Event) bool {
	switch strings.ToLower(ev.Verb.Text) {
	case "killing", "wounding", "injuring":
	default:
		return false
	}
	before := strings.TrimRight(doc.Text[max(0, ev.Verb.Start-5):ev.Verb.Start], " ")
	return strings.HasSuffix(before, ",") || strings.HasSuffix(before, " and")
}

// eventTime is the instant at which an event's actors are resolved: its
// day, else the middle of its period.
func eventTime(ev *dyad.Event) time.Time {
	if ev.Date.Precision == dyad.PrecDay {
		return ev.Date.Begin
	}
	return ev.Date.Mid()
}

func (r *Resolver) trace(ev dyad.Event, why string) {
	if r.Trace != nil {
		r.Trace(ev.Sentence, fmt.Sprintf("dropped %s→%s %s (verb %q): %s", ev.Source.Code, ev.Target.Code, ev.Code, ev.Verb.Text, why))
	}
}

func (r *Resolver) resolve(doc *dyad.Document, a *dyad.EventActor, t time.Time) {
	if a.Span.IsZero() || a.Country == "" || t.IsZero() {
		return
	}
	text := strings.ToLower(strings.Join(strings.Fields(strings.ReplaceAll(a.Span.In(doc.Text), "-", " ")), " "))
	for _, o := range r.offices {
		if !containsWords(text, o.phrase) {
			continue
		}
		a.Office = o.name
		p, code, ok := r.roles.Holder(a.Country, o.name, t)
		if !ok {
			return
		}
		named := a.Name != "" && strings.Contains(text, strings.ToLower(lastWord(a.Name)))
		if named && !strings.Contains(text, strings.ToLower(lastWord(p.Name))) {
			return // "Prime Minister Shehbaz Sharif" names its holder; trust the text
		}
		if !named {
			a.Resolution = fmt.Sprintf("role: %s of %s at %s → %s", o.name, a.Country, t.Format("2006-01-02"), p.Name)
			a.Name = p.Name
		}
		if a.Agent == "" {
			a.Agent = strings.TrimPrefix(code.Code, a.Country)
		}
		return
	}
}

// containsWords reports whether phrase occurs in text on word boundaries.
func containsWords(text, phrase string) bool {
	for i := 0; ; {
		j := strings.Index(text[i:], phrase)
		if j < 0 {
			return false
		}
		j += i
		end := j + len(phrase)
		if (j == 0 || text[j-1] == ' ') && (end == len(text) || text[end] == ' ' || text[end] == '\'') {
			return true
		}
		i = j + 1
	}
}

func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// placeTarget reports whether ev's target is a city or seat of government
// named as the place of the event ("surrendered in Dhaka", "signed at the
// White House") rather than a party to it. Meetings and visits keep it
// ("held talks in Beijing" was hosted by China), and so do protests, force
// postures and violence, which CAMEO codes against the place where they
// happen ("exercises in Alaska", "struck targets in Damascus").
func placeTarget(doc *dyad.Document, ev *dyad.Event) bool {
	if len(ev.Code) < 2 || ev.Code[:2] >= "14" {
		return false
	}
	// a host's guest is never the city it is hosted in, and talks that
	// name no party ("Talks began in Beijing") were not with the city
	if ev.Code[:2] == "04" && ev.Code != "043" && !noTarget(&ev.Source) {
		return false
	}
	if ev.Code[:2] == "07" {
		// aid landed or delivered in a city ("aircraft landed in
		// Mogadishu with weapons") is aid to its state
		return false
	}
	return namedAsPlace(doc, ev.Target, false)
}

// ownPlace reports whether ev's target is a city or seat of government of
// the source's own country named as a place.
func ownPlace(doc *dyad.Document, ev *dyad.Event) bool {
	return ev.Source.Country != "" && ev.Source.Country == ev.Target.Country && namedAsPlace(doc, ev.Target, false)
}

// meetingsAtPlace rewrites the events of one symmetric verb whose sources
// are two or more countries and whose target is a place ("Moon and Abe
// held talks in Chengdu"): the meeting is between the sources, both ways,
// and the host city is no party.
func meetingsAtPlace(doc *dyad.Document, evs []dyad.Event) []dyad.Event {
	out := evs[:0:0]
	for i := 0; i < len(evs); {
		j := i + 1
		for j < len(evs) && evs[j].Verb.Span == evs[i].Verb.Span && evs[j].Code == evs[i].Code {
			j++
		}
		group := evs[i:j]
		i = j
		var srcs []dyad.EventActor
		for _, ev := range group {
			// "Turkish and Israeli officials held talks in Azerbaijan":
			// a country is a meeting's place too
			if !cameo.Symmetric(ev.Code) || ev.Target.Span != group[0].Target.Span ||
				!namedAsPlace(doc, ev.Target, false) && !afterPlacePrep(doc, ev.Target) {
				srcs = nil
				break
			}
			if !slices.ContainsFunc(srcs, func(a dyad.EventActor) bool { return a.Country == ev.Source.Country }) {
				srcs = append(srcs, ev.Source)
			}
		}
		if len(srcs) < 2 {
			out = append(out, group...)
			continue
		}
		for _, a := range srcs {
			for _, b := range srcs {
				if a.Country != b.Country {
					ev := group[0]
					ev.Source, ev.Target = a, b
					out = append(out, ev)
				}
			}
		}
	}
	return out
}

// placeCountry turns a seat of government named as the place of a protest,
// a force posture or violence into its country: "a protest in Beijing"
// targets China, not its government, which "protested to Beijing" would.
func placeCountry(doc *dyad.Document, ev *dyad.Event) {
	if len(ev.Code) < 2 || ev.Code[:2] < "14" || ev.Target.Code != ev.Target.Country+"GOV" || !namedAsPlace(doc, ev.Target, true) {
		return
	}
	ev.Target.Code, ev.Target.Agent = ev.Target.Country, ""
}

// namedAsPlace reports whether a is a city (unless govOnly) or a seat of
// government after "in", "at", "near" or "outside".
func namedAsPlace(doc *dyad.Document, a dyad.EventActor, govOnly bool) bool {
	if a.Span.IsZero() {
		return false
	}
	place := false
	for i := range doc.Actors {
		m := &doc.Actors[i]
		if m.Span == a.Span {
			place = strings.HasSuffix(m.EntryID, dict.GovSuffix) || !govOnly && strings.HasSuffix(m.EntryID, dict.CitySuffix)
			break
		}
	}
	return place && afterPlacePrep(doc, a)
}

// afterPlacePrep reports whether a follows "in", "at", "near" or "outside".
func afterPlacePrep(doc *dyad.Document, a dyad.EventActor) bool {
	before := strings.Fields(doc.Text[max(0, a.Start-24):a.Start])
	if n := len(before); n > 0 && strings.EqualFold(before[n-1], "the") {
		before = before[:n-1]
	}
	if len(before) == 0 {
		return false
	}
	switch strings.ToLower(before[len(before)-1]) {
	case "in", "at", "near", "outside":
		// "its mission in Baghdad", "the embassy in Kabul": a post
		// names the state it is accredited to
		return len(before) < 2 || !diplomaticPost(before[len(before)-2])
	}
	return false
}

// diplomaticPost reports whether w names a diplomatic post or its head.
func diplomaticPost(w string) bool {
	switch strings.ToLower(w) {
	case "embassy", "embassies", "mission", "consulate", "ambassador", "envoy", "legation", "chancery":
		return true
	}
	return false
}

// redate gives a named actor its code at the event's date t. The coder
// resolves time-bounded codes at the sentence's date, but a later clause
// may tell of a later event: "… in May 2021, and Kamel held talks with
// Prime Minister Naftali Bennett in August" finds Bennett in office (he
// was not yet in May). Only a code that is one of the mention's own is
// changed, not one the coder combined with an agent.
func redate(doc *dyad.Document, a *dyad.EventActor, t time.Time) {
	if a.Span.IsZero() || t.IsZero() {
		return
	}
	for i := range doc.Actors {
		m := &doc.Actors[i]
		if m.Span != a.Span || len(m.Codes) < 2 {
			continue
		}
		if m.EntryID == "" {
			// a pronoun for a compound ("Turkish and Syrian troops held
			// their first joint exercise") has one code per referent,
			// not one per period
			return
		}
		if a.Name != "" && m.Name != "" && a.Name != m.Name {
			return // a short name resolved to another person ("Bush")
		}
		own := false
		for _, c := range m.Codes {
			own = own || c.Code == a.Code
		}
		c, ok := m.CodeAt(t)
		if !own || !ok || c.Code == a.Code {
			return
		}
		a.Code, a.Country = c.Code, dyad.Country(c.Code)
		a.Agent = strings.TrimPrefix(c.Code, a.Country)
		return
	}
}
