/**
 * The indicators board: for each signal type × actor country, the latest
 * signal, and over the last 7/30/90 days (ending at the reference date) the
 * number of distinct acts, their highest severity, and the trend against the
 * window of the same length just before.
 */
import { SIGNAL_TYPES, type SignalType } from '../../document/index.ts';
import { addDays } from '../days.ts';
import type { IndicatorCell, Indicators } from '../schemas.ts';
import { stmt, type Db } from './db.ts';
import { ACT } from './escalation.ts';
import { FILING_DAY } from './signals.ts';
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

/** How many newest rows (by period start) to look at for the latest filed signal of a cell. */
const LATEST_CANDIDATES = 5;

export function trendOf(count: number, previous: number): 'up' | 'down' | 'flat' | 'new' | 'none' {
  if (count === 0 && previous === 0) return 'none';
  if (previous === 0) return 'new';
  if (count > previous * (1 + TREND_TOLERANCE)) return 'up';
  if (count < previous * (1 - TREND_TOLERANCE)) return 'down';
  return 'flat';
}

interface WindowRow {
  type: SignalType;
  country: string;
  [column: string]: string | number | null;
}

interface LatestRow {
  key: string;
  date: string | null;
  day: string | null;
  name: string;
  severity: number;
  quote: string | null;
  document_id: string;
  evidence: string | null;
}

function activeCountries(db: Db, asOf: string): string[] {
  const rows = stmt(
    db,
    `SELECT a.country AS country, count(*) AS n FROM signals s JOIN actors a ON a.id = s.actor_id
     WHERE a.country IS NOT NULL AND s.date_start <= ? AND s.date_end >= ? GROUP BY a.country ORDER BY n DESC, a.country LIMIT ?`,
  ).all(asOf, addDays(asOf, -365), DEFAULT_COUNTRY_COUNT) as { country: string }[];
  const others = rows.map((r) => r.country).filter((c) => !ALWAYS.includes(c));
  return [...ALWAYS, ...others].slice(0, DEFAULT_COUNTRY_COUNT);
}

export function indicators(db: Db, params: { asOf?: string | undefined; countries?: readonly string[] | undefined }): Indicators {
  const asOf = params.asOf ?? latestDay(db);
  if (asOf === null) return { asOf: null, countries: [], types: [...SIGNAL_TYPES], cells: [] };
  const countries = params.countries && params.countries.length > 0 ? [...params.countries] : activeCountries(db, asOf);
  const longest = Math.max(...WINDOWS);
  const since = addDays(asOf, -2 * longest + 1);

  // Window (asOf - n, asOf] is "the last n days"; (asOf - 2n, asOf - n] the previous ones.
  const parts: string[] = [];
  const windowParams: string[] = [];
  for (const n of WINDOWS) {
    parts.push(`sum(day > ?) AS c${n}`, `max(CASE WHEN day > ? THEN severity END) AS m${n}`, `sum(day > ? AND day <= ?) AS p${n}`);
    windowParams.push(addDays(asOf, -n), addDays(asOf, -n), addDays(asOf, -2 * n), addDays(asOf, -n));
  }
  const rows = stmt(
    db,
    `WITH filed AS (
       SELECT s.type AS type, a.country AS country, ${FILING_DAY} AS day, s.severity AS severity, ${ACT} AS act
       FROM signals s JOIN actors a ON a.id = s.actor_id JOIN documents d ON d.id = s.document_id
       WHERE a.country IN (SELECT value FROM json_each(?)) AND s.date_start <= ? AND s.date_end >= ?
     ), acts AS (
       SELECT type, country, act, day, max(severity) AS severity FROM filed WHERE day > ? AND day <= ? GROUP BY type, country, act, day
     )
     SELECT type, country, ${parts.join(', ')} FROM acts GROUP BY type, country`,
  ).all(JSON.stringify(countries), asOf, since, addDays(since, -1), asOf, ...windowParams) as WindowRow[];
  const byCell = new Map(rows.map((r) => [`${r.type}|${r.country}`, r]));

  const latestStmt = stmt(
    db,
    `SELECT s.key, s.date, ${FILING_DAY} AS day, a.name, s.severity, s.quote, s.document_id,
       (SELECT e.text FROM evidence e WHERE e.signal_id = s.id AND e.document_id = s.document_id ORDER BY e.start_offset LIMIT 1) AS evidence
     FROM signals s JOIN actors a ON a.id = s.actor_id JOIN documents d ON d.id = s.document_id
     WHERE s.type = ? AND a.country = ? AND s.date_start <= ?
     ORDER BY s.date_start DESC, s.severity DESC, s.id DESC LIMIT ?`,
  );

  const cells: IndicatorCell[] = [];
  for (const type of SIGNAL_TYPES) {
    for (const country of countries) {
      const r = byCell.get(`${type}|${country}`);
      const candidates = (latestStmt.all(type, country, asOf, LATEST_CANDIDATES) as LatestRow[]).filter(
        (c): c is LatestRow & { day: string } => c.day !== null && c.day <= asOf,
      );
      candidates.sort((a, b) => (a.day === b.day ? b.severity - a.severity : a.day < b.day ? 1 : -1));
      const l = candidates[0];
      cells.push({
        type,
        country,
        latest: l
          ? { key: l.key, date: l.date, day: l.day, actor: l.name, severity: l.severity, quote: l.quote, document: l.document_id, evidence: l.evidence }
          : null,
        windows: WINDOWS.map((n) => {
          const count = Number(r?.[`c${n}`] ?? 0);
          const previous = Number(r?.[`p${n}`] ?? 0);
          const max = r?.[`m${n}`];
          return { days: n, count, maxSeverity: typeof max === 'number' ? max : null, previous, trend: trendOf(count, previous) };
        }),
      });
    }
  }
  return { asOf, countries, types: [...SIGNAL_TYPES], cells };
}
