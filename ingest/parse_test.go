package ingest_test

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/ingest"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/unicode"
)

func TestSniff(t *testing.T) {
	tests := []struct {
		name, file, data string
		want             ingest.Format
	}{
		{"rss", "x", `<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>`, ingest.Feed},
		{"atom after comment", "x", "<?xml version='1.0'?>\n<!-- generator -->\n<feed xmlns=\"http://www.w3.org/2005/Atom\">", ingest.Feed},
		{"rdf", "x", `<?xml version="1.0"?><rdf:RDF xmlns:rdf="x">`, ingest.Feed},
		{"html doctype", "x.txt", "\n  <!DOCTYPE html><html><body><p>Hi</p>", ingest.HTML},
		{"html mentioning feed", "x", `<html><head><link rel="alternate" type="application/rss+xml"></head><body>&lt;rss&gt;</body>`, ingest.HTML},
		{"fragment", "x", `<p>India and China held talks.</p>`, ingest.HTML},
		{"tag that starts like feed", "x", `<feedback-widget>hello</feedback-widget>`, ingest.HTML},
		{"html named by extension", "page.htm", "India and China <b>held</b> talks.", ingest.HTML},
		{"other xml", "x.xml", `<?xml version="1.0"?><doc><p>text</p></doc>`, ingest.Text},
		{"jsonl", "x", "{\"id\":1,\"text\":\"a\"}\n{\"id\":2,\"text\":\"b\"}\n", ingest.JSONL},
		{"jsonl with broken first line", "x.jsonl", "{\"id\":1,\"text\":\n", ingest.JSONL},
		{"json object", "x", "{\n  \"id\": 1,\n  \"text\": \"a\"\n}\n", ingest.JSON},
		{"json array", "x", `[{"id":1,"text":"a"}]`, ingest.JSON},
		{"json feed", "x", `{"version":"https://jsonfeed.org/version/1.1","title":"t","items":[]}`, ingest.Feed},
		{"text", "x.html", "India and China held talks.", ingest.Text},
		{"empty", "x", "", ingest.Text},
		{"pdf", "x.txt", "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", ingest.Binary},
		{"nul byte", "x.txt", "abc\x00def", ingest.Binary},
		{"utf-16 bom", "x", "\xff\xfe<\x00h\x00", ingest.Unknown},
		{"utf-8 bom html", "x", "\xef\xbb\xbf<html><body>x</body></html>", ingest.HTML},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ingest.Sniff(tt.file, []byte(tt.data)); got != tt.want {
				t.Errorf("Sniff(%q, %q) = %q, want %q", tt.file, tt.data, got, tt.want)
			}
		})
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in, want string // want "" means no date
	}{
		{"2019-06-02", "2019-06-02"},
		{"2019-06-02T23:30:00-05:00", "2019-06-02"},
		{"2019/6/2", "2019-06-02"},
		{"March 3, 2019", "2019-03-03"},
		{"Mar. 3rd, 2019 10:15 AM IST", "2019-03-03"},
		{"Sept 30 2019", "2019-09-30"},
		{"3 March 2019", "2019-03-03"},
		{"Sun, 02 Jun 2019 10:00:00 GMT", "2019-06-02"},
		{"Monday, the 3rd of June, 2019", "2019-06-03"},
		{"June 2019", "2019-06"},
		{"Tue, 04/06/2019 - 09:15", "2019-06-04"}, // the weekday fits only 4 June
		{"Sat, 04/06/2019", "2019-04-06"},
		{"04/06/2019", "2019-04-06"}, // month first by default
		{"25/12/2018", "2018-12-25"},
		{"03.06.2019", "2019-06-03"}, // dots: day first
		{"12/25/18", "2018-12-25"},
		{"2019-02-30", ""},
		{"June 2", ""},
		{"yesterday", ""},
		{"in 1988", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			d, ok := ingest.ParseDate(tt.in)
			if ok != (tt.want != "") || d.Value != tt.want {
				t.Errorf("ParseDate(%q) = %q, %v; want %q", tt.in, d.Value, ok, tt.want)
			}
		})
	}
}

func TestTextHeader(t *testing.T) {
	tests := []struct {
		name, text string
		w          want
	}{
		{
			name: "title and pipe byline",
			text: "India, China agree to boost trade\n\nBy Jane Doe | March 3, 2019\n\nIndia and China agreed on Sunday to boost trade.",
			w: want{title: "India, China agree to boost trade", author: "Jane Doe", published: "2019-03-03", by: "byline",
				has: []string{"India and China agreed on Sunday"}, absent: []string{"By Jane", "boost trade\n"}},
		},
		{
			name: "byline then date line",
			text: "By Jane Doe and John Roe, Staff Writers\nUpdated: June 5, 2019\nPublished: June 3, 2019 at 10:15 a.m. ET\n\nThe talks began.",
			w: want{author: "Jane Doe and John Roe", published: "2019-06-03", by: "byline",
				meta: map[string]string{"updated": "2019-06-05"}, has: []string{"The talks began."}, absent: []string{"Staff", "Published"}},
		},
		{
			name: "posted line",
			text: "Posted: March 3, 2019\n\nThe talks began.",
			w:    want{published: "2019-03-03", by: "byline", meta: map[string]string{"byline": "Posted: March 3, 2019"}},
		},
		{
			name: "section label before a published line",
			text: "Trade truce holds\nAnalysis | Published Tuesday, March 17, 2020\n\nThe talks began.",
			w: want{title: "Trade truce holds", published: "2020-03-17", by: "byline",
				meta: map[string]string{"section": "Analysis"}, absent: []string{"Published"}},
		},
		{
			name: "desk and iso date",
			text: "World Desk — 2021-05-04\n\nThe talks began.",
			w:    want{published: "2021-05-04", by: "byline", meta: map[string]string{"section": "World Desk"}},
		},
		{
			name: "place line before the body",
			text: "Border talks resume\nNAIROBI — June 30, 2022\n\nThe talks began.",
			w: want{title: "Border talks resume", published: "2022-06-30", by: "byline",
				meta: map[string]string{"dateline_place": "NAIROBI"}, has: []string{"The talks began."}, absent: []string{"NAIROBI"}},
		},
		{
			name: "place and date line",
			text: "BOGOTÁ, 9 September 2024 —\n\nThe talks began.",
			w:    want{published: "2024-09-09", by: "byline", meta: map[string]string{"dateline_place": "BOGOTÁ"}, absent: []string{"BOGOT"}},
		},
		{
			name: "place and agency line",
			text: "Old ties, new strains\nROME (Reuters) 14 May 2022\n\nThe talks began.",
			w: want{title: "Old ties, new strains", published: "2022-05-14", by: "byline",
				meta: map[string]string{"dateline_place": "ROME"}, has: []string{"The talks began."}, absent: []string{"Reuters"}},
		},
		{
			name: "standfirst between blank lines",
			text: "Old ties, new strains\n\nTwo giants learn to live with each other, slowly.\n\nBy Jane Doe | March 3, 2022\n\nThe talks began.",
			w: want{title: "Old ties, new strains", author: "Jane Doe", published: "2022-03-03", by: "byline",
				meta: map[string]string{"standfirst": "Two giants learn to live with each other, slowly."}, has: []string{"The talks began."}, absent: []string{"giants"}},
		},
		{
			name: "posted on a date by an author",
			text: "Old ties, new strains\nPosted on 3/3/2022 by Jane Doe\n\nThe talks began.",
			w:    want{title: "Old ties, new strains", author: "Jane Doe", published: "2022-03-03", by: "byline", has: []string{"The talks began."}, absent: []string{"Posted"}},
		},
		{
			name: "date between labels",
			text: "Old ties, new strains\nOpinion | 3 March 2022 | Jane Doe\n\nThe talks began.",
			w:    want{title: "Old ties, new strains", author: "Jane Doe", published: "2022-03-03", by: "byline", has: []string{"The talks began."}, absent: []string{"Opinion"}},
		},
		{
			name: "date before a section",
			text: "Old ties, new strains\nTuesday 3 March 2022 — Middle East\n\nThe talks began.",
			w:    want{title: "Old ties, new strains", published: "2022-03-03", by: "byline", has: []string{"The talks began."}, absent: []string{"Middle East"}},
		},
		{
			name: "section name in lower case",
			text: "Old ties, new strains\nLong read · 22 April 2022\n\nThe talks began.",
			w:    want{title: "Old ties, new strains", published: "2022-04-22", by: "byline", has: []string{"The talks began."}, absent: []string{"Long read"}},
		},
		{
			name: "headline then a wire dateline paragraph",
			text: "Old ties, new strains\nBAKU, Nov. 3, 2022 - Azerbaijan and Iran held talks.",
			w: want{title: "Old ties, new strains", published: "2022-11-03", by: "dateline",
				meta: map[string]string{"dateline_place": "BAKU"}, has: []string{"BAKU, Nov. 3, 2022 - Azerbaijan and Iran held talks."}, absent: []string{"Old ties"}},
		},
		{
			name: "headline, standfirst and byline",
			text: "India and China sign a border pact\nTwo giants learn to live with each other\nBy Jane Doe | March 3, 2022\n\nThe talks began.",
			w: want{title: "India and China sign a border pact", author: "Jane Doe", published: "2022-03-03", by: "byline",
				meta: map[string]string{"standfirst": "Two giants learn to live with each other"}, has: []string{"The talks began."}, absent: []string{"border pact", "giants"}},
		},
		{
			name: "opinion by, then the date",
			text: "Old ties, new strains\nOpinion by Jane Doe\nMarch 3, 2022 at 6:00 a.m. EST\n\nThe talks began.",
			w: want{title: "Old ties, new strains", author: "Jane Doe", published: "2022-03-03", by: "byline",
				has: []string{"The talks began."}, absent: []string{"Opinion", "Doe"}},
		},
		{
			name: "analysis by, outlet and update time",
			text: "Old ties, new strains\nAnalysis by Jane Doe, CNN | Updated 10:45 AM EST, Mon March 3, 2022\n\nThe talks began.",
			w: want{title: "Old ties, new strains", author: "Jane Doe", published: "2022-03-03", by: "byline (updated)",
				meta: map[string]string{"updated": "2022-03-03"}, has: []string{"The talks began."}, absent: []string{"Analysis", "CNN"}},
		},
		{
			name: "two places and an agency",
			text: "Old ties, new strains\nRABAT/MADRID (Reuters) — 11 February 2022\n\nThe talks began.",
			w: want{title: "Old ties, new strains", published: "2022-02-11", by: "byline",
				meta: map[string]string{"dateline_place": "RABAT/MADRID"}, has: []string{"The talks began."}, absent: []string{"Reuters"}},
		},
		{
			name: "section, author and date",
			text: "Old ties, new strains\nEurope | Anna Kowalska | 30 October 2022\n\nThe talks began.",
			w: want{title: "Old ties, new strains", author: "Anna Kowalska", published: "2022-10-30", by: "byline",
				has: []string{"The talks began."}, absent: []string{"Kowalska"}},
		},
		{
			name: "byline with a role before the date",
			text: "Old ties, new strains\nBy Jane Doe, Brasília bureau chief — Monday 23 November 2020\n\nThe talks began.",
			w: want{title: "Old ties, new strains", author: "Jane Doe", published: "2020-11-23", by: "byline",
				has: []string{"The talks began."}, absent: []string{"bureau", "Old ties"}},
		},
		{
			name: "label with published and updated dates",
			text: "OPINION — published 5 May 2021, updated 6 May 2021\n\nThe talks began.",
			w: want{published: "2021-05-05", by: "byline",
				meta: map[string]string{"section": "OPINION", "updated": "2021-05-06"}},
		},
		{
			name: "only an update time",
			text: "Updated 8 Feb 2023, 09:40 GMT\n\nThe talks began.",
			w:    want{published: "2023-02-08", by: "byline (updated)", meta: map[string]string{"updated": "2023-02-08"}},
		},
		{
			name: "dateline with year",
			text: "BEIJING, June 2, 2019 (Xinhua) -- China and India held talks.",
			w: want{published: "2019-06-02", by: "dateline", meta: map[string]string{"dateline_place": "BEIJING"},
				has: []string{"BEIJING, June 2, 2019 (Xinhua) -- China and India held talks."}},
		},
		{
			name: "sentence starting with By is body",
			text: "By the end of 1962, Chinese troops had advanced.\n\nBy Monday, the talks had collapsed.",
			w:    want{has: []string{"By the end of 1962, Chinese troops had advanced.\n\nBy Monday, the talks had collapsed."}},
		},
		{
			name: "first line with a period is not a title",
			text: "India and China held talks.\n\nThey agreed to meet again.",
			w:    want{has: []string{"India and China held talks.\n\nThey agreed"}},
		},
		{
			name: "crlf and blank runs",
			text: "Title line\r\n\r\n\r\n\r\nFirst paragraph\r\nsecond line.\r\n\r\n\r\nSecond paragraph.  \r\n",
			w:    want{title: "Title line", has: []string{"First paragraph\nsecond line.\n\nSecond paragraph."}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var r ingest.Reader
			docs, err := r.Parse(context.Background(), "story.txt", []byte(tt.text))
			if err != nil || len(docs) != 1 {
				t.Fatalf("Parse: %d docs, %v", len(docs), err)
			}
			checkDoc(t, docs[0], tt.w)
			if tt.w.title == "" && docs[0].Title != "" {
				t.Errorf("Title = %q, want none", docs[0].Title)
			}
			if tt.w.author == "" && docs[0].Author != "" {
				t.Errorf("Author = %q, want none", docs[0].Author)
			}
		})
	}
}

func TestEncodings(t *testing.T) {
	const text = "Genève talks\n\nThe “informal” talks – at a café – ended.\n"
	utf16 := func(e unicode.Endianness) []byte {
		b, err := unicode.UTF16(e, unicode.UseBOM).NewEncoder().Bytes([]byte(text))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	sjis, err := japanese.ShiftJIS.NewEncoder().Bytes([]byte("日本と中国の首脳が会談した。両国は協力を確認した。"))
	if err != nil {
		t.Fatal(err)
	}
	latin1HTML := []byte("<html><head><meta charset=\"iso-8859-1\"><title>Gen\xe8ve</title></head><body><article><p>Les d\xe9l\xe9gations se sont rencontr\xe9es \xe0 Gen\xe8ve.</p></article></body></html>")
	latin1RSS := []byte(`<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><title>t</title>` +
		"<item><title>Gen\xe8ve</title><link>http://x.example/1</link><description>Les d\xe9l\xe9gations se sont rencontr\xe9es.</description></item></channel></rss>")
	noBOM, _ := unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM).NewEncoder().Bytes([]byte(text))
	tests := []struct {
		name     string
		data     []byte
		enc      string
		has      string
		err      error
		errMatch string
	}{
		{name: "utf-8", data: []byte(text), enc: "", has: "at a café"},
		{name: "utf-8 bom", data: append([]byte{0xEF, 0xBB, 0xBF}, text...), enc: "", has: "at a café"},
		{name: "utf-16le bom", data: utf16(unicode.LittleEndian), enc: "utf-16le", has: "The “informal” talks"},
		{name: "utf-16be bom", data: utf16(unicode.BigEndian), enc: "utf-16be", has: "The “informal” talks"},
		{name: "declared latin-1 html", data: latin1HTML, enc: "windows-1252", has: "rencontrées à Genève"},
		{name: "declared latin-1 rss", data: latin1RSS, enc: "windows-1252", has: "Les délégations se sont rencontrées."},
		{name: "shift jis", data: sjis, err: ingest.ErrEncoding, errMatch: "not UTF-8"},
		{name: "mostly high bytes", data: []byte("\xc4\xe3\xba\xc3 \xca\xc0\xbd\xe7 abc"), err: ingest.ErrEncoding, errMatch: "non-ASCII"},
		{name: "undefined windows-1252 byte", data: []byte("abc \x81 def"), err: ingest.ErrEncoding, errMatch: "0x81"},
		{name: "utf-16 without bom", data: noBOM, err: ingest.ErrBinary, errMatch: "UTF-16 text without a byte-order mark"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var r ingest.Reader
			docs, err := r.Parse(context.Background(), "in", tt.data)
			if tt.err != nil {
				if !errors.Is(err, tt.err) || !strings.Contains(err.Error(), tt.errMatch) || len(docs) != 0 {
					t.Fatalf("got %d docs, error %v; want %v mentioning %q", len(docs), err, tt.err, tt.errMatch)
				}
				return
			}
			if err != nil || len(docs) != 1 {
				t.Fatalf("got %d docs, error %v", len(docs), err)
			}
			if got := docs[0].Meta["encoding"]; got != tt.enc {
				t.Errorf("Meta[encoding] = %q, want %q", got, tt.enc)
			}
			if !strings.Contains(docs[0].Text, tt.has) {
				t.Errorf("Text %q lacks %q", docs[0].Text, tt.has)
			}
		})
	}
}

func TestMaxBytes(t *testing.T) {
	big := bytes.Repeat([]byte("India and China held talks. "), 100)
	r := ingest.Reader{MaxBytes: 1000, Stdin: bytes.NewReader(big)}
	path := t.TempDir() + "/big.txt"
	if err := writeFile(path, big); err != nil {
		t.Fatal(err)
	}
	for _, in := range []string{path, "-"} {
		t.Run(in, func(t *testing.T) {
			docs, err := r.ReadFile(context.Background(), in)
			var e *ingest.Error
			if !errors.Is(err, ingest.ErrTooLarge) || !errors.As(err, &e) || e.Source != in || len(docs) != 0 {
				t.Fatalf("got %d docs, error %v; want ErrTooLarge for %s", len(docs), err, in)
			}
			if !strings.Contains(err.Error(), "over the limit of 1000 bytes") && !strings.Contains(err.Error(), "more than 1000 bytes") {
				t.Errorf("error %q does not state the limit", err)
			}
		})
	}
	t.Run("negative means no limit", func(t *testing.T) {
		r := ingest.Reader{MaxBytes: -1}
		if _, err := r.Parse(context.Background(), "x.txt", big); err != nil {
			t.Fatal(err)
		}
	})
}

func TestIDs(t *testing.T) {
	var r ingest.Reader
	parse := func(source, data string) string {
		t.Helper()
		docs, err := r.Parse(context.Background(), source, []byte(data))
		if err != nil || len(docs) != 1 {
			t.Fatalf("Parse(%s): %d docs, %v", source, len(docs), err)
		}
		return docs[0].ID
	}
	page := func(u, body string) string {
		return `<html><head><link rel="canonical" href="` + u + `"></head><body><article><p>` + body + `</p></article></body></html>`
	}
	const body = "India and China held talks on the border in Beijing on Monday and agreed to meet again next month."
	a := parse("a.html", page("https://News.example/story/1?utm_source=x#top", body))
	b := parse("b.html", page("https://news.example/story/1/", body+" Officials said so."))
	c := parse("c.html", page("https://news.example/story/2", body))
	if a != b {
		t.Errorf("same URL with tracking parameters gave IDs %s and %s", a, b)
	}
	if a == c {
		t.Errorf("different URLs gave the same ID %s", a)
	}
	f1 := parse("dir/story.txt", "Version one.")
	f2 := parse("dir/./story.txt", "Version two.")
	f3 := parse("other/story.txt", "Version one.")
	if f1 != f2 {
		t.Errorf("an edited file changed ID: %s, %s", f1, f2)
	}
	if f1 == f3 {
		t.Errorf("two files share ID %s", f1)
	}
	s1, s2 := parse("-", "Version one."), parse("-", "Version two.")
	if s1 == s2 {
		t.Errorf("different stdin texts share ID %s", s1)
	}
}

func TestContentHash(t *testing.T) {
	var r ingest.Reader
	d1, _ := r.ReadFile(context.Background(), "testdata/submitted.txt")
	d2, _ := r.ReadFile(context.Background(), "testdata/submitted.txt")
	h := ingest.ContentHash(d1[0])
	if len(h) != 64 || strings.Trim(h, "0123456789abcdef") != "" {
		t.Errorf("ContentHash = %q, want 64 hex digits", h)
	}
	if h != ingest.ContentHash(d2[0]) {
		t.Error("re-reading the same file changed the content hash")
	}
	d2[0].Text += " More."
	if h == ingest.ContentHash(d2[0]) {
		t.Error("changed text kept the content hash")
	}
}

func TestJSONFormats(t *testing.T) {
	tests := []struct {
		name, data string
		docs       []want
		errs       []string
	}{
		{
			name: "array of records",
			data: `[{"id":"a1","title":"T","text":"India and China held talks.","author":["A B","C D"]},` +
				`{"url":"https://x.example/2","date":"2019-06-02T10:00:00Z","text":"They met again.","score":0.5}]`,
			docs: []want{
				{id: "a1", title: "T", author: "A B, C D", meta: map[string]string{"format": "json"}},
				{url: "https://x.example/2", published: "2019-06-02", meta: map[string]string{"score": "0.5"}},
			},
		},
		{
			name: "one pretty-printed record",
			data: "{\n  \"id\": 42,\n  \"text\": \"India and China held talks.\"\n}\n",
			docs: []want{{id: "42"}},
		},
		{
			name: "broken json names its line",
			data: "[\n  {\"text\": \"a\"},\n  {\"text\": }\n]",
			errs: []string{"in.json:3: invalid JSON"},
		},
		{
			name: "field of the wrong type",
			data: `{"title": {"x": 1}, "text": "a"}` + "\n",
			errs: []string{`in.json:1: field "title": want a string, got an object`},
		},
		{
			name: "json feed",
			data: `{"version":"https://jsonfeed.org/version/1.1","title":"Wire","items":[{"id":"1","url":"https://w.example/1","title":"Talks","content_html":"<p>India and China held talks.</p>","date_published":"2019-06-02T10:00:00Z","authors":[{"name":"Li Wen"}]}]}`,
			docs: []want{{url: "https://w.example/1", title: "Talks", author: "Li Wen", published: "2019-06-02",
				meta: map[string]string{"format": "json", "feed_title": "Wire"}, has: []string{"India and China held talks."}}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var r ingest.Reader
			docs, err := r.Parse(context.Background(), "in.json", []byte(tt.data))
			if len(docs) != len(tt.docs) {
				t.Fatalf("got %d docs (error %v), want %d", len(docs), err, len(tt.docs))
			}
			for i, w := range tt.docs {
				checkDoc(t, docs[i], w)
			}
			var list ingest.ErrorList
			errors.As(err, &list)
			if len(list) != len(tt.errs) {
				t.Fatalf("errors %v, want %v", err, tt.errs)
			}
			for i, e := range list {
				if !strings.HasPrefix(e.Error(), tt.errs[i]) {
					t.Errorf("error %q, want prefix %q", e, tt.errs[i])
				}
			}
		})
	}
}
