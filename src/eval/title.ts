import { normalizeText } from './normalize.ts';

/** Title (SIGNALS.md §8): equal after normalisation; a missing output title is wrong. */
export function titleMatches(predicted: string | null, gold: string): boolean {
  return predicted !== null && normalizeText(predicted) === normalizeText(gold);
}
