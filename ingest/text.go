package ingest

import (
	"github.com/dyadproject/dyad"
)

// readText reads a plain-text article: an optional title line, byline and
// date lines, then the body in paragraphs separated by blank lines.
func (r *Reader) readText(in input, text string) (*dyad.Document, error) {
	doc := newDoc(in.source, Text)
	doc.URL = in.url
	body := header(cleanText(text), doc, true)
	doc.Text = dropChrome(body)
	if doc.Text == "" {
		return nil, &Error{Source: in.source, Err: ErrEmpty}
	}
	doc.ID = DocumentID(doc, "")
	return doc, nil
}
