package main

import (
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dyadproject/dyad"
)

func newDocsCmd() *cobra.Command {
	var db, format string
	var f dyad.DocumentFilter
	cmd := &cobra.Command{
		Use:   "docs",
		Short: "List stored documents with their version, hash and coding meta",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			s, err := openQuery(cmd, db, format)
			if err != nil {
				return err
			}
			defer s.Close()
			ctx := cmd.Context()
			docs, err := s.Documents(ctx, f)
			if err != nil {
				return err
			}
			out := output{header: []string{"ID", "VERSION", "PUBLISHED", "EVENTS", "FACTS", "DICTIONARIES", "SOURCE", "TITLE"}}
			for _, d := range docs {
				out.add(d, d.ID, strconv.Itoa(d.Version), d.Published.Value, strconv.Itoa(d.Events),
					strconv.Itoa(d.Facts), short(d.DictFingerprint, 12), d.Source, d.Title)
			}
			return out.write(cmd.OutOrStdout(), format)
		},
	}
	addDBFlag(cmd, &db)
	addFormatFlag(cmd, &format)
	cmd.Flags().StringVar(&f.Source, "source", "", "documents from this reader source only")
	cmd.Flags().IntVar(&f.Limit, "limit", 0, "at most this many documents (0: all)")
	return cmd
}

func short(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

func newStatsCmd() *cobra.Command {
	var db, format string
	cmd := &cobra.Command{
		Use:   "stats",
		Short: "Count what the store holds",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			s, err := openQuery(cmd, db, format)
			if err != nil {
				return err
			}
			defer s.Close()
			ctx := cmd.Context()
			st, err := s.Stats(ctx)
			if err != nil {
				return err
			}
			if format == "jsonl" {
				out := output{}
				out.add(struct {
					dyad.StoreStats
					FirstEvent string `json:"FirstEvent,omitempty"`
					LastEvent  string `json:"LastEvent,omitempty"`
				}{st, dateString(st.FirstEvent), dateString(st.LastEvent)})
				return out.write(cmd.OutOrStdout(), format)
			}
			out := output{header: []string{"WHAT", "COUNT"}}
			for _, kv := range []struct {
				k string
				v int
			}{{"documents", st.Documents}, {"versions", st.Versions}, {"sentences", st.Sentences},
				{"events", st.Events}, {"clusters", st.Clusters}, {"facts", st.Facts}} {
				out.add(nil, kv.k, strconv.Itoa(kv.v))
			}
			out.add(nil, "first event", dateString(st.FirstEvent))
			out.add(nil, "last event", dateString(st.LastEvent))
			return out.write(cmd.OutOrStdout(), format)
		},
	}
	addDBFlag(cmd, &db)
	addFormatFlag(cmd, &format)
	return cmd
}

func newFactsCmd() *cobra.Command {
	var db, format string
	var f dyad.FactFilter
	cmd := &cobra.Command{
		Use:   "facts [--actor X] [--indicator NAME]",
		Short: "List stored facts: figures tied to actors and periods",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkFormat(format); err != nil {
				return err
			}
			f.Actor = strings.ToUpper(f.Actor)
			ctx := cmd.Context()
			s, err := openStore(ctx, db, false)
			if err != nil {
				return err
			}
			defer s.Close()
			facts, err := s.Facts(ctx, f)
			if err != nil {
				return err
			}
			out := output{header: []string{"DOC", "PERIOD", "INDICATOR", "ACTORS", "VALUE", "UNIT", "QUALIFIER", "NUMBER"}}
			for _, x := range facts {
				out.add(x, x.DocID, x.Period.Value, x.Indicator, strings.Join(x.Actors, "-"),
					strconv.FormatFloat(x.Value, 'g', -1, 64), x.Unit, x.Qualifier, x.Number.Text)
			}
			return out.write(cmd.OutOrStdout(), format)
		},
	}
	addDBFlag(cmd, &db)
	addFormatFlag(cmd, &format)
	cmd.Flags().StringVar(&f.Actor, "actor", "", "country code among the fact's actors")
	cmd.Flags().StringVar(&f.Indicator, "indicator", "", "indicator, e.g. bilateral_trade")
	cmd.Flags().IntVar(&f.Limit, "limit", 0, "at most this many facts (0: all)")
	return cmd
}

func newClustersCmd() *cobra.Command {
	var db, format, dyadFlag string
	var f dyad.ClusterFilter
	cmd := &cobra.Command{
		Use:   "clusters [--dyad RUS-PAK] [--root 04] [--min-articles N]",
		Short: "List event clusters: real-world events and how often they were reported",
		Long: `List event clusters. A cluster joins the mentions of one real-world event
across documents (same dyad, either order for symmetric codes; same CAMEO
root; compatible dates; see docs/store.md). MENTIONS counts mentions,
ARTICLES distinct documents and SOURCES distinct sources; the date is that
of the best-dated mention, its REPRESENTATIVE (see dyad show).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkFormat(format); err != nil {
				return err
			}
			var err error
			if f.Dyad, err = parseDyad(dyadFlag); err != nil {
				return err
			}
			ctx := cmd.Context()
			s, err := openStore(ctx, db, false)
			if err != nil {
				return err
			}
			defer s.Close()
			cs, err := s.Clusters(ctx, f)
			if err != nil {
				return err
			}
			out := output{header: []string{"ID", "DATE", "ROOT", "SOURCE", "TARGET", "MENTIONS", "ARTICLES", "SOURCES", "REPRESENTATIVE"}}
			for _, c := range cs {
				out.add(c, c.ID, c.Date.Value, c.Root, c.Source, c.Target, strconv.Itoa(c.Mentions),
					strconv.Itoa(c.Articles), strconv.Itoa(c.Sources), c.Representative)
			}
			return out.write(cmd.OutOrStdout(), format)
		},
	}
	addDBFlag(cmd, &db)
	addFormatFlag(cmd, &format)
	fl := cmd.Flags()
	fl.StringVar(&dyadFlag, "dyad", "", "two country codes, either direction, e.g. RUS-PAK")
	fl.StringVar(&f.Root, "root", "", "CAMEO root code, e.g. 04")
	fl.IntVar(&f.MinArticles, "min-articles", 0, "clusters reported by at least this many documents")
	fl.IntVar(&f.Limit, "limit", 0, "at most this many clusters (0: all)")
	return cmd
}
