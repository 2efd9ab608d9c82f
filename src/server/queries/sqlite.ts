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

const match = (search: SearchQuery | undefined) => (search === undefined ? undefined : fts5Query(search));

export function sqliteReadModel(db: Db): ReadModel {
  return {
    backend: 'sqlite',
    // Changes on this connection whenever another connection (ingest, a watcher) commits.
    version: async () => String(db.pragma('data_version', { simple: true })),
    stats: async () => storeStats(db),
    signals: async (f, sort, limit, after) => listSignals(db, { ...f, match: match(f.match) }, sort, limit, after),
    signal: async (key) => signalByKey(db, key),
    documents: async (f, sort, limit, after) => listDocuments(db, { ...f, match: match(f.match) }, sort, limit, after),
    document: async (id) => getDocument(db, id),
    quotes: async (f, limit, after) => listQuotes(db, { ...f, match: match(f.match) }, limit, after),
    actors: async (f, limit, after) => listActors(db, f, limit, after),
    actor: async (name) => actorDetail(db, name),
    clusters: async (minSize, limit, after) => listClusters(db, minSize, limit, after),
    escalation: async (params) => escalation(db, params),
    indicators: async (params) => indicators(db, params),
    alerts: async (f, limit, after) => listAlerts(db, f, limit, after),
    warm: async () => {
      signalIndex(db);
    },
    close: async () => {
      db.close();
    },
  };
}
