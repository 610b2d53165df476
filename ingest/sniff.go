package ingest

import (
	"bytes"
	"mime"
	"path/filepath"
	"strings"
)

// Format is an input format.
type Format string

// Formats that Sniff reports.
const (
	Text    Format = "text"
	HTML    Format = "html"
	Feed    Format = "feed"  // RSS, Atom or JSON Feed
	JSONL   Format = "jsonl" // one JSON object per line
	JSON    Format = "json"  // one JSON object, or an array of them
	Binary  Format = "binary"
	Unknown Format = "" // UTF-16 text, to be sniffed once decoded
)

// sniffLen is how much of the input the sniffer looks at.
const sniffLen = 4096

// Sniff reports the format of data, named name. The content decides:
// NUL bytes or a known binary signature mean Binary; a leading '<' with
// <rss, <feed or <rdf:RDF means Feed, otherwise HTML; a first line that is
// a whole JSON object means JSONL, other JSON means JSON (or Feed for a
// JSON Feed). The extension only settles content that could be either,
// such as a .html file that starts with text.
func Sniff(name string, data []byte) Format {
	return sniffType(name, "", data)
}

func sniffType(name, contentType string, data []byte) Format {
	if hasUTF16BOM(data) {
		return Unknown
	}
	data = bytes.TrimPrefix(data, bom8)
	head := data[:min(len(data), sniffLen)]
	if isBinary(head) {
		return Binary
	}
	ext := strings.ToLower(filepath.Ext(name))
	ctype, _, _ := mime.ParseMediaType(contentType)
	trimmed := bytes.TrimLeft(head, " \t\r\n\f")
	switch {
	case len(trimmed) == 0:
		return Text
	case trimmed[0] == '<':
		return sniffMarkup(trimmed, ext, ctype)
	case trimmed[0] == '{' || trimmed[0] == '[':
		return sniffJSON(trimmed, ext)
	}
	// Text that starts with a word: an HTML fragment is still HTML when the
	// name or the server says so.
	if (ext == ".html" || ext == ".htm" || ctype == "text/html") && bytes.ContainsRune(head, '<') {
		return HTML
	}
	return Text
}

func sniffMarkup(head []byte, ext, ctype string) Format {
	lower := bytes.ToLower(head)
	// A feed names its root element within the first few hundred bytes,
	// after the XML declaration, comments and stylesheet instructions.
	for _, root := range []string{"<rss", "<feed", "<rdf:rdf"} {
		if i := indexElement(lower, root); i >= 0 && !bytes.Contains(lower[:i], []byte("<html")) {
			return Feed
		}
	}
	if bytes.HasPrefix(lower, []byte("<?xml")) && !bytes.Contains(lower, []byte("<html")) {
		switch {
		case ext == ".html" || ext == ".htm" || ctype == "text/html":
			return HTML
		case strings.Contains(ctype, "rss") || strings.Contains(ctype, "atom"):
			return Feed
		}
		return Text // some other XML: read it as text rather than guess
	}
	return HTML
}

// indexElement returns the index of the first start tag <name in b, not
// counting longer names such as <feedback.
func indexElement(b []byte, tag string) int {
	off := 0
	for {
		i := bytes.Index(b[off:], []byte(tag))
		if i < 0 {
			return -1
		}
		end := off + i + len(tag)
		if end == len(b) || strings.IndexByte(" \t\r\n>", b[end]) >= 0 {
			return off + i
		}
		off = end
	}
}

func sniffJSON(head []byte, ext string) Format {
	if bytes.Contains(head, []byte("jsonfeed.org/version")) {
		return Feed
	}
	line, _, _ := bytes.Cut(head, []byte("\n"))
	line = bytes.TrimSpace(line)
	if len(line) > 1 && line[0] == '{' && line[len(line)-1] == '}' {
		return JSONL
	}
	// A long first line cut off by the sniff window is still one record.
	if len(line) > 1 && line[0] == '{' && len(head) == sniffLen && !bytes.ContainsRune(head, '\n') {
		return JSONL
	}
	if ext == ".jsonl" || ext == ".ndjson" {
		return JSONL
	}
	return JSON
}

var bom8 = []byte{0xEF, 0xBB, 0xBF}

func hasUTF16BOM(b []byte) bool {
	return len(b) >= 2 && (b[0] == 0xFF && b[1] == 0xFE || b[0] == 0xFE && b[1] == 0xFF)
}

// signatures are the magic numbers of common binary formats.
var signatures = []struct{ magic, kind string }{
	{"%PDF-", "PDF document"},
	{"\x89PNG\r\n\x1a\n", "PNG image"},
	{"\xff\xd8\xff", "JPEG image"},
	{"GIF87a", "GIF image"},
	{"GIF89a", "GIF image"},
	{"PK\x03\x04", "ZIP archive (or DOCX/XLSX/EPUB)"},
	{"\x1f\x8b", "gzip archive"},
	{"\xd0\xcf\x11\xe0", "OLE document (DOC/XLS)"},
	{"\x7fELF", "ELF executable"},
	{"SQLite format 3\x00", "SQLite database"},
	{"RIFF", "RIFF media file"},
	{"{\\rtf", "RTF document"},
}

// isBinary reports whether head is the start of a binary file: a known
// signature, or a NUL byte (as git decides), or mostly control bytes.
func isBinary(head []byte) bool {
	for _, s := range signatures {
		if bytes.HasPrefix(head, []byte(s.magic)) {
			return true
		}
	}
	if bytes.IndexByte(head, 0) >= 0 {
		return true
	}
	ctl := 0
	for _, c := range head {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' {
			ctl++
		}
	}
	return ctl > 0 && ctl*10 > len(head)
}

// binaryKind names the binary format for the skip message.
func binaryKind(data []byte) string {
	for _, s := range signatures {
		if bytes.HasPrefix(data, []byte(s.magic)) {
			return s.kind
		}
	}
	if looksUTF16(data) {
		return "looks like UTF-16 text without a byte-order mark; convert it to UTF-8"
	}
	return "contains NUL or control bytes"
}

// looksUTF16 reports whether data has NULs in every other byte and ASCII
// in the rest, the shape of UTF-16 English text.
func looksUTF16(data []byte) bool {
	n := min(len(data), 512) &^ 1
	if n < 8 {
		return false
	}
	var even, odd int
	for i := 0; i < n; i += 2 {
		if data[i] == 0 {
			even++
		}
		if data[i+1] == 0 {
			odd++
		}
	}
	half := n / 2
	return even*10 >= half*9 || odd*10 >= half*9
}
