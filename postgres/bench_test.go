package postgres_test

import (
	"context"
	"fmt"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/dyadproject/dyad/postgres"
	"github.com/dyadproject/dyad/storetest"
)

func BenchmarkPutDocument(b *testing.B) {
	s, err := postgres.Open(context.Background(), freshDB(b))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	storetest.BenchPut(b, s)
}

// timelineDBs caches the generated database per size for one process, so
// -count runs build it once; the databases go with the throwaway server.
var timelineDBs sync.Map

func timelineDSN(b *testing.B, n int) string {
	if dsn, ok := timelineDBs.Load(n); ok {
		return dsn.(string)
	}
	dsn := serverDSN(b)
	ctx := context.Background()
	admin, err := pgx.Connect(ctx, dsn)
	if err != nil {
		b.Fatal(err)
	}
	defer admin.Close(ctx)
	name := fmt.Sprintf("dyadbench_%d_%d", n, os.Getpid())
	if _, err := admin.Exec(ctx, "CREATE DATABASE "+name); err != nil {
		b.Fatal(err)
	}
	dbDSN := withDatabase(b, dsn, name)
	start := time.Now()
	if err := generate(ctx, dbDSN, n); err != nil {
		b.Fatal(err)
	}
	b.Logf("generated %d events in %v", n, time.Since(start).Round(time.Millisecond))
	timelineDBs.Store(n, dbDSN)
	return dbDSN
}

// generate loads n synthetic events with COPY, after dropping the
// secondary indexes of the events table, then rebuilds them.
func generate(ctx context.Context, dsn string, n int) error {
	pool, err := postgres.OpenPool(ctx, dsn)
	if err != nil {
		return err
	}
	defer pool.Close()
	conn, err := pool.Acquire(ctx)
	if err != nil {
		return err
	}
	defer conn.Release()
	if _, err := conn.Exec(ctx, "SET maintenance_work_mem = '256MB'"); err != nil {
		return err
	}
	var names, defs []string
	rows, err := conn.Query(ctx, `SELECT indexname, indexdef FROM pg_indexes
		WHERE tablename = 'events' AND indexname <> 'events_pkey'`)
	if err != nil {
		return err
	}
	for rows.Next() {
		var name, def string
		if err := rows.Scan(&name, &def); err != nil {
			return err
		}
		names, defs = append(names, name), append(defs, def)
	}
	rows.Close()
	for _, name := range names {
		if _, err := conn.Exec(ctx, "DROP INDEX "+name); err != nil {
			return err
		}
	}
	stored := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	docs := (n + storetest.EventsPerDocument - 1) / storetest.EventsPerDocument
	i := 0
	if _, err := conn.CopyFrom(ctx, pgx.Identifier{"documents"},
		[]string{"id", "version", "content_hash", "source", "text", "n_events", "stored_at", "published_begin"},
		pgx.CopyFromFunc(func() ([]any, error) {
			if i >= docs {
				return nil, nil
			}
			id := fmt.Sprintf("synth-%08d", i)
			e := storetest.Event(i * storetest.EventsPerDocument)
			i++
			return []any{id, 1, id, "synthetic", "", min(storetest.EventsPerDocument, n-(i-1)*storetest.EventsPerDocument), stored, e.Date.Begin}, nil
		})); err != nil {
		return fmt.Errorf("copy documents: %w", err)
	}
	i = 0
	var docDate time.Time
	if _, err := conn.CopyFrom(ctx, pgx.Identifier{"events"},
		[]string{"id", "doc_id", "sentence", "src_code", "src_country", "tgt_code", "tgt_country", "code", "root",
			"quad", "goldstein", "modality", "happened", "date_begin", "date_end", "date_precision", "doc_date_begin", "host", "body"},
		pgx.CopyFromFunc(func() ([]any, error) {
			if i >= n {
				return nil, nil
			}
			e := storetest.Event(i)
			k := i % storetest.EventsPerDocument
			if k == 0 {
				docDate = e.Date.Begin
			}
			row := []any{fmt.Sprintf("ev-%09d", i), fmt.Sprintf("synth-%08d", i/storetest.EventsPerDocument), k,
				e.Src + "GOV", e.Src, e.Tgt + "GOV", e.Tgt, e.Code, e.Code[:2], e.Quad, e.Goldstein, "asserted", true,
				e.Date.Begin, e.Date.End, "day", docDate, "synthetic", "{}"}
			i++
			return row, nil
		})); err != nil {
		return fmt.Errorf("copy events: %w", err)
	}
	var rollup [][]any
	for k, r := range storetest.Rollup(n) {
		rollup = append(rollup, []any{k.Src, k.Tgt, k.YM, k.Quad, r.Mentions, r.Mentions, r.Goldstein})
	}
	if _, err := conn.CopyFrom(ctx, pgx.Identifier{"rollup"},
		[]string{"src", "tgt", "ym", "quad", "mentions", "events", "goldstein"}, pgx.CopyFromRows(rollup)); err != nil {
		return fmt.Errorf("copy rollup: %w", err)
	}
	for _, def := range defs {
		if _, err := conn.Exec(ctx, def); err != nil {
			return err
		}
	}
	// What autovacuum would do after a bulk load: set the visibility map,
	// so the timeline's index-only scans skip the heap.
	_, err = conn.Exec(ctx, "VACUUM ANALYZE")
	return err
}

func BenchmarkTimeline(b *testing.B) {
	n := storetest.BenchEvents(b)
	s, err := postgres.Open(context.Background(), timelineDSN(b, n))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	storetest.BenchTimeline(b, s, n)
}
