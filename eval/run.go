package eval

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/coder"
	"github.com/dyadproject/dyad/dict"
	"github.com/dyadproject/dyad/segment"
)

// OptionParser turns an option command of a control record ("SET: CODE
// ALL") into a dictionary option; dict/tabari's ParseOption is one.
type OptionParser func(line string) (key, value string, err error)

// Result is the outcome of one scored record.
type Result struct {
	Record *Record
	Got    []Event
	Right  bool
}

// Report holds the results of a run.
type Report struct {
	Suite   string
	Results []Result
}

// Run codes every record of recs in order. Control records change the
// coder's options for the records after them; a record's own options
// apply to it alone. Stages in after run on each record after the coder,
// as the pipeline runs the actor resolver after it for the built-in
// dictionaries.
func Run(ctx context.Context, suite string, recs []Record, c *coder.Coder, parse OptionParser, after ...dyad.Stage) (*Report, error) {
	seg := segment.New()
	rep := &Report{Suite: suite}
	cur := c
	var prev *Record
	for i := range recs {
		r := &recs[i]
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if r.Control || len(r.OptionCommands) > 0 {
			opts := dict.Options{}
			for _, cmd := range r.OptionCommands {
				if parse == nil {
					break
				}
				k, v, err := parse(cmd)
				if err != nil {
					return nil, fmt.Errorf("eval: record %s: %w", r.ID, err)
				}
				opts[k] = v
			}
			next, err := cur.WithOptions(opts)
			if err != nil {
				return nil, fmt.Errorf("eval: record %s: %w", r.ID, err)
			}
			cur = next
			if r.Control {
				continue
			}
		}
		if !r.Scored() {
			continue
		}
		rc := cur
		if len(r.Options) > 0 {
			next, err := cur.WithOptions(recordOptions(r.Options))
			if err != nil {
				return nil, fmt.Errorf("eval: record %s: %w", r.ID, err)
			}
			rc = next
		}
		var before *Record
		if rc.Config.Forward && prev != nil && story(prev.ID) == story(r.ID) {
			before = prev
		}
		got, err := codeRecord(ctx, seg, rc, r, before, after)
		if err != nil {
			return nil, fmt.Errorf("eval: record %s: %w", r.ID, err)
		}
		rep.Results = append(rep.Results, Result{Record: r, Got: got, Right: right(r, got)})
		prev = r
	}
	return rep, nil
}

// RunPipeline codes every scored record with code, which takes a document
// with its text and date and does everything else (segmentation, time,
// coding, resolution), as "dyad code" does; records' option commands are
// not applied. It is how suites of real news are scored with the built-in
// dictionaries: what the user runs is what is measured.
func RunPipeline(ctx context.Context, suite string, recs []Record, code func(context.Context, *dyad.Document) error) (*Report, error) {
	rep := &Report{Suite: suite}
	for i := range recs {
		r := &recs[i]
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if r.Control || !r.Scored() {
			continue
		}
		text := r.Text
		if strings.TrimSpace(text) == "" {
			text = r.TextFromParse
		}
		doc := &dyad.Document{ID: r.ID, Text: text}
		if d, err := recordDay(r.Date); err == nil {
			doc.Published = d
		}
		if err := code(ctx, doc); err != nil {
			return nil, fmt.Errorf("eval: record %s: %w", r.ID, err)
		}
		var got []Event
		for _, e := range doc.Events {
			got = append(got, Event{Source: e.Source.Code, Target: e.Target.Code, Code: e.Code})
		}
		rep.Results = append(rep.Results, Result{Record: r, Got: got, Right: right(r, got)})
	}
	return rep, nil
}

// story is a record ID without its last "-" part: TABARI forwards
// pronouns between sentences of one story.
func story(id string) string {
	if i := strings.LastIndexByte(id, '-'); i > 0 {
		return id[:i]
	}
	return id
}

// recordOptions maps PETRARCH-style record options onto coder options.
func recordOptions(o map[string]any) dict.Options {
	out := dict.Options{}
	var comma []string
	for k, v := range o {
		s := fmt.Sprint(v)
		switch k {
		case "comma_min", "comma_max", "comma_emin", "comma_emax", "comma_bmin", "comma_bmax":
			comma = append(comma, strings.ToUpper(strings.TrimPrefix(k, "comma_"))+" = "+s)
		case "require_dyad":
			out["REQUIRE DYAD"] = strings.ToUpper(s)
		}
	}
	if len(comma) > 0 {
		sort.Strings(comma)
		out["COMMA"] = strings.Join(comma, " ")
	}
	return out
}

func codeRecord(ctx context.Context, seg *segment.Segmenter, c *coder.Coder, r, before *Record, after []dyad.Stage) ([]Event, error) {
	text := r.Text
	if strings.TrimSpace(text) == "" {
		text = r.TextFromParse
	}
	offset := 0
	if before != nil {
		prefix := before.Text + "\n\n"
		text = prefix + text
		offset = len(prefix)
	}
	doc := &dyad.Document{ID: r.ID, Text: text}
	if d, err := recordDay(r.Date); err == nil {
		doc.Published = d
	}
	if err := seg.Annotate(ctx, doc); err != nil {
		return nil, err
	}
	if err := c.Annotate(ctx, doc); err != nil {
		return nil, err
	}
	for _, st := range after {
		if err := st.Annotate(ctx, doc); err != nil {
			return nil, err
		}
	}
	var got []Event
	for _, e := range doc.Events {
		if doc.Sentences[e.Sentence].Start < offset {
			continue
		}
		got = append(got, Event{Source: e.Source.Code, Target: e.Target.Code, Code: e.Code})
	}
	return got, nil
}

// right reports whether got is what r expects: no event for expected
// errors, the first k expected events for TABARI's "-{" blocks, else the
// same set of events.
func right(r *Record, got []Event) bool {
	if r.ExpectedError != "" || r.ExpectedMissing {
		return len(got) == 0
	}
	gs := map[Event]bool{}
	for _, e := range got {
		gs[e] = true
	}
	if r.CheckSkipped != nil {
		for i, e := range r.Expected {
			if i >= *r.CheckSkipped {
				break
			}
			if !gs[e] {
				return false
			}
		}
		return true
	}
	es := map[Event]bool{}
	for _, e := range r.Expected {
		es[e] = true
	}
	if len(es) != len(gs) {
		return false
	}
	for e := range es {
		if !gs[e] {
			return false
		}
	}
	return true
}

// recordDay parses a record's date: YYYYMMDD, or YYMMDD as TABARI writes
// it (one PETRARCH-2 record does too), with TABARI's pivot: years before 30
// are 20yy, the others 19yy.
func recordDay(s string) (dyad.Date, error) {
	if len(s) == 6 {
		if y, err := strconv.Atoi(s[:2]); err == nil {
			century := "19"
			if y < 30 {
				century = "20"
			}
			s = century + s
		}
	}
	return dyad.ParseDay(s)
}
