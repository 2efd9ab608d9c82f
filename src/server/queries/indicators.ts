/**
 * The indicators board: for each signal type × actor country, the latest
 * signal, and over the last 7/30/90 days (ending at the reference date) the
 * number of distinct acts, their highest severity, and the trend against the
 * window of the same length just before. One pass over the in-memory signal
 * index (signal-index.ts); SQL only for the latest signals' text.
 */
import { SIGNAL_TYPES } from '../../document/index.ts';
import type { IndicatorCell, Indicators } from '../schemas.ts';
import { stmt, type Db } from './db.ts';
import { NO_DAY, dayNumber, dayString, signalIndex, type SignalIndex } from './signal-index.ts';
import { latestDay } from './stats.ts';

export const WINDOWS = [7, 30, 90] as const;

/**
 * A count must move by more than this fraction of the previous window's to
 * be called up or down: 4 against 5 is noise, 2 against 5 is not.
 */
export const TREND_TOLERANCE = 0.25;

/** Columns when the caller names none: the most active countries over the last year, RU/US/UA first. */
export const DEFAULT_COUNTRY_COUNT = 8;
const ALWAYS = ['RU', 'US', 'UA'];

export function trendOf(count: number, previous: number): 'up' | 'down' | 'flat' | 'new' | 'none' {
  if (count === 0 && previous === 0) return 'none';
  if (previous === 0) return 'new';
  if (count > previous * (1 + TREND_TOLERANCE)) return 'up';
  if (count < previous * (1 - TREND_TOLERANCE)) return 'down';
  return 'flat';
}

export interface LatestRow {
  id: number;
  key: string;
  date: string | null;
  name: string;
  quote: string | null;
  document_id: string;
  evidence: string | null;
}

function activeCountries(idx: SignalIndex, asOf: number): string[] {
  // Per country index, in a typed array: this pass and the board's run over every signal (3M at 1M documents).
  const counts = new Int32Array(idx.countries.length);
  const { rep, filing, country } = idx;
  for (let i = 0; i < idx.size; i++) {
    if (rep[i] !== i) continue;
    const f = filing[i]!;
    const c = country[i]!;
    if (c < 0 || f > asOf || f <= asOf - 365) continue;
    counts[c]!++;
  }
  const others = [...counts.entries()]
    .filter(([, n]) => n > 0)
    .map(([c, n]) => [idx.countries[c]!, n] as const)
    .filter(([c]) => !ALWAYS.includes(c))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([c]) => c);
  return [...ALWAYS, ...others].slice(0, DEFAULT_COUNTRY_COUNT);
}

/** The board before the latest signals' details: counts per cell and the index row of each cell's latest signal (-1 for none). */
export interface IndicatorPass {
  readonly asOf: string;
  readonly countries: readonly string[];
  readonly latest: Int32Array;
  readonly count: readonly Int32Array[];
  readonly previous: readonly Int32Array[];
  readonly max: readonly Int8Array[];
}

/** One pass over the signal index, backend-neutral; `asOf` is the reference day (the store's latest unless asked). */
export function indicatorPass(idx: SignalIndex, asOf: string, params: { countries?: readonly string[] | undefined }): IndicatorPass {
  const ref = dayNumber(asOf);
  const countries = params.countries && params.countries.length > 0 ? [...params.countries] : activeCountries(idx, ref);
  // Column of each country the index knows, -1 when not on the board.
  const column = idx.countries.map((c) => countries.indexOf(c));
  const nTypes = SIGNAL_TYPES.length;
  const nCells = nTypes * countries.length;
  const latest = new Int32Array(nCells).fill(-1);
  const count = WINDOWS.map(() => new Int32Array(nCells));
  const previous = WINDOWS.map(() => new Int32Array(nCells));
  const max = WINDOWS.map(() => new Int8Array(nCells).fill(-1));

  // Window (asOf - n, asOf] is "the last n days"; (asOf - 2n, asOf - n] the n before.
  const { rep, country, filing, type, actSeverity } = idx;
  for (let i = 0; i < idx.size; i++) {
    if (rep[i] !== i) continue;
    const c = country[i]!;
    const col = c >= 0 ? column[c]! : -1;
    const f = filing[i]!;
    if (col < 0 || f === NO_DAY || f > ref) continue;
    const cell = type[i]! * countries.length + col;
    const sev = actSeverity[i]!;
    const l = latest[cell]!;
    if (l < 0 || f > filing[l]! || (f === filing[l]! && sev > actSeverity[l]!)) latest[cell] = i;
    const age = ref - f;
    for (let w = 0; w < WINDOWS.length; w++) {
      const n = WINDOWS[w]!;
      if (age < n) {
        count[w]![cell]! += 1;
        if (sev > max[w]![cell]!) max[w]![cell] = sev;
      } else if (age < 2 * n) previous[w]![cell]! += 1;
    }
  }
  return { asOf, countries, latest, count, previous, max };
}

/** Signal ids whose details the board shows (each cell's latest). */
export function latestIds(idx: SignalIndex, pass: IndicatorPass): number[] {
  return [...pass.latest].filter((i) => i >= 0).map((i) => idx.id[i]!);
}

/** The board, from the pass and the latest signals' rows. */
export function indicatorBoard(idx: SignalIndex, pass: IndicatorPass, rows: readonly LatestRow[]): Indicators {
  const { countries, latest, count, previous, max } = pass;
  const details = new Map(rows.map((r) => [r.id, r]));
  const cells: IndicatorCell[] = [];
  SIGNAL_TYPES.forEach((type, t) => {
    countries.forEach((country, col) => {
      const cell = t * countries.length + col;
      const row = latest[cell]!;
      const d = row >= 0 ? details.get(idx.id[row]!) : undefined;
      cells.push({
        type,
        country,
        latest: d
          ? { key: d.key, date: d.date, day: dayString(idx.filing[row]!), actor: d.name, severity: idx.actSeverity[row]!, quote: d.quote, document: d.document_id, evidence: d.evidence }
          : null,
        windows: WINDOWS.map((days, w) => {
          const c = count[w]![cell]!;
          const p = previous[w]![cell]!;
          const m = max[w]![cell]!;
          return { days, count: c, maxSeverity: m >= 0 ? m : null, previous: p, trend: trendOf(c, p) };
        }),
      });
    });
  });
  return { asOf: pass.asOf, countries: [...countries], types: [...SIGNAL_TYPES], cells };
}

/** The board with no reference day: an empty store. */
export const NO_INDICATORS: Indicators = { asOf: null, countries: [], types: [...SIGNAL_TYPES], cells: [] };

export function indicators(db: Db, params: { asOf?: string | undefined; countries?: readonly string[] | undefined }): Indicators {
  const asOf = params.asOf ?? latestDay(db);
  if (asOf === null) return NO_INDICATORS;
  const idx = signalIndex(db);
  const pass = indicatorPass(idx, asOf, params);
  const rows = stmt(
    db,
    `SELECT s.id, s.key, s.date, a.name, s.quote, s.document_id,
       (SELECT e.text FROM evidence e WHERE e.signal_id = s.id AND e.document_id = s.document_id ORDER BY e.start_offset LIMIT 1) AS evidence
     FROM signals s JOIN actors a ON a.id = s.actor_id WHERE s.id IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(latestIds(idx, pass))) as LatestRow[];
  return indicatorBoard(idx, pass, rows);
}
