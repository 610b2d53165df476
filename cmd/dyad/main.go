// Command dyad codes political events from news and analysis text, stores
// them with their evidence, and serves dyad timelines.
//
// This package is wiring only: each command lives in its own file and
// calls into the pipeline packages.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"github.com/spf13/cobra"
)

// errFailures is returned by commands that finished but had per-item
// failures; main exits 1 without printing it again.
var errFailures = errors.New("some inputs failed")

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := newRoot().ExecuteContext(ctx)
	stop()
	if err != nil {
		if !errors.Is(err, errFailures) {
			fmt.Fprintln(os.Stderr, "dyad:", err)
		}
		os.Exit(1)
	}
}

func newRoot() *cobra.Command {
	root := &cobra.Command{
		Use:           "dyad",
		Short:         "Code who did what to whom, when, from news and analysis text",
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	// The command list is explicit: nothing registers itself from init().
	root.AddCommand(
		newCodeCmd(),
		newIngestCmd(),
		newRecodeCmd(),
		newExplainCmd(),
		newDictCmd(),
		newTimexCmd(),
		newEventsCmd(),
		newTimelineCmd(),
		newDocsCmd(),
		newShowCmd(),
		newStatsCmd(),
		newFactsCmd(),
		newClustersCmd(),
		newEvalCmd(),
	// commands:
	)
	return root
}
