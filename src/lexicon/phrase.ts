/**
 * Phrase patterns of the lexicon files and their matching.
 *
 * Syntax (the field a file calls a phrase): words separated by spaces,
 * compared after folding (fold.ts); a word ending in `*` matches any word
 * beginning that way (`menac*`); `...` between words allows a gap of up to
 * `GAP_WORDS` words (`tous les moyens ... disposition`).
 */
import { execAll } from './exec-all.ts';
import { fold } from './fold.ts';
import { forEachWord, wordCharBefore } from './words.ts';

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

/** The regex source of one phrase (no flags); throws on a malformed phrase. */
export function phraseSource(phrase: string): string {
  const tokens = fold(phrase).split(/\s+/).filter((t) => t.length > 0);
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
function requiredLiteral(phrase: string): string {
  let longest = '';
  for (const token of fold(phrase).split(/\s+/)) {
    const word = token.endsWith('*') ? token.slice(0, -1) : token;
    if (word !== '...' && word.length > longest.length) longest = word;
  }
  return longest;
}

/**
 * What every match of a phrase needs in the whole text, one need per word. A
 * word of letters and digits stands between spaces or word boundaries in the
 * phrase's regex, so it is a whole word of the text (`word`); a `*` word's
 * stem starts one (`stem`); any other word ("l'", "u.s.") occurs somewhere
 * (`substring`). Checked once per document against the text's word list
 * (hash look-ups) instead of scanning the text for each of several hundred phrases.
 */
interface Need {
  readonly kind: 'word' | 'stem' | 'substring';
  readonly text: string;
}

const WORD_ONLY = /^[\p{L}\p{N}]+$/u;

function needsOf(phrase: string): Need[] {
  const needs: Need[] = [];
  for (const token of fold(phrase).split(/\s+/)) {
    if (token === '' || token === '...') continue;
    const wildcard = token.endsWith('*');
    const word = wildcard ? token.slice(0, -1) : token;
    needs.push({ kind: !WORD_ONLY.test(word) ? 'substring' : wildcard ? 'stem' : 'word', text: word });
  }
  return needs;
}

/** A text's words (maximal runs of letters and digits), as a set. */
interface TextWords {
  readonly text: string;
  readonly set: ReadonlySet<string>;
  /** The first STEM_PREFIX units of its words that long, made on the first stem check. */
  prefixes: Set<string> | null;
}

/**
 * A stem of at least this many UTF-16 units is first looked up by its
 * beginning among the text's words' beginnings: a word cannot start with the
 * stem unless it starts with that much of it. Most stems of a lexicon are
 * absent from a given text, and the look-up spares a scan of the text.
 */
const STEM_PREFIX = 3;

/** The last two texts' words: a stage alternates between a document's title and its text. */
const recentWords: TextWords[] = [];

function wordsOf(text: string): TextWords {
  const known = recentWords.find((w) => w.text === text);
  if (known) return known;
  const set = new Set<string>();
  forEachWord(text, (start, end) => set.add(text.slice(start, end)));
  const words: TextWords = { text, set, prefixes: null };
  recentWords.unshift(words);
  recentWords.length = Math.min(recentWords.length, 2);
  return words;
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

function meets(need: Need, words: TextWords): boolean {
  if (need.kind === 'word') return words.set.has(need.text);
  if (need.kind === 'stem') {
    if (need.text.length >= STEM_PREFIX) {
      if (words.prefixes === null) {
        words.prefixes = new Set();
        for (const word of words.set) if (word.length >= STEM_PREFIX) words.prefixes.add(word.slice(0, STEM_PREFIX));
      }
      if (!words.prefixes.has(need.text.slice(0, STEM_PREFIX))) return false;
    }
    return startsSomeWord(words.text, need.text);
  }
  return words.text.includes(need.text);
}

interface PhraseItem<T> {
  /** Position in the set: matches of equal span come out in the order the phrases were added. */
  readonly index: number;
  /** The phrase's regex source; compiled on the first text that has all its words (see `regexOf`). */
  readonly source: string;
  regex: RegExp | null;
  readonly value: T;
  readonly phrase: string;
  readonly literal: string;
  readonly needs: readonly Need[];
}

/**
 * An item's regex, compiled when first needed. Building a `u` regex with its
 * Unicode classes is the costly part of loading the lexicons (several
 * thousand phrases, ≈0.4 s), and most phrases (other languages, rare
 * wordings) are never a candidate in a run.
 */
function regexOf(item: PhraseItem<unknown>): RegExp {
  return (item.regex ??= new RegExp(item.source, 'gu'));
}

/** Whole-word needs first: a hash look-up, and the likeliest to fail. */
const NEED_ORDER: Readonly<Record<Need['kind'], number>> = { word: 0, substring: 1, stem: 2 };

export class PhraseSet<T> {
  private readonly items: PhraseItem<T>[] = [];
  /**
   * Items by their longest whole word (a phrase cannot match a text lacking
   * it), and those with none (stems and other words only): a text's
   * candidates are found from its words, not by testing every item.
   */
  private readonly byWord = new Map<string, PhraseItem<T>[]>();
  private readonly unkeyed: PhraseItem<T>[] = [];
  /**
   * The phrases whose literal occurs in the last text searched. Stages search
   * one document's folded text many times (once per sentence), so the
   * whole-text check is paid once per document, not once per sentence.
   */
  private lastText: string | null = null;
  private lastItems: readonly PhraseItem<T>[] = [];

  add(phrase: string, value: T): void {
    const needs = needsOf(phrase).sort((a, b) => NEED_ORDER[a.kind] - NEED_ORDER[b.kind]);
    const item: PhraseItem<T> = { index: this.items.length, source: phraseSource(phrase), regex: null, value, phrase, literal: requiredLiteral(phrase), needs };
    this.items.push(item);
    let key: string | null = null;
    for (const need of needs) if (need.kind === 'word' && (key === null || need.text.length > key.length)) key = need.text;
    if (key === null) this.unkeyed.push(item);
    else {
      const list = this.byWord.get(key);
      if (list) list.push(item);
      else this.byWord.set(key, [item]);
    }
    this.lastText = null;
  }

  private itemsIn(folded: string): readonly PhraseItem<T>[] {
    if (folded !== this.lastText) {
      const words = wordsOf(folded);
      const candidates = [...this.unkeyed];
      // Walk whichever is shorter: the text's words or the set's key words.
      if (words.set.size < this.byWord.size) {
        for (const word of words.set) {
          const list = this.byWord.get(word);
          if (list) candidates.push(...list);
        }
      } else {
        for (const [word, list] of this.byWord) if (words.set.has(word)) candidates.push(...list);
      }
      candidates.sort((a, b) => a.index - b.index);
      this.lastItems = candidates.filter((item) => item.needs.every((need) => meets(need, words)));
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
      if (!slice.includes(item.literal)) continue;
      for (const m of execAll(regexOf(item), slice)) {
        const start = base + m.index;
        const end = start + m[0].length;
        if (start >= from && end <= to) out.push({ start, end, value: item.value, phrase: item.phrase });
      }
    }
    return out.sort((a, b) => a.start - b.start || b.end - a.end);
  }

  test(folded: string, from = 0, to = folded.length): boolean {
    return this.matchAll(folded, from, to).length > 0;
  }
}
