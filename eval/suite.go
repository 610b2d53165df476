// Package eval scores the coder against validation suites in the JSONL
// format of the TABARI and PETRARCH suites: per-record exact match of the
// set of (source, target, code) events, and event-level precision, recall
// and F1 for real-news suites.
package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// Event is an expected or coded (source, target, code) triple.
type Event struct {
	Source string `json:"source"`
	Target string `json:"target"`
	Code   string `json:"code"`
}

func (e Event) String() string { return e.Source + "/" + e.Target + "/" + e.Code }

// Record is one suite record.
type Record struct {
	Seq             int            `json:"seq"`
	ID              string         `json:"id"`
	Date            string         `json:"date"`
	Text            string         `json:"text"`
	TextFromParse   string         `json:"text_from_parse"`
	Expected        []Event        `json:"expected"`
	ExpectedError   string         `json:"expected_error"`
	ExpectedMissing bool           `json:"expected_missing"`
	Category        string         `json:"category"`
	Note            string         `json:"note"`
	Options         map[string]any `json:"options"`
	OptionCommands  []string       `json:"option_commands"`
	Control         bool           `json:"control"`
	Standard        *bool          `json:"standard"`
	Evaluate        *bool          `json:"evaluate"`
	CheckSkipped    *int           `json:"check_skipped_from_event"`

	labelled bool
}

// Scored reports whether the record counts: not a control record, not
// marked evaluate:false, and labelled.
func (r *Record) Scored() bool {
	return !r.Control && (r.Evaluate == nil || *r.Evaluate) && r.labelled
}

// IsStandard reports whether the record belongs to the standard part of
// its suite (TABARI's records after FINAL-01 are not).
func (r *Record) IsStandard() bool { return r.Standard == nil || *r.Standard }

// ReadSuite reads a JSONL suite. A malformed line is an error naming the
// line.
func ReadSuite(r io.Reader, name string) ([]Record, error) {
	var out []Record
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var rec Record
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, n, err)
		}
		var raw struct {
			Expected json.RawMessage `json:"expected"`
		}
		_ = json.Unmarshal([]byte(line), &raw)
		rec.labelled = len(raw.Expected) > 0 && string(raw.Expected) != "null" || rec.ExpectedMissing
		out = append(out, rec)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return out, nil
}

// ReadSuiteFile reads the suite at path.
func ReadSuiteFile(path string) ([]Record, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("eval: %w", err)
	}
	defer f.Close()
	return ReadSuite(f, filepath.Base(path))
}

// SuiteName is the file name without its extension.
func SuiteName(path string) string {
	return strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
}
