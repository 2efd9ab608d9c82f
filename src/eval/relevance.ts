/**
 * Relevance (SIGNALS.md §8): precision and recall of the output `relevant`
 * over documents with a relevance label.
 */
import type { Gold } from './gold.ts';
import type { MatchCounts } from './figures.ts';

/**
 * A document's gold label: its explicit `relevant` if given; otherwise, when
 * the gold annotates signals, true if it has at least one non-optional signal
 * (§6: relevant = reports at least one signal) and false if the list is
 * empty. A document whose only signals are optional is borderline and left
 * out, as is gold that annotates no signals at all (e.g. HTML body gold).
 */
export function goldRelevance(gold: Gold): boolean | undefined {
  if (gold.relevant !== undefined) return gold.relevant;
  if (gold.signals === undefined) return undefined;
  if (gold.signals.some((s) => !s.optional)) return true;
  return gold.signals.length === 0 ? false : undefined;
}

export function relevanceCounts(predicted: boolean, gold: boolean): MatchCounts {
  return { tp: predicted && gold ? 1 : 0, fp: predicted && !gold ? 1 : 0, fn: !predicted && gold ? 1 : 0 };
}
