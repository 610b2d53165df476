// Package tabari imports TABARI dictionaries into dyad's dictionary model.
//
// This file is a placeholder so that the CLI compiles before the importer
// lands; delete it when Load is written.
package tabari

import (
	"errors"

	"github.com/dyadproject/dyad/dict"
)

// Load reads TABARI dictionary files.
func Load(paths ...string) (*dict.Dictionary, error) {
	return nil, errors.New("tabari: import not implemented yet")
}
