package ingest_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/dyadproject/dyad/ingest"
)

func ExampleReader_Read() {
	var r ingest.Reader
	for doc, err := range r.Read(context.Background(), []string{"../examples/india-china.html"}) {
		if err != nil {
			fmt.Println("error:", err) // one bad input does not stop the rest
			continue
		}
		first, _, _ := strings.Cut(doc.Text, "\n\n")
		fmt.Println(doc.Title)
		fmt.Println(doc.Author, "|", doc.Published, "|", doc.PublishedBy)
		fmt.Println(doc.URL)
		fmt.Println(first[:61] + "...")
	}
	// Output:
	// From Panchsheel to Wuhan: India and China's long search for a workable peace
	// Anjali Mehra | 2019-06-12 | metadata
	// https://meridian-review.example/analysis/2019/06/12/india-china-panchsheel-to-wuhan
	// NEW DELHI — When Prime Minister Narendra Modi and President...
}

func ExampleReader_Parse() {
	var r ingest.Reader
	text := "Bhutan and India review hydropower cooperation\n\n" +
		"Submitted by jdoe on Tue, 04/06/2019 - 09:15\n\n" +
		"Bhutan and India reviewed progress on three hydropower projects."
	docs, err := r.Parse(context.Background(), "story.txt", []byte(text))
	if err != nil {
		fmt.Println(err)
		return
	}
	d := docs[0]
	fmt.Printf("title %q\nauthor %q\ndate %s (%s)\ntext %q\n", d.Title, d.Author, d.Published, d.PublishedBy, d.Text)
	// Output:
	// title "Bhutan and India review hydropower cooperation"
	// author "jdoe"
	// date 2019-06-04 (byline)
	// text "Bhutan and India reviewed progress on three hydropower projects."
}
