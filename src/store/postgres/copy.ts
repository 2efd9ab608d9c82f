/**
 * Moving a SQLite store into an empty PostgreSQL store (`brink migrate`),
 * row for row: the same ids, sequence numbers, clusters, band index and
 * timestamps, so the moved store behaves exactly as the old one did and
 * later ingests dedup and cluster against it as they would have.
 *
 * Streamed: rows are read with SQLite's iterator and written in batches, so
 * memory stays flat whatever the store's size. All-or-nothing: the whole copy
 * is one PostgreSQL transaction, which commits only after every table has
 * been read back and found equal to its source (row count and a checksum
 * over every column), so a failed or interrupted move leaves the target empty.
 */
import { createHash, type Hash } from 'node:crypto';
import type pg from 'pg';
import { openSqliteDatabase } from '../sqlite/index.ts';
import { createPool, describePgError, parseLocation } from './connection.ts';
import { migrateUp } from './migrate.ts';
import { StoreOpenError } from '../types.ts';

interface TableSpec {
  readonly name: string;
  /** Columns copied and checksummed, as both schemas name them. */
  readonly columns: readonly string[];
  /** Primary key: the order rows are read in, as SQLite says it. */
  readonly order: string;
  /** The same order on PostgreSQL (text compared byte-wise, as SQLite's BINARY collation does). */
  readonly pgOrder?: string;
  /** Identity column whose sequence must continue after the copied rows. */
  readonly identity?: string;
}

/** Every table of schema version 1, parents before children (foreign keys). */
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

async function* cursor(client: pg.PoolClient, sql: string, batch = 1000): AsyncGenerator<Record<string, unknown>> {
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

/**
 * Copies the SQLite store at `sqlitePath` into the PostgreSQL store at `url`,
 * which must be empty (it is created and migrated if needed). Returns one
 * report per table; throws CopyError (target untouched) or StoreOpenError.
 */
export async function copySqliteToPostgres(sqlitePath: string, url: string, options: CopyOptions = {}): Promise<TableReport[]> {
  const sqlite = openSqliteDatabase(sqlitePath, { readonly: true });
  let location;
  try {
    location = parseLocation(url);
  } catch (error) {
    sqlite.close();
    throw new StoreOpenError(url, (error as Error).message);
  }
  const pool = createPool(location, { max: 1, applicationName: 'brink-migrate' });
  try {
    let client: pg.PoolClient;
    try {
      client = await pool.connect();
      await migrateUp(client, location.schema);
    } catch (error) {
      throw new StoreOpenError(location.display, describePgError(error, location));
    }
    try {
      await client.query('BEGIN');
      // Nobody writes the target while it fills: a worker started meanwhile waits for the commit.
      await client.query(`LOCK TABLE ${TABLES.map((t) => t.name).join(', ')} IN EXCLUSIVE MODE`);
      const { rows } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM documents');
      const present = rows[0]?.n ?? 0;
      if (present > 0) {
        throw new CopyError(`${location.display} already holds ${present} documents; brink migrate fills an empty store (add documents to a store with brink ingest)`);
      }
      const reports: TableReport[] = [];
      for (const spec of TABLES) {
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
          for (const c of spec.columns) out[c] = toJson(c === 'relevant' ? row[c] === 1 : row[c]);
          batch.push(out);
          bytes += (row['text'] as string | undefined)?.length ?? 64;
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
      const wrong = reports.filter((r) => r.rows !== r.targetRows || r.checksum !== r.targetChecksum);
      if (wrong.length > 0) throw new CopyError(`read back differs for ${wrong.map((r) => r.table).join(', ')}; nothing was committed`, reports);
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
