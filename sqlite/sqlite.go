// Package sqlite is the embedded dyad.Store, on modernc.org/sqlite (pure
// Go, no cgo). The database is one file in WAL mode; every document is
// committed in its own transaction, so a killed process loses only the
// document it was writing.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"github.com/pressly/goose/v3"
	_ "modernc.org/sqlite" // registers the "sqlite" driver

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/internal/sqlstore"
)

//go:embed migrations/*.sql
var migrations embed.FS

// DefaultPath returns where the store lives when --db is not given:
// $DYAD_DB if set, else $XDG_DATA_HOME/dyad/dyad.db, else
// ~/.local/share/dyad/dyad.db.
func DefaultPath() (string, error) {
	if p := os.Getenv("DYAD_DB"); p != "" {
		return p, nil
	}
	if d := os.Getenv("XDG_DATA_HOME"); d != "" {
		return filepath.Join(d, "dyad", "dyad.db"), nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", fmt.Errorf("default database location: %w", err)
	}
	return filepath.Join(home, ".local", "share", "dyad", "dyad.db"), nil
}

// Open opens (creating if needed) the database file at path, migrates its
// schema and returns the store. The directory is created too.
func Open(ctx context.Context, path string) (dyad.Store, error) {
	db, err := OpenDB(ctx, path)
	if err != nil {
		return nil, err
	}
	return sqlstore.New(sqlstore.NewSQLDB(db), sqlstore.Dialect{}), nil
}

// OpenDB opens and migrates the database file and returns the raw pool,
// for tools that load data in bulk (benchmarks) or check integrity.
func OpenDB(ctx context.Context, path string) (*sql.DB, error) {
	if dir := filepath.Dir(path); dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, fmt.Errorf("open %s: %w", path, err)
		}
	}
	// WAL lets readers run beside the one writer; busy_timeout makes a
	// second writer wait instead of failing; _txlock=immediate takes the
	// write lock at BEGIN, so two writers never deadlock on an upgrade.
	q := url.Values{}
	q.Add("_pragma", "busy_timeout(10000)")
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "synchronous(NORMAL)")
	q.Add("_pragma", "foreign_keys(ON)")
	q.Set("_txlock", "immediate")
	// In a file: URI, '%', '?' and '#' in the path must be escaped.
	esc := strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23").Replace(path)
	db, err := sql.Open("sqlite", "file:"+esc+"?"+q.Encode())
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	if err := migrate(ctx, db); err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	return db, nil
}

func migrate(ctx context.Context, db *sql.DB) error {
	dir, err := fs.Sub(migrations, "migrations")
	if err != nil {
		return err
	}
	p, err := goose.NewProvider(goose.DialectSQLite3, db, dir)
	if err != nil {
		return fmt.Errorf("migrations: %w", err)
	}
	if _, err := p.Up(ctx); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	return nil
}
