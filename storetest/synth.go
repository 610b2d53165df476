package storetest

import (
	"fmt"
	"strings"
	"time"

	"github.com/dyadproject/dyad"
)

// Countries is the actor set of the synthetic corpus.
var countries = [...]string{
	"USA", "RUS", "CHN", "IND", "PAK", "GBR", "FRA", "DEU", "JPN", "KOR",
	"PRK", "IRN", "ISR", "SAU", "TUR", "EGY", "NGA", "ZAF", "BRA", "MEX",
	"CAN", "AUS", "IDN", "UKR", "POL", "ITA", "ESP", "AFG", "SYR", "VNM",
}

// Countries returns the country codes the synthetic corpus uses.
func Countries() []string { return countries[:] }

type code struct {
	code, verb string
	quad       int
	goldstein  float64
}

var codes = [...]code{
	{"040", "met", 1, 1}, {"036", "offered talks to", 1, 4}, {"057", "signed an agreement with", 2, 8},
	{"061", "traded with", 2, 6.4}, {"112", "accused", 3, -2}, {"130", "threatened", 3, -4.4},
	{"190", "clashed with", 4, -10}, {"173", "arrested citizens of", 4, -5},
}

// mix is splitmix64: a deterministic hash, so the corpus needs no shared
// random source.
func mix(x uint64) uint64 {
	x += 0x9e3779b97f4a7c15
	x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9
	x = (x ^ (x >> 27)) * 0x94d049bb133111eb
	return x ^ (x >> 31)
}

// SyntheticEvent is row i of a synthetic event table: a directed dyad, a
// code and a day between 1990 and 2024.
type SyntheticEvent struct {
	Src, Tgt  string
	Code      string
	Verb      string
	Quad      int
	Goldstein float64
	Date      dyad.Date
}

var epoch = time.Date(1990, 1, 1, 0, 0, 0, 0, time.UTC)

// Event returns synthetic event i.
func Event(i int) SyntheticEvent {
	h := mix(uint64(i))
	s := int(h % uint64(len(countries)))
	t := int((h >> 8) % uint64(len(countries)-1))
	if t >= s {
		t++
	}
	c := codes[(h>>16)%uint64(len(codes))]
	d := dyad.Day(epoch.AddDate(0, 0, int((h>>24)%(35*365))))
	return SyntheticEvent{Src: countries[s], Tgt: countries[t], Code: c.code, Verb: c.verb,
		Quad: c.quad, Goldstein: c.goldstein, Date: d}
}

// EventsPerDocument is how many events each synthetic document has.
const EventsPerDocument = 4

// Document returns synthetic document i: one sentence per event, with
// the events of rows i*EventsPerDocument and on, and valid evidence spans.
func Document(i int) *dyad.Document {
	var b strings.Builder
	doc := &dyad.Document{ID: fmt.Sprintf("synth-%08d", i), Source: "synthetic",
		URL: fmt.Sprintf("https://news%d.example/%d", i%7, i), Title: fmt.Sprintf("Synthetic report %d", i)}
	for k := 0; k < EventsPerDocument; k++ {
		ev := Event(i*EventsPerDocument + k)
		if k == 0 {
			doc.Published = ev.Date
		}
		start := b.Len()
		fmt.Fprintf(&b, "Officials of %s ", ev.Src)
		vs := b.Len()
		b.WriteString(ev.Verb)
		ve := b.Len()
		fmt.Fprintf(&b, " officials of %s on ", ev.Tgt)
		ds := b.Len()
		b.WriteString(ev.Date.Value)
		de := b.Len()
		b.WriteString(".")
		doc.Sentences = append(doc.Sentences, dyad.Sentence{Span: dyad.Span{Start: start, End: b.Len()}, Paragraph: k / 2})
		b.WriteString(" ")
		doc.Events = append(doc.Events, dyad.Event{
			Sentence: k, Code: ev.Code, QuadClass: ev.Quad, Goldstein: ev.Goldstein,
			Source: dyad.EventActor{Span: dyad.Span{Start: start + 13, End: start + 16}, Code: ev.Src + "GOV", Country: ev.Src},
			Target: dyad.EventActor{Span: dyad.Span{Start: ve + 14, End: ve + 17}, Code: ev.Tgt + "GOV", Country: ev.Tgt},
			Date:   ev.Date, DateEvidence: dyad.Evidence{Span: dyad.Span{Start: ds, End: de}, Text: ev.Date.Value},
			Modality: dyad.Asserted, Verb: dyad.Evidence{Span: dyad.Span{Start: vs, End: ve}, Text: ev.Verb},
			Rule: "synthetic:" + ev.Code,
		})
	}
	doc.Text = strings.TrimSuffix(b.String(), " ")
	return doc
}

// RollupKey is one row of the timeline rollup: a directed dyad, a month
// (year*100+month) and a quad class.
type RollupKey struct {
	Src, Tgt string
	YM, Quad int
}

// RollupRow holds the sums a rollup row keeps.
type RollupRow struct {
	Mentions  int
	Goldstein float64
}

// Rollup returns the rollup of synthetic events 0..n-1, for bulk loaders
// that write the event table directly and must keep the rollup consistent.
func Rollup(n int) map[RollupKey]*RollupRow {
	out := map[RollupKey]*RollupRow{}
	for i := range n {
		e := Event(i)
		t := e.Date.Begin
		k := RollupKey{e.Src, e.Tgt, t.Year()*100 + int(t.Month()), e.Quad}
		r := out[k]
		if r == nil {
			r = &RollupRow{}
			out[k] = r
		}
		r.Mentions++
		r.Goldstein += e.Goldstein
	}
	return out
}

// TimelineQueries returns n dyad queries over the synthetic countries, for
// timeline benchmarks.
func TimelineQueries(n int) []dyad.TimelineQuery {
	out := make([]dyad.TimelineQuery, n)
	for j := range out {
		h := mix(uint64(j) + 1<<40)
		a := int(h % uint64(len(countries)))
		b := int((h >> 8) % uint64(len(countries)-1))
		if b >= a {
			b++
		}
		by := "month"
		if j%4 == 3 {
			by = "year"
		}
		out[j] = dyad.TimelineQuery{A: []string{countries[a]}, B: []string{countries[b]}, By: by}
	}
	return out
}
