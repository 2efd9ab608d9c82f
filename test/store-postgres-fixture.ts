/**
 * PostgreSQL for tests: `BRINK_TEST_PG` names a server (a postgres:// URL of
 * a role that may create databases, e.g. the throwaway cluster .ci/run
 * starts). Each test file gets a fresh database, dropped when it ends, so
 * runs never see each other's rows; stores inside it get a fresh schema each.
 * Without BRINK_TEST_PG the PostgreSQL tests are skipped with a message.
 */
import { randomBytes } from 'node:crypto';
import { after, before, test } from 'node:test';
import pg from 'pg';
import { openStore, type Store } from '../src/store/index.ts';

export const PG_URL = process.env['BRINK_TEST_PG'];

export const SKIP_MESSAGE =
  'BRINK_TEST_PG is not set: PostgreSQL tests skipped (set it to a postgres:// URL of a role that may create databases; .ci/run starts one)';

/** The URL of `base` with another database name (and optionally Brink's schema parameter). */
export function urlFor(base: string, database: string, schema?: string): string {
  const url = new URL(base);
  url.pathname = `/${database}`;
  if (schema !== undefined) url.searchParams.set('schema', schema);
  return url.toString();
}

export interface TestDatabase {
  readonly name: string;
  /** URL of the database (no schema parameter: the public schema). */
  readonly url: string;
  drop(): Promise<void>;
}

/**
 * Creates an empty database with the unaccent extension installed once in
 * its public schema (the stores' text-search configurations find it there;
 * per-store schemas could not each install it, as an extension is per database).
 */
export async function createTestDatabase(base: string, prefix = 'brink_test'): Promise<TestDatabase> {
  const name = `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = urlFor(base, name);
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    await db.query('CREATE EXTENSION IF NOT EXISTS unaccent');
  } finally {
    await db.end();
  }
  return {
    name,
    url,
    async drop() {
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      try {
        // FORCE: a worker process killed by a test may have left a connection the server has not noticed yet.
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}

/**
 * Registers the fresh database for the calling test file (before/after
 * hooks) and returns a getter for its URL; or, without BRINK_TEST_PG, a
 * skipped test saying why, and null.
 */
export function useTestDatabase(what: string): (() => TestDatabase) | null {
  if (PG_URL === undefined || PG_URL === '') {
    test(what, { skip: SKIP_MESSAGE }, () => undefined);
    return null;
  }
  const base = PG_URL;
  let database: TestDatabase | undefined;
  before(async () => {
    database = await createTestDatabase(base);
  });
  after(async () => {
    await database?.drop();
  });
  return () => {
    if (!database) throw new Error('the test database is created in a before() hook; use it inside tests');
    return database;
  };
}

/** The PostgreSQL entry of the store conformance suite: each open() is a new schema in this file's database. */
export function postgresBackends(): { name: string; open: () => Store }[] {
  const database = useTestDatabase('store conformance: postgres');
  if (!database) return [];
  let opened = 0;
  return [{ name: 'postgres', open: () => openStore(urlFor(database().url, database().name, `conformance_${opened++}`)) }];
}
