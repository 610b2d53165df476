package cluster_test

import (
	"testing"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/cluster"
)

func day(s string) dyad.Date {
	d, err := dyad.ParseDay(s)
	if err != nil {
		panic(err)
	}
	return d
}

func docDay(s string) dyad.Date {
	d := day(s)
	d.Precision = dyad.PrecDocument
	return d
}

func TestCompatible(t *testing.T) {
	tests := []struct {
		name string
		a, b dyad.Date
		want bool
	}{
		{"same day", day("2019-03-03"), day("2019-03-03"), true},
		{"next day", day("2019-03-03"), day("2019-03-04"), false},
		{"day in month", day("2019-03-03"), dyad.Month(2019, time.March), true},
		{"day outside month", day("2019-04-01"), dyad.Month(2019, time.March), false},
		{"month in year", dyad.Month(2019, time.March), dyad.Year(2019), true},
		{"document vs day before", docDay("2019-03-04"), day("2019-03-03"), true},
		{"day vs document after", day("2019-03-03"), docDay("2019-03-04"), true},
		{"document vs day two before", docDay("2019-03-05"), day("2019-03-03"), false},
		{"documents one apart", docDay("2019-03-04"), docDay("2019-03-03"), true},
		{"documents two apart", docDay("2019-03-05"), docDay("2019-03-03"), false},
		{"unknown", dyad.Date{}, day("2019-03-03"), false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := cluster.Compatible(tc.a, tc.b); got != tc.want {
				t.Errorf("Compatible(%v, %v) = %v, want %v", tc.a, tc.b, got, tc.want)
			}
			if got := cluster.Compatible(tc.b, tc.a); got != tc.want {
				t.Errorf("Compatible(%v, %v) = %v, want %v (not symmetric)", tc.b, tc.a, got, tc.want)
			}
		})
	}
}

func TestKey(t *testing.T) {
	r := cluster.New()
	tests := []struct {
		name, src, tgt, code, want string
		sym                        bool
	}{
		{"meet sorted", "RUS", "PAK", "040", "04|PAK|RUS", true},
		{"visit sorted", "PAK", "RUS", "042", "04|PAK|RUS", true},
		{"sign agreement", "USA", "IND", "057", "05|IND|USA", true},
		{"praise directed", "USA", "IND", "051", "05|USA|IND", false},
		{"fight", "IND", "CHN", "190", "19|CHN|IND", true},
		{"accuse directed", "RUS", "PAK", "112", "11|RUS|PAK", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, sym := r.Key(tc.src, tc.tgt, tc.code)
			if got != tc.want || sym != tc.sym {
				t.Errorf("Key = %q, %v; want %q, %v", got, sym, tc.want, tc.sym)
			}
		})
	}
}

func TestBetter(t *testing.T) {
	if !cluster.Better(day("2019-03-03"), dyad.Month(2019, time.March)) {
		t.Error("a day should beat a month")
	}
	if !cluster.Better(day("2019-03-03"), day("2019-03-04")) {
		t.Error("the earlier day should win a tie on precision")
	}
	if cluster.Better(docDay("2019-03-01"), day("2019-03-04")) {
		t.Error("a document date should lose to an explicit day")
	}
}

// TestSetRetellings clusters mentions from articles that retell the same
// meeting, with dates at different precisions and the dyad in both orders.
func TestSetRetellings(t *testing.T) {
	s := cluster.NewSet(cluster.New())
	mentions := []struct {
		m     cluster.Mention
		group string // mentions with the same group letter share a cluster
	}{
		// "Russian and Pakistani officials met in Islamabad on 3 March 2019."
		{cluster.Mention{EventID: "a1", DocID: "a", Host: "reuters.com", Source: "RUS", Target: "PAK", Code: "040", Date: day("2019-03-03")}, "meet"},
		// "Pakistan hosted a Russian delegation" (dated by the report, 4 March).
		{cluster.Mention{EventID: "b1", DocID: "b", Host: "dawn.com", Source: "PAK", Target: "RUS", Code: "043", Date: docDay("2019-03-04")}, "meet"},
		// "In March 2019 Russia and Pakistan held talks."
		{cluster.Mention{EventID: "c1", DocID: "c", Host: "reuters.com", Source: "RUS", Target: "PAK", Code: "046", Date: dyad.Month(2019, time.March)}, "meet"},
		// The same article mentions the meeting twice.
		{cluster.Mention{EventID: "a2", DocID: "a", Host: "reuters.com", Source: "PAK", Target: "RUS", Code: "040", Date: day("2019-03-03")}, "meet"},
		// A second meeting later that month is another event.
		{cluster.Mention{EventID: "d1", DocID: "d", Host: "tass.ru", Source: "RUS", Target: "PAK", Code: "040", Date: day("2019-03-20")}, "meet2"},
		// Accusations are directed: each direction is its own event.
		{cluster.Mention{EventID: "e1", DocID: "e", Host: "dawn.com", Source: "PAK", Target: "RUS", Code: "112", Date: docDay("2019-03-04")}, "acc1"},
		{cluster.Mention{EventID: "e2", DocID: "e", Host: "dawn.com", Source: "RUS", Target: "PAK", Code: "112", Date: docDay("2019-03-04")}, "acc2"},
		// Report dates three days apart do not match.
		{cluster.Mention{EventID: "f1", DocID: "f", Host: "dawn.com", Source: "PAK", Target: "RUS", Code: "112", Date: docDay("2019-03-07")}, "acc3"},
		// No target: no cluster.
		{cluster.Mention{EventID: "g1", DocID: "g", Host: "dawn.com", Source: "PAK", Code: "010", Date: day("2019-03-07")}, ""},
	}
	groups := map[string]string{}
	for _, tc := range mentions {
		id := s.Add(tc.m)
		if tc.group == "" {
			if id != "" {
				t.Errorf("%s: clustered as %s, want none", tc.m.EventID, id)
			}
			continue
		}
		if prev, ok := groups[tc.group]; ok && prev != id {
			t.Errorf("%s: cluster %s, want %s (group %s)", tc.m.EventID, id, prev, tc.group)
		}
		groups[tc.group] = id
	}
	if got := len(s.Clusters()); got != 5 {
		t.Errorf("got %d clusters, want 5", got)
	}
	for _, c := range s.Clusters() {
		if c.ID != groups["meet"] {
			continue
		}
		if c.Mentions != 4 || c.Articles != 3 || c.Sources != 2 {
			t.Errorf("meet: mentions/articles/sources = %d/%d/%d, want 4/3/2", c.Mentions, c.Articles, c.Sources)
		}
		if c.Representative != "a1" || c.Date.Value != "2019-03-03" {
			t.Errorf("meet: representative %s (%s), want a1 (2019-03-03)", c.Representative, c.Date.Value)
		}
		if !c.Symmetric || c.Root != "04" {
			t.Errorf("meet: root %s symmetric %v, want 04 true", c.Root, c.Symmetric)
		}
	}
}

// TestSetStableID checks that a cluster's ID does not depend on which of
// its later mentions arrive, only on the first one.
func TestSetStableID(t *testing.T) {
	first := cluster.Mention{EventID: "x", DocID: "x", Source: "IND", Target: "CHN", Code: "190", Date: docDay("2020-06-16")}
	later := cluster.Mention{EventID: "y", DocID: "y", Source: "CHN", Target: "IND", Code: "193", Date: day("2020-06-15")}
	s1, s2 := cluster.NewSet(cluster.New()), cluster.NewSet(cluster.New())
	a := s1.Add(first)
	if b := s1.Add(later); b != a {
		t.Fatalf("later mention joined %s, want %s", b, a)
	}
	if c := s2.Add(first); c != a {
		t.Errorf("ID %s differs across runs from %s", c, a)
	}
	if got := s1.Clusters()[0].Representative; got != "y" {
		t.Errorf("representative %s, want the day-dated y", got)
	}
}

func TestSourceOf(t *testing.T) {
	tests := []struct{ name, url, source, want string }{
		{"host", "https://www.Reuters.com/world/x", "feed", "reuters.com"},
		{"no url", "", "corpus.jsonl", "corpus.jsonl"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := cluster.SourceOf(tc.url, tc.source); got != tc.want {
				t.Errorf("SourceOf = %q, want %q", got, tc.want)
			}
		})
	}
}

// FuzzCompatible checks the rule's invariants on arbitrary periods:
// compatibility is symmetric, a known date is compatible with itself, and
// a mention always joins a compatible candidate when one exists.
func FuzzCompatible(f *testing.F) {
	f.Add(int64(0), int64(86400), int64(0), int64(86400), uint8(1), uint8(11))
	f.Add(int64(86400), int64(2*86400), int64(3*86400), int64(4*86400), uint8(11), uint8(11))
	f.Fuzz(func(t *testing.T, b1, l1, b2, l2 int64, p1, p2 uint8) {
		precs := []dyad.Precision{dyad.PrecTime, dyad.PrecDay, dyad.PrecMonth, dyad.PrecYear, dyad.PrecInterval, dyad.PrecDocument, "odd"}
		mk := func(b, l int64, p uint8) dyad.Date {
			begin := time.Unix(b%(1<<34), 0).UTC()
			return dyad.Date{Value: "x", Precision: precs[int(p)%len(precs)], Begin: begin, End: begin.Add(time.Duration(l%(1<<30)) * time.Second)}
		}
		a, b := mk(b1, l1, p1), mk(b2, l2, p2)
		if cluster.Compatible(a, b) != cluster.Compatible(b, a) {
			t.Fatalf("Compatible not symmetric for %+v, %+v", a, b)
		}
		if a.End.After(a.Begin) && !a.Begin.IsZero() && !cluster.Compatible(a, a) {
			t.Fatalf("%+v not compatible with itself", a)
		}
		i := cluster.Choose(a, []cluster.Candidate{{ID: "x", Rep: b}})
		if (i == 0) != cluster.Compatible(a, b) {
			t.Fatalf("Choose = %d, Compatible = %v", i, cluster.Compatible(a, b))
		}
	})
}
