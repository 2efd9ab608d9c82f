/**
 * Comparable forms of a line, and the shape features the cleaning rules
 * look at (length, final punctuation, prose or headline).
 */
import { forEachWord } from '../../lexicon/index.ts';

/** Quote marks and apostrophes, folded to `'` for matching. */
const QUOTE_MARKS = /["'`´‘’‚‛“”„‟«»‹›′″ʹʺʻʼ＂＇〝〞〟]/g;
const MARKS = /\p{M}/gu;

/**
 * The form furniture prefixes and phrases are matched against: NFKC, lower
 * case, accents and quote marks folded (scraped text loses accents: "Etats
 * Unis"), French spaces before `: ; ! ?` dropped, white space collapsed.
 */
export function matchForm(text: string): string {
  return remember(formCache, text, computeMatchForm);
}

/**
 * Results of `matchForm` and `wordKey` by input. The clean stage asks for the
 * same line's form several times (furniture keys, prefixes and phrases, title
 * copies) and for the title's on every line; each costs two Unicode
 * normalisations and five regex passes. Boilerplate lines also recur from one
 * document to the next. Cleared when full, so memory stays flat on a long batch.
 */
const CACHE_MAX_ENTRIES = 4096;
const formCache = new Map<string, string>();
const keyCache = new Map<string, string>();

function remember(cache: Map<string, string>, text: string, compute: (text: string) => string): string {
  const cached = cache.get(text);
  if (cached !== undefined) return cached;
  const value = compute(text);
  if (cache.size >= CACHE_MAX_ENTRIES) cache.clear();
  cache.set(text, value);
  return value;
}

/**
 * White space that collapsing every run to one space changes: a run of two or
 * more, or one character that is not a space. `/\s+/g` replaced each single
 * space between words too, a match and a copy per word of a paragraph.
 */
export const SPACES_TO_COLLAPSE = /\s{2,}|[^\S ]/g;

/** ASCII only: NFKC and NFD leave it as it is and it holds no combining mark, so both normalisations are skipped. */
const ASCII = /^[\x00-\x7f]*$/;

/**
 * UTF-16 units that NFKC leaves as they are, alone and beside one another
 * (checked for every pair when the list was drawn up): Latin-1 and Latin
 * Extended-A, Cyrillic but its combining marks, the dashes, quotes, bullet
 * and euro sign of news text; less the units with a compatibility form (no-break
 * space, ², ½, ĳ, ſ…). A string of them only is its own NFKC.
 */
const NFKC_STABLE = new Uint8Array(0x10000);
for (const [from, to] of [[0x00, 0x17f], [0x400, 0x482], [0x48a, 0x4ff]] as const) NFKC_STABLE.fill(1, from, to + 1);
for (const unit of [0x2013, 0x2014, 0x2018, 0x2019, 0x201a, 0x201c, 0x201d, 0x201e, 0x2022, 0x20ac]) NFKC_STABLE[unit] = 1;
for (const unit of [0xa0, 0xa8, 0xaa, 0xaf, 0xb2, 0xb3, 0xb4, 0xb5, 0xb8, 0xb9, 0xba, 0xbc, 0xbd, 0xbe, 0x132, 0x133, 0x13f, 0x140, 0x149, 0x17f]) NFKC_STABLE[unit] = 0;

/** Whether `text.normalize('NFKC') === text` is sure without normalising (false: not known). */
export function isNfkcStable(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (NFKC_STABLE[text.charCodeAt(i)] !== 1) return false;
  return true;
}

function computeMatchForm(text: string): string {
  const folded = ASCII.test(text)
    ? text.toLowerCase()
    : (isNfkcStable(text) ? text : text.normalize('NFKC')).toLowerCase().normalize('NFD').replace(MARKS, '');
  return folded
    .replace(QUOTE_MARKS, "'")
    .replace(/\s+([:;!?])/g, '$1')
    .replace(SPACES_TO_COLLAPSE, ' ')
    .trim();
}

/** Letters-and-digits words of `matchForm`, space-joined: the key of whole-line comparisons. */
export function wordKey(text: string): string {
  return remember(keyCache, text, (t) => joinedWords(matchForm(t)));
}

/** `(text.match(/[\p{L}\p{N}]+/gu) ?? []).join(' ')`, by the lexicon's word scanner, without the regex's array. */
function joinedWords(text: string): string {
  let out = '';
  forEachWord(text, (start, end) => {
    out = out === '' ? text.slice(start, end) : `${out} ${text.slice(start, end)}`;
  });
  return out;
}

/** Scripts written without spaces between words; there a word is ~2 characters on average. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;
const SPACE = /\s/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * What `wordCount` needs to know of a character, as bits: white space (as
 * `\s` splits), letter or digit, unspaced script. Decided by the regexes
 * above, once per character met: the clean stage counts the words of every
 * line several times, and a table look-up per character is far cheaper than
 * splitting the line and testing each token.
 */
const IS_SPACE = 1;
const IS_WORD = 2;
const IS_UNSPACED = 4;
const KNOWN = 8;
const bmpKinds = new Uint8Array(0x10000);
const astralKinds = new Map<number, number>();

function kindOf(char: string): number {
  return KNOWN | (SPACE.test(char) ? IS_SPACE : 0) | (LETTER_OR_DIGIT.test(char) ? IS_WORD : 0) | (UNSPACED.test(char) ? IS_UNSPACED : 0);
}

/**
 * Counts of lines this long or longer are remembered: the clean stage's rules
 * count the same paragraph a dozen times or more (furniture `max`, prose,
 * teaser, tag, caption and box shapes), and a map look-up of a string already
 * hashed is cheaper than a scan of a paragraph; a short line is cheaper to scan.
 */
const COUNT_CACHE_MIN_LENGTH = 32;
const countCache = new Map<string, number>();

function bmpKind(unit: number): number {
  let kind = bmpKinds[unit]!;
  if (kind === 0) bmpKinds[unit] = kind = kindOf(String.fromCharCode(unit));
  return kind;
}

function astralKind(code: number): number {
  let kind = astralKinds.get(code) ?? 0;
  if (kind === 0) astralKinds.set(code, (kind = kindOf(String.fromCodePoint(code))));
  return kind;
}

/** White-space separated tokens holding a letter or digit (for Chinese or Japanese, characters ÷ 2). */
export function wordCount(text: string): number {
  if (text.length < COUNT_CACHE_MIN_LENGTH) return countWords(text);
  const cached = countCache.get(text);
  if (cached !== undefined) return cached;
  const n = countWords(text);
  if (countCache.size >= CACHE_MAX_ENTRIES) countCache.clear();
  countCache.set(text, n);
  return n;
}

function countWords(text: string): number {
  let n = 0;
  let unspaced = 0;
  let tokenHasWord = false;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    let kind: number;
    const next = unit >= 0xd800 && unit <= 0xdbff ? text.charCodeAt(i + 1) : 0;
    if (next >= 0xdc00 && next <= 0xdfff) {
      // A surrogate pair is one character (never white space).
      const code = (unit - 0xd800) * 0x400 + (next - 0xdc00) + 0x10000;
      kind = astralKind(code);
      i++;
    } else {
      kind = bmpKind(unit);
    }
    if (kind & IS_SPACE) {
      if (tokenHasWord) n++;
      tokenHasWord = false;
      continue;
    }
    if (kind & IS_WORD) tokenHasWord = true;
    if (kind & IS_UNSPACED) unspaced++;
  }
  if (tokenHasWord) n++;
  return unspaced > 0 ? Math.max(n, Math.round(unspaced / 2)) : n;
}

/**
 * Characters that end a sentence, possibly followed by closing quotes or
 * brackets: a line ending so is prose (or a caption), not a headline. As a
 * regex, `/[.!?…:;](?:["'»”’)\]]*)$|["»”]$/` on the line less its final spaces;
 * here the closing marks after the final punctuation, and that punctuation,
 * tested one unit at a time from the end.
 */
const CLOSERS = new Set(['"', "'", '»', '”', '’', ')', ']']);
const FINAL_PUNCTUATION = new Set(['.', '!', '?', '…', ':', ';']);

export function endsLikeSentence(line: string): boolean {
  // Read from the end of the line: the regex, unanchored at its start, is tried from every position
  // of a paragraph, and this is asked of each line many times.
  const text = line.trimEnd();
  let i = text.length - 1;
  if (i < 0) return false;
  const last = text.charAt(i);
  if (last === '"' || last === '»' || last === '”') return true;
  while (i >= 0 && CLOSERS.has(text.charAt(i))) i--;
  return i >= 0 && FINAL_PUNCTUATION.has(text.charAt(i));
}

/**
 * A prose paragraph: this many words and a sentence ending. Headlines,
 * teasers and widgets are shorter or unpunctuated.
 */
export const PROSE_MIN_WORDS = 12;

export function isProse(line: string): boolean {
  return wordCount(line) >= PROSE_MIN_WORDS && endsLikeSentence(line);
}

/**
 * Sentence-final punctuation inside a line followed by a capital: a sign of several sentences. A
 * full stop after a capital standing alone is an initial or an abbreviation's ("S. Korea", "John
 * R. Hale", "U.S. Navy", "В. Путин"), not a sentence's end: a headline such as "S. Korea, US hold
 * talks, vow response to any N. Korean attack" is one sentence.
 */
const INNER_SENTENCE_BREAK = /(?:(?<!(?<![\p{L}\p{N}])\p{Lu})\.|[!?])["»”’)]*\s+["«“„]?\p{Lu}/gu;

export function sentenceBreaks(line: string): number {
  return line.match(INNER_SENTENCE_BREAK)?.length ?? 0;
}

/** Whether the first letter of the line is a capital (or the line starts with a digit or quote). */
export function startsLikeHeadline(line: string): boolean {
  const first = /[\p{L}\p{N}]/u.exec(line);
  return first !== null && !/\p{Ll}/u.test(first[0]);
}

/**
 * An English-style headline capitalises its content words ("Ukraine Is Not Deterred. Should the
 * West Be?"); prose capitalises names only. Words of at least TITLE_CASE_MIN_LETTERS letters (the
 * small words of a title stay lower case): at least TITLE_CASE_MIN_WORDS of them, and all but one
 * capitalised at most.
 */
export const TITLE_CASE_MIN_LETTERS = 4;
export const TITLE_CASE_MIN_WORDS = 3;

export function isTitleCased(line: string): boolean {
  let long = 0;
  let lower = 0;
  for (const w of line.match(/\p{L}+/gu) ?? []) {
    if (w.length < TITLE_CASE_MIN_LETTERS) continue;
    long++;
    if (/^\p{Ll}/u.test(w) && ++lower > 1) return false;
  }
  return long >= TITLE_CASE_MIN_WORDS;
}
