/**
 * Word shingles of a cleaned text, as 32-bit hashes. Words are runs of letters
 * and digits (any script), lower-cased, so punctuation, quote styles and
 * spacing changes between outlets do not break a shingle.
 */
import { forEachWord } from '../lexicon/words.ts';

/**
 * Words per shingle. Five is long enough that two different stories on the
 * same topic share few shingles (common phrases like "the Kremlin said on"
 * are four words or less), and short enough that one edited word only
 * breaks five shingles, so a wire story with a few changed words keeps most
 * of them.
 */
export const SHINGLE_WORDS = 5;

/** FNV-1a over UTF-16 code units: cheap, deterministic, good enough before the mixer below. */
function hashWord(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    h ^= text.charCodeAt(i);
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
  let words = 0;
  const endParagraph = (): void => {
    if (words > 0 && words < SHINGLE_WORDS) {
      visit(combine(window, words));
      count++;
    }
    words = 0;
  };
  // One pass over the lower-cased text (lower-cased whole, as the words' letters depend on
  // their neighbours in a few scripts): a line break between two words ends a paragraph.
  const lower = text.toLowerCase();
  const breakFrom = (from: number): number => {
    const at = lower.indexOf('\n', from);
    return at < 0 ? Infinity : at;
  };
  let nextBreak = breakFrom(0);
  forEachWord(lower, (start, end) => {
    // Words hold no line break: one before this word ends the paragraph of the words before it.
    if (nextBreak < start) {
      endParagraph();
      nextBreak = breakFrom(end);
    }
    window[words % SHINGLE_WORDS] = hashWord(lower, start, end);
    words++;
    if (words >= SHINGLE_WORDS) {
      visit(combine(window, words));
      count++;
    }
  });
  endParagraph();
  return count;
}

/** Hash of the last min(words, SHINGLE_WORDS) words, in text order (the chained mixer makes order count). */
function combine(window: Uint32Array, words: number): number {
  const n = Math.min(words, SHINGLE_WORDS);
  let h = 0x9e3779b9;
  for (let i = words - n; i < words; i++) h = mix32(h ^ (window[i % SHINGLE_WORDS] ?? 0));
  return h >>> 0;
}
