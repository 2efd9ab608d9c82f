/**
 * Numbered migrations, each with up and down, applied when the store is
 * opened and recorded in a version table, as the SQLite backend does, over
 * migration sets (../migration.ts: the store's schema, the watcher's tables).
 * Each runs in one transaction (PostgreSQL's DDL is transactional) under one
 * advisory lock shared by every set, so workers and watchers starting
 * together migrate once, one after another, not in a race. Versions written
 * by a newer Brink are refused rather than guessed at.
 */
import type pg from 'pg';
import type { MigrationSet } from '../migration.ts';
import { MIGRATION_LOCK } from './locks.ts';
import { initial } from './migrations/001-initial.ts';
import { apiReadIndexes } from './migrations/002-api-read-indexes.ts';
import { filingDayIndexes } from './migrations/003-filing-day-indexes.ts';
import { signalsTypeKey } from './migrations/004-signals-type-key.ts';
import { storeCounts } from './migrations/005-store-counts.ts';

/** The store's own schema. */
export const STORE_MIGRATIONS: MigrationSet = { label: 'schema', table: 'schema_version', migrations: [initial, apiReadIndexes, filingDayIndexes, signalsTypeKey, storeCounts] };

export const LATEST_VERSION = STORE_MIGRATIONS.migrations.length;

async function lockAndPrepare(client: pg.ClientBase, schema: string, set: MigrationSet): Promise<number> {
  await client.query('SELECT pg_advisory_xact_lock($1, $2)', [...MIGRATION_LOCK]);
  // The schema must exist before anything is created: with the first schema of
  // the search path missing, PostgreSQL would create the tables in the next one.
  await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
  await client.query(`CREATE TABLE IF NOT EXISTS ${schema}.${set.table} (
    version     integer PRIMARY KEY,
    name        text NOT NULL,
    applied_at  text NOT NULL
  )`);
  // Unqualified names in a migration's SQL land in the store's schema, whatever the connection's path.
  await client.query(`SET LOCAL search_path = ${schema}`);
  const { rows } = await client.query<{ v: number | null }>(`SELECT max(version) AS v FROM ${schema}.${set.table}`);
  return rows[0]?.v ?? 0;
}

/** The version of `set` in a store, 0 when it has none, without creating anything. */
export async function currentVersion(client: pg.ClientBase, schema: string, set: MigrationSet = STORE_MIGRATIONS): Promise<number> {
  const { rows } = await client.query<{ t: string | null }>('SELECT to_regclass($1) AS t', [`${schema}.${set.table}`]);
  if (rows[0]?.t === null || rows[0]?.t === undefined) return 0;
  const version = await client.query<{ v: number | null }>(`SELECT max(version) AS v FROM ${schema}.${set.table}`);
  return version.rows[0]?.v ?? 0;
}

async function step(
  client: pg.ClientBase,
  schema: string,
  set: MigrationSet,
  run: (version: number) => Promise<number | null>,
): Promise<number | null> {
  await client.query('BEGIN');
  try {
    const version = await lockAndPrepare(client, schema, set);
    const reached = await run(version);
    await client.query('COMMIT');
    return reached;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

/** Brings `set` up to `target` (default: its latest), one transaction per migration. Returns the version reached. */
export async function migrateUp(client: pg.ClientBase, schema: string, target?: number, set: MigrationSet = STORE_MIGRATIONS): Promise<number> {
  const latest = set.migrations.length;
  for (;;) {
    const reached = await step(client, schema, set, async (version) => {
      if (version > latest) {
        throw new Error(`${set.label} version ${version} is newer than this Brink knows (${latest}); upgrade Brink`);
      }
      const next = set.migrations.find((m) => m.version === version + 1);
      if (!next || next.version > (target ?? latest)) return null;
      await client.query(next.up);
      await client.query(`INSERT INTO ${schema}.${set.table} (version, name, applied_at) VALUES ($1, $2, $3)`, [
        next.version,
        next.name,
        new Date().toISOString(),
      ]);
      return next.version;
    });
    if (reached === null) return currentVersion(client, schema, set);
  }
}

/**
 * Rolls `set` back to `target` (0 = empty), newest first. The unaccent
 * extension is left installed: it belongs to the database, and other stores
 * in it may use it.
 */
export async function migrateDown(client: pg.ClientBase, schema: string, target: number, set: MigrationSet = STORE_MIGRATIONS): Promise<number> {
  for (;;) {
    const reached = await step(client, schema, set, async (version) => {
      const last = set.migrations.find((m) => m.version === version);
      if (!last || last.version <= target) return null;
      await client.query(last.down);
      await client.query(`DELETE FROM ${schema}.${set.table} WHERE version = $1`, [last.version]);
      return last.version - 1;
    });
    if (reached === null) return currentVersion(client, schema, set);
  }
}
