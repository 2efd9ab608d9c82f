/**
 * One-to-one greedy matching, best first (SIGNALS.md §8): every allowed
 * (prediction, gold) pair gets a score; pairs are taken in descending score
 * order as long as neither side is already taken. Greedy rather than optimal
 * assignment because that is what the spec defines, and it is what a reader
 * checking a match by hand does.
 */

export interface Candidate {
  readonly pred: number;
  readonly gold: number;
  /** Compared lexicographically, higher first: later entries break ties of earlier ones. */
  readonly score: readonly number[];
}

export interface Pair {
  readonly pred: number;
  readonly gold: number;
}

function compareScores(a: readonly number[], b: readonly number[]): number {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = (b[i] ?? 0) - (a[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export function greedyMatch(candidates: readonly Candidate[]): Pair[] {
  // Remaining ties go to document order, so the result never depends on sort stability.
  const sorted = [...candidates].sort((a, b) => compareScores(a.score, b.score) || a.gold - b.gold || a.pred - b.pred);
  const predTaken = new Set<number>();
  const goldTaken = new Set<number>();
  const pairs: Pair[] = [];
  for (const c of sorted) {
    if (predTaken.has(c.pred) || goldTaken.has(c.gold)) continue;
    predTaken.add(c.pred);
    goldTaken.add(c.gold);
    pairs.push({ pred: c.pred, gold: c.gold });
  }
  return pairs;
}
