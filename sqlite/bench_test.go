package sqlite_test

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/dyadproject/dyad/sqlite"
	"github.com/dyadproject/dyad/storetest"
)

// benchDir holds generated benchmark databases for one test process;
// TestMain removes it.
var benchDir = filepath.Join(os.TempDir(), fmt.Sprintf("dyad-sqlite-bench-%d", os.Getpid()))

func TestMain(m *testing.M) {
	code := m.Run()
	os.RemoveAll(benchDir)
	os.Exit(code)
}

func BenchmarkPutDocument(b *testing.B) {
	s, err := sqlite.Open(context.Background(), filepath.Join(b.TempDir(), "put.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	storetest.BenchPut(b, s)
}

// timelineDB returns a database holding n synthetic events, built once per
// process in benchDir. With DYAD_BENCH_DIR set it is kept there and reused
// by later runs.
func timelineDB(b *testing.B, n int) string {
	dir := os.Getenv("DYAD_BENCH_DIR")
	if dir == "" {
		dir = benchDir
	}
	path := filepath.Join(dir, fmt.Sprintf("timeline-%d.db", n))
	if _, err := os.Stat(path); err == nil {
		return path
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		b.Fatal(err)
	}
	start := time.Now()
	if err := generate(context.Background(), path+".tmp", n); err != nil {
		os.Remove(path + ".tmp")
		b.Fatal(err)
	}
	if err := os.Rename(path+".tmp", path); err != nil {
		b.Fatal(err)
	}
	b.Logf("generated %d events in %v", n, time.Since(start).Round(time.Millisecond))
	return path
}

// generate writes n synthetic events, their documents and the rollup in
// one transaction with prepared statements; the secondary indexes of the
// events table are dropped first and rebuilt after, which sorts once
// instead of updating five b-trees per row.
func generate(ctx context.Context, path string, n int) error {
	db, err := sqlite.OpenDB(ctx, path)
	if err != nil {
		return err
	}
	defer db.Close()
	db.SetMaxOpenConns(1) // the pragmas below are per connection
	for _, p := range []string{"PRAGMA synchronous = OFF", "PRAGMA cache_size = -400000", "PRAGMA temp_store = MEMORY"} {
		if _, err := db.ExecContext(ctx, p); err != nil {
			return err
		}
	}
	var indexes []string
	rows, err := db.QueryContext(ctx, `SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'events' AND sql IS NOT NULL`)
	if err != nil {
		return err
	}
	var names []string
	for rows.Next() {
		var name, def string
		if err := rows.Scan(&name, &def); err != nil {
			return err
		}
		names, indexes = append(names, name), append(indexes, def)
	}
	rows.Close()
	for _, name := range names {
		if _, err := db.ExecContext(ctx, "DROP INDEX "+name); err != nil {
			return err
		}
	}
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	docStmt, err := tx.PrepareContext(ctx, `INSERT INTO documents (id, version, content_hash, source, text, n_events, stored_at, published_begin)
		VALUES (?, 1, ?, 'synthetic', '', ?, '2026-01-01T00:00:00Z', ?)`)
	if err != nil {
		return err
	}
	evStmt, err := tx.PrepareContext(ctx, `INSERT INTO events (id, doc_id, sentence, src_code, src_country, tgt_code, tgt_country,
		code, root, quad, goldstein, modality, happened, date_begin, date_end, date_precision, doc_date_begin, host, body)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'asserted', 1, ?, ?, 'day', ?, 'synthetic', '{}')`)
	if err != nil {
		return err
	}
	var docID, docDate string
	for i := range n {
		e := storetest.Event(i)
		k := i % storetest.EventsPerDocument
		begin := e.Date.Value
		if k == 0 {
			docID, docDate = fmt.Sprintf("synth-%08d", i/storetest.EventsPerDocument), begin
			if _, err := docStmt.ExecContext(ctx, docID, docID, min(storetest.EventsPerDocument, n-i), docDate); err != nil {
				return fmt.Errorf("document %s: %w", docID, err)
			}
		}
		if _, err := evStmt.ExecContext(ctx, fmt.Sprintf("ev-%09d", i), docID, k, e.Src+"GOV", e.Src, e.Tgt+"GOV", e.Tgt,
			e.Code, e.Code[:2], e.Quad, e.Goldstein, begin, e.Date.End.Format(time.DateOnly), docDate); err != nil {
			return fmt.Errorf("event %d: %w", i, err)
		}
	}
	if err := insertRollup(ctx, tx, n); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	for _, def := range indexes {
		if _, err := db.ExecContext(ctx, def); err != nil {
			return err
		}
	}
	_, err = db.ExecContext(ctx, "ANALYZE")
	return err
}

// insertRollup writes the rollup rows; every synthetic event is its own
// cluster, so events equal mentions.
func insertRollup(ctx context.Context, tx *sql.Tx, n int) error {
	st, err := tx.PrepareContext(ctx, `INSERT INTO rollup (src, tgt, ym, quad, mentions, events, goldstein) VALUES (?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	for k, r := range storetest.Rollup(n) {
		if _, err := st.ExecContext(ctx, k.Src, k.Tgt, k.YM, k.Quad, r.Mentions, r.Mentions, r.Goldstein); err != nil {
			return fmt.Errorf("rollup: %w", err)
		}
	}
	return nil
}

func BenchmarkTimeline(b *testing.B) {
	n := storetest.BenchEvents(b)
	s, err := sqlite.Open(context.Background(), timelineDB(b, n))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	storetest.BenchTimeline(b, s, n)
}
