/**
 * Where a PostgreSQL store lives and how Brink connects to it. A store is a
 * `postgres://` (or `postgresql://`) URL; `?schema=NAME` puts Brink's tables
 * in that schema instead of `public`, so several stores (or a test run's
 * throwaway stores) can share one database. The parameter is Brink's, not
 * libpq's, and is removed before the URL reaches the driver.
 */
import { createRequire } from 'node:module';
import type pg from 'pg';

/**
 * The driver, loaded when the first pool is made: every command imports this
 * module (for `isPostgresUrl`), and loading pg costs ≈ 50–100 ms of CPU that
 * `analyze` and SQLite stores never use.
 */
let driver: typeof pg | undefined;
function pgDriver(): typeof pg {
  driver ??= createRequire(import.meta.url)('pg') as typeof pg;
  return driver;
}

export interface PgLocation {
  /** The URL without Brink's own parameters, as the driver and pg-boss take it. */
  readonly connectionString: string;
  /** Schema holding the store's tables. */
  readonly schema: string;
  /** The URL with any password masked, for messages. */
  readonly display: string;
}

const POSTGRES_URL = /^postgres(ql)?:\/\//i;

/** A schema name Brink will create and put on the search path: a plain identifier, nothing to quote. */
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export function isPostgresUrl(location: string): boolean {
  return POSTGRES_URL.test(location);
}

/** Masks the password of a URL for messages (`postgres://u:***@host/db`). */
export function displayUrl(url: string): string {
  return url.replace(/^(postgres(?:ql)?:\/\/[^:/@]*:)[^@]*@/i, '$1***@');
}

/** Parses a store URL; throws an Error naming the problem (the caller wraps it as a StoreOpenError). */
export function parseLocation(url: string): PgLocation {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error('not a valid URL (expected postgres://user:password@host:port/database)');
  }
  const schema = parsed.searchParams.get('schema') ?? 'public';
  if (!SCHEMA_NAME.test(schema)) {
    throw new Error(`schema '${schema}' is not a plain lower-case identifier (letters, digits, _)`);
  }
  parsed.searchParams.delete('schema');
  const connectionString = parsed.toString();
  return { connectionString, schema, display: displayUrl(url) };
}

/**
 * 64-bit integers come back as JS numbers, not strings: every bigint Brink
 * stores (row ids, band keys under 2^37) is far below 2^53.
 */
const INT8_OID = 20;
function getTypeParser(oid: number, format?: 'text' | 'binary'): (value: string) => unknown {
  if (oid === INT8_OID && format !== 'binary') return Number;
  return pgDriver().types.getTypeParser(oid, format ?? 'text') as (value: string) => unknown;
}
const types: pg.CustomTypesConfig = { getTypeParser };

export interface PoolOptions {
  /** Most connections the pool opens (the store's own; pg-boss has its own pool). */
  readonly max?: number;
  /** Every transaction read-only (export, the API). */
  readonly readonly?: boolean;
  readonly applicationName?: string;
}

export function createPool(location: PgLocation, options: PoolOptions = {}): pg.Pool {
  const settings = [`-c search_path=${location.schema}`];
  if (options.readonly) settings.push('-c default_transaction_read_only=on');
  const pool = new (pgDriver().Pool)({
    connectionString: location.connectionString,
    max: options.max ?? 4,
    application_name: options.applicationName ?? 'brink',
    options: settings.join(' '),
    types,
  });
  // An idle connection dropped by the server (restart, idle timeout) must not
  // crash the process; the pool replaces it at the next query.
  pool.on('error', () => undefined);
  return pool;
}

/** Why a connection or query failed, in words a user can act on. */
export function describePgError(error: unknown, location: PgLocation): string {
  const e = error as { code?: string; message?: string; address?: string; port?: number };
  const url = safeUrl(location.connectionString);
  const where = url ? `${url.hostname || 'localhost'}:${url.port || '5432'}` : 'the server';
  switch (e.code) {
    case 'ECONNREFUSED':
      return `cannot connect to ${where} (connection refused); is PostgreSQL running there?`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `unknown host ${url?.hostname ?? ''}`;
    case 'ETIMEDOUT':
      return `connection to ${where} timed out`;
    case '3D000':
      return `database ${url ? decodeURIComponent(url.pathname.slice(1)) : ''} does not exist (create it: createdb NAME)`;
    case '28P01':
    case '28000':
      return `authentication failed (${e.message ?? ''})`;
    case '42501':
      return `permission denied (${e.message ?? ''}); the user needs CREATE on the database or schema`;
    default:
      return e.message ?? String(error);
  }
}

function safeUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** SQLSTATEs after which the same transaction, run again, can succeed. */
const RETRYABLE = new Set(['40001', '40P01']); // serialization_failure, deadlock_detected

/** Attempts of one transaction before its error is passed on. */
const MAX_ATTEMPTS = 5;

/**
 * Runs `work` in one transaction on one connection, retrying it whole after a
 * deadlock or serialization failure (PostgreSQL rolled it back; nothing of
 * it is left). Any other error rolls back and is thrown.
 */
export async function transaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const client = await pool.connect();
    let broken: Error | undefined;
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      try {
        await client.query('ROLLBACK');
      } catch (rollbackError) {
        broken = rollbackError as Error; // the connection is gone; do not hand it back to the pool
      }
      const code = (error as { code?: string }).code;
      if (code !== undefined && RETRYABLE.has(code) && attempt < MAX_ATTEMPTS) {
        // Back off a little, more each time, so the two transactions that met do not meet again at once.
        await new Promise((resolve) => setTimeout(resolve, 5 * attempt + Math.random() * 10 * attempt));
        continue;
      }
      throw error;
    } finally {
      client.release(broken);
    }
  }
}

/**
 * Rows fetched first, then per batch: a page of results (the API asks for 50)
 * comes back without computing the rows after it; a full export then goes
 * by larger batches.
 */
const FIRST_FETCH = 50;
const BATCH_FETCH = 500;
/** Fraction of a cursor's rows the planner expects to be read: a page of 50 in a table of 100,000s. */
const CURSOR_TUPLE_FRACTION = 0.001;

/**
 * Streams the rows of a query through a server-side cursor, a batch at a
 * time, so a result never has to fit in memory. Runs in its own read-only
 * transaction on its own connection; stopping early closes both. Each batch
 * comes with that connection, for lookups about its rows in the same snapshot.
 */
export async function* streamBatches<R>(pool: pg.Pool, sql: string, params: readonly unknown[]): AsyncGenerator<{ rows: R[]; db: Queryable }> {
  const client = await pool.connect();
  let open = false;
  let broken: Error | undefined;
  try {
    await client.query('BEGIN READ ONLY');
    open = true;
    // Plan for the first rows: callers mostly read a page and stop (the API),
    // and PostgreSQL's default (10 % of the result) can pick plans that sort
    // the whole table before the first row. An export that reads everything
    // still streams, through indexes.
    await client.query(`SET LOCAL cursor_tuple_fraction = ${CURSOR_TUPLE_FRACTION}`);
    await client.query(`DECLARE brink_stream NO SCROLL CURSOR FOR ${sql}`, [...params]);
    for (let batch = FIRST_FETCH; ; batch = BATCH_FETCH) {
      const { rows } = await client.query(`FETCH ${batch} FROM brink_stream`);
      if (rows.length > 0) yield { rows: rows as R[], db: client };
      if (rows.length < batch) break;
    }
    await client.query('COMMIT');
    open = false;
  } finally {
    // Stopped early (the consumer broke out) or failed: ending the transaction closes the cursor.
    if (open) {
      try {
        await client.query('ROLLBACK');
      } catch (error) {
        broken = error as Error; // the connection is gone; do not hand it back to the pool
      }
    }
    client.release(broken);
  }
}

/** The rows of a query, one by one, through a cursor (see streamBatches). */
export async function* streamRows<R>(pool: pg.Pool, sql: string, params: readonly unknown[]): AsyncGenerator<R> {
  for await (const { rows } of streamBatches<R>(pool, sql, params)) yield* rows;
}

/** What repositories need from a connection or a pool: plain parameterised queries. */
export interface Queryable {
  query<R extends pg.QueryResultRow = pg.QueryResultRow>(text: string, values?: unknown[]): Promise<pg.QueryResult<R>>;
}
