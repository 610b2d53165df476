package coder

import "github.com/dyadproject/dyad/dict"

// capture is what a pattern's actor slots matched: group indices or -1.
type capture struct {
	src, tgt, cmp int
	skips         [4]int
	nskip         int
}

// matcher matches a pattern against one clause in kept positions.
type matcher struct {
	s      *sent
	k      *kept
	lo, hi int
	cap    capture
	score  int
	wt     int // weight of a literal character: 2, or 1 inside a synset
}

func (mt *matcher) norm(p int) string { return mt.s.words[mt.k.idx[p]].norm }

// seq matches el[i:] from position p. The first element is anchored at p
// when anchored is set; otherwise an element with a gap may skip words.
// cont is called with the position after the match and decides success.
func (mt *matcher) seq(el []celem, i, p int, anchored bool, cont func(int) bool) bool {
	if i == len(el) {
		return cont(p)
	}
	e := &el[i]
	gap := e.gap && !anchored
	for q := p; q < mt.hi; q++ {
		if q > p && !gap {
			break
		}
		switch e.kind {
		case dict.Lit:
			if matchWord(&e.w, mt.norm(q), false) {
				w := mt.wt * len(e.w.text)
				mt.score += w
				if mt.seq(el, i+1, q+1, false, cont) {
					return true
				}
				mt.score -= w
			}
		case dict.Alt:
			for _, a := range e.alts {
				saved := mt.wt
				if e.syn {
					mt.wt = 1
				}
				ok := mt.seq(a, 0, q, true, func(r int) bool {
					inner := mt.wt
					mt.wt = saved
					if mt.seq(el, i+1, r, false, cont) {
						return true
					}
					mt.wt = inner
					return false
				})
				mt.wt = saved
				if ok {
					return true
				}
			}
		case dict.Source, dict.Target, dict.Compound, dict.Skip:
			g := int(mt.k.gstart[q])
			if g < 0 || e.kind == dict.Compound && len(mt.k.groups[g].ms) < 2 {
				continue
			}
			old := mt.cap
			switch e.kind {
			case dict.Source:
				mt.cap.src = g
			case dict.Target:
				mt.cap.tgt = g
			case dict.Compound:
				mt.cap.cmp = g
			case dict.Skip:
				if mt.cap.nskip < len(mt.cap.skips) {
					mt.cap.skips[mt.cap.nskip] = g
					mt.cap.nskip++
				}
			}
			mt.score++
			if mt.seq(el, i+1, mt.k.groups[g].last+1, false, cont) {
				return true
			}
			mt.score--
			mt.cap = old
		}
	}
	return false
}

// result is the outcome of matching a verb's patterns.
type result struct {
	code string
	rule string
	pat  *cpattern
	cap  capture
}

// matchVerb tries every pattern of verb v found at kept positions vf..vl
// in clause [lo, hi) and returns the best: the most words matched, the
// first in the dictionary on a tie; else the verb's own code.
func (s *sent) matchVerb(k *kept, v int32, vf, vl, lo, hi int) result {
	cv := &s.c.vbs[v]
	best := result{code: cv.code, rule: cv.rule, cap: capture{src: -1, tgt: -1, cmp: -1}}
	bestScore := -1
	mt := &matcher{s: s, k: k, lo: lo, hi: hi}
	for pi := range cv.patterns {
		p := &cv.patterns[pi]
		mt.cap = capture{src: -1, tgt: -1, cmp: -1}
		mt.score, mt.wt = 0, 2
		var got capture
		gotScore := -1
		lower := func() bool {
			return mt.seq(p.lower, 0, vl+1, false, func(int) bool {
				got, gotScore = mt.cap, mt.score
				return true
			})
		}
		if len(p.upper) == 0 {
			lower()
		} else {
			for q := vf - 1; q >= lo && gotScore < 0; q-- {
				mt.seq(p.upper, 0, q, true, func(e int) bool {
					if e == vf || p.starGap && e < vf {
						return lower()
					}
					return false
				})
			}
		}
		if gotScore > bestScore {
			bestScore = gotScore
			best = result{code: p.code, rule: p.rule, pat: p, cap: got}
		}
	}
	return best
}
