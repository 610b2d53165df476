// Package cluster owns the dedup rule: when two event mentions, possibly in
// different articles, report the same real-world event. It has no storage;
// the stores load candidate clusters and ask this package which to join.
//
// The rule: two mentions are one event when
//
//   - they have the same CAMEO root and the same cluster key: the dyad of
//     country codes, in order, or sorted when the event code is symmetric
//     (see symmetric.txt: consult 04, sign agreement 057, material
//     cooperation 06, fight 19);
//   - their dates are compatible at their precision: the periods overlap,
//     and a date known only from the document that reports it is widened by
//     one day each side first, so two document-dated mentions match only
//     within ±1 day.
//
// A mention compares with a cluster's representative, the best-dated mention
// (finest precision, then earliest). When several clusters are compatible it
// joins the one with the finest representative, then the nearest begin, then
// the smallest ID, so the outcome does not depend on map order.
package cluster

import (
	"bufio"
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"net/url"
	"sort"
	"strings"
	"time"

	"github.com/dyadproject/dyad"
)

//go:embed symmetric.txt
var symmetricData string

// symmetricPrefixes parses symmetric.txt; it is data, read once per call
// site, never mutated.
func symmetricPrefixes() []string {
	var out []string
	sc := bufio.NewScanner(strings.NewReader(symmetricData))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		out = append(out, line)
	}
	return out
}

// Rule applies the dedup rule. The zero value is not usable; call New.
type Rule struct{ symmetric []string }

// New returns the rule with the bundled symmetric-code list.
func New() *Rule { return &Rule{symmetric: symmetricPrefixes()} }

// Symmetric reports whether events with this CAMEO code have no direction.
func (r *Rule) Symmetric(code string) bool {
	for _, p := range r.symmetric {
		if strings.HasPrefix(code, p) {
			return true
		}
	}
	return false
}

// Root returns the CAMEO root of a code: its first two digits.
func Root(code string) string {
	if len(code) < 2 {
		return code
	}
	return code[:2]
}

// Key returns the cluster key of a mention, "root|A|B", with A and B sorted
// when the code is symmetric, and whether it was.
func (r *Rule) Key(source, target, code string) (key string, symmetric bool) {
	symmetric = r.Symmetric(code)
	if symmetric && target < source {
		source, target = target, source
	}
	return Root(code) + "|" + source + "|" + target, symmetric
}

var precisionOrder = []dyad.Precision{
	dyad.PrecTime, dyad.PrecDay, dyad.PrecWeek, dyad.PrecMonth, dyad.PrecSeason,
	dyad.PrecQuarter, dyad.PrecHalf, dyad.PrecYear, dyad.PrecDecade,
	dyad.PrecCentury, dyad.PrecInterval, dyad.PrecDocument,
}

// Rank orders precisions finest first: time is 0, document 11, unknown 99.
func Rank(p dyad.Precision) int {
	for i, q := range precisionOrder {
		if p == q {
			return i
		}
	}
	return 99
}

// Better reports whether date a is a better representative than b: finer
// precision, then earlier begin.
func Better(a, b dyad.Date) bool {
	ra, rb := Rank(a.Precision), Rank(b.Precision)
	if ra != rb {
		return ra < rb
	}
	return a.Begin.Before(b.Begin)
}

const day = 24 * time.Hour

// widen returns the date's period, one day wider each side when the date
// is only the document's.
func widen(d dyad.Date) dyad.Date {
	if d.Precision == dyad.PrecDocument {
		d.Begin, d.End = d.Begin.Add(-day), d.End.Add(day)
	}
	return d
}

// Compatible reports whether two dates can describe the same event. Only
// one side is widened, so two document dates match within ±1 day.
func Compatible(a, b dyad.Date) bool {
	if a.Begin.IsZero() || b.Begin.IsZero() {
		return false
	}
	if a.Precision == dyad.PrecDocument {
		return widen(a).Overlaps(b)
	}
	return a.Overlaps(widen(b))
}

// Window returns a superset of the periods a compatible cluster
// representative can start and end in, for a store's range query: the
// date widened by one day each side.
func Window(d dyad.Date) (begin, end time.Time) {
	return d.Begin.Add(-day), d.End.Add(day)
}

// ID returns the stable cluster ID for a key and the period of the
// cluster's first mention.
func ID(key string, first dyad.Date) string {
	h := sha256.Sum256([]byte(key + "|" + first.Begin.UTC().Format(time.RFC3339) +
		"/" + first.End.UTC().Format(time.RFC3339)))
	return "cl-" + hex.EncodeToString(h[:8])
}

// Candidate is a cluster a mention might join.
type Candidate struct {
	ID  string
	Rep dyad.Date // the representative's date
}

// Choose returns the index of the candidate a mention dated d joins, or -1
// when none is compatible.
func Choose(d dyad.Date, cands []Candidate) int {
	best := -1
	for i, c := range cands {
		if !Compatible(d, c.Rep) {
			continue
		}
		if best < 0 || closer(d, c, cands[best]) {
			best = i
		}
	}
	return best
}

func closer(d dyad.Date, a, b Candidate) bool {
	ra, rb := Rank(a.Rep.Precision), Rank(b.Rep.Precision)
	if ra != rb {
		return ra < rb
	}
	da, db := absDur(a.Rep.Begin.Sub(d.Begin)), absDur(b.Rep.Begin.Sub(d.Begin))
	if da != db {
		return da < db
	}
	return a.ID < b.ID
}

func absDur(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}

// Mention is one event mention as the rule sees it.
type Mention struct {
	EventID        string
	DocID          string
	Host           string // URL host or reader source: what counts as a source
	Source, Target string // country codes
	Code           string
	Date           dyad.Date
}

// Set clusters mentions in memory, applying the same rule as the stores.
// It is what tests and small tools use; stores keep clusters in tables.
type Set struct {
	rule     *Rule
	clusters map[string]*group // by ID
	byKey    map[string][]string
}

type group struct {
	dyad.Cluster
	docs, hosts map[string]bool
}

// NewSet returns an empty set using rule r.
func NewSet(r *Rule) *Set {
	return &Set{rule: r, clusters: map[string]*group{}, byKey: map[string][]string{}}
}

// Add puts a mention into its cluster and returns the cluster ID. Mentions
// without a dyad or a date form no cluster and get "".
func (s *Set) Add(m Mention) string {
	if m.Source == "" || m.Target == "" || m.Date.Begin.IsZero() {
		return ""
	}
	key, sym := s.rule.Key(m.Source, m.Target, m.Code)
	var cands []Candidate
	for _, id := range s.byKey[key] {
		cands = append(cands, Candidate{ID: id, Rep: s.clusters[id].Date})
	}
	var g *group
	if i := Choose(m.Date, cands); i >= 0 {
		g = s.clusters[cands[i].ID]
	} else {
		id := ID(key, m.Date)
		g = s.clusters[id]
		if g == nil {
			g = &group{Cluster: dyad.Cluster{ID: id, Source: m.Source, Target: m.Target,
				Root: Root(m.Code), Symmetric: sym}, docs: map[string]bool{}, hosts: map[string]bool{}}
			s.clusters[id] = g
			s.byKey[key] = append(s.byKey[key], id)
		}
	}
	if g.Representative == "" || Better(m.Date, g.Date) {
		g.Representative, g.Date = m.EventID, m.Date
	}
	g.Mentions++
	g.docs[m.DocID] = true
	g.hosts[m.Host] = true
	g.Articles, g.Sources = len(g.docs), len(g.hosts)
	return g.ID
}

// Clusters returns the clusters, by representative date then ID.
func (s *Set) Clusters() []dyad.Cluster {
	out := make([]dyad.Cluster, 0, len(s.clusters))
	for _, g := range s.clusters {
		out = append(out, g.Cluster)
	}
	sort.Slice(out, func(i, j int) bool {
		if !out[i].Date.Begin.Equal(out[j].Date.Begin) {
			return out[i].Date.Begin.Before(out[j].Date.Begin)
		}
		return out[i].ID < out[j].ID
	})
	return out
}

// SourceOf returns what counts as one source for a document: the host of
// its URL without "www.", or else the reader source.
func SourceOf(rawURL, source string) string {
	if u, err := url.Parse(rawURL); err == nil && u.Host != "" {
		return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	}
	return source
}
