// Package petrarch imports PETRARCH-1 and Phoenix dictionaries (actors,
// agents, discards and the TABARI-style verb patterns file) into dyad's
// dictionary model. The phrase and pattern syntax is TABARI's and is read
// by dict/tabari; this package owns what PETRARCH changed: comments,
// date restrictions, plurals, substitution macros, story discards, verb
// blocks, multi-word verbs and generated verb forms. docs/dictionaries.md
// ("Importing PETRARCH dictionaries") lists the choices made.
package petrarch

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/dyadproject/dyad/dict"
)

// File kinds.
const (
	kindActors   = "actors"
	kindAgents   = "agents"
	kindDiscards = "discards"
	kindVerbs    = "verbs"
	kindSkip     = "skip"      // not a dictionary: issues, prepositions, PICO table
	kindVerbs2   = "verbs-2.0" // PETRARCH-2 verbs: not supported
)

// Kind returns the kind of a PETRARCH dictionary file from its name:
// "actors", "agents", "discards", "verbs", "skip" for files that are not
// coding dictionaries (issues, prepositions, the UD-PETRARCH ontology),
// "verbs-2.0" for PETRARCH-2's CAMEO.2.0 verbs, or "" when unknown.
func Kind(path string) string {
	b := strings.ToLower(filepath.Base(path))
	switch {
	case strings.Contains(b, "issuecoding"), strings.Contains(b, "prepositions"),
		strings.Contains(b, "ontology"):
		return kindSkip
	case strings.Contains(b, "2.0") && (strings.Contains(b, "verb") || strings.HasPrefix(b, "cameo")):
		return kindVerbs2
	case strings.Contains(b, "actors"):
		return kindActors
	case strings.Contains(b, "agents"):
		return kindAgents
	case strings.Contains(b, "discards"):
		return kindDiscards
	case strings.Contains(b, "verb"):
		return kindVerbs
	}
	return ""
}

// Load reads PETRARCH-1 / Phoenix dictionary files; the kind of each is
// taken from its name (see Kind). A folder loads its .txt files in name
// order; files whose kind is unknown and that are not .txt are left out. Files that are not coding
// dictionaries are skipped. A PETRARCH-2 CAMEO.2.0 verbs file is an
// error unless a PETRARCH-1 verbs file is loaded with it (the Phoenix
// folder holds both), in which case it is skipped. Every malformed line is a *dict.ParseError in the returned
// dict.ErrorList, and the Dictionary holds everything else.
//
// The Dictionary's options carry PETRARCH-1's coder defaults (see
// setDefaults), so that any command that codes with these dictionaries
// behaves like PETRARCH-1.
func Load(paths ...string) (*dict.Dictionary, error) {
	files, err := expand(paths)
	if err != nil {
		return nil, err
	}
	d := &dict.Dictionary{Synsets: map[string][]dict.Seq{}, Options: dict.Options{}}
	var errs dict.ErrorList
	verbs1 := false
	for _, f := range files {
		verbs1 = verbs1 || Kind(f) == kindVerbs
	}
	for _, f := range files {
		kind := Kind(f)
		switch kind {
		case kindSkip:
			continue
		case kindVerbs2:
			if verbs1 {
				continue // the Phoenix folder has both verb files
			}
			return nil, fmt.Errorf("petrarch: %s: PETRARCH-2 (CAMEO.2.0) verb dictionaries are not supported; use the PETRARCH-1 CAMEO.verbpatterns file", f)
		case "":
			if !strings.HasSuffix(strings.ToLower(f), ".txt") {
				continue // README.md and the like in a folder
			}
			return nil, fmt.Errorf("petrarch: %s: unknown file kind (want a name with actors, agents, discards or verbs)", f)
		}
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("petrarch: %w", err)
		}
		d.Files = append(d.Files, f)
		parse(d, kind, filepath.Base(f), string(b), &errs)
	}
	setDefaults(d.Options)
	return d, errs.Err()
}

// Parse reads the PETRARCH file data of the given kind ("actors",
// "agents", "discards" or "verbs") into d; name is used in error
// positions.
func Parse(d *dict.Dictionary, kind, name string, data []byte) error {
	if d.Synsets == nil {
		d.Synsets = map[string][]dict.Seq{}
	}
	var errs dict.ErrorList
	if !parse(d, kind, name, string(data), &errs) {
		return fmt.Errorf("petrarch: %s: unknown kind %q", name, kind)
	}
	return errs.Err()
}

func parse(d *dict.Dictionary, kind, name, data string, errs *dict.ErrorList) bool {
	switch kind {
	case kindActors:
		readActors(d, name, data, errs)
	case kindAgents:
		readAgents(d, name, data, errs)
	case kindDiscards:
		readDiscards(d, name, data, errs)
	case kindVerbs:
		readVerbs(d, name, data, errs)
	default:
		return false
	}
	return true
}

// setDefaults sets the coder options that give PETRARCH-1's behaviour
// (the same as coder.PETRARCHOptions) unless the dictionary set them:
// PETR_config.ini's comma clauses (comma_min 2, comma_max 8, comma_emin
// 2, comma_emax 8, comma_bmin 0, comma_bmax 0), an agent with no actor
// coded "---GOV", an agent in front of a compound shared by all its
// members, and no possessive pronouns as actors.
func setDefaults(o dict.Options) {
	for k, v := range map[string]string{
		"COMMA":        "MIN = 2 MAX = 8 EMIN = 2 EMAX = 8 BMIN = 0 BMAX = 0",
		"LONE AGENT":   "---",
		"SHARE AGENTS": "TRUE",
		// "its", "their" and "his" do not stand for actors
		"POSSESSIVE PRONOUNS": "FALSE",
	} {
		if _, ok := o[k]; !ok {
			o[k] = v
		}
	}
}

// expand replaces folders by their .txt files in name order.
func expand(paths []string) ([]string, error) {
	var out []string
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil {
			return nil, fmt.Errorf("petrarch: %w", err)
		}
		if !st.IsDir() {
			out = append(out, p)
			continue
		}
		ents, err := os.ReadDir(p)
		if err != nil {
			return nil, fmt.Errorf("petrarch: %w", err)
		}
		var fs []string
		for _, e := range ents {
			if e.Type().IsRegular() && strings.HasSuffix(strings.ToLower(e.Name()), ".txt") {
				fs = append(fs, filepath.Join(p, e.Name()))
			}
		}
		sort.Strings(fs)
		out = append(out, fs...)
	}
	return out, nil
}
