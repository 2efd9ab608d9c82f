/**
 * Comparable forms of a line, and the shape features the cleaning rules
 * look at (length, final punctuation, prose or headline).
 */

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

/** ASCII only: NFKC and NFD leave it as it is and it holds no combining mark, so both normalisations are skipped. */
const ASCII = /^[\x00-\x7f]*$/;

function computeMatchForm(text: string): string {
  const folded = ASCII.test(text) ? text.toLowerCase() : text.normalize('NFKC').toLowerCase().normalize('NFD').replace(MARKS, '');
  return folded
    .replace(QUOTE_MARKS, "'")
    .replace(/\s+([:;!?])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Letters-and-digits words of `matchForm`, space-joined: the key of whole-line comparisons. */
export function wordKey(text: string): string {
  return remember(keyCache, text, (t) => joinedWords(matchForm(t)));
}

/**
 * `(text.match(/[\p{L}\p{N}]+/gu) ?? []).join(' ')`, by the character table `wordCount`
 * uses (its IS_WORD is that class), without the regex's array.
 */
function joinedWords(text: string): string {
  let out = '';
  let start = -1;
  for (let i = 0; i < text.length; ) {
    const unit = text.charCodeAt(i);
    const next = unit >= 0xd800 && unit <= 0xdbff ? text.charCodeAt(i + 1) : 0;
    const pair = next >= 0xdc00 && next <= 0xdfff;
    const kind = pair ? astralKind((unit - 0xd800) * 0x400 + (next - 0xdc00) + 0x10000) : bmpKind(unit);
    if (kind & IS_WORD) {
      if (start === -1) start = i;
    } else if (start !== -1) {
      out = out === '' ? text.slice(start, i) : `${out} ${text.slice(start, i)}`;
      start = -1;
    }
    i += pair ? 2 : 1;
  }
  if (start !== -1) out = out === '' ? text.slice(start) : `${out} ${text.slice(start)}`;
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
 * brackets: a line ending so is prose (or a caption), not a headline.
 */
const SENTENCE_END = /[.!?…:;](?:["'»”’)\]]*)$|["»”]$/;

export function endsLikeSentence(line: string): boolean {
  return SENTENCE_END.test(line.trimEnd());
}

/**
 * A prose paragraph: this many words and a sentence ending. Headlines,
 * teasers and widgets are shorter or unpunctuated.
 */
export const PROSE_MIN_WORDS = 12;

export function isProse(line: string): boolean {
  return wordCount(line) >= PROSE_MIN_WORDS && endsLikeSentence(line);
}

/** Sentence-final punctuation inside a line followed by a capital: a sign of several sentences. */
const INNER_SENTENCE_BREAK = /[.!?]["»”’)]*\s+["«“„]?\p{Lu}/gu;

export function sentenceBreaks(line: string): number {
  return line.match(INNER_SENTENCE_BREAK)?.length ?? 0;
}

/** Whether the first letter of the line is a capital (or the line starts with a digit or quote). */
export function startsLikeHeadline(line: string): boolean {
  const first = /[\p{L}\p{N}]/u.exec(line);
  return first !== null && !/\p{Ll}/u.test(first[0]);
}
