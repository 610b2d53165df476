package actor

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/dict"
)

// shortNames resolves short names ("Gandhi", "Xi") to the person whose full
// name appeared earlier in the document. The coder matches short names like
// any name, so it cannot tell Rajiv Gandhi's "Gandhi" from Indira's; this
// pass, which knows the whole document, can.
type shortNames struct {
	byShort map[string][]*dict.Actor // normalised short name → people
	isFull  map[string][]*dict.Actor // normalised full name → entries
	// lower holds the short names the dictionary writes with a
	// lower-case particle first ("de Gaulle"), as text does
	lower map[string]bool
}

func newShortNames(d *dict.Dictionary) *shortNames {
	s := &shortNames{byShort: map[string][]*dict.Actor{}, isFull: map[string][]*dict.Actor{}, lower: map[string]bool{}}
	for i := range d.Actors {
		a := &d.Actors[i]
		for _, p := range a.ShortNames() {
			k := phraseKey(p)
			s.byShort[k] = append(s.byShort[k], a)
			if r, _ := utf8.DecodeRuneInString(p.Text); len(p.Words) > 1 && unicode.IsLower(r) {
				s.lower[k] = true
			}
		}
		// a seat of government or city is no short name either: "The
		// Hague" is not William Hague
		for _, ps := range [...][]dict.Phrase{a.Names, a.Gov, a.City} {
			for _, p := range ps {
				k := phraseKey(p)
				s.isFull[k] = append(s.isFull[k], a)
			}
		}
	}
	return s
}

func phraseKey(p dict.Phrase) string {
	words := make([]string, len(p.Words))
	for i, w := range p.Words {
		// "al-Sharaa" is one dictionary word and two in textKey
		words[i] = strings.ReplaceAll(strings.TrimSuffix(w.Text, "-"), "-", " ")
	}
	return strings.Join(strings.Fields(strings.Join(words, " ")), " ")
}

// textKey normalises a span of text the way phraseKey normalises phrases.
func textKey(s string) string {
	s = strings.ToUpper(strings.NewReplacer("-", " ", "\u2019", "'").Replace(s))
	s = strings.TrimSuffix(strings.TrimSuffix(s, "'S"), "'")
	return strings.Join(strings.Fields(s), " ")
}

// named records, in text order, where each entry's full name appeared.
type named map[*dict.Actor]int

func (s *shortNames) scan(doc *dyad.Document) named {
	n := named{}
	for _, m := range doc.Actors {
		k := textKey(m.In(doc.Text))
		if i := strings.Index(k, "'S "); i > 0 {
			k = k[:i] // "Fidel Castro's rebels" names Fidel Castro
		}
		for _, a := range s.isFull[k] {
			n[a] = m.Start
		}
		// A full name inside a longer mention ("President Xi Jinping").
		for suffix := k; suffix != ""; {
			i := strings.IndexByte(suffix, ' ')
			if i < 0 {
				break
			}
			suffix = suffix[i+1:]
			for _, a := range s.isFull[suffix] {
				if _, seen := n[a]; !seen || n[a] < m.Start {
					n[a] = m.Start
				}
			}
		}
	}
	return n
}

// resolve rewrites a, whose text may be a short name, to the person named
// before it who held office at t, else the one named most recently, else
// the only person with that short name in office at t. It reports false
// when none exists: an unresolved short name is dropped rather than
// guessed.
func (s *shortNames) resolve(doc *dyad.Document, n named, a *dyad.EventActor, t time.Time) bool {
	if a.Span.IsZero() {
		return true
	}
	// The name may follow a title ("President Xi", "Prime Minister Yousaf
	// Raza Gilani"): try the words from each position to the end. A full
	// name wins over a short one.
	var cands []*dict.Actor
	lower := false
	for k := textKey(a.Span.In(doc.Text)); k != ""; {
		if len(s.isFull[k]) > 0 {
			return true // a full name, or a state that shares the word
		}
		if c := s.byShort[k]; len(c) > 0 && cands == nil {
			cands, lower = c, s.lower[k]
		}
		i := strings.IndexByte(k, ' ')
		if i < 0 {
			break
		}
		k = k[i+1:]
	}
	if len(cands) == 0 {
		return true
	}
	if r, _ := utf8.DecodeRuneInString(withoutArticle(a.Span.In(doc.Text))); unicode.IsLower(r) && !lower {
		return false // "the industrial park" names no President Park
	}
	if nameGoesOn(doc.Text, a.End) {
		// "Abbas Kamel" is not Mahmoud Abbas: the capitalised word after
		// the short name makes it part of a name the dictionary lacks
		return false
	}
	// Of the people named before, one in office at the date wins over
	// the last named: "Kim" in 2017, after Kim Il Sung and Kim Jong Il
	// were recalled, is Kim Jong Un, named at the top.
	var best *dict.Actor
	bestAt, bestOffice := -1, false
	for _, c := range cands {
		at, ok := n[c]
		if !ok || at >= a.Start {
			continue
		}
		code, in := (&dyad.ActorMention{Codes: c.Codes}).CodeAt(t)
		office := in && code.Office != ""
		if office && !bestOffice || office == bestOffice && at > bestAt {
			best, bestAt, bestOffice = c, at, office
		}
	}
	how := "named earlier"
	if best == nil {
		// Never named in full: take the one person with this short name
		// who held office at the date ("Putin said" in 2015), as news
		// writes a sitting leader's surname alone. Otherwise it is
		// ambiguous or unknown, and the event is dropped.
		for _, c := range cands {
			if code, ok := (&dyad.ActorMention{Codes: c.Codes}).CodeAt(t); ok && code.Office != "" {
				if best != nil {
					return false
				}
				best = c
			}
		}
		if best == nil {
			return false
		}
		how = "in office then"
	}
	m := dyad.ActorMention{Codes: best.Codes}
	code, ok := m.CodeAt(t)
	if !ok {
		return false
	}
	country := dyad.Country(code.Code)
	if a.Code != code.Code || a.Name != best.Name {
		a.Resolution = "short name: " + a.Span.In(doc.Text) + " → " + best.Name + " (" + how + ")"
	}
	a.Code, a.Country, a.Agent, a.Name = code.Code, country, strings.TrimPrefix(code.Code, country), best.Name
	if code.Office != "" {
		a.Office = code.Office
	}
	return true
}

// nameGoesOn reports whether a capitalised word follows text[end:] after
// one space, continuing a name.
func nameGoesOn(text string, end int) bool {
	if end+2 > len(text) || text[end] != ' ' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[end+1:])
	return unicode.IsUpper(r)
}

// withoutArticle drops an Arabic article joined to a name ("al-Sharaa").
func withoutArticle(s string) string {
	if i := strings.IndexByte(s, '-'); i > 0 && dict.ArabicArticle(strings.ToUpper(s[:i])) {
		return s[i+1:]
	}
	return s
}
