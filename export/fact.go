package export

import (
	"io"

	"github.com/dyadproject/dyad"
)

// Fact is one fact line of `dyad code` output, written to the same
// stream as events. Like Event, its field names are a contract: add
// fields, never rename them.
type Fact struct {
	Kind            string   `json:"kind"` // always "fact"
	ID              string   `json:"id"`
	DocID           string   `json:"doc_id"`
	Sentence        int      `json:"sentence"`
	Indicator       string   `json:"indicator"`
	Actors          []string `json:"actors"`
	Period          string   `json:"period"`
	PeriodPrecision string   `json:"period_precision"`
	Value           float64  `json:"value"`
	ValueMax        float64  `json:"value_max,omitempty"`
	Unit            string   `json:"unit"`
	Qualifier       string   `json:"qualifier,omitempty"`
	EventID         string   `json:"event_id,omitempty"`
	Number          Span     `json:"number"`
	IndicatorWords  Span     `json:"indicator_words"`
	PeriodEvidence  *Span    `json:"period_evidence,omitempty"`
	ActorEvidence   []Span   `json:"actor_evidence,omitempty"`
	Text            string   `json:"text"`
}

// FactOf converts a fact of doc to its output form, with character
// offsets.
func FactOf(ci *dyad.CharIndex, doc *dyad.Document, f *dyad.Fact) Fact {
	out := Fact{
		Kind: "fact", ID: f.ID, DocID: f.DocID, Sentence: f.Sentence,
		Indicator: f.Indicator, Actors: append([]string{}, f.Actors...),
		Period: f.Period.Value, PeriodPrecision: string(f.Period.Precision),
		Value: f.Value, ValueMax: f.ValueMax, Unit: f.Unit, Qualifier: f.Qualifier,
		EventID:        f.EventID,
		Number:         spanOf(ci, f.Number),
		IndicatorWords: spanOf(ci, f.IndicatorWords),
		PeriodEvidence: evidenceOf(ci, f.PeriodEvidence),
	}
	for _, ev := range f.ActorEvidence {
		out.ActorEvidence = append(out.ActorEvidence, spanOf(ci, ev))
	}
	if f.Sentence >= 0 && f.Sentence < len(doc.Sentences) {
		out.Text = doc.Sentences[f.Sentence].In(doc.Text)
	}
	return out
}

// WriteFact writes one fact as a JSON line: {"kind":"fact", ...}.
func WriteFact(w io.Writer, ci *dyad.CharIndex, doc *dyad.Document, f *dyad.Fact) error {
	return writeJSON(w, FactOf(ci, doc, f))
}
