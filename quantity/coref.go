package quantity

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// corefRule is the Rule of the actor mentions that record a resolution.
const corefRule = "quantity:coref"

// coref completes cs, the countries of sentence s, to two when the
// sentence refers to a pair without naming it ("trade between the two
// countries", "bilateral trade"): the missing countries are the last ones
// named before the sentence. Each is recorded as an actor mention on the
// cue words, whose Resolution reads "coref: the two countries → IND-CHN".
func (x *FactExtractor) coref(doc *dyad.Document, order []int, s int, toks []dyad.Token, cs []country, t dyad.Date) []country {
	var cue dyad.Span
	for i := range toks {
		if e := x.lx.match(toks, i, rCoref); e != nil {
			cue = dyad.Span{Start: toks[i].Start, End: toks[i+len(e.toks)-1].End}
			break
		}
	}
	if cue.IsZero() {
		return cs
	}
	var found []country
	for k := len(order) - 1; k >= 0 && len(cs)+len(found) < 2; k-- {
		m := &doc.Actors[order[k]]
		if m.Sentence >= s {
			continue
		}
		c := x.countryOf(m, t)
		if c == "" || hasCountry(cs, c) || hasCountry(found, c) {
			continue
		}
		found = append(found, country{code: c, m: order[k]})
	}
	if len(cs)+len(found) < 2 {
		return cs
	}
	codes := make([]string, 0, 2)
	for _, c := range cs {
		codes = append(codes, c.code)
	}
	for i := len(found) - 1; i >= 0; i-- {
		codes = append(codes, found[i].code)
	}
	res := "coref: " + strings.ToLower(cue.In(doc.Text)) + " → " + strings.Join(codes, "-")
	for i := len(found) - 1; i >= 0; i-- {
		ante := doc.Actors[found[i].m]
		doc.Actors = append(doc.Actors, dyad.ActorMention{
			Span: cue, Sentence: s, EntryID: ante.EntryID, Name: ante.Name,
			Codes: ante.Codes, Rule: corefRule, Resolution: res,
		})
		cs = append(cs, country{code: found[i].code, m: len(doc.Actors) - 1})
	}
	return cs
}
