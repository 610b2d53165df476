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
		case "pair", "dyad", "giver", "one", "place":
		default:
			return fmt.Errorf("actors %q: want pair, dyad, giver, one or place", f[1])
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

// check reports a cue whose indicator is outside the vocabulary.
func (v *vocab) check(lx *lexicon) error {
	for _, es := range lx.first {
		for _, e := range es {
			if e.role == rCue && e.str != "-" && !strings.HasPrefix(e.str, "other:") {
				if _, ok := v.specs[e.str]; !ok {
					return fmt.Errorf("indicators.txt: cue %q names %q, which is not in vocabulary.txt", strings.Join(e.toks, " "), e.str)
				}
			}
		}
	}
	return nil
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
			if err = v.check(lx); err == nil {
				return &FactExtractor{MaxCueDistance: 20, lx: lx, v: v}
			}
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
	prev := prevCue{sentence: -1, periodSentence: -1}
	for _, q := range doc.Quantities {
		if q.Sentence < 0 || q.Sentence >= len(doc.Sentences) {
			return fmt.Errorf("quantity %q names sentence %d of %d", q.In(doc.Text), q.Sentence, len(doc.Sentences))
		}
		if f, ok := x.fact(doc, q, &prev); ok {
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

func (x *FactExtractor) fact(doc *dyad.Document, q dyad.Quantity, prev *prevCue) (dyad.Fact, bool) {
	toks := doc.SentenceTokens(q.Sentence)
	cue, ok := x.cue(toks, q, prev)
	if !ok {
		return dyad.Fact{}, false
	}
	indicator := cue.str
	sp := x.v.spec(indicator)
	period, pev := period(doc, toks, q, prev)
	actors, aev := x.actors(doc, q, cue, toks, sp, period)
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

// period returns the period of q: the nearest date of its clause (no
// punctuation between them); else the date that an earlier figure of the
// sentence took from its own clause ("$130 billion in 2018, while imports
// were $70 billion"); else the nearest date of the sentence; else the
// document date at precision "document".
func period(doc *dyad.Document, toks []dyad.Token, q dyad.Quantity, st *prevCue) (dyad.Date, dyad.Evidence) {
	if st.periodSentence != q.Sentence {
		st.periodSentence, st.period = q.Sentence, -1
	}
	best, bestDist, local := -1, 0, false
	for i, tm := range doc.Times {
		if tm.Sentence != q.Sentence || tm.Date.Begin.IsZero() {
			continue
		}
		d, a, b := 0, tm.End, q.Start
		if tm.Start >= q.End {
			d, a, b = tm.Start-q.End, q.End, tm.Start
		} else if tm.End <= q.Start {
			d = q.Start - tm.End
		}
		l := !punctIn(toks, a, b)
		if best < 0 || (l && !local) || (l == local && d < bestDist) {
			best, bestDist, local = i, d, l
		}
	}
	switch {
	case local:
		if st.period < 0 {
			st.period = best
		}
	case st.period >= 0:
		best = st.period
	}
	if best >= 0 {
		tm := doc.Times[best]
		return tm.Date, dyad.EvidenceOf(doc.Text, tm.Span)
	}
	d := doc.Published
	d.Precision = dyad.PrecDocument
	return d, dyad.Evidence{}
}

// punctIn reports whether a clause-breaking punctuation token lies in the
// byte range [a, b).
func punctIn(toks []dyad.Token, a, b int) bool {
	for _, t := range toks {
		if t.Start >= a && t.End <= b && isClauseBreak(t.Norm) {
			return true
		}
	}
	return false
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
func (x *FactExtractor) actors(doc *dyad.Document, q dyad.Quantity, cue foundCue, toks []dyad.Token, sp spec, t dyad.Date) ([]string, []dyad.Evidence) {
	order := make([]int, len(doc.Actors))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return doc.Actors[order[a]].Start < doc.Actors[order[b]].Start })
	cs := x.countries(doc, order, q.Sentence, t)
	single := sp.actors == "one" || sp.actors == "place"
	if !single && len(cs) < 2 {
		cs = x.coref(doc, order, q.Sentence, toks, cs, t)
	}
	if len(cs) == 0 {
		return nil, nil
	}
	var pick []country
	switch {
	case sp.actors == "place":
		c, ok := place(doc, toks, cs, q, cue)
		if !ok {
			return nil, nil
		}
		pick = []country{c}
	case single:
		c, ok := nearest(doc, toks, cs, q, cue)
		if !ok {
			return nil, nil
		}
		pick = []country{c}
	case len(cs) >= 2:
		pick = []country{cs[0], cs[1]}
		if sp.actors == "giver" && afterWord(toks, doc.Actors[cs[1].m].Start, "FROM", "BY") {
			pick[0], pick[1] = pick[1], pick[0] // "a loan to Pakistan from the IMF"
		}
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

// place returns the country of a figure of harm: one named inside the
// figure ("Twenty Indian soldiers"); else one named after it behind "in",
// "at", "near" or "across" ("killed three civilians in India's Poonch
// district"); else the country nearest before it, as for one-country
// figures.
func place(doc *dyad.Document, toks []dyad.Token, cs []country, q dyad.Quantity, cue foundCue) (country, bool) {
	best, bestStart := -1, 0
	for i, c := range cs {
		for _, m := range doc.Actors {
			if m.Sentence != q.Sentence || !sameCountry(m, c.code) || (best >= 0 && m.Start >= bestStart) {
				continue
			}
			if q.Contains(m.Span) || (m.Start >= q.End && afterWord(toks, m.Start, "IN", "AT", "NEAR", "ACROSS")) {
				best, bestStart = i, m.Start
			}
		}
	}
	if best >= 0 {
		return cs[best], true
	}
	return nearest(doc, toks, cs, q, cue)
}

// afterWord reports whether the token before byte offset at, past a
// "the", is one of words.
func afterWord(toks []dyad.Token, at int, words ...string) bool {
	k := -1
	for i, t := range toks {
		if t.End <= at {
			k = i
		}
	}
	if k > 0 && toks[k].Norm == "THE" {
		k--
	}
	if k < 0 {
		return false
	}
	for _, w := range words {
		if toks[k].Norm == w {
			return true
		}
	}
	return false
}

// nearest returns the country of a one-country figure: one named just
// before the number ("India's $2.7 trillion"); else the one named nearest
// before its cue when the cue comes first and no other figure stands
// between them ("Indian exports to China rose 15 percent"); else the one
// nearest before the number; else the first one named after it.
func nearest(doc *dyad.Document, toks []dyad.Token, cs []country, q dyad.Quantity, cue foundCue) (country, bool) {
	before := func(at, from int) int {
		best, bestEnd := -1, -1
		for i, c := range cs {
			for _, m := range doc.Actors {
				if m.Sentence == q.Sentence && m.End <= at && m.Start >= from && m.End > bestEnd && sameCountry(m, c.code) {
					bestEnd, best = m.End, i
				}
			}
		}
		return best
	}
	// "India's $2.7 trillion": the mention and its 's are the two tokens
	// before the number.
	from := q.Start
	for k := len(toks) - 1; k >= 0; k-- {
		if toks[k].End <= q.Start {
			from = toks[k].Start
			if k > 0 && toks[k].Norm == "'S" {
				from = toks[k-1].Start
			}
			break
		}
	}
	if i := before(q.Start, from); i >= 0 {
		return cs[i], true
	}
	if cue.span.End <= q.Start && !figureBetween(doc, q, cue.span.End) {
		if i := before(cue.span.Start, 0); i >= 0 {
			return cs[i], true
		}
	}
	if i := before(q.Start, 0); i >= 0 {
		return cs[i], true
	}
	// The first country after the number, unless a clause break stands
	// between them: in "growth will slow to 3.3 percent, the IMF said"
	// the IMF is the speaker, not the economy.
	for i, c := range cs {
		m := doc.Actors[c.m]
		if m.Start >= q.End && !punctIn(toks, q.End, m.Start) {
			return cs[i], true
		}
	}
	return country{}, false
}

// figureBetween reports whether another quantity of q's sentence lies
// between byte offset from and q.
func figureBetween(doc *dyad.Document, q dyad.Quantity, from int) bool {
	for _, o := range doc.Quantities {
		if o.Sentence == q.Sentence && o.Start >= from && o.End <= q.Start {
			return true
		}
	}
	return false
}

func sameCountry(m dyad.ActorMention, code string) bool {
	for _, c := range m.Codes {
		if dyad.Country(c.Code) == code {
			return true
		}
	}
	return false
}
