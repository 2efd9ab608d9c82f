/**
 * The watcher's state, kept in the store's SQLite file beside the store's
 * tables (so one file is the whole watcher: documents, what was seen, what
 * was alerted). Opened as a second connection with the settings SCHEMA.md
 * asks of every writer; the store must have been opened (created and
 * migrated) first.
 *
 * Crash safety without a shared transaction: the store saves a document in
 * its own transaction and is idempotent (the same content again adds
 * nothing). The item's seen-mark and its alert outbox rows are then written
 * together in one transaction here. A kill between the two leaves the item
 * unmarked, so it is processed again: the store adds nothing, and the outbox
 * rows (keyed by signal key and channel) come out the same. Nothing is lost,
 * nothing doubles.
 */
import Database from 'better-sqlite3';
import { migrateWatchUp } from './migrations.ts';

export type { ItemRow, ItemStatus } from './items.ts';
export type { SourceRow } from './sources.ts';
export type { AlertRow, AlertStatus } from './alerts.ts';
export { getItem, markItem } from './items.ts';
export { getSource, recordPoll, dueSources } from './sources.ts';
export { enqueueAlert, pendingAlerts, markAlert, alertsByStatus } from './alerts.ts';
export { migrateWatchDown, migrateWatchUp, watchVersion, WATCH_LATEST_VERSION } from './migrations.ts';
export { firstSignalKeyOfActor } from './actors.ts';

export type WatchDb = Database.Database;

export function openWatchDb(path: string): WatchDb {
  const db = new Database(path, { fileMustExist: path !== ':memory:' });
  try {
    db.pragma('busy_timeout = 5000');
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    migrateWatchUp(db);
    return db;
  } catch (error) {
    db.close();
    throw new Error(`cannot open watch state in ${path}: ${(error as Error).message}`);
  }
}

/** Runs `fn` in one IMMEDIATE transaction: all of its writes or none. */
export function inTransaction<T>(db: WatchDb, fn: () => T): T {
  return db.transaction(fn).immediate();
}
