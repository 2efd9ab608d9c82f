/**
 * The numbers every metric returns: counts, not ratios, so that documents can
 * be pooled and a report can say "26/32". A ratio whose denominator is zero is
 * `null` and printed as n/a: nothing was at stake, which is not the same as 0.
 */

/** A share: `hits` of `total` items were right. */
export interface Share {
  readonly hits: number;
  readonly total: number;
}

export const EMPTY_SHARE: Share = { hits: 0, total: 0 };

export function share(hits: number, total: number): Share {
  return { hits, total };
}

export function addShares(a: Share, b: Share): Share {
  return { hits: a.hits + b.hits, total: a.total + b.total };
}

export function shareValue(s: Share): number | null {
  return s.total === 0 ? null : s.hits / s.total;
}

/** Outcome counts of a matching task. */
export interface MatchCounts {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
}

export const NO_MATCHES: MatchCounts = { tp: 0, fp: 0, fn: 0 };

export function addCounts(a: MatchCounts, b: MatchCounts): MatchCounts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

export interface PRF {
  readonly precision: number | null;
  readonly recall: number | null;
  readonly f1: number | null;
}

/**
 * Precision, recall and F1 from pooled counts. F1 is 2tp ÷ (2tp + fp + fn),
 * the harmonic mean of the two when both exist, and still defined (0) when a
 * system predicted nothing but there was something to find.
 */
export function prf(c: MatchCounts): PRF {
  return {
    precision: c.tp + c.fp === 0 ? null : c.tp / (c.tp + c.fp),
    recall: c.tp + c.fn === 0 ? null : c.tp / (c.tp + c.fn),
    f1: 2 * c.tp + c.fp + c.fn === 0 ? null : (2 * c.tp) / (2 * c.tp + c.fp + c.fn),
  };
}

/** Harmonic mean of two rates; null when either is missing, 0 when both are 0. */
export function harmonicMean(a: number | null, b: number | null): number | null {
  if (a === null || b === null) return null;
  return a + b === 0 ? 0 : (2 * a * b) / (a + b);
}
