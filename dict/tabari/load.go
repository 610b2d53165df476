// Package tabari imports TABARI dictionaries (.actors, .agents, .verbs,
// .options and .project files) into dyad's dictionary model.
//
// TABARI word semantics are kept in dict.Word: words joined by "_" are
// adjacent, words joined by a space may have words between them; a word
// followed by "_" must be a whole token (in phrases a final "_" admits
// regular noun or verb endings, dict.Noun); "=" is exact; any other word
// is a stem. Actor codes keep TABARI's special values "---" (null),
// "###" (discard) and "+++" (complex), and "A/B" multi-codes; event codes
// keep "A:B" pairs and the "!" (dominant) and "?" (subordinate) marks.
package tabari

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/dyadproject/dyad/dict"
)

// Load reads TABARI files; the kind of each is taken from its extension.
// A .project file loads the actors, verbs, agents and options files it
// names, relative to its folder. Every malformed line is reported in a
// dict.ErrorList.
func Load(paths ...string) (*dict.Dictionary, error) {
	d := &dict.Dictionary{Synsets: map[string][]dict.Seq{}, Options: dict.Options{}}
	var errs dict.ErrorList
	for _, p := range paths {
		if err := loadFile(d, p, &errs); err != nil {
			return nil, err
		}
	}
	if hasOptions(d) {
		if _, ok := d.Options["MINIMUM WORDS"]; !ok {
			// TABARI's default: shorter sentences are not coded.
			d.Options["MINIMUM WORDS"] = "8"
		}
	}
	if err := errs.Err(); err != nil {
		return d, err
	}
	return d, nil
}

func hasOptions(d *dict.Dictionary) bool {
	for _, f := range d.Files {
		if Kind(f) == "options" {
			return true
		}
	}
	return false
}

func loadFile(d *dict.Dictionary, path string, errs *dict.ErrorList) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("tabari: %w", err)
	}
	d.Files = append(d.Files, path)
	switch kind := Kind(path); kind {
	case "actors", "agents", "verbs", "options":
		parse(d, kind, filepath.Base(path), string(b), errs)
	case "project":
		files, err := ProjectFiles(path)
		if err != nil {
			return err
		}
		for _, f := range files {
			if err := loadFile(d, f, errs); err != nil {
				return err
			}
		}
	default:
		return fmt.Errorf("tabari: %s: unknown file kind (want .actors, .agents, .verbs, .options or .project)", path)
	}
	return nil
}

// Parse reads the TABARI file data of the given kind ("actors", "agents",
// "verbs" or "options") into d; name is used in error positions.
func Parse(d *dict.Dictionary, kind, name string, data []byte) error {
	if d.Synsets == nil {
		d.Synsets = map[string][]dict.Seq{}
	}
	if d.Options == nil {
		d.Options = dict.Options{}
	}
	var errs dict.ErrorList
	if !parse(d, kind, name, string(data), &errs) {
		return fmt.Errorf("tabari: %s: unknown kind %q", name, kind)
	}
	return errs.Err()
}

func parse(d *dict.Dictionary, kind, name, data string, errs *dict.ErrorList) bool {
	switch kind {
	case "actors":
		readActors(d, name, data, errs)
	case "agents":
		readAgents(d, name, data, errs)
	case "verbs":
		readVerbs(d, name, data, errs)
	case "options":
		readOptions(d, name, data, errs)
	default:
		return false
	}
	return true
}

// Kind returns the kind of a TABARI file from its name: actors, agents,
// verbs, options, project or "".
func Kind(path string) string {
	base := strings.ToLower(filepath.Base(path))
	for _, k := range []string{"actors", "agents", "verbs", "options", "project"} {
		if strings.HasSuffix(base, "."+k) || strings.Contains(base, "."+k+".") {
			return k
		}
	}
	return ""
}

// ProjectFiles returns the dictionary files a .project file names
// (<actorsfile>, <verbsfile>, <agentsfile>, <optionsfile>), in that order,
// relative to the project's folder.
func ProjectFiles(path string) ([]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("tabari: %w", err)
	}
	dir := filepath.Dir(path)
	found := map[string][]string{}
	for _, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSpace(line)
		if !strings.HasPrefix(line, "<") {
			continue
		}
		end := strings.IndexByte(line, '>')
		if end < 0 {
			continue
		}
		tag := strings.ToLower(line[1:end])
		val := strings.TrimSpace(line[end+1:])
		if val == "" {
			continue
		}
		switch tag {
		case "actorsfile", "verbsfile", "agentsfile", "optionsfile":
			found[tag] = append(found[tag], filepath.Join(dir, val))
		}
	}
	var out []string
	for _, tag := range []string{"actorsfile", "verbsfile", "agentsfile", "optionsfile"} {
		out = append(out, found[tag]...)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("tabari: %s: no dictionary files listed", path)
	}
	return out, nil
}
