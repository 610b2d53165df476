package sqlite_test

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/sqlite"
	"github.com/dyadproject/dyad/storetest"
)

// killChildEnv makes the test binary act as the child of TestKillDuringPut.
const killChildEnv = "DYAD_KILL_CHILD_DB"

var killMeta = dyad.CodingMeta{CoderVersion: "kill-test", DictFingerprint: "d1"}

// TestKillChild is the child process: it puts synthetic documents into the
// database in a loop, printing each committed document, until it is killed.
func TestKillChild(t *testing.T) {
	path := os.Getenv(killChildEnv)
	if path == "" {
		t.Skip("child process of TestKillDuringPut")
	}
	s, err := sqlite.Open(context.Background(), path)
	if err != nil {
		fmt.Println("error", err)
		os.Exit(1)
	}
	for i := 0; i < 1_000_000; i++ {
		if _, err := s.PutDocument(context.Background(), storetest.Document(i), killMeta); err != nil {
			fmt.Println("error", err)
			os.Exit(1)
		}
		fmt.Printf("committed %d\n", i)
	}
}

// TestKillDuringPut kills a process with SIGKILL while it is storing
// documents, then checks that the database is intact, that every document
// the child reported as committed is there with all its events, and that
// putting the same documents again resumes where it stopped.
func TestKillDuringPut(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kill.db")
	cmd := exec.Command(os.Args[0], "-test.run=^TestKillChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), killChildEnv+"="+path)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	const killAfter = 200
	committed := -1
	sc := bufio.NewScanner(out)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "error") {
			t.Fatalf("child: %s", line)
		}
		var i int
		if _, err := fmt.Sscanf(line, "committed %d", &i); err != nil {
			continue
		}
		committed = i
		if committed+1 == killAfter {
			if err := syscall.Kill(cmd.Process.Pid, syscall.SIGKILL); err != nil {
				t.Fatal(err)
			}
		}
		// Keep reading after the kill: the child may have committed and
		// reported more documents before the signal landed.
	}
	err = cmd.Wait()
	if committed+1 < killAfter {
		t.Fatalf("child stopped after %d commits: %v", committed+1, err)
	}
	if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); !ok || ws.Signal() != syscall.SIGKILL {
		t.Fatalf("child was not killed by SIGKILL: %v", err)
	}

	db, err := sqlite.OpenDB(context.Background(), path)
	if err != nil {
		t.Fatalf("reopen after kill: %v", err)
	}
	var check string
	if err := db.QueryRow("PRAGMA integrity_check").Scan(&check); err != nil || check != "ok" {
		t.Fatalf("integrity_check = %q, %v", check, err)
	}
	db.Close()

	s, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	docs, err := s.Documents(ctx, dyad.DocumentFilter{})
	if err != nil {
		t.Fatal(err)
	}
	// The child may have committed one more document than it reported.
	if n := len(docs); n != committed+1 && n != committed+2 {
		t.Errorf("%d documents stored, child reported %d", n, committed+1)
	}
	for _, d := range docs {
		evs, err := s.Events(ctx, dyad.EventFilter{DocID: d.ID})
		if err != nil {
			t.Fatal(err)
		}
		if len(evs) != storetest.EventsPerDocument || d.Events != storetest.EventsPerDocument {
			t.Errorf("%s: %d events stored, document says %d, want %d", d.ID, len(evs), d.Events, storetest.EventsPerDocument)
		}
	}
	for i := 0; i <= committed+5; i++ {
		doc := storetest.Document(i)
		res, err := s.PutDocument(ctx, doc, killMeta)
		if err != nil {
			t.Fatalf("resume %s: %v", doc.ID, err)
		}
		switch {
		case i <= committed && res.Status != dyad.Unchanged:
			t.Errorf("resume %s (committed): %s, want unchanged", doc.ID, res.Status)
		case i > committed+1 && res.Status != dyad.New:
			t.Errorf("resume %s (never put): %s, want new", doc.ID, res.Status)
		}
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if want := (committed + 6) * storetest.EventsPerDocument; st.Documents != committed+6 || st.Events != want {
		t.Errorf("after resume: %d documents, %d events; want %d, %d", st.Documents, st.Events, committed+6, want)
	}
}
