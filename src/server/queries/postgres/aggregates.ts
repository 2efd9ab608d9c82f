/**
 * The views computed over the in-memory signal index, on PostgreSQL: actors
 * (list and profile), the escalation index and the indicators board. The
 * passes over the index are the SQLite ones (../actors.ts, ../escalation.ts,
 * ../indicators.ts); only the few rows they name come from SQL here.
 */
import type { Queryable } from '../../../store/postgres/connection.ts';
import type { KeyValue } from '../../cursor.ts';
import type { ActorFilter, EscalationParams, IndicatorParams, Page } from '../../read-model.ts';
import type { ActorDetail, ActorSummary, Escalation, Indicators } from '../../schemas.ts';
import { actorPage, actorProfile, type ActorIdentity } from '../actors.ts';
import { escalationPass, markerIds, withMarkers, type MarkerRow } from '../escalation.ts';
import { NO_INDICATORS, indicatorBoard, indicatorPass, latestIds, type LatestRow } from '../indicators.ts';
import type { SignalIndex } from '../signal-index.ts';
import { Params } from './params.ts';
import { firstDay, latestDay } from './stats.ts';

/** LIKE wildcards in user text are literal characters. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export async function listActors(db: Queryable, idx: SignalIndex, f: ActorFilter, limit: number, after: KeyValue[] | null): Promise<Page<ActorSummary>> {
  const p = new Params();
  const clauses: string[] = [];
  // ILIKE: SQLite's LIKE is case-insensitive.
  if (f.q !== undefined) clauses.push(`a.name ILIKE ${p.add(likePattern(f.q))} ESCAPE '\\'`);
  if (f.country && f.country.length > 0) clauses.push(`a.country = ANY(${p.add(f.country)}::text[])`);
  if (f.kind && f.kind.length > 0) clauses.push(`a.kind = ANY(${p.add(f.kind)}::text[])`);
  const [actors, quotes] = await Promise.all([
    db.query<ActorIdentity>(`SELECT a.id, a.name, a.country, a.kind FROM actors a ${clauses.length ? `WHERE ${clauses.join(' AND ')}` : ''}`, p.values),
    db.query<{ id: number; n: number }>('SELECT speaker_id AS id, count(*)::integer AS n FROM quotes WHERE speaker_id IS NOT NULL GROUP BY speaker_id'),
  ]);
  return actorPage(actors.rows, new Map(quotes.rows.map((r) => [r.id, r.n])), idx, limit, after);
}

export async function actorDetail(db: Queryable, idx: SignalIndex, name: string): Promise<ActorDetail | null> {
  const [ids, quotes] = await Promise.all([
    db.query<ActorIdentity>('SELECT a.id, a.name, a.country, a.kind FROM actors a WHERE lower(a.name) = lower($1) ORDER BY a.id', [name]),
    db.query<{ n: number }>('SELECT count(*)::integer AS n FROM quotes WHERE speaker_id IN (SELECT id FROM actors WHERE lower(name) = lower($1))', [name]),
  ]);
  if (ids.rows.length === 0) return null;
  return actorProfile(ids.rows, idx, quotes.rows[0]?.n ?? 0);
}

export async function escalation(db: Queryable, idx: SignalIndex, params: EscalationParams): Promise<Escalation> {
  const [latest, first] = await Promise.all([params.asOf === undefined ? latestDay(db) : null, firstDay(db)]);
  const pass = escalationPass(idx, params, latest, first);
  if (pass.chosen.length === 0) return pass.result;
  const { rows } = await db.query<MarkerRow>(
    `SELECT s.id, s.key, s.type, a.name, a.country, s.document_id FROM signals s JOIN actors a ON a.id = s.actor_id
     WHERE s.id = ANY($1::bigint[])`,
    [markerIds(idx, pass)],
  );
  return withMarkers(idx, pass, rows);
}

export async function indicators(db: Queryable, idx: SignalIndex, params: IndicatorParams): Promise<Indicators> {
  const asOf = params.asOf ?? (await latestDay(db));
  if (asOf === null) return NO_INDICATORS;
  const pass = indicatorPass(idx, asOf, params);
  const { rows } = await db.query<LatestRow>(
    `SELECT s.id, s.key, s.date, a.name, s.quote, s.document_id,
       (SELECT e.text FROM evidence e WHERE e.signal_id = s.id AND e.document_id = s.document_id ORDER BY e.start_offset LIMIT 1) AS evidence
     FROM signals s JOIN actors a ON a.id = s.actor_id WHERE s.id = ANY($1::bigint[])`,
    [latestIds(idx, pass)],
  );
  return indicatorBoard(idx, pass, rows);
}
