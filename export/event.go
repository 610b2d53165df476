package export

import (
	"encoding/json"
	"io"
	"time"

	"github.com/dyadproject/dyad"
)

// Span is an evidence span in output form.
type Span struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Actor is an event's source or target in output form.
type Actor struct {
	Code       string `json:"code"`
	Country    string `json:"country"`
	Agent      string `json:"agent"`
	Name       string `json:"name"`
	Office     string `json:"office,omitempty"`
	Start      int    `json:"start"`
	End        int    `json:"end"`
	Resolution string `json:"resolution,omitempty"`
}

// Quantity is a figure attached to an event.
type Quantity struct {
	Value     float64 `json:"value"`
	ValueMax  float64 `json:"value_max,omitempty"`
	Unit      string  `json:"unit"`
	Qualifier string  `json:"qualifier,omitempty"`
	Span
}

// Event is one line of `dyad code` output. The field names are a contract
// that other tools read; add fields, never rename them.
type Event struct {
	Kind          string  `json:"kind"`
	ID            string  `json:"id"`
	DocID         string  `json:"doc_id"`
	Sentence      int     `json:"sentence"`
	Source        Actor   `json:"source"`
	Target        Actor   `json:"target"`
	Code          string  `json:"code"`
	Root          string  `json:"root"`
	QuadClass     int     `json:"quad_class"`
	Goldstein     float64 `json:"goldstein"`
	PLOVER        string  `json:"plover,omitempty"`
	Date          string  `json:"date"`
	DatePrecision string  `json:"date_precision"`
	DateEvidence  *Span   `json:"date_evidence,omitempty"`
	// DateBegin and DateEnd are the first and last day of the date's
	// period ("2012-W41" is 2012-10-08 to 2012-10-14), for tools that
	// compare periods rather than TIMEX3 values.
	DateBegin   string    `json:"date_begin,omitempty"`
	DateEnd     string    `json:"date_end,omitempty"`
	DocDate     string    `json:"doc_date"`
	Modality    string    `json:"modality"`
	ModalityCue *Span     `json:"modality_cue,omitempty"`
	Verb        Span      `json:"verb"`
	Rule        string    `json:"rule"`
	Quantity    *Quantity `json:"quantity,omitempty"`
	Text        string    `json:"text"`
}

// EventOf converts an event of doc to its output form.
func EventOf(ci *dyad.CharIndex, doc *dyad.Document, e *dyad.Event) Event {
	out := Event{
		Kind: "event", ID: e.ID, DocID: e.DocID, Sentence: e.Sentence,
		Source: actorOf(ci, e.Source), Target: actorOf(ci, e.Target),
		Code: e.Code, Root: e.Root, QuadClass: e.QuadClass, Goldstein: e.Goldstein, PLOVER: e.PLOVER,
		Date: e.Date.Value, DatePrecision: string(e.Date.Precision),
		DateEvidence: evidenceOf(ci, e.DateEvidence),
		DocDate:      e.DocDate.Value,
		Modality:     string(e.Modality),
		ModalityCue:  evidenceOf(ci, e.ModalityCue),
		Verb:         spanOf(ci, e.Verb),
		Rule:         e.Rule,
	}
	if out.Modality == "" {
		out.Modality = string(dyad.Asserted)
	}
	if !e.Date.Begin.IsZero() && e.Date.End.After(e.Date.Begin) {
		out.DateBegin = e.Date.Begin.Format(time.DateOnly)
		out.DateEnd = e.Date.End.AddDate(0, 0, -1).Format(time.DateOnly)
	}
	if e.Sentence >= 0 && e.Sentence < len(doc.Sentences) {
		out.Text = doc.Sentences[e.Sentence].In(doc.Text)
	}
	if q := e.Quantity; q != nil {
		out.Quantity = &Quantity{Value: q.Value, ValueMax: q.ValueMax, Unit: q.Unit, Qualifier: q.Qualifier,
			Span: spanOf(ci, dyad.EvidenceOf(doc.Text, q.Span))}
	}
	return out
}

// WriteEvent writes one event as a JSON line.
func WriteEvent(w io.Writer, ci *dyad.CharIndex, doc *dyad.Document, e *dyad.Event) error {
	return writeJSON(w, EventOf(ci, doc, e))
}

func writeJSON(w io.Writer, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	b = append(b, '\n')
	_, err = w.Write(b)
	return err
}

func actorOf(ci *dyad.CharIndex, a dyad.EventActor) Actor {
	return Actor{Code: a.Code, Country: a.Country, Agent: a.Agent, Name: a.Name, Office: a.Office,
		Start: ci.Char(a.Start), End: ci.Char(a.End), Resolution: a.Resolution}
}

func spanOf(ci *dyad.CharIndex, ev dyad.Evidence) Span {
	return Span{Text: ev.Text, Start: ci.Char(ev.Start), End: ci.Char(ev.End)}
}

func evidenceOf(ci *dyad.CharIndex, ev dyad.Evidence) *Span {
	if ev.Text == "" && ev.Span.IsZero() {
		return nil
	}
	s := spanOf(ci, ev)
	return &s
}
