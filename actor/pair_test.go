package actor_test

import (
	"context"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/actor"
	"github.com/dyadproject/dyad/dict"
)

func TestPairAnaphor(t *testing.T) {
	text := "India and China met in Wuhan. The two countries signed an accord. The two leaders criticised Pakistan."
	at := func(s string) dyad.Span {
		i := strings.Index(text, s)
		return dyad.Span{Start: i, End: i + len(s)}
	}
	mention := func(s, code string) dyad.ActorMention {
		return dyad.ActorMention{Span: at(s), Codes: []dyad.DatedCode{{Code: code}}}
	}
	doc := &dyad.Document{ID: "d", Text: text,
		Actors: []dyad.ActorMention{mention("India", "IND"), mention("China", "CHN"), mention("Pakistan", "PAK")},
		Events: []dyad.Event{
			{Sentence: 1, Code: "057", Source: dyad.EventActor{Span: at("The two countries"), Code: "PAIR"},
				Target: dyad.EventActor{Code: "---"}, Verb: dyad.EvidenceOf(text, at("signed"))},
			{Sentence: 2, Code: "111", Source: dyad.EventActor{Span: at("The two leaders"), Code: "PAIRGOV"},
				Target: dyad.EventActor{Span: at("Pakistan"), Code: "PAK", Country: "PAK"}, Verb: dyad.EvidenceOf(text, at("criticised"))},
			{Sentence: 2, Code: "111", Source: dyad.EventActor{Span: at("India"), Code: "IND", Country: "IND"},
				Target: dyad.EventActor{Code: "---"}}, // no target, no pair: dropped
		}}
	if err := actor.NewResolver(dict.Merge()).Annotate(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	var got []string
	ids := map[string]bool{}
	for _, e := range doc.Events {
		got = append(got, e.Source.Code+">"+e.Target.Code+" "+e.Code)
		if ids[e.ID] {
			t.Errorf("duplicate event ID %s", e.ID)
		}
		ids[e.ID] = true
		if !strings.HasPrefix(e.Source.Resolution, "coref: ") {
			t.Errorf("event %s>%s has no coreference note", e.Source.Code, e.Target.Code)
		}
	}
	want := "CHN>IND 057|IND>CHN 057|CHNGOV>PAK 111|INDGOV>PAK 111"
	if g := strings.Join(got, "|"); g != want {
		t.Errorf("events after pair resolution:\n got %s\nwant %s", g, want)
	}
}
