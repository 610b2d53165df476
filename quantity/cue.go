package quantity

import "github.com/dyadproject/dyad"

// weakPenalty is the distance in tokens added to a weak cue, and
// weakReach the furthest a weak cue may stand from its number.
const (
	weakPenalty = 6
	weakReach   = 4
)

// foundCue is an indicator cue found in a sentence.
type foundCue struct {
	str  string
	span dyad.Span
}

// prevCue remembers where the previous quantity of a sentence ended and
// where its cue began, both as token indexes in the sentence.
// It also keeps the period the sentence's figures share.
type prevCue struct {
	sentence int
	end      int
	cue      int // -1 when it had none

	periodSentence int
	period         int // index in doc.Times of the first clause date, or -1
}

// cue returns the indicator cue of q, or false. A figure that continues
// the one before it ("up from $84 billion", "15 percent to $18.8
// billion") keeps that figure's cue. Otherwise the nearest cue that
// accepts q's unit wins; a cue before the number wins a tie, and a cue
// after it counts only when no punctuation lies between them and, after
// "percent of", not at all ("40 percent of India's imports" is a share).
func (x *FactExtractor) cue(toks []dyad.Token, q dyad.Quantity, prev *prevCue) (foundCue, bool) {
	qs, qe := -1, -1 // token range of the quantity
	for i, t := range toks {
		if qs < 0 && t.End > q.Start {
			qs = i
		}
		if t.Start < q.End {
			qe = i + 1
		}
	}
	cls := unitClass(q.Unit)
	if qs < 0 || cls == 0 {
		return foundCue{}, false
	}
	at := -1
	defer func() { prev.sentence, prev.end, prev.cue = q.Sentence, qe, at }()

	if prev.sentence == q.Sentence && prev.cue >= 0 && prev.end <= qs && x.linked(toks, prev.end, qs) {
		if e := x.cueAt(toks, prev.cue, cls); e != nil && e.str != "-" {
			at = prev.cue
			return x.found(toks, at, e), true
		}
	}
	share := (cls == cPercent || cls == cPoint) && qe < len(toks) && toks[qe].Norm == "OF"
	var best *entry
	bestDist := x.MaxCueDistance + 1
	for i := 0; i < len(toks); {
		e := x.cueAt(toks, i, cls)
		if e == nil {
			i++
			continue
		}
		end := i + len(e.toks)
		if e.str != "-" {
			d, ok := 0, true
			switch {
			case end <= qs:
				d = qs - end
			case i >= qe:
				d = i - qe + 1 // after the number: loses a tie
				ok = !share
				if punctBetween(toks, qe, i) {
					d += x.MaxCueDistance
				}
			}
			if e.kind == "weak" {
				ok = ok && d <= weakReach
				d += weakPenalty
			}
			if ok && d < bestDist {
				best, bestDist, at = e, d, i
			}
		}
		i = end
	}
	if best == nil {
		return foundCue{}, false
	}
	return x.found(toks, at, best), true
}

func (x *FactExtractor) found(toks []dyad.Token, i int, e *entry) foundCue {
	return foundCue{str: e.str, span: dyad.Span{Start: toks[i].Start, End: toks[i+len(e.toks)-1].End}}
}

// linked reports whether tokens [a, b) are all linking words.
func (x *FactExtractor) linked(toks []dyad.Token, a, b int) bool {
	for i := a; i < b; i++ {
		if x.lx.match(toks, i, rLink) == nil {
			return false
		}
	}
	return true
}

func punctBetween(toks []dyad.Token, a, b int) bool {
	for i := a; i < b; i++ {
		if isClauseBreak(toks[i].Norm) {
			return true
		}
	}
	return false
}

func isClauseBreak(norm string) bool {
	switch norm {
	case ",", ";", ":", "(", ")", "\u2014", "\u2013":
		return true
	}
	return false
}

// cueAt returns the longest cue at token i that accepts unit class cls.
func (x *FactExtractor) cueAt(toks []dyad.Token, i int, cls uint8) *entry {
	for _, e := range x.lx.get(toks[i].Norm) {
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
