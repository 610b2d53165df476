package main

import (
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/dyadproject/dyad/coder"
	"github.com/dyadproject/dyad/dict"
	"github.com/dyadproject/dyad/dict/petrarch"
	"github.com/dyadproject/dyad/dict/tabari"
	"github.com/dyadproject/dyad/eval"
	"github.com/dyadproject/dyad/pipeline"
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
			builtinToo := len(dirs) == 0 || withBuiltin
			var extra *dict.Dictionary
			if len(dirs) > 0 {
				var err error
				switch format {
				case "tabari":
					extra, err = eval.LoadTABARI(dirs...)
				case "petrarch":
					extra, err = petrarch.Load(dirs...)
				case "dyad":
					extra, err = dict.Load(dirs...)
				default:
					return fmt.Errorf("eval: --dict-format %q: want tabari, petrarch or dyad", format)
				}
				if err != nil {
					var el dict.ErrorList
					if extra == nil || !errors.As(err, &el) {
						return err
					}
					fmt.Fprintf(cmd.ErrOrStderr(), "dyad: warning: %v\n", err)
				}
			}
			recs, err := eval.ReadSuiteFile(args[0])
			if err != nil {
				return err
			}
			var rep *eval.Report
			if builtinToo {
				// the built-in dictionaries are scored through the whole
				// pipeline of "dyad code": time, coder, actor resolution
				var cfg pipeline.Config
				if extra != nil {
					cfg.Dicts = []*dict.Dictionary{extra}
				}
				p, err := pipeline.New(cfg)
				if err != nil {
					return err
				}
				rep, err = eval.RunPipeline(cmd.Context(), eval.SuiteName(args[0]), recs, p.Run)
				if err != nil {
					return err
				}
			} else {
				c, err := coder.New(extra)
				if err != nil {
					return err
				}
				if format == "petrarch" {
					if c, err = c.WithOptions(coder.PETRARCHOptions()); err != nil {
						return err
					}
				}
				rep, err = eval.Run(cmd.Context(), eval.SuiteName(args[0]), recs, c, tabari.ParseOption)
				if err != nil {
					return err
				}
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
