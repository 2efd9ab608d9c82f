/**
 * Partial dates as day periods: `2022-10` covers 2022-10-01 … 2022-10-31.
 * Stores keep both ends so that "since"/"until" filters compare plain ISO
 * days whatever the precision of the stored date.
 */
import type { DatePrecision } from '../document/index.ts';

export interface Period {
  readonly precision: DatePrecision;
  /** First day, `YYYY-MM-DD`. */
  readonly start: string;
  /** Last day, `YYYY-MM-DD`. */
  readonly end: string;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** The period a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date covers, or null if it is none of these (or not a real day). */
export function periodOf(date: string | null): Period | null {
  if (date === null) return null;
  const m = PARTIAL_DATE.exec(date);
  if (!m) return null;
  const year = m[1] as string;
  if (m[2] === undefined) return { precision: 'year', start: `${year}-01-01`, end: `${year}-12-31` };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  // Day 0 of the next month is the last day of this one.
  const lastDay = new Date(Date.UTC(Number(year), month, 0)).getUTCDate();
  if (m[3] === undefined) return { precision: 'month', start: `${year}-${pad(month)}-01`, end: `${year}-${pad(month)}-${pad(lastDay)}` };
  const day = Number(m[3]);
  if (day < 1 || day > lastDay) return null;
  return { precision: 'day', start: date, end: date };
}

/** Checks a `--since`/`--until` style bound: a full `YYYY-MM-DD` day. */
export function isDay(value: string): boolean {
  return periodOf(value)?.precision === 'day';
}
