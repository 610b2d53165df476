package eval

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/dyadproject/dyad/dict"
	"github.com/dyadproject/dyad/dict/tabari"
)

// LoadTABARI loads TABARI dictionaries from paths: a file is loaded as
// it is; a folder with a .project file loads the files the project lists,
// otherwise every .actors, .agents, .verbs and .options file in it.
// Control records of TABARI suites are parsed with tabari.ParseOption.
func LoadTABARI(paths ...string) (*dict.Dictionary, error) {
	var files []string
	for _, p := range paths {
		fs, err := tabariFiles(p)
		if err != nil {
			return nil, err
		}
		files = append(files, fs...)
	}
	return tabari.Load(files...)
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
