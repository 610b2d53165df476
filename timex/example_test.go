package timex_test

import (
	"context"
	"fmt"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/segment"
	"github.com/dyadproject/dyad/timex"
)

func ExampleTagger_Tag() {
	ref, _ := dyad.ParseDay("2019-06-02")
	text := "Rajiv Gandhi visited Beijing in December 1988. A month earlier, talks had stalled. " +
		"The minister said on Friday that a five-day visit would follow in the second half of the year."
	for _, m := range timex.New().Tag(text, ref) {
		fmt.Printf("%q %s %s", m.Span.In(text), m.Type, m.Value)
		if m.Anchor != "" {
			fmt.Printf(" (from the %s date)", m.Anchor)
		}
		fmt.Println()
	}
	// Output:
	// "December 1988" date 1988-12
	// "A month earlier" date 1988-11 (from the narrative date)
	// "Friday" date 2019-05-31 (from the document date)
	// "five-day" duration P5D
	// "the second half of the year" date 2019-H2 (from the document date)
}

func ExampleNarrative_EventDate() {
	pub, _ := dyad.ParseDay("2019-06-02")
	doc := &dyad.Document{
		Text:      "In May 2015 the Prime Minister visited Xi'an. He met President Xi.\n\nThe talks collapsed.",
		Published: pub,
	}
	ctx := context.Background()
	segment.New().Annotate(ctx, doc)
	timex.New().Annotate(ctx, doc)
	nar := timex.NewNarrative(doc)
	for i := range doc.Sentences {
		d, ev := nar.EventDate(i, dyad.Span{})
		fmt.Printf("%d %s %s %q\n", i, d.Value, d.Precision, ev.Text)
	}
	// Output:
	// 0 2015-05 month "May 2015"
	// 1 2015-05 month "May 2015"
	// 2 2019-06-02 document ""
}

func ExampleDocumentDate() {
	d, how, ev, ok := timex.DocumentDate("Submitted by jdoe on Tue, 04/06/2019 - 09:15\n\nTalks resumed.")
	fmt.Println(d.Value, how, ev.Text, ok)
	// Output:
	// 2019-04-06 byline 04/06/2019 true
}
