package quantity_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/quantity"
)

// BenchmarkRecognize measures the recogniser alone on segmented analysis
// text, in MB/s and sentences/s.
func BenchmarkRecognize(b *testing.B) {
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil || len(files) == 0 {
		b.Fatalf("no testdata: %v", err)
	}
	r := quantity.New()
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(filepath.Base(file), func(b *testing.B) {
			doc := segmented(b, string(data))
			ctx := context.Background()
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				if err := r.Annotate(ctx, doc); err != nil || len(doc.Quantities) == 0 {
					b.Fatalf("no quantities: %v", err)
				}
			}
			b.ReportMetric(float64(len(doc.Sentences))*float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
		})
	}
}

// BenchmarkFacts measures the fact stage after recognition.
func BenchmarkFacts(b *testing.B) {
	data, err := os.ReadFile("testdata/analysis.txt")
	if err != nil {
		b.Fatal(err)
	}
	r, x := quantity.New(), quantity.NewFactExtractor()
	doc := recognized(b, r, string(data))
	for _, a := range []string{"India=IND", "China=CHN", "Pakistan=PAK", "Nepal=NPL", "Sri Lanka=LKA"} {
		name, code, _ := strings.Cut(a, "=")
		addActor(b, doc, name, code)
	}
	ctx := context.Background()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		doc.Actors = doc.Actors[:len(doc.Actors):len(doc.Actors)]
		if err := x.Annotate(ctx, doc); err != nil || len(doc.Facts) == 0 {
			b.Fatalf("no facts: %v", err)
		}
	}
	b.ReportMetric(float64(len(doc.Sentences))*float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
}
