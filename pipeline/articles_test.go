package pipeline_test

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/pipeline"
)

// Ratchet floors for the development articles: raise them as the coder
// improves; never lower them.
const (
	floorArticlePrecision = 0.65
	floorArticleRecall    = 0.80
	floorArticleDates     = 0.90
)

type goldEvent struct {
	Source, Target, Root, Date, Note string
}

// TestArticles scores the coder on the development articles in
// testdata/articles as the held-out evaluation scores it: an event counts
// when its country-level source and target (either order) and CAMEO root
// match a gold event, and its date agrees at the gold's precision.
func TestArticles(t *testing.T) {
	p, err := pipeline.New(pipeline.Config{})
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob("../testdata/articles/*.txt")
	if len(files) == 0 {
		t.Fatal("no development articles")
	}
	var emitted, gold, matched, dated int
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		doc := &dyad.Document{ID: filepath.Base(f), Text: string(text)}
		if err := p.Run(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		golds := readGold(t, strings.TrimSuffix(f, ".txt")+".gold.jsonl")
		emitted += len(doc.Events)
		gold += len(golds)
		used := make([]bool, len(doc.Events))
		match := func(g goldEvent, e *dyad.Event, needDate bool) bool {
			s, tg := e.Source.Country, e.Target.Country
			return e.Root == g.Root && (s == g.Source && tg == g.Target || s == g.Target && tg == g.Source) &&
				(!needDate || strings.HasPrefix(e.Date.Value, g.Date))
		}
		found := make([]bool, len(golds))
		for _, needDate := range []bool{true, false} {
			for gi, g := range golds {
				if found[gi] {
					continue
				}
				for i := range doc.Events {
					if !used[i] && match(g, &doc.Events[i], needDate) {
						used[i], found[gi] = true, true
						matched++
						if needDate {
							dated++
						}
						break
					}
				}
			}
		}
		for gi, g := range golds {
			if !found[gi] {
				t.Logf("%s: missed %s→%s %s %s (%s)", filepath.Base(f), g.Source, g.Target, g.Root, g.Date, g.Note)
			}
		}
	}
	prec, rec := float64(matched)/float64(max(emitted, 1)), float64(matched)/float64(gold)
	dates := float64(dated) / float64(max(matched, 1))
	t.Logf("articles: P=%.2f R=%.2f (%d emitted, %d gold, %d matched); dates right %d/%d", prec, rec, emitted, gold, matched, dated, matched)
	if prec < floorArticlePrecision || rec < floorArticleRecall || dates < floorArticleDates {
		t.Errorf("below the floor: P=%.2f (≥%.2f) R=%.2f (≥%.2f) dates %.2f (≥%.2f)", prec, floorArticlePrecision, rec, floorArticleRecall, dates, floorArticleDates)
	}
}

func readGold(t *testing.T, path string) []goldEvent {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []goldEvent
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var g goldEvent
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		out = append(out, g)
	}
	return out
}
