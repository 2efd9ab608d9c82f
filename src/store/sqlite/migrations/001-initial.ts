import type { Migration } from '../../migration.ts';

/**
 * The first schema. Documented table by table in ../SCHEMA.md; the API reads
 * these tables directly, so a change here is a new migration, never an edit.
 *
 * Date periods: every date that may be partial (`YYYY`, `YYYY-MM`) is also
 * stored as the first and last day it covers (`*_start`, `*_end`), so that
 * "since"/"until" filters are plain indexed comparisons on ISO days.
 */
export const initial: Migration = {
  version: 1,
  name: 'initial',
  up: `
CREATE TABLE clusters (
  id          TEXT PRIMARY KEY,
  size        INTEGER NOT NULL DEFAULT 0,
  created_at  TEXT NOT NULL
);

CREATE TABLE documents (
  seq                  INTEGER PRIMARY KEY,
  id                   TEXT NOT NULL UNIQUE,
  source               TEXT NOT NULL,
  url                  TEXT,
  lang                 TEXT,
  title                TEXT,
  published_date       TEXT,
  published_precision  TEXT CHECK (published_precision IN ('day', 'month', 'year')),
  published_method     TEXT CHECK (published_method IN ('metadata', 'inferred')),
  published_start      TEXT,
  published_end        TEXT,
  text                 TEXT NOT NULL,
  relevant             INTEGER NOT NULL CHECK (relevant IN (0, 1)),
  cluster              TEXT NOT NULL REFERENCES clusters(id),
  ingested_at          TEXT NOT NULL
);
CREATE INDEX documents_cluster ON documents(cluster, seq);
CREATE INDEX documents_lang ON documents(lang);
CREATE INDEX documents_published ON documents(published_start);
CREATE INDEX documents_relevant ON documents(relevant);

CREATE TABLE document_sources (
  document_id  TEXT NOT NULL REFERENCES documents(id),
  source       TEXT NOT NULL,
  url          TEXT,
  added_at     TEXT NOT NULL,
  PRIMARY KEY (document_id, source)
) WITHOUT ROWID;
CREATE INDEX document_sources_url ON document_sources(url);

CREATE TABLE removed (
  document_id  TEXT NOT NULL REFERENCES documents(id),
  seq          INTEGER NOT NULL,
  text         TEXT NOT NULL,
  reason       TEXT NOT NULL,
  PRIMARY KEY (document_id, seq)
) WITHOUT ROWID;

CREATE TABLE actors (
  id       INTEGER PRIMARY KEY,
  name     TEXT NOT NULL,
  country  TEXT,
  kind     TEXT NOT NULL CHECK (kind IN ('official', 'expert', 'media', 'intl_org'))
);
CREATE UNIQUE INDEX actors_identity ON actors(name, ifnull(country, ''), kind);
CREATE INDEX actors_name ON actors(name COLLATE NOCASE);
CREATE INDEX actors_country ON actors(country);

CREATE TABLE quotes (
  id               INTEGER PRIMARY KEY,
  document_id      TEXT NOT NULL REFERENCES documents(id),
  seq              INTEGER NOT NULL,
  start_offset     INTEGER NOT NULL,
  end_offset       INTEGER NOT NULL,
  text             TEXT NOT NULL,
  speaker_id       INTEGER REFERENCES actors(id),
  speaker_name     TEXT,
  speaker_country  TEXT,
  speaker_kind     TEXT,
  kind             TEXT NOT NULL CHECK (kind IN ('direct', 'partial')),
  UNIQUE (document_id, seq)
);
CREATE INDEX quotes_speaker ON quotes(speaker_id);
CREATE INDEX quotes_speaker_country ON quotes(speaker_country);

CREATE TABLE signals (
  id              INTEGER PRIMARY KEY,
  key             TEXT NOT NULL UNIQUE,
  cluster         TEXT NOT NULL REFERENCES clusters(id),
  document_id     TEXT NOT NULL REFERENCES documents(id),
  type            TEXT NOT NULL,
  actor_id        INTEGER NOT NULL REFERENCES actors(id),
  target          TEXT,
  date            TEXT,
  date_precision  TEXT CHECK (date_precision IN ('day', 'month', 'year')),
  date_start      TEXT,
  date_end        TEXT,
  severity        INTEGER NOT NULL CHECK (severity BETWEEN 0 AND 9),
  modality        TEXT NOT NULL CHECK (modality IN ('public', 'private')),
  sourcing        TEXT NOT NULL CHECK (sourcing IN ('on_record', 'anonymous', 'reported', 'disputed')),
  quote           TEXT,
  confidence      REAL NOT NULL,
  sources         INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX signals_type ON signals(type, date_start);
CREATE INDEX signals_actor ON signals(actor_id, date_start);
CREATE INDEX signals_target ON signals(target);
CREATE INDEX signals_severity ON signals(severity);
CREATE INDEX signals_date ON signals(date_start, date_end);
CREATE INDEX signals_sourcing ON signals(sourcing);
CREATE INDEX signals_modality ON signals(modality);
CREATE INDEX signals_cluster ON signals(cluster);
CREATE INDEX signals_document ON signals(document_id);

CREATE TABLE signal_sources (
  signal_id    INTEGER NOT NULL REFERENCES signals(id),
  document_id  TEXT NOT NULL REFERENCES documents(id),
  seq          INTEGER NOT NULL,
  quote        TEXT,
  confidence   REAL NOT NULL,
  PRIMARY KEY (signal_id, document_id)
) WITHOUT ROWID;
CREATE INDEX signal_sources_document ON signal_sources(document_id, seq);

CREATE TABLE evidence (
  id           INTEGER PRIMARY KEY,
  signal_id    INTEGER NOT NULL REFERENCES signals(id),
  document_id  TEXT NOT NULL REFERENCES documents(id),
  start_offset INTEGER NOT NULL,
  end_offset   INTEGER NOT NULL,
  text         TEXT NOT NULL
);
CREATE INDEX evidence_signal ON evidence(signal_id, document_id);
CREATE INDEX evidence_document ON evidence(document_id);

CREATE TABLE cluster_bands (
  key           INTEGER PRIMARY KEY,
  document_seq  INTEGER NOT NULL REFERENCES documents(seq)
);

CREATE TABLE sketches (
  document_seq  INTEGER PRIMARY KEY REFERENCES documents(seq),
  sketch        BLOB NOT NULL
);

CREATE VIRTUAL TABLE documents_fts USING fts5(
  title, text,
  content = 'documents', content_rowid = 'seq',
  tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
  INSERT INTO documents_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
END;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
END;
CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
  INSERT INTO documents_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
END;

CREATE VIRTUAL TABLE quotes_fts USING fts5(
  text,
  content = 'quotes', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
  INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
  INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER quotes_fts_update AFTER UPDATE OF text ON quotes BEGIN
  INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
  INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text);
END;
`,
  down: `
DROP TRIGGER quotes_fts_update;
DROP TRIGGER quotes_fts_delete;
DROP TRIGGER quotes_fts_insert;
DROP TABLE quotes_fts;
DROP TRIGGER documents_fts_update;
DROP TRIGGER documents_fts_delete;
DROP TRIGGER documents_fts_insert;
DROP TABLE documents_fts;
DROP TABLE sketches;
DROP TABLE cluster_bands;
DROP TABLE evidence;
DROP TABLE signal_sources;
DROP TABLE signals;
DROP TABLE quotes;
DROP TABLE actors;
DROP TABLE removed;
DROP TABLE document_sources;
DROP TABLE documents;
DROP TABLE clusters;
`,
};
