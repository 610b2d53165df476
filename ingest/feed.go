package ingest

import (
	"context"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/dyadproject/dyad"
	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// xmlDeclEncoding is the encoding attribute of an XML declaration; the
// text is UTF-8 by the time gofeed sees it, whatever the file declared.
var xmlDeclEncoding = regexp.MustCompile(`^(\s*<\?xml[^>]*?\sencoding\s*=\s*)["'][^"']*["']`)

// readFeed yields one document per item of an RSS, Atom or JSON feed.
func (r *Reader) readFeed(ctx context.Context, in input, text string, yield func(*dyad.Document, error) bool) bool {
	text = xmlDeclEncoding.ReplaceAllString(text, `$1"UTF-8"`)
	feed, err := parseFeed(text)
	if err != nil {
		return yield(nil, &Error{Source: in.source, Err: fmt.Errorf("parse feed: %w", err)})
	}
	for i, it := range feed.Items {
		if ctx.Err() != nil {
			return yield(nil, &Error{Source: in.source, Err: ctx.Err()})
		}
		if it == nil {
			continue
		}
		doc, err := feedItem(in.source, feed, it, i+1)
		if !yield(doc, err) {
			return false
		}
	}
	return true
}

// parseFeed runs gofeed, turning a panic on hostile input into an error.
func parseFeed(text string) (feed *gofeed.Feed, err error) {
	defer func() {
		if p := recover(); p != nil {
			feed, err = nil, fmt.Errorf("gofeed: panic: %v", p)
		}
	}()
	return gofeed.NewParser().ParseString(text)
}

func feedItem(source string, feed *gofeed.Feed, it *gofeed.Item, n int) (*dyad.Document, error) {
	doc := newDoc(source, Feed)
	doc.Meta["format"] = feed.FeedType // rss, atom or json
	setMeta(doc, "feed_title", feed.Title)
	setMeta(doc, "feed_link", feed.Link)
	setMeta(doc, "guid", it.GUID)
	setMeta(doc, "categories", strings.Join(it.Categories, ", "))
	setMeta(doc, "item", strconv.Itoa(n))
	doc.URL = strings.TrimSpace(it.Link)
	if doc.URL == "" && len(it.Links) > 0 {
		doc.URL = strings.TrimSpace(it.Links[0])
	}
	if doc.URL == "" && isURL(it.GUID) {
		doc.URL = it.GUID
	}
	doc.Title = fragmentText(it.Title)
	doc.Author = itemAuthor(feed, it)
	switch {
	case it.PublishedParsed != nil:
		doc.Published, doc.PublishedBy = dyad.Day(*it.PublishedParsed), "metadata"
	case it.UpdatedParsed != nil:
		doc.Published, doc.PublishedBy = dyad.Day(*it.UpdatedParsed), "metadata"
	case it.Published != "":
		if d, ok := ParseDate(it.Published); ok {
			doc.Published, doc.PublishedBy = d, "metadata"
		}
	}
	body := it.Content
	if strings.TrimSpace(fragmentText(body)) == "" {
		body = it.Description
	}
	doc.Text = dropChrome(header(fragmentText(body), doc, false))
	if doc.Text == "" {
		return nil, &Error{Source: source, Err: fmt.Errorf("item %d (%q): %w", n, doc.Title, ErrEmpty)}
	}
	pos := it.GUID
	if pos == "" {
		pos = strconv.Itoa(n)
	}
	doc.ID = DocumentID(doc, pos)
	return doc, nil
}

func itemAuthor(feed *gofeed.Feed, it *gofeed.Item) string {
	var names []string
	for _, p := range it.Authors {
		if p != nil && strings.TrimSpace(p.Name) != "" {
			names = append(names, strings.TrimSpace(p.Name))
		}
	}
	if len(names) == 0 && it.DublinCoreExt != nil {
		names = it.DublinCoreExt.Creator
	}
	if len(names) == 0 {
		for _, p := range feed.Authors {
			if p != nil && strings.TrimSpace(p.Name) != "" {
				names = append(names, strings.TrimSpace(p.Name))
			}
		}
	}
	return strings.Join(names, ", ")
}

// fragmentText renders an HTML fragment (an item's content or summary) as
// plain text with paragraph breaks, dropping scripts, forms and the like.
// Text without markup passes through with its entities decoded.
func fragmentText(s string) string {
	if !strings.ContainsAny(s, "<&") {
		return cleanText(s)
	}
	body := &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body}
	nodes, err := html.ParseFragment(strings.NewReader(s), body)
	if err != nil {
		return cleanText(html.UnescapeString(s))
	}
	for _, n := range nodes {
		body.AppendChild(n)
	}
	return blockText(pruneChrome(body))
}
