// Package builtin holds dyad's built-in dictionaries, embedded in the
// binary: states, IGOs and leaders (*.actors), agents (*.agents) and CAMEO
// verb patterns (*.verbs), in dyad's own format (docs/dictionaries.md).
package builtin

import (
	"embed"
	"fmt"
	"io/fs"

	"github.com/dyadproject/dyad/dict"
)

//go:embed data
var data embed.FS

// FS returns the built-in dictionary files.
func FS() fs.FS {
	sub, err := fs.Sub(data, "data")
	if err != nil {
		panic(err) // "data" is a valid path; Sub cannot fail
	}
	return sub
}

// Load parses the built-in dictionaries. It parses them on every call;
// callers that need them more than once keep the result.
func Load() (*dict.Dictionary, error) {
	d, err := dict.ParseDir(FS(), ".")
	if err != nil {
		return d, fmt.Errorf("built-in dictionary: %w", err)
	}
	return d, nil
}
