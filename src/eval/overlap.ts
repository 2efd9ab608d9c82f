import { wordTokens } from './normalize.ts';

function counts(tokens: readonly string[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const t of tokens) map.set(t, (map.get(t) ?? 0) + 1);
  return map;
}

/**
 * Dice token overlap of SIGNALS.md §8: 2 × shared tokens ÷ (tokens of one +
 * tokens of the other), tokens counted as multisets of normalised words, so a
 * word said twice must be found twice. Two empty texts overlap 0, not 1:
 * nothing was said, so nothing matches.
 */
export function diceOverlap(a: string, b: string): number {
  const ta = wordTokens(a);
  const tb = wordTokens(b);
  if (ta.length + tb.length === 0) return 0;
  const cb = counts(tb);
  let shared = 0;
  for (const [token, n] of counts(ta)) shared += Math.min(n, cb.get(token) ?? 0);
  return (2 * shared) / (ta.length + tb.length);
}
