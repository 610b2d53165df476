-- +goose Up
-- Dates are ISO 'YYYY-MM-DD' text, which sorts as dates do. Full values
-- (TIMEX3 value, precision, exact bounds) are kept in the JSON columns.
CREATE TABLE documents (
    id               TEXT PRIMARY KEY,
    version          INTEGER NOT NULL,
    content_hash     TEXT NOT NULL,
    source           TEXT NOT NULL DEFAULT '',
    url              TEXT NOT NULL DEFAULT '',
    title            TEXT NOT NULL DEFAULT '',
    author           TEXT NOT NULL DEFAULT '',
    published        TEXT NOT NULL DEFAULT '{}', -- JSON dyad.Date
    published_by     TEXT NOT NULL DEFAULT '',
    published_begin  TEXT,
    meta             TEXT NOT NULL DEFAULT '{}',
    text             TEXT NOT NULL,
    coder_version    TEXT NOT NULL DEFAULT '',
    dict_fingerprint TEXT NOT NULL DEFAULT '',
    n_events         INTEGER NOT NULL DEFAULT 0,
    n_facts          INTEGER NOT NULL DEFAULT 0,
    stored_at        TEXT NOT NULL
);
CREATE INDEX documents_source ON documents (source);

-- Earlier versions of changed documents, kept for provenance.
CREATE TABLE document_versions (
    doc_id           TEXT NOT NULL,
    version          INTEGER NOT NULL,
    content_hash     TEXT NOT NULL,
    text             TEXT NOT NULL,
    coder_version    TEXT NOT NULL,
    dict_fingerprint TEXT NOT NULL,
    stored_at        TEXT NOT NULL,
    PRIMARY KEY (doc_id, version)
) WITHOUT ROWID;

CREATE TABLE sentences (
    doc_id      TEXT NOT NULL,
    idx         INTEGER NOT NULL,
    start_byte  INTEGER NOT NULL,
    end_byte    INTEGER NOT NULL,
    first_token INTEGER NOT NULL,
    end_token   INTEGER NOT NULL,
    paragraph   INTEGER NOT NULL,
    PRIMARY KEY (doc_id, idx)
) WITHOUT ROWID;

CREATE TABLE events (
    id               TEXT PRIMARY KEY,
    doc_id           TEXT NOT NULL,
    sentence         INTEGER NOT NULL,
    src_code         TEXT NOT NULL DEFAULT '',
    src_country      TEXT NOT NULL DEFAULT '',
    tgt_code         TEXT NOT NULL DEFAULT '',
    tgt_country      TEXT NOT NULL DEFAULT '',
    code             TEXT NOT NULL,
    root             TEXT NOT NULL,
    quad             INTEGER NOT NULL,
    goldstein        REAL NOT NULL,
    modality         TEXT NOT NULL DEFAULT '',
    happened         INTEGER NOT NULL,
    date_begin       TEXT,          -- the event's own date, floor to day
    date_end         TEXT,          -- exclusive, ceiling to day
    date_precision   TEXT NOT NULL DEFAULT '',
    doc_date_begin   TEXT,          -- the date of the report
    cluster_id       TEXT,
    host             TEXT NOT NULL DEFAULT '',
    coder_version    TEXT NOT NULL DEFAULT '',
    dict_fingerprint TEXT NOT NULL DEFAULT '',
    body             TEXT NOT NULL  -- JSON dyad.Event
);
CREATE INDEX events_doc ON events (doc_id);
CREATE INDEX events_dyad ON events (src_country, tgt_country, date_begin);
CREATE INDEX events_tgt ON events (tgt_country, date_begin);
CREATE INDEX events_date ON events (date_begin);
CREATE INDEX events_cluster ON events (cluster_id);

CREATE TABLE facts (
    doc_id       TEXT NOT NULL,
    id           TEXT NOT NULL,
    sentence     INTEGER NOT NULL,
    indicator    TEXT NOT NULL,
    actor1       TEXT NOT NULL DEFAULT '',
    actor2       TEXT NOT NULL DEFAULT '',
    period_begin TEXT,
    value        REAL NOT NULL,
    body         TEXT NOT NULL,
    PRIMARY KEY (doc_id, id)
) WITHOUT ROWID;
CREATE INDEX facts_indicator ON facts (indicator);
CREATE INDEX facts_actor1 ON facts (actor1);
CREATE INDEX facts_actor2 ON facts (actor2);

-- Event clusters: one row per real-world event (see package cluster).
-- The anchor columns say which rollup row counts the cluster.
CREATE TABLE clusters (
    id            TEXT PRIMARY KEY,
    ckey          TEXT NOT NULL,
    root          TEXT NOT NULL,
    sym           INTEGER NOT NULL,
    src_country   TEXT NOT NULL,
    tgt_country   TEXT NOT NULL,
    rep_event     TEXT NOT NULL,
    rep_date      TEXT NOT NULL,  -- JSON dyad.Date
    rep_begin     TEXT NOT NULL,
    rep_end       TEXT NOT NULL,
    mentions      INTEGER NOT NULL,
    articles      INTEGER NOT NULL,
    sources       INTEGER NOT NULL,
    anchor_src    TEXT NOT NULL,
    anchor_tgt    TEXT NOT NULL,
    anchor_ym     INTEGER NOT NULL,
    anchor_quad   INTEGER NOT NULL
);
CREATE INDEX clusters_key ON clusters (ckey, rep_begin);

-- Per directed dyad, month (year*100+month) and quad class: maintained on
-- every event insert and delete, so a timeline reads months, not events.
-- quad 0 holds mentions that did not happen (planned, negated, ...).
CREATE TABLE rollup (
    src       TEXT NOT NULL,
    tgt       TEXT NOT NULL,
    ym        INTEGER NOT NULL,
    quad      INTEGER NOT NULL,
    mentions  INTEGER NOT NULL,
    events    INTEGER NOT NULL,
    goldstein REAL NOT NULL,
    PRIMARY KEY (src, tgt, ym, quad)
) WITHOUT ROWID;

-- +goose Down
DROP TABLE rollup;
DROP TABLE clusters;
DROP TABLE facts;
DROP TABLE events;
DROP TABLE sentences;
DROP TABLE document_versions;
DROP TABLE documents;
