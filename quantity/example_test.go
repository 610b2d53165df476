package quantity_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/quantity"
	"github.com/dyadproject/dyad/segment"
)

func ExampleRecognizer() {
	doc := &dyad.Document{Text: "Trade reached $95 billion, and more than 5,000 troops stayed. Reserves fell 3 percent in 1994."}
	ctx := context.Background()
	for _, s := range []dyad.Stage{segment.New(), quantity.New()} {
		if err := s.Annotate(ctx, doc); err != nil {
			fmt.Println(err)
			return
		}
	}
	for _, q := range doc.Quantities {
		fmt.Printf("%q = %g %s qualifier=%q noun=%q\n", q.In(doc.Text), q.Value, q.Unit, q.Qualifier, q.Noun)
	}
	// Output:
	// "$95 billion" = 9.5e+10 USD qualifier="" noun=""
	// "more than 5,000 troops" = 5000 count qualifier="over" noun="troops"
	// "3 percent" = 3 percent qualifier="" noun=""
}

func ExampleFactExtractor() {
	text := "Modi met Xi in Wuhan. Trade between the two countries was $95 billion last year."
	doc := &dyad.Document{ID: "doc1", Text: text, Published: dyad.Year(2019)}
	ctx := context.Background()
	_ = segment.New().Annotate(ctx, doc)
	_ = quantity.New().Annotate(ctx, doc)
	// The actor and time layers would add these mentions.
	for _, a := range []struct{ name, code string }{{"Modi", "INDGOV"}, {"Xi", "CHNGOV"}} {
		i := strings.Index(text, a.name)
		doc.Actors = append(doc.Actors, dyad.ActorMention{Span: dyad.Span{Start: i, End: i + len(a.name)},
			Codes: []dyad.DatedCode{{Code: a.code}}})
	}
	i := strings.Index(text, "last year")
	doc.Times = append(doc.Times, dyad.TimeMention{Span: dyad.Span{Start: i, End: i + 9}, Sentence: 1,
		Type: "date", Value: "2018", Date: dyad.Year(2018)})
	if err := quantity.NewFactExtractor().Annotate(ctx, doc); err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range doc.Facts {
		fmt.Println(f.Indicator, f.Actors, f.Period.Value, f.Value, f.Unit, f.IndicatorWords.Text)
	}
	// Output:
	// bilateral_trade [IND CHN] 2018 9.5e+10 USD Trade
}
