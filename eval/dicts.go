package eval

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/dyadproject/dyad/dict"
	"github.com/dyadproject/dyad/dict/petrarch"
	"github.com/dyadproject/dyad/dict/tabari"
)

// LoadDicts loads dictionaries in format ("tabari", "petrarch" or "dyad")
// from paths and returns the parser for control-record options. A TABARI
// folder with a .project file loads the files the project lists;
// otherwise every .actors, .agents, .verbs and .options file in it.
func LoadDicts(format string, paths ...string) (*dict.Dictionary, OptionParser, error) {
	switch format {
	case "tabari":
		var files []string
		for _, p := range paths {
			fs, err := tabariFiles(p)
			if err != nil {
				return nil, nil, err
			}
			files = append(files, fs...)
		}
		d, err := tabari.Load(files...)
		return d, tabari.ParseOption, err
	case "petrarch":
		d, err := petrarch.Load(paths...)
		return d, tabari.ParseOption, err
	case "dyad", "":
		d, err := dict.Load(paths...)
		return d, tabari.ParseOption, err
	}
	return nil, nil, fmt.Errorf("eval: dictionary format %q: want tabari, petrarch or dyad", format)
}

func tabariFiles(p string) ([]string, error) {
	st, err := os.Stat(p)
	if err != nil {
		return nil, fmt.Errorf("eval: %w", err)
	}
	if !st.IsDir() {
		return []string{p}, nil
	}
	projects, _ := filepath.Glob(filepath.Join(p, "*.project"))
	sort.Strings(projects)
	if len(projects) > 0 {
		return []string{projects[0]}, nil
	}
	var out []string
	for _, ext := range []string{"actors", "agents", "verbs", "options"} {
		m, _ := filepath.Glob(filepath.Join(p, "*."+ext))
		sort.Strings(m)
		out = append(out, m...)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("eval: %s: no TABARI dictionary files", p)
	}
	return out, nil
}
