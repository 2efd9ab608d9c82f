/** Repository of `actors`: one row per (name, country, kind). */
import type Database from 'better-sqlite3';
import type { ActorRef } from '../../document/index.ts';
import type { ActorRow } from '../rows.ts';
import { statement } from './statements.ts';

/**
 * An actor's row by name, country and kind, written as the unique
 * index `actors_identity` is (name, ifnull(country, ''), kind), so that the
 * look-up is a search of that index: `country IS ?` alone made SQLite walk
 * every actor of the country (or of none), a cost growing with the store,
 * paid for each quote and signal saved. Parameters: name, country, kind, country.
 */
export const FIND_ACTOR = "SELECT id FROM actors WHERE name = ? AND ifnull(country, '') = ifnull(?, '') AND kind = ? AND country IS ?";

/** The id of an actor, inserting it the first time it is seen. */
export function actorId(db: Database.Database, actor: ActorRef): number {
  const find = statement(db, FIND_ACTOR);
  const found = find.get(actor.name, actor.country, actor.kind, actor.country) as Pick<ActorRow, 'id'> | undefined;
  if (found) return found.id;
  const result = statement(db, 'INSERT INTO actors (name, country, kind) VALUES (?, ?, ?)').run(actor.name, actor.country, actor.kind);
  return Number(result.lastInsertRowid);
}
