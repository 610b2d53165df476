package builtin_test

import (
	"errors"
	"testing"

	"github.com/dyadproject/dyad/dict"
	"github.com/dyadproject/dyad/dict/builtin"
)

// TestLoad fails on any malformed line of the built-in data and lists them
// all.
func TestLoad(t *testing.T) {
	d, err := builtin.Load()
	var list dict.ErrorList
	if errors.As(err, &list) {
		for _, e := range list {
			t.Error(e)
		}
	} else if err != nil {
		t.Fatal(err)
	}
	if len(d.Actors) == 0 {
		t.Error("no built-in actors")
	}
}

func BenchmarkLoadBuiltin(b *testing.B) {
	b.ReportAllocs()
	var phrases int
	for b.Loop() {
		d, _ := builtin.Load()
		if len(d.Actors) == 0 {
			b.Fatal("no built-in actors")
		}
		phrases = 0
		for _, a := range d.Actors {
			phrases += len(a.Names) + len(a.Short) + len(a.Adj) + len(a.Gov) + len(a.City)
		}
	}
	b.ReportMetric(float64(phrases), "phrases")
}
