/**
 * Word shingles of a cleaned text, as 32-bit hashes. Words are runs of letters
 * and digits (any script), lower-cased, so punctuation, quote styles and
 * spacing changes between outlets do not break a shingle.
 */

/**
 * Words per shingle. Five is long enough that two different stories on the
 * same topic share few shingles (common phrases like "the Kremlin said on"
 * are four words or less), and short enough that one edited word only
 * breaks five shingles, so a wire story with a few changed words keeps most
 * of them.
 */
export const SHINGLE_WORDS = 5;

const WORD = /[\p{L}\p{N}]+/gu;

/** FNV-1a over UTF-16 code units: cheap, deterministic, good enough before the mixer below. */
function hashWord(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    h ^= word.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Murmur3's 32-bit finaliser: a bijection with full avalanche. */
export function mix32(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/**
 * Calls `visit` with the hash of every `SHINGLE_WORDS`-word window of each
 * paragraph of `text` (a paragraph shorter than that gives one shingle of all
 * its words). Shingles never span a line break, so reordering paragraphs
 * leaves the shingle set unchanged: outlets that republish a wire story often
 * move paragraphs around. Returns the number of shingles; 0 means no words.
 */
export function forEachShingle(text: string, visit: (hash: number) => void): number {
  const window = new Uint32Array(SHINGLE_WORDS);
  let count = 0;
  for (const paragraph of text.toLowerCase().split('\n')) {
    let words = 0;
    WORD.lastIndex = 0;
    for (let m = WORD.exec(paragraph); m !== null; m = WORD.exec(paragraph)) {
      window[words % SHINGLE_WORDS] = hashWord(m[0]);
      words++;
      if (words >= SHINGLE_WORDS) {
        visit(combine(window, words));
        count++;
      }
    }
    if (words > 0 && words < SHINGLE_WORDS) {
      visit(combine(window, words));
      count++;
    }
  }
  return count;
}

/** Hash of the last min(words, SHINGLE_WORDS) words, in text order (the chained mixer makes order count). */
function combine(window: Uint32Array, words: number): number {
  const n = Math.min(words, SHINGLE_WORDS);
  let h = 0x9e3779b9;
  for (let i = words - n; i < words; i++) h = mix32(h ^ (window[i % SHINGLE_WORDS] ?? 0));
  return h >>> 0;
}
