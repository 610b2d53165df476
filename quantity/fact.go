package quantity

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/dyadproject/dyad"
)

// spec is one indicator of the vocabulary (data/vocabulary.txt).
type spec struct {
	actors string   // pair, dyad or one
	codes  []string // CAMEO code prefixes of events it may be the value of
	alone  string   // indicator to use when a pair has one country
}

// vocab is the indicator vocabulary and the codes that name no country.
type vocab struct {
	specs      map[string]spec
	noncountry map[string]bool
}

// builtinVocab reads the vocabulary once; it is never written afterwards.
var builtinVocab = sync.OnceValues(loadVocab)

func loadVocab() (*vocab, error) {
	v := &vocab{specs: map[string]spec{}, noncountry: map[string]bool{}}
	err := eachLine("vocabulary.txt", func(f []string) error {
		if err := want(f, 2); err != nil {
			return err
		}
		switch f[1] {
		case "pair", "dyad", "one":
		default:
			return fmt.Errorf("actors %q: want pair, dyad or one", f[1])
		}
		s := spec{actors: f[1]}
		if len(f) > 2 {
			s.codes = strings.Fields(f[2])
		}
		if len(f) > 3 {
			s.alone = f[3]
		}
		v.specs[f[0]] = s
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = eachLine("noncountry.txt", func(f []string) error {
		v.noncountry[f[0]] = true
		return nil
	})
	return v, err
}

func (v *vocab) spec(indicator string) spec {
	if s, ok := v.specs[indicator]; ok {
		return s
	}
	return spec{actors: "one"}
}

// FactExtractor adds the Facts layer: each quantity near an indicator cue,
// in a sentence that names a country, becomes a fact tied to the country
// (or the two countries) and to the period the time layer gives it.
type FactExtractor struct {
	// MaxCueDistance is how many tokens may lie between a number and its
	// indicator cue. New sets it to 20.
	MaxCueDistance int

	lx *lexicon
	v  *vocab
}

// NewFactExtractor returns a FactExtractor with the built-in indicator
// cues and vocabulary. It panics if the embedded data is malformed, which
// the package tests rule out.
func NewFactExtractor() *FactExtractor {
	lx, err := loadLexicon()
	if err == nil {
		var v *vocab
		if v, err = builtinVocab(); err == nil {
			return &FactExtractor{MaxCueDistance: 20, lx: lx, v: v}
		}
	}
	panic("quantity: built-in data: " + err.Error())
}

// Name names the stage in errors.
func (x *FactExtractor) Name() string { return "facts" }

// Annotate replaces doc's Facts with those built from its Quantities,
// Actors and Times. When a sentence speaks of "the two countries" or
// "bilateral" trade without naming two countries, the last two countries
// named before it are used, and the resolution is recorded as actor
// mentions on the cue words (Rule "quantity:coref").
func (x *FactExtractor) Annotate(_ context.Context, doc *dyad.Document) error {
	if len(doc.Sentences) == 0 && strings.TrimSpace(doc.Text) != "" {
		return &dyad.MissingLayerError{Layer: "sentences"}
	}
	doc.Facts = doc.Facts[:0]
	n := len(doc.Actors)
	for _, q := range doc.Quantities {
		if q.Sentence < 0 || q.Sentence >= len(doc.Sentences) {
			return fmt.Errorf("quantity %q names sentence %d of %d", q.In(doc.Text), q.Sentence, len(doc.Sentences))
		}
		if f, ok := x.fact(doc, q); ok {
			doc.Facts = append(doc.Facts, f)
		}
	}
	if len(doc.Actors) > n { // coreference added mentions: keep text order
		sort.SliceStable(doc.Actors, func(a, b int) bool { return doc.Actors[a].Start < doc.Actors[b].Start })
	}
	return nil
}

// unitClass maps a quantity's unit to the class bits cues are listed with.
func unitClass(unit string) uint8 {
	switch unit {
	case "percent":
		return cPercent
	case "percentage_point":
		return cPoint
	case "count":
		return cCount
	case "rank":
		return cRank
	case "factor":
		return cFactor
	case "":
		return 0
	}
	return cMoney
}

func (x *FactExtractor) fact(doc *dyad.Document, q dyad.Quantity) (dyad.Fact, bool) {
	toks := doc.SentenceTokens(q.Sentence)
	cue, ok := x.cue(toks, q)
	if !ok {
		return dyad.Fact{}, false
	}
	indicator := cue.str
	sp := x.v.spec(indicator)
	period, pev := period(doc, q)
	actors, aev := x.actors(doc, q, toks, sp, period)
	if len(actors) == 0 {
		return dyad.Fact{}, false
	}
	if sp.actors == "pair" && len(actors) == 1 && sp.alone != "" {
		indicator = sp.alone
	}
	f := dyad.Fact{
		DocID:          doc.ID,
		Sentence:       q.Sentence,
		Indicator:      indicator,
		Actors:         actors,
		Period:         period,
		Value:          q.Value,
		ValueMax:       q.ValueMax,
		Unit:           q.Unit,
		Qualifier:      q.Qualifier,
		Number:         dyad.EvidenceOf(doc.Text, q.Span),
		IndicatorWords: dyad.EvidenceOf(doc.Text, cue.span),
		ActorEvidence:  aev,
		PeriodEvidence: pev,
	}
	f.ID = FactID(doc.ID, q.Sentence, q.Span, indicator)
	return f, true
}

// FactID is the stable ID of a fact: a hash of the document, sentence,
// number span and indicator, so re-running the pipeline keeps it.
func FactID(docID string, sentence int, number dyad.Span, indicator string) string {
	h := sha256.New()
	h.Write([]byte(docID))
	h.Write([]byte{0})
	h.Write(strconv.AppendInt(nil, int64(sentence), 10))
	h.Write([]byte{0})
	h.Write([]byte(fmt.Sprintf("%d-%d", number.Start, number.End)))
	h.Write([]byte{0})
	h.Write([]byte(indicator))
	return "f" + hex.EncodeToString(h.Sum(nil))[:16]
}

// weakPenalty is the distance in tokens added to a weak cue.
const weakPenalty = 6

// foundCue is an indicator cue found in a sentence.
type foundCue struct {
	str  string
	span dyad.Span
}

// cue returns the indicator cue nearest to q that accepts its unit, or
// false. A cue before the number wins a tie.
func (x *FactExtractor) cue(toks []dyad.Token, q dyad.Quantity) (foundCue, bool) {
	cls := unitClass(q.Unit)
	if cls == 0 {
		return foundCue{}, false
	}
	qs, qe := -1, -1 // token range of the quantity
	for i, t := range toks {
		if qs < 0 && t.End > q.Start {
			qs = i
		}
		if t.Start < q.End {
			qe = i + 1
		}
	}
	if qs < 0 {
		return foundCue{}, false
	}
	best, bestDist := foundCue{}, x.MaxCueDistance+1
	for i := 0; i < len(toks); {
		e := x.cueAt(toks, i, cls)
		if e == nil {
			i++
			continue
		}
		end := i + len(e.toks)
		if e.str != "-" {
			d := 0
			switch {
			case end <= qs:
				d = qs - end
			case i >= qe:
				d = i - qe + 1 // after the number: loses a tie
			}
			if e.kind == "weak" {
				d += weakPenalty
			}
			if d < bestDist {
				bestDist = d
				best = foundCue{str: e.str, span: dyad.Span{Start: toks[i].Start, End: toks[end-1].End}}
			}
		}
		i = end
	}
	return best, best.str != ""
}

// cueAt returns the longest cue at token i that accepts unit class cls.
func (x *FactExtractor) cueAt(toks []dyad.Token, i int, cls uint8) *entry {
	for _, e := range x.lx.first[toks[i].Norm] {
		if e.role != rCue || e.classes&cls == 0 || i+len(e.toks) > len(toks) {
			continue
		}
		ok := true
		for k := 1; k < len(e.toks); k++ {
			if toks[i+k].Norm != e.toks[k] {
				ok = false
				break
			}
		}
		if ok {
			return e
		}
	}
	return nil
}

// period returns the date nearest to q in its sentence, or the document
// date at precision "document".
func period(doc *dyad.Document, q dyad.Quantity) (dyad.Date, dyad.Evidence) {
	best, bestDist := -1, 0
	for i, tm := range doc.Times {
		if tm.Sentence != q.Sentence || tm.Date.IsZero() || tm.Date.Begin.IsZero() {
			continue
		}
		d := 0
		switch {
		case tm.End <= q.Start:
			d = q.Start - tm.End
		case tm.Start >= q.End:
			d = tm.Start - q.End
		}
		if best < 0 || d < bestDist {
			best, bestDist = i, d
		}
	}
	if best >= 0 {
		tm := doc.Times[best]
		return tm.Date, dyad.EvidenceOf(doc.Text, tm.Span)
	}
	d := doc.Published
	d.Precision = dyad.PrecDocument
	return d, dyad.Evidence{}
}

// country is a country named in the document.
type country struct {
	code string
	m    int // index in doc.Actors
}

// countries returns the countries named in sentence s, in text order, one
// entry per country (its first mention). t picks time-bounded codes.
func (x *FactExtractor) countries(doc *dyad.Document, order []int, s int, t dyad.Date) []country {
	var out []country
	for _, i := range order {
		m := &doc.Actors[i]
		if m.Sentence != s {
			continue
		}
		c := x.countryOf(m, t)
		if c == "" || hasCountry(out, c) {
			continue
		}
		out = append(out, country{code: c, m: i})
	}
	return out
}

func (x *FactExtractor) countryOf(m *dyad.ActorMention, t dyad.Date) string {
	dc, ok := m.CodeAt(t.Mid())
	if !ok {
		return ""
	}
	c := dyad.Country(dc.Code)
	if len(c) < 3 || x.v.noncountry[c] {
		return ""
	}
	return c
}

func hasCountry(cs []country, code string) bool {
	for _, c := range cs {
		if c.code == code {
			return true
		}
	}
	return false
}

// actors picks the fact's countries in q's sentence as sp says, resolving
// "the two countries" to earlier ones when the sentence names too few.
func (x *FactExtractor) actors(doc *dyad.Document, q dyad.Quantity, toks []dyad.Token, sp spec, t dyad.Date) ([]string, []dyad.Evidence) {
	order := make([]int, len(doc.Actors))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return doc.Actors[order[a]].Start < doc.Actors[order[b]].Start })
	cs := x.countries(doc, order, q.Sentence, t)
	if sp.actors != "one" && len(cs) < 2 {
		cs = x.coref(doc, order, q.Sentence, toks, cs, t)
	}
	if len(cs) == 0 {
		return nil, nil
	}
	var pick []country
	switch {
	case sp.actors == "one":
		pick = []country{nearest(doc, cs, q)}
	case len(cs) >= 2:
		pick = cs[:2]
	default:
		pick = cs[:1]
	}
	codes := make([]string, len(pick))
	ev := make([]dyad.Evidence, len(pick))
	for i, c := range pick {
		codes[i] = c.code
		ev[i] = dyad.EvidenceOf(doc.Text, doc.Actors[c.m].Span)
	}
	return codes, ev
}

// nearest returns the country mentioned nearest before q, else the first
// one named after it.
func nearest(doc *dyad.Document, cs []country, q dyad.Quantity) country {
	best, bestEnd := -1, -1
	for i, c := range cs {
		for _, m := range doc.Actors {
			if m.Sentence == q.Sentence && m.End <= q.Start && m.End > bestEnd && sameCountry(m, c.code) {
				bestEnd, best = m.End, i
			}
		}
	}
	if best < 0 {
		return cs[0]
	}
	return cs[best]
}

func sameCountry(m dyad.ActorMention, code string) bool {
	for _, c := range m.Codes {
		if dyad.Country(c.Code) == code {
			return true
		}
	}
	return false
}
