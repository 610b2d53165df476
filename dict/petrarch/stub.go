// Package petrarch imports PETRARCH dictionaries into dyad's dictionary model.
//
// This file is a placeholder so that the CLI compiles before the importer
// lands; delete it when Load is written.
package petrarch

import (
	"errors"

	"github.com/dyadproject/dyad/dict"
)

// Load reads PETRARCH dictionary files.
func Load(paths ...string) (*dict.Dictionary, error) {
	return nil, errors.New("petrarch: import not implemented yet")
}
