package sqlite_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/sqlite"
	"github.com/dyadproject/dyad/storetest"
)

func open(t *testing.T) dyad.Store {
	t.Helper()
	s, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "sub", "dyad.db"))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestStore(t *testing.T) { storetest.Run(t, open) }

func TestDefaultPath(t *testing.T) {
	tests := []struct{ name, db, xdg, home, want string }{
		{"DYAD_DB wins", "/x/my.db", "/xdg", "/home/u", "/x/my.db"},
		{"XDG", "", "/xdg", "/home/u", "/xdg/dyad/dyad.db"},
		{"home", "", "", "/home/u", "/home/u/.local/share/dyad/dyad.db"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Setenv("DYAD_DB", tc.db)
			t.Setenv("XDG_DATA_HOME", tc.xdg)
			t.Setenv("HOME", tc.home)
			got, err := sqlite.DefaultPath()
			if err != nil || got != tc.want {
				t.Errorf("DefaultPath() = %q, %v; want %q", got, err, tc.want)
			}
		})
	}
}

// TestOddPaths opens stores whose paths hold characters that mean
// something in a file: URI.
func TestOddPaths(t *testing.T) {
	for _, name := range []string{"with space", "per%20cent", "hash#x", "q?x", "ünï"} {
		t.Run(name, func(t *testing.T) {
			p := filepath.Join(t.TempDir(), name, "d.db")
			s, err := sqlite.Open(context.Background(), p)
			if err != nil {
				t.Fatal(err)
			}
			s.Close()
			if _, err := os.Stat(p); err != nil {
				t.Errorf("store not at %s: %v", p, err)
			}
		})
	}
}
