package sqlstore

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/dyadproject/dyad"
)

// where accumulates conditions and their arguments.
type where struct {
	conds []string
	args  []any
}

func (w *where) add(cond string, args ...any) {
	w.conds = append(w.conds, cond)
	w.args = append(w.args, args...)
}

func (w *where) String() string {
	if len(w.conds) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(w.conds, " AND ")
}

func (w *where) limit(n int) string {
	if n <= 0 {
		return ""
	}
	w.args = append(w.args, n)
	return " LIMIT ?"
}

// Events implements dyad.Store.
func (s *Store) Events(ctx context.Context, f dyad.EventFilter) ([]dyad.StoredEvent, error) {
	var w where
	if f.Dyad[0] != "" || f.Dyad[1] != "" {
		a, b := f.Dyad[0], f.Dyad[1]
		w.add(`((src_country = ? AND tgt_country = ?) OR (src_country = ? AND tgt_country = ?))`, a, b, b, a)
	}
	if f.Actor != "" {
		// Each side is matched through its country column, so the
		// (src_country, ...) and (tgt_country, ...) indexes serve it.
		if c := dyad.Country(f.Actor); c == f.Actor {
			w.add(`(src_country = ? OR tgt_country = ?)`, c, c)
		} else {
			w.add(`((src_country = ? AND src_code = ?) OR (tgt_country = ? AND tgt_code = ?))`, c, f.Actor, c, f.Actor)
		}
	}
	if !f.From.IsZero() {
		w.add(`date_begin >= ?`, s.d.day(f.From))
	}
	if !f.To.IsZero() {
		w.add(`date_begin < ?`, s.d.day(f.To.AddDate(0, 0, 1)))
	}
	if f.CodePrefix != "" {
		// A prefix is the range [p, p with its last byte incremented).
		// CAMEO codes are ASCII; anything else is compared as text.
		p := strings.ToValidUTF8(f.CodePrefix, "\uFFFD")
		if hi := []byte(p); isASCII(p) && hi[len(hi)-1] < 0x7f {
			hi[len(hi)-1]++
			w.add(`code >= ? AND code < ?`, p, string(hi))
		} else {
			w.add(`substr(code, 1, ?) = ?`, utf8.RuneCountInString(p), p)
		}
	}
	if f.Modality != "" {
		w.add(`modality = ?`, string(f.Modality))
	}
	if f.DocID != "" {
		w.add(`doc_id = ?`, f.DocID)
	}
	if f.ClusterID != "" {
		w.add(`cluster_id = ?`, f.ClusterID)
	}
	q := `SELECT body, cluster_id, coder_version, dict_fingerprint FROM events` + w.String() +
		` ORDER BY date_begin` + s.d.nullsFirst() + `, id` + w.limit(f.Limit)
	rows, err := s.db.Query(ctx, q, w.args...)
	if err != nil {
		return nil, fmt.Errorf("events: %w", err)
	}
	defer rows.Close()
	var out []dyad.StoredEvent
	for rows.Next() {
		e, err := scanEvent(rows)
		if err != nil {
			return nil, fmt.Errorf("events: %w", err)
		}
		out = append(out, e)
	}
	return out, rows.Err()
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func scanEvent(r Row) (dyad.StoredEvent, error) {
	var e dyad.StoredEvent
	var body string
	var cl *string
	if err := r.Scan(&body, &cl, &e.CoderVersion, &e.DictFingerprint); err != nil {
		return e, err
	}
	if cl != nil {
		e.ClusterID = *cl
	}
	if err := json.Unmarshal([]byte(body), &e.Event); err != nil {
		return e, fmt.Errorf("event body: %w", err)
	}
	return e, nil
}

// Event implements dyad.Store.
func (s *Store) Event(ctx context.Context, id string) (dyad.StoredEvent, *dyad.Document, error) {
	e, err := scanEvent(s.db.QueryRow(ctx, `SELECT body, cluster_id, coder_version, dict_fingerprint
		FROM events WHERE id = ?`, id))
	if errors.Is(err, ErrNoRows) {
		return e, nil, fmt.Errorf("event %s: %w", id, dyad.ErrNotFound)
	}
	if err != nil {
		return e, nil, fmt.Errorf("event %s: %w", id, err)
	}
	doc, _, err := s.document(ctx, s.db, e.DocID)
	if err != nil {
		return e, nil, fmt.Errorf("event %s: %w", id, err)
	}
	return e, doc, nil
}

// document loads a stored document with its Text and Sentences.
func (s *Store) document(ctx context.Context, q Querier, id string) (*dyad.Document, dyad.CodingMeta, error) {
	var doc dyad.Document
	var meta dyad.CodingMeta
	var pub, metaJSON string
	err := q.QueryRow(ctx, `SELECT id, source, url, title, author, published, published_by, meta, text,
		coder_version, dict_fingerprint FROM documents WHERE id = ?`, id).Scan(
		&doc.ID, &doc.Source, &doc.URL, &doc.Title, &doc.Author, &pub, &doc.PublishedBy, &metaJSON, &doc.Text,
		&meta.CoderVersion, &meta.DictFingerprint)
	if errors.Is(err, ErrNoRows) {
		return nil, meta, fmt.Errorf("document %s: %w", id, dyad.ErrNotFound)
	}
	if err != nil {
		return nil, meta, fmt.Errorf("document %s: %w", id, err)
	}
	if err := json.Unmarshal([]byte(pub), &doc.Published); err != nil {
		return nil, meta, fmt.Errorf("document %s: published: %w", id, err)
	}
	if err := json.Unmarshal([]byte(metaJSON), &doc.Meta); err != nil {
		return nil, meta, fmt.Errorf("document %s: meta: %w", id, err)
	}
	rows, err := q.Query(ctx, `SELECT start_byte, end_byte, first_token, end_token, paragraph
		FROM sentences WHERE doc_id = ? ORDER BY idx`, id)
	if err != nil {
		return nil, meta, fmt.Errorf("document %s: sentences: %w", id, err)
	}
	defer rows.Close()
	for rows.Next() {
		var sn dyad.Sentence
		if err := rows.Scan(&sn.Start, &sn.End, &sn.FirstToken, &sn.EndToken, &sn.Paragraph); err != nil {
			return nil, meta, fmt.Errorf("document %s: sentences: %w", id, err)
		}
		doc.Sentences = append(doc.Sentences, sn)
	}
	return &doc, meta, rows.Err()
}

// StoredDocuments implements dyad.Store. It pages by ID, holding no cursor
// while fn runs, so fn may put documents back.
func (s *Store) StoredDocuments(ctx context.Context, fn func(*dyad.Document, dyad.CodingMeta) error) error {
	last := ""
	for {
		rows, err := s.db.Query(ctx, `SELECT id FROM documents WHERE id > ? ORDER BY id LIMIT 100`, last)
		if err != nil {
			return fmt.Errorf("stored documents: %w", err)
		}
		var ids []string
		for rows.Next() {
			var id string
			if err := rows.Scan(&id); err != nil {
				rows.Close()
				return fmt.Errorf("stored documents: %w", err)
			}
			ids = append(ids, id)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return fmt.Errorf("stored documents: %w", err)
		}
		if len(ids) == 0 {
			return nil
		}
		for _, id := range ids {
			doc, meta, err := s.document(ctx, s.db, id)
			if err != nil {
				return err
			}
			if err := fn(doc, meta); err != nil {
				return err
			}
		}
		last = ids[len(ids)-1]
	}
}

// Documents implements dyad.Store.
func (s *Store) Documents(ctx context.Context, f dyad.DocumentFilter) ([]dyad.DocumentInfo, error) {
	var w where
	if f.Source != "" {
		w.add(`source = ?`, f.Source)
	}
	q := `SELECT id, source, url, title, author, published, version, content_hash, coder_version,
		dict_fingerprint, n_events, n_facts, stored_at FROM documents` + w.String() + ` ORDER BY id` + w.limit(f.Limit)
	rows, err := s.db.Query(ctx, q, w.args...)
	if err != nil {
		return nil, fmt.Errorf("documents: %w", err)
	}
	defer rows.Close()
	var out []dyad.DocumentInfo
	for rows.Next() {
		var d dyad.DocumentInfo
		var pub string
		var at dbTime
		if err := rows.Scan(&d.ID, &d.Source, &d.URL, &d.Title, &d.Author, &pub, &d.Version, &d.ContentHash,
			&d.CoderVersion, &d.DictFingerprint, &d.Events, &d.Facts, &at); err != nil {
			return nil, fmt.Errorf("documents: %w", err)
		}
		if err := json.Unmarshal([]byte(pub), &d.Published); err != nil {
			return nil, fmt.Errorf("document %s: published: %w", d.ID, err)
		}
		d.StoredAt = at.t
		out = append(out, d)
	}
	return out, rows.Err()
}

// Timeline implements dyad.Store. It reads the rollup table only.
func (s *Store) Timeline(ctx context.Context, q dyad.TimelineQuery) ([]dyad.TimelineBucket, error) {
	if len(q.A) == 0 || len(q.B) == 0 {
		return nil, errors.New("timeline: need both sides of the dyad")
	}
	byYear := false
	switch q.By {
	case "", "month":
	case "year":
		byYear = true
	default:
		return nil, fmt.Errorf("timeline: by %q: want month or year", q.By)
	}
	in := func(xs []string) string { return strings.TrimSuffix(strings.Repeat("?, ", len(xs)), ", ") }
	var args []any
	add := func(xs ...[]string) {
		for _, x := range xs {
			for _, c := range x {
				args = append(args, c)
			}
		}
	}
	// Two range scans of the rollup key, one per direction, rather than an
	// OR: PostgreSQL can then answer each from its covering index without
	// touching the heap. The second leaves out rows the first counted,
	// which happens when the sides share a code.
	add(q.A, q.B, q.B, q.A, q.A, q.B)
	sql := `SELECT ym, quad, SUM(mentions), SUM(events), SUM(goldstein) FROM (
		SELECT ym, quad, mentions, events, goldstein FROM rollup
		WHERE src IN (` + in(q.A) + `) AND tgt IN (` + in(q.B) + `)
		UNION ALL
		SELECT ym, quad, mentions, events, goldstein FROM rollup
		WHERE src IN (` + in(q.B) + `) AND tgt IN (` + in(q.A) + `)
		AND NOT (src IN (` + in(q.A) + `) AND tgt IN (` + in(q.B) + `))
	) r GROUP BY ym, quad ORDER BY ym, quad`
	rows, err := s.db.Query(ctx, sql, args...)
	if err != nil {
		return nil, fmt.Errorf("timeline: %w", err)
	}
	defer rows.Close()
	var out []dyad.TimelineBucket
	var gsum []float64
	for rows.Next() {
		var period, quad, mentions, events int
		var g float64
		if err := rows.Scan(&period, &quad, &mentions, &events, &g); err != nil {
			return nil, fmt.Errorf("timeline: %w", err)
		}
		if mentions == 0 && events == 0 {
			continue
		}
		name := fmt.Sprintf("%04d-%02d", period/100, period%100)
		if byYear {
			name = fmt.Sprintf("%04d", period/100)
		}
		if len(out) == 0 || out[len(out)-1].Period != name {
			out = append(out, dyad.TimelineBucket{Period: name})
			gsum = append(gsum, 0)
		}
		b := &out[len(out)-1]
		if quad < 1 || quad > 4 {
			b.NotHappened += mentions
			continue
		}
		b.Events[quad] += events
		b.Mentions[quad] += mentions
		gsum[len(gsum)-1] += g
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("timeline: %w", err)
	}
	for i := range out {
		b := &out[i]
		if n := b.Mentions[1] + b.Mentions[2] + b.Mentions[3] + b.Mentions[4]; n > 0 {
			b.MeanGoldstein = gsum[i] / float64(n)
		}
		b.NetCooperation = b.Events[1] + b.Events[2] - b.Events[3] - b.Events[4]
	}
	return out, nil
}

// Clusters implements dyad.Store.
func (s *Store) Clusters(ctx context.Context, f dyad.ClusterFilter) ([]dyad.Cluster, error) {
	var w where
	if f.Dyad[0] != "" || f.Dyad[1] != "" {
		a, b := f.Dyad[0], f.Dyad[1]
		w.add(`((src_country = ? AND tgt_country = ?) OR (src_country = ? AND tgt_country = ?))`, a, b, b, a)
	}
	if f.Root != "" {
		w.add(`root = ?`, f.Root)
	}
	if f.MinArticles > 0 {
		w.add(`articles >= ?`, f.MinArticles)
	}
	q := `SELECT id, src_country, tgt_country, root, sym, rep_event, rep_date, mentions, articles, sources
		FROM clusters` + w.String() + ` ORDER BY rep_begin, id` + w.limit(f.Limit)
	rows, err := s.db.Query(ctx, q, w.args...)
	if err != nil {
		return nil, fmt.Errorf("clusters: %w", err)
	}
	defer rows.Close()
	var out []dyad.Cluster
	for rows.Next() {
		var c dyad.Cluster
		var rep string
		if err := rows.Scan(&c.ID, &c.Source, &c.Target, &c.Root, &c.Symmetric, &c.Representative, &rep,
			&c.Mentions, &c.Articles, &c.Sources); err != nil {
			return nil, fmt.Errorf("clusters: %w", err)
		}
		if err := json.Unmarshal([]byte(rep), &c.Date); err != nil {
			return nil, fmt.Errorf("cluster %s: %w", c.ID, err)
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// Facts implements dyad.Store.
func (s *Store) Facts(ctx context.Context, f dyad.FactFilter) ([]dyad.Fact, error) {
	var w where
	if f.Actor != "" {
		w.add(`(actor1 = ? OR actor2 = ?)`, f.Actor, f.Actor)
	}
	if f.Indicator != "" {
		w.add(`indicator = ?`, f.Indicator)
	}
	q := `SELECT body FROM facts` + w.String() + ` ORDER BY period_begin` + s.d.nullsFirst() + `, doc_id, id` + w.limit(f.Limit)
	rows, err := s.db.Query(ctx, q, w.args...)
	if err != nil {
		return nil, fmt.Errorf("facts: %w", err)
	}
	defer rows.Close()
	var out []dyad.Fact
	for rows.Next() {
		var body string
		if err := rows.Scan(&body); err != nil {
			return nil, fmt.Errorf("facts: %w", err)
		}
		var f dyad.Fact
		if err := json.Unmarshal([]byte(body), &f); err != nil {
			return nil, fmt.Errorf("fact body: %w", err)
		}
		out = append(out, f)
	}
	return out, rows.Err()
}

// Stats implements dyad.Store.
func (s *Store) Stats(ctx context.Context) (dyad.StoreStats, error) {
	var st dyad.StoreStats
	var versions int
	var first, last dbTime
	err := s.db.QueryRow(ctx, `SELECT
		(SELECT COUNT(*) FROM documents), (SELECT COUNT(*) FROM document_versions),
		(SELECT COUNT(*) FROM sentences), (SELECT COUNT(*) FROM events),
		(SELECT COUNT(*) FROM facts), (SELECT COUNT(*) FROM clusters),
		(SELECT MIN(date_begin) FROM events), (SELECT MAX(date_begin) FROM events)`).Scan(
		&st.Documents, &versions, &st.Sentences, &st.Events, &st.Facts, &st.Clusters, &first, &last)
	if err != nil {
		return st, fmt.Errorf("stats: %w", err)
	}
	st.Versions = st.Documents + versions
	st.FirstEvent, st.LastEvent = first.t, last.t
	return st, nil
}

var _ dyad.Store = (*Store)(nil)
