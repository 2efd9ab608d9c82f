/** Repository of `actors`: one row per (name, country, kind). */
import type { ActorRef } from '../../document/index.ts';
import { actorFromColumns } from '../columns.ts';
import type { Queryable } from './connection.ts';

/** The identity of an actor as a map key. */
export function actorKey(actor: ActorRef): string {
  return JSON.stringify([actor.name, actor.country, actor.kind]);
}

/**
 * The ids of these actors, inserting those seen for the first time. Rows are
 * inserted in one fixed order (sorted by identity), so two documents adding
 * the same new actors concurrently wait for each other instead of deadlocking.
 */
export async function actorIds(db: Queryable, actors: readonly ActorRef[]): Promise<Map<string, number>> {
  const distinct = new Map<string, ActorRef>();
  for (const a of actors) distinct.set(actorKey(a), a);
  const ids = new Map<string, number>();
  if (distinct.size === 0) return ids;
  const sorted = [...distinct.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, a]) => a);
  const names = sorted.map((a) => a.name);
  const countries = sorted.map((a) => a.country);
  const kinds = sorted.map((a) => a.kind);
  await db.query(
    `INSERT INTO actors (name, country, kind)
     SELECT name, country, kind FROM unnest($1::text[], $2::text[], $3::text[]) WITH ORDINALITY AS a(name, country, kind, ord) ORDER BY ord
     ON CONFLICT (name, (coalesce(country, '')), kind) DO NOTHING`,
    [names, countries, kinds],
  );
  const { rows } = await db.query<{ id: number; name: string; country: string | null; kind: string }>(
    `SELECT a.id, a.name, a.country, a.kind FROM actors a
     JOIN unnest($1::text[], $2::text[], $3::text[]) AS w(name, country, kind)
       ON a.name = w.name AND coalesce(a.country, '') = coalesce(w.country, '') AND a.kind = w.kind`,
    [names, countries, kinds],
  );
  for (const r of rows) ids.set(actorKey(actorFromColumns(r.name, r.country, r.kind)), r.id);
  return ids;
}
