package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestTimex(t *testing.T) {
	text := "Café talks — in the late 1970s — ended on Friday, and 5,000 soldiers left."
	path := filepath.Join(t.TempDir(), "a.txt")
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := runDyad(t, "timex", "--date", "2019-06-02", path)
	if err != nil {
		t.Fatalf("timex: %v\n%s", err, out)
	}
	type row struct {
		Text, Type, Value, Mod string
		Start, End             int
	}
	want := []row{
		{Text: "the late 1970s", Type: "date", Value: "197", Mod: "END"},
		{Text: "Friday", Type: "date", Value: "2019-05-31"},
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != len(want) {
		t.Fatalf("got %d lines, want %d:\n%s", len(lines), len(want), out)
	}
	runes := []rune(text)
	for i, line := range lines {
		var got row
		if err := json.Unmarshal([]byte(line), &got); err != nil {
			t.Fatalf("line %d: %v: %s", i+1, err, line)
		}
		w := want[i]
		if got.Text != w.Text || got.Type != w.Type || got.Value != w.Value || got.Mod != w.Mod {
			t.Errorf("line %d: got %+v, want %+v", i+1, got, w)
		}
		// offsets are characters, not bytes
		if got.End > len(runes) || string(runes[got.Start:got.End]) != w.Text {
			t.Errorf("line %d: characters %d:%d do not hold %q", i+1, got.Start, got.End, w.Text)
		}
		if w.Mod == "" && strings.Contains(line, `"mod"`) {
			t.Errorf("line %d: empty mod printed: %s", i+1, line)
		}
	}
	if utf8.RuneCountInString(text) == len(text) {
		t.Fatal("test text must hold multi-byte characters")
	}
}

func TestTimexBadDate(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a.txt")
	os.WriteFile(path, []byte("In 1994."), 0o644)
	if _, err := runDyad(t, "timex", "--date", "June 2", path); err == nil || !strings.Contains(err.Error(), "--date") {
		t.Errorf("err = %v, want a --date error", err)
	}
	if _, err := runDyad(t, "timex", filepath.Join(t.TempDir(), "missing.txt")); err == nil || !strings.Contains(err.Error(), "missing.txt") {
		t.Errorf("err = %v, want an error naming the file", err)
	}
}
