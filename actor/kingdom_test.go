package actor_test

import (
	"context"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/actor"
	"github.com/dyadproject/dyad/dict"
)

// TestKingdom gives "the kingdom" the last listed kingdom named before it,
// and leaves the side open when none was named.
func TestKingdom(t *testing.T) {
	text := "The kingdom protested. Jordan and Israel met in London. The kingdom protested to Israel."
	doc := &dyad.Document{ID: "d", Text: text,
		Actors: []dyad.ActorMention{mentionOf(text, "Jordan", "JOR"), mentionOf(text, "Israel", "ISR"), mentionOf(text, "London", "GBR")},
		Events: []dyad.Event{
			{Sentence: 0, Code: "114", Source: dyad.EventActor{Span: spanOf(text, "The kingdom"), Code: "KINGDOM", Country: "KIN"},
				Target: dyad.EventActor{Span: spanOf(text, "Israel"), Code: "ISR", Country: "ISR"}},
			{Sentence: 2, Code: "114", Source: dyad.EventActor{Span: spanOf(text, "The kingdom protested to"), Code: "KINGDOMGOV", Country: "KIN"},
				Target: dyad.EventActor{Span: spanOf(text, "Israel."), Code: "ISR", Country: "ISR"}},
		}}
	d := dict.Merge()
	d.Options = dict.Options{"KINGDOMS": "SAU | JOR"}
	if err := actor.NewResolver(d).Annotate(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range doc.Events {
		got = append(got, e.Source.Code+">"+e.Target.Code)
	}
	// the first names no kingdom before it; London is no listed kingdom
	if g, want := strings.Join(got, "|"), "JORGOV>ISR"; g != want {
		t.Errorf("got %s, want %s", g, want)
	}
}
