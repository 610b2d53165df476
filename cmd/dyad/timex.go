package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/timex"
	"github.com/spf13/cobra"
)

// timexJSON is one expression as `dyad timex` prints it; start and end are
// character (code point) offsets.
type timexJSON struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Type  string `json:"type"`
	Value string `json:"value"`
	Mod   string `json:"mod,omitempty"`
}

func newTimexCmd() *cobra.Command {
	var date string
	var dayFirst bool
	cmd := &cobra.Command{
		Use:   "timex [FILE|-]",
		Short: "Print the temporal expressions of a text with TIMEX3 values, one JSON object per line",
		Long: `timex finds dates, times, durations and sets in a text and prints one JSON
object per expression: {"text","start","end","type","value","mod"}. start and
end are character offsets. Relative expressions are resolved against --date;
without it, against the date in the text's byline or dateline, or today.`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			name := "-"
			if len(args) == 1 {
				name = args[0]
			}
			var data []byte
			var err error
			if name == "-" {
				data, err = io.ReadAll(cmd.InOrStdin())
			} else {
				data, err = os.ReadFile(name)
			}
			if err != nil {
				return fmt.Errorf("timex: read %s: %w", name, err)
			}
			text := string(data)
			var ref dyad.Date
			switch {
			case date != "":
				if ref, err = dyad.ParseDay(date); err != nil {
					return fmt.Errorf("timex: --date: %w", err)
				}
			default:
				// a dateline without a year takes the latest year that
				// does not put it in the future
				today := dyad.Day(time.Now().UTC())
				var ok bool
				if ref, _, _, ok = timex.DocumentDateNear(text, today); !ok {
					ref = today
				}
			}
			t := timex.New()
			t.DayFirst = dayFirst
			ci := dyad.NewCharIndex(text)
			enc := json.NewEncoder(cmd.OutOrStdout())
			enc.SetEscapeHTML(false)
			for _, m := range t.Tag(text, ref) {
				err := enc.Encode(timexJSON{
					Text: m.Span.In(text), Start: ci.Char(m.Start), End: ci.Char(m.End),
					Type: m.Type, Value: m.Value, Mod: m.Mod,
				})
				if err != nil {
					return fmt.Errorf("timex: write: %w", err)
				}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&date, "date", "", "reference (document) date, YYYY-MM-DD")
	cmd.Flags().BoolVar(&dayFirst, "day-first", false, "read ambiguous numeric dates such as 04/06/2019 as day/month")
	return cmd
}
