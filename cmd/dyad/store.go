package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/postgres"
	"github.com/dyadproject/dyad/sqlite"
)

// openStore opens the store --db names: "" for the default SQLite file
// (sqlite.DefaultPath), a postgres:// or postgresql:// URL for
// PostgreSQL, otherwise a SQLite file path, optionally prefixed "sqlite:".
// With create false a missing SQLite file is an error, so that a query
// with a mistyped path does not silently create an empty store.
func openStore(ctx context.Context, db string, create bool) (dyad.Store, error) {
	if strings.HasPrefix(db, "postgres://") || strings.HasPrefix(db, "postgresql://") {
		return postgres.Open(ctx, db)
	}
	path := strings.TrimPrefix(db, "sqlite:")
	if path == "" {
		var err error
		if path, err = sqlite.DefaultPath(); err != nil {
			return nil, err
		}
	}
	if !create {
		if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("no store at %s: run dyad ingest first, or pass --db", path)
		}
	}
	return sqlite.Open(ctx, path)
}

// openQuery checks --format and opens the existing store for a query
// command.
func openQuery(cmd *cobra.Command, db, format string) (dyad.Store, error) {
	if err := checkFormat(format); err != nil {
		return nil, err
	}
	return openStore(cmd.Context(), db, false)
}

func addDBFlag(cmd *cobra.Command, db *string) {
	cmd.Flags().StringVar(db, "db", "", "store: a SQLite file or a postgres:// URL (default $DYAD_DB, else $XDG_DATA_HOME/dyad/dyad.db or ~/.local/share/dyad/dyad.db)")
}

func addFormatFlag(cmd *cobra.Command, format *string) {
	cmd.Flags().StringVar(format, "format", "table", "output format: table, jsonl or csv")
}

// output writes a result as an aligned table, CSV (with a header) or JSON
// Lines; rows and values hold the same records.
type output struct {
	header []string
	rows   [][]string
	values []any
}

func (o *output) add(value any, row ...string) {
	o.values = append(o.values, value)
	o.rows = append(o.rows, row)
}

func (o *output) write(w io.Writer, format string) error {
	switch format {
	case "table", "":
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, strings.Join(o.header, "\t"))
		for _, r := range o.rows {
			fmt.Fprintln(tw, strings.Join(r, "\t"))
		}
		return tw.Flush()
	case "csv":
		cw := csv.NewWriter(w)
		cw.Write(o.header)
		cw.WriteAll(o.rows)
		return cw.Error()
	case "jsonl":
		enc := json.NewEncoder(w)
		for _, v := range o.values {
			if err := enc.Encode(v); err != nil {
				return err
			}
		}
		return nil
	}
	return fmt.Errorf("--format %q: want table, jsonl or csv", format)
}

func checkFormat(format string) error {
	switch format {
	case "table", "csv", "jsonl":
		return nil
	}
	return fmt.Errorf("--format %q: want table, jsonl or csv", format)
}

// parseDyad parses "RUS-PAK".
func parseDyad(s string) ([2]string, error) {
	if s == "" {
		return [2]string{}, nil
	}
	a, b, ok := strings.Cut(strings.ToUpper(s), "-")
	if !ok || a == "" || b == "" {
		return [2]string{}, fmt.Errorf("--dyad %q: want two codes like RUS-PAK", s)
	}
	return [2]string{a, b}, nil
}

// parseBound parses YYYY, YYYY-MM or YYYY-MM-DD. For an upper bound it
// returns the last day of the period, since --to is inclusive.
func parseBound(flag, s string, upper bool) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	for _, f := range []struct {
		layout string
		add    func(time.Time) time.Time
	}{
		{"2006-01-02", func(t time.Time) time.Time { return t }},
		{"2006-01", func(t time.Time) time.Time { return t.AddDate(0, 1, -1) }},
		{"2006", func(t time.Time) time.Time { return t.AddDate(1, 0, -1) }},
	} {
		if t, err := time.Parse(f.layout, s); err == nil {
			if upper {
				t = f.add(t)
			}
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("--%s %q: want YYYY, YYYY-MM or YYYY-MM-DD", flag, s)
}

func dateString(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.DateOnly)
}
