package coder

import "github.com/dyadproject/dyad/dict"

// capture is what a pattern's actor slots matched: group indices or -1.
type capture struct {
	src, tgt, cmp int
	skips         [4]int
	nskip         int
}

// matcher matches a pattern against one clause in kept positions. The
// continuation of a match is a stack of frames rather than closures, so
// matching does not allocate.
type matcher struct {
	s      *sent
	k      *kept
	lo, hi int
	cap    capture
	score  int
	wt     int // weight of a literal character: 2, or 1 inside a synset
	frames []frame

	// the pattern being matched
	p          *cpattern
	vf, vl     int
	lowerStage bool
	got        capture
	gotScore   int
}

// frame is where to go on after an alternative ends.
type frame struct {
	el   []celem
	i    int
	wt   int
	next int
}

func (mt *matcher) norm(p int) string { return mt.s.words[mt.k.idx[p]].norm }

// clauseBreak reports whether kept word p is the conjunction of ", and"
// or ", but": "Carter froze Iranian assets, and Washington broke off
// diplomatic relations" is two clauses, and a gap in the first clause's
// pattern must not reach the second.
func (mt *matcher) clauseBreak(p int) bool {
	w := mt.norm(p)
	return (w == "AND" || w == "BUT") && p > 0 && mt.s.words[mt.k.idx[p-1]].comma
}

// seq matches el[i:] from position p, then the frames from k on. The
// first element is anchored at p when anchored is set; otherwise an
// element with a gap may skip words.
func (mt *matcher) seq(el []celem, i, p int, anchored bool, k int) bool {
	if i == len(el) {
		if k < 0 {
			return mt.done(p)
		}
		f := mt.frames[k]
		saved := mt.wt
		mt.wt = f.wt
		if mt.seq(f.el, f.i, p, false, f.next) {
			return true
		}
		mt.wt = saved
		return false
	}
	e := &el[i]
	gap := e.gap && !anchored
	for q := p; q < mt.hi; q++ {
		if q > p && !gap {
			break
		}
		if q > p && mt.s.c.Config.RelativeStop && (isRelative(mt.norm(q-1)) && !mt.thatTime(q-1) || mt.clauseBreak(q-1)) {
			break // gaps stay out of relative clauses and the next clause
		}
		switch e.kind {
		case dict.Lit:
			if matchWord(&e.w, mt.norm(q), false) {
				w := mt.wt * len(e.w.text)
				mt.score += w
				if mt.seq(el, i+1, q+1, false, k) {
					return true
				}
				mt.score -= w
			}
		case dict.Alt:
			saved := mt.wt
			mt.frames = append(mt.frames, frame{el: el, i: i + 1, wt: saved, next: k})
			fi := len(mt.frames) - 1
			ok := false
			for _, a := range e.alts {
				if e.syn {
					mt.wt = 1
				}
				if mt.seq(a, 0, q, true, fi) {
					ok = true
					break
				}
				mt.wt = saved
			}
			mt.frames = mt.frames[:fi]
			if ok {
				return true
			}
		case dict.Source, dict.Target, dict.Compound, dict.Skip:
			g := int(mt.k.gstart[q])
			if g < 0 && mt.norm(q) == "THE" && q+1 < mt.hi && mt.s.c.Config.Subordinate {
				// "the oil embargo against the United States": an
				// article before a name the dictionary writes without it
				g = int(mt.k.gstart[q+1])
			}
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
			last := mt.k.groups[g].last
			if mt.seq(el, i+1, last+1, false, k) {
				return true
			}
			if n := i + 1; n < len(el) && !el[n].gap && (el[n].kind == dict.Lit || el[n].kind == dict.Alt) && last > mt.k.groups[g].first {
				// "+ embassy" matches "the Iranian embassy" whether or
				// not the actor phrase took the word in as its agent
				if mt.seq(el, n, last, true, k) {
					return true
				}
			}
			mt.score--
			mt.cap = old
		}
	}
	return false
}

// done ends the upper part (which must reach the verb) or the lower part
// (which succeeds).
func (mt *matcher) done(p int) bool {
	if mt.lowerStage {
		mt.got, mt.gotScore = mt.cap, mt.score
		return true
	}
	if p != mt.vf && !(mt.p.starGap && p < mt.vf) {
		return false
	}
	mt.lowerStage = true
	ok := mt.seq(mt.p.lower, 0, mt.vl+1, false, -1)
	mt.lowerStage = false
	return ok
}

// mayMatch reports whether every word the pattern needs may be in the
// sentence; it rules most patterns of a large dictionary out cheaply.
func (s *sent) mayMatch(p *cpattern) bool {
	for _, h := range p.need {
		if s.bloom[h>>6]&(1<<(h&63)) == 0 {
			return false
		}
	}
	return true
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
	mt := &s.mt
	*mt = matcher{s: s, k: k, lo: lo, hi: hi, vf: vf, vl: vl, frames: mt.frames[:0]}
	for pi := range cv.patterns {
		p := &cv.patterns[pi]
		if !s.mayMatch(p) {
			continue
		}
		mt.p = p
		mt.cap = capture{src: -1, tgt: -1, cmp: -1}
		mt.score, mt.wt, mt.gotScore = 0, 2, -1
		if len(p.upper) == 0 {
			mt.lowerStage = true
			mt.seq(p.lower, 0, vl+1, false, -1)
			mt.lowerStage = false
		} else {
			for q := vf - 1; q >= lo && mt.gotScore < 0; q-- {
				mt.seq(p.upper, 0, q, true, -1)
			}
		}
		if mt.gotScore > bestScore {
			bestScore = mt.gotScore
			best = result{code: p.code, rule: p.rule, pat: p, cap: mt.got}
		}
	}
	return best
}

// thatTime reports whether kept word p is the "that" of a time ("imposed
// sanctions that week on Belarusian banks"), which opens no clause.
func (mt *matcher) thatTime(p int) bool {
	if mt.norm(p) != "THAT" || p+1 >= mt.hi {
		return false
	}
	switch mt.norm(p + 1) {
	case "DAY", "WEEK", "MONTH", "YEAR", "SPRING", "SUMMER", "AUTUMN", "WINTER", "MORNING", "AFTERNOON", "EVENING", "NIGHT",
		"JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST", "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER":
		return true
	}
	return false
}

// isRelative reports whether w opens a relative clause.
func isRelative(w string) bool {
	switch w {
	case "THAT", "WHICH", "WHO", "WHOM", "WHOSE", "WHERE":
		return true
	}
	return false
}
