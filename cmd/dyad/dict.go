package main

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dyadproject/dyad/dict"
	"github.com/dyadproject/dyad/dict/builtin"
	"github.com/dyadproject/dyad/dict/petrarch"
	"github.com/dyadproject/dyad/dict/tabari"
)

func newDictCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "dict",
		Short: "Check, import and export dictionaries",
	}
	cmd.AddCommand(newDictCheckCmd(), newDictImportCmd(), newDictExportCmd())
	return cmd
}

func newDictCheckCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "check [DIR...]",
		Short: "Parse dictionaries in dyad's format and report every malformed line (default: the built-in set)",
		RunE: func(cmd *cobra.Command, args []string) error {
			var d *dict.Dictionary
			var err error
			name := "built-in"
			if len(args) == 0 {
				d, err = builtin.Load()
			} else {
				d, err = dict.Load(args...)
				name = strings.Join(args, " ")
			}
			out := cmd.OutOrStdout()
			n := printErrors(out, err)
			if d != nil {
				printCounts(out, name, d)
			}
			if n > 0 {
				fmt.Fprintf(out, "%d errors\n", n)
				return errFailures
			}
			return err
		},
	}
}

func newDictImportCmd() *cobra.Command {
	var format, out string
	cmd := &cobra.Command{
		Use:   "import --format tabari|petrarch FILE... -o DIR",
		Short: "Convert TABARI or PETRARCH dictionaries into dyad's format",
		Args:  cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			var load func(...string) (*dict.Dictionary, error)
			switch format {
			case "tabari":
				load = tabari.Load
			case "petrarch":
				load = petrarch.Load
			default:
				return fmt.Errorf("dict import: --format %q: want tabari or petrarch", format)
			}
			if out == "" {
				return errors.New("dict import: -o DIR is required")
			}
			w := cmd.OutOrStdout()
			d, err := load(args...)
			bad := printErrors(w, err)
			if d == nil {
				if bad > 0 {
					return errFailures
				}
				return err
			}
			bad += printErrors(w, dict.Write(out, d))
			// Read the result back: what dyad cannot read is an error now,
			// not at coding time.
			back, err := dict.Load(out)
			bad += printErrors(w, err)
			printCounts(w, out, back)
			if bad > 0 {
				fmt.Fprintf(w, "%d errors\n", bad)
				return errFailures
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&format, "format", "", "format of the input: tabari or petrarch")
	cmd.Flags().StringVarP(&out, "out", "o", "", "folder to write dyad's dictionary files to")
	return cmd
}

func newDictExportCmd() *cobra.Command {
	var out string
	cmd := &cobra.Command{
		Use:   "export -o DIR",
		Short: "Write the built-in dictionaries to a folder",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if out == "" {
				return errors.New("dict export: -o DIR is required")
			}
			w := cmd.OutOrStdout()
			d, err := builtin.Load()
			bad := printErrors(w, err)
			bad += printErrors(w, dict.Write(out, d))
			printCounts(w, out, d)
			if bad > 0 {
				fmt.Fprintf(w, "%d errors\n", bad)
				return errFailures
			}
			return nil
		},
	}
	cmd.Flags().StringVarP(&out, "out", "o", "", "folder to write the dictionary files to")
	return cmd
}

// printErrors prints each dictionary error on its own line and returns how
// many there were; an error that is not a list of parse errors counts one.
func printErrors(w io.Writer, err error) int {
	if err == nil {
		return 0
	}
	var list dict.ErrorList
	if !errors.As(err, &list) {
		fmt.Fprintln(w, err)
		return 1
	}
	for _, e := range list {
		fmt.Fprintln(w, e)
	}
	return len(list)
}

// printCounts prints the size of a dictionary.
func printCounts(w io.Writer, name string, d *dict.Dictionary) {
	phrases, patterns := 0, 0
	for _, a := range d.Actors {
		phrases += len(a.Names) + len(a.Short) + len(a.Adj) + len(a.Gov) + len(a.City)
	}
	for _, v := range d.Verbs {
		patterns += len(v.Patterns)
	}
	fmt.Fprintf(w, "%s: %d actors, %d phrases, %d agents, %d verbs, %d patterns, %d synsets, %d discards\n",
		name, len(d.Actors), phrases, len(d.Agents), len(d.Verbs), patterns, len(d.Synsets),
		len(d.Discards)+len(d.Complex))
}
