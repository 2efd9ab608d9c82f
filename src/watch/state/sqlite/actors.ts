/**
 * "A new actor signalling for the first time": the actor is new for a signal
 * when that signal is the actor's earliest row in the store's `signals` table
 * (SCHEMA.md v1: `signals.id` is insertion order). Defined on the store's own
 * order, not on what the watcher happened to see first, so the answer for a
 * signal never changes, whatever order items are processed or replayed in
 * after a crash, and signals ingested before the watcher ran count too.
 */
import type Database from 'better-sqlite3';
import { statement } from '../../../store/sqlite/statements.ts';

/** The key of the earliest stored signal by this actor (name case-insensitive, same country), or null. */
export function firstSignalKeyOfActor(db: Database.Database, name: string, country: string | null): string | null {
  return (
    (statement(
      db,
      `SELECT s.key FROM signals s JOIN actors a ON a.id = s.actor_id
       WHERE a.name = ? COLLATE NOCASE AND a.country IS ? ORDER BY s.id LIMIT 1`,
    )
      .pluck()
      .get(name, country) as string | undefined) ?? null
  );
}
