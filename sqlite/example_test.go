package sqlite_test

import (
	"context"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/sqlite"
)

func Example() {
	dir, err := os.MkdirTemp("", "dyad-example")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	ctx := context.Background()
	s, err := sqlite.Open(ctx, filepath.Join(dir, "dyad.db"))
	if err != nil {
		log.Fatal(err)
	}
	defer s.Close()

	text := "Russian and Pakistani officials met in Islamabad on 3 March 2019."
	met := dyad.Span{Start: 32, End: 35}
	doc := &dyad.Document{ID: "doc-1", URL: "https://example.org/1", Text: text,
		Published: dyad.Day(time.Date(2019, 3, 4, 0, 0, 0, 0, time.UTC)),
		Sentences: []dyad.Sentence{{Span: dyad.Span{Start: 0, End: len(text)}}},
		Events: []dyad.Event{{Code: "040", QuadClass: 1, Goldstein: 1,
			Source: dyad.EventActor{Code: "RUSGOV"}, Target: dyad.EventActor{Code: "PAKGOV"},
			Date: dyad.Day(time.Date(2019, 3, 3, 0, 0, 0, 0, time.UTC)),
			Verb: dyad.EvidenceOf(text, met), Modality: dyad.Asserted}}}
	meta := dyad.CodingMeta{CoderVersion: "v1", DictFingerprint: "abc"}
	for range 2 {
		res, err := s.PutDocument(ctx, doc, meta)
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(res.Status, res.Version, res.Events)
	}
	buckets, err := s.Timeline(ctx, dyad.TimelineQuery{A: []string{"PAK"}, B: []string{"RUS"}, By: "year"})
	if err != nil {
		log.Fatal(err)
	}
	for _, b := range buckets {
		fmt.Println(b.Period, "verbal cooperation:", b.Events[1], "mean Goldstein:", b.MeanGoldstein)
	}
	// Output:
	// new 1 1
	// unchanged 1 1
	// 2019 verbal cooperation: 1 mean Goldstein: 1
}
