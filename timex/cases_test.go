package timex_test

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/timex"
)

// floorF1 is the ratchet on value F1 over testdata/cases.tsv. Raise it when
// the tagger improves; never lower it.
const floorF1 = 0.999

type want struct{ text, value, mod string }

type tcase struct {
	name, class, sentence string
	ref                   dyad.Date
	want                  []want
}

func loadCases(t *testing.T) []tcase {
	t.Helper()
	f, err := os.Open("testdata/cases.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []tcase
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 4 {
			t.Fatalf("cases.tsv:%d: want 4 tab-separated fields, got %d", n, len(f))
		}
		ref, err := dyad.ParseDay(f[1])
		if err != nil {
			t.Fatalf("cases.tsv:%d: %v", n, err)
		}
		c := tcase{name: f[0] + "/" + strconv.Itoa(n), class: f[0], ref: ref, sentence: f[2]}
		if f[3] != "" {
			for _, e := range strings.Split(f[3], " ; ") {
				p := strings.Split(e, "→")
				if len(p) < 2 || len(p) > 3 || !strings.Contains(c.sentence, p[0]) {
					t.Fatalf("cases.tsv:%d: bad expectation %q", n, e)
				}
				w := want{text: p[0], value: p[1]}
				if len(p) == 3 {
					w.mod = p[2]
				}
				c.want = append(c.want, w)
			}
		}
		out = append(out, c)
	}
	return out
}

// score counts matches under the rule: a system expression counts
// when its text overlaps the expected text and its value equals the
// expected value or is a finer value that begins with it. Each side is
// matched at most once.
func score(sentence string, got []dyad.TimeMention, exp []want) (tp int, missed []want, spurious []dyad.TimeMention) {
	used := make([]bool, len(got))
	for _, w := range exp {
		start := strings.Index(sentence, w.text)
		ws := dyad.Span{Start: start, End: start + len(w.text)}
		found := false
		for k, g := range got {
			if used[k] || !g.Span.Overlaps(ws) || !strings.HasPrefix(g.Value, w.value) {
				continue
			}
			used[k], found = true, true
			tp++
			break
		}
		if !found {
			missed = append(missed, w)
		}
	}
	for k, g := range got {
		if !used[k] {
			spurious = append(spurious, g)
		}
	}
	return tp, missed, spurious
}

func TestCases(t *testing.T) {
	cases := loadCases(t)
	if len(cases) < 200 {
		t.Fatalf("%d cases, want at least 200", len(cases))
	}
	tg := timex.New()
	type prf struct{ tp, sys, gold int }
	total := prf{}
	byClass := map[string]*prf{}
	modOK, modAll := 0, 0
	for _, c := range cases {
		got := tg.Tag(c.sentence, c.ref)
		tp, missed, spurious := score(c.sentence, got, c.want)
		p := byClass[c.class]
		if p == nil {
			p = &prf{}
			byClass[c.class] = p
		}
		for _, q := range []*prf{p, &total} {
			q.tp += tp
			q.sys += len(got)
			q.gold += len(c.want)
		}
		for _, g := range got {
			if g.Start < 0 || g.End > len(c.sentence) || g.Start >= g.End || !utf8.ValidString(c.sentence[g.Start:g.End]) {
				t.Errorf("%s: bad span %v", c.name, g.Span)
			}
			for _, w := range c.want {
				if w.mod != "" && strings.Contains(g.Span.In(c.sentence), w.text) {
					modAll++
					if g.Mod == w.mod {
						modOK++
					}
				}
			}
		}
		t.Run(c.name, func(t *testing.T) {
			for _, m := range missed {
				t.Logf("%q: missed %q→%s", c.sentence, m.text, m.value)
			}
			for _, g := range spurious {
				t.Logf("%q: spurious %q→%s", c.sentence, g.Span.In(c.sentence), g.Value)
			}
		})
	}
	f1 := func(p prf) (float64, float64, float64) {
		if p.sys == 0 || p.gold == 0 {
			return 0, 0, 0
		}
		pr, rc := float64(p.tp)/float64(p.sys), float64(p.tp)/float64(p.gold)
		if pr+rc == 0 {
			return pr, rc, 0
		}
		return pr, rc, 2 * pr * rc / (pr + rc)
	}
	for class, p := range byClass {
		if p.gold == 0 {
			t.Logf("%-10s %d expressions tagged where none should be", class, p.sys)
			continue
		}
		pr, rc, f := f1(*p)
		t.Logf("%-10s P=%.3f R=%.3f F1=%.3f (tp %d, system %d, gold %d)", class, pr, rc, f, p.tp, p.sys, p.gold)
	}
	pr, rc, f := f1(total)
	t.Logf("all        P=%.3f R=%.3f F1=%.3f (tp %d, system %d, gold %d); mods %d/%d", pr, rc, f, total.tp, total.sys, total.gold, modOK, modAll)
	if f < floorF1 {
		t.Errorf("value F1 %.3f fell below the floor %.3f", f, floorF1)
	}
}
