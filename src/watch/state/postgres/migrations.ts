/**
 * The watcher's tables in a PostgreSQL store: the same names, columns and
 * meanings as the SQLite ones (../sqlite/migrations.ts, which says what each
 * table is for), so the API's alerts feed reads `watch_alerts` alike on both.
 * Versioned apart from the store's schema, in `watch_schema_version`, as on
 * SQLite: a store no watcher ever opened has no watch tables.
 *
 * Numbered, each with up and down, applied when a watcher opens the store,
 * one transaction each, under the store's own migration advisory lock, so
 * watchers (and workers) starting together migrate once, one after another.
 *
 * Types: text for every date (ISO strings compare as text, as on SQLite),
 * integer for counts; no `WITHOUT ROWID`, which PostgreSQL has no need of.
 */
import type pg from 'pg';
import { MIGRATION_LOCK } from '../../../store/postgres/locks.ts';
import type { Migration } from '../../../store/postgres/migrate.ts';

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

export const WATCH_PG_LATEST_VERSION = WATCH_PG_MIGRATIONS.length;

/** The version table; a fixed identifier. */
const TABLE = 'watch_schema_version';

/** The watch-state version of the store in `schema`, 0 when it has none, without creating anything. */
export async function watchVersionPg(client: pg.ClientBase, schema: string): Promise<number> {
  const { rows } = await client.query<{ t: string | null }>('SELECT to_regclass($1) AS t', [`${schema}.${TABLE}`]);
  if (rows[0]?.t === null || rows[0]?.t === undefined) return 0;
  const version = await client.query<{ v: number | null }>(`SELECT max(version) AS v FROM ${schema}.${TABLE}`);
  return version.rows[0]?.v ?? 0;
}

/** One migration step in its own transaction under the migration lock; `run` gets the version found. */
async function step(client: pg.ClientBase, schema: string, run: (version: number) => Promise<number | null>): Promise<number | null> {
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1, $2)', [...MIGRATION_LOCK]);
    // The schema may be new (a watcher opened before anything else): tables must not land in the next schema of the path.
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await client.query(`CREATE TABLE IF NOT EXISTS ${schema}.${TABLE} (
      version     integer PRIMARY KEY,
      name        text NOT NULL,
      applied_at  text NOT NULL
    )`);
    const { rows } = await client.query<{ v: number | null }>(`SELECT max(version) AS v FROM ${schema}.${TABLE}`);
    const reached = await run(rows[0]?.v ?? 0);
    await client.query('COMMIT');
    return reached;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

/** Applies every watch migration not yet applied (up to `target`); safe to call on every open. Returns the version reached. */
export async function migrateWatchUpPg(client: pg.ClientBase, schema: string, target = WATCH_PG_LATEST_VERSION): Promise<number> {
  for (;;) {
    const reached = await step(client, schema, async (version) => {
      if (version > WATCH_PG_LATEST_VERSION) {
        throw new Error(`watch state version ${version} is newer than this Brink knows (${WATCH_PG_LATEST_VERSION}); upgrade Brink`);
      }
      const next = WATCH_PG_MIGRATIONS.find((m) => m.version === version + 1);
      if (!next || next.version > target) return null;
      await client.query(`SET LOCAL search_path = ${schema}`);
      await client.query(next.up);
      await client.query(`INSERT INTO ${schema}.${TABLE} (version, name, applied_at) VALUES ($1, $2, $3)`, [next.version, next.name, new Date().toISOString()]);
      return next.version;
    });
    if (reached === null) return watchVersionPg(client, schema);
  }
}

/** Rolls the watch tables back to `target` (0 drops them all), newest first. */
export async function migrateWatchDownPg(client: pg.ClientBase, schema: string, target: number): Promise<number> {
  for (;;) {
    const reached = await step(client, schema, async (version) => {
      const last = WATCH_PG_MIGRATIONS.find((m) => m.version === version);
      if (!last || last.version <= target) return null;
      await client.query(`SET LOCAL search_path = ${schema}`);
      await client.query(last.down);
      await client.query(`DELETE FROM ${schema}.${TABLE} WHERE version = $1`, [last.version]);
      return last.version - 1;
    });
    if (reached === null) return watchVersionPg(client, schema);
  }
}
