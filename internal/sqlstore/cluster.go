package sqlstore

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/cluster"
)

// clusterRow is the state of the cluster an event is joining.
type clusterRow struct {
	id      string
	rep     dyad.Date
	created bool
}

// assign finds or creates the cluster for an event, following package
// cluster's rule.
func (s *Store) assign(ctx context.Context, tx Tx, e *dyad.Event, src, tgt string, date dyad.Date) (*clusterRow, error) {
	key, sym := s.rule.Key(src, tgt, e.Code)
	wb, we := cluster.Window(date)
	rows, err := tx.Query(ctx, `SELECT id, rep_date FROM clusters
		WHERE ckey = ? AND rep_begin < ? AND rep_end > ? ORDER BY id`, key, s.d.dayCeil(we), s.d.day(wb))
	if err != nil {
		return nil, fmt.Errorf("cluster candidates: %w", err)
	}
	var cands []cluster.Candidate
	for rows.Next() {
		var c cluster.Candidate
		var rep string
		if err := rows.Scan(&c.ID, &rep); err != nil {
			rows.Close()
			return nil, err
		}
		if err := json.Unmarshal([]byte(rep), &c.Rep); err != nil {
			rows.Close()
			return nil, fmt.Errorf("cluster %s: rep date: %w", c.ID, err)
		}
		cands = append(cands, c)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if i := cluster.Choose(date, cands); i >= 0 {
		return &clusterRow{id: cands[i].ID, rep: cands[i].Rep}, nil
	}

	id := cluster.ID(key, date)
	repJSON, err := json.Marshal(date)
	if err != nil {
		return nil, err
	}
	n, err := tx.Exec(ctx, `INSERT INTO clusters (id, ckey, root, sym, src_country, tgt_country,
		rep_event, rep_date, rep_begin, rep_end, mentions, articles, sources,
		anchor_src, anchor_tgt, anchor_ym, anchor_quad)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 1, 1, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
		id, key, cluster.Root(e.Code), sym, src, tgt, e.ID, string(repJSON),
		s.d.day(date.Begin), s.d.dayCeil(date.End), src, tgt, ym(date.Begin), quadOf(e))
	if err != nil {
		return nil, fmt.Errorf("new cluster: %w", err)
	}
	if n == 0 {
		// The ID exists but its representative has moved out of reach:
		// join it anyway, since the ID says it began with this period.
		var rep string
		if err := tx.QueryRow(ctx, `SELECT rep_date FROM clusters WHERE id = ?`, id).Scan(&rep); err != nil {
			return nil, fmt.Errorf("cluster %s: %w", id, err)
		}
		c := &clusterRow{id: id}
		return c, json.Unmarshal([]byte(rep), &c.rep)
	}
	// putEvent counts the new cluster in the rollup, in the same row and
	// statement as the mention.
	return &clusterRow{id: id, rep: date, created: true}, nil
}

// joined updates a cluster's counts after event e, dated date, was
// inserted into it, and makes e its representative if it is better dated.
// A cluster created for e already has its counts (one of each) and e as
// its representative.
func (s *Store) joined(ctx context.Context, tx Tx, c *clusterRow, e *dyad.Event, date dyad.Date) error {
	if c.created {
		return nil
	}
	if err := s.recount(ctx, tx, c.id); err != nil {
		return err
	}
	if !cluster.Better(date, c.rep) {
		return nil
	}
	return s.setRep(ctx, tx, c.id, e.ID, date)
}

func (s *Store) recount(ctx context.Context, tx Tx, id string) error {
	_, err := tx.Exec(ctx, `UPDATE clusters SET
		mentions = (SELECT COUNT(*) FROM events WHERE cluster_id = ?),
		articles = (SELECT COUNT(DISTINCT doc_id) FROM events WHERE cluster_id = ?),
		sources = (SELECT COUNT(DISTINCT host) FROM events WHERE cluster_id = ?)
		WHERE id = ?`, id, id, id, id)
	if err != nil {
		return fmt.Errorf("cluster %s: count: %w", id, err)
	}
	return nil
}

func (s *Store) setRep(ctx context.Context, tx Tx, id, eventID string, date dyad.Date) error {
	repJSON, err := json.Marshal(date)
	if err != nil {
		return err
	}
	if _, err := tx.Exec(ctx, `UPDATE clusters SET rep_event = ?, rep_date = ?, rep_begin = ?, rep_end = ? WHERE id = ?`,
		eventID, string(repJSON), s.d.day(date.Begin), s.d.dayCeil(date.End), id); err != nil {
		return fmt.Errorf("cluster %s: representative: %w", id, err)
	}
	return nil
}

// refreshCluster recomputes a cluster after some of its mentions were
// deleted: it drops an empty cluster (and its rollup count) or picks the
// representative again from the mentions left.
func (s *Store) refreshCluster(ctx context.Context, tx Tx, id string) error {
	rows, err := tx.Query(ctx, `SELECT body FROM events WHERE cluster_id = ? ORDER BY id`, id)
	if err != nil {
		return fmt.Errorf("cluster %s: mentions: %w", id, err)
	}
	var best *dyad.Event
	var bestDate dyad.Date
	for rows.Next() {
		var body string
		if err := rows.Scan(&body); err != nil {
			rows.Close()
			return err
		}
		var e dyad.Event
		if err := json.Unmarshal([]byte(body), &e); err != nil {
			rows.Close()
			return fmt.Errorf("cluster %s: event body: %w", id, err)
		}
		if d := eventDate(&e); best == nil || cluster.Better(d, bestDate) {
			best, bestDate = &e, d
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	if best != nil {
		if err := s.recount(ctx, tx, id); err != nil {
			return err
		}
		return s.setRep(ctx, tx, id, best.ID, bestDate)
	}
	var src, tgt string
	var aym, quad int
	if err := tx.QueryRow(ctx, `SELECT anchor_src, anchor_tgt, anchor_ym, anchor_quad FROM clusters WHERE id = ?`, id).
		Scan(&src, &tgt, &aym, &quad); err != nil {
		return fmt.Errorf("cluster %s: anchor: %w", id, err)
	}
	if _, err := tx.Exec(ctx, `DELETE FROM clusters WHERE id = ?`, id); err != nil {
		return fmt.Errorf("cluster %s: delete: %w", id, err)
	}
	return s.addRollup(ctx, tx, src, tgt, aym, quad, 0, -1, 0)
}
