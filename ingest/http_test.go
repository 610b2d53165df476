package ingest_test

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/ingest"
)

func TestReadURL(t *testing.T) {
	rss, err := os.ReadFile("testdata/feed.rss")
	if err != nil {
		t.Fatal(err)
	}
	page := `<html><head><title>Talks</title></head><body><nav>Home | World</nav><article><h1>Talks</h1>` +
		`<p>India and China held talks in Beijing on Monday and agreed to meet again.</p>` +
		`<p>The two sides also discussed trade.</p></article><footer>© 2019 Site</footer></body></html>`
	mux := http.NewServeMux()
	mux.HandleFunc("/feed", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml; charset=utf-8")
		w.Write(rss)
	})
	mux.HandleFunc("/story", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(page))
	})
	mux.HandleFunc("/old-story", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/story", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(strings.Repeat("India and China held talks. ", 1000)))
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()

	r := ingest.Reader{Client: srv.Client()}
	ctx := context.Background()

	t.Run("feed", func(t *testing.T) {
		docs, err := r.ReadFile(ctx, srv.URL+"/feed")
		if len(docs) != 2 || !errors.Is(err, ingest.ErrEmpty) {
			t.Fatalf("got %d docs, error %v; want 2 items and the empty third", len(docs), err)
		}
		checkDoc(t, docs[0], want{url: "https://asiadesk.example/2019/06/13/modi-xi-bishkek", author: "Ravi Menon",
			published: "2019-06-13", meta: map[string]string{"format": "rss"}})
		if docs[0].Source != srv.URL+"/feed" {
			t.Errorf("Source = %q, want the feed URL", docs[0].Source)
		}
	})
	t.Run("page after redirect", func(t *testing.T) {
		docs, err := r.ReadFile(ctx, srv.URL+"/old-story")
		if err != nil || len(docs) != 1 {
			t.Fatalf("got %d docs, error %v", len(docs), err)
		}
		checkDoc(t, docs[0], want{url: srv.URL + "/story", title: "Talks",
			has:    []string{"agreed to meet again.\n\nThe two sides also discussed trade."},
			absent: []string{"Home", "©"}})
	})
	t.Run("not found", func(t *testing.T) {
		_, err := r.ReadFile(ctx, srv.URL+"/missing")
		var e *ingest.Error
		if !errors.As(err, &e) || e.Source != srv.URL+"/missing" || !strings.Contains(err.Error(), "404") {
			t.Fatalf("error %v, want a 404 naming the URL", err)
		}
	})
	t.Run("too large", func(t *testing.T) {
		small := ingest.Reader{Client: srv.Client(), MaxBytes: 1000}
		_, err := small.ReadFile(ctx, srv.URL+"/big")
		if !errors.Is(err, ingest.ErrTooLarge) {
			t.Fatalf("error %v, want ErrTooLarge", err)
		}
	})
	t.Run("cancelled", func(t *testing.T) {
		cctx, cancel := context.WithCancel(ctx)
		cancel()
		_, err := r.ReadFile(cctx, srv.URL+"/feed")
		if !errors.Is(err, context.Canceled) {
			t.Fatalf("error %v, want context.Canceled", err)
		}
	})
}
