package actor_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/actor"
	"github.com/dyadproject/dyad/dict"
)

const agents = `
agent GOV  government
  names   government
  office  prime minister: prime minister | premier
  office  deputy prime minister: deputy prime minister
`

func TestResolveRole(t *testing.T) {
	d := dict.Merge()
	for name, src := range map[string]string{"leaders.actors": leaders, "roles.agents": agents} {
		if err := dict.ParseFile(name, strings.NewReader(src), d); err != nil {
			t.Fatal(err)
		}
	}
	r := actor.NewResolver(d)
	text := "The Indian Prime Minister visited Beijing. The Chinese premier met the Indian deputy prime minister."
	span := func(s string) dyad.Span { return spanOf(text, s) }
	month := dyad.Month(1988, time.December)
	doc := &dyad.Document{Text: text, Events: []dyad.Event{
		{Source: dyad.EventActor{Span: span("The Indian Prime Minister"), Code: "INDGOV", Country: "IND", Agent: "GOV"},
			Target: dyad.EventActor{Span: span("Beijing"), Code: "CHNGOV", Country: "CHN", Agent: "GOV"}, Date: month},
		{Source: dyad.EventActor{Span: span("The Chinese premier"), Code: "CHNGOV", Country: "CHN", Agent: "GOV"},
			Target: dyad.EventActor{Span: span("the Indian deputy prime minister"), Code: "INDGOV", Country: "IND", Agent: "GOV"},
			Date:   dyad.Year(1955)},
	}}
	if err := r.Annotate(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		got            dyad.EventActor
		name, office   string
		wantResolution bool
	}{
		{doc.Events[0].Source, "Rajiv Gandhi", "prime minister", true},
		{doc.Events[0].Target, "", "", false},
		{doc.Events[1].Source, "Zhou Enlai", "prime minister", true},
		{doc.Events[1].Target, "", "deputy prime minister", false}, // office known, holder not in the dictionary
	}
	for i, tc := range tests {
		if tc.got.Name != tc.name || tc.got.Office != tc.office || (tc.got.Resolution != "") != tc.wantResolution {
			t.Errorf("%d: %q → name %q office %q resolution %q; want %q %q (resolution %v)",
				i, tc.got.Span.In(text), tc.got.Name, tc.got.Office, tc.got.Resolution, tc.name, tc.office, tc.wantResolution)
		}
	}
	// Outside the term the office resolves to nobody.
	doc.Events[0].Source.Name, doc.Events[0].Source.Resolution = "", ""
	doc.Events[0].Date = dyad.Year(1975)
	if err := r.Annotate(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	if got := doc.Events[0].Source.Name; got != "" {
		t.Errorf("Indian Prime Minister in 1975 resolved to %q, want no one in this dictionary", got)
	}
}

// spanOf is the span of the first occurrence of s in text.
func spanOf(text, s string) dyad.Span {
	i := strings.Index(text, s)
	return dyad.Span{Start: i, End: i + len(s)}
}

// mentionOf is the mention of the first s in text, coded code.
func mentionOf(text, s, code string) dyad.ActorMention {
	return dyad.ActorMention{Span: spanOf(text, s), Codes: []dyad.DatedCode{{Code: code}}}
}

// TestRedate gives a named person the code of the event's date, not the
// sentence's: Bennett became prime minister between May and August 2021.
func TestRedate(t *testing.T) {
	text := "Egypt brokered a truce in May 2021, and Kamel met Naftali Bennett in August."
	from, _ := dyad.ParseDay("2021-06-13")
	to, _ := dyad.ParseDay("2022-07-01")
	doc := &dyad.Document{ID: "d", Text: text,
		Actors: []dyad.ActorMention{{Span: spanOf(text, "Naftali Bennett"), EntryID: "NAFTALI_BENNETT",
			Codes: []dyad.DatedCode{{Code: "ISRGOV", From: from, To: to, Office: "prime minister"}, {Code: "ISRELI"}}}},
		Events: []dyad.Event{{Code: "040", Date: dyad.Month(2021, time.August),
			Source: dyad.EventActor{Span: spanOf(text, "Egypt"), Code: "EGY", Country: "EGY"},
			Target: dyad.EventActor{Span: spanOf(text, "Naftali Bennett"), Code: "ISRELI", Country: "ISR", Agent: "ELI"}}}}
	if err := actor.NewResolver(dict.Merge()).Annotate(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	if tg := doc.Events[0].Target; tg.Code != "ISRGOV" || tg.Agent != "GOV" {
		t.Errorf("target %s (agent %s), want ISRGOV in August 2021", tg.Code, tg.Agent)
	}
}
