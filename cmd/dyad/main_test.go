package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/dyadproject/dyad/eval"
	"github.com/dyadproject/dyad/sqlite"
)

// TestMain lets the test binary run as the dyad command, so that tests can
// start the real program as a child process and kill it.
func TestMain(m *testing.M) {
	if os.Getenv("DYAD_TEST_RUN_MAIN") == "1" {
		main()
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// TestMainJob runs the README's main job: ingest the bundled example into a
// store and print the India–China timeline with its trade series.
func TestMainJob(t *testing.T) {
	db := filepath.Join(t.TempDir(), "dyad.db")
	out, err := runDyad(t, "ingest", "-q", "--db", db, "../../examples/india-china.html")
	if err != nil || !strings.Contains(out, "1 new") {
		t.Fatalf("ingest: %v\n%s", err, out)
	}
	out, err = runDyad(t, "timeline", "IND", "CHN", "--db", db)
	if err != nil {
		t.Fatalf("timeline: %v\n%s", err, out)
	}
	for _, want := range []string{"PERIOD", "1954", "1962", "1988", "2018", "bilateral trade", "95000000000"} {
		if !strings.Contains(out, want) {
			t.Errorf("timeline lacks %q:\n%s", want, out)
		}
	}
}

// TestCodeContract checks every field of the event contract in
// docs/output.md, and that character offsets point at the evidence.
func TestCodeContract(t *testing.T) {
	text := "Indian Prime Minister Rajiv Gandhi visited Beijing in December 1988. Zürich hosted talks, and Paris criticised London.\n"
	path := filepath.Join(t.TempDir(), "a.txt")
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := runDyad(t, "code", "--date", "2019-06-02", path)
	if err != nil {
		t.Fatalf("code: %v\n%s", err, out)
	}
	runes := []rune(text)
	slice := func(start, end float64) string { return string(runes[int(start):int(end)]) }
	n := 0
	for line := range strings.Lines(out) {
		var e map[string]any
		if err := json.Unmarshal([]byte(line), &e); err != nil {
			t.Fatalf("bad JSON line %q: %v", line, err)
		}
		if e["kind"] != "event" {
			continue
		}
		n++
		for _, k := range []string{"id", "doc_id", "sentence", "source", "target", "code", "root", "quad_class", "goldstein", "date", "date_precision", "doc_date", "modality", "verb", "rule", "text"} {
			if _, ok := e[k]; !ok {
				t.Errorf("event lacks %q: %s", k, line)
			}
		}
		verb := e["verb"].(map[string]any)
		if got := slice(verb["start"].(float64), verb["end"].(float64)); got != verb["text"] {
			t.Errorf("verb offsets give %q, want %q", got, verb["text"])
		}
		src := e["source"].(map[string]any)
		for _, k := range []string{"code", "country", "agent", "name", "start", "end"} {
			if _, ok := src[k]; !ok {
				t.Errorf("source lacks %q: %s", k, line)
			}
		}
		if c, a := src["code"].(string), src["agent"].(string); len(c) > 3 && a == "" {
			t.Errorf("source %s has no agent", c)
		}
		if e["doc_date"] != "2019-06-02" {
			t.Errorf("doc_date %v, want 2019-06-02", e["doc_date"])
		}
	}
	if n < 2 {
		t.Fatalf("%d events, want at least 2:\n%s", n, out)
	}
	if !strings.Contains(out, `"date":"1988-12","date_precision":"month","date_evidence":{"text":"December 1988"`) {
		t.Errorf("the 1988 visit is not dated by its own words:\n%s", out)
	}
}

// TestIngestKill kills `dyad ingest` with SIGKILL while it stores a batch,
// then checks that the store is intact and that running the same command
// again resumes: what was stored is unchanged, the rest is new.
func TestIngestKill(t *testing.T) {
	if testing.Short() {
		t.Skip("starts child processes")
	}
	dir := t.TempDir()
	docs := filepath.Join(dir, "docs")
	if err := os.Mkdir(docs, 0o755); err != nil {
		t.Fatal(err)
	}
	const total = 1000
	for i := range total {
		text := fmt.Sprintf("Report %d\n\nIndia and China signed agreement number %d in April 1954. Pakistan criticised India on day %d.\n", i, i, i)
		if err := os.WriteFile(filepath.Join(docs, fmt.Sprintf("%04d.txt", i)), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	db := filepath.Join(dir, "dyad.db")
	child := func() *exec.Cmd {
		cmd := exec.Command(os.Args[0], "ingest", "-q", "--db", db, docs)
		cmd.Env = append(os.Environ(), "DYAD_TEST_RUN_MAIN=1")
		return cmd
	}
	stored := func() int {
		s, err := sqlite.Open(context.Background(), db)
		if err != nil {
			return 0
		}
		defer s.Close()
		st, err := s.Stats(context.Background())
		if err != nil {
			return 0
		}
		return st.Documents
	}

	cmd := child()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(60 * time.Second)
	for stored() < 20 && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()
	before := stored()
	if before == 0 || before >= total {
		t.Fatalf("killed after %d of %d documents; the test needs a kill mid-batch", before, total)
	}

	// The store is intact: every stored document has its events.
	s, err := sqlite.OpenDB(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	var check string
	if err := s.QueryRow("PRAGMA integrity_check").Scan(&check); err != nil || check != "ok" {
		t.Fatalf("integrity_check: %q, %v", check, err)
	}
	var orphans int
	if err := s.QueryRow(`SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.doc_id = d.id)`).Scan(&orphans); err != nil {
		t.Logf("orphan check skipped: %v", err)
	} else if orphans > 0 {
		t.Errorf("%d stored documents lost their events", orphans)
	}
	s.Close()

	// The same command resumes.
	out, err := child().CombinedOutput()
	if err != nil {
		t.Fatalf("rerun: %v\n%s", err, out)
	}
	m := regexp.MustCompile(`(\d+) new, \d+ new versions, \d+ recoded, (\d+) unchanged`).FindSubmatch(out)
	if m == nil {
		t.Fatalf("no summary in %s", out)
	}
	added, _ := strconv.Atoi(string(m[1]))
	unchanged, _ := strconv.Atoi(string(m[2]))
	if unchanged < before || added+unchanged != total {
		t.Errorf("rerun: %d new + %d unchanged, want %d unchanged of the %d stored before, %d in all", added, unchanged, before, before, total)
	}
	if got := stored(); got != total {
		t.Errorf("%d documents stored after the rerun, want %d", got, total)
	}
}

// gsrFloorF1 is the ratchet for the real-news GSR suite coded with the
// built-in dictionaries alone: raise it as results improve, never lower it.
// It was 0.26 while eval ran the coder and the actor resolver only; since
// eval runs the whole pipeline of "dyad code" (time expressions and event
// dates included) the same dictionaries score 0.259, and the floor was
// moved once to what is now measured. Raised to 0.27 when 0.273 was
// measured, and to 0.28 at 0.286.
const gsrFloorF1 = 0.28

func TestGSRBuiltin(t *testing.T) {
	data, ok := eval.SharedData()
	if !ok {
		t.Skip("shared data not found (../shared/data or DYAD_SHARED): skipping the GSR suite")
	}
	out, err := runDyad(t, "eval", filepath.Join(data, "validation", "petrarch2_gsr_ud.jsonl"), "--f1")
	if err != nil {
		t.Fatalf("eval: %v\n%s", err, out)
	}
	m := regexp.MustCompile(`P=([0-9.]+) R=([0-9.]+) F1=([0-9.]+)`).FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("no F1 line in\n%s", out)
	}
	f1, _ := strconv.ParseFloat(m[3], 64)
	t.Logf("GSR with built-in dictionaries: P=%s R=%s F1=%s", m[1], m[2], m[3])
	if f1 < gsrFloorF1 {
		t.Errorf("F1 %.3f below the floor %.3f", f1, gsrFloorF1)
	}
}

func TestCodeHappened(t *testing.T) {
	path := filepath.Join(t.TempDir(), "p.txt")
	text := "India criticised China in 2019. Indian Prime Minister Narendra Modi will visit Beijing next month.\n"
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	count := func(args ...string) (all, planned int) {
		out, err := runDyad(t, append([]string{"code", "--date", "2020-01-01"}, args...)...)
		if err != nil {
			t.Fatalf("code: %v\n%s", err, out)
		}
		for line := range strings.Lines(out) {
			if strings.Contains(line, `"kind":"event"`) {
				all++
				if strings.Contains(line, `"modality":"planned"`) {
					planned++
				}
			}
		}
		return all, planned
	}
	all, planned := count(path)
	if planned == 0 || all <= planned {
		t.Fatalf("want a planned and an asserted event, got %d events, %d planned", all, planned)
	}
	if all2, planned2 := count("--happened", path); planned2 != 0 || all2 != all-planned {
		t.Errorf("--happened: %d events, %d planned; want %d, 0", all2, planned2, all-planned)
	}
}

func TestExplainTrace(t *testing.T) {
	path := filepath.Join(t.TempDir(), "e.txt")
	if err := os.WriteFile(path, []byte("India criticised China in 2019.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := runDyad(t, "explain", "--date", "2020-01-01", path)
	if err != nil {
		t.Fatalf("explain: %v\n%s", err, out)
	}
	for _, want := range []string{"actor  \"India\"", "coder  verb \"criticised\"", "EVENT  IND", "date 2019 (year) from \"2019\"", "modality asserted"} {
		if !strings.Contains(out, want) {
			t.Errorf("explain output lacks %q:\n%s", want, out)
		}
	}
}
