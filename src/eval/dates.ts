/**
 * Date comparisons for publication dates and signal dates. Dates are
 * `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; their precision is their length.
 */

const PRECISION_LENGTH = { year: 4, month: 7, day: 10 } as const;
type Precision = keyof typeof PRECISION_LENGTH;

function precisionOf(date: string): Precision | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return 'day';
  if (/^\d{4}-\d{2}$/.test(date)) return 'month';
  if (/^\d{4}$/.test(date)) return 'year';
  return null;
}

const DAY_MS = 86_400_000;

/**
 * Publication date (SIGNALS.md §8): equal at month precision. A gold given
 * only to the year is compared at the year; a prediction coarser than the
 * month when the gold knows the month is wrong. A gold `null` (nothing
 * supports a date) is matched by a `null` prediction only.
 */
export function publishedMatches(predicted: string | null, gold: string | null): boolean {
  if (gold === null || predicted === null) return gold === predicted;
  const goldPrecision = precisionOf(gold);
  const predPrecision = precisionOf(predicted.slice(0, 10));
  if (!goldPrecision || !predPrecision) return false;
  const length = Math.min(PRECISION_LENGTH.month, PRECISION_LENGTH[goldPrecision]);
  return predicted.length >= length && predicted.slice(0, length) === gold.slice(0, length);
}

/**
 * Signal date (SIGNALS.md §8): equal at the coarser of the two precisions,
 * with ±1 day allowed when both are days (time zones and "overnight" reports
 * shift acts by a day). Any of the gold's acceptable dates will do.
 */
export function signalDateMatches(predicted: string | null, gold: readonly string[]): boolean {
  if (predicted === null) return false;
  const pp = precisionOf(predicted);
  if (!pp) return false;
  return gold.some((g) => {
    const gp = precisionOf(g);
    if (!gp) return false;
    if (pp === 'day' && gp === 'day') {
      return Math.abs(Date.parse(`${predicted}T00:00:00Z`) - Date.parse(`${g}T00:00:00Z`)) <= DAY_MS;
    }
    const length = Math.min(PRECISION_LENGTH[pp], PRECISION_LENGTH[gp]);
    return predicted.slice(0, length) === g.slice(0, length);
  });
}
