package dict_test

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"testing/fstest"

	"github.com/dyadproject/dyad/dict"
)

var fuzzNames = []string{"f.actors", "f.agents", "f.verbs", "f.synsets", "f.discards", "options"}

// FuzzParse checks that no input panics the parser, and that whatever
// parses is written and read back to the same dictionary.
func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob("testdata/full/*")
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		for i, n := range fuzzNames {
			if dict.Kind(name) == dict.Kind(n) {
				f.Add(uint8(i), string(data))
			}
		}
	}
	f.Add(uint8(2), "verb V 010\n  pattern 010 .. { a | { b .. &X } } ^ % =\nsynset X  y | { z* | w= }\n")
	f.Add(uint8(0), "actor A\n  code AAA 2000-02-29 2001 #x\n")
	f.Fuzz(func(t *testing.T, kind uint8, data string) {
		name := fuzzNames[int(kind)%len(fuzzNames)]
		d1, err := dict.ParseDir(fstest.MapFS{name: {Data: []byte(data)}}, ".")
		if err != nil {
			return
		}
		fsys, err := encodeFS(t, d1)
		if err != nil {
			t.Fatalf("write what parsed: %v\ninput:\n%s", err, data)
		}
		d2, err := dict.ParseDir(fsys, ".")
		if err != nil {
			for name, f := range fsys {
				t.Logf("%s:\n%s", name, f.Data)
			}
			t.Fatalf("read what was written: %v\ninput:\n%s", err, data)
		}
		normalize(d1, false)
		normalize(d2, false)
		if !reflect.DeepEqual(d1, d2) {
			t.Fatalf("round trip changed the dictionary:\n got %+v\nwant %+v", d2, d1)
		}
	})
}
