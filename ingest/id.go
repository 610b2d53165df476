package ingest

import (
	"crypto/sha256"
	"encoding/hex"
	"net/url"
	"path/filepath"
	"strings"

	"github.com/dyadproject/dyad"
)

// ContentHash returns the hex SHA-256 of doc.Text, the same value as
// dyad.ContentHash. The store compares it to decide whether a re-ingested
// document is unchanged (a no-op) or a new version of the same ID.
func ContentHash(doc *dyad.Document) string { return dyad.ContentHash(doc.Text) }

// idLen is the number of hex digits kept of a derived ID: 64 bits, enough
// that collisions in one store are not a concern.
const idLen = 16

// DocumentID derives a stable ID for a document without one: from its
// URL when it has one (normalised, so tracking parameters and fragments do
// not matter), else from its source path and position in that source,
// else (stdin) from its text. A file edited in place keeps its ID, so the
// store sees a new version of it rather than a new document.
func DocumentID(doc *dyad.Document, pos string) string {
	switch {
	case doc.URL != "":
		return hashID("url", NormalizeURL(doc.URL))
	case doc.Source != "" && doc.Source != "-":
		src := doc.Source
		if !isURL(src) {
			src = filepath.ToSlash(filepath.Clean(src))
		}
		return hashID("src", src+"#"+pos)
	}
	return hashID("text", doc.Text)
}

func hashID(kind, s string) string {
	sum := sha256.Sum256([]byte(kind + "\x00" + s))
	return hex.EncodeToString(sum[:])[:idLen]
}

// NormalizeURL returns the form of u used for IDs: scheme and host in
// lower case, no default port, fragment or utm_* parameters, and no
// trailing slash on the path. An unparsable u is returned as it is.
func NormalizeURL(u string) string {
	p, err := url.Parse(strings.TrimSpace(u))
	if err != nil || p.Host == "" {
		return strings.TrimSpace(u)
	}
	p.Scheme = strings.ToLower(p.Scheme)
	p.Host = strings.ToLower(p.Host)
	if h, port, ok := strings.Cut(p.Host, ":"); ok && (port == "80" && p.Scheme == "http" || port == "443" && p.Scheme == "https") {
		p.Host = h
	}
	p.Fragment, p.RawFragment = "", ""
	if p.RawQuery != "" {
		q := p.Query()
		for k := range q {
			if strings.HasPrefix(strings.ToLower(k), "utm_") {
				q.Del(k)
			}
		}
		p.RawQuery = q.Encode()
	}
	if len(p.Path) > 1 {
		p.Path = strings.TrimSuffix(p.Path, "/")
		p.RawPath = ""
	}
	return p.String()
}
