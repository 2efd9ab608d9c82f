/**
 * The escalation index (definition: the README, "The escalation index"), computed over the
 * in-memory signal index (signal-index.ts): per series and filing day, the
 * weight and number of distinct acts; the decay is applied in ../escalation.ts.
 * Marker details come from SQL for the few signals marked.
 */
import { addDays } from '../days.ts';
import { DEFAULT_SPAN_DAYS, HALF_LIFE_DAYS, MARKER_SEVERITY, WARMUP_HALF_LIVES, decay, round2, severityWeight } from '../escalation.ts';
import type { Escalation, Marker, Series } from '../schemas.ts';
import type { SignalType } from '../../document/index.ts';
import { stmt, type Db } from './db.ts';
import { KINDS, dayNumber, dayString, signalIndex, type SignalIndex } from './signal-index.ts';
import { firstDay, latestDay } from './stats.ts';

/** Markers beyond this many (highest severity first) would hide the line they sit on. */
export const MARKER_MAX = 300;

/**
 * Bit fields of a marker candidate's sort key (escalationPass): severity
 * (0-9) × DAY_FIELD + filing day's offset in the window, × ROW_FIELD + row.
 * 9 × 2^20 × 2^26 < 2^53: exact in a double for windows under 2^20 days and
 * indexes under 2^26 rows (67M signals).
 */
const DAY_FIELD = 2 ** 20;
const ROW_FIELD = 2 ** 26;

export interface EscalationParams {
  readonly countries: readonly string[];
  readonly from?: string | undefined;
  /** Without `from`: the last `days` days up to `to`, never before the first dated signal. */
  readonly days?: number | undefined;
  readonly to?: string | undefined;
  readonly asOf?: string | undefined;
}

export interface MarkerRow {
  id: number;
  key: string;
  type: SignalType;
  name: string;
  country: string | null;
  document_id: string;
}

/** The escalation index without its markers' details, and the index rows the markers are for. */
export interface EscalationPass {
  readonly result: Escalation;
  /** Rows of the signal index to mark, most severe first (at most MARKER_MAX). */
  readonly chosen: readonly number[];
  readonly names: readonly string[];
}

/**
 * The series over the signal index, backend-neutral: `asOf` and `first` are
 * the store's latest day (params.asOf unless given) and first dated signal.
 * The markers need a few rows from the store (`markerIds`, then `withMarkers`).
 */
export function escalationPass(idx: SignalIndex, params: EscalationParams, latest: string | null, first: string | null): EscalationPass {
  const asOf = params.asOf ?? latest;
  const weights = Array.from({ length: 10 }, (_, s) => severityWeight(s));
  const empty: Escalation = {
    asOf, from: null, to: null, halfLifeDays: HALF_LIFE_DAYS, markerSeverity: MARKER_SEVERITY, weights, dates: [], series: [], markers: [],
  };
  const to = params.to ?? asOf;
  if (to === null) return { result: empty, chosen: [], names: [] };
  const earliest = addDays(to, -((params.days ?? DEFAULT_SPAN_DAYS) - 1));
  const from = params.from ?? (first !== null && first > earliest ? first : earliest);
  if (from > to) return { result: { ...empty, from, to }, chosen: [], names: [] };
  const start = addDays(from, -Math.ceil(HALF_LIFE_DAYS * WARMUP_HALF_LIVES));

  const d0 = dayNumber(start);
  const dFrom = dayNumber(from);
  const dTo = dayNumber(to);
  const n = dTo - d0 + 1;
  const names = ['all', ...params.countries.filter((c) => c !== 'ALL'), 'experts'];
  const acc = names.map(() => ({ added: new Array<number>(n).fill(0), signals: new Array<number>(n).fill(0) }));
  // Series slot of each country the index knows; -1 for a country without its own series.
  const slotOfCountry = idx.countries.map((c) => names.indexOf(c));
  const official = KINDS.indexOf('official');
  const expert = KINDS.indexOf('expert');
  const expertSlot = names.length - 1;
  // The hot loop runs over every signal (3M at 1M documents): columns in locals, weights from the table.
  const { rep, filing, kind: kinds, actSeverity, country } = idx;
  const added = acc.map((a) => a.added);
  const counted = acc.map((a) => a.signals);
  const severe: number[] = [];
  for (let i = 0; i < idx.size; i++) {
    if (rep[i] !== i) continue;
    const f = filing[i]!;
    if (f < d0 || f > dTo) continue;
    const kind = kinds[i];
    if (kind !== official && kind !== expert) continue;
    const sev = actSeverity[i]!;
    const w = weights[sev]!;
    const k = f - d0;
    if (kind === expert) {
      added[expertSlot]![k]! += w;
      counted[expertSlot]![k]! += 1;
    } else {
      added[0]![k]! += w;
      counted[0]![k]! += 1;
      const c = country[i]!;
      const slot = c >= 0 ? slotOfCountry[c]! : -1;
      if (slot > 0) {
        added[slot]![k]! += w;
        counted[slot]![k]! += 1;
      }
      if (sev >= MARKER_SEVERITY && f >= dFrom) severe.push(i);
    }
  }
  const skip = dFrom - d0;
  const series: Series[] = names.map((name, slot) => ({
    name,
    kind: name === 'experts' ? 'expert' : 'official',
    values: decay(acc[slot]!.added).slice(skip).map(round2),
    added: acc[slot]!.added.slice(skip),
    signals: acc[slot]!.signals.slice(skip),
  }));

  // Most severe first, then latest, then last loaded. The candidates (hundreds of thousands at 1M
  // documents) as one number each, (severity, filing day, row) in bit fields: a typed array's numeric
  // sort instead of a comparator's calls.
  let chosen: number[];
  if (idx.size <= ROW_FIELD && n <= DAY_FIELD) {
    const keys = Float64Array.from(severe, (i) => (actSeverity[i]! * DAY_FIELD + (filing[i]! - d0)) * ROW_FIELD + i).sort().reverse();
    chosen = Array.from(keys.subarray(0, MARKER_MAX), (key) => key % ROW_FIELD);
  } else {
    severe.sort((a, b) => actSeverity[b]! - actSeverity[a]! || filing[b]! - filing[a]! || b - a);
    chosen = severe.slice(0, MARKER_MAX);
  }
  const dates: string[] = [];
  for (let d = dFrom; d <= dTo; d++) dates.push(dayString(d));
  return {
    result: { asOf, from, to, halfLifeDays: HALF_LIFE_DAYS, markerSeverity: MARKER_SEVERITY, weights, dates, series, markers: [] },
    chosen,
    names,
  };
}

/** Signal ids whose details the markers need. */
export function markerIds(idx: SignalIndex, pass: EscalationPass): number[] {
  return pass.chosen.map((i) => idx.id[i]!);
}

/** The finished index: the pass with its markers, from the chosen signals' rows. */
export function withMarkers(idx: SignalIndex, pass: EscalationPass, rows: readonly MarkerRow[]): Escalation {
  const details = new Map(rows.map((r) => [r.id, r]));
  const markers: Marker[] = [];
  for (const i of pass.chosen) {
    const m = details.get(idx.id[i]!);
    if (!m) continue;
    markers.push({
      series: m.country !== null && pass.names.includes(m.country) ? m.country : 'all',
      date: dayString(idx.filing[i]!),
      severity: idx.actSeverity[i]!,
      type: m.type,
      actor: m.name,
      country: m.country,
      key: m.key,
      document: m.document_id,
    });
  }
  markers.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : b.severity - a.severity));
  return { ...pass.result, markers };
}

export function escalation(db: Db, params: EscalationParams): Escalation {
  const idx = signalIndex(db);
  const pass = escalationPass(idx, params, params.asOf === undefined ? latestDay(db) : null, firstDay(db));
  if (pass.chosen.length === 0) return pass.result;
  const rows = stmt(
    db,
    `SELECT s.id, s.key, s.type, a.name, a.country, s.document_id FROM signals s JOIN actors a ON a.id = s.actor_id
     WHERE s.id IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(markerIds(idx, pass))) as MarkerRow[];
  return withMarkers(idx, pass, rows);
}
