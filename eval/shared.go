package eval

import (
	"os"
	"path/filepath"
)

// SharedData returns the shared data folder that holds the validation
// suites (validation/) and the peer dictionaries (cameo/): $DYAD_SHARED/data
// when DYAD_SHARED is set, else the first shared/data found walking up from
// the working directory, as ../shared sits beside a checkout. It reports
// false when there is none, as in a fresh clone; tests then skip.
func SharedData() (string, bool) {
	if d := os.Getenv("DYAD_SHARED"); d != "" {
		return filepath.Join(d, "data"), true
	}
	dir, err := os.Getwd()
	if err != nil {
		return "", false
	}
	for {
		p := filepath.Join(dir, "shared", "data")
		if st, err := os.Stat(filepath.Join(p, "validation")); err == nil && st.IsDir() {
			return p, true
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", false
		}
		dir = parent
	}
}
