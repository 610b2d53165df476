package main

import (
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/actor"
	"github.com/dyadproject/dyad/coder"
	"github.com/dyadproject/dyad/dict"
	"github.com/dyadproject/dyad/dict/builtin"
	"github.com/dyadproject/dyad/dict/petrarch"
	"github.com/dyadproject/dyad/dict/tabari"
	"github.com/dyadproject/dyad/eval"
)

func newEvalCmd() *cobra.Command {
	var dirs []string
	var format string
	var verbose, f1, withBuiltin bool
	cmd := &cobra.Command{
		Use:   "eval SUITE.jsonl [--dict DIR... --dict-format tabari|petrarch|dyad] [--builtin]",
		Short: "Score the coder against a validation suite",
		Long: `eval codes every record of a validation suite (the JSONL format of
../shared/data/validation) and compares the events with the expected ones.
With --dict it uses those dictionaries; without --dict, or with --builtin,
it uses dyad's built-in dictionaries (alone, or combined with --dict).
Records are scored whole; --f1 adds event-level precision, recall and F1,
the measure for suites of real news.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			var ds []*dict.Dictionary
			if len(dirs) == 0 || withBuiltin {
				b, err := builtin.Load()
				if err != nil {
					return err
				}
				ds = append(ds, dict.Lower(b))
			}
			if len(dirs) > 0 {
				var d *dict.Dictionary
				var err error
				switch format {
				case "tabari":
					d, err = eval.LoadTABARI(dirs...)
				case "petrarch":
					d, err = petrarch.Load(dirs...)
				case "dyad":
					d, err = dict.Load(dirs...)
				default:
					return fmt.Errorf("eval: --dict-format %q: want tabari, petrarch or dyad", format)
				}
				if err != nil {
					var el dict.ErrorList
					if d == nil || !errors.As(err, &el) {
						return err
					}
					fmt.Fprintf(cmd.ErrOrStderr(), "dyad: warning: %v\n", err)
				}
				ds = append(ds, d)
			}
			d := ds[0]
			if len(ds) > 1 {
				d = dict.Merge(ds...)
			}
			c, err := coder.New(d)
			if err != nil {
				return err
			}
			if format == "petrarch" {
				if c, err = c.WithOptions(coder.PETRARCHOptions()); err != nil {
					return err
				}
			}
			recs, err := eval.ReadSuiteFile(args[0])
			if err != nil {
				return err
			}
			var after []dyad.Stage
			if len(dirs) == 0 || withBuiltin {
				// the built-in dictionaries rely on the actor resolver
				// for pair anaphors, short names and target-less events
				after = append(after, actor.NewResolver(d))
			}
			rep, err := eval.Run(cmd.Context(), eval.SuiteName(args[0]), recs, c, tabari.ParseOption, after...)
			if err != nil {
				return err
			}
			rep.Write(cmd.OutOrStdout(), verbose, f1)
			return nil
		},
	}
	cmd.Flags().StringArrayVar(&dirs, "dict", nil, "dictionary folder or file (repeatable)")
	cmd.Flags().StringVar(&format, "dict-format", "dyad", "dictionary format: tabari, petrarch or dyad")
	cmd.Flags().BoolVarP(&verbose, "verbose", "v", false, "print failing records with expected and coded events")
	cmd.Flags().BoolVar(&f1, "f1", false, "report event-level precision, recall and F1")
	cmd.Flags().BoolVar(&withBuiltin, "builtin", false, "add dyad's built-in dictionaries to --dict")
	return cmd
}
