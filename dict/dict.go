// Package dict is dyad's dictionary model: actors with time-bounded codes,
// agents and offices, verbs with their patterns, synsets, discards and
// options. Format packages fill it: this package reads and writes dyad's
// own text format (docs/dictionaries.md); dict/tabari and dict/petrarch
// import the formats of those coders. The coder compiles a Dictionary
// into matchers.
package dict

import (
	"fmt"

	"github.com/dyadproject/dyad"
)

// Dictionary is a complete set of coding knowledge.
type Dictionary struct {
	Actors   []Actor
	Agents   []Agent
	Verbs    []Verb
	Synsets  map[string][]Seq // name (without &) → alternatives
	Discards []Phrase         // a match drops the sentence
	Complex  []Phrase         // a match marks the sentence too complex to code

	// Nouns and Adjectives are parsing hints from TABARI dictionaries: a
	// listed noun after a verb form makes it a noun, a listed adjective
	// is skipped between an actor and its agent.
	Nouns      []Phrase
	Adjectives []Phrase

	Options Options
	Files   []string // the files it was read from, in order
}

// Pos is a place in a dictionary file.
type Pos struct {
	File string
	Line int
}

func (p Pos) String() string { return fmt.Sprintf("%s:%d", p.File, p.Line) }

// MatchKind says how a dictionary word matches a token.
type MatchKind uint8

// Match kinds.
const (
	Stem  MatchKind = iota // the token begins with the word (TABARI's default)
	Exact                  // the token is the word (TABARI "WORD=")
	Noun                   // the word plus a regular noun ending: S, ES, 'S (TABARI "WORD_")
)

// Word is one word of a phrase or pattern.
type Word struct {
	Text  string // upper case
	Match MatchKind
	// Gap is true when other tokens may come between the previous word and
	// this one (words joined by a space in TABARI, not by "_").
	Gap bool
}

// Phrase is a sequence of words, as written in its file.
type Phrase struct {
	Words []Word
	Text  string
	Pos   Pos
}

// Actor is a state, organisation, group, place or person.
type Actor struct {
	ID        string
	Name      string
	Type      string // state, igo, group, firm, media, ngo, place, person
	Names     []Phrase
	Short     []Phrase // match only after a Name appeared in the document
	Adj       []Phrase
	Gov       []Phrase // seats of government: code + GOV
	City      []Phrase
	Codes     []dyad.DatedCode
	Country   string
	Successor string
	Gender    string
	Pos       Pos
}

// Agent is an agent code and the words that name it, such as COP for
// "police". Offices are named posts held by one person at a time.
type Agent struct {
	Code    string
	Name    string
	Names   []Phrase
	Offices []Office
	// Before puts the agent code in front of the actor code, as TABARI's
	// "[NGO~]" does; otherwise it follows it ("[~GOV]").
	Before bool
	Pos    Pos
}

// Office is a post such as "prime minister" and its phrases.
type Office struct {
	Name    string
	Phrases []Phrase
}

// Verb is a verb, its forms and its patterns.
type Verb struct {
	ID       string
	Code     string   // default code; "---" codes nothing; "A:B" is paired
	Forms    []Phrase // the first is the lemma; a form may have several words
	Patterns []Pattern
	Pos      Pos
}

// Pattern is a verb pattern such as "$ * TO +", or a nominal one.
type Pattern struct {
	Code string
	Seq  Seq
	Noun bool // a nominal pattern: no verb form is needed
	Text string
	Pos  Pos
}

// ElemKind is the kind of one pattern element.
type ElemKind uint8

// Pattern element kinds.
const (
	Lit      ElemKind = iota // a word
	VerbSlot                 // *
	Source                   // $
	Target                   // +
	Compound                 // %
	Skip                     // ^ one word
	Synset                   // &NAME
	Alt                      // { a | b }
)

// Elem is one pattern element.
type Elem struct {
	Kind ElemKind
	Word Word   // for Lit; Word.Gap also marks the gap before slots
	Name string // for Synset
	Alts []Seq  // for Alt
}

// Seq is a sequence of pattern elements.
type Seq []Elem

// Options holds coder options by upper-case name, as TABARI's "SET:" and
// "COMPLEX:" lines and PETRARCH's config set them.
type Options map[string]string
