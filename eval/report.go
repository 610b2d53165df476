package eval

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

// Counts is right/total for one group of records.
type Counts struct{ Right, Total int }

// Rate is Right/Total, or 0.
func (c Counts) Rate() float64 {
	if c.Total == 0 {
		return 0
	}
	return float64(c.Right) / float64(c.Total)
}

// Score returns the counts of the standard records, overall and per
// category, and of the non-standard ones.
func (r *Report) Score() (total Counts, byCat map[string]Counts, other Counts) {
	byCat = map[string]Counts{}
	for _, res := range r.Results {
		if !res.Record.IsStandard() {
			other.Total++
			if res.Right {
				other.Right++
			}
			continue
		}
		c := byCat[res.Record.Category]
		c.Total++
		total.Total++
		if res.Right {
			c.Right++
			total.Right++
		}
		byCat[res.Record.Category] = c
	}
	return total, byCat, other
}

// F1 returns event-level precision, recall and F1 over (source, target,
// code) multisets of the standard records.
func (r *Report) F1() (p, rec, f1 float64) {
	tp, ng, ne := 0, 0, 0
	for _, res := range r.Results {
		if !res.Record.IsStandard() || res.Record.ExpectedError != "" {
			continue
		}
		want := map[Event]int{}
		for _, e := range res.Record.Expected {
			want[e]++
		}
		ne += len(res.Record.Expected)
		ng += len(res.Got)
		for _, e := range res.Got {
			if want[e] > 0 {
				want[e]--
				tp++
			}
		}
	}
	if ng > 0 {
		p = float64(tp) / float64(ng)
	}
	if ne > 0 {
		rec = float64(tp) / float64(ne)
	}
	if p+rec > 0 {
		f1 = 2 * p * rec / (p + rec)
	}
	return p, rec, f1
}

// Write prints the rate per category, the failing records when verbose,
// and the last line "eval <suite>: N/M records right (P%)", or with f1
// "eval <suite>: P=… R=… F1=…".
func (r *Report) Write(w io.Writer, verbose, f1 bool) {
	total, byCat, other := r.Score()
	cats := make([]string, 0, len(byCat))
	for c := range byCat {
		cats = append(cats, c)
	}
	sort.Strings(cats)
	for _, c := range cats {
		n := byCat[c]
		fmt.Fprintf(w, "%-12s %4d/%-4d %6.1f%%\n", c, n.Right, n.Total, 100*n.Rate())
	}
	if other.Total > 0 {
		fmt.Fprintf(w, "%-12s %4d/%-4d %6.1f%%  (non-standard records, not in the total)\n", "(other)", other.Right, other.Total, 100*other.Rate())
	}
	if verbose {
		for _, res := range r.Results {
			if res.Right {
				continue
			}
			rec := res.Record
			want := eventsString(rec.Expected)
			if rec.ExpectedError != "" {
				want = "no event (" + rec.ExpectedError + ")"
			}
			fmt.Fprintf(w, "\nFAIL %s [%d] %s\n  text: %s\n  want: %s\n  got:  %s\n", rec.ID, rec.Seq, rec.Category, rec.Text, want, eventsString(res.Got))
		}
		fmt.Fprintln(w)
	}
	if f1 {
		p, rc, f := r.F1()
		fmt.Fprintf(w, "eval %s: P=%.3f R=%.3f F1=%.3f\n", r.Suite, p, rc, f)
		return
	}
	fmt.Fprintf(w, "eval %s: %d/%d records right (%.1f%%)\n", r.Suite, total.Right, total.Total, 100*total.Rate())
}

func eventsString(es []Event) string {
	if len(es) == 0 {
		return "(none)"
	}
	parts := make([]string, len(es))
	for i, e := range es {
		parts[i] = e.String()
	}
	return strings.Join(parts, " ")
}
