/**
 * The SQLite backend of `Store` (better-sqlite3, WAL). Schema: SCHEMA.md.
 * Each document is one IMMEDIATE transaction, so a crash or kill mid-batch
 * leaves every stored document whole, and a rerun skips what is stored.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { recordFrom } from '../columns.ts';
import { StoreOpenError, type DocumentInput, type SaveResult, type Store, type StoreCounts } from '../types.ts';
import { clusterMembers, createCluster, findCluster, growCluster, indexSignature } from './clusters.ts';
import { addSource, findDocument, getDocumentRow, insertDocument, insertRemoved, removedOf, sourcesOf } from './documents.ts';
import { LATEST_VERSION, currentVersion, migrateUp } from './migrate.ts';
import { insertQuotes, queryQuotes, quotesOf } from './quotes.ts';
import { querySignals, saveSignals, signalsOf } from './signals.ts';

export interface SqliteStoreOptions {
  /** Open an existing store for reading only (export, the API); it must exist and be up to date. */
  readonly readonly?: boolean;
}

/** Why SQLite refused a path, in words a user can act on. */
function describeOpenError(path: string, error: unknown): string {
  const code = (error as { code?: string }).code;
  const message = (error as Error).message;
  if (code === 'SQLITE_NOTADB') return 'not a SQLite database';
  if (code === 'SQLITE_CANTOPEN') {
    const dir = dirname(resolve(path));
    if (!existsSync(dir)) return `directory ${dir} does not exist`;
    if (existsSync(path) && statSync(path).isDirectory()) return 'it is a directory';
    return `cannot open or create the file (${message}); check permissions`;
  }
  if (code === 'SQLITE_READONLY') return 'the file is read-only';
  if (code === 'SQLITE_CORRUPT') return `the database is corrupt (${message})`;
  return message;
}

export function openSqliteDatabase(path: string, options: SqliteStoreOptions = {}): Database.Database {
  if (options.readonly && path !== ':memory:' && !existsSync(path)) throw new StoreOpenError(path, 'no such file (create it with brink ingest)');
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
    db.pragma('busy_timeout = 5000');
    if (options.readonly) {
      // Touch the schema so a non-database file fails here, not at the first query.
      const version = currentVersionReadonly(db);
      if (version !== LATEST_VERSION) {
        throw new Error(`schema version ${version}, this Brink needs ${LATEST_VERSION} (run brink ingest on it once to upgrade)`);
      }
    } else {
      db.pragma('journal_mode = WAL');
      // NORMAL in WAL mode: a commit survives a process crash or kill (the
      // OS has the WAL pages); only a power cut may lose the last commits,
      // never corrupt the file. FULL would fsync every document.
      db.pragma('synchronous = NORMAL');
      db.pragma('foreign_keys = ON');
      migrateUp(db);
    }
    return db;
  } catch (error) {
    db?.close();
    if (error instanceof StoreOpenError) throw error;
    throw new StoreOpenError(path, describeOpenError(path, error));
  }
}

function currentVersionReadonly(db: Database.Database): number {
  const hasTable = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'").get();
  if (!hasTable) return 0;
  return currentVersion(db);
}

/* eslint-disable @typescript-eslint/require-await --
   Store's methods are async for backends that must be (a network database);
   better-sqlite3 is synchronous, and keeping \`async\` here turns its thrown
   errors into rejections, as callers of the interface expect. */
export function openSqliteStore(path: string, options: SqliteStoreOptions = {}): Store {
  const db = openSqliteDatabase(path, options);

  const save = db.transaction((input: DocumentInput): SaveResult => {
    const { record, url, signature } = input;
    const now = new Date().toISOString();
    const existing = findDocument(db, record.id);
    if (existing) {
      const sourceAdded = addSource(db, record.id, record.source, url, now);
      return { stored: false, id: record.id, cluster: existing.cluster, nearDuplicate: false, sourceAdded, signalsAdded: 0, signalsMerged: 0 };
    }
    const joined = signature ? findCluster(db, signature) : null;
    const cluster = joined ?? record.id;
    if (joined === null) createCluster(db, cluster, now);
    const seq = insertDocument(db, record, url, cluster, now);
    growCluster(db, cluster);
    addSource(db, record.id, record.source, url, now);
    insertRemoved(db, record.id, record.removed);
    insertQuotes(db, record.id, record.quotes);
    const signals = saveSignals(db, record.id, cluster, record.signals);
    if (signature) indexSignature(db, seq, signature);
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

  const count = (sql: string) => (db.prepare(sql).pluck().get() as number) ?? 0;

  return {
    async saveDocument(input) {
      if (options.readonly) throw new Error(`store ${path} is open read-only`);
      return save.immediate(input);
    },
    async getDocument(id) {
      const row = getDocumentRow(db, id);
      if (!row) return null;
      return recordFrom(row, { removed: removedOf(db, id), quotes: quotesOf(db, id), signals: signalsOf(db, id) });
    },
    async documentSources(id) {
      return sourcesOf(db, id);
    },
    async clusterOf(id) {
      return findDocument(db, id)?.cluster ?? null;
    },
    async *clusterMembers(cluster) {
      yield* clusterMembers(db, cluster);
    },
    async *signals(filter = {}) {
      yield* querySignals(db, filter);
    },
    async *quotes(filter = {}) {
      yield* queryQuotes(db, filter);
    },
    async counts(): Promise<StoreCounts> {
      return {
        documents: count('SELECT count(*) FROM documents'),
        sources: count('SELECT count(*) FROM document_sources'),
        clusters: count('SELECT count(*) FROM clusters'),
        signals: count('SELECT count(*) FROM signals'),
        quotes: count('SELECT count(*) FROM quotes'),
        actors: count('SELECT count(*) FROM actors'),
      };
    },
    async close() {
      if (db.open) db.close();
    },
  };
}
