/**
 * Calendar arithmetic on plain (year, month, day) triples, in UTC: the dates
 * stage never needs time zones, only which day a weekday or "yesterday" falls on.
 */
import type { DatePrecision } from '../../document/index.ts';

/** A point or period on the calendar: `month` and `day` present according to `precision`. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly precision: DatePrecision;
}

export function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function dayDate(year: number, month: number, day: number): CalendarDate {
  return { year, month, day, precision: 'day' };
}

export function monthDate(year: number, month: number): CalendarDate {
  // Normalise month overflow ("month - 1" in January).
  const d = new Date(Date.UTC(year, month - 1, 1));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: 1, precision: 'month' };
}

export function yearDate(year: number): CalendarDate {
  return { year, month: 1, day: 1, precision: 'year' };
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), precision: 'day' };
}

/** ISO weekday, Monday = 1 … Sunday = 7. */
export function weekday(date: CalendarDate): number {
  const w = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
  return w === 0 ? 7 : w;
}

/** Days since the epoch of the first day of the period. */
export function ordinal(date: CalendarDate): number {
  return Date.UTC(date.year, date.month - 1, date.day) / 86_400_000;
}

/** Days since the epoch of the last day of the period. */
export function lastOrdinal(date: CalendarDate): number {
  if (date.precision === 'day') return ordinal(date);
  if (date.precision === 'month') return ordinal(date) + daysInMonth(date.year, date.month) - 1;
  return Date.UTC(date.year, 11, 31) / 86_400_000;
}

export function coarsen(date: CalendarDate, precision: DatePrecision): CalendarDate {
  if (precision === 'year' || date.precision === 'year') return yearDate(date.year);
  if (precision === 'month' || date.precision === 'month') return monthDate(date.year, date.month);
  return date;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** `YYYY-MM-DD`, `YYYY-MM` or `YYYY` according to precision. */
export function format(date: CalendarDate): string {
  if (date.precision === 'year') return String(date.year).padStart(4, '0');
  if (date.precision === 'month') return `${String(date.year).padStart(4, '0')}-${pad(date.month)}`;
  return `${String(date.year).padStart(4, '0')}-${pad(date.month)}-${pad(date.day)}`;
}

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (what `format` writes); null otherwise. */
export function parseIsoDate(text: string): CalendarDate | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text.trim());
  if (!m) return null;
  const year = Number(m[1]);
  if (m[3] !== undefined) {
    const month = Number(m[2]);
    const day = Number(m[3]);
    return isValidDay(year, month, day) ? dayDate(year, month, day) : null;
  }
  if (m[2] !== undefined) {
    const month = Number(m[2]);
    return month >= 1 && month <= 12 ? monthDate(year, month) : null;
  }
  return yearDate(year);
}
