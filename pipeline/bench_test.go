package pipeline_test

import (
	"context"
	"os"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/coder"
	"github.com/dyadproject/dyad/dict"
	"github.com/dyadproject/dyad/dict/builtin"
	"github.com/dyadproject/dyad/pipeline"
	"github.com/dyadproject/dyad/quantity"
	"github.com/dyadproject/dyad/segment"
	"github.com/dyadproject/dyad/timex"
)

// BenchmarkNew measures what the built-in dictionaries add to start-up:
// loading, merging and compiling them ("builtin") against a pipeline with
// no dictionaries ("empty").
func BenchmarkNew(b *testing.B) {
	for _, bc := range []struct {
		name string
		cfg  pipeline.Config
	}{{"empty", pipeline.Config{NoBuiltin: true}}, {"builtin", pipeline.Config{}}} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := pipeline.New(bc.cfg); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkRun codes the bundled example article with every stage.
func BenchmarkRun(b *testing.B) {
	text, err := os.ReadFile("../testdata/articles/russia-pakistan.txt")
	if err != nil {
		b.Fatal(err)
	}
	p, err := pipeline.New(pipeline.Config{})
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	var sentences int
	for b.Loop() {
		doc := &dyad.Document{ID: "bench", Text: string(text)}
		if err := p.Run(context.Background(), doc); err != nil {
			b.Fatal(err)
		}
		if len(doc.Events) == 0 {
			b.Fatal("no events")
		}
		sentences += len(doc.Sentences)
	}
	b.ReportMetric(float64(sentences)/b.Elapsed().Seconds(), "sentences/s")
}

// BenchmarkLayers compares the coder alone with the coder plus the time
// layer and plus the quantity layer, on the same article, so that what
// each layer adds to coding is measured: see docs/architecture.md.
func BenchmarkLayers(b *testing.B) {
	text, err := os.ReadFile("../testdata/articles/russia-pakistan.txt")
	if err != nil {
		b.Fatal(err)
	}
	seg := segment.New()
	d, err := builtin.Load()
	if err != nil {
		b.Fatal(err)
	}
	c, err := coder.New(dict.Lower(d))
	if err != nil {
		b.Fatal(err)
	}
	for _, bc := range []struct {
		name   string
		stages dyad.Pipeline
	}{
		{"coder", dyad.Pipeline{seg, c}},
		{"coder+timex", dyad.Pipeline{seg, timex.New(), c}},
		{"coder+quantity", dyad.Pipeline{seg, quantity.New(), c}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			var sentences int
			for b.Loop() {
				doc := &dyad.Document{ID: "bench", Text: string(text), Published: dyad.Year(2021)}
				if err := bc.stages.Run(context.Background(), doc); err != nil {
					b.Fatal(err)
				}
				if len(doc.Events) == 0 {
					b.Fatal("no events")
				}
				sentences += len(doc.Sentences)
			}
			b.ReportMetric(float64(sentences)/b.Elapsed().Seconds(), "sentences/s")
		})
	}
}
