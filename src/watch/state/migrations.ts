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

export interface WatchMigration {
  readonly version: number;
  readonly name: string;
  readonly up: string;
  readonly down: string;
}

export const WATCH_MIGRATIONS: readonly WatchMigration[] = [
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

function ensureVersionTable(db: Database.Database): void {
  db.exec(`CREATE TABLE IF NOT EXISTS watch_schema_version (
    version     INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    applied_at  TEXT NOT NULL
  )`);
}

export function watchVersion(db: Database.Database): number {
  ensureVersionTable(db);
  return (db.prepare('SELECT max(version) FROM watch_schema_version').pluck().get() as number | null) ?? 0;
}

/** Applies every watch migration not yet applied; safe to call on every open. */
export function migrateWatchUp(db: Database.Database): number {
  let version = watchVersion(db);
  if (version > WATCH_LATEST_VERSION) {
    throw new Error(`watch state version ${version} is newer than this Brink knows (${WATCH_LATEST_VERSION}); upgrade Brink`);
  }
  const record = db.prepare('INSERT INTO watch_schema_version (version, name, applied_at) VALUES (?, ?, ?)');
  for (const m of WATCH_MIGRATIONS) {
    if (m.version <= version) continue;
    db.transaction(() => {
      db.exec(m.up);
      record.run(m.version, m.name, new Date().toISOString());
    }).immediate();
    version = m.version;
  }
  return version;
}

/** Rolls the watch tables back to `target` (0 drops them all), newest first. */
export function migrateWatchDown(db: Database.Database, target: number): number {
  let version = watchVersion(db);
  const forget = db.prepare('DELETE FROM watch_schema_version WHERE version = ?');
  for (const m of [...WATCH_MIGRATIONS].reverse()) {
    if (m.version > version || m.version <= target) continue;
    db.transaction(() => {
      db.exec(m.down);
      forget.run(m.version);
    }).immediate();
    version = m.version - 1;
  }
  return version;
}
