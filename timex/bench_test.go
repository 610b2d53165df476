package timex_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/segment"
	"github.com/dyadproject/dyad/timex"
)

func benchFiles(b *testing.B) map[string]string {
	b.Helper()
	paths, err := filepath.Glob("testdata/*.txt")
	if err != nil || len(paths) == 0 {
		b.Fatalf("no benchmark texts: %v", err)
	}
	out := map[string]string{}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		out[filepath.Base(p)] = string(data)
	}
	return out
}

// BenchmarkTag measures Tag, which segments the text itself.
func BenchmarkTag(b *testing.B) {
	ref, _ := dyad.ParseDay("2019-06-02")
	tg := timex.New()
	for name, text := range benchFiles(b) {
		b.Run(name, func(b *testing.B) {
			doc := &dyad.Document{Text: text}
			segment.New().Annotate(context.Background(), doc)
			sentences := len(doc.Sentences)
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			b.ResetTimer()
			for range b.N {
				if len(tg.Tag(text, ref)) == 0 {
					b.Fatal("no expressions")
				}
			}
			b.ReportMetric(float64(sentences*b.N)/b.Elapsed().Seconds(), "sentences/s")
		})
	}
}

// BenchmarkAnnotate measures the timex stage alone on a segmented
// document, the cost it adds to the coder's pipeline.
func BenchmarkAnnotate(b *testing.B) {
	pub, _ := dyad.ParseDay("2019-06-02")
	tg := timex.New()
	for name, text := range benchFiles(b) {
		b.Run(name, func(b *testing.B) {
			doc := &dyad.Document{Text: text, Published: pub}
			segment.New().Annotate(context.Background(), doc)
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			b.ResetTimer()
			for range b.N {
				if err := tg.Annotate(context.Background(), doc); err != nil || len(doc.Times) == 0 {
					b.Fatalf("annotate: %v, %d times", err, len(doc.Times))
				}
				nar := timex.NewNarrative(doc)
				if d, _ := nar.EventDate(len(doc.Sentences)-1, dyad.Span{}); d.IsZero() {
					b.Fatal("no event date")
				}
			}
			b.ReportMetric(float64(len(doc.Sentences)*b.N)/b.Elapsed().Seconds(), "sentences/s")
		})
	}
}
