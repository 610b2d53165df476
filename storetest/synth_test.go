package storetest_test

import (
	"testing"

	"github.com/dyadproject/dyad/storetest"
)

func TestDocumentSpans(t *testing.T) {
	for i := range 50 {
		doc := storetest.Document(i)
		if len(doc.Events) != storetest.EventsPerDocument {
			t.Fatalf("%s: %d events", doc.ID, len(doc.Events))
		}
		for _, e := range doc.Events {
			sent := doc.Sentences[e.Sentence]
			for name, got := range map[string][2]string{
				"source": {e.Source.In(doc.Text), e.Source.Country},
				"target": {e.Target.In(doc.Text), e.Target.Country},
				"verb":   {e.Verb.In(doc.Text), e.Verb.Text},
				"date":   {e.DateEvidence.In(doc.Text), e.Date.Value},
			} {
				if got[0] != got[1] {
					t.Errorf("%s sentence %d: %s span covers %q, want %q", doc.ID, e.Sentence, name, got[0], got[1])
				}
			}
			if !sent.Contains(e.Verb.Span) || !sent.Contains(e.Target.Span) {
				t.Errorf("%s: event outside its sentence %q", doc.ID, sent.In(doc.Text))
			}
		}
	}
}
