/**
 * MinHash signatures and their LSH band keys. A signature is fixed-size
 * whatever the document's length (BANDS keys + HASHES sketch bytes), which is
 * what keeps clustering memory bounded per document.
 */
import { forEachShingle, mix32 } from './shingles.ts';

/**
 * LSH banding: BANDS bands of ROWS_PER_BAND min-hashes each. Two documents
 * become candidates when one whole band agrees, which happens with
 * probability 1 - (1 - J^ROWS)^BANDS for Jaccard similarity J: 0.80 at
 * J = 0.5, 0.97 at 0.6, 0.998 at 0.7, but 0.18 at 0.3 and 0.04 at 0.2.
 * A short wire story with a few words edited and a footer added sits around
 * J = 0.65 (five changed words in 170 break 25 of 140 shingles), so the
 * curve must be steep there; the unrelated candidates it also lets through
 * cost one 100-byte comparison each and are rejected by
 * SAME_STORY_MIN_SIMILARITY. 25 bands = 25 index entries per document.
 */
export const BANDS = 25;
export const ROWS_PER_BAND = 4;
export const HASHES = BANDS * ROWS_PER_BAND;

/**
 * A candidate found through a band is confirmed only if the signatures'
 * estimated Jaccard similarity reaches this: it rejects the few unrelated
 * documents that share a band by chance (or by a 32-bit key collision at
 * millions of documents), and it is the line between "the same story,
 * edited" and "another story that quotes the same sentences".
 */
export const SAME_STORY_MIN_SIMILARITY = 0.5;

/** Fixed seed so that signatures, and so cluster ids, are the same on every run and machine. */
const SEED = 0x5eed_b41c;

function splitmix32(state: number): () => number {
  return () => {
    state = (state + 0x9e3779b9) | 0;
    return mix32(state);
  };
}

const next = splitmix32(SEED);
const HASH_SEEDS = Uint32Array.from({ length: HASHES }, () => next());
const BAND_SEEDS = Uint32Array.from({ length: BANDS }, () => next());

export interface Signature {
  /** One 32-bit key per band; equal keys in the same band make two documents candidates. */
  readonly bands: Uint32Array;
  /**
   * The low byte of each min-hash (b-bit MinHash): 100 bytes instead of 400,
   * still enough to estimate similarity to about ±0.05 around 0.5.
   */
  readonly sketch: Uint8Array;
}

/**
 * The signature of a cleaned text, or null if it has no words.
 *
 * One-permutation hashing (Li, Owen & Zhang 2012): each shingle is hashed
 * once, the hash picks one of HASHES bins and a second mix orders shingles
 * within the bin; each bin keeps its minimum. That costs one hash per
 * shingle instead of HASHES, with the same collision probability (the
 * Jaccard similarity) per bin. Bins left empty (short texts) borrow the
 * minimum of another bin chosen by a fixed pseudo-random walk from the bin's
 * number, the same for every document, which keeps equal texts equal and the
 * estimate unbiased ("optimal densification", Shrivastava 2017).
 */
export function signatureOf(text: string): Signature | null {
  const mins = new Uint32Array(HASHES).fill(0xffffffff);
  const filled = new Uint8Array(HASHES);
  const count = forEachShingle(text, (shingle) => {
    const x = mix32(shingle ^ SEED);
    // High bits of a product pick the bin without the bias of x % HASHES.
    const bin = Math.floor((x / 2 ** 32) * HASHES);
    const value = mix32(x ^ (HASH_SEEDS[0] as number));
    filled[bin] = 1;
    if (value < (mins[bin] as number)) mins[bin] = value;
  });
  if (count === 0) return null;
  const dense = mins.slice();
  for (let i = 0; i < HASHES; i++) {
    if (filled[i]) continue;
    for (let attempt = 1; ; attempt++) {
      const j = Math.floor((mix32((HASH_SEEDS[i] as number) ^ Math.imul(attempt, 0x9e3779b9)) / 2 ** 32) * HASHES);
      if (filled[j]) {
        dense[i] = mins[j] as number;
        break;
      }
    }
  }
  return signatureFromMinHashes(dense);
}

/** Band keys and sketch from raw min-hashes (exported for synthetic benchmarks). */
export function signatureFromMinHashes(mins: Uint32Array): Signature {
  const bands = new Uint32Array(BANDS);
  for (let b = 0; b < BANDS; b++) {
    let h = BAND_SEEDS[b] as number;
    for (let r = 0; r < ROWS_PER_BAND; r++) h = mix32(h ^ (mins[b * ROWS_PER_BAND + r] as number));
    bands[b] = h;
  }
  const sketch = new Uint8Array(HASHES);
  for (let i = 0; i < HASHES; i++) sketch[i] = (mins[i] as number) & 0xff;
  return { bands, sketch };
}

/**
 * Estimated Jaccard similarity of the two texts behind two sketches. Low bytes
 * also agree by chance one time in 256, which the estimate takes out.
 */
export function similarity(a: Uint8Array, b: Uint8Array, offsetB = 0): number {
  let same = 0;
  for (let i = 0; i < HASHES; i++) if (a[i] === b[offsetB + i]) same++;
  const chance = 1 / 256;
  return Math.max(0, (same / HASHES - chance) / (1 - chance));
}

/**
 * Which candidate cluster a document joins: the most similar candidate at or
 * over SAME_STORY_MIN_SIMILARITY (the first one on ties, so the result does
 * not depend on anything but input order), or null for a new cluster.
 * Shared by the in-memory index and the stores so both decide alike.
 */
export function pickCluster(sketch: Uint8Array, candidates: Iterable<{ readonly cluster: string; readonly sketch: Uint8Array }>): string | null {
  let best: string | null = null;
  let bestScore = SAME_STORY_MIN_SIMILARITY;
  for (const c of candidates) {
    const score = similarity(sketch, c.sketch);
    if (score >= bestScore && (best === null || score > bestScore)) {
      best = c.cluster;
      bestScore = score;
    }
  }
  return best;
}
