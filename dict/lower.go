package dict

import "github.com/dyadproject/dyad"

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
		lo.Names = concat(a.Names, a.Adj, a.Short)
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
