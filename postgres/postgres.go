// Package postgres is the dyad.Store on PostgreSQL, through pgx v5 and a
// pgxpool. Use it with --db postgres://user@host/dbname.
package postgres

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"io/fs"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jackc/pgx/v5/stdlib"
	"github.com/pressly/goose/v3"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/internal/sqlstore"
)

// writeLockKey is the transaction-level advisory lock that serialises
// PutDocument across connections and processes ("dyad" in ASCII).
const writeLockKey = "1685676388"

//go:embed migrations/*.sql
var migrations embed.FS

// Open connects to the database named by dsn (a postgres:// URL or a
// key=value string), migrates its schema and returns the store.
func Open(ctx context.Context, dsn string) (dyad.Store, error) {
	pool, err := OpenPool(ctx, dsn)
	if err != nil {
		return nil, err
	}
	return sqlstore.New(poolDB{pool}, sqlstore.Dialect{NativeDates: true, NullsLast: true,
		WriteLock: "SELECT pg_advisory_xact_lock(" + writeLockKey + ")"}), nil
}

// OpenPool connects and migrates, returning the raw pool for bulk loading.
func OpenPool(ctx context.Context, dsn string) (*pgxpool.Pool, error) {
	pool, err := pgxpool.New(ctx, dsn)
	if err != nil {
		return nil, fmt.Errorf("open postgres: %w", err)
	}
	if err := pool.Ping(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("open postgres: %w", err)
	}
	if err := migrate(ctx, pool); err != nil {
		pool.Close()
		return nil, fmt.Errorf("open postgres: %w", err)
	}
	return pool, nil
}

func migrate(ctx context.Context, pool *pgxpool.Pool) error {
	db := stdlib.OpenDBFromPool(pool)
	defer db.Close()
	dir, err := fs.Sub(migrations, "migrations")
	if err != nil {
		return err
	}
	p, err := goose.NewProvider(goose.DialectPostgres, db, dir)
	if err != nil {
		return fmt.Errorf("migrations: %w", err)
	}
	if _, err := p.Up(ctx); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	return nil
}

// poolDB adapts a pgxpool to sqlstore.DB, rewriting placeholders.
type poolDB struct{ p *pgxpool.Pool }

func (d poolDB) Exec(ctx context.Context, q string, args ...any) (int64, error) {
	return exec(d.p.Exec(ctx, sqlstore.Rebind(q), args...))
}

func (d poolDB) Query(ctx context.Context, q string, args ...any) (sqlstore.Rows, error) {
	r, err := d.p.Query(ctx, sqlstore.Rebind(q), args...)
	if err != nil {
		return nil, err
	}
	return r, nil
}

func (d poolDB) QueryRow(ctx context.Context, q string, args ...any) sqlstore.Row {
	return row{d.p.QueryRow(ctx, sqlstore.Rebind(q), args...)}
}

func (d poolDB) Begin(ctx context.Context) (sqlstore.Tx, error) {
	tx, err := d.p.Begin(ctx)
	if err != nil {
		return nil, err
	}
	return txDB{tx}, nil
}

func (d poolDB) Close() error { d.p.Close(); return nil }

type txDB struct{ tx pgx.Tx }

func (t txDB) Exec(ctx context.Context, q string, args ...any) (int64, error) {
	return exec(t.tx.Exec(ctx, sqlstore.Rebind(q), args...))
}

func (t txDB) Query(ctx context.Context, q string, args ...any) (sqlstore.Rows, error) {
	r, err := t.tx.Query(ctx, sqlstore.Rebind(q), args...)
	if err != nil {
		return nil, err
	}
	return r, nil
}

func (t txDB) QueryRow(ctx context.Context, q string, args ...any) sqlstore.Row {
	return row{t.tx.QueryRow(ctx, sqlstore.Rebind(q), args...)}
}

func (t txDB) Commit(ctx context.Context) error   { return t.tx.Commit(ctx) }
func (t txDB) Rollback(ctx context.Context) error { return t.tx.Rollback(ctx) }

func exec(tag pgconn.CommandTag, err error) (int64, error) {
	if err != nil {
		return 0, err
	}
	return tag.RowsAffected(), nil
}

type row struct{ r pgx.Row }

func (r row) Scan(dest ...any) error {
	err := r.r.Scan(dest...)
	if errors.Is(err, pgx.ErrNoRows) {
		return sqlstore.ErrNoRows
	}
	return err
}
