package ingest

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/dyadproject/dyad"
)

// Record fields with a place in dyad.Document. Any other field of a record
// is kept in Document.Meta as a string.
var recordFields = map[string]bool{"id": true, "url": true, "title": true, "author": true, "date": true, "text": true, "html": true}

// readJSONL yields one document per non-blank line. A broken line is an
// error naming its line number, and reading goes on with the next one.
func (r *Reader) readJSONL(ctx context.Context, in input, text string, yield func(*dyad.Document, error) bool) bool {
	line := 0
	for len(text) > 0 {
		line++
		var l string
		l, text, _ = strings.Cut(text, "\n")
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		if ctx.Err() != nil {
			return yield(nil, &Error{Source: in.source, Line: line, Err: ctx.Err()})
		}
		var rec map[string]json.RawMessage
		if err := json.Unmarshal([]byte(l), &rec); err != nil {
			if !yield(nil, &Error{Source: in.source, Line: line, Err: jsonError(err)}) {
				return false
			}
			continue
		}
		if !yield(r.record(in, rec, line)) {
			return false
		}
	}
	return true
}

// readJSON reads a file holding one record or an array of records.
func (r *Reader) readJSON(ctx context.Context, in input, text string, yield func(*dyad.Document, error) bool) bool {
	var recs []map[string]json.RawMessage
	t := strings.TrimSpace(text)
	var err error
	if strings.HasPrefix(t, "[") {
		err = json.Unmarshal([]byte(t), &recs)
	} else {
		var rec map[string]json.RawMessage
		err = json.Unmarshal([]byte(t), &rec)
		recs = append(recs, rec)
	}
	if err != nil {
		line := 0
		var se *json.SyntaxError
		if errors.As(err, &se) {
			line = 1 + strings.Count(t[:min(int(se.Offset), len(t))], "\n")
		}
		return yield(nil, &Error{Source: in.source, Line: line, Err: jsonError(err)})
	}
	for i, rec := range recs {
		if ctx.Err() != nil {
			return yield(nil, &Error{Source: in.source, Err: ctx.Err()})
		}
		doc, err := r.record(in, rec, 0)
		if err != nil {
			err = &Error{Source: in.source, Err: fmt.Errorf("record %d: %w", i+1, errors.Unwrap(err))}
		} else if _, ok := rec["id"]; !ok {
			doc.ID = DocumentID(doc, "record "+strconv.Itoa(i+1))
		}
		if !yield(doc, err) {
			return false
		}
	}
	return true
}

func jsonError(err error) error {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) && te.Field == "" {
		return fmt.Errorf("invalid record: want a JSON object, got %s", te.Value)
	}
	return fmt.Errorf("invalid JSON: %w", err)
}

// record turns one JSON record into a document.
func (r *Reader) record(in input, rec map[string]json.RawMessage, line int) (*dyad.Document, error) {
	fail := func(format string, args ...any) (*dyad.Document, error) {
		return nil, &Error{Source: in.source, Line: line, Err: fmt.Errorf(format, args...)}
	}
	if rec == nil {
		return fail("invalid record: want a JSON object, got null")
	}
	str := func(k string) (string, error) {
		v, ok := rec[k]
		if !ok {
			return "", nil
		}
		return scalar(v, k == "author")
	}
	f := map[string]string{}
	for k := range recordFields {
		v, err := str(k)
		if err != nil {
			return fail("field %q: %v", k, err)
		}
		f[k] = v
	}
	doc := newDoc(in.source, JSONL)
	if line == 0 {
		doc.Meta["format"] = string(JSON)
	} else {
		doc.Meta["line"] = strconv.Itoa(line)
	}
	doc.URL, doc.Title, doc.Author = strings.TrimSpace(f["url"]), cleanText(f["title"]), strings.TrimSpace(f["author"])
	if f["date"] != "" {
		doc.Meta["date"] = f["date"]
		if d, ok := ParseDate(f["date"]); ok {
			doc.Published, doc.PublishedBy = d, "metadata"
		}
	}
	for k, v := range rec {
		if recordFields[k] {
			continue
		}
		s, err := scalar(v, true)
		if err != nil { // objects and arrays of objects: keep the JSON
			var buf bytes.Buffer
			if json.Compact(&buf, v) == nil {
				s = buf.String()
			}
		}
		doc.Meta[k] = s
	}
	text := f["text"]
	if strings.TrimSpace(text) == "" && strings.TrimSpace(f["html"]) != "" {
		page, err := r.readHTML(input{source: in.source, url: doc.URL}, f["html"])
		if err != nil {
			return fail("field \"html\": %v", errors.Unwrap(err))
		}
		if doc.Title == "" {
			doc.Title = page.Title
		}
		if doc.Author == "" {
			doc.Author = page.Author
		}
		if doc.Published.IsZero() {
			doc.Published, doc.PublishedBy = page.Published, page.PublishedBy
		}
		if doc.URL == "" {
			doc.URL = page.URL
		}
		doc.Meta["extractor"] = page.Meta["extractor"]
		doc.Text = page.Text
	} else {
		doc.Text = dropChrome(header(cleanText(text), doc, false))
	}
	if doc.Text == "" {
		return fail("%w: the record has no \"text\" or \"html\"", ErrEmpty)
	}
	doc.ID = strings.TrimSpace(f["id"])
	if doc.ID == "" {
		doc.ID = DocumentID(doc, "line "+strconv.Itoa(line))
	}
	return doc, nil
}

// scalar returns a JSON string, number or boolean as a string; null is
// "". With list set, an array of strings is joined with ", " (authors).
func scalar(v json.RawMessage, list bool) (string, error) {
	t := bytes.TrimSpace(v)
	if len(t) == 0 || string(t) == "null" {
		return "", nil
	}
	switch t[0] {
	case '"':
		var s string
		err := json.Unmarshal(t, &s)
		return s, err
	case '[':
		if list {
			var ss []string
			if err := json.Unmarshal(t, &ss); err != nil {
				return "", fmt.Errorf("want a string or a list of strings")
			}
			return strings.Join(ss, ", "), nil
		}
		return "", fmt.Errorf("want a string, got a list")
	case '{':
		return "", fmt.Errorf("want a string, got an object")
	}
	return string(t), nil // number or boolean, as written
}
