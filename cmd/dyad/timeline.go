package main

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/dict"
	"github.com/dyadproject/dyad/dict/builtin"
)

// timelineJSON is a line of `dyad timeline --format jsonl`.
type timelineJSON struct {
	Period         string  `json:"period"`
	Events         [4]int  `json:"events"`   // real-world events (clusters) by quad class 1-4
	Mentions       [4]int  `json:"mentions"` // mention-weighted counts by quad class 1-4
	MeanGoldstein  float64 `json:"mean_goldstein"`
	NetCooperation int     `json:"net_cooperation"`
	NotHappened    int     `json:"not_happened"`
}

func newTimelineCmd() *cobra.Command {
	var db, format, by string
	var successors bool
	cmd := &cobra.Command{
		Use:   "timeline A B [--by year|month]",
		Short: "Count a dyad's events per period, by quad class",
		Long: `Count the events between two countries (either direction) per month or
year of the event's own date. For each period: real-world events (dedup
clusters) and mentions by quad class (1 verbal cooperation, 2 material
cooperation, 3 verbal conflict, 4 material conflict), the mean Goldstein
score of the mentions, net cooperation (Q1+Q2-Q3-Q4 events), and mentions
that did not happen (planned, negated, hypothetical), which are not
counted elsewhere. Below the events comes the bilateral trade series from
the stored facts. --successors adds each side's predecessor states from
the built-in dictionary (RUS includes SUN).`,
		Args: cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkFormat(format); err != nil {
				return err
			}
			q := dyad.TimelineQuery{A: []string{strings.ToUpper(args[0])}, B: []string{strings.ToUpper(args[1])}, By: by}
			if successors {
				d, err := builtin.Load()
				if err != nil {
					return err
				}
				q.A, q.B = predecessors(d, q.A[0]), predecessors(d, q.B[0])
			}
			ctx := cmd.Context()
			s, err := openStore(ctx, db, false)
			if err != nil {
				return err
			}
			defer s.Close()
			buckets, err := s.Timeline(ctx, q)
			if err != nil {
				return err
			}
			out := output{header: []string{"PERIOD", "Q1", "Q2", "Q3", "Q4", "M1", "M2", "M3", "M4", "GOLDSTEIN", "NET", "NOT_HAPPENED"}}
			for _, b := range buckets {
				row := []string{b.Period}
				for _, n := range append(b.Events[1:], b.Mentions[1:]...) {
					row = append(row, strconv.Itoa(n))
				}
				row = append(row, strconv.FormatFloat(b.MeanGoldstein, 'f', 2, 64), strconv.Itoa(b.NetCooperation), strconv.Itoa(b.NotHappened))
				out.add(timelineJSON{Period: b.Period, Events: [4]int(b.Events[1:]), Mentions: [4]int(b.Mentions[1:]),
					MeanGoldstein: b.MeanGoldstein, NetCooperation: b.NetCooperation, NotHappened: b.NotHappened}, row...)
			}
			trade, err := tradeSeries(ctx, s, q.A, q.B)
			if err != nil {
				return err
			}
			if len(buckets) == 0 && format == "table" {
				fmt.Fprintf(cmd.ErrOrStderr(), "no events between %s and %s\n", strings.Join(q.A, ","), strings.Join(q.B, ","))
			} else if err := out.write(cmd.OutOrStdout(), format); err != nil {
				return err
			}
			if len(trade.rows) == 0 {
				return nil
			}
			if format == "table" {
				fmt.Fprintf(cmd.OutOrStdout(), "\nbilateral trade %s–%s (facts)\n", q.A[0], q.B[0])
			}
			return trade.write(cmd.OutOrStdout(), format)
		},
	}
	addDBFlag(cmd, &db)
	addFormatFlag(cmd, &format)
	cmd.Flags().StringVar(&by, "by", "year", "period: year or month")
	cmd.Flags().BoolVar(&successors, "successors", false, "include predecessor states (Soviet Union for Russia)")
	return cmd
}

// tradeJSON is a trade line of `dyad timeline --format jsonl`.
type tradeJSON struct {
	Indicator string  `json:"indicator"`
	Period    string  `json:"period"`
	Value     float64 `json:"value"`
	ValueMax  float64 `json:"value_max,omitempty"`
	Unit      string  `json:"unit"`
	Qualifier string  `json:"qualifier,omitempty"`
	DocID     string  `json:"doc_id"`
}

// tradeSeries lists the bilateral trade facts between any of a and any of
// b, by period.
func tradeSeries(ctx context.Context, s dyad.Store, a, b []string) (*output, error) {
	facts, err := s.Facts(ctx, dyad.FactFilter{Actor: a[0], Indicator: "bilateral_trade"})
	if err != nil {
		return nil, err
	}
	in := func(set []string, c string) bool { return slices.Contains(set, c) }
	var sel []dyad.Fact
	for _, f := range facts {
		if len(f.Actors) == 2 && (in(a, f.Actors[0]) && in(b, f.Actors[1]) || in(b, f.Actors[0]) && in(a, f.Actors[1])) {
			sel = append(sel, f)
		}
	}
	sort.SliceStable(sel, func(i, j int) bool { return sel[i].Period.Begin.Before(sel[j].Period.Begin) })
	out := &output{header: []string{"PERIOD", "VALUE", "UNIT", "QUALIFIER", "DOC"}}
	for _, f := range sel {
		out.add(tradeJSON{Indicator: f.Indicator, Period: f.Period.Value, Value: f.Value, ValueMax: f.ValueMax, Unit: f.Unit, Qualifier: f.Qualifier, DocID: f.DocID},
			f.Period.Value, strconv.FormatFloat(f.Value, 'f', -1, 64), f.Unit, f.Qualifier, f.DocID)
	}
	return out, nil
}

// predecessors returns code and the country codes of every state whose
// successor chain in d leads to it.
func predecessors(d *dict.Dictionary, code string) []string {
	byID := map[string]*dict.Actor{}
	for i := range d.Actors {
		byID[d.Actors[i].ID] = &d.Actors[i]
	}
	out := []string{code}
	seen := map[string]bool{code: true}
	for i := range d.Actors {
		a := &d.Actors[i]
		// Follow the chain; the hop limit guards against a cycle in a
		// user dictionary.
		leads := false
		for next, hops := a.Successor, 0; next != "" && hops < 16; hops++ {
			if next == code || countryOf(byID[next]) == code {
				leads = true
				break
			}
			if byID[next] == nil {
				break
			}
			next = byID[next].Successor
		}
		if !leads {
			continue
		}
		for _, c := range codesOf(a) {
			if !seen[c] {
				seen[c] = true
				out = append(out, c)
			}
		}
	}
	return out
}

func countryOf(a *dict.Actor) string {
	if a == nil || len(a.Codes) == 0 {
		return ""
	}
	return dyad.Country(a.Codes[0].Code)
}

func codesOf(a *dict.Actor) []string {
	var out []string
	for _, c := range a.Codes {
		out = append(out, dyad.Country(c.Code))
	}
	return out
}
