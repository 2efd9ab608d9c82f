/**
 * Actor reads: the list (who signalled most) and one actor's profile (signals
 * by month and by type; the signals and quotes themselves come from the
 * signal and quote lists filtered by actor name). Activity is counted over
 * the in-memory signal index; names and quote counts come from SQL.
 */
import { SIGNAL_TYPES, type ActorKind, type SignalType } from '../../document/index.ts';
import type { KeyValue } from '../cursor.ts';
import type { ActorDetail, ActorSummary } from '../schemas.ts';
import { stmt, type Db } from './db.ts';
import { Where } from './where.ts';
import { NO_DAY, dayString, signalIndex, type SignalIndex } from './signal-index.ts';

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

interface Activity {
  signals: number;
  maxSeverity: number;
  first: number;
  last: number;
}

/** Per actor id: stored signals (rows, as the store counts them), highest severity, first and last day. */
function activityOf(idx: SignalIndex): Map<number, Activity> {
  // Per actor id in typed arrays, not a Map lookup per row: this runs over every signal (3M at 1M
  // documents); the Map is made at the end, for the actors that have signals. Actor ids are the
  // store's identity sequence, so the arrays are about as long as the actors table (21 bytes each).
  const { actor: actors, severity, start, end } = idx;
  let maxId = -1;
  for (let i = 0; i < idx.size; i++) if (actors[i]! > maxId) maxId = actors[i]!;
  const signals = new Int32Array(maxId + 1);
  const maxSeverity = new Int8Array(maxId + 1).fill(-1);
  const first = new Float64Array(maxId + 1).fill(Infinity);
  const last = new Float64Array(maxId + 1).fill(-Infinity);
  for (let i = 0; i < idx.size; i++) {
    const a = actors[i]!;
    signals[a]!++;
    const sev = severity[i]!;
    if (sev > maxSeverity[a]!) maxSeverity[a] = sev;
    const s = start[i]!;
    if (s !== NO_DAY) {
      if (s < first[a]!) first[a] = s;
      if (end[i]! > last[a]!) last[a] = end[i]!;
    }
  }
  const out = new Map<number, Activity>();
  for (let a = 0; a <= maxId; a++) {
    if (signals[a]! > 0) out.set(a, { signals: signals[a]!, maxSeverity: maxSeverity[a]!, first: first[a]!, last: last[a]! });
  }
  return out;
}

function summary(r: ActorIdentity, a: Activity | undefined, quotes: number): ActorRow {
  return {
    ...r,
    signals: a?.signals ?? 0,
    quotes,
    max_severity: a && a.maxSeverity >= 0 ? a.maxSeverity : null,
    first: a && Number.isFinite(a.first) ? dayString(a.first) : null,
    last: a && Number.isFinite(a.last) ? dayString(a.last) : null,
  };
}

/** An actor identity as the store has it. */
export interface ActorIdentity {
  id: number;
  name: string;
  country: string | null;
  kind: ActorKind;
}

export interface ActorPageResult {
  readonly items: ActorSummary[];
  readonly nextKey: KeyValue[] | null;
}

/** One page of actors, most signals first, from the filtered identities, quote counts by actor id, and the signal index. */
export function actorPage(actors: readonly ActorIdentity[], quotes: ReadonlyMap<number, number>, idx: SignalIndex, limit: number, after: KeyValue[] | null): ActorPageResult {
  const activity = activityOf(idx);
  let rows = actors.map((a) => summary(a, activity.get(a.id), quotes.get(a.id) ?? 0));
  rows.sort((a, b) => b.signals - a.signals || a.id - b.id);
  if (after) {
    const [k, id] = after as [number, number];
    rows = rows.filter((r) => r.signals < k || (r.signals === k && r.id > id));
  }
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return { items: page.map(toSummary), nextKey: rows.length > limit && last ? [last.signals, last.id] : null };
}

/** Actors with their activity, most signals first. */
export function listActors(db: Db, f: ActorFilter, limit: number, after: KeyValue[] | null): ActorPageResult {
  const where = new Where()
    .given("a.name LIKE ? ESCAPE '\\'", f.q === undefined ? undefined : likePattern(f.q))
    .oneOf('a.country', f.country)
    .oneOf('a.kind', f.kind);
  const actors = stmt(db, `SELECT a.id, a.name, a.country, a.kind FROM actors a ${where.sql}`).all(
    ...where.params,
  ) as ActorIdentity[];
  const quotes = new Map(
    (stmt(db, 'SELECT speaker_id AS id, count(*) AS n FROM quotes WHERE speaker_id IS NOT NULL GROUP BY speaker_id').all() as { id: number; n: number }[]).map(
      (r) => [r.id, r.n],
    ),
  );
  return actorPage(actors, quotes, signalIndex(db), limit, after);
}

/**
 * One actor's profile from its identities (every actor row with that name,
 * case-insensitive; at least one), the signal index and its quote count.
 */
export function actorProfile(ids: readonly ActorIdentity[], idx: SignalIndex, quotes: number): ActorDetail {
  // One pass over the whole index (3M rows at 1M documents): columns read once into locals, the
  // identities as a byte per actor id (a Set lookup per row cost 8x more), counts by start day and
  // type index in plain structures; months and type names are made once at the end.
  const maxId = Math.max(...ids.map((i) => i.id));
  const isOurs = new Uint8Array(maxId + 1);
  for (const i of ids) isOurs[i.id] = 1;
  const { actor, severity, start, end, type } = idx;
  const perIdentity = new Map<number, Activity>();
  const days = new Map<number, { signals: number; maxSeverity: number }>();
  const typeSignals = new Int32Array(SIGNAL_TYPES.length);
  const typeMax = new Int32Array(SIGNAL_TYPES.length);
  for (let i = 0; i < idx.size; i++) {
    const who = actor[i]!;
    if (who > maxId || isOurs[who] !== 1) continue;
    const sev = severity[i]!;
    let a = perIdentity.get(who);
    if (!a) {
      a = { signals: 0, maxSeverity: -1, first: Infinity, last: -Infinity };
      perIdentity.set(who, a);
    }
    a.signals++;
    if (sev > a.maxSeverity) a.maxSeverity = sev;
    const t = type[i]!;
    typeSignals[t]!++;
    if (sev > typeMax[t]!) typeMax[t] = sev;
    const day = start[i]!;
    if (day !== NO_DAY) {
      if (day < a.first) a.first = day;
      if (end[i]! > a.last) a.last = end[i]!;
      const d = days.get(day);
      if (d) {
        d.signals++;
        if (sev > d.maxSeverity) d.maxSeverity = sev;
      } else days.set(day, { signals: 1, maxSeverity: sev });
    }
  }
  // The identity with most signals names the actor (a name may be filed under two kinds or countries).
  const main = [...ids].sort((a, b) => (perIdentity.get(b.id)?.signals ?? 0) - (perIdentity.get(a.id)?.signals ?? 0))[0]!;
  const total: Activity = { signals: 0, maxSeverity: -1, first: Infinity, last: -Infinity };
  for (const a of perIdentity.values()) {
    total.signals += a.signals;
    total.maxSeverity = Math.max(total.maxSeverity, a.maxSeverity);
    total.first = Math.min(total.first, a.first);
    total.last = Math.max(total.last, a.last);
  }
  const months = new Map<string, { signals: number; maxSeverity: number }>();
  for (const [day, d] of days) {
    const month = dayString(day).slice(0, 7);
    const m = months.get(month);
    if (m) {
      m.signals += d.signals;
      m.maxSeverity = Math.max(m.maxSeverity, d.maxSeverity);
    } else months.set(month, { ...d });
  }
  const types: [SignalType, { signals: number; maxSeverity: number }][] = [];
  SIGNAL_TYPES.forEach((t, i) => {
    if (typeSignals[i]! > 0) types.push([t, { signals: typeSignals[i]!, maxSeverity: typeMax[i]! }]);
  });
  return {
    actor: toSummary(summary(main, total, quotes)),
    byMonth: [...months.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([month, v]) => ({ month, ...v })),
    byType: types.sort((a, b) => b[1].signals - a[1].signals || (a[0] < b[0] ? -1 : 1)).map(([type, v]) => ({ type, ...v })),
  };
}

/** One actor by name (case-insensitive), all identities with that name together; null if unknown. */
export function actorDetail(db: Db, name: string): ActorDetail | null {
  const ids = stmt(db, 'SELECT a.id, a.name, a.country, a.kind FROM actors a WHERE a.name = ? COLLATE NOCASE ORDER BY a.id').all(name) as ActorIdentity[];
  if (ids.length === 0) return null;
  const quotes = (stmt(db, 'SELECT count(*) AS n FROM quotes WHERE speaker_id IN (SELECT id FROM actors WHERE name = ? COLLATE NOCASE)').get(name) as { n: number }).n;
  return actorProfile(ids, signalIndex(db), quotes);
}
