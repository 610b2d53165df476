// Package ingest owns the readers that turn saved articles into
// dyad.Documents: plain text, HTML pages, RSS and Atom feeds, JSONL and JSON
// corpora, folders of such files, stdin and http(s) URLs. A reader fills the
// document's text and the metadata the source carries (URL, title, author,
// publication date); later stages add every other layer.
//
// The format is detected from the content, with the file name only as a
// tie-breaker (see Sniff). Text is converted to UTF-8 (see docs/ingest.md
// for the encodings accepted), binary files are skipped, and inputs over
// Reader.MaxBytes are refused. Every problem is reported as an *Error
// naming the input, and the line for JSONL, so a batch goes on past it.
package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"iter"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/dyadproject/dyad"
)

// DefaultMaxBytes is the size limit used when Reader.MaxBytes is zero.
const DefaultMaxBytes = 20 << 20

// DefaultTimeout bounds each fetch made by the default HTTP client.
const DefaultTimeout = 30 * time.Second

// Sentinel errors, wrapped in an *Error; test for them with errors.Is.
var (
	// ErrBinary marks an input that is not text (a PDF, an image, ...).
	// Callers count it as skipped rather than failed.
	ErrBinary = errors.New("binary file skipped")
	// ErrTooLarge marks an input over Reader.MaxBytes.
	ErrTooLarge = errors.New("input too large")
	// ErrEncoding marks text in an encoding that could not be identified.
	ErrEncoding = errors.New("unsupported text encoding")
	// ErrEmpty marks an input, line or item with no text.
	ErrEmpty = errors.New("no text")
)

// Error is a problem with one input, or one line or item of it. Source is
// the path, URL or "-" for stdin; Line is 1-based, 0 when the problem
// concerns the whole input.
type Error struct {
	Source string
	Line   int
	Err    error
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", e.Source, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.Source, e.Err)
}

func (e *Error) Unwrap() error { return e.Err }

// ErrorList is every problem found while reading one input.
type ErrorList []*Error

func (l ErrorList) Error() string {
	switch len(l) {
	case 0:
		return "no errors"
	case 1:
		return l[0].Error()
	}
	return fmt.Sprintf("%s (and %d more errors)", l[0], len(l)-1)
}

// Unwrap lets errors.Is and errors.As see every error in the list.
func (l ErrorList) Unwrap() []error {
	errs := make([]error, len(l))
	for i, e := range l {
		errs[i] = e
	}
	return errs
}

// Reader reads documents from files, folders, stdin and URLs. The zero
// value is ready to use.
type Reader struct {
	// MaxBytes is the largest input accepted, in bytes. Zero means
	// DefaultMaxBytes (20 MiB); a negative value means no limit.
	MaxBytes int64
	// Client fetches http(s) inputs. Nil means a client with
	// DefaultTimeout; every request also carries the caller's context.
	Client *http.Client
	// Stdin is read for the input "-". Nil means os.Stdin.
	Stdin io.Reader
}

func (r *Reader) maxBytes() int64 {
	switch {
	case r.MaxBytes == 0:
		return DefaultMaxBytes
	case r.MaxBytes < 0:
		return 1<<63 - 1
	}
	return r.MaxBytes
}

// Read reads every input in order: a file, a folder (recursively, in
// lexical order, skipping hidden entries), "-" for stdin, or an http(s)
// URL. It yields each document, or an error for each input, line or item
// that failed; the sequence goes on after an error, and stops early when
// the caller breaks or ctx is done.
func (r *Reader) Read(ctx context.Context, inputs []string) iter.Seq2[*dyad.Document, error] {
	return func(yield func(*dyad.Document, error) bool) {
		for _, in := range inputs {
			if err := ctx.Err(); err != nil {
				yield(nil, err)
				return
			}
			if !r.readInput(ctx, in, yield) {
				return
			}
		}
	}
}

func (r *Reader) readInput(ctx context.Context, in string, yield func(*dyad.Document, error) bool) bool {
	switch {
	case in == "-":
		return r.readStdin(ctx, yield)
	case isURL(in):
		return r.readURL(ctx, in, yield)
	}
	fi, err := os.Stat(in)
	if err != nil {
		return yield(nil, &Error{Source: in, Err: pathless(err)})
	}
	if fi.IsDir() {
		return r.readDir(ctx, in, yield)
	}
	return r.readFile(ctx, in, yield)
}

// ReadFile reads one file, stdin ("-") or URL and returns its documents.
// The error, if any, is an ErrorList: a JSONL file with one broken line
// returns the documents of the other lines and the error for that one.
func (r *Reader) ReadFile(ctx context.Context, path string) ([]*dyad.Document, error) {
	return collect(func(yield func(*dyad.Document, error) bool) {
		r.readInput(ctx, path, yield)
	})
}

// Parse reads documents from data, which came from source (a path, URL or
// "-"). The format is sniffed from data, with source's extension as a
// hint. Errors are returned as an ErrorList, as by ReadFile.
func (r *Reader) Parse(ctx context.Context, source string, data []byte) ([]*dyad.Document, error) {
	return collect(func(yield func(*dyad.Document, error) bool) {
		r.parse(ctx, input{source: source, data: data}, yield)
	})
}

func collect(seq iter.Seq2[*dyad.Document, error]) ([]*dyad.Document, error) {
	var docs []*dyad.Document
	var errs ErrorList
	for d, err := range seq {
		if err != nil {
			var e *Error
			if !errors.As(err, &e) {
				e = &Error{Err: err}
			}
			errs = append(errs, e)
			continue
		}
		docs = append(docs, d)
	}
	if len(errs) > 0 {
		return docs, errs
	}
	return docs, nil
}

// input is one input's bytes with what is known about them.
type input struct {
	source      string // path, URL or "-"
	data        []byte
	contentType string // HTTP Content-Type, if fetched
	url         string // the URL it was fetched from, if any
}

// parse decodes and dispatches one input by format.
func (r *Reader) parse(ctx context.Context, in input, yield func(*dyad.Document, error) bool) bool {
	fail := func(err error) bool { return yield(nil, &Error{Source: in.source, Err: err}) }
	if int64(len(in.data)) > r.maxBytes() {
		return fail(tooLarge(int64(len(in.data)), r.maxBytes()))
	}
	format := sniffType(in.source, in.contentType, in.data)
	if format == Binary {
		return fail(fmt.Errorf("%w: %s", ErrBinary, binaryKind(in.data)))
	}
	text, enc, err := decode(in.data, declaredCharset(in.contentType, in.data))
	if err != nil {
		return fail(err)
	}
	if format == Unknown { // UTF-16: sniff the decoded text
		format = sniffType(in.source, in.contentType, []byte(text))
	}
	emit := func(d *dyad.Document, err error) bool {
		if err != nil {
			return yield(nil, err)
		}
		if enc != "" {
			d.Meta["encoding"] = enc
		}
		return yield(d, nil)
	}
	switch format {
	case HTML:
		return emit(r.readHTML(in, text))
	case Feed:
		return r.readFeed(ctx, in, text, emit)
	case JSONL:
		return r.readJSONL(ctx, in, text, emit)
	case JSON:
		return r.readJSON(ctx, in, text, emit)
	}
	return emit(r.readText(in, text))
}

func tooLarge(n, limit int64) error {
	return fmt.Errorf("%w: %s is over the limit of %s", ErrTooLarge, mib(n), mib(limit))
}

func mib(n int64) string {
	if n >= 1<<20 {
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	}
	return fmt.Sprintf("%d bytes", n)
}

// newDoc returns a document with its source and format set.
func newDoc(source string, f Format) *dyad.Document {
	return &dyad.Document{Source: source, Meta: map[string]string{"format": string(f)}}
}

func isURL(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")
}
