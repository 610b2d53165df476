package eval_test

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/coder"
	"github.com/dyadproject/dyad/dict"
	"github.com/dyadproject/dyad/dict/tabari"
	"github.com/dyadproject/dyad/eval"
	"github.com/dyadproject/dyad/segment"
	"github.com/dyadproject/dyad/timex"
)

// tabariFloor is the ratchet: the share of the 450 coded standard TABARI
// records that must stay right. Raise it as the coder improves; never
// lower it.
const tabariFloor = 0.993

// sharedData returns ../shared/data, or skips the test when it is absent.
func sharedData(tb testing.TB) string {
	tb.Helper()
	d, ok := eval.SharedData()
	if !ok {
		tb.Skip("shared data not found (../shared/data or DYAD_SHARED): skipping the TABARI validation suite")
	}
	return d
}

func loadTABARI(tb testing.TB) (*coder.Coder, []eval.Record, eval.OptionParser) {
	tb.Helper()
	data := sharedData(tb)
	d, err := eval.LoadTABARI(filepath.Join(data, "cameo", "tabari"))
	if err != nil {
		tb.Fatal(err)
	}
	c, err := coder.New(d)
	if err != nil {
		tb.Fatal(err)
	}
	recs, err := eval.ReadSuiteFile(filepath.Join(data, "validation", "tabari_validation.jsonl"))
	if err != nil {
		tb.Fatal(err)
	}
	return c, recs, tabari.ParseOption
}

func TestTABARISuite(t *testing.T) {
	c, recs, parse := loadTABARI(t)
	rep, err := eval.Run(context.Background(), "tabari_validation", recs, c, parse)
	if err != nil {
		t.Fatal(err)
	}
	total, _, _ := rep.Score()
	if total.Total != 450 {
		t.Errorf("scored %d standard records, want 450", total.Total)
	}
	if total.Rate() < tabariFloor {
		var buf bytes.Buffer
		rep.Write(&buf, true, false)
		t.Errorf("TABARI suite: %d/%d right (%.3f), below the floor %.3f\n%s", total.Right, total.Total, total.Rate(), tabariFloor, buf.String())
	}
	t.Logf("TABARI suite: %d/%d right (%.1f%%)", total.Right, total.Total, 100*total.Rate())
}

const miniSuite = `{"seq":0,"id":"A-01","date":"20010101","text":"India attacked Pakistan on the border again.","expected":[{"source":"IND","target":"PAK","code":"190"}],"category":"A","standard":true}
{"seq":1,"id":"A-02","date":"20010101","text":"India attacked Pakistan on the border again.","expected":[{"source":"PAK","target":"IND","code":"190"}],"category":"A","standard":true}
{"seq":2,"id":"OPT","date":"20010101","text":"set","option_commands":["SET: MINIMUM WORDS = 20"],"expected":[],"control":true,"category":"B","standard":true}
{"seq":3,"id":"B-01","date":"20010101","text":"India attacked Pakistan on the border again.","expected":[],"expected_error":"complex","category":"B","standard":true}
{"seq":4,"id":"B-02","date":"20010101","text":"skipped","expected":[],"evaluate":false,"category":"B"}
{"seq":5,"id":"B-03","date":"20010101","text":"unlabelled","expected":null,"category":"B"}
{"seq":6,"id":"C-01","date":"20010101","text":"India attacked Pakistan on the border again.","expected":[{"source":"X","target":"Y","code":"1"}],"check_skipped_from_event":0,"category":"C","standard":false}
`

func TestRun(t *testing.T) {
	d := &dict.Dictionary{}
	for kind, data := range map[string]string{"actors": "INDIA [IND]\nPAKISTAN [PAK]\n", "verbs": "ATTACK [190]\n"} {
		if err := tabari.Parse(d, kind, "t."+kind, []byte(data)); err != nil {
			t.Fatal(err)
		}
	}
	c, err := coder.New(d)
	if err != nil {
		t.Fatal(err)
	}
	recs, err := eval.ReadSuite(strings.NewReader(miniSuite), "mini.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	rep, err := eval.Run(context.Background(), "mini", recs, c, tabari.ParseOption)
	if err != nil {
		t.Fatal(err)
	}
	total, byCat, other := rep.Score()
	if total.Right != 2 || total.Total != 3 {
		t.Errorf("standard: %d/%d right, want 2/3", total.Right, total.Total)
	}
	if byCat["A"].Right != 1 || byCat["B"].Right != 1 || byCat["B"].Total != 1 {
		t.Errorf("per category: %+v", byCat)
	}
	if other.Right != 1 || other.Total != 1 {
		t.Errorf("non-standard: %+v, want 1/1", other)
	}
	var buf bytes.Buffer
	rep.Write(&buf, true, false)
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	if last := lines[len(lines)-1]; last != "eval mini: 2/3 records right (66.7%)" {
		t.Errorf("last line %q", last)
	}
	if !strings.Contains(buf.String(), "FAIL A-02") {
		t.Errorf("verbose output lacks the failing record:\n%s", buf.String())
	}
	buf.Reset()
	rep.Write(&buf, false, true)
	if !strings.HasSuffix(buf.String(), "eval mini: P=0.500 R=0.500 F1=0.500\n") {
		t.Errorf("F1 line: %q", buf.String())
	}
}

func TestReadSuiteError(t *testing.T) {
	_, err := eval.ReadSuite(strings.NewReader("{\"seq\":0}\n{bad\n"), "bad.jsonl")
	if err == nil || !strings.Contains(err.Error(), "bad.jsonl:2") {
		t.Errorf("got %v, want an error at bad.jsonl:2", err)
	}
}

func BenchmarkCodeTABARISuite(b *testing.B) {
	benchmarkSuite(b, nil)
}

// BenchmarkCodeTABARISuiteTimex is the same with the time layer before the
// coder: the difference is what tagging time expressions costs.
func BenchmarkCodeTABARISuiteTimex(b *testing.B) {
	benchmarkSuite(b, timex.New())
}

func benchmarkSuite(b *testing.B, before dyad.Stage) {
	c, recs, _ := loadTABARI(b)
	var texts []string
	var dates []dyad.Date
	size := 0
	for _, r := range recs {
		if r.Control || !r.IsStandard() {
			continue
		}
		texts = append(texts, r.Text)
		d, _ := dyad.ParseDay(r.Date)
		dates = append(dates, d)
		size += len(r.Text)
	}
	seg := segment.New()
	ctx := context.Background()
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	sentences, events := 0, 0
	// one document reused, as a batch pipeline does
	doc := &dyad.Document{ID: "b"}
	for i := 0; i < b.N; i++ {
		for j, text := range texts {
			doc.Text, doc.Published = text, dates[j]
			doc.Actors, doc.Events, doc.Times = doc.Actors[:0], doc.Events[:0], doc.Times[:0]
			if err := seg.Annotate(ctx, doc); err != nil {
				b.Fatal(err)
			}
			if before != nil {
				if err := before.Annotate(ctx, doc); err != nil {
					b.Fatal(err)
				}
			}
			if err := c.Annotate(ctx, doc); err != nil {
				b.Fatal(err)
			}
			sentences += len(doc.Sentences)
			events += len(doc.Events)
		}
	}
	if events == 0 {
		b.Fatal("no events coded")
	}
	b.ReportMetric(float64(sentences)/b.Elapsed().Seconds(), "sentences/s")
}

// BenchmarkTimexTABARISuite measures the time layer alone on the suite's
// sentences, segmented beforehand: the numerator of what
// BenchmarkCodeTABARISuiteTimex adds to BenchmarkCodeTABARISuite.
func BenchmarkTimexTABARISuite(b *testing.B) {
	_, recs, _ := loadTABARI(b)
	seg, tg := segment.New(), timex.New()
	ctx := context.Background()
	var docs []*dyad.Document
	for _, r := range recs {
		if r.Control || !r.IsStandard() {
			continue
		}
		d, _ := dyad.ParseDay(r.Date)
		doc := &dyad.Document{ID: "b", Text: r.Text, Published: d}
		if err := seg.Annotate(ctx, doc); err != nil {
			b.Fatal(err)
		}
		docs = append(docs, doc)
	}
	b.ReportAllocs()
	b.ResetTimer()
	times := 0
	for i := 0; i < b.N; i++ {
		for _, doc := range docs {
			doc.Times = doc.Times[:0]
			if err := tg.Annotate(ctx, doc); err != nil {
				b.Fatal(err)
			}
			times += len(doc.Times)
		}
	}
	if times == 0 {
		b.Fatal("no time expressions")
	}
}

// TestRunPipeline scores records coded by a whole pipeline: here one that
// segments and codes with a tiny dictionary, and dates each document.
func TestRunPipeline(t *testing.T) {
	d := &dict.Dictionary{}
	for kind, data := range map[string]string{"actors": "INDIA [IND]\nPAKISTAN [PAK]\n", "verbs": "ATTACK [190]\n"} {
		if err := tabari.Parse(d, kind, "t."+kind, []byte(data)); err != nil {
			t.Fatal(err)
		}
	}
	c, err := coder.New(d)
	if err != nil {
		t.Fatal(err)
	}
	recs, err := eval.ReadSuite(strings.NewReader(miniSuite), "mini.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	var dates []string
	code := func(ctx context.Context, doc *dyad.Document) error {
		dates = append(dates, doc.Published.Value)
		return dyad.Pipeline{segment.New(), c}.Run(ctx, doc)
	}
	rep, err := eval.RunPipeline(context.Background(), "mini", recs, code)
	if err != nil {
		t.Fatal(err)
	}
	// control records and unscored ones are not coded; option commands do
	// not apply, so B-01 codes an event where TABARI's options gave none
	if len(dates) != len(rep.Results) || dates[0] != "2001-01-01" {
		t.Errorf("coded %d documents dated %v for %d results", len(dates), dates, len(rep.Results))
	}
	total, _, _ := rep.Score()
	if total.Right != 1 || total.Total != 3 {
		t.Errorf("standard: %d/%d right, want 1/3", total.Right, total.Total)
	}
}
