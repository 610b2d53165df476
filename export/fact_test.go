package export_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/export"
)

func TestWriteFact(t *testing.T) {
	// "Türkiye" has a two-byte letter, so byte and character offsets differ.
	text := "Türkiye's exports to Iraq reached $10 billion in 2018."
	at := func(s string) dyad.Evidence {
		i := strings.Index(text, s)
		return dyad.EvidenceOf(text, dyad.Span{Start: i, End: i + len(s)})
	}
	doc := &dyad.Document{ID: "d1", Text: text,
		Sentences: []dyad.Sentence{{Span: dyad.Span{Start: 0, End: len(text)}}}}
	f := &dyad.Fact{ID: "f1", DocID: "d1", Indicator: "exports", Actors: []string{"TUR", "IRQ"},
		Period: dyad.Year(2018), Value: 10e9, Unit: "USD", Qualifier: "over",
		Number: at("$10 billion"), IndicatorWords: at("exports"), PeriodEvidence: at("2018"),
		ActorEvidence: []dyad.Evidence{at("Türkiye"), at("Iraq")}}
	var buf bytes.Buffer
	if err := export.WriteFact(&buf, dyad.NewCharIndex(text), doc, f); err != nil {
		t.Fatal(err)
	}
	line := buf.String()
	if strings.Count(line, "\n") != 1 || !strings.HasSuffix(line, "\n") {
		t.Fatalf("want one line, got %q", line)
	}
	if !strings.HasPrefix(line, `{"kind":"fact","id":"f1","doc_id":"d1",`) {
		t.Errorf("line starts %q", line[:40])
	}
	var got map[string]any
	if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	runes := []rune(text)
	checkSpan := func(name string, v any) {
		t.Helper()
		m, ok := v.(map[string]any)
		if !ok {
			t.Fatalf("%s: %v is not a span", name, v)
		}
		s, e := int(m["start"].(float64)), int(m["end"].(float64))
		if string(runes[s:e]) != m["text"] {
			t.Errorf("%s: characters %d-%d are %q, text says %q", name, s, e, string(runes[s:e]), m["text"])
		}
	}
	checkSpan("number", got["number"])
	checkSpan("indicator_words", got["indicator_words"])
	checkSpan("period_evidence", got["period_evidence"])
	for _, a := range got["actor_evidence"].([]any) {
		checkSpan("actor_evidence", a)
	}
	if n := got["number"].(map[string]any); n["start"].(float64) != 34 {
		t.Errorf("number starts at character %v, want 34 (byte 35)", n["start"])
	}
	for k, want := range map[string]any{"indicator": "exports", "period": "2018", "period_precision": "year",
		"value": 10e9, "unit": "USD", "qualifier": "over", "text": text, "sentence": 0.0} {
		if got[k] != want {
			t.Errorf("%s = %v, want %v", k, got[k], want)
		}
	}
	for _, k := range []string{"value_max", "event_id"} {
		if _, ok := got[k]; ok {
			t.Errorf("%s present, want it omitted when empty", k)
		}
	}
}

func TestWriteFactEmpty(t *testing.T) {
	doc := &dyad.Document{ID: "d", Text: "x"}
	var buf bytes.Buffer
	if err := export.WriteFact(&buf, dyad.NewCharIndex(doc.Text), doc, &dyad.Fact{Sentence: 3}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), `"actors":[]`) || strings.Contains(buf.String(), "period_evidence") {
		t.Errorf("got %s", buf.String())
	}
}
