/**
 * Main-text extraction score of the article-extraction-benchmark
 * (scrapinghub/article-extraction-benchmark, evaluate.py), reimplemented so
 * our figures compare with its published ones:
 * - tokens are Python's `\w+` runs (letters, digits and underscore, any
 *   script; combining marks are not word characters there, nor here), case kept;
 * - each text becomes a multiset of 4-token shingles (a text shorter than 4
 *   tokens is one shingle of all its tokens);
 * - per document, tp = shared shingles, fp = extra predicted, fn = missed,
 *   each divided by tp+fp+fn so long pages weigh no more than short ones;
 * - precision = mean of tp/(tp+fp) over documents with tp+fp > 0, recall =
 *   mean of tp/(tp+fn) over documents with tp+fn > 0 (the benchmark filters
 *   each mean on its own denominator: a page where nothing was extracted does
 *   not lower precision, only recall);
 * - F1 = harmonic mean of the two means (not a mean of per-document F1s).
 */
import { harmonicMean, type PRF } from './figures.ts';

const SHINGLE_SIZE = 4;
const WORD = /[\p{L}\p{N}_]+/gu;

export interface BodyCounts {
  /** Fractions of the document's tp+fp+fn (all 0 when both texts are empty). */
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
}

function shingles(text: string): Map<string, number> {
  const tokens = text.match(WORD) ?? [];
  const map = new Map<string, number>();
  const last = Math.max(1, tokens.length - SHINGLE_SIZE + 1);
  for (let i = 0; i < last; i++) {
    const gram = tokens.slice(i, i + SHINGLE_SIZE);
    if (gram.length === 0) continue;
    // NUL cannot occur inside a \w token, so joined shingles cannot collide.
    const key = gram.join('\u0000');
    map.set(key, (map.get(key) ?? 0) + 1);
  }
  return map;
}

export function bodyCounts(predicted: string, gold: string): BodyCounts {
  const p = shingles(predicted);
  const g = shingles(gold);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...p.keys(), ...g.keys()])) {
    const pc = p.get(key) ?? 0;
    const gc = g.get(key) ?? 0;
    tp += Math.min(pc, gc);
    fp += Math.max(0, pc - gc);
    fn += Math.max(0, gc - pc);
  }
  const sum = tp + fp + fn;
  return sum === 0 ? { tp: 0, fp: 0, fn: 0 } : { tp: tp / sum, fp: fp / sum, fn: fn / sum };
}

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

/** Corpus figures from per-document counts. */
export function bodyFigures(docs: readonly BodyCounts[]): PRF {
  const precision = mean(docs.filter((d) => d.tp + d.fp > 0).map((d) => d.tp / (d.tp + d.fp)));
  const recall = mean(docs.filter((d) => d.tp + d.fn > 0).map((d) => d.tp / (d.tp + d.fn)));
  return { precision, recall, f1: harmonicMean(precision, recall) };
}

/** The body metric over (predicted text, gold body) pairs, for anyone measuring an extractor. */
export function bodyScores(pairs: readonly { readonly predicted: string; readonly gold: string }[]): PRF {
  return bodyFigures(pairs.map((p) => bodyCounts(p.predicted, p.gold)));
}
