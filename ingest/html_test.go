package ingest_test

import (
	"context"
	"os"
	"testing"

	"github.com/dyadproject/dyad/ingest"
)

func TestReadabilityFallback(t *testing.T) {
	page, err := os.ReadFile("testdata/news.html")
	if err != nil {
		t.Fatal(err)
	}
	d, err := ingest.Readability(string(page))
	if err != nil {
		t.Fatal(err)
	}
	checkDoc(t, d, want{
		title: "Nepal and India agree to speed up work on cross-border oil pipeline",
		meta:  map[string]string{"extractor": "readability", "sitename": "Kathmandu Courier"},
		has: []string{
			"Nepal and India agreed on Saturday to speed up work",
			"reply within three months.\n\nThe first section of the pipeline",
		},
		absent: []string{"Advertise here", "Advertisement", "Mountaineers", "About time this pipeline", "©", "E-paper", "Share on"},
	})
}

func TestHTMLParagraphs(t *testing.T) {
	tests := []struct {
		name, page, want string
	}{
		{
			name: "repeated text is kept once",
			page: `<html><body><main><section><div class="text">India and China held talks in Beijing on Monday and agreed to meet again next month in New Delhi.<br><br>The two sides also discussed trade.</div></section></main></body></html>`,
			want: "India and China held talks in Beijing on Monday and agreed to meet again next month in New Delhi.\n\nThe two sides also discussed trade.",
		},
		{
			name: "inline markup stays in the sentence",
			page: `<html><body><article><p>India <b>and</b> <a href="/china">China</a>   held<br>talks.</p><p>They met &amp; agreed.</p></article></body></html>`,
			want: "India and China held\ntalks.\n\nThey met & agreed.",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var r ingest.Reader
			docs, err := r.Parse(context.Background(), "page.html", []byte(tt.page))
			if err != nil || len(docs) != 1 {
				t.Fatalf("got %d docs, error %v", len(docs), err)
			}
			if docs[0].Text != tt.want {
				t.Errorf("Text = %q\nwant   %q", docs[0].Text, tt.want)
			}
		})
	}
}

func TestDedupParagraphs(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"exact repeat", "Alpha beta gamma delta.\n\nOne.\n\nAlpha beta gamma delta.", "Alpha beta gamma delta.\n\nOne."},
		{"contained", "Alpha beta gamma delta epsilon.\n\nbeta gamma delta epsilon.", "Alpha beta gamma delta epsilon."},
		{"short repeats kept unless exact", "Yes.\n\nYes, he said.\n\nYes.", "Yes.\n\nYes, he said."},
		{"distinct", "A b c.\n\nD e f.", "A b c.\n\nD e f."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ingest.DedupParagraphs(tt.in); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
