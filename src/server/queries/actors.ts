/**
 * Actor reads: the list (who signalled most) and one actor's profile (signals
 * by month and by type; the signals and quotes themselves come from the
 * signal and quote lists filtered by actor name).
 */
import type { ActorKind, SignalType } from '../../document/index.ts';
import type { KeyValue } from '../cursor.ts';
import type { ActorDetail, ActorSummary } from '../schemas.ts';
import { stmt, type Db } from './db.ts';

export interface ActorFilter {
  /** Substring of the name, case-insensitive. */
  readonly q?: string | undefined;
  readonly country?: readonly string[] | undefined;
  readonly kind?: readonly ActorKind[] | undefined;
}

interface ActorRow {
  id: number;
  name: string;
  country: string | null;
  kind: ActorKind;
  signals: number;
  quotes: number;
  max_severity: number | null;
  first: string | null;
  last: string | null;
}

/** LIKE wildcards in user text are literal characters. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

const toSummary = (r: ActorRow): ActorSummary => ({
  name: r.name,
  country: r.country,
  kind: r.kind,
  signals: r.signals,
  quotes: r.quotes,
  maxSeverity: r.max_severity,
  first: r.first,
  last: r.last,
});

export const ACTOR_KEY_ARITY = 2;

/** Actors with their activity, most signals first. */
export function listActors(db: Db, f: ActorFilter, limit: number, after: KeyValue[] | null): { items: ActorSummary[]; nextKey: KeyValue[] | null } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  if (f.q !== undefined) {
    clauses.push("a.name LIKE ? ESCAPE '\\'");
    params.push(likePattern(f.q));
  }
  if (f.country && f.country.length > 0) {
    clauses.push('a.country IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(f.country));
  }
  if (f.kind && f.kind.length > 0) {
    clauses.push('a.kind IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(f.kind));
  }
  const outer: string[] = [];
  if (after) {
    outer.push('(signals < ? OR (signals = ? AND id > ?))');
    params.push(after[0], after[0], after[1]);
  }
  const rows = stmt(
    db,
    `WITH agg AS (
       SELECT actor_id, count(*) AS signals, max(severity) AS max_severity, min(date_start) AS first, max(date_end) AS last
       FROM signals GROUP BY actor_id
     ), listed AS (
       SELECT a.id, a.name, a.country, a.kind, ifnull(g.signals, 0) AS signals, g.max_severity, g.first, g.last,
         (SELECT count(*) FROM quotes q WHERE q.speaker_id = a.id) AS quotes
       FROM actors a LEFT JOIN agg g ON g.actor_id = a.id
       ${clauses.length ? `WHERE ${clauses.join(' AND ')}` : ''}
     )
     SELECT * FROM listed ${outer.length ? `WHERE ${outer.join(' AND ')}` : ''} ORDER BY signals DESC, id ASC LIMIT ?`,
  ).all(...params, limit + 1) as ActorRow[];
  const more = rows.length > limit;
  const page = more ? rows.slice(0, limit) : rows;
  const last = page[page.length - 1];
  return { items: page.map(toSummary), nextKey: more && last ? [last.signals, last.id] : null };
}

/** One actor by name (case-insensitive), all identities with that name together; null if unknown. */
export function actorDetail(db: Db, name: string): ActorDetail | null {
  const ids = stmt(
    db,
    `SELECT a.id, a.name, a.country, a.kind, (SELECT count(*) FROM signals s WHERE s.actor_id = a.id) AS signals
     FROM actors a WHERE a.name = ? COLLATE NOCASE ORDER BY signals DESC, a.id`,
  ).all(name) as { id: number; name: string; country: string | null; kind: ActorKind; signals: number }[];
  const main = ids[0];
  if (!main) return null;
  const idList = JSON.stringify(ids.map((i) => i.id));
  const totals = stmt(
    db,
    `SELECT count(*) AS signals, max(severity) AS max_severity, min(date_start) AS first, max(date_end) AS last
     FROM signals WHERE actor_id IN (SELECT value FROM json_each(?))`,
  ).get(idList) as { signals: number; max_severity: number | null; first: string | null; last: string | null };
  const quotes = (stmt(db, 'SELECT count(*) AS n FROM quotes WHERE speaker_id IN (SELECT value FROM json_each(?))').get(idList) as { n: number }).n;
  const byMonth = stmt(
    db,
    `SELECT substr(date_start, 1, 7) AS month, count(*) AS signals, max(severity) AS maxSeverity
     FROM signals WHERE actor_id IN (SELECT value FROM json_each(?)) AND date_start IS NOT NULL GROUP BY month ORDER BY month`,
  ).all(idList) as { month: string; signals: number; maxSeverity: number }[];
  const byType = stmt(
    db,
    `SELECT type, count(*) AS signals, max(severity) AS maxSeverity
     FROM signals WHERE actor_id IN (SELECT value FROM json_each(?)) GROUP BY type ORDER BY signals DESC, type`,
  ).all(idList) as { type: SignalType; signals: number; maxSeverity: number }[];
  return {
    actor: toSummary({ ...main, ...totals, quotes }),
    byMonth,
    byType,
  };
}
