package storetest

import (
	"context"
	"os"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/dyadproject/dyad"
)

// BenchPut puts b.N synthetic documents into an empty store s and reports
// articles/s and events/s; both stores' BenchmarkPutDocument call it.
func BenchPut(b *testing.B, s dyad.Store) {
	docs := make([]*dyad.Document, b.N)
	var bytes int
	for i := range docs {
		docs[i] = Document(i)
		bytes += len(docs[i].Text)
	}
	b.SetBytes(int64(bytes / max(1, b.N)))
	b.ReportAllocs()
	b.ResetTimer()
	start := time.Now()
	for i, doc := range docs {
		res, err := s.PutDocument(context.Background(), doc, dyad.CodingMeta{CoderVersion: "bench"})
		if err != nil || res.Status != dyad.New {
			b.Fatalf("put %d: %v %v", i, res.Status, err)
		}
	}
	sec := time.Since(start).Seconds()
	b.ReportMetric(float64(b.N)/sec, "articles/s")
	b.ReportMetric(float64(b.N*EventsPerDocument)/sec, "events/s")
}

// BenchEvents is the size of the generated timeline store for the timeline
// benchmarks: DYAD_BENCH_EVENTS, default 200,000. The acceptance run uses
// 10,000,000.
func BenchEvents(b *testing.B) int {
	if v := os.Getenv("DYAD_BENCH_EVENTS"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n <= 0 {
			b.Fatalf("DYAD_BENCH_EVENTS=%q: want a positive count", v)
		}
		return n
	}
	return 200_000
}

// BenchTimeline runs timeline queries against s, a store of n generated
// events, and reports their p95 latency; both stores' BenchmarkTimeline
// call it.
func BenchTimeline(b *testing.B, s dyad.Store, n int) {
	queries := TimelineQueries(1000)
	durs := make([]time.Duration, 0, b.N)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		q := queries[i%len(queries)]
		t0 := time.Now()
		buckets, err := s.Timeline(context.Background(), q)
		durs = append(durs, time.Since(t0))
		if err != nil || len(buckets) == 0 {
			b.Fatalf("timeline %v: %d buckets, %v", q, len(buckets), err)
		}
	}
	b.StopTimer()
	slices.Sort(durs)
	b.ReportMetric(float64(durs[len(durs)*95/100].Microseconds())/1000, "p95-ms")
	b.ReportMetric(float64(n), "events")
}
