package sqlstore

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/cluster"
)

// Store implements dyad.Store over a DB.
type Store struct {
	db   DB
	d    Dialect
	rule *cluster.Rule
	now  func() time.Time
}

// New returns a store over db, which must have the schema migrated.
func New(db DB, d Dialect) *Store {
	return &Store{db: db, d: d, rule: cluster.New(), now: time.Now}
}

// Close closes the pool.
func (s *Store) Close() error { return s.db.Close() }

// PutDocument implements dyad.Store.
func (s *Store) PutDocument(ctx context.Context, doc *dyad.Document, meta dyad.CodingMeta) (res dyad.PutResult, err error) {
	if doc.ID == "" {
		return res, errors.New("put document: empty ID")
	}
	res.DocID = doc.ID
	hash := dyad.ContentHash(doc.Text)
	tx, err := s.db.Begin(ctx)
	if err != nil {
		return res, fmt.Errorf("put %s: begin: %w", doc.ID, err)
	}
	defer func() {
		if err != nil {
			tx.Rollback(ctx)
			err = fmt.Errorf("put %s: %w", doc.ID, err)
		}
	}()
	if s.d.WriteLock != "" {
		if _, err = tx.Exec(ctx, s.d.WriteLock); err != nil {
			return res, fmt.Errorf("write lock: %w", err)
		}
	}

	var old struct {
		version       int
		hash, cv, df  string
		events, facts int
	}
	err = tx.QueryRow(ctx, `SELECT version, content_hash, coder_version, dict_fingerprint, n_events, n_facts
		FROM documents WHERE id = ?`, doc.ID).Scan(&old.version, &old.hash, &old.cv, &old.df, &old.events, &old.facts)
	switch {
	case errors.Is(err, ErrNoRows):
		res.Status, res.Version = dyad.New, 1
	case err != nil:
		return res, err
	case old.hash == hash && old.cv == meta.CoderVersion && old.df == meta.DictFingerprint:
		res.Status, res.Version, res.Events, res.Facts = dyad.Unchanged, old.version, old.events, old.facts
		return res, tx.Rollback(ctx)
	case old.hash == hash:
		res.Status, res.Version = dyad.Recoded, old.version
	default:
		res.Status, res.Version = dyad.NewVersion, old.version+1
		if _, err = tx.Exec(ctx, `INSERT INTO document_versions
			(doc_id, version, content_hash, text, coder_version, dict_fingerprint, stored_at)
			SELECT id, version, content_hash, text, coder_version, dict_fingerprint, stored_at
			FROM documents WHERE id = ?`, doc.ID); err != nil {
			return res, fmt.Errorf("keep version %d: %w", old.version, err)
		}
	}
	err = nil

	var removed []string
	if res.Status != dyad.New {
		if removed, err = s.deleteLayers(ctx, tx, doc.ID); err != nil {
			return res, err
		}
	}
	events := eventsToStore(doc)
	facts := factsToStore(doc)
	if err = s.putDocumentRow(ctx, tx, doc, meta, hash, res.Version, len(events), len(facts)); err != nil {
		return res, err
	}
	if err = putSentences(ctx, tx, doc); err != nil {
		return res, err
	}
	host := cluster.SourceOf(doc.URL, doc.Source)
	for i := range events {
		if err = s.putEvent(ctx, tx, &events[i], host, meta); err != nil {
			return res, fmt.Errorf("event %s: %w", events[i].ID, err)
		}
	}
	for i := range facts {
		if err = s.putFact(ctx, tx, &facts[i]); err != nil {
			return res, fmt.Errorf("fact %s: %w", facts[i].ID, err)
		}
	}
	if err = tx.Commit(ctx); err != nil {
		return res, fmt.Errorf("commit: %w", err)
	}
	res.Events, res.Facts = len(events), len(facts)
	res.EventsAdded, res.EventsRemoved = diff(events, removed)
	return res, nil
}

// putSentences inserts the sentences many rows per statement, saving a
// round trip per sentence.
func putSentences(ctx context.Context, tx Tx, doc *dyad.Document) error {
	const chunk = 64
	for lo := 0; lo < len(doc.Sentences); lo += chunk {
		hi := min(lo+chunk, len(doc.Sentences))
		var b strings.Builder
		b.WriteString(`INSERT INTO sentences (doc_id, idx, start_byte, end_byte, first_token, end_token, paragraph) VALUES `)
		args := make([]any, 0, 7*(hi-lo))
		for i := lo; i < hi; i++ {
			if i > lo {
				b.WriteString(", ")
			}
			b.WriteString("(?, ?, ?, ?, ?, ?, ?)")
			sn := doc.Sentences[i]
			args = append(args, doc.ID, i, sn.Start, sn.End, sn.FirstToken, sn.EndToken, sn.Paragraph)
		}
		if _, err := tx.Exec(ctx, b.String(), args...); err != nil {
			return fmt.Errorf("sentences %d-%d: %w", lo, hi-1, err)
		}
	}
	return nil
}

// eventsToStore copies the document's events with IDs, DocID and DocDate
// filled, making IDs unique within the document.
func eventsToStore(doc *dyad.Document) []dyad.Event {
	out := make([]dyad.Event, len(doc.Events))
	seen := map[string]int{}
	for i, e := range doc.Events {
		e.DocID = doc.ID
		if e.ID == "" {
			e.ID = dyad.StableEventID(doc.ID, &e)
		}
		if n := seen[e.ID]; n > 0 {
			seen[e.ID]++
			e.ID += "-" + strconv.Itoa(n+1)
		} else {
			seen[e.ID] = 1
		}
		if e.DocDate.IsZero() {
			e.DocDate = doc.Published
		}
		if e.Root == "" {
			e.Root = cluster.Root(e.Code)
		}
		out[i] = e
	}
	return out
}

func factsToStore(doc *dyad.Document) []dyad.Fact {
	out := make([]dyad.Fact, len(doc.Facts))
	for i, f := range doc.Facts {
		f.DocID = doc.ID
		if f.ID == "" {
			f.ID = fmt.Sprintf("f%d-%d-%d-%s", f.Sentence, f.Number.Start, f.Number.End, f.Indicator)
		}
		out[i] = f
	}
	return out
}

func diff(events []dyad.Event, removed []string) (added, gone []string) {
	old := map[string]bool{}
	for _, id := range removed {
		old[id] = true
	}
	now := map[string]bool{}
	for _, e := range events {
		now[e.ID] = true
		if !old[e.ID] {
			added = append(added, e.ID)
		}
	}
	for _, id := range removed {
		if !now[id] {
			gone = append(gone, id)
		}
	}
	return added, gone
}

func (s *Store) putDocumentRow(ctx context.Context, tx Tx, doc *dyad.Document, meta dyad.CodingMeta, hash string, version, nEvents, nFacts int) error {
	pub, err := json.Marshal(doc.Published)
	if err != nil {
		return err
	}
	m := doc.Meta
	if m == nil {
		m = map[string]string{}
	}
	metaJSON, err := json.Marshal(m)
	if err != nil {
		return err
	}
	_, err = tx.Exec(ctx, `INSERT INTO documents (id, version, content_hash, source, url, title, author,
		published, published_by, published_begin, meta, text, coder_version, dict_fingerprint,
		n_events, n_facts, stored_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (id) DO UPDATE SET version = excluded.version, content_hash = excluded.content_hash,
		source = excluded.source, url = excluded.url, title = excluded.title, author = excluded.author,
		published = excluded.published, published_by = excluded.published_by,
		published_begin = excluded.published_begin, meta = excluded.meta, text = excluded.text,
		coder_version = excluded.coder_version, dict_fingerprint = excluded.dict_fingerprint,
		n_events = excluded.n_events, n_facts = excluded.n_facts, stored_at = excluded.stored_at`,
		doc.ID, version, hash, doc.Source, doc.URL, doc.Title, doc.Author,
		string(pub), doc.PublishedBy, s.d.day(doc.Published.Begin), string(metaJSON), doc.Text,
		meta.CoderVersion, meta.DictFingerprint, nEvents, nFacts, s.d.timestamp(s.now()))
	if err != nil {
		return fmt.Errorf("document row: %w", err)
	}
	return nil
}

// eventDate is the date an event is filed under: its own, or the report's
// date at document precision when the text gave none.
func eventDate(e *dyad.Event) dyad.Date {
	if !e.Date.Begin.IsZero() {
		return e.Date
	}
	d := e.DocDate
	if !d.Begin.IsZero() {
		d.Precision = dyad.PrecDocument
	}
	return d
}

func countries(e *dyad.Event) (src, tgt string) {
	src, tgt = e.Source.Country, e.Target.Country
	if src == "" {
		src = dyad.Country(e.Source.Code)
	}
	if tgt == "" {
		tgt = dyad.Country(e.Target.Code)
	}
	return src, tgt
}

// quadOf returns the event's quad class, or the one CAMEO gives its root
// when the coder left it 0, so a happened event always lands in a quad.
func quadOf(e *dyad.Event) int {
	if e.QuadClass >= 1 && e.QuadClass <= 4 {
		return e.QuadClass
	}
	r, err := strconv.Atoi(cluster.Root(e.Code))
	switch {
	case err != nil || r < 1 || r > 20:
		return 0
	case r <= 5:
		return 1
	case r <= 8:
		return 2
	case r <= 13:
		return 3
	}
	return 4
}

func ym(t time.Time) int { return t.Year()*100 + int(t.Month()) }

func (s *Store) putEvent(ctx context.Context, tx Tx, e *dyad.Event, host string, meta dyad.CodingMeta) error {
	src, tgt := countries(e)
	date := eventDate(e)
	happened := e.Modality.Happened()
	var cl *clusterRow
	if happened && src != "" && tgt != "" && !date.Begin.IsZero() {
		var err error
		if cl, err = s.assign(ctx, tx, e, src, tgt, date); err != nil {
			return err
		}
	}
	body, err := json.Marshal(e)
	if err != nil {
		return err
	}
	var clusterID any
	if cl != nil {
		clusterID = cl.id
	}
	if _, err := tx.Exec(ctx, `INSERT INTO events (id, doc_id, sentence, src_code, src_country, tgt_code, tgt_country,
		code, root, quad, goldstein, modality, happened, date_begin, date_end, date_precision, doc_date_begin,
		cluster_id, host, coder_version, dict_fingerprint, body)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		e.ID, e.DocID, e.Sentence, e.Source.Code, src, e.Target.Code, tgt,
		e.Code, e.Root, quadOf(e), e.Goldstein, string(e.Modality), happened,
		s.d.day(date.Begin), s.d.dayCeil(date.End), string(date.Precision), s.d.day(e.DocDate.Begin),
		clusterID, host, meta.CoderVersion, meta.DictFingerprint, string(body)); err != nil {
		return err
	}
	if src != "" && tgt != "" && !date.Begin.IsZero() {
		quad, g := quadOf(e), e.Goldstein
		if !happened || quad == 0 {
			quad, g = 0, 0
		}
		newCluster := 0
		if cl != nil && cl.created {
			newCluster = 1 // its anchor is this event's row
		}
		if err := s.addRollup(ctx, tx, src, tgt, ym(date.Begin), quad, 1, newCluster, g); err != nil {
			return err
		}
	}
	if cl != nil {
		return s.joined(ctx, tx, cl, e, date)
	}
	return nil
}

func (s *Store) addRollup(ctx context.Context, tx Tx, src, tgt string, ym, quad, mentions, events int, g float64) error {
	_, err := tx.Exec(ctx, `INSERT INTO rollup (src, tgt, ym, quad, mentions, events, goldstein)
		VALUES (?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (src, tgt, ym, quad) DO UPDATE SET mentions = rollup.mentions + excluded.mentions,
		events = rollup.events + excluded.events, goldstein = rollup.goldstein + excluded.goldstein`,
		src, tgt, ym, quad, mentions, events, g)
	if err != nil {
		return fmt.Errorf("rollup: %w", err)
	}
	return nil
}

func (s *Store) putFact(ctx context.Context, tx Tx, f *dyad.Fact) error {
	body, err := json.Marshal(f)
	if err != nil {
		return err
	}
	var a1, a2 string
	if len(f.Actors) > 0 {
		a1 = f.Actors[0]
	}
	if len(f.Actors) > 1 {
		a2 = f.Actors[1]
	}
	_, err = tx.Exec(ctx, `INSERT INTO facts (doc_id, id, sentence, indicator, actor1, actor2, period_begin, value, body)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		f.DocID, f.ID, f.Sentence, f.Indicator, a1, a2, s.d.day(f.Period.Begin), f.Value, string(body))
	return err
}

// deleteLayers removes a document's sentences, events and facts, undoing
// their rollup and cluster contributions, and returns the removed event IDs.
func (s *Store) deleteLayers(ctx context.Context, tx Tx, docID string) ([]string, error) {
	rows, err := tx.Query(ctx, `SELECT id, cluster_id, src_country, tgt_country, quad, goldstein, happened, date_begin
		FROM events WHERE doc_id = ? ORDER BY id`, docID)
	if err != nil {
		return nil, fmt.Errorf("old events: %w", err)
	}
	type old struct {
		id, cluster, src, tgt string
		quad                  int
		g                     float64
		happened              bool
		begin                 dbTime
	}
	var olds []old
	for rows.Next() {
		var o old
		var cl *string
		if err := rows.Scan(&o.id, &cl, &o.src, &o.tgt, &o.quad, &o.g, &o.happened, &o.begin); err != nil {
			rows.Close()
			return nil, err
		}
		if cl != nil {
			o.cluster = *cl
		}
		olds = append(olds, o)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	var ids []string
	clusters := map[string]bool{}
	for _, o := range olds {
		ids = append(ids, o.id)
		if o.src != "" && o.tgt != "" && !o.begin.t.IsZero() {
			quad, g := o.quad, o.g
			if !o.happened || o.quad == 0 {
				quad, g = 0, 0
			}
			if err := s.addRollup(ctx, tx, o.src, o.tgt, ym(o.begin.t), quad, -1, 0, -g); err != nil {
				return nil, err
			}
		}
		if o.cluster != "" {
			clusters[o.cluster] = true
		}
	}
	for _, q := range []string{`DELETE FROM events WHERE doc_id = ?`, `DELETE FROM sentences WHERE doc_id = ?`,
		`DELETE FROM facts WHERE doc_id = ?`} {
		if _, err := tx.Exec(ctx, q, docID); err != nil {
			return nil, fmt.Errorf("delete old layers: %w", err)
		}
	}
	for _, o := range olds { // in event-ID order, so the work is deterministic
		if clusters[o.cluster] {
			delete(clusters, o.cluster)
			if err := s.refreshCluster(ctx, tx, o.cluster); err != nil {
				return nil, err
			}
		}
	}
	return ids, nil
}
