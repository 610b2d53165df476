// Package quantity owns the quantity and fact layers: it recognises money,
// percentages, counts, casualties, ranks and factors in sentence tokens
// and normalises them into dyad.Quantity (Recognizer); it turns quantities
// into facts tied to countries and periods (FactExtractor); and it ties
// facts to the coded events whose value they are (TieEvents).
//
// The grammar is written by hand over the segmenter's tokens and every word
// list it uses (currencies, scales, number words, qualifiers, counted nouns,
// traps, indicator cues) is an embedded data file under data/. The rules
// are described in docs/quantities.md.
package quantity

import (
	"context"
	"math"
	"strings"

	"github.com/dyadproject/dyad"
)

// Recognizer adds the Quantities layer.
type Recognizer struct {
	lx *lexicon
}

// New returns a Recognizer with the built-in word lists. It panics if the
// embedded data is malformed, which the package tests rule out.
func New() *Recognizer {
	lx, err := loadLexicon()
	if err != nil {
		panic("quantity: built-in data: " + err.Error())
	}
	return &Recognizer{lx: lx}
}

// Name names the stage in errors.
func (r *Recognizer) Name() string { return "quantity" }

// Annotate replaces doc's Quantities with those found in its sentences.
func (r *Recognizer) Annotate(_ context.Context, doc *dyad.Document) error {
	if len(doc.Sentences) == 0 && strings.TrimSpace(doc.Text) != "" {
		return &dyad.MissingLayerError{Layer: "sentences"}
	}
	doc.Quantities = doc.Quantities[:0]
	for i, s := range doc.Sentences {
		if s.FirstToken < 0 || s.EndToken > len(doc.Tokens) || s.FirstToken > s.EndToken {
			return &dyad.MissingLayerError{Layer: "tokens"}
		}
		doc.Quantities = r.Recognize(doc.Quantities, doc.Text, doc.Tokens[s.FirstToken:s.EndToken], i)
	}
	return nil
}

// Recognize appends to dst the quantities in the tokens of one sentence of
// text, numbering them with sentence.
func (r *Recognizer) Recognize(dst []dyad.Quantity, text string, toks []dyad.Token, sentence int) []dyad.Quantity {
	p := parser{lx: r.lx, text: text, toks: toks, cached: -1}
	for i := 0; i < len(toks); {
		q, next, ok := p.at(i)
		if ok && finite(q.Value) && finite(q.ValueMax) {
			q.Sentence = sentence
			dst = append(dst, q)
			p.prev, p.prevEnd = q, next
		}
		if next <= i {
			next = i + 1
		}
		i = next
	}
	return dst
}

func finite(f float64) bool { return !math.IsNaN(f) && !math.IsInf(f, 0) }

// parser scans one sentence's tokens.
type parser struct {
	lx   *lexicon
	text string
	toks []dyad.Token

	// prev is the sentence's last quantity and prevEnd the token after it.
	prev    dyad.Quantity
	prevEnd int

	cached int // token index whose entries cache holds; -1 for none
	cache  []*entry
}

// number is a parsed number: its value, the token after it, and what kind
// of number it was.
type number struct {
	val   float64
	end   int
	scale float64 // a scale glued to the digits ("4.5bn"), else 1
	word  bool    // written in words
	qual  string  // qualifier implied by a vague plural ("hundreds of")
	year  bool    // four digits that could be a year
	short bool    // one or two digits with no separator ("2010-11")
	trap  bool    // not a quantity; end is where scanning goes on
	unit  string  // a unit glued to the digits ("7.2pc"); scale is its factor
}

// at tries to read a quantity starting at token i. It returns the token
// after what it consumed; when ok is false that may skip a whole trap such
// as a phone number.
func (p *parser) at(i int) (q dyad.Quantity, next int, ok bool) {
	toks := p.toks
	t := toks[i]
	if t.Kind != dyad.Number && !startsDigit(t.Norm) && !p.lx.mayStart(t.Norm) && strings.IndexByte(t.Norm, '-') <= 0 {
		return q, i + 1, false
	}
	start, j := i, i
	qual, between := "", false
	if e := p.match(j, rQual); e != nil {
		if e.str == "between" {
			between = true
		} else {
			qual = e.str
		}
		j += len(e.toks)
	}
	if e := p.match(j, rMult); e != nil && !between && (e.kind != "qualified" || qual != "") {
		end := j + len(e.toks)
		return p.span(start, end, e.val, 0, "factor", qual, ""), end, true
	}
	cur := ""
	if e := p.glued(j, rCurPrefix); e != nil && j+len(e.toks) < len(toks) {
		cur = e.str
		j += len(e.toks)
	}
	n, ok := p.number(j)
	if !ok {
		if j == start {
			return p.rank(i)
		}
		return q, i + 1, false
	}
	if n.trap { // a trap that swallows tokens, such as a phone number
		return q, n.end, false
	}
	if qual == "" {
		qual = n.qual
	}
	k := n.end
	scale := n.scale
	k, scale = p.scales(k, scale, n.word)
	value, max := n.val*scale, 0.0

	// A range: "400-600 million", "$1.5-2 billion", "between 3 and 5".
	if k+1 < len(toks) {
		sep := toks[k].Norm
		if sep == "-" || sep == "\u2013" || sep == "\u2014" || (sep == "TO" && !p.is(start-1, "FROM")) || (sep == "AND" && between) {
			k2 := k + 1
			if e := p.glued(k2, rCurPrefix); e != nil && (cur == "" || e.str == cur) {
				cur = e.str
				k2 += len(e.toks)
			}
			if n2, ok := p.number(k2); ok && !n2.trap && n2.qual == "" {
				if n.year && cur == "" && (n2.year || n2.short) {
					return q, n2.end, false // "2010-11", "1994 to 1998"
				}
				e2, s2 := p.scales(n2.end, n2.scale, n2.word)
				if scale == 1 && s2 != 1 {
					value = n.val * s2
				}
				if m := n2.val * s2; m > value {
					max, k = m, e2
				}
			}
		}
	}

	unit, noun := cur, ""
	if unit == "" && n.unit != "" {
		unit = n.unit
	}
	if unit == "" {
		if e := p.match(k, rCurSuffix); e != nil {
			unit = e.str
			k += len(e.toks)
		}
	}
	if unit == "" {
		if e := p.match(k, rUnit); e != nil {
			unit = e.str
			value *= e.val
			max *= e.val
			k += len(e.toks)
		}
	}
	if unit == "" {
		// A count: traps first, for they look like counts ("10 years").
		if p.trapped(start, j, k, n, qual != "") {
			return q, k, false
		}
		if p.match(k, rTrapAfter) != nil {
			return q, k, false
		}
		var trusted bool
		noun, k, trusted = p.noun(k)
		if c := p.casualty(start, k); c != "" {
			noun = c
			trusted = true
		}
		if n.year && !trusted {
			return q, k, false
		}
		unit = "count"
		if noun == "" {
			if u, nn, ok := p.continued(start); ok {
				unit, noun = u, nn // "from 2.5 million barrels a day to under 500,000"
			} else if scale == 1 {
				return q, k, false
			}
		}
	}
	if qual == "" && p.is(k, "OR") && p.is(k+1, "MORE") {
		qual = "at_least"
		k += 2
	}
	return p.span(start, k, value, max, unit, qual, noun), k, true
}

// entries returns the lexicon phrases that start at token i. The parser
// asks about the same token several times in a row, so it keeps the last
// answer; numbers start no phrase and skip the lookup.
func (p *parser) entries(i int) []*entry {
	if i < 0 || i >= len(p.toks) {
		return nil
	}
	if i == p.cached {
		return p.cache
	}
	t := p.toks[i]
	var es []*entry
	if t.Kind != dyad.Number && !startsDigit(t.Norm) {
		es = p.lx.get(t.Norm)
	}
	p.cached, p.cache = i, es
	return es
}

func (p *parser) match(i int, r role) *entry {
	return p.lx.matchAt(p.entries(i), p.toks, i, r, false)
}

func (p *parser) glued(i int, r role) *entry {
	return p.lx.matchAt(p.entries(i), p.toks, i, r, true)
}

// continued returns the unit and noun of the sentence's previous
// quantity when the number at start continues it: "to", "from", "and",
// "or", "against" or "versus" stands just before the number, the previous
// quantity ended at most four tokens earlier and no clause break lies
// between them.
func (p *parser) continued(start int) (unit, noun string, ok bool) {
	if p.prev.Unit == "" || p.prev.Unit == "rank" || p.prev.Unit == "factor" || start == 0 || start-p.prevEnd > 4 || start <= p.prevEnd {
		return "", "", false
	}
	switch p.toks[start-1].Norm {
	case "TO", "FROM", "AND", "OR", "AGAINST", "VERSUS":
	default:
		return "", "", false
	}
	for i := p.prevEnd; i < start; i++ {
		if isClauseBreak(p.toks[i].Norm) {
			return "", "", false
		}
	}
	return p.prev.Unit, p.prev.Noun, true
}

func (p *parser) span(start, end int, v, max float64, unit, qual, noun string) dyad.Quantity {
	return dyad.Quantity{
		Span:  dyad.Span{Start: p.toks[start].Start, End: p.toks[end-1].End},
		Value: v, ValueMax: max, Unit: unit, Qualifier: qual, Noun: noun,
	}
}

func (p *parser) is(i int, norm string) bool {
	return i >= 0 && i < len(p.toks) && p.toks[i].Norm == norm
}

// scales multiplies scale by the scale words from token k on ("1.5 lakh
// crore"). One-letter scales ("m", "k") count only glued to digits.
func (p *parser) scales(k int, scale float64, word bool) (int, float64) {
	for k < len(p.toks) {
		e := p.match(k, rScale)
		if e == nil || len(e.toks[0]) == 1 || (strings.HasSuffix(e.toks[len(e.toks)-1], "OF") && !word) {
			break
		}
		scale *= e.val
		k += len(e.toks)
	}
	return k, scale
}

// trapped reports whether the number at tokens [start, k) is a date, a
// name, a code or a reference rather than a count. j is where the number
// itself begins, after any qualifier.
func (p *parser) trapped(start, j, k int, n number, qualified bool) bool {
	toks := p.toks
	if p.lx.endsAt(toks, j, rMonth) || p.match(n.end, rMonth) != nil {
		return true // "June 2", "2 June"
	}
	if qualified {
		return false
	}
	if p.lx.endsAt(toks, start, rTrapBefore) {
		return true // "Resolution 242", "Flight 1549", "call 555"
	}
	if n.word && p.lx.endsAt(toks, start, rGroup) {
		return true // "the two countries"
	}
	if n.year && p.lx.endsAt(toks, start, rYearBefore) {
		return true // "in 2018 people voted", "since 2014 troops"
	}
	if start > 0 {
		pt := toks[start-1]
		if pt.Kind == dyad.Word && start-1 > 0 && p.capital(pt) && len(p.entries(start-1)) == 0 {
			return true // "Boeing 747", "Agni 5"
		}
		if pt.Norm == "(" && pt.End == toks[start].Start && p.is(k, ")") {
			return true // "(202)"
		}
	}
	return false
}

// capital reports whether a token was written with a capital letter.
func (p *parser) capital(t dyad.Token) bool {
	c := p.text[t.Start]
	return 'A' <= c && c <= 'Z'
}
