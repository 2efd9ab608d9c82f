/**
 * The watcher's tables in a PostgreSQL store: the same names, columns and
 * meanings as the SQLite ones (../sqlite/migrations.ts, which says what each
 * table is for), so the API's alerts feed reads `watch_alerts` alike on both.
 * Versioned apart from the store's schema, in `watch_schema_version`, as on
 * SQLite: a store no watcher ever opened has no watch tables.
 *
 * Numbered, each with up and down, applied when a watcher opens the store by
 * the store's own runner (store/postgres/migrate.ts: one transaction each,
 * under the migration advisory lock, so watchers and workers starting
 * together migrate once, one after another).
 *
 * Types: text for every date (ISO strings compare as text, as on SQLite),
 * integer for counts; no `WITHOUT ROWID`, which PostgreSQL has no need of.
 */
import type { Migration, MigrationSet } from '../../../store/migration.ts';

export const WATCH_PG_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'watch-state',
    up: `
CREATE TABLE watch_sources (
  name            text PRIMARY KEY,
  etag            text,
  last_modified   text,
  next_due_at     text,
  last_polled_at  text,
  last_ok_at      text,
  last_error      text,
  failures        integer NOT NULL DEFAULT 0
);

CREATE TABLE watch_items (
  key            text PRIMARY KEY,
  source         text NOT NULL,
  version        text NOT NULL,
  status         text NOT NULL CHECK (status IN ('stored', 'skipped', 'failed', 'retry')),
  document_id    text,
  detail         text,
  attempts       integer NOT NULL DEFAULT 0,
  meta           text,
  first_seen_at  text NOT NULL,
  processed_at   text NOT NULL
);
CREATE INDEX watch_items_source ON watch_items(source, processed_at);
CREATE INDEX watch_items_document ON watch_items(document_id);

CREATE TABLE watch_alerts (
  signal_key       text NOT NULL,
  channel          text NOT NULL,
  rules            text NOT NULL,
  payload          text NOT NULL,
  status           text NOT NULL CHECK (status IN ('pending', 'delivering', 'delivered', 'failed')),
  attempts         integer NOT NULL DEFAULT 0,
  next_attempt_at  text NOT NULL,
  last_error       text,
  created_at       text NOT NULL,
  delivered_at     text,
  PRIMARY KEY (signal_key, channel)
);
CREATE INDEX watch_alerts_pending ON watch_alerts(status, next_attempt_at);
`,
    down: `
DROP TABLE watch_alerts;
DROP TABLE watch_items;
DROP TABLE watch_sources;
`,
  },
];

/** The watch tables' migration set, run by the store's PostgreSQL runner. */
export const WATCH_PG_SET: MigrationSet = { label: 'watch state', table: 'watch_schema_version', migrations: WATCH_PG_MIGRATIONS };

export const WATCH_PG_LATEST_VERSION = WATCH_PG_MIGRATIONS.length;
