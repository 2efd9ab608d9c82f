/**
 * The PostgreSQL backend of `Store` (node-postgres). Schema: SCHEMA.md here,
 * which lists how it differs from the SQLite one it mirrors.
 *
 * Each document is one transaction, as in SQLite. What SQLite gets from its
 * single writer, PostgreSQL gets from locks, because several workers write at
 * once: an advisory lock on the content id makes the same content saved twice
 * at once store once, and advisory locks on the band keys make near-duplicate
 * saves take turns, so they cluster as one writer would (clusters.ts).
 */
import type pg from 'pg';
import { StoreOpenError, type DocumentInput, type SaveResult, type Store, type StoreCounts } from '../types.ts';
import { actorIds } from './actors.ts';
import { clusterMembers, findCluster, indexSignature } from './clusters.ts';
import { createPool, describePgError, parseLocation, transaction, type PgLocation } from './connection.ts';
import { addSource, findDocument, insertDocument, sourcesOf } from './documents.ts';
import { bandLocks, documentLock, lockAll } from './locks.ts';
import { LATEST_VERSION, currentVersion, migrateUp } from './migrate.ts';
import { insertQuotes, queryQuotes } from './quotes.ts';
import { searchDocuments, searchQuotes, type DocumentHit, type QuoteHit, type SearchOptions } from './search.ts';
import { readRecord } from './record.ts';
import { querySignals, saveSignals } from './signals.ts';

export { isPostgresUrl, parseLocation, displayUrl } from './connection.ts';
export type { PgLocation } from './connection.ts';
export type { DocumentHit, QuoteHit, SearchOptions } from './search.ts';

export interface PostgresStoreOptions {
  /** Open an existing store for reading only: no migration, and every transaction read-only. */
  readonly readonly?: boolean;
  /** Connections the store may open (default 4; a worker running N jobs at once wants N + 1). */
  readonly poolSize?: number;
}

/** A PostgreSQL store: the `Store` interface plus full-text search. */
export interface PostgresStore extends Store {
  readonly location: PgLocation;
  /** Connected and migrated; rejects with the StoreOpenError every other call would get. */
  ready(): Promise<void>;
  searchDocuments(query: string, options?: SearchOptions): Promise<DocumentHit[]>;
  searchQuotes(query: string, options?: SearchOptions): Promise<QuoteHit[]>;
}

async function prepare(pool: pg.Pool, location: PgLocation, readonly: boolean): Promise<void> {
  const client = await pool.connect();
  try {
    if (readonly) {
      const version = await currentVersion(client, location.schema);
      if (version === 0) throw new Error('no Brink store there (create it with brink ingest or brink migrate)');
      if (version !== LATEST_VERSION) {
        throw new Error(`schema version ${version}, this Brink needs ${LATEST_VERSION} (run brink ingest on it once to upgrade)`);
      }
    } else {
      await migrateUp(client, location.schema);
    }
  } finally {
    client.release();
  }
}

/**
 * Opens the store at a `postgres://` URL. Returns at once, as `openStore`
 * must; connecting and migrating happen in the background, and every call
 * waits for them (an unreachable server makes every call reject with the
 * same StoreOpenError). Await `ready()` to surface that error up front.
 */
export function openPostgresStore(url: string, options: PostgresStoreOptions = {}): PostgresStore {
  let location: PgLocation;
  try {
    location = parseLocation(url);
  } catch (error) {
    throw new StoreOpenError(url, (error as Error).message);
  }
  const readonly = options.readonly ?? false;
  const pool = createPool(location, { max: options.poolSize ?? 4, readonly });
  const opening = prepare(pool, location, readonly).catch((error: unknown) => {
    throw new StoreOpenError(location.display, describePgError(error, location));
  });
  // Held here so an open that nobody awaits yet is not an unhandled rejection.
  opening.catch(() => undefined);
  let closed = false;

  const ready = async (): Promise<pg.Pool> => {
    if (closed) throw new Error(`store ${location.display} is closed`);
    await opening;
    return pool;
  };

  const save = async (input: DocumentInput): Promise<SaveResult> => {
    const { record, url: canonical, signature } = input;
    return transaction(await ready(), async (db) => {
      const now = new Date().toISOString();
      // The content id first and alone: the same content saved twice at once
      // stores once, and the second adds only its source.
      await lockAll(db, [documentLock(record.id)]);
      const existing = await findDocument(db, record.id);
      if (existing) {
        const sourceAdded = await addSource(db, record.id, record.source, canonical, now);
        return { stored: false, id: record.id, cluster: existing.cluster, nearDuplicate: false, sourceAdded, signalsAdded: 0, signalsMerged: 0 };
      }
      if (signature) await lockAll(db, bandLocks(signature.bands));
      const joined = signature ? await findCluster(db, signature) : null;
      const cluster = joined ?? record.id;
      const seq = await insertDocument(db, record, canonical, cluster, joined === null, now);
      const actors = await actorIds(db, [
        ...record.quotes.flatMap((q) => (q.speaker ? [q.speaker] : [])),
        ...record.signals.map((s) => s.actor),
      ]);
      await insertQuotes(db, record.id, record.quotes, actors);
      const signals = await saveSignals(db, record.id, cluster, record.signals, actors);
      if (signature) await indexSignature(db, seq, signature);
      return {
        stored: true,
        id: record.id,
        cluster,
        nearDuplicate: joined !== null,
        sourceAdded: true,
        signalsAdded: signals.added,
        signalsMerged: signals.merged,
      };
    });
  };

  const count = async (db: pg.Pool): Promise<StoreCounts> => {
    const { rows } = await db.query<StoreCounts>(`SELECT
      (SELECT count(*) FROM documents)::integer AS documents,
      (SELECT count(*) FROM document_sources)::integer AS sources,
      (SELECT count(*) FROM clusters)::integer AS clusters,
      (SELECT count(*) FROM signals)::integer AS signals,
      (SELECT count(*) FROM quotes)::integer AS quotes,
      (SELECT count(*) FROM actors)::integer AS actors`);
    return rows[0] as StoreCounts;
  };

  return {
    location,
    async ready() {
      await ready();
    },
    async saveDocument(input) {
      if (readonly) throw new Error(`store ${location.display} is open read-only`);
      return save(input);
    },
    async getDocument(id) {
      return readRecord(await ready(), id);
    },
    async documentSources(id) {
      return sourcesOf(await ready(), id);
    },
    async clusterOf(id) {
      return (await findDocument(await ready(), id))?.cluster ?? null;
    },
    async *clusterMembers(cluster) {
      yield* clusterMembers(await ready(), cluster);
    },
    async *signals(filter = {}) {
      yield* querySignals(await ready(), filter);
    },
    async *quotes(filter = {}) {
      yield* queryQuotes(await ready(), filter);
    },
    async counts() {
      return count(await ready());
    },
    async searchDocuments(query, searchOptions) {
      return searchDocuments(await ready(), query, searchOptions);
    },
    async searchQuotes(query, searchOptions) {
      return searchQuotes(await ready(), query, searchOptions);
    },
    async close() {
      if (closed) return;
      closed = true;
      await opening.catch(() => undefined);
      await pool.end();
    },
  };
}

/** Opens the store and waits until it is connected and migrated; rejects with StoreOpenError. */
export async function connectPostgresStore(url: string, options: PostgresStoreOptions = {}): Promise<PostgresStore> {
  const store = openPostgresStore(url, options);
  try {
    await store.ready();
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}
