package cameo_test

import (
	"testing"

	"github.com/dyadproject/dyad/cameo"
)

func TestLookup(t *testing.T) {
	tab, err := cameo.New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		code   string
		gold   float64
		quad   int
		plover string
		ok     bool
	}{
		{"042", 1.9, 1, "CONSULT", true},
		{"190", -10, 4, "ASSAULT", true},
		{"0871", 9, 2, "RETREAT", true},
		{"057", 8, 1, "AGREE", true},
		{"0579", 8, 1, "AGREE", true}, // falls back to 057
		{"123", -4, 3, "REJECT", true},
		{"abc", 0, 0, "", false},
	}
	for _, tc := range tests {
		in, ok := tab.Lookup(tc.code)
		if ok != tc.ok || in.Goldstein != tc.gold || in.QuadClass != tc.quad || in.PLOVER != tc.plover {
			t.Errorf("Lookup(%q) = %+v, %v; want goldstein %v quad %d plover %q ok %v", tc.code, in, ok, tc.gold, tc.quad, tc.plover, tc.ok)
		}
	}
}

func TestSymmetric(t *testing.T) {
	for code, want := range map[string]bool{"042": false, "043": false, "044": true, "061": true, "057": true, "190": true, "112": false, "172": false, "032": false} {
		if got := cameo.Symmetric(code); got != want {
			t.Errorf("Symmetric(%q) = %v, want %v", code, got, want)
		}
	}
}

func TestConverse(t *testing.T) {
	for code, want := range map[string]string{"042": "043", "043": "042", "046": "046", "112": ""} {
		if got := cameo.Converse(code); got != want {
			t.Errorf("Converse(%q) = %q, want %q", code, got, want)
		}
	}
}
