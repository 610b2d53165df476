package dict

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// GovSuffix and CitySuffix end the IDs of the entries Lower makes for a
// state's seats of government and for its cities.
const (
	GovSuffix  = "_GOV"
	CitySuffix = "_CITY"
)

// Lower returns a dictionary in which the entries of dyad's own format that
// TABARI-style coding has no notion of are rewritten into ones it has:
// adjectives and short names become names of their actor; cities become an
// actor of their own with the state's codes; seats of government ("New
// Delhi", "the Kremlin") become one coded as the state's code plus GOV for
// the same periods; and office
// phrases ("prime minister") become names of their agent. d is not changed.
func Lower(d *Dictionary) *Dictionary {
	out := *d
	out.Actors = make([]Actor, 0, len(d.Actors))
	for _, a := range d.Actors {
		lo := a
		// Short names and adjectives stay listed as well, so that the
		// coder can tell a surname alone ("Moore") from a full name, and
		// a people ("Egyptians") from its state ("Egypt").
		lo.Short = a.ShortNames()
		lo.Names = concat(a.Names, a.Adj, lo.Short)
		lo.City, lo.Gov = nil, nil
		out.Actors = append(out.Actors, lo)
		if len(a.City) > 0 {
			// an entry of its own, so that a place can be told from the
			// state: "surrendered in Dhaka" names where, not whom
			city := Actor{ID: a.ID + CitySuffix, Name: a.Name, Type: a.Type, Names: a.City,
				Country: a.Country, Pos: a.Pos, Codes: a.Codes}
			out.Actors = append(out.Actors, city)
		}
		if len(a.Gov) > 0 {
			gov := Actor{ID: a.ID + GovSuffix, Name: a.Name, Type: a.Type, Names: a.Gov,
				Country: a.Country, Pos: a.Pos}
			for _, c := range a.Codes {
				gov.Codes = append(gov.Codes, dyad.DatedCode{Code: c.Code + "GOV", From: c.From, To: c.To, Office: c.Office})
			}
			out.Actors = append(out.Actors, gov)
		}
	}
	out.Agents = make([]Agent, len(d.Agents))
	for i, g := range d.Agents {
		lo := g
		lo.Names = append([]Phrase(nil), g.Names...)
		for _, o := range g.Offices {
			lo.Names = append(lo.Names, o.Phrases...)
		}
		out.Agents[i] = lo
	}
	return &out
}

func concat(lists ...[]Phrase) []Phrase {
	n := 0
	for _, l := range lists {
		n += len(l)
	}
	out := make([]Phrase, 0, n)
	for _, l := range lists {
		out = append(out, l...)
	}
	return out
}

// arabicArticles are the transliterated forms of the Arabic article that
// news joins to a surname with a hyphen: "al-Sharaa", "el-Sisi".
var arabicArticles = [...]string{"AL-", "EL-", "AD-", "AS-", "ASH-", "AN-", "AZ-", "AR-", "AT-"}

// ShortNames returns a's short names, each also in the form its full names
// write it with the Arabic article ("al-Sharaa" for short "Sharaa" when a
// name is "Ahmed al-Sharaa"), since news uses both forms of the surname
// alone and the hyphenated one is two words to the coder.
func (a *Actor) ShortNames() []Phrase {
	out := a.Short
	for _, s := range a.Short {
		if len(s.Words) != 1 {
			continue
		}
		if p, ok := articleForm(a.Names, s); ok && !hasPhrase(out, p.Words[0].Text) {
			if len(out) == len(a.Short) {
				out = append([]Phrase(nil), a.Short...)
			}
			out = append(out, p)
		}
	}
	return out
}

// articleForm finds, in names, short name s with an Arabic article joined
// to it, and returns that word as a phrase of its own.
func articleForm(names []Phrase, s Phrase) (Phrase, bool) {
	w := s.Words[0]
	for _, n := range names {
		for i, nw := range n.Words {
			for _, art := range arabicArticles {
				if nw.Text != art+w.Text {
					continue
				}
				text := nw.Text
				if f := strings.Fields(n.Text); len(f) == len(n.Words) {
					text = f[i] // as written: "al-Sharaa"
				}
				return Phrase{Words: []Word{{Text: nw.Text, Match: w.Match}}, Text: text, Pos: s.Pos}, true
			}
		}
	}
	return Phrase{}, false
}

// ArabicArticle reports whether w, upper case, is a transliterated Arabic
// article, the "al" of "al-Sharaa".
func ArabicArticle(w string) bool {
	for _, a := range arabicArticles {
		if len(a) == len(w)+1 && a[:len(w)] == w {
			return true
		}
	}
	return false
}

func hasPhrase(ps []Phrase, word string) bool {
	for _, p := range ps {
		if len(p.Words) == 1 && p.Words[0].Text == word {
			return true
		}
	}
	return false
}
