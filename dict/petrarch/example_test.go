package petrarch_test

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/dyadproject/dyad/dict/petrarch"
)

func ExampleLoad() {
	dir, _ := os.MkdirTemp("", "petrarch")
	defer os.RemoveAll(dir)
	os.WriteFile(filepath.Join(dir, "Test.actors.txt"), []byte("SAM_GAMGEE [HOB]\n\t[HOBGOV 20121109-20130119]\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "Test.agents.txt"), []byte("SOLDIER [~MILARM]\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "Test.verbs.txt"), []byte("--- MEET [031] ---\nMEET {MET MEETING MEETS}\n- * WITH + [031]\n"), 0o644)

	d, err := petrarch.Load(dir)
	if err != nil {
		fmt.Println(err)
		return
	}
	a := d.Actors[0]
	fmt.Println(a.Name, a.Codes[0].Code, a.Codes[0].From, a.Codes[0].To, a.Codes[1].Code)
	fmt.Println(d.Agents[0].Code, d.Agents[0].Names[1].Text)
	v := d.Verbs[0]
	fmt.Println(v.Code, len(v.Forms), v.Patterns[0].Text)
	// Output:
	// SAM_GAMGEE HOBGOV 2012-11-09 2013-01-20 HOB
	// MILARM SOLDIERS
	// 031 4 * WITH +
}
