package actor

import (
	"strings"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/cameo"
)

// PairCode is the actor code that the built-in dictionaries give to
// phrases standing for the two countries in focus: "the two countries",
// "both sides", "the two leaders" (PAIR plus an agent, as PAIRGOV). The
// Resolver replaces it with the last two distinct countries named before
// it, so "The two countries signed an accord" codes both directions.
const PairCode = "PAIR"

// focusPair returns the last two distinct countries of actor mentions that
// begin before pos, most recent first. International organisations are
// passed over.
func focusPair(doc *dyad.Document, pos int) (a, b string, ok bool) {
	return focusPairExcept(doc, pos, "", 0)
}

// focusPairExcept is focusPair passing over country skip and looking no
// further back than from.
func focusPairExcept(doc *dyad.Document, pos int, skip string, from int) (a, b string, ok bool) {
	for i := len(doc.Actors) - 1; i >= 0; i-- {
		m := &doc.Actors[i]
		if m.Start >= pos {
			continue
		}
		if m.Start < from {
			break
		}
		country, found := mentionCountry(doc, m)
		if !found || country == skip {
			continue
		}
		switch {
		case a == "":
			a = country
		case country != a:
			return a, country, true
		}
	}
	return "", "", false
}

// anaphorPair is the pair "the two countries" at pos stands for: the
// document's dyad when it has one, else the last two countries named. In
// an analysis of one relationship "the two governments" is that
// relationship's even right after a passing mention of two others ("Iraq's
// invasion of Kuwait made Iraq the common threat, and in 1991 the two
// governments restored relations").
func anaphorPair(doc *dyad.Document, pos int) (a, b string, ok bool) {
	if x, y, main := mainPair(doc); main {
		return x, y, true
	}
	return focusPair(doc, pos)
}

// mentionCountry returns the country of an actor mention that can be one
// side of a dyad: not an IGO, a pair anaphor or a placeholder code.
func mentionCountry(doc *dyad.Document, m *dyad.ActorMention) (string, bool) {
	c, found := m.CodeAt(doc.Published.Mid())
	if !found {
		return "", false
	}
	country := dyad.Country(c.Code)
	// IGOs host summits between the two; they are not one of them.
	if country == "" || strings.HasPrefix(c.Code, PairCode) || isHalf(c.Code) || strings.HasPrefix(c.Code, KingdomCode) || strings.HasPrefix(country, "IGO") ||
		strings.HasPrefix(country, "-") || country == "###" || country == "+++" {
		return "", false
	}
	return country, true
}

// mainPair returns the document's dyad: the two countries named most
// often, the earlier named first among equals, when they stand out. An
// analysis of a bilateral relationship names its two countries far more
// than any third one.
func mainPair(doc *dyad.Document) (a, b string, ok bool) {
	count := map[string]int{}
	var order []string
	for i := range doc.Actors {
		c, found := mentionCountry(doc, &doc.Actors[i])
		if !found {
			continue
		}
		if count[c] == 0 {
			order = append(order, c)
		}
		count[c]++
	}
	third := ""
	for _, c := range order {
		switch {
		case a == "" || count[c] > count[a]:
			a, b, third = c, a, b
		case b == "" || count[c] > count[b]:
			b, third = c, b
		case third == "" || count[c] > count[third]:
			third = c
		}
	}
	// a dyad only when it stands out: named three times or more (not in
	// a one-sentence report), and more often than any third country
	return a, b, b != "" && count[b] >= 3 && count[b] > count[third]
}

func isPair(a *dyad.EventActor) bool { return strings.HasPrefix(a.Code, PairCode) }

// noTarget reports whether an event lacks a target ("---"), which the
// built-in options allow only so that a pair anaphor can take the pair.
func noTarget(a *dyad.EventActor) bool { return a.Code == "---" || a.Code == "" }

// expandPairs rewrites events with a pair anaphor into events between the
// countries in focus, and drops events that have no target and no pair.
func expandPairs(doc *dyad.Document, evs []dyad.Event, e eras) []dyad.Event {
	evs = allies(doc, evs)
	out := evs[:0:0]
	for _, ev := range evs {
		srcPair, tgtPair := isPair(&ev.Source), isPair(&ev.Target)
		if !srcPair && !tgtPair {
			switch {
			case !noTarget(&ev.Target) && !noTarget(&ev.Source):
				out = append(out, ev)
			case noTarget(&ev.Target) && !noTarget(&ev.Source):
				out = implicitTarget(out, doc, ev, e)
			case noTarget(&ev.Target) && (cameo.Symmetric(ev.Code) && !strings.HasPrefix(ev.Code, "19") || ev.Code == "0871" || exchange(ev) || restored(ev)):
				// a ceasefire that "took hold" is mutual; a strike with no
				// actor named ("an earthquake struck") is not theirs
				out = actorless(out, doc, ev, true)
			case noTarget(&ev.Target) && noTarget(&ev.Source) && ev.Code == "190" && mutual(ev.Verb.Text):
				// "troops clashed again at Yangtse", "the naval clashes
				// of June 1999": both sides fought, told once
				out = actorless(out, doc, ev, false)
			case noTarget(&ev.Source) && !noTarget(&ev.Target):
				out = unnamedSource(out, doc, ev)
			}
			continue
		}
		at := ev.Source.Start
		if tgtPair && !srcPair {
			at = ev.Target.Start
		}
		a, b, ok := anaphorPair(doc, at)
		if !ok {
			continue
		}
		note := "coref: " + ev.Source.Span.In(doc.Text)
		switch {
		case srcPair && (tgtPair || noTarget(&ev.Target)):
			out = appendPair(out, doc, ev, a, b, note)
			if cameo.Symmetric(ev.Code) || tgtPair || exchange(ev) || reciprocal(doc, ev) {
				out = appendPair(out, doc, ev, b, a, note)
			}
		case srcPair && (cameo.Symmetric(ev.Code) || exchange(ev)):
			// "The two sides signed the Algiers Accords": a symmetric
			// event of the pair; what follows the verb is a place or a
			// name, not a third party.
			ev.Target = dyad.EventActor{Code: "---"}
			out = appendPair(out, doc, ev, a, b, note)
			out = appendPair(out, doc, ev, b, a, note)
		case srcPair:
			other := dyad.Country(ev.Target.Code)
			for _, c := range [...]string{a, b} {
				if c != other {
					out = appendOne(out, doc, ev, false, c, note+" → "+c)
				}
			}
		case noTarget(&ev.Source):
			// "Anwar telephoned both leaders" with Anwar unknown: an act
			// aimed at the pair by nobody named is nobody's
		default: // the target is the pair
			note = "coref: " + ev.Target.Span.In(doc.Text)
			other := dyad.Country(ev.Source.Code)
			if other == a || other == b {
				// "After India and Pakistan went to war, Washington
				// suspended military aid to both countries": a pair the
				// source is part of cannot be its target; the last two
				// others named in the sentence are
				from := 0
				if ev.Sentence >= 0 && ev.Sentence < len(doc.Sentences) {
					from = doc.Sentences[ev.Sentence].Start
				}
				if x, y, found := focusPairExcept(doc, ev.Target.Start, other, from); found {
					a, b = x, y
				}
			}
			for _, c := range [...]string{a, b} {
				if c != other {
					out = appendOne(out, doc, ev, true, c, note+" → "+c)
				}
			}
		}
	}
	return out
}

// allies gives an event with no target, whose source is outside the
// document's dyad, the target its co-source in the dyad will take: in a
// piece about Ethiopia and Somalia, "Ethiopian and Cuban forces recaptured
// Jijiga" is Cuba's act against Somalia too, not against Ethiopia, which
// acted with it.
func allies(doc *dyad.Document, evs []dyad.Event) []dyad.Event {
	a, b, ok := mainPair(doc)
	if !ok {
		return evs
	}
	for i := range evs {
		ev := &evs[i]
		src := dyad.Country(ev.Source.Code)
		if !noTarget(&ev.Target) || noTarget(&ev.Source) || isPair(&ev.Source) || src == a || src == b {
			continue
		}
		for j := range evs {
			o := &evs[j]
			other, in := otherSide(dyad.Country(o.Source.Code), a, b)
			if j == i || o.Verb.Span != ev.Verb.Span || !in || !noTarget(&o.Target) || other == src {
				continue
			}
			ev.Target = dyad.EventActor{Code: other, Country: other, Resolution: "implicit target: shared with " + o.Source.Span.In(doc.Text)}
			ev.ID = dyad.EventID(doc.ID, ev)
			break
		}
	}
	return evs
}

// appendPair appends ev as src → tgt, both resolved from the pair.
func appendPair(out []dyad.Event, doc *dyad.Document, ev dyad.Event, src, tgt, note string) []dyad.Event {
	agent := strings.TrimPrefix(ev.Source.Code, PairCode)
	ev.Source = resolved(ev.Source, src, agent, note+" → "+src)
	tagent := agent
	if isPair(&ev.Target) {
		tagent = strings.TrimPrefix(ev.Target.Code, PairCode)
	} else {
		ev.Target.Span = ev.Source.Span
	}
	ev.Target = resolved(ev.Target, tgt, tagent, note+" → "+tgt)
	ev.ID = dyad.EventID(doc.ID, &ev)
	return append(out, ev)
}

// appendOne appends ev with its pair side (the target when target is
// true) resolved to country c.
func appendOne(out []dyad.Event, doc *dyad.Document, ev dyad.Event, target bool, c, note string) []dyad.Event {
	side := &ev.Source
	if target {
		side = &ev.Target
	}
	*side = resolved(*side, c, strings.TrimPrefix(side.Code, PairCode), note)
	ev.ID = dyad.EventID(doc.ID, &ev)
	return append(out, ev)
}

func resolved(a dyad.EventActor, country, agent, note string) dyad.EventActor {
	a.Code, a.Country, a.Agent, a.Resolution = country+agent, country, agent, note
	a.Name = ""
	return a
}

// actorless gives a symmetric event that names no actor at all ("An
// accord was reached in 1972", "A ceasefire took hold on September 23")
// to the document's dyad, both ways, when the last two countries named
// are that dyad; otherwise nobody can tell whose it was, and it is
// dropped. An event told once, not both ways, goes from the dyad's first
// country to its second.
func actorless(out []dyad.Event, doc *dyad.Document, ev dyad.Event, both bool) []dyad.Event {
	a, b, ok := mainPair(doc)
	if !ok {
		return out
	}
	x, y, ok := focusPair(doc, ev.Verb.Start)
	if !ok || !(x == a && y == b || x == b && y == a) {
		return out
	}
	note := "actorless: the document's dyad " + a + "-" + b
	for i, p := range [...][2]string{{a, b}, {b, a}} {
		if i > 0 && !both {
			break
		}
		e := ev
		e.Source = dyad.EventActor{Span: ev.Verb.Span, Code: p[0], Country: p[0], Resolution: note}
		e.Target = dyad.EventActor{Span: ev.Verb.Span, Code: p[1], Country: p[1], Resolution: note}
		e.ID = dyad.EventID(doc.ID, &e)
		out = append(out, e)
	}
	return out
}

// passiveForce gives a passive event of force or release whose subject is
// one side of the document's dyad the other side as its source: "Twenty
// Indian soldiers were killed" in a piece about India and China.
func passiveForce(out []dyad.Event, doc *dyad.Document, ev dyad.Event, a, b string, ok bool) []dyad.Event {
	if !ok || len(ev.Code) < 2 || ev.Code[:2] != "08" && ev.Code[:2] < "15" {
		return out
	}
	if s := &ev.Source; s.Resolution != "" || s.Office != "" || strings.HasSuffix(s.Code, "ELI") {
		// a pronoun ("They were not released") may be anyone, and a
		// leader killed ("Sadat was assassinated") often by his own
		return out
	}
	other, ok := otherSide(dyad.Country(ev.Source.Code), a, b)
	if !ok {
		return out
	}
	ev.Target = ev.Source
	ev.Source = otherActor(other, "implicit source of a passive", a, b)
	ev.ID = dyad.EventID(doc.ID, &ev)
	return append(out, ev)
}

// unnamedSource gives an act of sanction or coercion whose subject the
// dictionary does not know ("the authorities detained Cheng Lei, an
// Australian citizen"), a crowd at an embassy ("Crowds stoned the US
// embassy in Beijing") and a visitor it does not know ("Rubalcaba, the
// interior minister, flew to Rabat") the other side of the document's dyad
// as its source, when the target is one side: in a piece about a dyad,
// such acts toward one side are the other's. Other acts by an unknown
// subject are dropped.
func unnamedSource(out []dyad.Event, doc *dyad.Document, ev dyad.Event) []dyad.Event {
	switch {
	case ev.Root == "16", ev.Root == "17":
	case ev.Code == "141" && legation(doc, ev):
		// "Crowds stoned the US embassy in Beijing": the crowd is the
		// host country's
	case ev.Code == "042":
		// "Alfredo Pérez Rubalcaba, the interior minister, flew to
		// Rabat": a visitor the dictionary does not know comes from the
		// other side
	default:
		return out // a protest's target is often where it was held
	}
	if passive(doc.Text, ev.Verb.Span) {
		// "Otto Warmbier was arrested at Pyongyang airport": the actor
		// after a passive is a place, not the one acted on
		return out
	}
	a, b, ok := mainPair(doc)
	return toOtherSide(out, doc, ev, false, dyad.Country(ev.Target.Code), a, b, ok, "implicit source")
}

// legation reports whether the target of ev is an embassy or consulate,
// in the actor phrase or right after it.
func legation(doc *dyad.Document, ev dyad.Event) bool {
	t := strings.ToLower(doc.Text[ev.Target.Start:min(len(doc.Text), ev.Target.End+12)])
	return strings.Contains(t, "embass") || strings.Contains(t, "consulate")
}

// toOtherSide appends ev with its target (or, when target is false, its
// source) set to the side of the dyad a-b that country c is not, when ok
// and c is one side.
func toOtherSide(out []dyad.Event, doc *dyad.Document, ev dyad.Event, target bool, c, a, b string, ok bool, how string) []dyad.Event {
	if !ok {
		return out
	}
	other, ok := otherSide(c, a, b)
	if !ok {
		return out
	}
	side := &ev.Source
	if target {
		side = &ev.Target
	}
	*side = otherActor(other, how, a, b)
	ev.ID = dyad.EventID(doc.ID, &ev)
	return append(out, ev)
}

// otherActor is country c taken as the other side of the dyad a-b, with
// the resolution that says so ("implicit target: the other side of
// IND-CHN").
func otherActor(c, how, a, b string) dyad.EventActor {
	return dyad.EventActor{Code: c, Country: c, Resolution: how + ": the other side of " + a + "-" + b}
}

// otherSide returns the side of the dyad a-b that c is not, and false
// when c is neither.
func otherSide(c, a, b string) (string, bool) {
	switch c {
	case a:
		return b, true
	case b:
		return a, true
	}
	return "", false
}

// exchange reports whether ev is a release of prisoners told as an
// exchange or swap, which both sides made.
func exchange(ev dyad.Event) bool {
	if ev.Code != "084" {
		return false
	}
	v := strings.ToLower(ev.Verb.Text)
	return strings.HasPrefix(v, "exchang") || strings.HasPrefix(v, "swap")
}

// reciprocal reports whether the verb of ev is followed by "the other",
// "each other" or "one another": "each side accused the other of violating
// the ceasefire" goes both ways.
func reciprocal(doc *dyad.Document, ev dyad.Event) bool {
	after := strings.ToLower(doc.Text[ev.Verb.End:min(len(doc.Text), ev.Verb.End+16)])
	for _, w := range [...]string{" the other", " each other", " one another"} {
		if strings.HasPrefix(after, w) {
			return true
		}
	}
	return false
}

// restored reports whether ev restores or establishes relations (054),
// which both sides do: "Relations were restored in 1970".
func restored(ev dyad.Event) bool {
	v := strings.ToLower(ev.Verb.Text)
	return ev.Code == "054" && (strings.HasPrefix(v, "restor") || strings.HasPrefix(v, "establish") || strings.HasPrefix(v, "normali"))
}

// mirrorExchanges adds the other side's release to an exchange told one
// way ("Ukraine and Russia carried out a prisoner exchange").
func mirrorExchanges(doc *dyad.Document, evs []dyad.Event) []dyad.Event {
	n := len(evs)
	for i := 0; i < n; i++ {
		ev := evs[i]
		if !exchange(ev) || noTarget(&ev.Source) || noTarget(&ev.Target) {
			continue
		}
		told := false
		for j := 0; j < n && !told; j++ {
			o := &evs[j]
			told = o.Verb.Span == ev.Verb.Span && o.Source.Code == ev.Target.Code && o.Target.Code == ev.Source.Code
		}
		if !told {
			ev.Source, ev.Target = ev.Target, ev.Source
			ev.ID = dyad.EventID(doc.ID, &ev)
			evs = append(evs, ev)
		}
	}
	return evs
}

// mutual reports whether a fighting word names both sides at once.
func mutual(verb string) bool {
	switch strings.ToLower(verb) {
	case "clash", "clashes", "clashed", "clashing", "skirmish", "skirmishes", "skirmished", "firefight", "firefights",
		"scuffle", "scuffles", "scuffled", "brawl", "brawls", "brawled", "fighting":
		return true
	}
	return false
}

// implicitTarget gives an event that names no target the other side of
// the document's dyad, when its source is one side: in a piece about Egypt
// and Israel, "Cairo recalled its ambassador" is aimed at Israel. For
// other sources the dyad is the last two countries named. An event whose
// source is in neither is dropped.
func implicitTarget(out []dyad.Event, doc *dyad.Document, ev dyad.Event, e eras) []dyad.Event {
	a, b, ok := mainPair(doc)
	if passive(doc.Text, ev.Verb.Span) && ev.Source.Start < ev.Verb.Start {
		// "The attack on China was condemned": who condemned is unknown,
		// and the actor before the verb is not its source. But in a piece
		// about a dyad, force used on one side ("twenty Indian soldiers
		// were killed", "its embassy was stormed") is the other's. An
		// agent after the verb ("was arrested by Pakistani police") is
		// the source, and the one acted on, unnamed, the other side.
		return passiveForce(out, doc, ev, a, b, ok)
	}
	if x, found := lastAssailant(out, ev); found {
		// "Indian missiles struck camps in Pakistan. Pakistan's army
		// retaliated": a hostile act answers the one just told against
		// its source, whoever the piece is about
		return toOtherSide(out, doc, ev, true, dyad.Country(ev.Source.Code), dyad.Country(ev.Source.Code), x, true, "implicit target")
	}
	src := dyad.Country(ev.Source.Code)
	if ok && src != a && src != b {
		// the Soviet Union in a piece about Russia and China is Russia's
		// side (the code of that side at the event's date is toEra's)
		src = e.side(src, a, b)
	}
	if !ok || src != a && src != b {
		// a source outside the document's dyad: the last two named
		a, b, ok = focusPair(doc, ev.Source.Start)
	}
	return toOtherSide(out, doc, ev, true, src, a, b, ok, "implicit target")
}

// lastAssailant returns the country that, in an event of ev's sentence or
// the one before, used force on ev's source (roots 18–20), when ev is
// itself a use of force.
func lastAssailant(out []dyad.Event, ev dyad.Event) (string, bool) {
	src := dyad.Country(ev.Source.Code)
	if src == "" || !force(ev.Code) {
		return "", false
	}
	for i := len(out) - 1; i >= 0 && out[i].Sentence >= ev.Sentence-1; i-- {
		o := &out[i]
		x := dyad.Country(o.Source.Code)
		if force(o.Code) && dyad.Country(o.Target.Code) == src && x != "" && x != src && !strings.HasPrefix(x, "IGO") {
			return x, true
		}
	}
	return "", false
}

// force reports whether code is a use of force: an assault, a fight or mass
// violence.
func force(code string) bool {
	return strings.HasPrefix(code, "18") || strings.HasPrefix(code, "19") || strings.HasPrefix(code, "20")
}

// passive reports whether the verb at span follows a form of "be" ("was
// condemned", "were expelled", "was not consulted").
func passive(text string, verb dyad.Span) bool {
	if strings.HasSuffix(strings.ToLower(verb.In(text)), "ing") {
		return false // "was severing relations" goes on, it is not passive
	}
	before := strings.Fields(text[max(0, verb.Start-30):verb.Start])
	// "was not consulted", "were quickly expelled"
	for len(before) > 1 {
		w := strings.ToLower(before[len(before)-1])
		if w != "not" && w != "never" && !strings.HasSuffix(w, "ly") {
			break
		}
		before = before[:len(before)-1]
	}
	if len(before) == 0 {
		return false
	}
	switch strings.ToLower(before[len(before)-1]) {
	case "was", "were", "is", "are", "been", "being", "be":
		return true
	}
	return false
}
