package main

import (
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/export"
)

func newShowCmd() *cobra.Command {
	var db, format, color string
	cmd := &cobra.Command{
		Use:   "show EVENT_ID",
		Short: "Show an event with its sentence and the evidence highlighted",
		Long: `Show one stored event: its code, actors, dates, modality, the rule and
dictionaries that coded it, and the sentence it came from with the evidence
spans marked: in colour when stdout is a terminal (--color auto), else in
[brackets]. NO_COLOR turns colour off.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			s, err := openQuery(cmd, db, format)
			if err != nil {
				return err
			}
			defer s.Close()
			ctx := cmd.Context()
			e, doc, err := s.Event(ctx, args[0])
			if err != nil {
				return err
			}
			w := cmd.OutOrStdout()
			fields := eventFields(&e, doc)
			switch format {
			case "jsonl":
				out := output{}
				out.add(storedEventJSON{Event: export.EventOf(dyad.NewCharIndex(doc.Text), doc, &e.Event),
					ClusterID: e.ClusterID, CoderVersion: e.CoderVersion, DictFingerprint: e.DictFingerprint})
				return out.write(w, format)
			case "csv":
				out := output{header: []string{"field", "value"}}
				for _, f := range fields {
					out.add(nil, f[0], f[1])
				}
				out.add(nil, "sentence", sentenceOf(&e.Event, doc))
				return out.write(w, format)
			}
			useColor, err := wantColor(color, w)
			if err != nil {
				return err
			}
			for _, f := range fields {
				if f[1] != "" {
					fmt.Fprintf(w, "%-10s %s\n", f[0], f[1])
				}
			}
			fmt.Fprintf(w, "\n  %s\n", highlight(doc, &e.Event, useColor))
			return nil
		},
	}
	addDBFlag(cmd, &db)
	addFormatFlag(cmd, &format)
	cmd.Flags().StringVar(&color, "color", "auto", "highlight with ANSI colour: auto, always or never")
	return cmd
}

func eventFields(e *dyad.StoredEvent, doc *dyad.Document) [][2]string {
	actor := func(a dyad.EventActor) string {
		s := a.Code
		if a.Name != "" {
			s += "  " + a.Name
		}
		if a.Resolution != "" {
			s += "  (" + a.Resolution + ")"
		}
		return s
	}
	date := e.Date.Value + " (" + string(e.Date.Precision) + ")"
	if e.Date.IsZero() {
		date = "none in the text"
	}
	if e.DateEvidence.Text != "" {
		date += fmt.Sprintf(" from %q", e.DateEvidence.Text)
	}
	return [][2]string{
		{"event", e.ID},
		{"code", fmt.Sprintf("%s  quad %d  goldstein %.1f", e.Code, e.QuadClass, e.Goldstein)},
		{"source", actor(e.Source)},
		{"target", actor(e.Target)},
		{"date", date},
		{"reported", e.DocDate.Value},
		{"modality", modalityOf(e.Modality)},
		{"rule", e.Rule},
		{"cluster", e.ClusterID},
		{"coded by", fmt.Sprintf("coder %s, dictionaries %s", e.CoderVersion, e.DictFingerprint)},
		{"document", strings.TrimSpace(doc.ID + "  " + doc.Title + "  " + doc.URL)},
	}
}

func sentenceOf(e *dyad.Event, doc *dyad.Document) string {
	if e.Sentence < 0 || e.Sentence >= len(doc.Sentences) {
		return ""
	}
	return doc.Sentences[e.Sentence].In(doc.Text)
}

// wantColor decides whether to use ANSI colour on w.
func wantColor(mode string, w io.Writer) (bool, error) {
	switch mode {
	case "always":
		return true, nil
	case "never":
		return false, nil
	case "auto":
		if os.Getenv("NO_COLOR") != "" {
			return false, nil
		}
		f, ok := w.(*os.File)
		if !ok {
			return false, nil
		}
		fi, err := f.Stat()
		return err == nil && fi.Mode()&os.ModeCharDevice != 0, nil
	}
	return false, fmt.Errorf("--color %q: want auto, always or never", mode)
}

type mark struct {
	dyad.Span
	ansi string // SGR parameters
}

// highlight returns the event's sentence with its evidence spans marked.
// Spans outside the sentence or overlapping an earlier one are left out.
func highlight(doc *dyad.Document, e *dyad.Event, color bool) string {
	if e.Sentence < 0 || e.Sentence >= len(doc.Sentences) {
		return ""
	}
	sent := doc.Sentences[e.Sentence].Span
	marks := []mark{
		{e.Source.Span, "1;36"}, {e.Target.Span, "1;36"}, {e.Verb.Span, "1;33"},
		{e.DateEvidence.Span, "32"}, {e.ModalityCue.Span, "35"},
	}
	if e.Quantity != nil {
		marks = append(marks, mark{e.Quantity.Span, "34"})
	}
	sort.SliceStable(marks, func(i, j int) bool { return marks[i].Start < marks[j].Start })
	var b strings.Builder
	at := sent.Start
	for _, m := range marks {
		if m.IsZero() || m.Len() <= 0 || !sent.Contains(m.Span) || m.Start < at {
			continue
		}
		b.WriteString(doc.Text[at:m.Start])
		if color {
			fmt.Fprintf(&b, "\x1b[%sm%s\x1b[0m", m.ansi, doc.Text[m.Start:m.End])
		} else {
			fmt.Fprintf(&b, "[%s]", doc.Text[m.Start:m.End])
		}
		at = m.End
	}
	b.WriteString(doc.Text[at:sent.End])
	return b.String()
}
