package coder_test

import (
	"context"
	"fmt"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/coder"
	"github.com/dyadproject/dyad/dict"
	"github.com/dyadproject/dyad/dict/tabari"
	"github.com/dyadproject/dyad/segment"
)

func Example() {
	d := &dict.Dictionary{}
	_ = tabari.Parse(d, "actors", "demo.actors", []byte("INDIA [IND]\nCHINA [CHN]\nRAJIV GANDHI [INDGOV 841031-891201] [INDELI]\n"))
	_ = tabari.Parse(d, "verbs", "demo.verbs", []byte("VISIT_ [042:043]\n"))
	c, err := coder.New(d)
	if err != nil {
		panic(err)
	}
	doc := &dyad.Document{ID: "ex", Text: "Rajiv Gandhi visited China in December."}
	doc.Published, _ = dyad.ParseDay("1988-12-20")
	ctx := context.Background()
	_ = segment.New().Annotate(ctx, doc)
	_ = c.Annotate(ctx, doc)
	for _, e := range doc.Events {
		fmt.Printf("%s %s %s (%q %q) %s\n", e.Source.Code, e.Target.Code, e.Code, e.Source.Span.In(doc.Text), e.Verb.Text, e.Rule)
	}
	// Output:
	// INDGOV CHN 042 ("Rajiv Gandhi" "visited") demo.verbs:1
	// CHN INDGOV 043 ("China" "visited") demo.verbs:1
}
