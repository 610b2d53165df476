package main

import (
	"bufio"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/ingest"
)

func newExplainCmd() *cobra.Command {
	var cf codingFlags
	cmd := &cobra.Command{
		Use:   "explain [FILE...|-]",
		Short: "Show, sentence by sentence, how documents were coded",
		Long: `explain codes documents and prints each sentence with what the stages found
in it: the actors (with their codes at the sentence's date and how role
descriptions and pronouns were resolved), the time expressions and the
narrative date, the quantities, the verbs the coder considered and the
patterns it tried, and each event with the rule that fired, its date
evidence and its modality cue. Events the coder made but the actor
resolution dropped (a domestic event, an unresolved short name, no target)
are listed with the reason. Use it to debug dictionaries.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			p, err := cf.pipeline()
			if err != nil {
				return err
			}
			if len(args) == 0 {
				args = []string{"-"}
			}
			w := bufio.NewWriter(cmd.OutOrStdout())
			defer w.Flush()
			r := &ingest.Reader{Stdin: cmd.InOrStdin()}
			failed := false
			var trace map[int][]string
			p.Trace(func(sentence int, msg string) { trace[sentence] = append(trace[sentence], msg) })
			for doc, err := range r.Read(cmd.Context(), args) {
				trace = map[int][]string{}
				if err == nil {
					err = p.Run(cmd.Context(), doc)
				}
				if err != nil {
					fmt.Fprintln(cmd.ErrOrStderr(), "dyad explain:", err)
					failed = true
					continue
				}
				explainDoc(w, doc, trace)
			}
			if failed {
				return errFailures
			}
			return nil
		},
	}
	cf.register(cmd)
	return cmd
}

func explainDoc(w *bufio.Writer, doc *dyad.Document, trace map[int][]string) {
	fmt.Fprintf(w, "document %s  %q\n  date %s (%s, found by %s)\n", doc.ID, doc.Title, doc.Published.Value, doc.Published.Precision, orNone(doc.PublishedBy))
	for i, s := range doc.Sentences {
		fmt.Fprintf(w, "\n[%d] %s\n", i, s.In(doc.Text))
		for _, a := range doc.Actors {
			if a.Sentence != i {
				continue
			}
			codes := make([]string, 0, len(a.Codes))
			for _, c := range a.Codes {
				codes = append(codes, datedCode(c))
			}
			line := fmt.Sprintf("  actor  %q", a.In(doc.Text))
			if a.Name != "" {
				line += " = " + a.Name
			}
			if len(codes) > 0 {
				line += "  codes " + strings.Join(codes, ", ")
			}
			if a.Agent != "" {
				line += "  agent " + a.Agent
			}
			if a.Resolution != "" {
				line += "  (" + a.Resolution + ")"
			}
			fmt.Fprintln(w, line+"  ["+a.Rule+"]")
		}
		for _, t := range doc.Times {
			if t.Sentence == i {
				fmt.Fprintf(w, "  time   %q %s %s%s\n", t.In(doc.Text), t.Type, t.Value, prefixed(" mod ", t.Mod)+prefixed(" anchored to ", t.Anchor))
			}
		}
		for _, q := range doc.Quantities {
			if q.Sentence == i {
				fmt.Fprintf(w, "  figure %q = %g %s%s\n", q.In(doc.Text), q.Value, q.Unit, prefixed(" ", q.Qualifier))
			}
		}
		for _, msg := range trace[i] {
			fmt.Fprintf(w, "  coder  %s\n", msg)
		}
		for _, e := range doc.Events {
			if e.Sentence != i {
				continue
			}
			fmt.Fprintf(w, "  EVENT  %s → %s  %s (%s, Goldstein %+.1f)  verb %q  rule %s\n", actorLabel(e.Source), actorLabel(e.Target), e.Code, e.PLOVER, e.Goldstein, e.Verb.Text, e.Rule)
			date := e.Date.Value + " (" + string(e.Date.Precision) + ")"
			if e.DateEvidence.Text != "" {
				date += fmt.Sprintf(" from %q", e.DateEvidence.Text)
			}
			mod := string(e.Modality)
			if e.ModalityCue.Text != "" {
				mod += fmt.Sprintf(" (cue %q)", e.ModalityCue.Text)
			}
			fmt.Fprintf(w, "         date %s; modality %s\n", date, mod)
			for _, r := range []string{e.Source.Resolution, e.Target.Resolution} {
				if r != "" {
					fmt.Fprintf(w, "         %s\n", r)
				}
			}
		}
	}
	for _, msg := range trace[-1] {
		fmt.Fprintf(w, "\nresolver %s\n", msg)
	}
	for _, f := range doc.Facts {
		fmt.Fprintf(w, "\nfact [%d] %s %v %s = %g %s%s\n", f.Sentence, f.Indicator, f.Actors, f.Period.Value, f.Value, f.Unit, prefixed(" event ", f.EventID))
	}
	w.WriteString("\n")
}

func actorLabel(a dyad.EventActor) string {
	if a.Name != "" {
		return a.Code + " (" + a.Name + ")"
	}
	return a.Code
}

func datedCode(c dyad.DatedCode) string {
	s := c.Code
	if !c.From.IsZero() || !c.To.IsZero() {
		s += " " + orDash(c.From.Value) + ".." + orDash(c.To.Value)
	}
	if c.Office != "" {
		s += " " + c.Office
	}
	return s
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func orNone(s string) string {
	if s == "" {
		return "nothing"
	}
	return s
}

func prefixed(prefix, s string) string {
	if s == "" {
		return ""
	}
	return prefix + s
}
