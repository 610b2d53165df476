package ingest_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/dyadproject/dyad/ingest"
)

// BenchmarkParse reads each fixture, one sub-benchmark per file, and
// reports MB/s and documents/s.
func BenchmarkParse(b *testing.B) {
	paths, _ := filepath.Glob("testdata/*")
	paths = append(paths, "../examples/india-china.html")
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		if ingest.Sniff(p, data) == ingest.Binary {
			continue
		}
		var r ingest.Reader
		want, _ := r.Parse(context.Background(), p, data)
		if len(want) == 0 {
			b.Fatalf("%s: no documents", p)
		}
		b.Run(filepath.Base(p), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			docs := 0
			for b.Loop() {
				got, _ := r.Parse(context.Background(), p, data)
				if len(got) != len(want) {
					b.Fatalf("got %d documents, want %d", len(got), len(want))
				}
				docs += len(got)
			}
			b.ReportMetric(float64(docs)/b.Elapsed().Seconds(), "docs/s")
		})
	}
}
