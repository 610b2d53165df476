// Package pipeline assembles dyad's standard list of stages, from
// segmentation to facts, around one merged dictionary. The CLI, the store
// commands and the tests all code documents through it, so every entry
// point gives the same events for the same input.
package pipeline

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"sync"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/actor"
	"github.com/dyadproject/dyad/cameo"
	"github.com/dyadproject/dyad/coder"
	"github.com/dyadproject/dyad/dict"
	"github.com/dyadproject/dyad/dict/builtin"
	"github.com/dyadproject/dyad/modality"
	"github.com/dyadproject/dyad/quantity"
	"github.com/dyadproject/dyad/segment"
	"github.com/dyadproject/dyad/timex"
)

// Version identifies the coder's behaviour; stored with every event so
// that results can be reproduced. Bump it when coding rules change.
const Version = "dyad-0.1"

// Config chooses the dictionaries and the document date.
type Config struct {
	// Dicts are added to the built-in dictionaries, in order.
	Dicts []*dict.Dictionary
	// NoBuiltin leaves the built-in dictionaries out.
	NoBuiltin bool
	// Date, when set, overrides every document's own date (--date).
	Date dyad.Date
	// DayFirst reads ambiguous numeric dates as day/month.
	DayFirst bool
}

// Pipeline codes documents.
type Pipeline struct {
	stages dyad.Pipeline
	// Dict is the merged dictionary the coder was compiled from.
	Dict *dict.Dictionary

	coder    *coder.Coder
	resolver *actor.Resolver

	fpOnce      sync.Once
	fingerprint string
}

// Fingerprint identifies Dict; it is stored with events for
// reproducibility. It is computed on first use, as hashing the built-in
// dictionaries takes about 60 ms that coding alone does not need.
func (p *Pipeline) Fingerprint() string {
	p.fpOnce.Do(func() { p.fingerprint = Fingerprint(p.Dict) })
	return p.fingerprint
}

// Trace has f told each coding decision (see coder.Coder.Trace); nil
// stops it. A traced pipeline must not be used from several goroutines.
func (p *Pipeline) Trace(f func(sentence int, msg string)) { p.coder.Trace, p.resolver.Trace = f, f }

// New loads and compiles everything the stages need.
func New(cfg Config) (*Pipeline, error) {
	var ds []*dict.Dictionary
	if !cfg.NoBuiltin {
		b, err := builtin.Load()
		if err != nil {
			return nil, fmt.Errorf("built-in dictionaries: %w", err)
		}
		ds = append(ds, b)
	}
	ds = append(ds, cfg.Dicts...)
	d := dict.Merge(ds...)

	c, err := coder.New(dict.Lower(d))
	if err != nil {
		return nil, fmt.Errorf("compile dictionaries: %w", err)
	}
	dates := &eventDates{}
	c.DateOf = dates.dateOf
	tagger := timex.New()
	tagger.DayFirst = cfg.DayFirst
	marker, err := modality.New()
	if err != nil {
		return nil, err
	}
	table, err := cameo.New()
	if err != nil {
		return nil, err
	}
	res := actor.NewResolver(d)
	p := &Pipeline{Dict: d, coder: c, resolver: res}
	p.stages = dyad.Pipeline{
		docDate{override: cfg.Date},
		segment.New(),
		tagger,
		dates, // builds the narrative the coder dates actors by
		quantity.New(),
		c,
		dates.events(),
		res, // at the event dates

		marker,
		lookup{table},
		quantity.NewFactExtractor(),
		tie{},
	}
	return p, nil
}

// Run codes one document, replacing any layers it already had.
func (p *Pipeline) Run(ctx context.Context, doc *dyad.Document) error {
	doc.Sentences, doc.Tokens, doc.Actors, doc.Times = nil, nil, nil, nil
	doc.Quantities, doc.Events, doc.Facts = nil, nil, nil
	return p.stages.Run(ctx, doc)
}

// Fingerprint hashes a dictionary's whole content.
func Fingerprint(d *dict.Dictionary) string {
	h := sha256.New()
	fmt.Fprintf(h, "%v", *d)
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// docDate sets the document date: the --date override, else the reader's
// metadata, else a byline or dateline in the text.
type docDate struct{ override dyad.Date }

func (docDate) Name() string { return "docdate" }

func (s docDate) Annotate(_ context.Context, doc *dyad.Document) error {
	if !s.override.IsZero() {
		doc.Published, doc.PublishedBy = s.override, "flag"
		return nil
	}
	if doc.Published.IsZero() {
		if d, how, _, ok := timex.DocumentDate(doc.Text); ok {
			doc.Published, doc.PublishedBy = d, how
		}
	}
	return nil
}

// eventDates keeps the narrative of the document being coded. As a stage
// it builds the narrative from the Times layer; the coder asks it for the
// date at which to resolve actor codes; its events stage dates each event.
type eventDates struct {
	doc *dyad.Document
	n   *timex.Narrative
}

func (*eventDates) Name() string { return "narrative" }

func (e *eventDates) Annotate(_ context.Context, doc *dyad.Document) error {
	e.doc, e.n = doc, timex.NewNarrative(doc)
	return nil
}

func (e *eventDates) dateOf(doc *dyad.Document, sentence int, clause dyad.Span) dyad.Date {
	d, _ := e.narrative(doc).EventDate(sentence, clause)
	return d
}

func (e *eventDates) narrative(doc *dyad.Document) *timex.Narrative {
	if doc != e.doc {
		e.doc, e.n = doc, timex.NewNarrative(doc)
	}
	return e.n
}

func (e *eventDates) events() dyad.Stage { return eventDater{e} }

type eventDater struct{ e *eventDates }

func (eventDater) Name() string { return "eventdate" }

func (s eventDater) Annotate(_ context.Context, doc *dyad.Document) error {
	n := s.e.narrative(doc)
	for i := range doc.Events {
		ev := &doc.Events[i]
		ev.DocDate = doc.Published
		ev.Date, ev.DateEvidence = n.EventDate(ev.Sentence, clauseOf(doc.Text, ev))
	}
	return nil
}

// clauseOf is the stretch of text an event's words cover. A source before
// the verb across a comma is a subject shared with an earlier verb phrase
// ("Aliyev attended his inauguration in August, visited Tehran in April
// 2014"), and the stretch between them is that phrase's, not this event's.
func clauseOf(text string, ev *dyad.Event) dyad.Span {
	s := ev.Verb.Span
	src := ev.Source.Span
	if gap := text[min(src.End, s.Start):s.Start]; !src.IsZero() && (strings.ContainsAny(gap, ",;") && !aside(gap) || coordinated(gap)) {
		// (an aside right after the source, "Heydar Aliyev, who returned
		// to power in 1993, visited Tehran", is the timex's to weigh)
		src = dyad.Span{}
	}
	for _, a := range []dyad.Span{src, ev.Target.Span} {
		if !a.IsZero() {
			s.Start, s.End = min(s.Start, a.Start), max(s.End, a.End)
		}
	}
	if n := followed(text[ev.Verb.Span.End:min(len(text), ev.Verb.Span.End+80)]); n > 0 {
		// "a defence and security pact followed that September": an
		// event noun's time is told after "followed"
		s.End = max(s.End, ev.Verb.Span.End+n)
	}
	return s
}

// followed returns the length of the words at the start of text up to
// and with the verb that tells when an event noun came ("of Good
// Neighbourship followed", " came"), at most five words and no
// punctuation, or 0.
func followed(text string) int {
	at := 0
	for range 5 {
		rest := text[at:]
		w := strings.TrimLeft(rest, " ")
		if len(w) == len(rest) {
			return 0 // no space: punctuation or the end
		}
		at += len(rest) - len(w)
		end := strings.IndexAny(w, " ,;:.()\"")
		if end < 0 {
			end = len(w)
		}
		switch w[:end] {
		case "followed", "came", "ensued":
			return at + end
		}
		if end == 0 {
			return 0
		}
		at += end
	}
	return 0
}

// coordinated reports whether gap, the text between a source and its
// verb, is a verb phrase of its own joined by "and" or "but": "Siad Barre
// took power in 1969 and visited Addis Ababa the following February".
func coordinated(gap string) bool {
	g := strings.TrimSpace(gap)
	i := strings.LastIndexByte(g, ' ')
	if i < 0 || !strings.Contains(strings.TrimSpace(g[:i]), " ") {
		return false // fewer than three words
	}
	last := g[i+1:]
	return strings.EqualFold(last, "and") || strings.EqualFold(last, "but")
}

// aside reports whether the text between a source and its verb holds an
// aside about the source rather than a verb phrase of its own.
func aside(gap string) bool {
	g := strings.ToLower(gap)
	return strings.HasPrefix(strings.TrimSpace(g), ",") || strings.Contains(g, ", who ") || strings.Contains(g, ", which ") ||
		strings.Contains(g, ", whose ")
}

// lookup fills each event's root, Goldstein weight, quad class and PLOVER
// category.
type lookup struct{ t *cameo.Table }

func (lookup) Name() string { return "cameo" }

func (l lookup) Annotate(_ context.Context, doc *dyad.Document) error {
	for i := range doc.Events {
		ev := &doc.Events[i]
		in, _ := l.t.Lookup(ev.Code)
		ev.Root = cameo.Root(ev.Code)
		ev.Goldstein, ev.QuadClass, ev.PLOVER = in.Goldstein, in.QuadClass, in.PLOVER
	}
	return nil
}

// tie attaches facts to the events whose value they are.
type tie struct{}

func (tie) Name() string { return "tie" }

func (tie) Annotate(_ context.Context, doc *dyad.Document) error {
	quantity.TieEvents(doc)
	return nil
}
