package dict_test

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dyadproject/dyad/dict"
)

// TestDocExamples parses the examples of docs/dictionaries.md, so that the
// documentation shows the format as it is.
func TestDocExamples(t *testing.T) {
	text, err := os.ReadFile("../docs/dictionaries.md")
	if err != nil {
		t.Skip(err)
	}
	fsys := fstest.MapFS{}
	blocks := strings.Split(string(text), "```")
	for i := 1; i < len(blocks); i += 2 {
		b := strings.TrimPrefix(blocks[i], "\n")
		name := "options"
		for _, k := range []string{"actor", "agent", "verb", "discard"} {
			if strings.HasPrefix(b, k+" ") {
				name = fmt.Sprintf("%02d.%ss", i, k)
			}
		}
		fsys[name] = &fstest.MapFile{Data: []byte(b)}
	}
	d, err := dict.ParseDir(fsys, ".")
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Actors) == 0 || len(d.Agents) == 0 || len(d.Verbs) == 0 || len(d.Discards) == 0 || len(d.Options) == 0 {
		t.Errorf("the examples lack a kind: %d actors, %d agents, %d verbs, %d discards, %d options",
			len(d.Actors), len(d.Agents), len(d.Verbs), len(d.Discards), len(d.Options))
	}
}
