/**
 * Numbered migrations, each with up and down, applied on open in one
 * transaction each and recorded in `schema_version`. A database written by a
 * newer Brink (a version this build does not know) is refused rather than
 * guessed at.
 */
import type Database from 'better-sqlite3';
import { initial } from './migrations/001-initial.ts';

export interface Migration {
  readonly version: number;
  readonly name: string;
  /** SQL run to go from version - 1 to version. */
  readonly up: string;
  /** SQL run to go back from version to version - 1. */
  readonly down: string;
}

/** Every migration, in order; versions are 1, 2, 3… with no gaps. */
export const MIGRATIONS: readonly Migration[] = [initial];

export const LATEST_VERSION = MIGRATIONS.length;

function ensureVersionTable(db: Database.Database): void {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_version (
    version     INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    applied_at  TEXT NOT NULL
  )`);
}

export function currentVersion(db: Database.Database): number {
  ensureVersionTable(db);
  const row = db.prepare('SELECT max(version) AS v FROM schema_version').get() as { v: number | null };
  return row.v ?? 0;
}

/** Brings the schema up to `target` (default: latest). Returns the version reached. */
export function migrateUp(db: Database.Database, target = LATEST_VERSION): number {
  let version = currentVersion(db);
  if (version > LATEST_VERSION) {
    throw new Error(`schema version ${version} is newer than this Brink knows (${LATEST_VERSION}); upgrade Brink`);
  }
  const record = db.prepare('INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)');
  for (const m of MIGRATIONS) {
    if (m.version <= version || m.version > target) continue;
    db.transaction(() => {
      db.exec(m.up);
      record.run(m.version, m.name, new Date().toISOString());
    }).immediate();
    version = m.version;
  }
  return version;
}

/** Rolls the schema back to `target` (0 = empty), newest first. */
export function migrateDown(db: Database.Database, target: number): number {
  let version = currentVersion(db);
  const forget = db.prepare('DELETE FROM schema_version WHERE version = ?');
  for (const m of [...MIGRATIONS].reverse()) {
    if (m.version > version || m.version <= target) continue;
    db.transaction(() => {
      db.exec(m.down);
      forget.run(m.version);
    }).immediate();
    version = m.version - 1;
  }
  return version;
}
