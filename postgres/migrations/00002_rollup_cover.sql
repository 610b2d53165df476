-- +goose Up
-- A covering index for the timeline: a dyad's rollup rows are spread over
-- the heap in insertion order, and fetching each page cost tens of
-- milliseconds at 10M events. With every column in the index, the
-- timeline is an index-only scan over a few contiguous leaf pages. (SQLite
-- needs none: its rollup is a WITHOUT ROWID table, stored in key order.)
CREATE INDEX rollup_cover ON rollup (src, tgt, ym, quad) INCLUDE (mentions, events, goldstein);

-- +goose Down
DROP INDEX rollup_cover;
