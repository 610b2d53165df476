package ingest_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/ingest"
)

// want is what a test expects of one document.
type want struct {
	id, url, title, author string
	published, by          string // Published.Value and PublishedBy
	meta                   map[string]string
	has                    []string // paragraphs or phrases that must be in Text
	absent                 []string // chrome that must not be in Text
}

func checkDoc(t *testing.T, d *dyad.Document, w want) {
	t.Helper()
	check := func(field, got, want string) {
		t.Helper()
		if want != "" && got != want {
			t.Errorf("%s = %q, want %q", field, got, want)
		}
	}
	check("ID", d.ID, w.id)
	check("URL", d.URL, w.url)
	check("Title", d.Title, w.title)
	check("Author", d.Author, w.author)
	check("Published", d.Published.Value, w.published)
	check("PublishedBy", d.PublishedBy, w.by)
	for k, v := range w.meta {
		if d.Meta[k] != v {
			t.Errorf("Meta[%q] = %q, want %q", k, d.Meta[k], v)
		}
	}
	for _, s := range w.has {
		if !strings.Contains(d.Text, s) {
			t.Errorf("Text lacks %q\ntext:\n%s", s, d.Text)
		}
	}
	for _, s := range w.absent {
		if strings.Contains(d.Text, s) {
			t.Errorf("Text contains chrome %q\ntext:\n%s", s, d.Text)
		}
	}
	if d.ID == "" {
		t.Error("empty ID")
	}
	if strings.Contains(d.Text, "\n\n\n") || strings.TrimSpace(d.Text) != d.Text {
		t.Errorf("Text has stray blank lines: %q", d.Text)
	}
}

func readFile(t *testing.T, r *ingest.Reader, path string) ([]*dyad.Document, ingest.ErrorList) {
	t.Helper()
	docs, err := r.ReadFile(context.Background(), path)
	var errs ingest.ErrorList
	if err != nil && !errors.As(err, &errs) {
		t.Fatalf("ReadFile(%s) error %v is not an ErrorList", path, err)
	}
	return docs, errs
}

func TestReadFixtures(t *testing.T) {
	chrome := []string{"Skip to content", "E-paper", "Advertise here", "Advertisement", "Trending now",
		"Mountaineers flock", "About time this pipeline", "tanker drivers?", "Leave a Reply", "Post Comment",
		"©", "All rights reserved", "Share on", "Careers", "By Jane Doe"}
	tests := []struct {
		name string
		file string
		docs []want
		errs []string // each error's text, in order
	}{
		{
			name: "html news page",
			file: "news.html",
			docs: []want{{
				url:       "https://kathmandu-courier.example/news/2019/03/nepal-india-pipeline?utm_source=rss&utm_medium=feed",
				title:     "Nepal and India agree to speed up work on cross-border oil pipeline",
				author:    "Jane Doe",
				published: "2019-03-03",
				meta:      map[string]string{"format": "html", "extractor": "trafilatura", "byline": "By Jane Doe | March 3, 2019", "sitename": "Kathmandu Courier"},
				has: []string{
					"Nepal and India agreed on Saturday to speed up work on the second phase of the Motihari-Amlekhgunj petroleum pipeline, officials from both governments said after two days of talks in Kathmandu.\n\nThe Nepalese energy minister met the Indian ambassador",
					"Opposition lawmakers in Kathmandu criticised the government",
				},
				absent: chrome,
			}},
		},
		{
			name: "rss feed",
			file: "feed.rss",
			docs: []want{
				{
					url: "https://asiadesk.example/2019/06/13/modi-xi-bishkek", title: "Modi and Xi meet on the sidelines of the SCO summit in Bishkek",
					author: "Ravi Menon", published: "2019-06-13", by: "metadata",
					meta:   map[string]string{"format": "rss", "guid": "asiadesk-2019-0613-001", "feed_title": "Asia Desk - Latest", "categories": "Diplomacy"},
					has:    []string{"Indian Prime Minister Narendra Modi met Chinese President Xi Jinping in Bishkek on Thursday, on the sidelines of the Shanghai Cooperation Organisation summit.\n\nThe two leaders discussed"},
					absent: []string{"Advertisement", "trackView", "Indian and Chinese leaders held talks in Kyrgyzstan"},
				},
				{
					url: "https://asiadesk.example/2019/06/11/torkham", published: "2019-06-11", author: "",
					has:    []string{"Pakistan and Afghanistan agreed on Tuesday to keep the Torkham border crossing open 24 hours a day to boost trade."},
					absent: []string{"Read more", "<p>"},
				},
			},
			errs: []string{`feed.rss: item 3 ("Photo gallery: monsoon clouds over Mumbai"): no text`},
		},
		{
			name: "atom feed",
			file: "feed.atom",
			docs: []want{
				{
					url: "https://borderwatch.example/2019/05/01/azhar-listing", title: "China lifts hold on UN listing of Masood Azhar",
					author: "Li Wen", published: "2019-05-01", by: "metadata",
					meta: map[string]string{"format": "atom", "feed_title": "Border Watch"},
					has:  []string{"added Masood Azhar to its sanctions list.\n\nIndia welcomed the decision."},
				},
				{
					title: "India and Bangladesh sign river data accord", author: "Border Watch Staff", published: "2019-04-20",
					has: []string{"India and Bangladesh signed an accord on Saturday"},
				},
			},
		},
		{
			name: "jsonl with broken lines",
			file: "corpus.jsonl",
			docs: []want{
				{
					id: "wire-001", url: "https://wire.example/a/1", title: "Japan, South Korea foreign ministers meet in Bangkok",
					author: "Ken Sato", published: "2019-08-01", by: "metadata",
					meta: map[string]string{"format": "jsonl", "line": "1", "lang": "en", "wordcount": "18"},
					has:  []string{"met in Bangkok on Thursday.\n\nThe talks ended without agreement."},
				},
				{
					id: "7", title: "Vietnam protests Chinese survey ship", published: "2019-07-19",
					meta:   map[string]string{"tags": "asia, sea", "date": "July 19, 2019", "extractor": "trafilatura"},
					has:    []string{"exclusive economic zone.\n\nHanoi demanded that Beijing withdraw the vessel."},
					absent: []string{"Home | World", "©"},
				},
				{
					url:  "https://wire.example/a/4",
					meta: map[string]string{"source": `{"name":"Wire","country":"AU"}`, "paywalled": "false", "line": "4"},
					has:  []string{"Indonesia and Australia signed a trade agreement"},
				},
			},
			errs: []string{
				"corpus.jsonl:3: invalid JSON",
				"corpus.jsonl:6: invalid record: want a JSON object, got array",
				`corpus.jsonl:7: no text: the record has no "text" or "html"`,
			},
		},
		{
			name: "txt with Submitted by",
			file: "submitted.txt",
			docs: []want{{
				title: "Bhutan and India review hydropower cooperation", author: "jdoe",
				// 04/06/2019 was a Tuesday only as 4 June, so the weekday decides.
				published: "2019-06-04", by: "byline",
				meta:   map[string]string{"format": "text", "byline": "Submitted by jdoe on Tue, 04/06/2019 - 09:15"},
				has:    []string{"Bhutan and India reviewed progress on three hydropower projects"},
				absent: []string{"Submitted by", "review hydropower cooperation"},
			}},
		},
		{
			name: "txt with By line and wire dateline",
			file: "byline.txt",
			docs: []want{{
				author: "Jane Doe", published: "2019-03-03", by: "byline",
				meta: map[string]string{"byline": "By Jane Doe | March 3, 2019", "dateline": "NEW DELHI, March 2 (Reuters)", "dateline_place": "NEW DELHI"},
				has: []string{
					"NEW DELHI, March 2 (Reuters) - India and Pakistan exchanged fire",
					"officials said.\n\nThe exchange followed",
				},
				absent: []string{"By Jane Doe", "Advertisement"},
			}},
		},
		{
			name: "windows-1252 txt",
			file: "cp1252.txt",
			docs: []want{{
				title: "Café diplomacy in Genève", published: "2019-03-03", by: "byline",
				meta:   map[string]string{"encoding": "windows-1252", "byline": "Posted: March 3, 2019"},
				has:    []string{"The “informal” talks between the two delegations – held at a café near the lake – ended on Sunday."},
				absent: []string{"Posted:", "\uFFFD"},
			}},
		},
		{
			name: "binary file",
			file: "pixel.png",
			errs: []string{"pixel.png: binary file skipped: PNG image"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var r ingest.Reader
			path := filepath.Join("testdata", tt.file)
			docs, errs := readFile(t, &r, path)
			if len(docs) != len(tt.docs) {
				t.Fatalf("got %d documents, want %d (errors: %v)", len(docs), len(tt.docs), errs)
			}
			for i, w := range tt.docs {
				t.Run(docs[i].ID, func(t *testing.T) {
					checkDoc(t, docs[i], w)
					if docs[i].Source != path {
						t.Errorf("Source = %q, want %q", docs[i].Source, path)
					}
				})
			}
			if len(errs) != len(tt.errs) {
				t.Fatalf("got errors %v, want %d", errs, len(tt.errs))
			}
			for i, e := range errs {
				if !strings.HasPrefix(e.Error(), filepath.Join("testdata", tt.errs[i])) {
					t.Errorf("error %d = %q, want prefix %q", i, e, tt.errs[i])
				}
			}
		})
	}
}

func TestExampleArticle(t *testing.T) {
	var r ingest.Reader
	docs, errs := readFile(t, &r, "../examples/india-china.html")
	if len(errs) > 0 || len(docs) != 1 {
		t.Fatalf("got %d documents, errors %v", len(docs), errs)
	}
	d := docs[0]
	checkDoc(t, d, want{
		url:       "https://meridian-review.example/analysis/2019/06/12/india-china-panchsheel-to-wuhan",
		title:     "From Panchsheel to Wuhan: India and China's long search for a workable peace",
		author:    "Anjali Mehra",
		published: "2019-06-12", by: "metadata",
		meta: map[string]string{"byline": "By Anjali Mehra | June 12, 2019", "sitename": "The Meridian Review", "dateline_place": "NEW DELHI"},
		has: []string{
			"Indian Prime Minister Rajiv Gandhi visited Beijing in December 1988",
			"China and India signed a border peace agreement in 1993",
			"Beijing criticised New Delhi",
			"Modi travelled to Wuhan in April",
			"the two governments signed two agreements",
			"$95 billion last year, up from $84 billion a year earlier",
			"Xi is expected to visit India later this year",
			"no small thing.",
		},
		absent: []string{"Home", "Podcasts", "Breaking:", "Advertise here", "Advertisement", "Related stories",
			"Doklam, two years on", "Most read", "Rupee slides", "newsletter", "Comments (3)", "rkumar88",
			"Arunachal", "Great piece", "Leave a comment", "©", "All rights reserved", "Privacy policy",
			"Share this article", "WhatsApp", "Tags:", "By Anjali Mehra", "gtag"},
	})
	// Every paragraph of the story is its own paragraph of Text.
	paras := strings.Split(d.Text, "\n\n")
	if len(paras) < 20 {
		t.Errorf("got %d paragraphs, want the story's 16 paragraphs and its headings", len(paras))
	}
	words := len(strings.Fields(d.Text))
	if words < 900 || words > 1300 {
		t.Errorf("article has %d words, want 900-1300", words)
	}
}

func TestFolder(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) {
		t.Helper()
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	fixture := func(name string) []byte {
		b, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	// Names without telling extensions: the content decides the format.
	write("b/story", fixture("submitted.txt"))
	write("a/2019/feed-download", fixture("feed.atom"))
	write("a/page.txt", fixture("news.html"))
	write("c.dat", fixture("pixel.png"))
	write(".hidden/secret.txt", []byte("Not to be read.\n"))
	write("a/.DS_Store", []byte("junk"))
	if err := os.Symlink(filepath.Join(dir, "b/story"), filepath.Join(dir, "b/link")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(dir, "a"), filepath.Join(dir, "b/loop")); err != nil {
		t.Fatal(err)
	}

	var r ingest.Reader
	var sources, formats []string
	var binaries int
	for d, err := range r.Read(context.Background(), []string{dir}) {
		if err != nil {
			var e *ingest.Error
			if !errors.As(err, &e) || !errors.Is(err, ingest.ErrBinary) || e.Source != filepath.Join(dir, "c.dat") {
				t.Errorf("unexpected error %v", err)
			}
			binaries++
			continue
		}
		rel, _ := filepath.Rel(dir, d.Source)
		sources = append(sources, filepath.ToSlash(rel))
		formats = append(formats, d.Meta["format"])
	}
	// A link to a file is read; a link to a folder is not followed.
	wantSources := []string{"a/2019/feed-download", "a/2019/feed-download", "a/page.txt", "b/link", "b/story"}
	if !slices.Equal(sources, wantSources) {
		t.Errorf("sources = %v, want %v", sources, wantSources)
	}
	wantFormats := []string{"atom", "atom", "html", "text", "text"}
	if !slices.Equal(formats, wantFormats) {
		t.Errorf("formats = %v, want %v", formats, wantFormats)
	}
	if binaries != 1 {
		t.Errorf("got %d binary skips, want 1", binaries)
	}
}

func TestStdin(t *testing.T) {
	r := ingest.Reader{Stdin: strings.NewReader("By Jane Doe\n\nIndia and China held talks.\n")}
	docs, errs := readFile(t, &r, "-")
	if len(errs) > 0 || len(docs) != 1 {
		t.Fatalf("got %d documents, errors %v", len(docs), errs)
	}
	checkDoc(t, docs[0], want{author: "Jane Doe", has: []string{"India and China held talks."}, absent: []string{"By Jane"}})
	if docs[0].Source != "-" {
		t.Errorf("Source = %q, want -", docs[0].Source)
	}
}

func TestReadContinuesAndStops(t *testing.T) {
	var r ingest.Reader
	inputs := []string{"testdata/missing.txt", "testdata/submitted.txt", "testdata/corpus.jsonl"}
	var n, errs int
	for d, err := range r.Read(context.Background(), inputs) {
		if err != nil {
			errs++
			continue
		}
		n++
		if d.Title == "Japan, South Korea foreign ministers meet in Bangkok" {
			break // the caller may stop early
		}
	}
	if n != 2 || errs != 1 {
		t.Errorf("got %d documents and %d errors before the break, want 2 and 1", n, errs)
	}
	_, err := r.ReadFile(context.Background(), "testdata/missing.txt")
	if want := "testdata/missing.txt: stat: no such file or directory"; err == nil || err.Error() != want {
		t.Errorf("missing file: error %v, want %q", err, want)
	}

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for _, err := range r.Read(ctx, inputs) {
		if !errors.Is(err, context.Canceled) {
			t.Errorf("with a cancelled context got %v, want context.Canceled", err)
		}
	}
}

func writeFile(path string, data []byte) error { return os.WriteFile(path, data, 0o644) }
