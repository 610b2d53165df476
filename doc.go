// Package dyad holds the domain model shared by every stage of the
// event-data pipeline: one Document per article, with its Text, and the
// layers that stages add to it (sentences, tokens, actor, time and quantity
// mentions, events and facts). Every annotation is a Span of byte offsets
// into Document.Text; JSON output converts them to character offsets with
// CharIndex.
//
// The data flows one way:
//
//	ingest → segment → actor, timex, quantity → coder → store → query/API/export
//
// This package imports only the standard library.
package dyad

// Document is one article and every layer the stages have added to it.
type Document struct {
	ID     string // stable ID; readers derive it from the URL, path or content hash
	Source string // where it came from: a path, feed URL or corpus name
	URL    string
	Title  string
	Author string

	// Published is the report date, with its precision. PublishedBy says
	// how it was found: "metadata", "byline", "dateline", "flag" or "".
	Published   Date
	PublishedBy string

	Meta map[string]string // reader metadata not modelled above

	Text string // the cleaned article text; every offset points here

	Sentences  []Sentence
	Tokens     []Token
	Actors     []ActorMention
	Times      []TimeMention
	Quantities []Quantity
	Events     []Event
	Facts      []Fact
}

// SentenceTokens returns the tokens of sentence i.
func (d *Document) SentenceTokens(i int) []Token {
	s := d.Sentences[i]
	return d.Tokens[s.FirstToken:s.EndToken]
}

// Span is a half-open range of byte offsets into Document.Text.
type Span struct{ Start, End int }

// In returns the text that the span covers.
func (s Span) In(text string) string {
	if s.Start < 0 || s.End > len(text) || s.Start > s.End {
		return ""
	}
	return text[s.Start:s.End]
}

// Len is the span's length in bytes.
func (s Span) Len() int { return s.End - s.Start }

// IsZero reports whether the span is unset.
func (s Span) IsZero() bool { return s.Start == 0 && s.End == 0 }

// Contains reports whether o lies inside s.
func (s Span) Contains(o Span) bool { return o.Start >= s.Start && o.End <= s.End }

// Overlaps reports whether the spans share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// Sentence is a sentence span with the range of its tokens in
// Document.Tokens and the paragraph it belongs to.
type Sentence struct {
	Span
	FirstToken, EndToken int // Document.Tokens[FirstToken:EndToken]
	Paragraph            int // 0-based; a blank line starts a new paragraph
}

// TokenKind classifies a token by its shape.
type TokenKind uint8

// Token kinds.
const (
	Word TokenKind = iota
	Number
	Punct
)

// Token is one token with its offsets. Norm is the upper-cased form used by
// dictionary matching; POS is filled only by stages that tag parts of speech.
type Token struct {
	Span
	Kind TokenKind
	Norm string
	POS  string
}

// Evidence is a span and the text it covers, as kept with an event or fact.
type Evidence struct {
	Span
	Text string
}

// EvidenceOf returns the evidence for span s of text.
func EvidenceOf(text string, s Span) Evidence { return Evidence{Span: s, Text: s.In(text)} }
