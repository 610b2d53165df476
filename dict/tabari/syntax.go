package tabari

import (
	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/dict"
)

// The KEDS phrase and pattern syntax is shared with dict/petrarch, whose
// PETRARCH-1 dictionaries are TABARI-style; these exported names give it
// that syntax without a second parser.

// ParsePhrase reads a dictionary phrase such as "PRINCE DOL_AMROTH" or
// "THE_AU_" (see parsePhrase for the word semantics); pos is kept on the
// phrase.
func ParsePhrase(s string, pos dict.Pos) (dict.Phrase, error) { return parsePhrase(s, pos) }

// ParsePattern reads a verb pattern or synset member ("$ * TO_+",
// "&TIETYPES TIES") into elements; a word closed by "_" is Exact, any
// other word a stem.
func ParsePattern(s string) (dict.Seq, error) { return parseSeq(s, true) }

// SplitEntry splits "PHRASE [CODE] [CODE]" into the phrase and the
// contents of its brackets.
func SplitEntry(s string) (phrase string, codes []string, err error) { return splitEntry(s) }

// ParseDate reads a YYMMDD (yy < 30 is 20yy) or YYYYMMDD date.
func ParseDate(s string) (dyad.Date, error) { return parseDate(s) }

// ValidCode reports whether s is a CAMEO-like code or one of TABARI's
// special codes ("---", "###", "+++", "A/B", "A:B").
func ValidCode(s string) bool { return validCode(s) }
