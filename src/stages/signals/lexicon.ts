/**
 * Lexicon files: loading, validation and phrase matching.
 *
 * The dates, signals and relevance stages keep their language knowledge in
 * `data/<lang>/<kind>.txt` (STYLE.md §13). This module is their one reader: it
 * lives with the signals stage, which owns most of the lists, and the two
 * neighbouring stages import it rather than keeping copies.
 *
 * File format: UTF-8 text; the first non-blank line must be a `#` comment (the
 * header saying what belongs in the file); `#` lines are comments; every other
 * line is one entry of `|`-separated fields. A bad entry is a configuration
 * error raised when the pipeline is built, naming the file and line.
 *
 * Phrase syntax (the field a file calls a phrase): words separated by spaces,
 * compared after folding (lower case, accents removed, typographic apostrophes
 * and quote marks made plain, ё → е); a word ending in `*` matches any word
 * beginning that way (`menac*`); `...` between words allows a gap of up to
 * `GAP_WORDS` words (`tous les moyens ... disposition`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { ConfigError } from '../../pipeline/stage.ts';

/** Languages whose lexicons these stages ship. */
export const LEXICON_LANGS = ['fr', 'en', 'ru'] as const;
export type LexiconLang = (typeof LEXICON_LANGS)[number];

/** `data/` at the repository root, from `src/stages/signals/` or `dist/stages/signals/`. */
export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../../data/', import.meta.url));

/**
 * A gap written `...` in a phrase spans at most this many words: enough for an
 * inserted adverb or name ("all the means at Russia's disposal"), not so many
 * that the two ends fall in unrelated clauses.
 */
export const GAP_WORDS = 6;

export class LexiconError extends ConfigError {}

/** One entry line of a lexicon file. */
export interface LexiconEntry {
  /** Path as given in messages (relative to the data directory). */
  readonly file: string;
  /** 1-based line number. */
  readonly line: number;
  readonly fields: readonly string[];
}

/** Checks one entry; returns an error message, or null when the entry is good. */
export type EntryCheck = (fields: readonly string[]) => string | null;

export interface LexiconSpec {
  /** Kind name: the file is `data/<lang>/<kind>.txt`. */
  readonly kind: string;
  /** Smallest and largest number of `|` fields an entry may have. */
  readonly minFields: number;
  readonly maxFields: number;
  readonly check?: EntryCheck;
}

/**
 * Reads and validates one lexicon file. A missing file yields no entries (a
 * language may lack a list) unless `required`; every bad line is reported in
 * one error so a maintainer can fix them all at once.
 */
export function loadLexicon(dataDir: string, lang: string, spec: LexiconSpec, required = true): LexiconEntry[] {
  const rel = `${lang}/${spec.kind}.txt`;
  const path = join(dataDir, rel);
  if (!existsSync(path)) {
    if (required) throw new LexiconError(`data/${rel}: missing lexicon file (create it with a # header line)`);
    return [];
  }
  return parseLexicon(`data/${rel}`, readFileSync(path, 'utf8'), spec);
}

/** Parses lexicon text; `name` is used in error messages. Exported for tests. */
export function parseLexicon(name: string, content: string, spec: LexiconSpec): LexiconEntry[] {
  const entries: LexiconEntry[] = [];
  const errors: string[] = [];
  let sawHeader = false;
  let sawAnything = false;
  const seen = new Map<string, number>();
  content.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const text = raw.trim();
    if (text === '') return;
    if (text.startsWith('#')) {
      if (!sawAnything) sawHeader = true;
      sawAnything = true;
      return;
    }
    if (!sawAnything) errors.push(`${name}:${line}: the file must start with a # header comment saying what belongs in it`);
    sawAnything = true;
    const fields = text.split('|').map((f) => f.trim());
    if (fields.length < spec.minFields || fields.length > spec.maxFields) {
      const want = spec.minFields === spec.maxFields ? `${spec.minFields}` : `${spec.minFields} to ${spec.maxFields}`;
      errors.push(`${name}:${line}: expected ${want} |-separated fields, found ${fields.length}: "${text}"`);
      return;
    }
    if (fields.some((f) => f === '')) {
      errors.push(`${name}:${line}: empty field in "${text}"`);
      return;
    }
    const key = fields.map((f) => fold(f)).join('|');
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      errors.push(`${name}:${line}: duplicate of line ${earlier}: "${text}"`);
      return;
    }
    seen.set(key, line);
    const problem = spec.check?.(fields) ?? null;
    if (problem) {
      errors.push(`${name}:${line}: ${problem}`);
      return;
    }
    entries.push({ file: name, line, fields });
  });
  if (!sawHeader && errors.length === 0 && sawAnything) {
    errors.push(`${name}:1: the file must start with a # header comment saying what belongs in it`);
  }
  if (errors.length > 0) throw new LexiconError(errors.join('\n'));
  return entries;
}

/** Check helper: the field at `index` must be one of `allowed`. */
export function oneOf(index: number, allowed: readonly string[], what: string): EntryCheck {
  return (fields) => {
    const value = fields[index];
    return value !== undefined && !allowed.includes(value)
      ? `unknown ${what} "${value}" (expected one of: ${allowed.join(', ')})`
      : null;
  };
}

/** Check helper: every check in turn; the first problem wins. */
export function allOf(...checks: EntryCheck[]): EntryCheck {
  return (fields) => {
    for (const check of checks) {
      const problem = check(fields);
      if (problem) return problem;
    }
    return null;
  };
}

/** Check helper: the field at `index` must be a well-formed phrase. */
export function isPhrase(index: number): EntryCheck {
  return (fields) => {
    const value = fields[index];
    if (value === undefined) return null;
    try {
      compilePhrase(value);
      return null;
    } catch (error) {
      return (error as Error).message;
    }
  };
}

// ---------------------------------------------------------------------------
// Folding and phrase matching

const QUOTE_FOLD: Record<string, string> = {
  '\u2019': "'",
  '\u2018': "'",
  '\u02bc': "'",
  '\u00b4': "'",
  '`': "'",
  '\u00ab': '"',
  '\u00bb': '"',
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u2013': '-',
  '\u2014': '-',
  '\u2011': '-',
  '\u00a0': ' ',
  '\u202f': ' ',
};

const foldCache = new Map<string, string>();

function foldUnit(ch: string): string {
  const cached = foldCache.get(ch);
  if (cached !== undefined) return cached;
  let out = QUOTE_FOLD[ch] ?? ch;
  const decomposed = out.normalize('NFD');
  if (decomposed.length > 1 && /^\p{Mn}+$/u.test(decomposed.slice(1))) out = decomposed[0] ?? out;
  const lower = out.toLowerCase();
  if (lower.length === 1) out = lower;
  foldCache.set(ch, out);
  return out;
}

/**
 * Folds text for matching while keeping its length, so that an index in the
 * folded text is the same index in the original (offsets stay UTF-16 units).
 */
export function fold(text: string): string {
  // Runs of characters that fold to themselves (most of any text) are copied as slices, not
  // character by character: the dates, signals and relevance stages each fold the whole text.
  let out = '';
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // ASCII other than capitals and the backtick folds to itself (no table lookup needed).
    if (code < 128 && (code < 65 || code > 90) && code !== 96) continue;
    const ch = text[i] as string;
    // Surrogate halves are kept as they are: no phrase needs an astral letter.
    const folded = code >= 0xd800 && code <= 0xdfff ? ch : foldUnit(ch);
    if (folded === ch) continue;
    out += text.slice(copied, i) + folded;
    copied = i + 1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

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

/** A text's words (maximal runs of letters and digits): as a set, and sorted for stem look-ups. */
interface TextWords {
  readonly text: string;
  readonly set: ReadonlySet<string>;
  readonly sorted: readonly string[];
}

const WORD_RUN = /[\p{L}\p{N}]+/gu;

/** The last two texts' words: a stage alternates between a document's title and its text. */
const recentWords: TextWords[] = [];

function wordsOf(text: string): TextWords {
  const known = recentWords.find((w) => w.text === text);
  if (known) return known;
  const set = new Set(text.match(WORD_RUN) ?? []);
  const words: TextWords = { text, set, sorted: [...set].sort() };
  recentWords.unshift(words);
  recentWords.length = Math.min(recentWords.length, 2);
  return words;
}

function startsSomeWord(sorted: readonly string[], stem: string): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as string) < stem) lo = mid + 1;
    else hi = mid;
  }
  return sorted[lo]?.startsWith(stem) ?? false;
}

function meets(need: Need, words: TextWords): boolean {
  if (need.kind === 'word') return words.set.has(need.text);
  if (need.kind === 'stem') return startsSomeWord(words.sorted, need.text);
  return words.text.includes(need.text);
}

interface PhraseItem<T> {
  readonly regex: RegExp;
  readonly value: T;
  readonly phrase: string;
  readonly literal: string;
  readonly needs: readonly Need[];
}

export class PhraseSet<T> {
  private readonly items: PhraseItem<T>[] = [];
  /**
   * The phrases whose literal occurs in the last text searched. Stages search
   * one document's folded text many times (once per sentence), so the
   * whole-text check is paid once per document, not once per sentence.
   */
  private lastText: string | null = null;
  private lastItems: readonly PhraseItem<T>[] = [];

  add(phrase: string, value: T): void {
    this.items.push({ regex: compilePhrase(phrase), value, phrase, literal: requiredLiteral(phrase), needs: needsOf(phrase) });
    this.lastText = null;
  }

  private itemsIn(folded: string): readonly PhraseItem<T>[] {
    if (folded !== this.lastText) {
      const words = wordsOf(folded);
      this.lastItems = this.items.filter((item) => item.needs.every((need) => meets(need, words)));
      this.lastText = folded;
    }
    return this.lastItems;
  }

  get size(): number {
    return this.items.length;
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
      item.regex.lastIndex = 0;
      for (const m of slice.matchAll(item.regex)) {
        const start = base + (m.index ?? 0);
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

/** The lexicon languages to use for a document language: its own, or all of them when unknown. */
export function lexiconLangsFor(lang: string | null): readonly LexiconLang[] {
  const own = LEXICON_LANGS.find((l) => l === lang);
  return own ? [own] : LEXICON_LANGS;
}
