package ingest_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dyadproject/dyad/ingest"
)

// addFixtures seeds a fuzz corpus with the testdata files.
func addFixtures(f *testing.F, pattern string) {
	f.Helper()
	paths, _ := filepath.Glob(filepath.Join("testdata", pattern))
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
}

// checkParse reads data and checks what every reader promises: errors are
// *ingest.Error naming the source, documents have an ID and clean UTF-8
// text with single blank lines between paragraphs.
func checkParse(t *testing.T, source string, data []byte) {
	r := ingest.Reader{MaxBytes: 1 << 20}
	docs, err := r.Parse(context.Background(), source, data)
	if err != nil {
		var list ingest.ErrorList
		if !errors.As(err, &list) {
			t.Fatalf("error %v is not an ErrorList", err)
		}
		for _, e := range list {
			if e.Source != source {
				t.Fatalf("error %q names source %q, want %q", e, e.Source, source)
			}
		}
	}
	for _, d := range docs {
		if d.ID == "" || d.Text == "" {
			t.Fatalf("document with ID %q and text %q", d.ID, d.Text)
		}
		if !utf8.ValidString(d.Text) {
			t.Fatalf("text is not UTF-8: %q", d.Text)
		}
		if strings.Contains(d.Text, "\n\n\n") || strings.TrimSpace(d.Text) != d.Text {
			t.Fatalf("text has stray blank lines: %q", d.Text)
		}
		if ingest.ContentHash(d) == "" {
			t.Fatal("empty content hash")
		}
	}
}

func FuzzSniff(f *testing.F) {
	addFixtures(f, "*")
	f.Add([]byte("\xff\xfe<\x00r\x00s\x00s\x00>\x00"))
	f.Add([]byte(`{"version":"https://jsonfeed.org/version/1","items":[{"id":"1","content_text":"x"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		format := ingest.Sniff("input", data)
		if format == ingest.Binary {
			return
		}
		checkParse(t, "input", data)
	})
}

func FuzzJSONL(f *testing.F) {
	addFixtures(f, "*.jsonl")
	f.Add([]byte(`{"id":1,"text":"a","x":{"y":[1,2]},"author":["A","B"],"date":"2019-02-30"}` + "\n" + `{"html":"<p>x</p>"}`))
	f.Add([]byte("{}\nnull\n[]\n\"s\"\n{\"text\":5}"))
	f.Fuzz(func(t *testing.T, data []byte) {
		checkParse(t, "corpus.jsonl", data)
	})
}

func FuzzTxt(f *testing.F) {
	addFixtures(f, "*.txt")
	f.Add([]byte("By A B | Mon, 13/13/2019\r\n\r\nX (Reuters) - y"))
	f.Add([]byte("T\n\nSubmitted by x on Tue, 31/02/2019 - 25:99\n\nBody."))
	f.Fuzz(func(t *testing.T, data []byte) {
		checkParse(t, "story.txt", data)
	})
}

func FuzzHTML(f *testing.F) {
	addFixtures(f, "*.html")
	f.Add([]byte(`<html><head><meta charset="shift_jis"><link rel=canonical href="http://[::1"></head><body><p class=byline>By X`))
	f.Add([]byte(`<table><tr><td><p>x<br>y</td></tr></table><script>z</script>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		checkParse(t, "page.html", data)
	})
}

func FuzzFeed(f *testing.F) {
	addFixtures(f, "feed.*")
	f.Fuzz(func(t *testing.T, data []byte) {
		checkParse(t, "feed.xml", data)
	})
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2019-06-02", "Tue, 04/06/2019 - 09:15", "3rd of June 2019", "Feb 29, 2019", "12/25/18"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, ok := ingest.ParseDate(s)
		if ok && (d.Value == "" || !d.Begin.Before(d.End)) {
			t.Fatalf("ParseDate(%q) = %+v", s, d)
		}
	})
}
