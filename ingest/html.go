package ingest

import (
	"errors"
	"fmt"
	"net/url"
	"strings"

	"codeberg.org/readeck/go-readability/v2"
	"github.com/andybalholm/cascadia"
	"github.com/dyadproject/dyad"
	"github.com/markusmobius/go-htmldate"
	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pruneSelector names page furniture removed before extraction, on top of
// what trafilatura removes itself: site navigation, asides, advertising,
// share bars, newsletter boxes and comment threads. The metadata (title,
// author, date) is read before pruning.
const pruneSelector = `nav, aside, footer, form, iframe, noscript, template, [role=navigation], [role=complementary], [role=contentinfo],
	.ad, .ads, .advert, .advertisement, [class*=advert], [id*=advert], [class*=ad-box], [class*=ad-slot], [class*=ad-banner],
	[class*=sponsor], [class*=promo], [class*=newsletter], [class*=share], [class*=social], [class*=sidebar], [id*=sidebar],
	[class*=related], [class*=most-read], [class*=comment], [id*=comment], [id=disqus_thread], [class*=cookie], [class*=breaking]`

// minExtracted is the shortest main text, in characters, that trafilatura
// accepts from its own extraction before trying its baseline.
const minExtracted = 40

// readHTML extracts the main text and metadata of a web page with
// trafilatura, and with readability when trafilatura finds no text.
func (r *Reader) readHTML(in input, page string) (*dyad.Document, error) {
	doc := newDoc(in.source, HTML)
	root, err := html.Parse(strings.NewReader(page))
	if err != nil {
		return nil, &Error{Source: in.source, Err: fmt.Errorf("parse html: %w", err)}
	}
	pageURL, _ := url.Parse(in.url)
	if in.url == "" {
		pageURL = nil
	}
	text, err := trafilaturaText(root, pageURL, doc)
	if text == "" {
		rtext, rerr := readabilityText(root, pageURL, doc)
		if rtext == "" {
			return nil, &Error{Source: in.source, Err: fmt.Errorf("%w: no article text found (%v)", ErrEmpty, errors.Join(err, rerr))}
		}
		text = rtext
	}
	if doc.URL == "" {
		doc.URL = in.url
	}
	pageByline(root, doc)
	doc.Text = dropChrome(header(text, doc, false))
	if doc.Text == "" {
		return nil, &Error{Source: in.source, Err: fmt.Errorf("%w: no article text found", ErrEmpty)}
	}
	doc.ID = DocumentID(doc, "")
	return doc, nil
}

// trafilaturaText runs trafilatura on a copy of root and fills doc's
// metadata. Extraction libraries are large and see hostile input, so a
// panic in one is turned into an error for this page alone.
func trafilaturaText(root *html.Node, pageURL *url.URL, doc *dyad.Document) (text string, err error) {
	defer func() {
		if p := recover(); p != nil {
			text, err = "", fmt.Errorf("trafilatura: panic: %v", p)
		}
	}()
	// Below MinExtractedSize trafilatura falls back to a baseline that
	// flattens the article into one paragraph; a short story keeps its
	// paragraphs with a lower threshold.
	cfg := trafilatura.DefaultConfig()
	cfg.MinExtractedSize = minExtracted
	opts := trafilatura.Options{
		Config:          cfg,
		OriginalURL:     pageURL,
		ExcludeComments: true,
		PruneSelector:   pruneSelector,
		// The publication date comes from markup only (meta tags, <time>,
		// JSON-LD, the URL), never from dates mentioned in the story.
		HtmlDateOptions: &htmldate.Options{UseOriginalDate: true, SkipExtensiveSearch: true},
	}
	res, err := trafilatura.ExtractDocument(cloneTree(root), opts)
	if err != nil {
		return "", fmt.Errorf("trafilatura: %w", err)
	}
	m := res.Metadata
	doc.Title, doc.Author, doc.URL = strings.TrimSpace(m.Title), strings.TrimSpace(m.Author), m.URL
	if !m.Date.IsZero() {
		doc.Published, doc.PublishedBy = dyad.Day(m.Date), "metadata"
	}
	setMeta(doc, "sitename", m.Sitename)
	setMeta(doc, "description", m.Description)
	setMeta(doc, "language", m.Language)
	setMeta(doc, "categories", strings.Join(m.Categories, ", "))
	setMeta(doc, "tags", strings.Join(m.Tags, ", "))
	doc.Meta["extractor"] = "trafilatura"
	return dedupParagraphs(blockText(res.ContentNode)), nil
}

// readabilityText is the fallback extractor.
func readabilityText(root *html.Node, pageURL *url.URL, doc *dyad.Document) (text string, err error) {
	defer func() {
		if p := recover(); p != nil {
			text, err = "", fmt.Errorf("readability: panic: %v", p)
		}
	}()
	p := readability.NewParser()
	art, err := p.ParseAndMutate(pruneChrome(cloneTree(root)), pageURL)
	if err != nil {
		return "", fmt.Errorf("readability: %w", err)
	}
	if doc.Title == "" {
		doc.Title = strings.TrimSpace(art.Title())
	}
	if doc.Author == "" {
		doc.Author = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(art.Byline()), "By "))
	}
	if t, err := art.PublishedTime(); err == nil && doc.Published.IsZero() {
		doc.Published, doc.PublishedBy = dyad.Day(t), "metadata"
	}
	setMeta(doc, "sitename", art.SiteName())
	setMeta(doc, "language", art.Language())
	doc.Meta["extractor"] = "readability"
	if art.Node == nil {
		return "", nil
	}
	return blockText(art.Node), nil
}

// chromeSelector compiles pruneSelector for the readability fallback.
var chromeSelector = cascadia.MustCompile(pruneSelector)

// pruneChrome removes the nodes pruneSelector matches from root.
func pruneChrome(root *html.Node) *html.Node {
	for _, n := range chromeSelector.MatchAll(root) {
		if n.Parent != nil {
			n.Parent.RemoveChild(n)
		}
	}
	return root
}

// maxDedupScan bounds the text searched for contained paragraphs, which
// keeps dedupParagraphs linear on huge pages.
const maxDedupScan = 256 << 10

// dedupParagraphs drops each paragraph that repeats an earlier one, or
// that an earlier paragraph contains. On some layouts (text and <br> in a
// <div>) trafilatura returns the same text twice, and a repeated sentence
// would be coded as a second event.
func dedupParagraphs(text string) string {
	paras := strings.Split(text, "\n\n")
	kept := paras[:0]
	exact := map[string]bool{}
	var seen strings.Builder // searched for containment while it is small
	for _, p := range paras {
		if exact[p] || len(p) >= 20 && seen.Len() <= maxDedupScan && strings.Contains(seen.String(), p) {
			continue
		}
		exact[p] = true
		if seen.Len() <= maxDedupScan {
			seen.WriteString(p)
			seen.WriteByte(0)
		}
		kept = append(kept, p)
	}
	return strings.Join(kept, "\n\n")
}

// bylineSelector finds the elements of a page that hold its byline.
var bylineSelector = cascadia.MustCompile(`[class*=byline], [id*=byline], [class*=author], [itemprop=author], [rel=author], [class*=dateline]`)

// pageByline reads the page's visible byline, which names the author more
// reliably than metadata heuristics do ("By Jane Doe | March 3, 2019"
// yields "Jane Doe", not "Jane Doe; March"). Its author wins; its date is
// used when the markup had none.
func pageByline(root *html.Node, doc *dyad.Document) {
	page := pruneChrome(cloneTree(root))
	for _, n := range bylineSelector.MatchAll(page) {
		text := cleanText(blockText(n))
		if text == "" || len(text) > 160 || strings.Contains(text, "\n") {
			continue
		}
		probe := &dyad.Document{Meta: map[string]string{}}
		if !byline(text, probe) && !(isName(text) && byline("By "+text, probe)) {
			continue
		}
		if probe.Author == "" && probe.Published.IsZero() {
			continue
		}
		doc.Meta["byline"] = text
		if probe.Author != "" {
			doc.Author = probe.Author
		}
		if doc.Published.IsZero() && !probe.Published.IsZero() {
			doc.Published, doc.PublishedBy = probe.Published, "byline"
		}
		return
	}
}

func setMeta(doc *dyad.Document, k, v string) {
	if v = strings.TrimSpace(v); v != "" {
		if _, ok := doc.Meta[k]; !ok {
			doc.Meta[k] = v
		}
	}
}

// cloneTree deep-copies an HTML tree, so each extractor gets the page as
// it was parsed.
func cloneTree(n *html.Node) *html.Node {
	c := &html.Node{Type: n.Type, DataAtom: n.DataAtom, Data: n.Data, Namespace: n.Namespace, Attr: append([]html.Attribute(nil), n.Attr...)}
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		c.AppendChild(cloneTree(ch))
	}
	return c
}

// skipElems hold no article text.
var skipElems = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Iframe: true, atom.Svg: true, atom.Math: true, atom.Button: true, atom.Select: true,
	atom.Textarea: true, atom.Input: true, atom.Head: true, atom.Nav: true, atom.Form: true,
}

// inlineElems continue the current paragraph; every other element starts
// and ends one, as blocks do in a browser.
var inlineElems = map[atom.Atom]bool{
	atom.A: true, atom.Abbr: true, atom.B: true, atom.Bdi: true, atom.Bdo: true, atom.Cite: true,
	atom.Code: true, atom.Data: true, atom.Dfn: true, atom.Em: true, atom.Font: true, atom.I: true,
	atom.Kbd: true, atom.Mark: true, atom.Q: true, atom.S: true, atom.Samp: true, atom.Small: true,
	atom.Span: true, atom.Strike: true, atom.Strong: true, atom.Sub: true, atom.Sup: true, atom.Time: true,
	atom.Tt: true, atom.U: true, atom.Var: true, atom.Wbr: true, atom.Img: true, atom.Label: true,
	atom.Del: true, atom.Ins: true,
}

// inlineTags are trafilatura's own inline element names, which have no atom.
var inlineTags = map[string]bool{"hi": true, "ref": true, "del": true}

// blockText renders n as plain text: whitespace inside a paragraph
// collapses to single spaces, <br> is a line break, and a blank line
// separates block elements, the paragraph break the segmenter reads.
func blockText(n *html.Node) string {
	if n == nil {
		return ""
	}
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			writeCollapsed(&b, n.Data)
			return
		case html.CommentNode, html.DoctypeNode:
			return
		case html.ElementNode:
			if skipElems[n.DataAtom] {
				return
			}
			if n.DataAtom == atom.Br || n.Data == "lb" {
				b.WriteString("\n")
				return
			}
		}
		block := n.Type == html.ElementNode && !inlineElems[n.DataAtom] && !inlineTags[n.Data]
		if block {
			b.WriteString("\n\n")
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			b.WriteString("\n\n")
		}
	}
	walk(n)
	return cleanText(b.String())
}

// writeCollapsed writes s with each run of white space as one space.
func writeCollapsed(b *strings.Builder, s string) {
	space := false
	for _, r := range s {
		if r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' {
			space = true
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	if space {
		b.WriteByte(' ')
	}
}
