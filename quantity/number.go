package quantity

import (
	"math"
	"strings"

	"github.com/dyadproject/dyad"
)

// number reads a number at token j: digits ("5,000", "4.5bn") or words
// ("two hundred", "a dozen", "hundreds of").
func (p *parser) number(j int) (number, bool) {
	if j < 0 || j >= len(p.toks) {
		return number{}, false
	}
	t := p.toks[j]
	if t.Kind != dyad.Number && !startsDigit(t.Norm) {
		return p.words(j)
	}
	s := t.Norm
	d := 0
	for d < len(s) && (isDigit(s[d]) || s[d] == ',' || s[d] == '.') {
		d++
	}
	digits, suffix := s[:d], s[d:]
	v, ok := parseDigits(digits)
	if !ok {
		return number{}, false
	}
	n := number{val: v, end: j + 1, scale: 1}
	if suffix != "" {
		if e := p.lx.word(suffix, rScale); e != nil {
			n.scale = e.val
			return n, true
		}
		if e := p.lx.word(suffix, rUnit); e != nil {
			n.unit, n.scale = e.str, e.val // "7.2pc"
			return n, true
		}
		return number{}, false // "1990s", "3rd", "5km", "09:15", "28/02"
	}
	if len(digits) > 1 && digits[0] == '0' && digits[1] != '.' && digits[1] != ',' {
		return number{trap: true, end: j + 1}, true // "0100": a code or a phone number
	}
	if end := p.hyphenChain(j); end > 0 {
		return number{trap: true, end: end}, true // "555-123-4567"
	}
	plain := strings.IndexByte(digits, ',') < 0 && strings.IndexByte(digits, '.') < 0
	n.year = plain && len(digits) == 4 && v >= 1800 && v <= 2100
	n.short = plain && len(digits) <= 2
	return n, true
}

// hyphenChain returns the end of three or more numbers joined by hyphens
// without spaces, as phone numbers are written, or 0.
func (p *parser) hyphenChain(j int) int {
	toks := p.toks
	n, k := 1, j
	for k+2 < len(toks) && toks[k+1].Norm == "-" && toks[k].End == toks[k+1].Start &&
		toks[k+1].End == toks[k+2].Start && toks[k+2].Kind == dyad.Number {
		n++
		k += 2
	}
	if n >= 3 {
		return k + 1
	}
	return 0
}

// words reads a number written in words.
func (p *parser) words(j int) (number, bool) {
	toks := p.toks
	if e := p.match(j, rNumber); e != nil && e.kind == "approx" {
		return number{val: e.val, end: j + len(e.toks), scale: 1, word: true, qual: e.str}, true
	}
	cur, k, last := 0.0, j, ""
loop:
	for k < len(toks) {
		t := toks[k]
		var e *entry
		kind, val, width := "", 0.0, 1
		if h := strings.IndexByte(t.Norm, '-'); h > 0 {
			// "twenty-five"
			a, b := p.lx.word(t.Norm[:h], rNumber), p.lx.word(t.Norm[h+1:], rNumber)
			if a == nil || b == nil || a.kind != "tens" || b.kind != "unit" || b.val >= 10 {
				break
			}
			kind, val = "tens", a.val+b.val
		} else if e = p.match(k, rNumber); e != nil {
			kind, val, width = e.kind, e.val, len(e.toks)
		} else {
			break
		}
		switch kind {
		case "approx":
			break loop
		case "article":
			if last != "" || !p.multiplierAt(k+1) {
				break loop
			}
			cur = 1
		case "unit":
			if last == "unit" || last == "article" || (last == "tens" && val >= 10) {
				break loop
			}
			cur += val
		case "tens":
			if last == "unit" || last == "tens" {
				break loop
			}
			cur += val
		case "mult":
			if cur == 0 {
				cur = 1
			}
			cur *= val
		}
		last = kind
		k += width
		if kind == "mult" && p.is(k, "AND") {
			if e := p.match(k+1, rNumber); e != nil && (e.kind == "unit" || e.kind == "tens") {
				k++ // "one hundred and twenty"
			}
		}
	}
	if last == "" || last == "article" {
		return number{}, false
	}
	return number{val: cur, end: k, scale: 1, word: true}, true
}

// multiplierAt reports whether token k is "hundred", "dozen" or a scale,
// the words that may follow "a".
func (p *parser) multiplierAt(k int) bool {
	if e := p.match(k, rNumber); e != nil && e.kind == "mult" {
		return true
	}
	e := p.match(k, rScale)
	return e != nil && len(e.toks[0]) > 1
}

// noun reads what a number counts at token k. trusted is true for nouns
// of the built-in list right after the number.
func (p *parser) noun(k int) (noun string, end int, trusted bool) {
	toks := p.toks
	if e := p.match(k, rCount); e != nil {
		return e.str, k + len(e.toks), true
	}
	if e := p.match(k, rCasualty); e != nil {
		return e.str, k + len(e.toks), true
	}
	// "5,000 Indian troops", "21 new infrastructure projects"
	for m := 1; m <= 2 && k+m < len(toks); m++ {
		if toks[k+m-1].Kind != dyad.Word || p.match(k+m-1, rTrapAfter) != nil {
			break
		}
		if e := p.match(k+m, rCount); e != nil {
			return e.str, k + m + len(e.toks), false
		}
	}
	if k < len(toks) {
		t := toks[k]
		w := p.text[t.Start:t.End]
		if t.Kind == dyad.Word && len(w) >= 4 && w[len(w)-1] == 's' && 'a' <= w[0] && w[0] <= 'z' &&
			p.lx.word(t.Norm, rNotPlural) == nil && w[len(w)-2] != '\'' {
			return w, k + 1, false
		}
	}
	return "", k, false
}

// casualty returns the casualty word before the quantity at start ("killed
// 20 people") or after its end k, past auxiliaries ("20 people were
// killed").
func (p *parser) casualty(start, k int) string {
	toks := p.toks
	for n := 1; n <= 2 && start-n >= 0; n++ {
		if e := p.match(start-n, rCasualty); e != nil && len(e.toks) == n {
			return e.str
		}
	}
	for aux := 0; aux <= 3 && k < len(toks); aux++ {
		if e := p.match(k, rCasualty); e != nil {
			return e.str
		}
		if p.match(k, rAux) == nil {
			break
		}
		k++
	}
	return ""
}

// rank reads a rank at token i: "third-largest", "3rd biggest", or a bare
// superlative after a possessive ("the world's largest"), which is 1.
func (p *parser) rank(i int) (q dyad.Quantity, next int, ok bool) {
	toks := p.toks
	t := toks[i]
	val, end := 0.0, i+1
	if h := strings.IndexByte(t.Norm, '-'); h > 0 {
		if v := p.ordinal(t.Norm[:h]); v > 0 && p.lx.word(t.Norm[h+1:], rSuper) != nil {
			val = v
		}
	}
	if val == 0 {
		if v := p.ordinal(t.Norm); v > 0 {
			if e := p.match(i+1, rSuper); e != nil {
				val, end = v, i+1+len(e.toks)
			}
		} else if e := p.match(i, rSuper); e != nil && p.is(i-1, "'S") {
			val, end = 1, i+len(e.toks)
		}
	}
	if val == 0 {
		return q, i + 1, false
	}
	noun := ""
	if end < len(toks) && toks[end].Kind == dyad.Word {
		w := p.text[toks[end].Start:toks[end].End]
		if 'a' <= w[0] && w[0] <= 'z' {
			noun = w
		}
	}
	return p.span(i, end, val, 0, "rank", "", noun), end, true
}

// ordinal returns the value of "third" or "3rd", or 0.
func (p *parser) ordinal(s string) float64 {
	if e := p.lx.word(s, rOrdinal); e != nil {
		return e.val
	}
	d := 0
	for d < len(s) && isDigit(s[d]) {
		d++
	}
	if d == 0 || d > 3 {
		return 0
	}
	switch s[d:] {
	case "ST", "ND", "RD", "TH":
		v, _ := parseDigits(s[:d])
		return v
	}
	return 0
}

// parseDigits parses digits with thousands separators and at most one
// decimal point ("5,000", "5,00,000", "4.5") without allocating. The
// digits are read as an integer and divided by a power of ten once, so
// "2.95" is the float nearest 2.95.
func parseDigits(s string) (float64, bool) {
	if s == "" || !isDigit(s[0]) || !isDigit(s[len(s)-1]) {
		return 0, false
	}
	v, frac, decimals := 0.0, false, 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case isDigit(c):
			v = v*10 + float64(c-'0')
			if frac {
				decimals++
			}
		case c == '.':
			if frac {
				return 0, false // "1.2.3" is a version or a date
			}
			frac = true
		case c == ',':
			if frac {
				return 0, false
			}
		default:
			return 0, false
		}
	}
	if decimals > 0 {
		v /= math.Pow10(decimals)
	}
	if math.IsInf(v, 0) || math.IsNaN(v) {
		return 0, false
	}
	return v, true
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func startsDigit(s string) bool { return s != "" && isDigit(s[0]) }
