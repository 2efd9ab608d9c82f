/**
 * The SQL behind the escalation index (definition: ../ESCALATION.md). One
 * aggregate query returns, per actor kind, country, filing day and severity,
 * how many distinct acts there were; the decay is applied in ../escalation.ts.
 */
import { addDays, dayRange } from '../days.ts';
import { DEFAULT_SPAN_DAYS, HALF_LIFE_DAYS, MARKER_SEVERITY, WARMUP_HALF_LIVES, decay, round2, severityWeight } from '../escalation.ts';
import type { Escalation, Marker, Series } from '../schemas.ts';
import type { SignalType } from '../../document/index.ts';
import { stmt, type Db } from './db.ts';
import { FILING_DAY } from './signals.ts';
import { firstDay, latestDay } from './stats.ts';

/**
 * One act, however many rows report it. Rows are already one per act within
 * a duplicate cluster (the store's `key`); across clusters, two rows with the
 * same type, actor and exact day are the same act told by different outlets.
 * Coarser dates (a month) cannot tell two acts apart, so they keep the key.
 */
export const ACT = `CASE WHEN s.date_precision = 'day' THEN s.type || '|' || s.actor_id || '|' || s.date ELSE s.key END`;

/** Markers beyond this many (highest severity first) would hide the line they sit on. */
export const MARKER_MAX = 300;

export interface EscalationParams {
  readonly countries: readonly string[];
  readonly from?: string | undefined;
  /** Without `from`: the last `days` days up to `to`, never before the first dated signal. */
  readonly days?: number | undefined;
  readonly to?: string | undefined;
  readonly asOf?: string | undefined;
}

interface AggRow {
  kind: 'official' | 'expert';
  country: string | null;
  day: string;
  severity: number;
  n: number;
}

interface MarkerRow {
  key: string;
  type: SignalType;
  severity: number;
  name: string;
  country: string | null;
  day: string | null;
  document_id: string;
  act: string;
}

export function escalation(db: Db, params: EscalationParams): Escalation {
  const asOf = params.asOf ?? latestDay(db);
  const weights = Array.from({ length: 10 }, (_, s) => severityWeight(s));
  const empty: Escalation = {
    asOf, from: null, to: null, halfLifeDays: HALF_LIFE_DAYS, markerSeverity: MARKER_SEVERITY, weights, dates: [], series: [], markers: [],
  };
  const to = params.to ?? asOf;
  if (to === null) return empty;
  const first = firstDay(db);
  const earliest = addDays(to, -((params.days ?? DEFAULT_SPAN_DAYS) - 1));
  const from = params.from ?? (first !== null && first > earliest ? first : earliest);
  if (from > to) return { ...empty, from, to };
  const start = addDays(from, -Math.ceil(HALF_LIFE_DAYS * WARMUP_HALF_LIVES));

  const rows = stmt(
    db,
    `WITH filed AS (
       SELECT a.kind AS kind, a.country AS country, ${FILING_DAY} AS day, s.severity AS severity, ${ACT} AS act
       FROM signals s JOIN actors a ON a.id = s.actor_id JOIN documents d ON d.id = s.document_id
       WHERE a.kind IN ('official', 'expert') AND s.date_start <= ? AND s.date_end >= ?
     ), acts AS (
       SELECT kind, country, day, act, max(severity) AS severity FROM filed WHERE day BETWEEN ? AND ? GROUP BY kind, country, day, act
     )
     SELECT kind, country, day, severity, count(*) AS n FROM acts GROUP BY kind, country, day, severity`,
  ).all(to, start, start, to) as AggRow[];

  const days = dayRange(start, to);
  const index = new Map(days.map((d, i) => [d, i]));
  const names = ['all', ...params.countries.filter((c) => c !== 'ALL'), 'experts'];
  const acc = new Map(names.map((n) => [n, { added: new Array<number>(days.length).fill(0), signals: new Array<number>(days.length).fill(0) }]));
  const add = (name: string, i: number, weight: number, n: number) => {
    const a = acc.get(name);
    if (!a) return;
    a.added[i]! += weight;
    a.signals[i]! += n;
  };
  for (const r of rows) {
    const i = index.get(r.day);
    if (i === undefined) continue;
    const w = severityWeight(r.severity) * r.n;
    if (r.kind === 'expert') add('experts', i, w, r.n);
    else {
      add('all', i, w, r.n);
      if (r.country !== null) add(r.country, i, w, r.n);
    }
  }

  const skip = days.indexOf(from);
  const series: Series[] = names.map((name) => {
    const a = acc.get(name)!;
    return {
      name,
      kind: name === 'experts' ? 'expert' : 'official',
      values: decay(a.added).slice(skip).map(round2),
      added: a.added.slice(skip),
      signals: a.signals.slice(skip),
    };
  });

  const markerRows = stmt(
    db,
    `SELECT s.key, s.type, s.severity, a.name, a.country, ${FILING_DAY} AS day, s.document_id, ${ACT} AS act
     FROM signals s JOIN actors a ON a.id = s.actor_id JOIN documents d ON d.id = s.document_id
     WHERE a.kind = 'official' AND s.severity >= ? AND s.date_start <= ? AND s.date_end >= ?
     ORDER BY s.severity DESC, s.date_start DESC, s.id DESC LIMIT ?`,
  ).all(MARKER_SEVERITY, to, from, MARKER_MAX * 2) as MarkerRow[];
  const seen = new Set<string>();
  const markers: Marker[] = [];
  for (const m of markerRows) {
    if (m.day === null || m.day < from || m.day > to || seen.has(m.act) || markers.length >= MARKER_MAX) continue;
    seen.add(m.act);
    markers.push({
      series: m.country !== null && names.includes(m.country) ? m.country : 'all',
      date: m.day,
      severity: m.severity,
      type: m.type,
      actor: m.name,
      country: m.country,
      key: m.key,
      document: m.document_id,
    });
  }
  markers.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : b.severity - a.severity));

  return { asOf, from, to, halfLifeDays: HALF_LIFE_DAYS, markerSeverity: MARKER_SEVERITY, weights, dates: days.slice(skip), series, markers };
}
