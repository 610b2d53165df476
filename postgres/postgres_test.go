package postgres_test

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/postgres"
	"github.com/dyadproject/dyad/storetest"
)

// serverDSN returns the DSN of the test server or skips the test. Run the
// tests under scripts/with-postgres.sh to get a throwaway server.
func serverDSN(tb testing.TB) string {
	tb.Helper()
	dsn := os.Getenv("DYAD_TEST_POSTGRES")
	if dsn == "" {
		tb.Skip("DYAD_TEST_POSTGRES is not set: run under scripts/with-postgres.sh to test against a real PostgreSQL server")
	}
	return dsn
}

var dbSeq atomic.Int64

// freshDB creates an empty database on the test server, dropped when the
// test ends, and returns its DSN.
func freshDB(tb testing.TB) string {
	tb.Helper()
	ctx := context.Background()
	dsn := serverDSN(tb)
	admin, err := pgx.Connect(ctx, dsn)
	if err != nil {
		tb.Fatalf("connect %s: %v", dsn, err)
	}
	name := fmt.Sprintf("dyadtest_%d_%d_%d", os.Getpid(), time.Now().UnixNano()%1e6, dbSeq.Add(1))
	if _, err := admin.Exec(ctx, "CREATE DATABASE "+name); err != nil {
		admin.Close(ctx)
		tb.Fatalf("create database: %v", err)
	}
	tb.Cleanup(func() {
		admin.Exec(ctx, "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)")
		admin.Close(ctx)
	})
	return withDatabase(tb, dsn, name)
}

// withDatabase returns dsn pointing at database name instead.
func withDatabase(tb testing.TB, dsn, name string) string {
	tb.Helper()
	if !strings.HasPrefix(dsn, "postgres://") && !strings.HasPrefix(dsn, "postgresql://") {
		return dsn + " dbname=" + name // key=value form: the last dbname wins
	}
	u, err := url.Parse(dsn)
	if err != nil {
		tb.Fatalf("DYAD_TEST_POSTGRES: %v", err)
	}
	u.Path = "/" + name
	return u.String()
}

func open(t *testing.T) dyad.Store {
	t.Helper()
	s, err := postgres.Open(context.Background(), freshDB(t))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestStore(t *testing.T) {
	serverDSN(t)
	storetest.Run(t, open)
}
