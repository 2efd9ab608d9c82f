/**
 * Numbered migrations, each with up and down, applied on open in one
 * transaction each and recorded in `schema_version`. A database written by a
 * newer Brink (a version this build does not know) is refused rather than
 * guessed at.
 */
import type Database from 'better-sqlite3';
import type { MigrationSet } from '../migration.ts';
import { initial } from './migrations/001-initial.ts';

/** The store's own schema. */
export const STORE_MIGRATIONS: MigrationSet = { label: 'schema', table: 'schema_version', migrations: [initial] };

export const LATEST_VERSION = STORE_MIGRATIONS.migrations.length;

function ensureVersionTable(db: Database.Database, set: MigrationSet): void {
  db.exec(`CREATE TABLE IF NOT EXISTS ${set.table} (
    version     INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    applied_at  TEXT NOT NULL
  )`);
}

export function currentVersion(db: Database.Database, set: MigrationSet = STORE_MIGRATIONS): number {
  ensureVersionTable(db, set);
  const row = db.prepare(`SELECT max(version) AS v FROM ${set.table}`).get() as { v: number | null };
  return row.v ?? 0;
}

/** Brings `set` up to `target` (default: its latest). Returns the version reached. */
export function migrateUp(db: Database.Database, target?: number, set: MigrationSet = STORE_MIGRATIONS): number {
  const latest = set.migrations.length;
  let version = currentVersion(db, set);
  if (version > latest) {
    throw new Error(`${set.label} version ${version} is newer than this Brink knows (${latest}); upgrade Brink`);
  }
  const record = db.prepare(`INSERT INTO ${set.table} (version, name, applied_at) VALUES (?, ?, ?)`);
  for (const m of set.migrations) {
    if (m.version <= version || m.version > (target ?? latest)) continue;
    db.transaction(() => {
      db.exec(m.up);
      record.run(m.version, m.name, new Date().toISOString());
    }).immediate();
    version = m.version;
  }
  return version;
}

/** Rolls `set` back to `target` (0 = empty), newest first. */
export function migrateDown(db: Database.Database, target: number, set: MigrationSet = STORE_MIGRATIONS): number {
  let version = currentVersion(db, set);
  const forget = db.prepare(`DELETE FROM ${set.table} WHERE version = ?`);
  for (const m of [...set.migrations].reverse()) {
    if (m.version > version || m.version <= target) continue;
    db.transaction(() => {
      db.exec(m.down);
      forget.run(m.version);
    }).immediate();
    version = m.version - 1;
  }
  return version;
}
