package main

import (
	"context"
	"encoding/json"
	"errors"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/dict/builtin"
	"github.com/dyadproject/dyad/sqlite"
	"github.com/dyadproject/dyad/storetest"
)

// queryStore returns the path of a store holding synthetic documents.
func queryStore(t *testing.T, n int) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "q.db")
	s, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for i := range n {
		if _, err := s.PutDocument(context.Background(), storetest.Document(i), dyad.CodingMeta{CoderVersion: "t", DictFingerprint: "fp"}); err != nil {
			t.Fatal(err)
		}
	}
	return path
}

func TestQueryCommands(t *testing.T) {
	db := queryStore(t, 20)
	first := storetest.Document(0).Events[0]
	id := dyad.StableEventID("synth-00000000", &first)
	tests := []struct {
		name string
		args []string
		want []string // substrings of the output
		rows int      // output lines, -1 to skip
	}{
		{"events csv", []string{"events", "--format", "csv"}, []string{"ID,DATE,PRECISION,SOURCE,TARGET,CODE"}, 81},
		{"events limit", []string{"events", "--limit", "3"}, []string{"ID", "VERB"}, 4},
		{"events actor", []string{"events", "--actor", first.Source.Country, "--format", "csv"}, []string{first.Source.Code}, -1},
		{"events from to", []string{"events", "--from", "1990", "--to", "2024-12", "--format", "csv"}, nil, 81},
		{"docs", []string{"docs"}, []string{"synth-00000019", "Synthetic report 19"}, 21},
		{"stats", []string{"stats"}, []string{"documents", "20", "events", "80"}, 9},
		{"clusters", []string{"clusters", "--format", "csv"}, []string{"ID,DATE,ROOT"}, 81},
		{"timeline year", []string{"timeline", first.Source.Country, first.Target.Country, "--by", "year"}, []string{"PERIOD", first.Date.Value[:4]}, -1},
		{"show", []string{"show", id, "--color", "never"}, []string{"event", id, "[" + first.Verb.Text + "]", "coder t, dictionaries fp"}, -1},
		{"show color", []string{"show", id, "--color", "always"}, []string{"\x1b[1;33m" + first.Verb.Text + "\x1b[0m"}, -1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, err := runDyad(t, append(tc.args, "--db", db)...)
			if err != nil {
				t.Fatalf("%v: %v\n%s", tc.args, err, out)
			}
			for _, w := range tc.want {
				if !strings.Contains(out, w) {
					t.Errorf("output lacks %q:\n%s", w, out)
				}
			}
			if n := strings.Count(out, "\n"); tc.rows >= 0 && n != tc.rows {
				t.Errorf("%d lines, want %d:\n%s", n, tc.rows, out)
			}
		})
	}
}

func TestEventsJSONL(t *testing.T) {
	db := queryStore(t, 2)
	out, err := runDyad(t, "events", "--db", db, "--format", "jsonl")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 8 {
		t.Fatalf("%d lines, want 8", len(lines))
	}
	for _, l := range lines {
		var e struct {
			Text string `json:"text"`
			Verb struct {
				Text string `json:"text"`
			} `json:"verb"`
			FP string `json:"dict_fingerprint"`
		}
		if err := json.Unmarshal([]byte(l), &e); err != nil {
			t.Fatalf("%v: %s", err, l)
		}
		if e.FP != "fp" || e.Verb.Text == "" {
			t.Errorf("line %s: fingerprint %q, verb %q", l, e.FP, e.Verb.Text)
		}
		if !strings.Contains(e.Text, e.Verb.Text) {
			t.Errorf("verb %q not in sentence %q", e.Verb.Text, e.Text)
		}
	}
}

func TestQueryErrors(t *testing.T) {
	db := queryStore(t, 1)
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"missing store", []string{"events", "--db", filepath.Join(t.TempDir(), "none.db")}, "no store at"},
		{"bad format", []string{"events", "--db", db, "--format", "xml"}, `--format "xml"`},
		{"bad dyad", []string{"events", "--db", db, "--dyad", "RUS"}, `--dyad "RUS"`},
		{"bad date", []string{"events", "--db", db, "--from", "March"}, `--from "March"`},
		{"bad period", []string{"timeline", "RUS", "PAK", "--db", db, "--by", "week"}, `by "week"`},
		{"unknown event", []string{"show", "ev-none", "--db", db}, "not found"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := runDyad(t, tc.args...)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error = %v, want one containing %q", err, tc.want)
			}
			if tc.name == "unknown event" && !errors.Is(err, dyad.ErrNotFound) {
				t.Errorf("error %v does not wrap ErrNotFound", err)
			}
		})
	}
}

func TestPredecessors(t *testing.T) {
	d, err := builtin.Load()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		code string
		want []string
	}{
		{"RUS", []string{"RUS", "SUN"}},
		{"SRB", []string{"SRB", "YUG", "SCG"}},
		{"PAK", []string{"PAK"}},
	}
	for _, tc := range tests {
		t.Run(tc.code, func(t *testing.T) {
			got := predecessors(d, tc.code)
			for _, w := range tc.want {
				if !slices.Contains(got, w) {
					t.Errorf("predecessors(%s) = %v, want %s among them", tc.code, got, w)
				}
			}
			if tc.code == "PAK" && len(got) != 1 {
				t.Errorf("predecessors(PAK) = %v, want [PAK]", got)
			}
		})
	}
}
