// Package timex owns temporal expressions: it finds them in a document's
// sentences, normalises them to TimeML TIMEX3 values (the conventions of
// HeidelTime and SUTime), finds a document's own date in its byline or
// dateline, and attaches a date to each event from what the text says,
// falling back to the narrative reference time and only then to the
// document date.
//
// Recognition is rule-based over segment's tokens. The word lists (months,
// weekdays, seasons, number words, units, tense cues and the words that
// show a number is not a year, as in "Resolution 242" or "Flight 1549")
// are data in words.txt.
//
// Values follow TIMEX3: "1998-10-03", "1988-12", "1994", "197" (the
// 1970s), "19" (the 20th century), "2002-SP", "2009-Q1", "2019-H2",
// "2019-W22", intervals "2010/2011", durations "P5D", "PT72H", "P30Y",
// and sets such as "P1M" (every month) with type "set".
package timex

import (
	"context"
	"strings"
	"sync"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/segment"
)

// Tagger adds the Times layer. The zero value is not usable; call New.
type Tagger struct {
	// DayFirst reads ambiguous numeric dates such as 04/06/2019 as
	// day/month (6 April is then 04/06). The default is month/day, as in
	// US sources. A date whose first number is over 12 is always day-first.
	DayFirst bool

	lx  *lexicon
	seg *segment.Segmenter
	// scanners keeps scanners and their buffers between documents: a
	// batch tags many short documents, and reallocating per document was
	// a fifth of the tagger's time.
	scanners sync.Pool
}

// New returns a Tagger with the built-in word lists.
func New() *Tagger {
	return &Tagger{lx: lexiconOnce(), seg: segment.New()}
}

// Name names the stage in errors.
func (t *Tagger) Name() string { return "timex" }

// Annotate replaces doc.Times with the expressions of doc's sentences,
// resolved against doc.Published. It needs the Sentences layer.
func (t *Tagger) Annotate(_ context.Context, doc *dyad.Document) error {
	if len(doc.Sentences) == 0 && strings.TrimSpace(doc.Text) != "" {
		return &dyad.MissingLayerError{Layer: "sentences"}
	}
	doc.Times = t.tagDoc(doc.Times[:0], doc, doc.Published)
	return nil
}

// Tag segments text itself and returns its expressions, resolved against
// the reference date ref (zero leaves relative expressions out).
func (t *Tagger) Tag(text string, ref dyad.Date) []dyad.TimeMention {
	doc := &dyad.Document{Text: text}
	doc.Tokens = segment.Tokenize(nil, text)
	doc.Sentences = t.seg.Split(nil, text, doc.Tokens)
	return t.tagDoc(nil, doc, ref)
}

func (t *Tagger) tagDoc(dst []dyad.TimeMention, doc *dyad.Document, ref dyad.Date) []dyad.TimeMention {
	sc, _ := t.scanners.Get().(*scanner)
	if sc == nil {
		sc = &scanner{st: &state{}}
	}
	defer t.scanners.Put(sc)
	st := sc.st
	*st = state{dayFirst: t.DayFirst, hist: st.hist[:0]}
	switch {
	case ref.Precision == dyad.PrecDay:
		st.ref = ref
	case !ref.Begin.IsZero():
		st.ref = dyad.Day(ref.Begin)
	}
	sc.reset(t.lx, doc.Text)
	if dst == nil {
		dst = make([]dyad.TimeMention, 0, len(doc.Sentences)/2+1)
	}
	for si, sent := range doc.Sentences {
		st.para = sent.Paragraph
		sc.toks = doc.Tokens[sent.FirstToken:sent.EndToken]
		if !sc.triggers() {
			continue
		}
		sc.cues, sc.cuesSet, sc.lastDay, sc.lastDayAnchor = sc.cues[:0], false, "", ""
		for k, h := range sc.scan() {
			m := dyad.TimeMention{
				Span:     dyad.Span{Start: sc.toks[h.start].Start, End: sc.toks[h.end-1].End},
				Sentence: si,
				Type:     h.typ,
				Value:    h.value,
				Mod:      h.mod,
				Anchor:   h.anchor,
			}
			if h.typ == "date" || h.typ == "time" {
				m.Date = sc.dates[k]
				if h.typ == "time" {
					m.Date.Precision = dyad.PrecTime
				}
			}
			dst = append(dst, m)
		}
	}
	return dst
}
