package main

import (
	"bufio"
	"errors"
	"fmt"
	"slices"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/export"
	"github.com/dyadproject/dyad/ingest"
	"github.com/spf13/cobra"
)

func newCodeCmd() *cobra.Command {
	var cf codingFlags
	var noFacts, happened bool
	cmd := &cobra.Command{
		Use:   "code [FILE...|-]",
		Short: "Code documents and write their events and facts as JSON Lines",
		Long: `code reads documents (text, HTML, feeds, JSONL corpora, folders; "-" or no
argument reads stdin), codes them and writes one JSON object per event
({"kind":"event",…}) and per fact ({"kind":"fact",…}) to stdout, in document
order. See docs/output.md for the fields. A document that cannot be read is
reported on stderr with its file and line, and the others are still coded;
the exit status is then 1.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			p, err := cf.pipeline()
			if err != nil {
				return err
			}
			if len(args) == 0 {
				args = []string{"-"}
			}
			r := &ingest.Reader{Stdin: cmd.InOrStdin()}
			out := bufio.NewWriter(cmd.OutOrStdout())
			defer out.Flush()
			failed := false
			for doc, err := range r.Read(cmd.Context(), args) {
				if err != nil {
					fmt.Fprintln(cmd.ErrOrStderr(), "dyad code:", err)
					failed = true
					continue
				}
				if err := p.Run(cmd.Context(), doc); err != nil {
					if errors.Is(err, cmd.Context().Err()) {
						return err
					}
					fmt.Fprintln(cmd.ErrOrStderr(), "dyad code:", err)
					failed = true
					continue
				}
				if happened {
					keepHappened(doc)
				}
				if err := writeDoc(out, doc, !noFacts); err != nil {
					return err
				}
			}
			if failed {
				return errFailures
			}
			return nil
		},
	}
	cf.register(cmd)
	cmd.Flags().BoolVar(&noFacts, "no-facts", false, "write events only")
	cmd.Flags().BoolVar(&happened, "happened", false, "leave out planned, negated and hypothetical events")
	return cmd
}

func writeDoc(w *bufio.Writer, doc *dyad.Document, facts bool) error {
	ci := dyad.NewCharIndex(doc.Text)
	for i := range doc.Events {
		if err := export.WriteEvent(w, ci, doc, &doc.Events[i]); err != nil {
			return err
		}
	}
	if facts {
		for i := range doc.Facts {
			if err := export.WriteFact(w, ci, doc, &doc.Facts[i]); err != nil {
				return err
			}
		}
	}
	return nil
}

// keepHappened drops the events that did not happen (planned, negated,
// hypothetical) and unties the facts that named them.
func keepHappened(doc *dyad.Document) {
	doc.Events = slices.DeleteFunc(doc.Events, func(e dyad.Event) bool { return !e.Modality.Happened() })
	kept := make(map[string]bool, len(doc.Events))
	for _, e := range doc.Events {
		kept[e.ID] = true
	}
	for i := range doc.Facts {
		if !kept[doc.Facts[i].EventID] {
			doc.Facts[i].EventID = ""
		}
	}
}
