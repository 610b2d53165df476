// Package storetest is the suite every dyad.Store passes: sqlite and
// postgres both call Run from their tests, so the two stores behave alike.
package storetest

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dyadproject/dyad"
)

// Run runs the suite. open must return a new, empty store for each call;
// Run closes it.
func Run(t *testing.T, open func(t *testing.T) dyad.Store) {
	tests := []struct {
		name string
		fn   func(t *testing.T, s dyad.Store)
	}{
		{"PutIdempotent", testPutIdempotent},
		{"NewVersion", testNewVersion},
		{"RecodeDiff", testRecodeDiff},
		{"Timeline", testTimeline},
		{"Clusters", testClusters},
		{"ClusterFollowsRecode", testClusterFollowsRecode},
		{"Event", testEvent},
		{"EventFilters", testEventFilters},
		{"FactsAndDocuments", testFactsAndDocuments},
		{"StoredDocuments", testStoredDocuments},
		{"Atomic", testAtomic},
		{"LongDocument", testLongDocument},
		{"QuadFromRoot", testQuadFromRoot},
		{"SidesShareCode", testSidesShareCode},
		{"ConcurrentPuts", testConcurrentPuts},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := open(t)
			defer s.Close()
			tc.fn(t, s)
		})
	}
}

var meta1 = dyad.CodingMeta{CoderVersion: "test-1", DictFingerprint: "dict-A"}

func put(t *testing.T, s dyad.Store, doc *dyad.Document, meta dyad.CodingMeta) dyad.PutResult {
	t.Helper()
	res, err := s.PutDocument(context.Background(), doc, meta)
	if err != nil {
		t.Fatalf("PutDocument(%s): %v", doc.ID, err)
	}
	return res
}

func putAll(t *testing.T, s dyad.Store) []*dyad.Document {
	t.Helper()
	docs := retellings()
	for _, d := range docs {
		if res := put(t, s, d, meta1); res.Status != dyad.New {
			t.Fatalf("put %s: status %s, want new", d.ID, res.Status)
		}
	}
	return docs
}

func eventIDs(t *testing.T, s dyad.Store, f dyad.EventFilter) []string {
	t.Helper()
	evs, err := s.Events(context.Background(), f)
	if err != nil {
		t.Fatalf("Events(%+v): %v", f, err)
	}
	var ids []string
	for _, e := range evs {
		ids = append(ids, e.ID)
	}
	return ids
}

func testPutIdempotent(t *testing.T, s dyad.Store) {
	docs := retellings()
	res := put(t, s, docs[0], meta1)
	if res.Status != dyad.New || res.Version != 1 || res.Events != 2 || len(res.EventsAdded) != 2 {
		t.Fatalf("first put = %+v, want new v1 with 2 events added", res)
	}
	again := retellings()[0] // a fresh copy with the same content
	res = put(t, s, again, meta1)
	if res.Status != dyad.Unchanged || res.Version != 1 || res.Events != 2 || len(res.EventsAdded)+len(res.EventsRemoved) != 0 {
		t.Fatalf("second put = %+v, want unchanged v1, 2 events, no diff", res)
	}
	st, err := s.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if st.Documents != 1 || st.Versions != 1 || st.Events != 2 || st.Sentences != 2 {
		t.Errorf("stats = %+v, want 1 document, 1 version, 2 events, 2 sentences", st)
	}
	evs, err := s.Events(context.Background(), dyad.EventFilter{DocID: "a"})
	if err != nil {
		t.Fatal(err)
	}
	if len(evs) != 2 {
		t.Fatalf("got %d events, want 2", len(evs))
	}
	for _, e := range evs {
		if e.CodingMeta != meta1 {
			t.Errorf("%s: meta %+v, want %+v", e.ID, e.CodingMeta, meta1)
		}
		if got := e.Verb.In(docs[0].Text); got != e.Verb.Text || got == "" {
			t.Errorf("%s: verb span covers %q, evidence says %q", e.ID, got, e.Verb.Text)
		}
	}
}

func testNewVersion(t *testing.T, s dyad.Store) {
	putAll(t, s)
	a := article("a", "https://www.reuters.com/world/a", day("2019-03-04"),
		"Russian and Pakistani officials met in Islamabad on 2 March 2019. Russia plans to sell helicopters to Pakistan next year.",
		ev{id: "a1v2", src: "RUSGOV", tgt: "PAKGOV", code: "040", quad: 1, goldstein: 1, verb: "met", date: day("2019-03-02"), dateWords: "2 March 2019"},
		ev{id: "a2", src: "RUS", tgt: "PAK", code: "061", quad: 2, goldstein: 6.4, verb: "plans to sell", date: dyad.Year(2020), dateWords: "next year", modality: dyad.Planned})
	res := put(t, s, a, meta1)
	if res.Status != dyad.NewVersion || res.Version != 2 {
		t.Fatalf("put changed a = %s v%d, want new_version v2", res.Status, res.Version)
	}
	if !reflect.DeepEqual(res.EventsAdded, []string{"a1v2"}) || !reflect.DeepEqual(res.EventsRemoved, []string{"a1"}) {
		t.Errorf("diff = +%v -%v, want +[a1v2] -[a1]", res.EventsAdded, res.EventsRemoved)
	}
	docs, err := s.Documents(context.Background(), dyad.DocumentFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 3 || docs[0].ID != "a" || docs[0].Version != 2 || docs[0].ContentHash != dyad.ContentHash(a.Text) {
		t.Errorf("documents[0] = %+v, want a at version 2 with the new hash", docs[0])
	}
	st, _ := s.Stats(context.Background())
	if st.Documents != 3 || st.Versions != 4 || st.Events != 6 {
		t.Errorf("stats = %+v, want 3 documents, 4 versions, 6 events", st)
	}
	if res := put(t, s, a, meta1); res.Status != dyad.Unchanged {
		t.Errorf("re-put of version 2 = %s, want unchanged", res.Status)
	}
}

func testRecodeDiff(t *testing.T, s dyad.Store) {
	docs := putAll(t, s)
	b := docs[1]
	// The new dictionary drops the accusation and codes the visit as 042.
	b.Events = []dyad.Event{b.Events[0]}
	b.Events[0].ID = "b1-042"
	b.Events[0].Code = "042"
	meta2 := dyad.CodingMeta{CoderVersion: "test-1", DictFingerprint: "dict-B"}
	res := put(t, s, b, meta2)
	if res.Status != dyad.Recoded || res.Version != 1 {
		t.Fatalf("recode = %s v%d, want recoded v1", res.Status, res.Version)
	}
	if !reflect.DeepEqual(res.EventsAdded, []string{"b1-042"}) || !reflect.DeepEqual(res.EventsRemoved, []string{"b1", "b2"}) {
		t.Errorf("diff = +%v -%v, want +[b1-042] -[b1 b2]", res.EventsAdded, res.EventsRemoved)
	}
	evs, err := s.Events(context.Background(), dyad.EventFilter{DocID: "b"})
	if err != nil {
		t.Fatal(err)
	}
	if len(evs) != 1 || evs[0].Code != "042" || evs[0].DictFingerprint != "dict-B" {
		t.Errorf("events of b after recode = %+v, want one 042 coded with dict-B", evs)
	}
	if res := put(t, s, b, meta2); res.Status != dyad.Unchanged {
		t.Errorf("second recode with the same meta = %s, want unchanged", res.Status)
	}
	st, _ := s.Stats(context.Background())
	if st.Versions != 3 {
		t.Errorf("recode made %d versions, want 3 (no new version)", st.Versions)
	}
}

func bucketString(b dyad.TimelineBucket) string {
	return fmt.Sprintf("%s events=%v mentions=%v gold=%.2f net=%d not=%d",
		b.Period, b.Events[1:], b.Mentions[1:], b.MeanGoldstein, b.NetCooperation, b.NotHappened)
}

func timeline(t *testing.T, s dyad.Store, q dyad.TimelineQuery) []string {
	t.Helper()
	bs, err := s.Timeline(context.Background(), q)
	if err != nil {
		t.Fatalf("Timeline(%+v): %v", q, err)
	}
	var out []string
	for _, b := range bs {
		out = append(out, bucketString(b))
	}
	return out
}

func testTimeline(t *testing.T, s dyad.Store) {
	putAll(t, s)
	tests := []struct {
		name string
		q    dyad.TimelineQuery
		want []string
	}{
		{"by month", dyad.TimelineQuery{A: []string{"RUS"}, B: []string{"PAK"}}, []string{
			// One meeting told three times, one accusation; by event date,
			// so article c (published in April) adds nothing to April.
			"2019-03 events=[1 0 1 0] mentions=[3 0 1 0] gold=2.20 net=0 not=0",
			"2020-01 events=[0 0 0 0] mentions=[0 0 0 0] gold=0.00 net=0 not=1",
		}},
		{"reversed sides", dyad.TimelineQuery{A: []string{"PAK"}, B: []string{"RUS"}, By: "month"}, []string{
			"2019-03 events=[1 0 1 0] mentions=[3 0 1 0] gold=2.20 net=0 not=0",
			"2020-01 events=[0 0 0 0] mentions=[0 0 0 0] gold=0.00 net=0 not=1",
		}},
		{"by year with predecessor", dyad.TimelineQuery{A: []string{"RUS", "SUN"}, B: []string{"PAK"}, By: "year"}, []string{
			"1988 events=[0 0 0 1] mentions=[0 0 0 1] gold=-10.00 net=-1 not=0",
			"2019 events=[1 0 1 0] mentions=[3 0 1 0] gold=2.20 net=0 not=0",
			"2020 events=[0 0 0 0] mentions=[0 0 0 0] gold=0.00 net=0 not=1",
		}},
		{"other dyad", dyad.TimelineQuery{A: []string{"IND"}, B: []string{"PAK"}}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := timeline(t, s, tc.q); !slices.Equal(got, tc.want) {
				t.Errorf("timeline:\ngot  %q\nwant %q", got, tc.want)
			}
		})
	}
	if _, err := s.Timeline(context.Background(), dyad.TimelineQuery{A: []string{"RUS"}, B: []string{"PAK"}, By: "week"}); err == nil {
		t.Error("by week: no error")
	}
}

func clusterStrings(t *testing.T, s dyad.Store, f dyad.ClusterFilter) []string {
	t.Helper()
	cs, err := s.Clusters(context.Background(), f)
	if err != nil {
		t.Fatalf("Clusters: %v", err)
	}
	var out []string
	for _, c := range cs {
		out = append(out, fmt.Sprintf("%s %s-%s sym=%v %s rep=%s mentions=%d articles=%d sources=%d",
			c.Root, c.Source, c.Target, c.Symmetric, c.Date.Value, c.Representative, c.Mentions, c.Articles, c.Sources))
	}
	return out
}

func testClusters(t *testing.T, s dyad.Store) {
	putAll(t, s)
	want := []string{
		"19 SUN-PAK sym=true 1988 rep=c2 mentions=1 articles=1 sources=1",
		"04 RUS-PAK sym=true 2019-03-03 rep=a1 mentions=3 articles=3 sources=2",
		"11 PAK-RUS sym=false 2019-03-04 rep=b2 mentions=1 articles=1 sources=1",
	}
	if got := clusterStrings(t, s, dyad.ClusterFilter{}); !slices.Equal(got, want) {
		t.Errorf("clusters:\ngot  %q\nwant %q", got, want)
	}
	if got := clusterStrings(t, s, dyad.ClusterFilter{MinArticles: 2}); len(got) != 1 || got[0] != want[1] {
		t.Errorf("clusters with 2+ articles = %q, want the meeting", got)
	}
	// Every mention of the meeting points at its cluster.
	cs, _ := s.Clusters(context.Background(), dyad.ClusterFilter{Root: "04"})
	if len(cs) != 1 {
		t.Fatalf("root 04: %d clusters, want 1", len(cs))
	}
	if got := eventIDs(t, s, dyad.EventFilter{ClusterID: cs[0].ID}); !slices.Equal(got, []string{"c1", "a1", "b1"}) {
		t.Errorf("meeting mentions = %v, want [c1 a1 b1] (by date)", got)
	}
	// A planned event joins no cluster.
	evs, _ := s.Events(context.Background(), dyad.EventFilter{Modality: dyad.Planned})
	if len(evs) != 1 || evs[0].ClusterID != "" {
		t.Errorf("planned events = %+v, want one without a cluster", evs)
	}
}

func testClusterFollowsRecode(t *testing.T, s dyad.Store) {
	docs := putAll(t, s)
	meta2 := dyad.CodingMeta{CoderVersion: "test-1", DictFingerprint: "dict-B"}
	// Recode a without its events: the meeting loses its best-dated
	// mention, so the month-dated c1 becomes the representative.
	a := docs[0]
	a.Events = nil
	put(t, s, a, meta2)
	// Recode b without the accusation: its cluster disappears.
	b := docs[1]
	b.Events = b.Events[:1]
	put(t, s, b, meta2)
	want := []string{
		"19 SUN-PAK sym=true 1988 rep=c2 mentions=1 articles=1 sources=1",
		"04 RUS-PAK sym=true 2019-03 rep=c1 mentions=2 articles=2 sources=2",
	}
	if got := clusterStrings(t, s, dyad.ClusterFilter{}); !slices.Equal(got, want) {
		t.Errorf("clusters after recode:\ngot  %q\nwant %q", got, want)
	}
	wantTL := []string{"2019-03 events=[1 0 0 0] mentions=[2 0 0 0] gold=4.90 net=1 not=0"}
	if got := timeline(t, s, dyad.TimelineQuery{A: []string{"RUS"}, B: []string{"PAK"}}); !slices.Equal(got, wantTL) {
		t.Errorf("timeline after recode:\ngot  %q\nwant %q", got, wantTL)
	}
}

func testEvent(t *testing.T, s dyad.Store) {
	docs := putAll(t, s)
	e, doc, err := s.Event(context.Background(), "a1")
	if err != nil {
		t.Fatal(err)
	}
	if doc.Text != docs[0].Text || doc.Title != "Article a" || doc.URL != docs[0].URL || doc.Meta["fixture"] != "yes" {
		t.Errorf("document = %+v, want article a", doc)
	}
	if !doc.Published.Begin.Equal(day("2019-03-04").Begin) || doc.Published.Precision != dyad.PrecDay {
		t.Errorf("published = %+v, want day 2019-03-04", doc.Published)
	}
	if len(doc.Sentences) != 2 {
		t.Fatalf("got %d sentences, want 2", len(doc.Sentences))
	}
	sent := doc.Sentences[e.Sentence].In(doc.Text)
	if sent != "Russian and Pakistani officials met in Islamabad on 3 March 2019." {
		t.Errorf("sentence = %q", sent)
	}
	if got := e.Verb.In(doc.Text); got != "met" {
		t.Errorf("verb span covers %q, want met", got)
	}
	if got := e.DateEvidence.In(doc.Text); got != "3 March 2019" {
		t.Errorf("date evidence covers %q, want 3 March 2019", got)
	}
	if e.Date.Value != "2019-03-03" || e.DocDate.Value != "2019-03-04" || e.Source.Code != "RUSGOV" || e.Root != "04" {
		t.Errorf("event = %+v", e.Event)
	}
	if _, _, err := s.Event(context.Background(), "nope"); !errors.Is(err, dyad.ErrNotFound) {
		t.Errorf("Event(nope) error = %v, want ErrNotFound", err)
	}
}

func testEventFilters(t *testing.T, s dyad.Store) {
	putAll(t, s)
	from, to := day("2019-03-03").Begin, day("2019-03-04").Begin
	tests := []struct {
		name string
		f    dyad.EventFilter
		want []string
	}{
		{"all by date", dyad.EventFilter{}, []string{"c2", "c1", "a1", "b1", "b2", "a2"}},
		{"dyad either order", dyad.EventFilter{Dyad: [2]string{"PAK", "RUS"}}, []string{"c1", "a1", "b1", "b2", "a2"}},
		{"actor country", dyad.EventFilter{Actor: "SUN"}, []string{"c2"}},
		{"actor full code", dyad.EventFilter{Actor: "PAKGOV"}, []string{"a1", "b1"}},
		{"from to inclusive", dyad.EventFilter{From: from, To: to}, []string{"a1", "b1", "b2"}},
		{"code prefix", dyad.EventFilter{CodePrefix: "04"}, []string{"c1", "a1", "b1"}},
		{"code prefix 19", dyad.EventFilter{CodePrefix: "19"}, []string{"c2"}},
		{"code full", dyad.EventFilter{CodePrefix: "043"}, []string{"b1"}},
		{"code prefix wildcard is literal", dyad.EventFilter{CodePrefix: "%"}, nil},
		{"code prefix last byte 0xff", dyad.EventFilter{CodePrefix: "0\xff"}, nil},
		{"modality", dyad.EventFilter{Modality: dyad.Planned}, []string{"a2"}},
		{"limit", dyad.EventFilter{Limit: 2}, []string{"c2", "c1"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := eventIDs(t, s, tc.f); !slices.Equal(got, tc.want) {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}

func testFactsAndDocuments(t *testing.T, s dyad.Store) {
	putAll(t, s)
	fs, err := s.Facts(context.Background(), dyad.FactFilter{Actor: "PAK", Indicator: "bilateral_trade"})
	if err != nil {
		t.Fatal(err)
	}
	if len(fs) != 1 || fs[0].Value != 5.4e8 || fs[0].DocID != "c" || fs[0].ID == "" || fs[0].Period.Value != "2018" {
		t.Errorf("facts = %+v, want the 2018 trade figure from c", fs)
	}
	if fs, _ := s.Facts(context.Background(), dyad.FactFilter{Actor: "IND"}); len(fs) != 0 {
		t.Errorf("facts for IND = %+v, want none", fs)
	}
	docs, err := s.Documents(context.Background(), dyad.DocumentFilter{Limit: 2})
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 || docs[0].ID != "a" || docs[1].ID != "b" {
		t.Fatalf("documents = %+v, want a and b", docs)
	}
	d := docs[1]
	if d.Events != 2 || d.Facts != 0 || d.URL != "https://dawn.com/news/b" || d.CodingMeta != meta1 || d.StoredAt.IsZero() {
		t.Errorf("document b = %+v", d)
	}
	st, err := s.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if st.Facts != 1 || st.Clusters != 3 || !st.FirstEvent.Equal(dyad.Year(1988).Begin) || !st.LastEvent.Equal(dyad.Year(2020).Begin) {
		t.Errorf("stats = %+v", st)
	}
}

func testStoredDocuments(t *testing.T, s dyad.Store) {
	putAll(t, s)
	var ids []string
	err := s.StoredDocuments(context.Background(), func(doc *dyad.Document, meta dyad.CodingMeta) error {
		ids = append(ids, doc.ID)
		if doc.Text == "" || len(doc.Sentences) != 2 || meta != meta1 || len(doc.Events) != 0 {
			t.Errorf("%s: text %q, %d sentences, meta %+v, %d events", doc.ID, doc.Text, len(doc.Sentences), meta, len(doc.Events))
		}
		// Recoding from inside the walk must work.
		_, err := s.PutDocument(context.Background(), doc, dyad.CodingMeta{CoderVersion: "test-2"})
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(ids, []string{"a", "b", "c"}) {
		t.Errorf("walked %v, want [a b c]", ids)
	}
	stop := errors.New("stop")
	if err := s.StoredDocuments(context.Background(), func(*dyad.Document, dyad.CodingMeta) error { return stop }); !errors.Is(err, stop) {
		t.Errorf("error from fn = %v, want it returned", err)
	}
}

func testAtomic(t *testing.T, s dyad.Store) {
	putAll(t, s)
	before, _ := s.Stats(context.Background())
	bad := article("x", "", day("2019-05-01"), "Russia met Pakistan. India met Pakistan.",
		ev{id: "x1", src: "IND", tgt: "PAK", code: "040", quad: 1, verb: "India met", date: day("2019-05-01")},
		ev{id: "a1", src: "RUS", tgt: "PAK", code: "040", quad: 1, verb: "Russia met", date: day("2019-05-01")})
	if _, err := s.PutDocument(context.Background(), bad, meta1); err == nil {
		t.Fatal("put with an event ID that another document owns: no error")
	}
	after, _ := s.Stats(context.Background())
	if after != before {
		t.Errorf("failed put changed the store: %+v, was %+v", after, before)
	}
	if got := timeline(t, s, dyad.TimelineQuery{A: []string{"IND"}, B: []string{"PAK"}}); len(got) != 0 {
		t.Errorf("failed put left a timeline: %q", got)
	}
	if _, err := s.PutDocument(context.Background(), &dyad.Document{Text: "x"}, meta1); err == nil {
		t.Error("put without an ID: no error")
	}
}

func testLongDocument(t *testing.T, s dyad.Store) {
	var b strings.Builder
	for i := range 150 {
		fmt.Fprintf(&b, "Sentence %d says little. ", i)
	}
	b.WriteString("India met Pakistan.")
	doc := article("long", "", day("2020-01-01"), b.String(),
		ev{src: "IND", tgt: "PAK", code: "040", quad: 1, verb: "met", date: day("2020-01-01")})
	res := put(t, s, doc, meta1)
	if len(res.EventsAdded) != 1 {
		t.Fatalf("put = %+v", res)
	}
	e, got, err := s.Event(context.Background(), res.EventsAdded[0])
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Sentences) != 151 || e.Sentence != 150 {
		t.Fatalf("%d sentences, event in %d; want 151 and 150", len(got.Sentences), e.Sentence)
	}
	for i, sn := range got.Sentences {
		if sn != doc.Sentences[i] {
			t.Errorf("sentence %d = %+v, want %+v", i, sn, doc.Sentences[i])
		}
	}
	if e.ID != dyad.StableEventID("long", &doc.Events[0]) {
		t.Errorf("event ID %s, want StableEventID %s", e.ID, dyad.StableEventID("long", &doc.Events[0]))
	}
}

// testQuadFromRoot puts an event whose coder left the quad class 0: the
// timeline files it under its root's quad, and a recode takes it out again.
func testQuadFromRoot(t *testing.T, s dyad.Store) {
	doc := article("q", "", day("2020-06-16"), "Indian and Chinese troops clashed.",
		ev{src: "IND", tgt: "CHN", code: "190", goldstein: -10, verb: "clashed"})
	put(t, s, doc, meta1)
	q := dyad.TimelineQuery{A: []string{"CHN"}, B: []string{"IND"}}
	want := []string{"2020-06 events=[0 0 0 1] mentions=[0 0 0 1] gold=-10.00 net=-1 not=0"}
	if got := timeline(t, s, q); !slices.Equal(got, want) {
		t.Errorf("timeline:\ngot  %q\nwant %q", got, want)
	}
	doc.Events = nil
	put(t, s, doc, dyad.CodingMeta{CoderVersion: "test-1", DictFingerprint: "dict-B"})
	if got := timeline(t, s, q); len(got) != 0 {
		t.Errorf("timeline after the event was recoded away: %q", got)
	}
	if cs := clusterStrings(t, s, dyad.ClusterFilter{}); len(cs) != 0 {
		t.Errorf("clusters left: %q", cs)
	}
}

// testSidesShareCode asks for a timeline whose sides overlap: an event
// inside the overlap is counted once, not once per direction.
func testSidesShareCode(t *testing.T, s dyad.Store) {
	doc := article("dom", "", day("2021-02-01"), "The Pakistani army clashed with Pakistani militants. Russia met Pakistan.",
		ev{src: "PAKMIL", tgt: "PAKREB", code: "190", quad: 4, goldstein: -10, verb: "clashed"},
		ev{src: "RUS", tgt: "PAK", code: "040", quad: 1, goldstein: 1, verb: "met"})
	put(t, s, doc, meta1)
	tests := []struct {
		name string
		a, b []string
		want string
	}{
		{"same code", []string{"PAK"}, []string{"PAK"}, "2021-02 events=[0 0 0 1] mentions=[0 0 0 1] gold=-10.00 net=-1 not=0"},
		{"overlapping lists", []string{"RUS", "PAK"}, []string{"PAK"}, "2021-02 events=[1 0 0 1] mentions=[1 0 0 1] gold=-4.50 net=0 not=0"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := timeline(t, s, dyad.TimelineQuery{A: tc.a, B: tc.b})
			if len(got) != 1 || got[0] != tc.want {
				t.Errorf("timeline:\ngot  %q\nwant %q", got, tc.want)
			}
		})
	}
}

// testConcurrentPuts stores forty retellings of one meeting from four
// goroutines at once: they must end in one cluster, with every mention
// counted once, and no put may fail.
func testConcurrentPuts(t *testing.T, s dyad.Store) {
	const workers, each = 4, 10
	var wg sync.WaitGroup
	errs := make(chan error, workers*each)
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range each {
				n := w*each + i
				// The retellings date the meeting by day, by month or
				// only by the report, and list the two events in either
				// order, so that racing writers would make different
				// clusters or lock rollup rows in opposite orders.
				dates := []dyad.Date{day("2019-03-03"), {}, dyad.Month(2019, time.March)}
				evs := []ev{{src: "RUS", tgt: "PAK", code: "040", quad: 1, goldstein: 1, verb: "met", date: dates[n%3]},
					{src: "PAK", tgt: "RUS", code: "036", quad: 1, goldstein: 4, verb: "agreed to meet", date: dates[(n+1)%3]}}
				if n%2 == 1 {
					evs[0], evs[1] = evs[1], evs[0]
				}
				doc := article(fmt.Sprintf("r%02d", n), fmt.Sprintf("https://outlet%d.example/%d", n%5, n), day("2019-03-04"),
					"Russian and Pakistani officials met in Islamabad. They agreed to meet again.", evs...)
				if _, err := s.PutDocument(context.Background(), doc, meta1); err != nil {
					errs <- err
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	want := []string{
		"03 PAK-RUS sym=true 2019-03-03 rep=" + repOf(t, s, "03") + " mentions=40 articles=40 sources=5",
		"04 RUS-PAK sym=true 2019-03-03 rep=" + repOf(t, s, "04") + " mentions=40 articles=40 sources=5",
	}
	got := clusterStrings(t, s, dyad.ClusterFilter{})
	slices.Sort(got)
	if !slices.Equal(got, want) {
		t.Errorf("clusters:\ngot  %q\nwant %q", got, want)
	}
	wantTL := []string{"2019-03 events=[2 0 0 0] mentions=[80 0 0 0] gold=2.50 net=2 not=0"}
	if got := timeline(t, s, dyad.TimelineQuery{A: []string{"RUS"}, B: []string{"PAK"}}); !slices.Equal(got, wantTL) {
		t.Errorf("timeline:\ngot  %q\nwant %q", got, wantTL)
	}
}

// repOf returns the representative of the only cluster with root.
func repOf(t *testing.T, s dyad.Store, root string) string {
	t.Helper()
	cs, err := s.Clusters(context.Background(), dyad.ClusterFilter{Root: root})
	if err != nil || len(cs) == 0 {
		t.Fatalf("clusters with root %s: %d, %v", root, len(cs), err)
	}
	return cs[0].Representative
}
