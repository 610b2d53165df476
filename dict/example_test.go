package dict_test

import (
	"fmt"
	"strings"
	"testing/fstest"

	"github.com/dyadproject/dyad/dict"
)

func ExampleParseDir() {
	fsys := fstest.MapFS{
		"people.actors": {Data: []byte(`
actor RAJIV_GANDHI  Rajiv Gandhi
  names   Rajiv Gandhi
  code    INDGOV 1984-10-31 1989-12-02  prime minister
  code    INDELI
`)},
		"visit.verbs": {Data: []byte(`
verb VISIT  042
  forms   visit | visited
  pattern 042  $ * .. +
`)},
	}
	d, err := dict.ParseDir(fsys, ".")
	if err != nil {
		fmt.Println(err)
		return
	}
	a := d.Actors[0]
	for _, c := range a.Codes {
		fmt.Printf("%s %s: %s from %q to %q (%s)\n", a.Pos, a.Name, c.Code, c.From, c.To, c.Office)
	}
	fmt.Println(d.Verbs[0].Patterns[0].Pos, len(d.Verbs[0].Patterns[0].Seq), "elements")
	// Output:
	// people.actors:2 Rajiv Gandhi: INDGOV from "1984-10-31" to "1989-12-02" (prime minister)
	// people.actors:2 Rajiv Gandhi: INDELI from "" to "" ()
	// visit.verbs:4 3 elements
}

func ExampleParseFile_errors() {
	d := &dict.Dictionary{}
	err := dict.ParseFile("states.actors", strings.NewReader(`actor IND  India
  names   India | Bharat
  code    IN
  adj     Indian |
`), d)
	for _, e := range err.(dict.ErrorList) {
		fmt.Println(e)
	}
	// Output:
	// states.actors:3: code "IN": actor codes have at least 3 letters
	// states.actors:4: adj: empty phrase between "|"
}
