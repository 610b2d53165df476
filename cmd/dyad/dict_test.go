package main

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runDyad runs the CLI with args and returns its output.
func runDyad(t *testing.T, args ...string) (string, error) {
	t.Helper()
	var out bytes.Buffer
	root := newRoot()
	root.SetArgs(args)
	root.SetOut(&out)
	root.SetErr(&out)
	err := root.Execute()
	return out.String(), err
}

func TestDictCheck(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"a.actors": "actor IND India\n  names India\n  code IN\n",
		"b.verbs":  "verb VISIT 042\n  forms visit\n  pattern 042 $ * &PLACE\n",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out, err := runDyad(t, "dict", "check", dir)
	if !errors.Is(err, errFailures) {
		t.Errorf("err = %v, want errFailures", err)
	}
	for _, want := range []string{
		filepath.Join(dir, "a.actors") + `:3: code "IN": actor codes have at least 3 letters`,
		filepath.Join(dir, "b.verbs") + ":3: unknown synset &PLACE",
		"2 errors",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

func TestDictExport(t *testing.T) {
	builtin, err := runDyad(t, "dict", "check")
	if err != nil {
		t.Fatalf("check built-in: %v\n%s", err, builtin)
	}
	dir := t.TempDir()
	if out, err := runDyad(t, "dict", "export", "-o", dir); err != nil {
		t.Fatalf("export: %v\n%s", err, out)
	}
	exported, err := runDyad(t, "dict", "check", dir)
	if err != nil {
		t.Fatalf("check export: %v\n%s", err, exported)
	}
	// Same counts: "built-in: N actors, ..." and "DIR: N actors, ...".
	_, want, _ := strings.Cut(builtin, ": ")
	_, got, _ := strings.Cut(exported, ": ")
	if got != want || !strings.Contains(want, "actors") {
		t.Errorf("export holds %q, built-in %q", got, want)
	}
}
