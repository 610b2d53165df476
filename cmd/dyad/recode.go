package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/pipeline"
)

func newRecodeCmd() *cobra.Command {
	var cf codingFlags
	var db string
	var verbose bool
	cmd := &cobra.Command{
		Use:   "recode",
		Short: "Code stored documents again after a dictionary or coder change",
		Long: `recode codes every stored document again with the current dictionaries and
coder, but only those coded with other dictionaries or another coder version:
the rest are left as they are. It reports the events added and removed; -v
lists them per document.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			p, err := cf.pipeline()
			if err != nil {
				return err
			}
			st, err := openStore(ctx, db, false)
			if err != nil {
				return err
			}
			defer st.Close()
			meta := dyad.CodingMeta{CoderVersion: pipeline.Version, DictFingerprint: p.Fingerprint()}
			sum := newSummary()
			err = st.StoredDocuments(ctx, func(doc *dyad.Document, old dyad.CodingMeta) error {
				if old == meta {
					sum.docs[dyad.Unchanged]++
					return nil
				}
				if err := p.Run(ctx, doc); err != nil {
					sum.failed++
					fmt.Fprintln(cmd.ErrOrStderr(), "dyad recode:", err)
					return nil
				}
				res, err := st.PutDocument(ctx, doc, meta)
				if err != nil {
					return err
				}
				sum.add(res)
				if verbose {
					for _, id := range res.EventsAdded {
						fmt.Fprintf(cmd.OutOrStdout(), "+ %s %s\n", doc.ID, id)
					}
					for _, id := range res.EventsRemoved {
						fmt.Fprintf(cmd.OutOrStdout(), "- %s %s\n", doc.ID, id)
					}
				}
				return nil
			})
			if err != nil {
				return err
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
	cmd.Flags().BoolVarP(&verbose, "verbose", "v", false, "list the events added and removed")
	return cmd
}
