/**
 * Arithmetic on ISO days (`YYYY-MM-DD`) in UTC: the escalation index and the
 * indicators board count in whole days, and calendar days are what analysts
 * read, so no time zones enter.
 */

const DAY_MS = 86_400_000;

export function dayToMs(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

export function msToDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(day: string, n: number): string {
  return msToDay(dayToMs(day) + n * DAY_MS);
}

/** Whole days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: string, b: string): number {
  return Math.round((dayToMs(b) - dayToMs(a)) / DAY_MS);
}

/** Every day from `from` to `to` inclusive; empty when `from` is after `to`. */
export function dayRange(from: string, to: string): string[] {
  const out: string[] = [];
  for (let ms = dayToMs(from), end = dayToMs(to); ms <= end; ms += DAY_MS) out.push(msToDay(ms));
  return out;
}

export function today(): string {
  return msToDay(Date.now());
}
