package ingest

import (
	"strings"

	"github.com/dyadproject/dyad"
	"golang.org/x/net/html"
)

// Readability runs the fallback extractor alone, which real pages rarely
// reach because trafilatura finds their text first.
func Readability(page string) (*dyad.Document, error) {
	root, err := html.Parse(strings.NewReader(page))
	if err != nil {
		return nil, err
	}
	doc := newDoc("test.html", HTML)
	text, err := readabilityText(root, nil, doc)
	doc.Text = dropChrome(header(text, doc, false))
	doc.ID = DocumentID(doc, "")
	return doc, err
}

// DedupParagraphs exposes dedupParagraphs.
var DedupParagraphs = dedupParagraphs
