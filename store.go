package dyad

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"time"
)

// Store keeps coded documents with their sentences, events and facts, and
// answers the questions the CLI and API ask of them. The sqlite and postgres
// packages implement it; storetest is the suite both pass.
//
// PutDocument commits one document per transaction, so an interrupted batch
// loses nothing it reported as stored.
type Store interface {
	// PutDocument stores doc with its sentences, events and facts in one
	// transaction. Identical content and meta is a no-op (Unchanged); new
	// content under a known ID is a new version; the same content with
	// different meta replaces the events (Recoded). Events without an ID
	// get StableEventID; facts likewise get a derived ID.
	PutDocument(ctx context.Context, doc *Document, meta CodingMeta) (PutResult, error)
	// StoredDocuments calls fn with the latest version of every stored
	// document (metadata, Text and Sentences; no events) and the meta it
	// was coded with, in ID order. It is what recode walks.
	StoredDocuments(ctx context.Context, fn func(doc *Document, meta CodingMeta) error) error

	Documents(ctx context.Context, f DocumentFilter) ([]DocumentInfo, error)
	Events(ctx context.Context, f EventFilter) ([]StoredEvent, error)
	// Event returns one event and its document (Text and Sentences filled),
	// or an error wrapping ErrNotFound.
	Event(ctx context.Context, id string) (StoredEvent, *Document, error)
	Timeline(ctx context.Context, q TimelineQuery) ([]TimelineBucket, error)
	Clusters(ctx context.Context, f ClusterFilter) ([]Cluster, error)
	Facts(ctx context.Context, f FactFilter) ([]Fact, error)
	Stats(ctx context.Context) (StoreStats, error)
	Close() error
}

// ErrNotFound is wrapped by store lookups that find nothing.
var ErrNotFound = errors.New("not found")

// CodingMeta records what coded a document, so results are reproducible.
type CodingMeta struct {
	CoderVersion    string
	DictFingerprint string // hash of the dictionaries the coder loaded
}

// PutStatus says what PutDocument did.
type PutStatus string

// Put statuses.
const (
	New        PutStatus = "new"         // first time this document ID was stored
	Unchanged  PutStatus = "unchanged"   // same content, same coding meta: nothing written
	NewVersion PutStatus = "new_version" // content changed: version+1, layers replaced
	Recoded    PutStatus = "recoded"     // same content, new coding meta: events replaced
)

// PutResult reports one PutDocument. EventsAdded and EventsRemoved are the
// event IDs that differ from what was stored before (all events for New,
// none for Unchanged).
type PutResult struct {
	Status        PutStatus
	DocID         string
	Version       int
	Events, Facts int // stored for this document after the put
	EventsAdded   []string
	EventsRemoved []string
}

// ContentHash is the hex SHA-256 of a document's text, the key that makes
// re-ingest idempotent.
func ContentHash(text string) string {
	h := sha256.Sum256([]byte(text))
	return hex.EncodeToString(h[:])
}

// StableEventID derives an event ID from what the event says and where, so
// recoding the same text with the same dictionaries yields the same IDs and
// a recode diff lists only real changes.
func StableEventID(docID string, e *Event) string {
	h := sha256.Sum256(fmt.Appendf(nil, "%s\x00%d\x00%d:%d\x00%s\x00%s\x00%s\x00%s\x00%s",
		docID, e.Sentence, e.Verb.Start, e.Verb.End, e.Code, e.Source.Code, e.Target.Code, e.Modality, e.Date.Value))
	return "ev-" + hex.EncodeToString(h[:8])
}

// StoredEvent is an event as the store returns it: the coded event plus
// its cluster and the meta that coded it.
type StoredEvent struct {
	Event
	ClusterID string `json:",omitempty"` // "" for events that did not happen or lack a dyad
	CodingMeta
}

// EventFilter selects events. Zero fields select everything; Limit 0 means
// no limit. Dates compare with the event's own date (Date.Begin).
type EventFilter struct {
	Dyad       [2]string // country codes; either direction
	Actor      string    // country or full actor code on either side
	From, To   time.Time // From inclusive, To inclusive (by day)
	CodePrefix string    // CAMEO code prefix, e.g. "04"
	Modality   Modality
	DocID      string
	ClusterID  string
	Limit      int
}

// TimelineQuery asks for the history of a dyad. A and B are country codes;
// each side may list several (a state and its predecessors, e.g. RUS and
// SUN), and events in either direction count.
type TimelineQuery struct {
	A, B []string
	By   string // "month" (default) or "year"
}

// TimelineBucket is one period of a dyad timeline, by event date. Only events
// whose modality Happened are counted; planned, negated and hypothetical
// mentions are reported in NotHappened alone.
type TimelineBucket struct {
	Period string // "2019" or "2019-03"
	// Events counts real-world events (dedup clusters) by quad class 1..4,
	// each in the period of its first mention; index 0 is unused.
	Events [5]int
	// Mentions counts event mentions by quad class: the mention-weighted
	// counts.
	Mentions       [5]int
	MeanGoldstein  float64 // over mentions
	NetCooperation int     // (Events[1]+Events[2]) - (Events[3]+Events[4])
	NotHappened    int
}

// Cluster is one real-world event and the mentions that report it.
type Cluster struct {
	ID             string
	Source, Target string // country codes, as first mentioned
	Root           string // CAMEO root code
	Symmetric      bool   // the root's events have no direction
	Date           Date   // the representative's date
	Representative string // event ID of the best-dated mention
	Mentions       int
	Articles       int // distinct documents
	Sources        int // distinct sources (URL host or reader source)
}

// ClusterFilter selects clusters; Limit 0 means no limit.
type ClusterFilter struct {
	Dyad        [2]string
	Root        string
	MinArticles int
	Limit       int
}

// DocumentFilter selects stored documents; Limit 0 means no limit.
type DocumentFilter struct {
	Source string // exact reader source
	Limit  int
}

// DocumentInfo describes a stored document without its text.
type DocumentInfo struct {
	ID, Source, URL, Title, Author string
	Published                      Date
	Version                        int
	ContentHash                    string
	CodingMeta
	Events, Facts int
	StoredAt      time.Time
}

// FactFilter selects facts; Limit 0 means no limit.
type FactFilter struct {
	Actor     string // country code among the fact's actors
	Indicator string
	Limit     int
}

// StoreStats summarises a store.
type StoreStats struct {
	Documents, Versions, Sentences, Events, Facts, Clusters int
	FirstEvent, LastEvent                                   time.Time // by event date; zero when empty
}
