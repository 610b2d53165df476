package actor_test

import (
	"strings"
	"testing"
	"time"

	"github.com/dyadproject/dyad/actor"
	"github.com/dyadproject/dyad/dict"
)

const leaders = `
actor RAJIV_GANDHI  Rajiv Gandhi
  type    person
  names   Rajiv Gandhi
  country IND
  code    INDGOV 1984-10-31 1989-12-02 prime minister
  code    INDELI

actor VP_SINGH  V. P. Singh
  type    person
  names   V. P. Singh
  country IND
  code    INDGOV 1989-12-02 1990-11-10 prime minister

actor ZHOU_ENLAI  Zhou Enlai
  type    person
  names   Zhou Enlai
  country CHN
  code    CHNGOV 1949-10-01 1976-01-08 prime minister
`

func TestHolder(t *testing.T) {
	d := dict.Merge()
	if err := dict.ParseFile("leaders.actors", strings.NewReader(leaders), d); err != nil {
		t.Fatal(err)
	}
	roles := actor.NewRoles(d)
	day := func(s string) time.Time { t, _ := time.Parse("2006-01-02", s); return t }
	tests := []struct {
		country, office, date, want string
	}{
		{"IND", "prime minister", "1984-10-30", ""}, // before the term
		{"IND", "prime minister", "1984-10-31", "RAJIV_GANDHI"},
		{"IND", "prime minister", "1988-12-20", "RAJIV_GANDHI"},
		{"IND", "prime minister", "1989-12-02", "VP_SINGH"}, // the term's end is exclusive
		{"IND", "prime minister", "1991-01-01", ""},         // after both
		{"CHN", "prime minister", "1954-06-28", "ZHOU_ENLAI"},
		{"CHN", "foreign minister", "1954-06-28", ""},
	}
	for _, tc := range tests {
		a, _, ok := roles.Holder(tc.country, tc.office, day(tc.date))
		got := ""
		if ok {
			got = a.ID
		}
		if got != tc.want {
			t.Errorf("Holder(%s, %s, %s) = %q, want %q", tc.country, tc.office, tc.date, got, tc.want)
		}
	}
}
