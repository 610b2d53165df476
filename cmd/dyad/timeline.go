package main

import (
	"fmt"
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
counted elsewhere. --successors adds each side's predecessor states from
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
			if len(buckets) == 0 && format == "table" {
				fmt.Fprintf(cmd.ErrOrStderr(), "no events between %s and %s\n", strings.Join(q.A, ","), strings.Join(q.B, ","))
				return nil
			}
			return out.write(cmd.OutOrStdout(), format)
		},
	}
	addDBFlag(cmd, &db)
	addFormatFlag(cmd, &format)
	cmd.Flags().StringVar(&by, "by", "month", "period: month or year")
	cmd.Flags().BoolVar(&successors, "successors", false, "include predecessor states (Soviet Union for Russia)")
	return cmd
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
