/**
 * Words of a text as phrase matching and near-duplicate shingles see them:
 * maximal runs of letters and digits of any script (`/[\p{L}\p{N}]+/gu`),
 * found by one pass over the text's code units with a per-character table
 * instead of the regex, which allocates a match (and a string) per word and
 * is several times slower on a whole article.
 */

const WORD_CHAR_RE = /^[\p{L}\p{N}]$/u;

/**
 * Whether each UTF-16 unit of the basic plane is a letter or digit (1) or not
 * (2), filled from WORD_CHAR_RE as characters are met (0: not met yet).
 */
const wordUnit = new Uint8Array(0x10000);
/** The same for astral code points (by code point), rare in news text. */
const wordAstral = new Map<number, boolean>();

/**
 * Whether a UTF-16 unit is a letter or digit (`[\p{L}\p{N}]`) read alone: a
 * surrogate half is neither. For scans that judge a text unit by unit, as
 * regex word guards and lookbehinds do.
 */
export function isWordUnit(unit: number): boolean {
  let known = wordUnit[unit]!;
  if (known === 0) wordUnit[unit] = known = WORD_CHAR_RE.test(String.fromCharCode(unit)) ? 1 : 2;
  return known === 1;
}

/** Whether an astral code point is a letter or digit. */
function isWordCodePoint(code: number): boolean {
  let known = wordAstral.get(code);
  if (known === undefined) wordAstral.set(code, (known = WORD_CHAR_RE.test(String.fromCodePoint(code))));
  return known;
}

/**
 * Calls `visit(start, end)` for each word of `text`, left to right (UTF-16
 * offsets; a surrogate pair is read as its code point, as a `u` regex does).
 */
export function forEachWord(text: string, visit: (start: number, end: number) => void): void {
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    let word: boolean;
    const next = unit >= 0xd800 && unit <= 0xdbff ? text.charCodeAt(i + 1) : 0;
    if (next >= 0xdc00 && next <= 0xdfff) {
      word = isWordCodePoint((unit - 0xd800) * 0x400 + (next - 0xdc00) + 0x10000);
      if (word) {
        if (start < 0) start = i;
      } else if (start >= 0) {
        visit(start, i);
        start = -1;
      }
      i++;
      continue;
    }
    word = isWordUnit(unit);
    if (word) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      visit(start, i);
      start = -1;
    }
  }
  if (start >= 0) visit(start, text.length);
}

/**
 * `forEachWord`, with each word's FNV-1a hash over its UTF-16 units (as
 * word-index.ts `hashUnits` gives it, a signed 32-bit integer) worked out
 * while the word is read: for callers that hash every word (a word index,
 * shingles), one pass over the text instead of a second pass per word.
 */
export function forEachHashedWord(text: string, visit: (start: number, end: number, hash: number) => void): void {
  let start = -1;
  let hash = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const next = unit >= 0xd800 && unit <= 0xdbff ? text.charCodeAt(i + 1) : 0;
    const pair = next >= 0xdc00 && next <= 0xdfff;
    if (pair ? isWordCodePoint((unit - 0xd800) * 0x400 + (next - 0xdc00) + 0x10000) : isWordUnit(unit)) {
      if (start < 0) {
        start = i;
        hash = 0x811c9dc5 | 0;
      }
      hash = Math.imul(hash ^ unit, 0x01000193);
      if (pair) hash = Math.imul(hash ^ next, 0x01000193);
    } else if (start >= 0) {
      visit(start, i, hash);
      start = -1;
    }
    if (pair) i++;
  }
  if (start >= 0) visit(start, text.length, hash);
}

/** Whether the character ending just before `at` is a letter or digit (a surrogate pair read as its code point). */
export function wordCharBefore(text: string, at: number): boolean {
  if (at === 0) return false;
  const unit = text.charCodeAt(at - 1);
  const high = unit >= 0xdc00 && unit <= 0xdfff && at >= 2 ? text.charCodeAt(at - 2) : 0;
  if (high >= 0xd800 && high <= 0xdbff) return isWordCodePoint((high - 0xd800) * 0x400 + (unit - 0xdc00) + 0x10000);
  return isWordUnit(unit);
}

/** Whether the character starting at `at` is a letter or digit (a surrogate pair read as its code point); false at the end. */
export function wordCharAt(text: string, at: number): boolean {
  if (at >= text.length) return false;
  const unit = text.charCodeAt(at);
  const low = unit >= 0xd800 && unit <= 0xdbff ? text.charCodeAt(at + 1) : 0;
  if (low >= 0xdc00 && low <= 0xdfff) return isWordCodePoint((unit - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000);
  return isWordUnit(unit);
}
