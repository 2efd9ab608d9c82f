/** Repository of `actors`: one row per (name, country, kind). */
import type Database from 'better-sqlite3';
import type { ActorRef } from '../../document/index.ts';
import type { ActorRow } from '../rows.ts';
import { statement } from './statements.ts';

/** The id of an actor, inserting it the first time it is seen. */
export function actorId(db: Database.Database, actor: ActorRef): number {
  const find = statement(db, 'SELECT id FROM actors WHERE name = ? AND country IS ? AND kind = ?');
  const found = find.get(actor.name, actor.country, actor.kind) as Pick<ActorRow, 'id'> | undefined;
  if (found) return found.id;
  const result = statement(db, 'INSERT INTO actors (name, country, kind) VALUES (?, ?, ?)').run(actor.name, actor.country, actor.kind);
  return Number(result.lastInsertRowid);
}
