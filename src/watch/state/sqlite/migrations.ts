/**
 * The watcher's own tables, in the store's SQLite file, versioned apart from
 * the store's schema: the store refuses a `schema_version` it does not know,
 * so these migrations record themselves in `watch_schema_version` instead.
 * Numbered, each with up and down, applied on open in one transaction each.
 *
 * - `watch_sources`: per source, the HTTP validators (or file size/mtime),
 *   when it is next due, and its last outcome.
 * - `watch_items`: every item seen (feed entry by URL, Telegram post, dropped
 *   file), the version processed, and what became of it. An item is "seen"
 *   only once its row says so; until then a restart processes it again.
 * - `watch_alerts`: the outbox, one row per (signal key, channel); the
 *   primary key is what makes one signal alert once.
 */
import type Database from 'better-sqlite3';
import type { Migration, MigrationSet } from '../../../store/migration.ts';
import { currentVersion, migrateDown, migrateUp } from '../../../store/sqlite/migrate.ts';

export const WATCH_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'watch-state',
    up: `
CREATE TABLE watch_sources (
  name            TEXT PRIMARY KEY,
  etag            TEXT,
  last_modified   TEXT,
  next_due_at     TEXT,
  last_polled_at  TEXT,
  last_ok_at      TEXT,
  last_error      TEXT,
  failures        INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;

CREATE TABLE watch_items (
  key            TEXT PRIMARY KEY,
  source         TEXT NOT NULL,
  version        TEXT NOT NULL,
  status         TEXT NOT NULL CHECK (status IN ('stored', 'skipped', 'failed', 'retry')),
  document_id    TEXT,
  detail         TEXT,
  attempts       INTEGER NOT NULL DEFAULT 0,
  meta           TEXT,
  first_seen_at  TEXT NOT NULL,
  processed_at   TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX watch_items_source ON watch_items(source, processed_at);
CREATE INDEX watch_items_document ON watch_items(document_id);

CREATE TABLE watch_alerts (
  signal_key       TEXT NOT NULL,
  channel          TEXT NOT NULL,
  rules            TEXT NOT NULL,
  payload          TEXT NOT NULL,
  status           TEXT NOT NULL CHECK (status IN ('pending', 'delivering', 'delivered', 'failed')),
  attempts         INTEGER NOT NULL DEFAULT 0,
  next_attempt_at  TEXT NOT NULL,
  last_error       TEXT,
  created_at       TEXT NOT NULL,
  delivered_at     TEXT,
  PRIMARY KEY (signal_key, channel)
) WITHOUT ROWID;
CREATE INDEX watch_alerts_pending ON watch_alerts(status, next_attempt_at);
`,
    down: `
DROP TABLE watch_alerts;
DROP TABLE watch_items;
DROP TABLE watch_sources;
`,
  },
];

export const WATCH_LATEST_VERSION = WATCH_MIGRATIONS.length;

/** The watcher's tables as a migration set of the store's runner. */
const WATCH_SET: MigrationSet = { label: 'watch state', table: 'watch_schema_version', migrations: WATCH_MIGRATIONS };

export function watchVersion(db: Database.Database): number {
  return currentVersion(db, WATCH_SET);
}

/** Applies every watch migration not yet applied; safe to call on every open. */
export function migrateWatchUp(db: Database.Database): number {
  return migrateUp(db, undefined, WATCH_SET);
}

/** Rolls the watch tables back to `target` (0 drops them all), newest first. */
export function migrateWatchDown(db: Database.Database, target: number): number {
  return migrateDown(db, target, WATCH_SET);
}
