/**
 * The SQLite read model: the synchronous queries of this folder behind the
 * async `ReadModel`, on one read-only better-sqlite3 connection. Each call
 * runs to completion before it returns (better-sqlite3 is synchronous), so
 * a page is read from one snapshot, as before the interface existed.
 */
import { fts5Query, type SearchQuery } from '../fts.ts';
import type { ReadModel } from '../read-model.ts';
import { actorDetail, listActors } from './actors.ts';
import { listAlerts } from './alerts.ts';
import { listClusters } from './clusters.ts';
import type { Db } from './db.ts';
import { getDocument, listDocuments } from './documents.ts';
import { escalation } from './escalation.ts';
import { indicators } from './indicators.ts';
import { listQuotes } from './quotes.ts';
import { signalIndex } from './signal-index.ts';
import { listSignals, signalByKey } from './signals.ts';
import { storeStats } from './stats.ts';

/** Runs a synchronous query as a promise; a throw becomes a rejection, as from the PostgreSQL model. */
function now<T>(compute: () => T): Promise<T> {
  try {
    return Promise.resolve(compute());
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}

const match = (search: SearchQuery | undefined) => (search === undefined ? undefined : fts5Query(search));

export function sqliteReadModel(db: Db): ReadModel {
  return {
    backend: 'sqlite',
    // Changes on this connection whenever another connection (ingest, a watcher) commits.
    version: () => now(() => String(db.pragma('data_version', { simple: true }))),
    stats: () => now(() => storeStats(db)),
    signals: (f, sort, limit, after) => now(() => listSignals(db, { ...f, match: match(f.match) }, sort, limit, after)),
    signal: (key) => now(() => signalByKey(db, key)),
    documents: (f, sort, limit, after) => now(() => listDocuments(db, { ...f, match: match(f.match) }, sort, limit, after)),
    document: (id) => now(() => getDocument(db, id)),
    quotes: (f, limit, after) => now(() => listQuotes(db, { ...f, match: match(f.match) }, limit, after)),
    actors: (f, limit, after) => now(() => listActors(db, f, limit, after)),
    actor: (name) => now(() => actorDetail(db, name)),
    clusters: (minSize, limit, after) => now(() => listClusters(db, minSize, limit, after)),
    escalation: (params) => now(() => escalation(db, params)),
    indicators: (params) => now(() => indicators(db, params)),
    alerts: (f, limit, after) => now(() => listAlerts(db, f, limit, after)),
    warm: () =>
      now(() => {
        signalIndex(db);
      }),
    close: () =>
      now(() => {
        db.close();
      }),
  };
}
