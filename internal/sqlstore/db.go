// Package sqlstore is the SQL implementation of dyad.Store shared by the
// sqlite and postgres packages. They differ in drivers, schema types and
// bulk loading; the queries, transactions, dedup and rollup maintenance are
// written once here, with '?' placeholders that the postgres adapter
// rewrites.
package sqlstore

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"
)

// ErrNoRows is returned by Row.Scan when the query matched nothing; each
// adapter translates its driver's own error to it.
var ErrNoRows = errors.New("no rows")

// Querier runs SQL written with '?' placeholders.
type Querier interface {
	// Exec runs a statement and returns the number of rows it affected.
	Exec(ctx context.Context, query string, args ...any) (int64, error)
	Query(ctx context.Context, query string, args ...any) (Rows, error)
	QueryRow(ctx context.Context, query string, args ...any) Row
}

// DB is a connection pool.
type DB interface {
	Querier
	Begin(ctx context.Context) (Tx, error)
	Close() error
}

// Tx is a transaction.
type Tx interface {
	Querier
	Commit(ctx context.Context) error
	Rollback(ctx context.Context) error
}

// Rows iterates a result set.
type Rows interface {
	Next() bool
	Scan(dest ...any) error
	Err() error
	Close()
}

// Row is a single-row result.
type Row interface{ Scan(dest ...any) error }

// Dialect holds what differs in how values are written.
type Dialect struct {
	// NativeDates is true when date and timestamp columns take time.Time
	// (PostgreSQL); otherwise dates are written as ISO text (SQLite).
	NativeDates bool
	// NullsLast is true when NULL sorts after every value in ascending
	// order (PostgreSQL); SQLite sorts it first. Queries ask for NULLs
	// first on both, which SQLite can read straight off an index.
	NullsLast bool
	// WriteLock, when set, runs first in every write transaction to make
	// writers take turns. PostgreSQL needs it: two documents about one
	// event must not both find no cluster and create two, and rollup
	// upserts in different orders must not deadlock. SQLite's BEGIN
	// IMMEDIATE already admits one writer at a time.
	WriteLock string
}

// nullsFirst is the ORDER BY suffix that sorts NULLs first.
func (d Dialect) nullsFirst() string {
	if d.NullsLast {
		return " NULLS FIRST"
	}
	return ""
}

// day encodes the day of t for a date column; nil for a zero time.
func (d Dialect) day(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	t = t.UTC()
	t = time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
	if d.NativeDates {
		return t
	}
	return t.Format(time.DateOnly)
}

// dayCeil encodes the first midnight at or after t, for exclusive ends.
func (d Dialect) dayCeil(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	u := t.UTC()
	if u.Hour() != 0 || u.Minute() != 0 || u.Second() != 0 || u.Nanosecond() != 0 {
		u = u.Add(24 * time.Hour)
	}
	return d.day(u)
}

func (d Dialect) timestamp(t time.Time) any {
	if d.NativeDates {
		return t.UTC()
	}
	return t.UTC().Format(time.RFC3339Nano)
}

// dbTime scans a date or timestamp column written by either dialect.
type dbTime struct{ t time.Time }

func (d *dbTime) Scan(src any) error {
	switch v := src.(type) {
	case nil:
		d.t = time.Time{}
	case time.Time:
		d.t = v.UTC()
	case string:
		return d.parse(v)
	case []byte:
		return d.parse(string(v))
	default:
		return fmt.Errorf("scan time: unsupported %T", src)
	}
	return nil
}

func (d *dbTime) parse(s string) error {
	for _, layout := range []string{time.RFC3339Nano, time.DateOnly, "2006-01-02 15:04:05"} {
		if t, err := time.Parse(layout, s); err == nil {
			d.t = t.UTC()
			return nil
		}
	}
	return fmt.Errorf("scan time: cannot parse %q", s)
}

// SQLDB adapts a database/sql pool. It prepares each distinct query once
// and reuses the statement: SQLite spends a good part of a small insert
// parsing SQL, and database/sql keeps one prepared copy per connection.
type SQLDB struct {
	db    *sql.DB
	mu    sync.Mutex
	stmts map[string]*sql.Stmt
}

// NewSQLDB wraps db.
func NewSQLDB(db *sql.DB) *SQLDB { return &SQLDB{db: db, stmts: map[string]*sql.Stmt{}} }

func (s *SQLDB) stmt(ctx context.Context, q string) (*sql.Stmt, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if st, ok := s.stmts[q]; ok {
		return st, nil
	}
	st, err := s.db.PrepareContext(ctx, q)
	if err != nil {
		return nil, err
	}
	s.stmts[q] = st
	return st, nil
}

func (s *SQLDB) Exec(ctx context.Context, q string, args ...any) (int64, error) {
	return stmtRunner(s.stmt).Exec(ctx, q, args...)
}

func (s *SQLDB) Query(ctx context.Context, q string, args ...any) (Rows, error) {
	return stmtRunner(s.stmt).Query(ctx, q, args...)
}

func (s *SQLDB) QueryRow(ctx context.Context, q string, args ...any) Row {
	return stmtRunner(s.stmt).QueryRow(ctx, q, args...)
}

func (s *SQLDB) Begin(ctx context.Context) (Tx, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	return &sqlTx{db: s, tx: tx}, nil
}

// Close closes the statements and the pool.
func (s *SQLDB) Close() error {
	s.mu.Lock()
	for _, st := range s.stmts {
		st.Close()
	}
	s.stmts = nil
	s.mu.Unlock()
	return s.db.Close()
}

type sqlTx struct {
	db *SQLDB
	tx *sql.Tx
}

// stmt returns the cached statement bound to the transaction.
func (t *sqlTx) stmt(ctx context.Context, q string) (*sql.Stmt, error) {
	st, err := t.db.stmt(ctx, q)
	if err != nil {
		return nil, err
	}
	return t.tx.StmtContext(ctx, st), nil
}

func (t *sqlTx) Exec(ctx context.Context, q string, args ...any) (int64, error) {
	return stmtRunner(t.stmt).Exec(ctx, q, args...)
}

func (t *sqlTx) Query(ctx context.Context, q string, args ...any) (Rows, error) {
	return stmtRunner(t.stmt).Query(ctx, q, args...)
}

func (t *sqlTx) QueryRow(ctx context.Context, q string, args ...any) Row {
	return stmtRunner(t.stmt).QueryRow(ctx, q, args...)
}

// stmtRunner runs queries through the prepared statements a pool or a
// transaction hands out, so both share one Exec, Query and QueryRow.
type stmtRunner func(ctx context.Context, q string) (*sql.Stmt, error)

func (r stmtRunner) Exec(ctx context.Context, q string, args ...any) (int64, error) {
	st, err := r(ctx, q)
	if err != nil {
		return 0, err
	}
	return result(st.ExecContext(ctx, args...))
}

func (r stmtRunner) Query(ctx context.Context, q string, args ...any) (Rows, error) {
	st, err := r(ctx, q)
	if err != nil {
		return nil, err
	}
	rows, err := st.QueryContext(ctx, args...)
	if err != nil {
		return nil, err
	}
	return sqlRows{rows}, nil
}

func (r stmtRunner) QueryRow(ctx context.Context, q string, args ...any) Row {
	st, err := r(ctx, q)
	if err != nil {
		return errRow{err}
	}
	return sqlRow{st.QueryRowContext(ctx, args...)}
}

func (t *sqlTx) Commit(context.Context) error   { return t.tx.Commit() }
func (t *sqlTx) Rollback(context.Context) error { return t.tx.Rollback() }

func result(res sql.Result, err error) (int64, error) {
	if err != nil {
		return 0, err
	}
	return res.RowsAffected()
}

type errRow struct{ err error }

func (r errRow) Scan(...any) error { return r.err }

type sqlRows struct{ *sql.Rows }

func (r sqlRows) Close() { r.Rows.Close() }

type sqlRow struct{ r *sql.Row }

func (r sqlRow) Scan(dest ...any) error {
	err := r.r.Scan(dest...)
	if errors.Is(err, sql.ErrNoRows) {
		return ErrNoRows
	}
	return err
}

// Rebind rewrites '?' placeholders as $1, $2, ... for PostgreSQL. The
// queries in this package have no '?' inside literals.
func Rebind(q string) string {
	if !strings.Contains(q, "?") {
		return q
	}
	var b strings.Builder
	n := 0
	for i := 0; i < len(q); i++ {
		if q[i] == '?' {
			n++
			fmt.Fprintf(&b, "$%d", n)
			continue
		}
		b.WriteByte(q[i])
	}
	return b.String()
}
