/**
 * Phrase patterns of the lexicon files and their matching.
 *
 * Syntax (the field a file calls a phrase): words separated by spaces,
 * compared after folding (fold.ts); a word ending in `*` matches any word
 * beginning that way (`menac*`); `...` between words allows a gap of up to
 * `GAP_WORDS` words (`tous les moyens ... disposition`).
 */
import { walkStarts } from './exec-all.ts';
import { fold } from './fold.ts';
import { hashUnits, PREFIX_UNITS, Vocabulary, WordIndex } from './word-index.ts';
import { forEachWord, wordCharAt, wordCharBefore } from './words.ts';

/**
 * A gap written `...` in a phrase spans at most this many words: enough for an
 * inserted adverb or name ("all the means at Russia's disposal"), not so many
 * that the two ends fall in unrelated clauses.
 */
export const GAP_WORDS = 6;

const WORD_CHAR = '[\\p{L}\\p{N}]';
/** The guard a phrase's regex source starts with when its first word starts with a letter or digit. */
export const BEFORE = `(?<!${WORD_CHAR})`;
const AFTER = `(?!${WORD_CHAR})`;

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A phrase's folded words, its `...` gaps among them. Adding a phrase to a
 * set reads them five times (its source, head, plain form, literal and
 * needs) and the lexicons hold several thousand phrases, all added at
 * start-up: `add` folds and splits once and passes the words on.
 */
function tokensOf(phrase: string): readonly string[] {
  return fold(phrase)
    .split(/\s+/)
    .filter((t) => t.length > 0);
}

/** The regex source of one phrase (no flags); throws on a malformed phrase. */
export function phraseSource(phrase: string): string {
  return sourceOf(tokensOf(phrase), phrase);
}

function sourceOf(tokens: readonly string[], phrase: string): string {
  if (tokens.length === 0) throw new Error(`empty phrase`);
  if (tokens[0] === '...' || tokens[tokens.length - 1] === '...') throw new Error(`a phrase cannot start or end with "..." (${phrase})`);
  let source = '';
  let gapBefore = false;
  for (const token of tokens) {
    if (token === '...') {
      if (gapBefore) throw new Error(`two "..." in a row in "${phrase}"`);
      gapBefore = true;
      continue;
    }
    if (/\*./.test(token)) throw new Error(`"*" may only end a word, in "${phrase}"`);
    const wildcard = token.endsWith('*');
    const word = wildcard ? token.slice(0, -1) : token;
    if (word === '') throw new Error(`a lone "*" in "${phrase}"`);
    if (source !== '') source += gapBefore ? `(?:[\\s,]+[^\\s,]+){0,${GAP_WORDS}}?[\\s,]+` : '\\s+';
    source += escapeRegex(word) + (wildcard ? "[\\p{L}\\p{N}'-]*" : '');
    gapBefore = false;
  }
  const startsWord = /^[\p{L}\p{N}]/u.test(tokens[0] as string);
  const last = tokens[tokens.length - 1] as string;
  const endsWord = /[\p{L}\p{N}*]$/u.test(last);
  return `${startsWord ? BEFORE : ''}(?:${source})${endsWord ? AFTER : ''}`;
}

export function compilePhrase(phrase: string): RegExp {
  return new RegExp(phraseSource(phrase), 'gu');
}

/** A compiled set of phrases, each tagged with a value. */
export interface PhraseMatch<T> {
  readonly start: number;
  readonly end: number;
  readonly value: T;
  /** The lexicon entry's phrase as written. */
  readonly phrase: string;
}

/**
 * The longest literal word a phrase's every match contains (a `*` word's stem
 * counts). A phrase regex cannot match a text that lacks it, and
 * `String.includes` is far cheaper than running the regex: lexicons hold
 * hundreds of phrases, and a news sentence contains a handful of them.
 */
function requiredLiteral(tokens: readonly string[]): string {
  let longest = '';
  for (const token of tokens) {
    const word = token.endsWith('*') ? token.slice(0, -1) : token;
    if (word !== '...' && word.length > longest.length) longest = word;
  }
  return longest;
}

/**
 * The text every match of a phrase starts with: its first word as written
 * (folded), without a final `*`. The phrase's regex begins with that word
 * (a word-start guard, if any, is a lookbehind and takes no text), so a match
 * can only start where `head` occurs.
 */
export function phraseHead(phrase: string): string {
  return headOf(tokensOf(phrase));
}

function headOf(tokens: readonly string[]): string {
  const first = tokens[0] ?? '';
  return first.endsWith('*') ? first.slice(0, -1) : first;
}

/**
 * A phrase as what its regex matches without running it: its words,
 * literally, separated by runs of white space (`\s+`); a stem (`menac*`)
 * followed by its run of letters, digits, apostrophes and hyphens
 * (`[\p{L}\p{N}'-]*`); a gap (`...`) as up to GAP_WORDS words between runs
 * of white space and commas, fewest first; and the regex's word guards. Every
 * run is greedy and what follows it (white space or a comma, a word, the
 * word-end guard) can never match inside it, so a run needs no backtracking;
 * the gaps are tried in the regex's order, so this reads the same matches. A
 * phrase's `u` regex, with its Unicode classes, cost milliseconds to compile
 * on its first text, once for each of the thousands of stem and gap phrases a
 * run of nuclear news meets (a third of `brink analyze` on the development
 * sets). Not read so: a phrase with a surrogate, or a word after a gap that
 * starts with a comma (the gap's run could then end before it).
 */
interface PlainPhrase {
  readonly words: readonly string[];
  /** Whether each word is a stem (written with a final `*`, here without it). */
  readonly stems: readonly boolean[];
  /** Whether a gap (`...`) stands before each word. */
  readonly gaps: readonly boolean[];
  /** The regex starts with the word-start guard (its first word starts with a letter or digit). */
  readonly guardBefore: boolean;
  /** The regex ends with the word-end guard (its last word ends with a letter or digit, or is a stem). */
  readonly guardAfter: boolean;
}

function plainPhrase(tokens: readonly string[]): PlainPhrase | null {
  if (tokens.length === 0 || tokens.some((w) => /[\ud800-\udfff]/.test(w))) return null;
  const words: string[] = [];
  const stems: boolean[] = [];
  const gaps: boolean[] = [];
  let gap = false;
  for (const token of tokens) {
    if (token === '...') {
      gap = true;
      continue;
    }
    if (gap && token.startsWith(',')) return null;
    const stem = token.endsWith('*');
    words.push(stem ? token.slice(0, -1) : token);
    stems.push(stem);
    gaps.push(gap);
    gap = false;
  }
  return { words, stems, gaps, guardBefore: /^[\p{L}\p{N}]/u.test(tokens[0] as string), guardAfter: /[\p{L}\p{N}*]$/u.test(tokens[tokens.length - 1] as string) };
}

const APOSTROPHE = 0x27;
const HYPHEN = 0x2d;
const COMMA = 0x2c;

/** Where a stem's run (`[\p{L}\p{N}'-]*`, a surrogate pair read as its code point) starting at `pos` ends. */
function stemRunEnd(text: string, pos: number): number {
  while (pos < text.length) {
    const unit = text.charCodeAt(pos);
    if (unit === APOSTROPHE || unit === HYPHEN) pos++;
    else if (wordCharAt(text, pos)) pos += unit >= 0xd800 && unit <= 0xdbff ? 2 : 1;
    else break;
  }
  return pos;
}

/** The units `\s` matches (ECMAScript WhiteSpace and LineTerminator). */
function isSpace(unit: number): boolean {
  if (unit <= 0x20) return unit === 0x20 || (unit >= 0x09 && unit <= 0x0d);
  if (unit < 0xa0) return false;
  return (
    unit === 0xa0 || unit === 0x1680 || (unit >= 0x2000 && unit <= 0x200a) || unit === 0x2028 || unit === 0x2029 || unit === 0x202f || unit === 0x205f || unit === 0x3000 || unit === 0xfeff
  );
}

/** Where a match of `plain` starting at `at` in `text` ends, or -1: what its sticky regex would say. */
function plainMatchEnd(plain: PlainPhrase, text: string, at: number): number {
  if (plain.guardBefore && wordCharBefore(text, at)) return -1;
  return wordsEnd(plain, text, 0, at);
}

/** A gap's separators (`[\s,]`). */
function isGapSeparator(unit: number): boolean {
  return unit === COMMA || isSpace(unit);
}

/** Where the phrase's words from the `k`-th on, that one starting at `pos`, end, or -1. */
function wordsEnd(plain: PlainPhrase, text: string, k: number, pos: number): number {
  const word = plain.words[k] as string;
  if (!text.startsWith(word, pos)) return -1;
  pos += word.length;
  if (plain.stems[k]) pos = stemRunEnd(text, pos);
  if (k === plain.words.length - 1) return plain.guardAfter && wordCharAt(text, pos) ? -1 : pos;
  if (!plain.gaps[k + 1]) {
    const spaces = pos;
    while (pos < text.length && isSpace(text.charCodeAt(pos))) pos++;
    return pos === spaces ? -1 : wordsEnd(plain, text, k + 1, pos);
  }
  // `(?:[\s,]+[^\s,]+){0,GAP_WORDS}?[\s,]+`: the next word after no gap word, then after one more
  // each time the rest of the phrase fails, as the lazy quantifier backtracks.
  for (let skipped = 0; ; skipped++) {
    const separators = pos;
    while (pos < text.length && isGapSeparator(text.charCodeAt(pos))) pos++;
    if (pos === separators) return -1;
    const end = wordsEnd(plain, text, k + 1, pos);
    if (end >= 0) return end;
    if (skipped === GAP_WORDS) return -1;
    const gapWord = pos;
    while (pos < text.length && !isGapSeparator(text.charCodeAt(pos))) pos++;
    if (pos === gapWord) return -1;
  }
}

/**
 * What every match of a phrase needs in the whole text, one need per word. A
 * word of letters and digits stands between spaces or word boundaries in the
 * phrase's regex, so it is a whole word of the text (`word`); a `*` word's
 * stem starts one (`stem`); any other word ("l'", "u.s.") occurs somewhere
 * (`substring`), and so do its own runs of letters and digits, each a whole
 * word of the text (the `l` of "l'", the `u` and `s` of "u.s."; a last run
 * before `*` a stem): every run stands between characters that are not
 * letters or digits, white space or the phrase's word guards. Checked once
 * per document against the text's word list (hash look-ups) instead of
 * scanning the text for each of several hundred phrases.
 */
interface Need {
  readonly kind: 'word' | 'stem' | 'substring';
  readonly text: string;
  /** For a stem, the hash of its first PREFIX_UNITS units when it is that long, else 0. */
  readonly hash: number;
  /** For a word, its number in VOCABULARY; -1 otherwise. */
  readonly id: number;
}

/** Every whole word some phrase set needs, numbered (see Vocabulary): tested in a text by number. */
const VOCABULARY = new Vocabulary();

const WORD_ONLY = /^[\p{L}\p{N}]+$/u;

function wordNeed(word: string, stem: boolean): Need {
  if (!stem) return { kind: 'word', text: word, hash: 0, id: VOCABULARY.idOf(word) };
  return { kind: 'stem', text: word, hash: word.length >= PREFIX_UNITS ? hashUnits(word, 0, PREFIX_UNITS) : 0, id: -1 };
}

function needsOf(tokens: readonly string[]): Need[] {
  const needs: Need[] = [];
  for (const token of tokens) {
    if (token === '...') continue;
    const wildcard = token.endsWith('*');
    const word = wildcard ? token.slice(0, -1) : token;
    if (WORD_ONLY.test(word)) {
      needs.push(wordNeed(word, wildcard));
      continue;
    }
    needs.push({ kind: 'substring', text: word, hash: 0, id: -1 });
    forEachWord(word, (start, end) => needs.push(wordNeed(word.slice(start, end), wildcard && end === word.length)));
  }
  return needs;
}

/**
 * The last texts' word indexes: the stages search a document's title and its
 * text, in turns, through several phrase sets each.
 */
const RECENT_INDEXES = 4;
const recentIndexes: WordIndex[] = [];

function indexOf(text: string): WordIndex {
  for (const index of recentIndexes) if (index.text === text) return index;
  const index = new WordIndex(text);
  recentIndexes.unshift(index);
  if (recentIndexes.length > RECENT_INDEXES) recentIndexes.length = RECENT_INDEXES;
  return index;
}

/**
 * Whether a word of the text starts with `stem` (itself letters and digits
 * only): the stem occurs where no letter or digit precedes it. Found with
 * `indexOf`, which skips a text without the stem at once.
 */
function startsSomeWord(text: string, stem: string): boolean {
  for (let at = text.indexOf(stem); at >= 0; at = text.indexOf(stem, at + 1)) {
    if (!wordCharBefore(text, at)) return true;
  }
  return false;
}

function meets(need: Need, words: WordIndex, present: Uint8Array): boolean {
  if (need.kind === 'word') return present[need.id] === 1;
  if (need.kind === 'stem') {
    if (need.text.length >= PREFIX_UNITS) return words.hasWordStarting(need.text, need.hash);
    return startsSomeWord(words.text, need.text);
  }
  return words.text.includes(need.text);
}

interface PhraseItem<T> {
  /** Position in the set: matches of equal span come out in the order the phrases were added. */
  readonly index: number;
  /** The phrase's regex source; compiled on the first text that has all its words (see `stickyOf`). */
  readonly source: string;
  /** The source compiled sticky (`y`): tried only where `head` occurs (see `matchAll`). */
  sticky: RegExp | null;
  /** What every match starts with (see `phraseHead`). */
  readonly head: string;
  /** The phrase read without its regex, when it can be (see PlainPhrase). */
  readonly plain: PlainPhrase | null;
  readonly value: T;
  readonly phrase: string;
  readonly literal: string;
  readonly needs: readonly Need[];
}

/**
 * An item's sticky regex, compiled when first needed. Building a `u` regex
 * with its Unicode classes is the costly part of loading the lexicons
 * (several thousand phrases, ≈0.4 s), and most phrases (other languages, rare
 * wordings) are never a candidate in a run.
 */
function stickyOf(item: PhraseItem<unknown>): RegExp {
  return (item.sticky ??= new RegExp(item.source, 'uy'));
}

/** Whole-word needs first: a hash look-up, and the likeliest to fail. */
const NEED_ORDER: Readonly<Record<Need['kind'], number>> = { word: 0, substring: 1, stem: 2 };

/** A whole word some phrases of a set cannot match without, and those phrases. */
interface KeyWord<T> {
  readonly word: string;
  /** Its number in VOCABULARY. */
  readonly id: number;
  readonly items: PhraseItem<T>[];
}

export class PhraseSet<T> {
  private readonly items: PhraseItem<T>[] = [];
  /**
   * Items by their longest whole word (a phrase cannot match a text lacking
   * it), and those with none (stems and other words only): a text's
   * candidates are found from its words, not by testing every item.
   */
  private readonly keys: KeyWord<T>[] = [];
  /** The same key words by their number in VOCABULARY. */
  private readonly byId = new Map<number, KeyWord<T>>();
  /**
   * Items with no whole word but a stem at least PREFIX_UNITS long, by the
   * hash of their longest stem's first PREFIX_UNITS units (a text whose words
   * never start that way cannot hold them), and the items with neither.
   */
  private readonly byPrefix = new Map<number, PhraseItem<T>[]>();
  private readonly unkeyed: PhraseItem<T>[] = [];
  /**
   * The phrases whose literal occurs in the last text searched. Stages search
   * one document's folded text many times (once per sentence), so the
   * whole-text check is paid once per document, not once per sentence.
   */
  private lastText: string | null = null;
  private lastItems: readonly PhraseItem<T>[] = [];

  add(phrase: string, value: T): void {
    const tokens = tokensOf(phrase);
    const needs = needsOf(tokens).sort((a, b) => NEED_ORDER[a.kind] - NEED_ORDER[b.kind]);
    const item: PhraseItem<T> = {
      index: this.items.length,
      source: sourceOf(tokens, phrase),
      sticky: null,
      head: headOf(tokens),
      plain: plainPhrase(tokens),
      value,
      phrase,
      literal: requiredLiteral(tokens),
      needs,
    };
    this.items.push(item);
    let key: Need | null = null;
    for (const need of needs) if (need.kind === 'word' && (key === null || need.text.length > key.text.length)) key = need;
    let stem: Need | null = null;
    for (const need of needs) if (need.kind === 'stem' && need.text.length >= PREFIX_UNITS && (stem === null || need.text.length > stem.text.length)) stem = need;
    if (key === null && stem !== null) {
      const same = this.byPrefix.get(stem.hash);
      if (same) same.push(item);
      else this.byPrefix.set(stem.hash, [item]);
    } else if (key === null) this.unkeyed.push(item);
    else {
      const known = this.byId.get(key.id);
      if (known) known.items.push(item);
      else {
        const keyWord: KeyWord<T> = { word: key.text, id: key.id, items: [item] };
        this.keys.push(keyWord);
        this.byId.set(key.id, keyWord);
      }
    }
    this.lastText = null;
  }

  private itemsIn(folded: string): readonly PhraseItem<T>[] {
    if (folded !== this.lastText) {
      const words = indexOf(folded);
      // Which numbered words the text holds: worked out once per text for every set.
      const present = words.presentOf(VOCABULARY);
      const candidates = this.unkeyed.slice();
      for (const [prefix, items] of this.byPrefix) if (words.hasPrefix(prefix)) for (const item of items) candidates.push(item);
      for (const k of this.keys) if (present[k.id] === 1) for (const item of k.items) candidates.push(item);
      candidates.sort((a, b) => a.index - b.index);
      const met: PhraseItem<T>[] = [];
      for (const item of candidates) if (item.needs.every((need) => meets(need, words, present))) met.push(item);
      this.lastItems = met;
      this.lastText = folded;
    }
    return this.lastItems;
  }

  get size(): number {
    return this.items.length;
  }

  /**
   * Whether some phrase of the set could occur in `folded`: all the words of
   * one of them do. False means no phrase matches, so a larger pattern built
   * on the set's phrases (dates' month names) need not be run on this text.
   */
  mayOccur(folded: string): boolean {
    return this.itemsIn(folded).length > 0;
  }

  /**
   * Every match in `folded` (already folded text) lying within `from`..`to`. One
   * character either side of the range is searched too, so that word boundaries
   * see the text around it (a range starting inside a word does not start a word).
   */
  matchAll(folded: string, from = 0, to = folded.length): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    const items = this.itemsIn(folded);
    // The usual case per sentence: no phrase of the set can occur anywhere in this document.
    if (items.length === 0) return out;
    const base = Math.max(0, from - 1);
    const slice = folded.slice(base, Math.min(folded.length, to + 1));
    for (const item of items) {
      // Cheap gate before the regex (see requiredLiteral).
      if (item.literal !== item.head && !slice.includes(item.literal)) continue;
      // The matches a global scan of the slice would find (left to right, each
      // search resuming where the last match ended), found by trying the regex
      // only where the phrase's head occurs: a global regex tries every
      // position of the slice, and its word-start lookbehind keeps V8 from
      // skipping ahead to its first letter, which made the scan most of the
      // signals stage's time. Elsewhere no match can start, so the matches are the same.
      const plain = item.plain;
      const re = plain === null ? stickyOf(item) : null;
      walkStarts(
        slice,
        (at) => slice.indexOf(item.head, at),
        (at) => {
          if (re === null) {
            const end = plainMatchEnd(plain as PlainPhrase, slice, at);
            return end < 0 ? -1 : end - at;
          }
          re.lastIndex = at;
          const m = re.exec(slice);
          return m === null ? -1 : m[0].length;
        },
        (at, length) => {
          const start = base + at;
          const end = start + length;
          if (start >= from && end <= to) out.push({ start, end, value: item.value, phrase: item.phrase });
        },
      );
    }
    return out.sort((a, b) => a.start - b.start || b.end - a.end);
  }

  test(folded: string, from = 0, to = folded.length): boolean {
    return this.matchAll(folded, from, to).length > 0;
  }
}
