package ingest

import (
	"bytes"
	"fmt"
	"mime"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/unicode"
)

// decode returns data as UTF-8 text and the name of the encoding it was
// converted from ("" for UTF-8). The rules, in order: a byte-order mark
// decides (UTF-8, UTF-16LE, UTF-16BE); valid UTF-8 is kept; a charset the
// input declares (HTTP header, <meta charset>, <?xml encoding>) is used if
// known; otherwise the bytes are read as Windows-1252, the superset of
// Latin-1 that Western news sites used, unless they cannot be.
func decode(data []byte, declared string) (string, string, error) {
	switch {
	case bytes.HasPrefix(data, bom8):
		data = data[len(bom8):]
	case hasUTF16BOM(data):
		order := unicode.LittleEndian
		name := "utf-16le"
		if data[0] == 0xFE {
			order, name = unicode.BigEndian, "utf-16be"
		}
		out, err := unicode.UTF16(order, unicode.ExpectBOM).NewDecoder().Bytes(data)
		if err != nil {
			return "", "", fmt.Errorf("%w: invalid %s: %v", ErrEncoding, name, err)
		}
		return string(out), name, nil
	}
	if utf8.Valid(data) {
		return string(data), "", nil
	}
	if enc, name := lookupCharset(declared); enc != nil {
		if out, err := enc.NewDecoder().Bytes(data); err == nil {
			return string(out), name, nil
		}
	}
	if reason := notWindows1252(data); reason != "" {
		return "", "", fmt.Errorf("%w: not UTF-8, UTF-16 with a byte-order mark, or Windows-1252 (%s); convert it to UTF-8", ErrEncoding, reason)
	}
	out, err := charmap.Windows1252.NewDecoder().Bytes(data)
	if err != nil {
		return "", "", fmt.Errorf("%w: %v", ErrEncoding, err)
	}
	return string(out), "windows-1252", nil
}

// lookupCharset returns the decoder for a declared charset label, or nil
// for none, unknown labels and UTF-8 (which was already found invalid).
func lookupCharset(label string) (encoding.Encoding, string) {
	if label == "" {
		return nil, ""
	}
	enc, err := htmlindex.Get(label)
	if err != nil || enc == unicode.UTF8 {
		return nil, ""
	}
	name, err := htmlindex.Name(enc)
	if err != nil {
		name = strings.ToLower(label)
	}
	return enc, name
}

// notWindows1252 says why data cannot be Windows-1252 text, or "" if it
// can. Western text is mostly ASCII with an accented letter or curly
// quote here and there; a byte that Windows-1252 leaves undefined, or a
// high share of non-ASCII bytes, means some other encoding (Shift JIS,
// GBK, KOI8-R, ...) that guessing would turn into nonsense.
func notWindows1252(data []byte) string {
	var high, letters int
	for _, c := range data {
		switch {
		case c == 0x81 || c == 0x8D || c == 0x8F || c == 0x90 || c == 0x9D:
			return fmt.Sprintf("byte 0x%02X is undefined there", c)
		case c >= 0x80:
			high++
			letters++
		case c > ' ':
			letters++
		}
	}
	if letters > 0 && high*10 > letters*3 {
		return fmt.Sprintf("%d%% of the characters are non-ASCII", high*100/letters)
	}
	return ""
}

var (
	xmlEncoding = regexp.MustCompile(`(?i)<\?xml[^>]*?\sencoding\s*=\s*["']([^"']+)["']`)
	metaCharset = regexp.MustCompile(`(?i)<meta[^>]+charset\s*=\s*["']?([\w.:-]+)`)
)

// declaredCharset returns the charset named by an HTTP Content-Type, an
// XML declaration or an HTML <meta> tag near the start of data.
func declaredCharset(contentType string, data []byte) string {
	if _, params, err := mime.ParseMediaType(contentType); err == nil && params["charset"] != "" {
		return params["charset"]
	}
	head := data[:min(len(data), 2048)]
	if m := xmlEncoding.FindSubmatch(head); m != nil {
		return string(m[1])
	}
	if m := metaCharset.FindSubmatch(head); m != nil {
		return string(m[1])
	}
	return ""
}
