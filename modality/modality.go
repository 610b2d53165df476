// Package modality marks each coded event as asserted, planned, negated,
// hypothetical or reported, from cue phrases (cues.txt) in the event's
// clause or sentence. Planned, negated and hypothetical events did not (or
// not yet) happen, and timelines do not count them.
package modality

import (
	"bufio"
	"context"
	_ "embed"
	"fmt"
	"strings"

	"github.com/dyadproject/dyad"
)

//go:embed cues.txt
var cuesTXT string

type cue struct {
	kind     dyad.Modality
	sentence bool     // scope is the whole sentence
	after    bool     // scope is the predicate after an event noun
	words    []string // upper case; "..." is a gap
	exact    []int    // indexes of words that must match the text's case exactly
	rank     int
}

// Marker is the modality stage.
type Marker struct {
	byFirst map[string][]cue
}

var kindRank = map[dyad.Modality]int{dyad.Negated: 0, dyad.Hypothetical: 1, dyad.Planned: 2, dyad.Reported: 3}

// New parses the built-in cue list.
func New() (*Marker, error) {
	m := &Marker{byFirst: map[string][]cue{}}
	sc := bufio.NewScanner(strings.NewReader(cuesTXT))
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Fields(line)
		if len(f) < 3 {
			return nil, fmt.Errorf("modality cues.txt:%d: want KIND SCOPE PHRASE", n)
		}
		kind := dyad.Modality(f[0])
		rank, ok := kindRank[kind]
		if !ok {
			return nil, fmt.Errorf("modality cues.txt:%d: unknown kind %q", n, f[0])
		}
		if f[1] != "clause" && f[1] != "sentence" && f[1] != "after" {
			return nil, fmt.Errorf("modality cues.txt:%d: scope %q: want clause, sentence or after", n, f[1])
		}
		c := cue{kind: kind, sentence: f[1] == "sentence", after: f[1] == "after", rank: rank}
		for _, w := range f[2:] {
			if strings.HasPrefix(w, "=") {
				c.exact = append(c.exact, len(c.words))
				w = w[1:]
			}
			c.words = append(c.words, strings.ToUpper(w))
		}
		m.byFirst[c.words[0]] = append(m.byFirst[c.words[0]], c)
	}
	return m, nil
}

// Name names the stage in errors.
func (m *Marker) Name() string { return "modality" }

// Annotate sets Modality and ModalityCue on every event of doc.
func (m *Marker) Annotate(_ context.Context, doc *dyad.Document) error {
	if len(doc.Events) > 0 && len(doc.Tokens) == 0 {
		return &dyad.MissingLayerError{Layer: "tokens"}
	}
	for i := range doc.Events {
		e := &doc.Events[i]
		if e.Sentence < 0 || e.Sentence >= len(doc.Sentences) {
			continue
		}
		e.Modality, e.ModalityCue = m.Classify(doc, e.Sentence, e.Verb.Span)
	}
	return nil
}

// maxBack is how many tokens before the verb a clause cue may stand.
const maxBack = 8

// Classify returns the modality of an event whose verb (or event noun) is
// at span verb in sentence si, and the cue that decided it.
func (m *Marker) Classify(doc *dyad.Document, si int, verb dyad.Span) (dyad.Modality, dyad.Evidence) {
	s := doc.Sentences[si]
	toks := doc.Tokens[s.FirstToken:s.EndToken]
	// v is the first token after the verb; auxiliaries inside a verb
	// span ("did not sign", "will visit") count as cues before it.
	v := 0
	for v < len(toks) && toks[v].Start < verb.End {
		v++
	}
	// The clause runs back from the verb to the nearest boundary.
	lo := v
	for lo > 0 && v-lo < maxBack+2 && (!boundary(toks[lo-1].Norm) || quotedAfterModal(toks, lo-1)) {
		lo--
	}
	// The predicate of an event noun runs on from it to a semicolon, a
	// colon, "but", "while" or a relative pronoun: "A state visit by
	// Milei to Brasília has never materialised".
	hi := v
	for hi < len(toks) && hi-v < maxAfter && !predicateEnd(toks[hi].Norm) {
		hi++
	}
	best := -1
	var bestCue dyad.Evidence
	var bestKind dyad.Modality = dyad.Asserted
	for i := range toks {
		for _, c := range m.byFirst[toks[i].Norm] {
			switch {
			case c.after && (i < v || i >= hi):
				continue
			case !c.sentence && !c.after && (i < lo || i >= v):
				continue
			}
			end, ok := match(toks, i, c.words)
			if !ok || (!c.sentence && !c.after && end > v) || !exactOK(doc.Text, toks, i, c) {
				continue
			}
			if best == -1 || c.rank < best {
				best = c.rank
				bestKind = c.kind
				bestCue = dyad.EvidenceOf(doc.Text, dyad.Span{Start: toks[i].Start, End: toks[end-1].End})
			}
		}
	}
	return bestKind, bestCue
}

// maxAfter is how many tokens after an event noun its predicate's cue may
// stand.
const maxAfter = 14

// predicateEnd reports whether a token ends the predicate after an event.
func predicateEnd(norm string) bool {
	switch norm {
	case ";", ":", "BUT", "WHILE", "WHICH", "WHO":
		return true
	}
	return false
}

// boundary reports whether a token ends the clause before a verb.
func boundary(norm string) bool {
	switch norm {
	case ",", ";", ":", "(", ")", "\"", "THAT", "WHICH", "WHO", "BUT", "WHILE", "AFTER", "BEFORE", "SINCE", "BECAUSE":
		return true
	}
	return false
}

// quotedAfterModal reports whether toks[i] is a quotation mark that opens
// a quote inside a modal verb phrase: Egypt would "end up blowing up the
// dam" is still hypothetical.
func quotedAfterModal(toks []dyad.Token, i int) bool {
	if toks[i].Norm != "\"" || i == 0 {
		return false
	}
	switch toks[i-1].Norm {
	case "WOULD", "COULD", "MIGHT", "WILL", "SHOULD", "MAY":
		return true
	}
	return false
}

// match matches words at toks[i:], returning the end token index.
func match(toks []dyad.Token, i int, words []string) (int, bool) {
	j := i
	for k := 0; k < len(words); k++ {
		w := words[k]
		if w == "..." {
			if k+1 >= len(words) {
				return j, true
			}
			next := words[k+1]
			found := false
			for g := 0; g <= 4 && j+g < len(toks); g++ {
				if toks[j+g].Norm == next {
					j += g + 1
					k++
					found = true
					break
				}
			}
			if !found {
				return 0, false
			}
			continue
		}
		if j >= len(toks) || toks[j].Norm != w {
			return 0, false
		}
		j++
	}
	return j, true
}

// exactOK checks the case-sensitive words of a contiguous cue.
func exactOK(text string, toks []dyad.Token, i int, c cue) bool {
	for _, k := range c.exact {
		if i+k >= len(toks) || toks[i+k].In(text) != strings.ToLower(c.words[k]) {
			return false
		}
	}
	return true
}
