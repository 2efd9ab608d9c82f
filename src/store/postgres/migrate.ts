/**
 * Numbered migrations, each with up and down, applied when the store is
 * opened and recorded in `schema_version`, as the SQLite backend does. Each
 * runs in one transaction (PostgreSQL's DDL is transactional) under an
 * advisory lock, so workers starting together migrate once, not in a race.
 * A schema written by a newer Brink is refused rather than guessed at.
 */
import type pg from 'pg';
import { MIGRATION_LOCK } from './locks.ts';
import { initial } from './migrations/001-initial.ts';
import { apiReadIndexes } from './migrations/002-api-read-indexes.ts';

export interface Migration {
  readonly version: number;
  readonly name: string;
  /** SQL run to go from version - 1 to version. */
  readonly up: string;
  /** SQL run to go back from version to version - 1. */
  readonly down: string;
}

/** Every migration, in order; versions are 1, 2, 3… with no gaps. */
export const MIGRATIONS: readonly Migration[] = [initial, apiReadIndexes];

export const LATEST_VERSION = MIGRATIONS.length;

async function lockAndPrepare(client: pg.ClientBase, schema: string): Promise<number> {
  await client.query('SELECT pg_advisory_xact_lock($1, $2)', [...MIGRATION_LOCK]);
  // The schema must exist before anything is created: with the first schema of
  // the search path missing, PostgreSQL would create the tables in the next one.
  await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
  await client.query(`CREATE TABLE IF NOT EXISTS ${schema}.schema_version (
    version     integer PRIMARY KEY,
    name        text NOT NULL,
    applied_at  text NOT NULL
  )`);
  const { rows } = await client.query<{ v: number | null }>(`SELECT max(version) AS v FROM ${schema}.schema_version`);
  return rows[0]?.v ?? 0;
}

/** The schema version of a store, 0 when it has none, without creating anything. */
export async function currentVersion(client: pg.ClientBase, schema: string): Promise<number> {
  const { rows } = await client.query<{ t: string | null }>('SELECT to_regclass($1) AS t', [`${schema}.schema_version`]);
  if (rows[0]?.t === null || rows[0]?.t === undefined) return 0;
  const version = await client.query<{ v: number | null }>(`SELECT max(version) AS v FROM ${schema}.schema_version`);
  return version.rows[0]?.v ?? 0;
}

async function step(client: pg.ClientBase, schema: string, run: (version: number) => Promise<number | null>): Promise<number | null> {
  await client.query('BEGIN');
  try {
    const version = await lockAndPrepare(client, schema);
    const reached = await run(version);
    await client.query('COMMIT');
    return reached;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

/** Brings the schema up to `target` (default: latest), one transaction per migration. Returns the version reached. */
export async function migrateUp(client: pg.ClientBase, schema: string, target = LATEST_VERSION): Promise<number> {
  for (;;) {
    const reached = await step(client, schema, async (version) => {
      if (version > LATEST_VERSION) {
        throw new Error(`schema version ${version} is newer than this Brink knows (${LATEST_VERSION}); upgrade Brink`);
      }
      const next = MIGRATIONS.find((m) => m.version === version + 1);
      if (!next || next.version > target) return null;
      await client.query(next.up);
      await client.query(`INSERT INTO ${schema}.schema_version (version, name, applied_at) VALUES ($1, $2, $3)`, [
        next.version,
        next.name,
        new Date().toISOString(),
      ]);
      return next.version;
    });
    if (reached === null) return currentVersion(client, schema);
  }
}

/**
 * Rolls the schema back to `target` (0 = empty), newest first. The unaccent
 * extension is left installed: it belongs to the database, and other stores
 * in it may use it.
 */
export async function migrateDown(client: pg.ClientBase, schema: string, target: number): Promise<number> {
  for (;;) {
    const reached = await step(client, schema, async (version) => {
      const last = MIGRATIONS.find((m) => m.version === version);
      if (!last || last.version <= target) return null;
      await client.query(last.down);
      await client.query(`DELETE FROM ${schema}.schema_version WHERE version = $1`, [last.version]);
      return last.version - 1;
    });
    if (reached === null) return currentVersion(client, schema);
  }
}
