/**
 * The watcher's state in the store's SQLite file, beside the store's tables
 * (so one file is the whole watcher: documents, what was seen, what was
 * alerted). Opened as a second connection with the settings the store's
 * SCHEMA.md asks of every writer; the store must have been opened (created
 * and migrated) first.
 *
 * Crash safety without a shared transaction: the store saves a document in
 * its own transaction and is idempotent (the same content again adds
 * nothing). The item's seen-mark and its alert outbox rows are then written
 * together in one transaction here. A kill between the two leaves the item
 * unmarked, so it is processed again: the store adds nothing, and the outbox
 * rows (keyed by signal key and channel) come out the same. Nothing is lost,
 * nothing doubles.
 *
 * One watcher per file: a claim here is the `delivering` mark alone, which
 * one process's sequential delivery makes safe (PostgreSQL, where watchers
 * share a store, adds a lock; see ../postgres/).
 */
import Database from 'better-sqlite3';
import type { AlertClaim, WatchState } from '../types.ts';
import { firstSignalKeyOfActor } from './actors.ts';
import { alertsByStatus, enqueueAlert, getAlert, markAlert, pendingAlerts } from './alerts.ts';
import { getItem, markItem } from './items.ts';
import { migrateWatchUp } from './migrations.ts';
import { dueSources, getSource, recordPoll } from './sources.ts';

export { migrateWatchDown, migrateWatchUp, watchVersion, WATCH_LATEST_VERSION, WATCH_MIGRATIONS } from './migrations.ts';

export function openWatchDb(path: string): Database.Database {
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

/* eslint-disable @typescript-eslint/require-await --
   WatchState is async for PostgreSQL; better-sqlite3 is synchronous, and
   `async` here turns its thrown errors into rejections, as callers expect. */
/** The watch state of the SQLite store at `path` (created and migrated on open). */
export function openSqliteWatchState(path: string): WatchState {
  const db = openWatchDb(path);
  const commit = db.transaction((alerts: Parameters<WatchState['commitItem']>[0], mark: Parameters<WatchState['commitItem']>[1], now: string) => {
    let added = 0;
    for (const a of alerts) if (enqueueAlert(db, a.signalKey, a.channel, a.rules, a.payload, now)) added++;
    if (mark) markItem(db, mark, now);
    return added;
  });
  return {
    async getSource(name) {
      return getSource(db, name);
    },
    async recordPoll(outcome, now) {
      recordPoll(db, outcome, now);
    },
    async dueSources(names, now) {
      return dueSources(db, names, now);
    },
    async getItem(key) {
      return getItem(db, key);
    },
    async firstSignalKeyOfActor(name, country) {
      return firstSignalKeyOfActor(db, name, country);
    },
    async commitItem(alerts, mark, now) {
      return commit.immediate(alerts, mark, now);
    },
    async pendingAlerts(now, limit) {
      return pendingAlerts(db, now, limit);
    },
    async claimAlert(signalKey, channel, now): Promise<AlertClaim | null> {
      const row = getAlert(db, signalKey, channel);
      if (!row || (row.status !== 'pending' && row.status !== 'delivering') || row.next_attempt_at > now) return null;
      markAlert(db, signalKey, channel, { status: 'delivering' }, now);
      return {
        row,
        async settle(update, at) {
          if (update) markAlert(db, signalKey, channel, update, at);
        },
      };
    },
    async alertsByStatus(status) {
      return alertsByStatus(db, status);
    },
    async close() {
      if (db.open) db.close();
    },
  };
}
