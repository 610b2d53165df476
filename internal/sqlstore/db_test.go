package sqlstore_test

import (
	"strings"
	"testing"

	"github.com/dyadproject/dyad/internal/sqlstore"
)

func TestRebind(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"none", "SELECT 1", "SELECT 1"},
		{"one", "SELECT * FROM t WHERE a = ?", "SELECT * FROM t WHERE a = $1"},
		{"many", "VALUES (?, ?), (?, ?)", "VALUES ($1, $2), ($3, $4)"},
		{"ten", strings.Repeat("?", 10), "$1$2$3$4$5$6$7$8$9$10"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := sqlstore.Rebind(tc.in); got != tc.want {
				t.Errorf("Rebind(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func FuzzRebind(f *testing.F) {
	f.Add("SELECT ? FROM t WHERE a IN (?, ?)")
	f.Fuzz(func(t *testing.T, q string) {
		got := sqlstore.Rebind(q)
		if n := strings.Count(q, "?"); strings.Count(got, "$") != n+strings.Count(q, "$") {
			t.Fatalf("Rebind(%q) = %q: want %d placeholders", q, got, n)
		}
		if strings.Contains(got, "?") {
			t.Fatalf("Rebind(%q) = %q kept a '?'", q, got)
		}
	})
}
