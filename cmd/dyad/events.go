package main

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/export"
)

// storedEventJSON is an event line of `dyad events --format jsonl`: the
// `dyad code` contract plus what the store adds.
type storedEventJSON struct {
	export.Event
	ClusterID       string `json:"cluster_id,omitempty"`
	CoderVersion    string `json:"coder_version"`
	DictFingerprint string `json:"dict_fingerprint"`
}

func newEventsCmd() *cobra.Command {
	var db, format, dyadFlag, from, to string
	var f dyad.EventFilter
	var modality string
	cmd := &cobra.Command{
		Use:   "events [--dyad RUS-PAK] [--actor X] [--from D] [--to D] [--code 04] [--modality asserted]",
		Short: "List stored events, by event date",
		Long: `List stored events, ordered by the date each event happened (not the
date of the report). --dyad matches either direction; --actor matches a
country or full actor code on either side; --from and --to are inclusive
and take YYYY, YYYY-MM or YYYY-MM-DD. JSON Lines output follows the
'dyad code' event contract, with character offsets.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkFormat(format); err != nil {
				return err
			}
			var err error
			if f.Dyad, err = parseDyad(dyadFlag); err != nil {
				return err
			}
			if f.From, err = parseBound("from", from, false); err != nil {
				return err
			}
			if f.To, err = parseBound("to", to, true); err != nil {
				return err
			}
			f.Actor = strings.ToUpper(f.Actor)
			f.Modality = dyad.Modality(modality)
			ctx := cmd.Context()
			s, err := openStore(ctx, db, false)
			if err != nil {
				return err
			}
			defer s.Close()
			evs, err := s.Events(ctx, f)
			if err != nil {
				return err
			}
			out := output{header: []string{"ID", "DATE", "PRECISION", "SOURCE", "TARGET", "CODE", "QUAD", "GOLDSTEIN", "MODALITY", "CLUSTER", "VERB"}}
			docs := docCache{s: s}
			for i := range evs {
				e := &evs[i]
				var v any = e
				if format == "jsonl" {
					doc, err := docs.get(ctx, e.ID, e.DocID)
					if err != nil {
						return err
					}
					v = storedEventJSON{Event: export.EventOf(dyad.NewCharIndex(doc.Text), doc, &e.Event),
						ClusterID: e.ClusterID, CoderVersion: e.CoderVersion, DictFingerprint: e.DictFingerprint}
				}
				out.add(v, e.ID, e.Date.Value, string(e.Date.Precision), e.Source.Code, e.Target.Code, e.Code,
					strconv.Itoa(e.QuadClass), strconv.FormatFloat(e.Goldstein, 'f', 1, 64), modalityOf(e.Modality),
					e.ClusterID, e.Verb.Text)
			}
			return out.write(cmd.OutOrStdout(), format)
		},
	}
	addDBFlag(cmd, &db)
	addFormatFlag(cmd, &format)
	fl := cmd.Flags()
	fl.StringVar(&dyadFlag, "dyad", "", "two country codes, either direction, e.g. RUS-PAK")
	fl.StringVar(&f.Actor, "actor", "", "country or actor code on either side")
	fl.StringVar(&from, "from", "", "first event date, inclusive")
	fl.StringVar(&to, "to", "", "last event date, inclusive")
	fl.StringVar(&f.CodePrefix, "code", "", "CAMEO code prefix, e.g. 04 or 042")
	fl.StringVar(&modality, "modality", "", "asserted, reported, planned, negated or hypothetical")
	fl.StringVar(&f.DocID, "doc", "", "events of one document ID")
	fl.StringVar(&f.ClusterID, "cluster", "", "mentions of one event cluster")
	fl.IntVar(&f.Limit, "limit", 0, "at most this many events (0: all)")
	return cmd
}

func modalityOf(m dyad.Modality) string {
	if m == "" {
		return string(dyad.Asserted)
	}
	return string(m)
}

// docCache keeps the document of the last event looked up: events come
// grouped by date, and often several in a row from one document.
type docCache struct {
	s   dyad.Store
	id  string
	doc *dyad.Document
}

func (c *docCache) get(ctx context.Context, eventID, docID string) (*dyad.Document, error) {
	if c.doc != nil && c.id == docID {
		return c.doc, nil
	}
	_, doc, err := c.s.Event(ctx, eventID)
	if err != nil {
		return nil, fmt.Errorf("document of %s: %w", eventID, err)
	}
	c.id, c.doc = docID, doc
	return doc, nil
}
