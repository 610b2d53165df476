package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"strings"

	"github.com/dyadproject/dyad"
)

// readFile reads one file, refusing it before reading when it is over the
// size limit.
func (r *Reader) readFile(ctx context.Context, path string, yield func(*dyad.Document, error) bool) bool {
	fail := func(err error) bool { return yield(nil, &Error{Source: path, Err: pathless(err)}) }
	f, err := os.Open(path)
	if err != nil {
		return fail(err)
	}
	defer f.Close()
	if fi, err := f.Stat(); err == nil && fi.Size() > r.maxBytes() {
		return fail(tooLarge(fi.Size(), r.maxBytes()))
	}
	data, err := r.readAll(f)
	if err != nil {
		return fail(err)
	}
	return r.parse(ctx, input{source: path, data: data}, yield)
}

// readAll reads src up to the size limit.
func (r *Reader) readAll(src io.Reader) ([]byte, error) {
	max := r.maxBytes()
	data, err := io.ReadAll(io.LimitReader(src, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > max {
		return nil, fmt.Errorf("%w: more than %s", ErrTooLarge, mib(max))
	}
	return data, nil
}

func (r *Reader) readStdin(ctx context.Context, yield func(*dyad.Document, error) bool) bool {
	in := r.Stdin
	if in == nil {
		in = os.Stdin
	}
	data, err := r.readAll(in)
	if err != nil {
		return yield(nil, &Error{Source: "-", Err: err})
	}
	return r.parse(ctx, input{source: "-", data: data}, yield)
}

// readDir reads every file under dir in lexical order, skipping hidden
// files and folders. A folder that cannot be read is one error; the walk
// goes on.
func (r *Reader) readDir(ctx context.Context, dir string, yield func(*dyad.Document, error) bool) bool {
	ok := true
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			if !yield(nil, &Error{Source: path, Err: pathless(err)}) {
				ok = false
				return fs.SkipAll
			}
			return nil
		}
		if path != dir && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.Type()&fs.ModeSymlink != 0 { // follow links to files, not to folders
			if fi, err := os.Stat(path); err != nil || !fi.Mode().IsRegular() {
				return nil
			}
		} else if !d.Type().IsRegular() {
			return nil
		}
		if ctx.Err() != nil {
			yield(nil, &Error{Source: path, Err: ctx.Err()})
			ok = false
			return fs.SkipAll
		}
		if !r.readFile(ctx, path, yield) {
			ok = false
			return fs.SkipAll
		}
		return nil
	})
	if err != nil && ok {
		return yield(nil, &Error{Source: dir, Err: err})
	}
	return ok
}

// pathless drops the path from an *fs.PathError, which the *Error that
// wraps it already names.
func pathless(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %w", pe.Op, pe.Err)
	}
	return err
}

func (r *Reader) client() *http.Client {
	if r.Client != nil {
		return r.Client
	}
	return &http.Client{Timeout: DefaultTimeout}
}

// readURL fetches an http(s) URL: a feed, a web page or a text file.
func (r *Reader) readURL(ctx context.Context, u string, yield func(*dyad.Document, error) bool) bool {
	fail := func(err error) bool { return yield(nil, &Error{Source: u, Err: err}) }
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return fail(err)
	}
	req.Header.Set("User-Agent", "dyad-ingest/1 (+https://github.com/dyadproject/dyad)")
	req.Header.Set("Accept", "application/rss+xml, application/atom+xml, application/feed+json, text/html, text/plain;q=0.9, */*;q=0.5")
	resp, err := r.client().Do(req)
	if err != nil {
		return fail(fmt.Errorf("fetch: %w", err))
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fail(fmt.Errorf("fetch: HTTP %s", resp.Status))
	}
	if resp.ContentLength > r.maxBytes() {
		return fail(tooLarge(resp.ContentLength, r.maxBytes()))
	}
	data, err := r.readAll(resp.Body)
	if err != nil {
		return fail(fmt.Errorf("fetch: %w", err))
	}
	final := resp.Request.URL.String() // after redirects
	return r.parse(ctx, input{source: u, data: data, contentType: resp.Header.Get("Content-Type"), url: final}, yield)
}
