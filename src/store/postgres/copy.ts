/**
 * Moving a store between SQLite and PostgreSQL (`brink migrate`), either
 * way, row for row: the same ids, sequence numbers, clusters, band index and
 * timestamps, so the moved store behaves exactly as the old one did and
 * later ingests dedup and cluster against it as they would have. Optional
 * table sets that live beside the store's own (the watcher's state) move
 * with it when the source has them.
 *
 * Streamed: rows are read a batch at a time and written in batches, so
 * memory stays flat whatever the store's size. All-or-nothing: the whole copy
 * is one transaction on the target, which commits only after every table has
 * been read back and found equal to its source (row count and a checksum
 * over every column), so a failed or interrupted move leaves the target empty.
 * The source is only read (PostgreSQL in one read-only snapshot).
 */
import { createHash, type Hash } from 'node:crypto';
import { existsSync, rmSync } from 'node:fs';
import type Database from 'better-sqlite3';
import type pg from 'pg';
import { openSqliteDatabase } from '../sqlite/index.ts';
import { createPool, describePgError, parseLocation, type PgLocation } from './connection.ts';
import { LATEST_VERSION, currentVersion, migrateUp } from './migrate.ts';
import { StoreOpenError } from '../types.ts';

export interface TableSpec {
  readonly name: string;
  /** Columns copied and checksummed, as both schemas name them. */
  readonly columns: readonly string[];
  /** Primary key: the order rows are read in, as SQLite says it. */
  readonly order: string;
  /** The same order on PostgreSQL (text compared byte-wise, as SQLite's BINARY collation does). */
  readonly pgOrder?: string;
  /** Identity column whose sequence must continue after the copied rows. */
  readonly identity?: string;
  /** The column that makes a row large (document text, alert payload), to size batches by. */
  readonly bulky?: string;
  /** Columns that are booleans on PostgreSQL and 0/1 on SQLite. */
  readonly booleans?: readonly string[];
}

/**
 * Tables kept beside the store's own by another part of Brink, versioned
 * apart (a store may have none of them): moved when the source has them.
 */
export interface TableSet {
  /** What they are, for messages ("watch state"). */
  readonly label: string;
  /** Parents before children. */
  readonly tables: readonly TableSpec[];
  /** Whether a SQLite source holds the set; throws when at a version this Brink cannot copy. */
  inSqlite(db: Database.Database): boolean;
  inPostgres(client: pg.ClientBase, schema: string): Promise<boolean>;
  /** Creates the set's (empty) tables, at the version the copy writes; outside the copy's transaction. */
  createInSqlite(db: Database.Database): void;
  createInPostgres(client: pg.ClientBase, schema: string): Promise<void>;
}

/** Every table of the store's schema (versions 1 and 2 have the same tables), parents before children (foreign keys). */
const TABLES: readonly TableSpec[] = [
  { name: 'clusters', columns: ['id', 'size', 'created_at'], order: 'id', pgOrder: 'id COLLATE "C"' },
  {
    name: 'documents',
    columns: [
      'seq', 'id', 'source', 'url', 'lang', 'title', 'published_date', 'published_precision', 'published_method',
      'published_start', 'published_end', 'text', 'relevant', 'cluster', 'ingested_at',
    ],
    order: 'seq',
    identity: 'seq',
    bulky: 'text',
    booleans: ['relevant'],
  },
  { name: 'document_sources', columns: ['document_id', 'source', 'url', 'added_at'], order: 'document_id, source', pgOrder: 'document_id COLLATE "C", source COLLATE "C"' },
  { name: 'removed', columns: ['document_id', 'seq', 'text', 'reason'], order: 'document_id, seq', pgOrder: 'document_id COLLATE "C", seq' },
  { name: 'actors', columns: ['id', 'name', 'country', 'kind'], order: 'id', identity: 'id' },
  {
    name: 'quotes',
    columns: ['id', 'document_id', 'seq', 'start_offset', 'end_offset', 'text', 'speaker_id', 'speaker_name', 'speaker_country', 'speaker_kind', 'kind'],
    order: 'id',
    identity: 'id',
  },
  {
    name: 'signals',
    columns: [
      'id', 'key', 'cluster', 'document_id', 'type', 'actor_id', 'target', 'date', 'date_precision', 'date_start', 'date_end',
      'severity', 'modality', 'sourcing', 'quote', 'confidence', 'sources',
    ],
    order: 'id',
    identity: 'id',
  },
  { name: 'signal_sources', columns: ['signal_id', 'document_id', 'seq', 'quote', 'confidence'], order: 'signal_id, document_id', pgOrder: 'signal_id, document_id COLLATE "C"' },
  { name: 'evidence', columns: ['id', 'signal_id', 'document_id', 'start_offset', 'end_offset', 'text'], order: 'id', identity: 'id' },
  { name: 'cluster_bands', columns: ['key', 'document_seq'], order: 'key' },
  { name: 'sketches', columns: ['document_seq', 'sketch'], order: 'document_seq' },
];

/** Rows per INSERT, and bytes of JSON per INSERT: whichever comes first. Large enough to amortise a round trip, small enough to stream. */
const BATCH_ROWS = 2000;
const BATCH_BYTES = 4 * 1024 * 1024;

export interface TableReport {
  readonly table: string;
  readonly rows: number;
  /** SHA-256 (hex) of the table's rows in key order, the same on both sides when the copy is faithful. */
  readonly checksum: string;
  readonly targetRows: number;
  readonly targetChecksum: string;
}

export interface CopyOptions {
  /** After each batch written. */
  readonly onProgress?: (table: string, rows: number) => void;
  /** Table sets kept beside the store's (the watcher's state), moved when the source has them. */
  readonly sets?: readonly TableSet[];
}

/** The copy did not happen; the target is left as it was. */
export class CopyError extends Error {
  override readonly name = 'CopyError';
  constructor(
    message: string,
    readonly reports: readonly TableReport[] = [],
  ) {
    super(message);
  }
}

/**
 * One value as both sides checksum it: SQLite's 0/1 and PostgreSQL's
 * booleans alike, blobs as hex, everything else as JSON has it.
 */
function canonical(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (Buffer.isBuffer(value)) return value.toString('hex');
  if (typeof value === 'bigint') return Number(value);
  return value;
}

function hashRow(hash: Hash, row: Record<string, unknown>, columns: readonly string[]): void {
  hash.update(JSON.stringify(columns.map((c) => canonical(row[c]))));
  hash.update('\n');
}


/** A value as PostgreSQL's json_populate_recordset reads it into the column's type. */
function toJson(value: unknown): unknown {
  if (Buffer.isBuffer(value)) return `\\x${value.toString('hex')}`;
  return value;
}

/** A value as SQLite stores it: booleans as 0/1 (better-sqlite3 binds numbers, strings, buffers and null). */
function toSqlite(value: unknown): unknown {
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value ?? null;
}

/** Rough bytes of a row, to cut batches: its bulky column's length, else a small constant. */
function sizeOf(spec: TableSpec, row: Record<string, unknown>): number {
  const bulky = spec.bulky ? row[spec.bulky] : undefined;
  return typeof bulky === 'string' ? bulky.length : 64;
}

async function* cursor(client: pg.ClientBase, sql: string, batch = 1000): AsyncGenerator<Record<string, unknown>> {
  await client.query(`DECLARE brink_copy NO SCROLL CURSOR FOR ${sql}`);
  try {
    for (;;) {
      const { rows } = await client.query(`FETCH ${batch} FROM brink_copy`);
      for (const row of rows as Record<string, unknown>[]) yield row;
      if (rows.length < batch) break;
    }
  } finally {
    await client.query('CLOSE brink_copy');
  }
}

function verified(reports: TableReport[]): TableReport[] {
  const wrong = reports.filter((r) => r.rows !== r.targetRows || r.checksum !== r.targetChecksum);
  if (wrong.length > 0) throw new CopyError(`read back differs for ${wrong.map((r) => r.table).join(', ')}; nothing was committed`, reports);
  return reports;
}

function parseUrl(url: string): PgLocation {
  try {
    return parseLocation(url);
  } catch (error) {
    throw new StoreOpenError(url, (error as Error).message);
  }
}

/** Rows already in the target's tables (the target must be empty), as "N table" phrases. */
function occupied(counts: readonly (readonly [string, number])[]): string | null {
  const full = counts.filter(([, n]) => n > 0).map(([table, n]) => `${n} ${table === 'documents' ? 'documents' : `${table} rows`}`);
  return full.length > 0 ? full.join(', ') : null;
}

/**
 * Copies the SQLite store at `sqlitePath` into the PostgreSQL store at `url`,
 * which must be empty (it is created and migrated if needed), with each of
 * `sets` the SQLite file holds. Returns one report per table; throws
 * CopyError (target untouched) or StoreOpenError.
 */
export async function copySqliteToPostgres(sqlitePath: string, url: string, options: CopyOptions = {}): Promise<TableReport[]> {
  const sqlite = openSqliteDatabase(sqlitePath, { readonly: true });
  let location: PgLocation;
  let sets: TableSet[];
  try {
    location = parseUrl(url);
    sets = (options.sets ?? []).filter((set) => set.inSqlite(sqlite));
  } catch (error) {
    sqlite.close();
    throw error;
  }
  const tables = [...TABLES, ...sets.flatMap((set) => set.tables)];
  const pool = createPool(location, { max: 1, applicationName: 'brink-migrate' });
  try {
    let client: pg.PoolClient;
    try {
      client = await pool.connect();
      await migrateUp(client, location.schema);
      for (const set of sets) await set.createInPostgres(client, location.schema);
    } catch (error) {
      throw new StoreOpenError(location.display, describePgError(error, location));
    }
    try {
      await client.query('BEGIN');
      // Nobody writes the target while it fills: a worker or watcher started meanwhile waits for the commit.
      await client.query(`LOCK TABLE ${tables.map((t) => t.name).join(', ')} IN EXCLUSIVE MODE`);
      const counts: [string, number][] = [];
      for (const t of ['documents', ...sets.flatMap((set) => set.tables.map((s) => s.name))]) {
        const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${t}`);
        counts.push([t, rows[0]?.n ?? 0]);
      }
      const present = occupied(counts);
      if (present) {
        throw new CopyError(`${location.display} already holds ${present}; brink migrate fills an empty store (add documents to a store with brink ingest)`);
      }
      const reports: TableReport[] = [];
      for (const spec of tables) {
        const columns = spec.columns.join(', ');
        const hash = createHash('sha256');
        let count = 0;
        let batch: Record<string, unknown>[] = [];
        let bytes = 0;
        const flush = async () => {
          if (batch.length === 0) return;
          const json = JSON.stringify(batch);
          await client.query(`INSERT INTO ${spec.name} (${columns}) SELECT ${columns} FROM json_populate_recordset(NULL::${spec.name}, $1::json)`, [json]);
          options.onProgress?.(spec.name, count);
          batch = [];
          bytes = 0;
        };
        const read = sqlite.prepare(`SELECT ${columns} FROM ${spec.name} ORDER BY ${spec.order}`);
        for (const row of read.iterate() as IterableIterator<Record<string, unknown>>) {
          hashRow(hash, row, spec.columns);
          count++;
          const out: Record<string, unknown> = {};
          for (const c of spec.columns) out[c] = toJson(spec.booleans?.includes(c) ? row[c] === 1 : row[c]);
          batch.push(out);
          bytes += sizeOf(spec, row);
          if (batch.length >= BATCH_ROWS || bytes >= BATCH_BYTES) await flush();
        }
        await flush();
        if (spec.identity) {
          await client.query(
            `SELECT setval(pg_get_serial_sequence('${spec.name}', '${spec.identity}'), coalesce(max(${spec.identity}), 0) + 1, false) FROM ${spec.name}`,
          );
        }
        // Read back what was written, in the same order, inside the same transaction.
        const back = createHash('sha256');
        let backCount = 0;
        for await (const row of cursor(client, `SELECT ${columns} FROM ${spec.name} ORDER BY ${spec.pgOrder ?? spec.order}`)) {
          hashRow(back, row, spec.columns);
          backCount++;
        }
        reports.push({ table: spec.name, rows: count, checksum: hash.digest('hex'), targetRows: backCount, targetChecksum: back.digest('hex') });
      }
      verified(reports);
      await client.query('COMMIT');
      return reports;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  } finally {
    sqlite.close();
    await pool.end();
  }
}

/**
 * Copies the PostgreSQL store at `url` into the SQLite store at `sqlitePath`,
 * which must be empty or not exist yet (it is created), with each of `sets`
 * the PostgreSQL store holds. The source is read in one read-only snapshot,
 * so writers may go on meanwhile; the copy is that moment's store. Returns
 * one report per table; throws CopyError (a file this call created is
 * removed, an existing one left as it was) or StoreOpenError.
 */
export async function copyPostgresToSqlite(url: string, sqlitePath: string, options: CopyOptions = {}): Promise<TableReport[]> {
  const location = parseUrl(url);
  const pool = createPool(location, { max: 1, readonly: true, applicationName: 'brink-migrate' });
  const created = sqlitePath !== ':memory:' && !existsSync(sqlitePath);
  let sqlite: Database.Database | null = null;
  let committed = false;
  try {
    let client: pg.PoolClient;
    const sets: TableSet[] = [];
    try {
      client = await pool.connect();
    } catch (error) {
      throw new StoreOpenError(location.display, describePgError(error, location));
    }
    try {
      // One snapshot for every table: rows written meanwhile are either all in the copy or all out of it.
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      const version = await currentVersion(client, location.schema);
      if (version === 0) throw new StoreOpenError(location.display, 'no Brink store there');
      if (version !== LATEST_VERSION) {
        throw new StoreOpenError(location.display, `schema version ${version}, this Brink needs ${LATEST_VERSION} (run brink ingest on it once to upgrade)`);
      }
      for (const set of options.sets ?? []) if (await set.inPostgres(client, location.schema)) sets.push(set);

      sqlite = openSqliteDatabase(sqlitePath);
      for (const set of sets) set.createInSqlite(sqlite);
      const target = sqlite;
      const tables = [...TABLES, ...sets.flatMap((set) => set.tables)];
      const present = occupied(
        ['documents', ...sets.flatMap((set) => set.tables.map((s) => s.name))].map((t) => [t, target.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number] as const),
      );
      if (present) throw new CopyError(`${sqlitePath} already holds ${present}; brink migrate fills an empty store`);

      target.exec('BEGIN IMMEDIATE');
      try {
        const reports: TableReport[] = [];
        for (const spec of tables) {
          const columns = spec.columns.join(', ');
          const insert = target.prepare(`INSERT INTO ${spec.name} (${columns}) VALUES (${spec.columns.map(() => '?').join(', ')})`);
          const hash = createHash('sha256');
          let count = 0;
          for await (const row of cursor(client, `SELECT ${columns} FROM ${spec.name} ORDER BY ${spec.pgOrder ?? spec.order}`, BATCH_ROWS)) {
            hashRow(hash, row, spec.columns);
            insert.run(spec.columns.map((c) => toSqlite(row[c])));
            if (++count % BATCH_ROWS === 0) options.onProgress?.(spec.name, count);
          }
          options.onProgress?.(spec.name, count);
          const back = createHash('sha256');
          let backCount = 0;
          for (const row of target.prepare(`SELECT ${columns} FROM ${spec.name} ORDER BY ${spec.order}`).iterate() as IterableIterator<Record<string, unknown>>) {
            hashRow(back, row, spec.columns);
            backCount++;
          }
          reports.push({ table: spec.name, rows: count, checksum: hash.digest('hex'), targetRows: backCount, targetChecksum: back.digest('hex') });
        }
        verified(reports);
        target.exec('COMMIT');
        committed = true;
        return reports;
      } finally {
        if (!committed && target.inTransaction) target.exec('ROLLBACK');
      }
    } finally {
      await client.query('ROLLBACK').catch(() => undefined);
      client.release();
    }
  } catch (error) {
    if (error instanceof StoreOpenError || error instanceof CopyError) throw error;
    // A connection lost midway, or a query the server refused: the copy did not happen.
    const code = (error as { code?: string }).code;
    if (code !== undefined && !code.startsWith('SQLITE')) throw new CopyError(`reading ${location.display}: ${describePgError(error, location)}; nothing was committed`);
    throw error;
  } finally {
    sqlite?.close();
    await pool.end();
    if (created && !committed) for (const suffix of ['', '-wal', '-shm']) rmSync(`${sqlitePath}${suffix}`, { force: true });
  }
}
