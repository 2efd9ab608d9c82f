/**
 * Quotes (SIGNALS.md §8): a prediction matches a gold quote when their Dice
 * token overlap is at least 0.5, one-to-one, best first. Optional gold quotes
 * take part in the matching (so the prediction they absorb is not a false
 * positive) but count neither for nor against.
 */
import type { ActorRef } from '../document/index.ts';
import type { GoldQuote } from './gold.ts';
import { share, type MatchCounts, type Share } from './figures.ts';
import { greedyMatch, type Candidate } from './matching.ts';
import { namesMatch } from './names.ts';
import { diceOverlap } from './overlap.ts';

/** The spec's threshold: half the words in common, counted both ways. */
export const QUOTE_MIN_OVERLAP = 0.5;

export interface PredictedQuote {
  readonly text: string;
  readonly speaker: Pick<ActorRef, 'name'> | null;
}

export interface QuoteCounts extends MatchCounts {
  /** Matched non-optional pairs whose speaker is right (null = null). */
  readonly speaker: Share;
}

export function speakerMatches(predicted: Pick<ActorRef, 'name'> | null, gold: string | null): boolean {
  if (predicted === null || gold === null) return predicted === null && gold === null;
  return namesMatch(predicted.name, gold);
}

export function scoreQuotes(predicted: readonly PredictedQuote[], gold: readonly GoldQuote[]): QuoteCounts {
  const candidates: Candidate[] = [];
  predicted.forEach((p, pi) =>
    gold.forEach((g, gi) => {
      const overlap = diceOverlap(p.text, g.text);
      // On equal overlap a required gold quote is preferred over an optional one.
      if (overlap >= QUOTE_MIN_OVERLAP) candidates.push({ pred: pi, gold: gi, score: [overlap, g.optional ? 0 : 1] });
    }),
  );
  const pairs = greedyMatch(candidates);
  let tp = 0;
  let speakerHits = 0;
  let absorbed = 0;
  for (const { pred, gold: gi } of pairs) {
    const g = gold[gi];
    const p = predicted[pred];
    if (!g || !p) continue;
    if (g.optional) {
      absorbed++;
      continue;
    }
    tp++;
    if (speakerMatches(p.speaker, g.speaker)) speakerHits++;
  }
  const required = gold.filter((g) => !g.optional).length;
  return { tp, fp: predicted.length - tp - absorbed, fn: required - tp, speaker: share(speakerHits, tp) };
}
