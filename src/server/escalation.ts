/**
 * The escalation index: its constants and its arithmetic, apart from the SQL
 * that feeds it (queries/escalation.ts). Definition in prose: the README, "The escalation index".
 */

/**
 * Days after which a signal's contribution has halved. Two weeks: the
 * episodes the index should show (the September 2022 mobilisation threats,
 * the October 2022 "dirty bomb" week, the November 2024 doctrine change) rise
 * and fall over weeks, and a month later the news has moved on; a shorter
 * half-life makes the line a comb of single days, a longer one smears
 * separate crises into one.
 */
export const HALF_LIFE_DAYS = 14;

/** Signals at or above this severity get a marker on the chart (SIGNALS.md §4: explicit threat with targets, doctrine change, …). */
export const MARKER_SEVERITY = 5;

/**
 * Contributions older than this many half-lives are below 0.1 % of their
 * weight: the computation starts that far before the first day shown, so
 * the first day's value already carries the weeks before it.
 */
export const WARMUP_HALF_LIVES = 10;

/** Longest span served by default (the series is daily; longer spans stay available with `from`). */
export const DEFAULT_SPAN_DAYS = 3 * 365;

/**
 * Weight of one distinct signal by severity. Each rung of the ladder doubles
 * the weight (1, 2, 4, … 256 for 1–9): the ladder is ordinal and its upper
 * rungs are both rarer and far more consequential, so one doctrine change
 * (5 → 16) should outweigh a week of routine warnings (2 → 2 each).
 * Severity 0 (reassurance, de-escalation) adds nothing; the index measures
 * pressure, and reassurances are shown, not subtracted.
 */
export function severityWeight(severity: number): number {
  return severity <= 0 ? 0 : 2 ** (Math.min(9, Math.round(severity)) - 1);
}

/** Daily decay factor for the half-life. */
export function decayFactor(halfLifeDays = HALF_LIFE_DAYS): number {
  return 2 ** (-1 / halfLifeDays);
}

/**
 * value[0] = added[0]; value[i] = value[i-1] × 2^(-1/H) + added[i].
 * That is Σ weight × 2^(-age/H) over every signal filed on or before day i.
 */
export function decay(added: readonly number[], halfLifeDays = HALF_LIFE_DAYS): number[] {
  const f = decayFactor(halfLifeDays);
  const out: number[] = [];
  let v = 0;
  for (const a of added) {
    v = v * f + a;
    out.push(v);
  }
  return out;
}

/** Rounds for transport: two decimals are more than the index's precision. */
export function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
