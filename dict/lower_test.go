package dict_test

import (
	"strings"
	"testing"

	"github.com/dyadproject/dyad/dict"
)

func TestLower(t *testing.T) {
	src := map[string]string{
		"s.actors": `
actor IND  India
  type  state
  names India
  adj   Indian
  city  Mumbai
  gov   New Delhi
  code  IND
`,
		"a.agents": `
agent GOV  government
  names  government
  office prime minister: prime minister | premier
`,
	}
	d := dict.Merge()
	for name, text := range src {
		if err := dict.ParseFile(name, strings.NewReader(text), d); err != nil {
			t.Fatal(err)
		}
	}
	lo := dict.Lower(d)
	if len(d.Actors[0].Adj) != 1 || len(d.Agents[0].Names) != 1 {
		t.Fatal("Lower changed its input")
	}
	var names []string
	for _, p := range lo.Actors[0].Names {
		names = append(names, p.Text)
	}
	if got := strings.Join(names, "|"); got != "India|Indian" {
		t.Errorf("names after Lower = %q", got)
	}
	if len(lo.Actors) != 3 {
		t.Fatalf("%d actors after Lower, want the state, its cities and its seat of government", len(lo.Actors))
	}
	if c := lo.Actors[1]; c.ID != "IND"+dict.CitySuffix || c.Codes[0].Code != "IND" || c.Names[0].Text != "Mumbai" {
		t.Errorf("cities not lowered to an IND actor of their own: %+v", c)
	}
	if g := lo.Actors[2]; g.ID != "IND"+dict.GovSuffix || g.Codes[0].Code != "INDGOV" || g.Names[0].Text != "New Delhi" {
		t.Errorf("seat of government not lowered to an INDGOV actor: %+v", g)
	}
	if n := len(lo.Agents[0].Names); n != 3 {
		t.Errorf("agent GOV has %d names after Lower, want 3 (government, prime minister, premier)", n)
	}
}

func TestShortNames(t *testing.T) {
	tests := []struct {
		names, short, want string
	}{
		{"Ahmed al-Sharaa | Abu Mohammed al-Jolani", "Sharaa | Jolani", "Sharaa|Jolani|al-Sharaa|al-Jolani"},
		{"Abdel Fattah el-Sisi", "Sisi | el-Sisi", "Sisi|el-Sisi"}, // listed already
		{"Narendra Modi", "Modi", "Modi"},
		{"Ali Salem", "Salem", "Salem"}, // no article joined to it
	}
	for _, tt := range tests {
		text := "actor P  P\n  type person\n  names " + tt.names + "\n  short " + tt.short + "\n  code XXXGOV\n"
		d := dict.Merge()
		if err := dict.ParseFile("p.actors", strings.NewReader(text), d); err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, p := range d.Actors[0].ShortNames() {
			got = append(got, p.Text)
		}
		if g := strings.Join(got, "|"); g != tt.want {
			t.Errorf("%s: got %q, want %q", tt.names, g, tt.want)
		}
		if len(d.Actors[0].Short) != len(strings.Split(tt.short, "|")) {
			t.Errorf("%s: ShortNames changed the entry", tt.names)
		}
	}
}
