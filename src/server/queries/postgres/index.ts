/**
 * The API's read model on PostgreSQL: the queries of ../*.ts with the same
 * filters, sorts, keyset cursors and row shapes, over a pool of read-only
 * connections.
 *
 * Why here and not in src/store/postgres/: these queries produce the API's
 * rows (schemas.ts), share the server's cursor keys, search parsing and the
 * in-memory signal index with the SQLite read model beside them, and change
 * when the API changes; the store folder holds what every command shares
 * (the schema, its migrations, the write path, `Store`). The indexes these
 * queries need are a store migration (002) all the same, since the schema is
 * the store's.
 */
import type pg from 'pg';
import { createPool, describePgError, parseLocation, type PgLocation } from '../../../store/postgres/connection.ts';
import { LATEST_VERSION, currentVersion } from '../../../store/postgres/migrate.ts';
import { StoreOpenError } from '../../../store/types.ts';
import type { ReadModel } from '../../read-model.ts';
import { actorDetail, escalation, indicators, listActors } from './aggregates.ts';
import { listAlerts } from './alerts.ts';
import { listClusters } from './clusters.ts';
import { getDocument, listDocuments } from './documents.ts';
import { listQuotes } from './quotes.ts';
import { PgSignalIndex } from './signal-index.ts';
import { listSignals, signalByKey } from './signals.ts';
import { storeStats } from './stats.ts';

/** Connections the API may hold: a document page runs five queries at once, and a few requests overlap. */
export const READ_POOL_SIZE = 8;

/**
 * PostgreSQL text cannot hold U+0000, and a parameter containing it is an
 * error (22021), where SQLite simply finds nothing. No stored text contains
 * it, so a value that does can match nothing; U+FFFF (a noncharacter, never
 * in stored text either) keeps that meaning and is a legal parameter.
 */
const NUL = /\u0000/g;
function withoutNul<T>(value: T): T {
  if (typeof value === 'string') return value.replace(NUL, '\uffff') as T;
  if (Array.isArray(value)) return value.map(withoutNul) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutNul(v)])) as T;
  }
  return value;
}

/**
 * The read model over `pool` (connections with the store's schema on their
 * search path, read-only). Closing it ends the pool.
 */
export function postgresReadModel(pool: pg.Pool): ReadModel {
  const index = new PgSignalIndex(pool);
  /**
   * The version: the server's current snapshot (xmin:xmax:in-progress ids).
   * Any commit anywhere on the server changes it, so it never stays put
   * across a change of this store; it may move without one, which only
   * costs a recomputation.
   */
  const version = async () => (await pool.query<{ v: string }>('SELECT pg_current_snapshot()::text AS v')).rows[0]!.v;
  const indexNow = async () => index.at(await version());
  return {
    backend: 'postgres',
    version,
    stats: () => storeStats(pool),
    signals: (f, sort, limit, after) => listSignals(pool, withoutNul(f), sort, limit, withoutNul(after)),
    signal: (key) => signalByKey(pool, withoutNul(key)),
    documents: (f, sort, limit, after) => listDocuments(pool, withoutNul(f), sort, limit, withoutNul(after)),
    document: (id) => getDocument(pool, withoutNul(id)),
    quotes: (f, limit, after) => listQuotes(pool, withoutNul(f), limit, withoutNul(after)),
    actors: async (f, limit, after) => listActors(pool, await indexNow(), withoutNul(f), limit, after),
    actor: async (name) => actorDetail(pool, await indexNow(), withoutNul(name)),
    clusters: (minSize, limit, after) => listClusters(pool, minSize, limit, withoutNul(after)),
    escalation: async (params) => escalation(pool, await indexNow(), withoutNul(params)),
    indicators: async (params) => indicators(pool, await indexNow(), withoutNul(params)),
    alerts: (f, limit, after) => listAlerts(pool, withoutNul(f), limit, withoutNul(after)),
    warm: async () => {
      await indexNow();
    },
    close: () => pool.end(),
  };
}

/**
 * Connects to the store at a `postgres://` URL for reading, and checks it is
 * a Brink store of this version. Rejects with a StoreOpenError naming the
 * URL (password masked) and what to do, as `connectStore` does.
 */
export async function connectPostgresReadModel(url: string, options: { poolSize?: number } = {}): Promise<ReadModel> {
  let location: PgLocation;
  try {
    location = parseLocation(url);
  } catch (error) {
    throw new StoreOpenError(url, (error as Error).message);
  }
  const pool = createPool(location, { max: options.poolSize ?? READ_POOL_SIZE, readonly: true, applicationName: 'brink-serve' });
  try {
    const client = await pool.connect();
    try {
      const version = await currentVersion(client, location.schema);
      if (version === 0) throw new Error('no Brink store there (create it with brink ingest, or brink migrate)');
      if (version !== LATEST_VERSION) {
        throw new Error(`schema version ${version}, this Brink needs ${LATEST_VERSION} (run brink ingest on it once, or brink migrate, to upgrade)`);
      }
    } finally {
      client.release();
    }
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new StoreOpenError(location.display, describePgError(error, location));
  }
  return postgresReadModel(pool);
}
