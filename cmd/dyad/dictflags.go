package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/dict"
	"github.com/dyadproject/dyad/dict/petrarch"
	"github.com/dyadproject/dyad/dict/tabari"
	"github.com/dyadproject/dyad/pipeline"
	"github.com/spf13/cobra"
)

// codingFlags are the flags of every command that codes documents.
type codingFlags struct {
	dicts     []string
	format    string
	noBuiltin bool
	date      string
	dayFirst  bool
}

func (f *codingFlags) register(cmd *cobra.Command) {
	fl := cmd.Flags()
	fl.StringArrayVar(&f.dicts, "dict", nil, "add the dictionaries in `DIR` (repeatable)")
	fl.StringVar(&f.format, "dict-format", "dyad", "format of the --dict folders: dyad, tabari or petrarch")
	fl.BoolVar(&f.noBuiltin, "no-builtin", false, "leave out dyad's built-in dictionaries")
	fl.StringVar(&f.date, "date", "", "use `YYYY-MM-DD` as every document's date")
	fl.BoolVar(&f.dayFirst, "day-first", false, "read ambiguous numeric dates such as 04/06/2019 as day/month")
}

// pipeline loads the dictionaries and builds the coding pipeline.
func (f *codingFlags) pipeline() (*pipeline.Pipeline, error) {
	cfg := pipeline.Config{NoBuiltin: f.noBuiltin, DayFirst: f.dayFirst}
	if f.date != "" {
		d, err := dyad.ParseDay(f.date)
		if err != nil {
			return nil, fmt.Errorf("--date: %w", err)
		}
		cfg.Date = d
	}
	for _, dir := range f.dicts {
		d, err := loadDict(f.format, dir)
		var el dict.ErrorList
		switch {
		case err != nil && d != nil && errors.As(err, &el):
			// Imported dictionaries carry their source's bad lines; the
			// rest of each file is usable, so warn and go on.
			fmt.Fprintf(os.Stderr, "dyad: warning: %d bad dictionary lines in %s; first: %v\n", len(el), dir, el[0])
		case err != nil:
			return nil, err
		}
		cfg.Dicts = append(cfg.Dicts, d)
	}
	return pipeline.New(cfg)
}

// loadDict reads one dictionary folder (or file) in the given format.
func loadDict(format, dir string) (*dict.Dictionary, error) {
	switch format {
	case "dyad":
		return dict.Load(dir)
	case "tabari", "petrarch":
		files, err := filesIn(dir)
		if err != nil {
			return nil, err
		}
		if format == "tabari" {
			return tabari.Load(files...)
		}
		return petrarch.Load(files...)
	}
	return nil, fmt.Errorf("--dict-format %q: want dyad, tabari or petrarch", format)
}

// filesIn lists a folder's regular files in name order, or the path itself
// when it is a file.
func filesIn(path string) ([]string, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if !st.IsDir() {
		return []string{path}, nil
	}
	ents, err := os.ReadDir(path)
	if err != nil {
		return nil, err
	}
	var files []string
	for _, e := range ents {
		if e.Type().IsRegular() {
			files = append(files, filepath.Join(path, e.Name()))
		}
	}
	sort.Strings(files)
	return files, nil
}
