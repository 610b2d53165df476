package pipeline_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/pipeline"
)

// FuzzRun runs the whole pipeline with the built-in dictionaries and their
// news-prose options on arbitrary text: no panic, and every event's spans
// lie in the text and its date is a real period.
func FuzzRun(f *testing.F) {
	files, _ := filepath.Glob("../testdata/articles/*.txt")
	for _, p := range files {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		for _, para := range strings.Split(string(data), "\n\n") {
			if len(para) < 400 {
				f.Add(para)
			}
		}
	}
	f.Add("Pakistani troops criticised by Russia met Qureshi; the latter, who praised India, and the former met.")
	f.Add("'January 20th, and within hours, the two leaders, A and B, met in Beijing on Good Friday at 5 p.m.")
	p, err := pipeline.New(pipeline.Config{Date: dyad.Year(2020)})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		doc := &dyad.Document{ID: "f", Text: text}
		if err := p.Run(context.Background(), doc); err != nil {
			t.Fatalf("run: %v", err)
		}
		for _, e := range doc.Events {
			for _, sp := range []dyad.Span{e.Source.Span, e.Target.Span, e.Verb.Span} {
				if sp.Start < 0 || sp.End > len(text) || sp.Start > sp.End {
					t.Fatalf("event %s: span %v outside the text", e.Code, sp)
				}
			}
			if !e.Date.IsZero() && !e.Date.Begin.Before(e.Date.End) {
				t.Fatalf("event %s: empty period %v", e.Code, e.Date)
			}
		}
	})
}
