package dict

import "github.com/dyadproject/dyad"

// Lower returns a dictionary in which the entries of dyad's own format that
// TABARI-style coding has no notion of are rewritten into ones it has:
// adjectives, cities and short names become names of their actor; seats of
// government ("New Delhi", "the Kremlin") become an actor of their own,
// coded as the state's code plus GOV for the same periods; and office
// phrases ("prime minister") become names of their agent. d is not changed.
func Lower(d *Dictionary) *Dictionary {
	out := *d
	out.Actors = make([]Actor, 0, len(d.Actors))
	for _, a := range d.Actors {
		lo := a
		lo.Names = concat(a.Names, a.Adj, a.City, a.Short)
		lo.Adj, lo.City, lo.Short, lo.Gov = nil, nil, nil, nil
		out.Actors = append(out.Actors, lo)
		if len(a.Gov) > 0 {
			gov := Actor{ID: a.ID + "_GOV", Name: a.Name, Type: a.Type, Names: a.Gov,
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
