package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/spf13/cobra"
	"github.com/vbauerster/mpb/v8"
	"github.com/vbauerster/mpb/v8/decor"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/ingest"
	"github.com/dyadproject/dyad/pipeline"
)

// ingestSummary counts what an ingest or recode run did.
type ingestSummary struct {
	docs                       map[dyad.PutStatus]int
	failed, skipped            int
	events, facts              int
	eventsAdded, eventsRemoved int
	start                      time.Time
}

func newSummary() *ingestSummary {
	return &ingestSummary{docs: map[dyad.PutStatus]int{}, start: time.Now()}
}

func (s *ingestSummary) add(r dyad.PutResult) {
	s.docs[r.Status]++
	s.events += r.Events
	s.facts += r.Facts
	s.eventsAdded += len(r.EventsAdded)
	s.eventsRemoved += len(r.EventsRemoved)
}

func (s *ingestSummary) print(w io.Writer) {
	fmt.Fprintf(w, "documents: %d new, %d new versions, %d recoded, %d unchanged, %d skipped, %d failed; events %d (+%d −%d); facts %d; %s\n",
		s.docs[dyad.New], s.docs[dyad.NewVersion], s.docs[dyad.Recoded], s.docs[dyad.Unchanged], s.skipped, s.failed,
		s.events, s.eventsAdded, s.eventsRemoved, s.facts, time.Since(s.start).Round(time.Millisecond))
}

func newIngestCmd() *cobra.Command {
	var cf codingFlags
	var db string
	var maxBytes int64
	var quiet bool
	cmd := &cobra.Command{
		Use:   "ingest PATH|URL...",
		Short: "Read, code and store documents",
		Long: `ingest reads documents (text, HTML, RSS/Atom feeds, JSONL corpora, folders,
"-" for stdin, http(s) URLs), codes them and stores them with their events
and facts. Each document is committed on its own, so an interrupted run loses
nothing it had stored, and running the same command again resumes: stored
documents with the same content and dictionaries are left as they are.

A document that cannot be read or coded is reported with its file (and line,
for JSONL) and the others go on; the exit status is then 1.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			p, err := cf.pipeline()
			if err != nil {
				return err
			}
			st, err := openStore(ctx, db, true)
			if err != nil {
				return err
			}
			defer st.Close()
			meta := dyad.CodingMeta{CoderVersion: pipeline.Version, DictFingerprint: p.Fingerprint()}
			r := &ingest.Reader{MaxBytes: maxBytes, Stdin: cmd.InOrStdin()}
			sum := newSummary()
			progress, bar := newProgress(cmd.ErrOrStderr(), quiet)
			for doc, err := range r.Read(ctx, args) {
				if err == nil {
					err = p.Run(ctx, doc)
				}
				var res dyad.PutResult
				if err == nil {
					res, err = st.PutDocument(ctx, doc, meta)
				}
				switch {
				case err != nil && ctx.Err() != nil:
					return ctx.Err()
				case errors.Is(err, ingest.ErrBinary):
					// binary files in a folder are skipped, not failures
					sum.skipped++
					fmt.Fprintln(cmd.ErrOrStderr(), "dyad ingest: skipped:", err)
				case err != nil:
					sum.failed++
					fmt.Fprintln(cmd.ErrOrStderr(), "dyad ingest:", err)
				default:
					sum.add(res)
				}
				if bar != nil {
					bar.Increment()
				}
			}
			if progress != nil {
				bar.SetTotal(-1, true)
				progress.Wait()
			}
			sum.print(cmd.OutOrStdout())
			if sum.failed > 0 {
				return errFailures
			}
			return nil
		},
	}
	cf.register(cmd)
	addDBFlag(cmd, &db)
	cmd.Flags().Int64Var(&maxBytes, "max-bytes", ingest.DefaultMaxBytes, "refuse inputs larger than this many bytes")
	cmd.Flags().BoolVarP(&quiet, "quiet", "q", false, "no progress bar")
	return cmd
}

// newProgress returns a document counter on w when w is a terminal.
func newProgress(w io.Writer, quiet bool) (*mpb.Progress, *mpb.Bar) {
	f, ok := w.(*os.File)
	if quiet || !ok || !isTerminal(f) {
		return nil, nil
	}
	p := mpb.New(mpb.WithOutput(f), mpb.WithWidth(40))
	bar := p.AddBar(0,
		mpb.PrependDecorators(decor.Name("documents "), decor.CurrentNoUnit("%d")),
		mpb.AppendDecorators(decor.EwmaSpeed(0, "%.1f/s", 30)),
	)
	return p, bar
}

func isTerminal(f *os.File) bool {
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
