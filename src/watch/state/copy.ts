/**
 * The watcher's tables as `brink migrate` moves them (src/store/postgres/copy.ts):
 * a table set beside the store's, present only in stores a watcher opened,
 * with the same columns on both backends. Rows are read in primary-key order,
 * byte-wise on both sides, so both checksum them in the same order.
 */
import type Database from 'better-sqlite3';
import type pg from 'pg';
import { CopyError, type TableSet } from '../../store/postgres/copy.ts';
import { currentVersion, migrateUp } from '../../store/postgres/migrate.ts';
import { WATCH_PG_LATEST_VERSION, WATCH_PG_SET } from './postgres/migrations.ts';
import { migrateWatchUp, WATCH_LATEST_VERSION } from './sqlite/migrations.ts';

/** The version both backends' watch tables are at when copied: their columns are the same there. */
const COPIED_VERSION = 1;

function refuseUnknown(version: number, where: string): void {
  if (version !== COPIED_VERSION) {
    throw new CopyError(`${where} has watch state version ${version}; this Brink copies version ${COPIED_VERSION} (open it with brink watch once to upgrade)`);
  }
}

export const WATCH_STATE_TABLES: TableSet = {
  label: 'watch state',
  tables: [
    {
      name: 'watch_sources',
      columns: ['name', 'etag', 'last_modified', 'next_due_at', 'last_polled_at', 'last_ok_at', 'last_error', 'failures'],
      order: 'name',
      pgOrder: 'name COLLATE "C"',
    },
    {
      name: 'watch_items',
      columns: ['key', 'source', 'version', 'status', 'document_id', 'detail', 'attempts', 'meta', 'first_seen_at', 'processed_at'],
      order: 'key',
      pgOrder: 'key COLLATE "C"',
      bulky: 'meta',
    },
    {
      name: 'watch_alerts',
      columns: ['signal_key', 'channel', 'rules', 'payload', 'status', 'attempts', 'next_attempt_at', 'last_error', 'created_at', 'delivered_at'],
      order: 'signal_key, channel',
      pgOrder: 'signal_key COLLATE "C", channel COLLATE "C"',
      bulky: 'payload',
    },
  ],
  inSqlite(db: Database.Database) {
    // Read-only: look, never create the version table.
    const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'watch_schema_version'").get();
    if (!table) return false;
    const version = (db.prepare('SELECT max(version) FROM watch_schema_version').pluck().get() as number | null) ?? 0;
    if (version === 0) return false;
    refuseUnknown(version, 'the SQLite store');
    return true;
  },
  async inPostgres(client: pg.ClientBase, schema: string) {
    const version = await currentVersion(client, schema, WATCH_PG_SET);
    if (version === 0) return false;
    refuseUnknown(version, 'the PostgreSQL store');
    return true;
  },
  createInSqlite(db: Database.Database) {
    refuseUnknown(WATCH_LATEST_VERSION, 'this Brink');
    migrateWatchUp(db);
  },
  async createInPostgres(client: pg.ClientBase, schema: string) {
    refuseUnknown(WATCH_PG_LATEST_VERSION, 'this Brink');
    await migrateUp(client, schema, undefined, WATCH_PG_SET);
  },
};
