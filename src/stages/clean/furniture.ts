/**
 * Page furniture lexicons: `data/<lang>/furniture.txt`, one per language, in
 * the section format their header describes. Loaded once when the clean
 * stage is built; a malformed file is a `ConfigError` naming file and line.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { forEachWord, isWordUnit } from '../../lexicon/index.ts';
import { ConfigError } from '../../pipeline/stage.ts';
import { matchForm, wordCount, wordKey } from './text.ts';

export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../../data/', import.meta.url));

/** Languages whose furniture is loaded by default: every language Brink reads. */
export const FURNITURE_LANGUAGES = ['fr', 'en', 'ru', 'uk', 'de', 'es'] as const;

export const FURNITURE_MODES = ['line', 'prefix', 'phrase'] as const;
export type FurnitureMode = (typeof FURNITURE_MODES)[number];

/** Reasons a section may give; each becomes `removed[].reason`. */
export const FURNITURE_REASONS = [
  'share-buttons',
  'comment-form',
  'advertising',
  'read-also',
  'sidebar',
  'sidebar-box',
  'image-credit',
  'image-caption',
  'newsletter',
  'cookie-notice',
  'footer',
  'byline',
  'dateline',
  'tagline',
  'reading-time',
  'audio-player',
  'video-label',
  'embed-box',
  'contact',
] as const;
export type FurnitureReason = (typeof FURNITURE_REASONS)[number];

/** Default `max` words of a section: long enough for any widget, short of most paragraphs. */
const DEFAULT_MAX_WORDS = 40;

export interface FurnitureEntry {
  readonly reason: FurnitureReason;
  readonly mode: FurnitureMode;
  readonly maxWords: number;
  /** As written in the file. */
  readonly text: string;
  /** `wordKey` (line mode) or `matchForm` (prefix, phrase) of the entry. */
  readonly key: string;
  /** Where it came from, for validation messages. */
  readonly file: string;
  readonly line: number;
}

const SECTION = /^\[([a-z-]+) ([a-z]+)(?: max=(\d+))?\]$/;

/** Parses one furniture file's text; throws `ConfigError` naming `file:line` for any malformed line. */
export function parseFurniture(text: string, file: string): FurnitureEntry[] {
  const entries: FurnitureEntry[] = [];
  let section: { reason: FurnitureReason; mode: FurnitureMode; maxWords: number } | null = null;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!.trim();
    const where = `${file}:${i + 1}`;
    if (raw === '' || raw.startsWith('#')) continue;
    if (raw.startsWith('[')) {
      const m = SECTION.exec(raw);
      if (!m) throw new ConfigError(`${where}: bad section header ${JSON.stringify(raw)}; write [reason mode] or [reason mode max=N]`);
      const reason = m[1] as FurnitureReason;
      const mode = m[2] as FurnitureMode;
      if (!FURNITURE_REASONS.includes(reason)) {
        throw new ConfigError(`${where}: unknown reason ${JSON.stringify(m[1])}; use one of ${FURNITURE_REASONS.join(', ')}`);
      }
      if (!FURNITURE_MODES.includes(mode)) {
        throw new ConfigError(`${where}: unknown mode ${JSON.stringify(m[2])}; use one of ${FURNITURE_MODES.join(', ')}`);
      }
      const maxWords = m[3] === undefined ? DEFAULT_MAX_WORDS : Number(m[3]);
      if (maxWords < 1) throw new ConfigError(`${where}: max must be at least 1`);
      section = { reason, mode, maxWords };
      continue;
    }
    if (!section) throw new ConfigError(`${where}: entry ${JSON.stringify(raw)} before any [reason mode] section header`);
    const key = section.mode === 'line' ? wordKey(raw) : matchForm(raw);
    if (wordKey(raw) === '') throw new ConfigError(`${where}: entry ${JSON.stringify(raw)} has no letters or digits`);
    if (wordCount(raw) > section.maxWords) {
      throw new ConfigError(`${where}: entry ${JSON.stringify(raw)} is longer than the section's max=${section.maxWords} words`);
    }
    entries.push({ ...section, text: raw, key, file, line: i + 1 });
  }
  return entries;
}

/** Reads `data/<lang>/furniture.txt` for each language; a missing file is a `ConfigError`. */
export function loadFurniture(languages: readonly string[] = FURNITURE_LANGUAGES, dataDir: string = DEFAULT_DATA_DIR): FurnitureEntry[] {
  const entries: FurnitureEntry[] = [];
  for (const lang of languages) {
    const file = join(dataDir, lang, 'furniture.txt');
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      throw new ConfigError(`clean: cannot read furniture lexicon ${file} (${(error as Error).message}); check the language list and data directory`);
    }
    entries.push(...parseFurniture(text, file));
  }
  return entries;
}

export interface FurnitureHit {
  readonly reason: FurnitureReason;
  readonly entry: FurnitureEntry;
}

/**
 * The compiled lexicon: line entries in a map by key (and a word-sequence
 * check for rows of buttons); prefix and phrase entries tried in order, each
 * gated by the line's word count.
 */
export class FurnitureMatcher {
  private readonly lineKeys = new Map<string, FurnitureEntry>();
  /** Line entries by reason, for "several entries in a row" ("Facebook Twitter LinkedIn"). */
  private readonly rowKeys = new Map<FurnitureReason, Map<string, FurnitureEntry>>();
  private readonly longestRowEntry: number;
  /** Most words a line's key can have and still be a line entry or a row of them. */
  private readonly keyedWordsMax: number;
  /**
   * Prefix entries by the first character of their key, in file order: a line
   * can only start with the keys filed under its own first character, so the
   * others (most of a thousand entries) are never looked at.
   */
  private readonly prefixesByFirst = new Map<string, FurnitureEntry[]>();
  private readonly phrases: readonly FurnitureEntry[];
  /**
   * Phrase entries (their index in `phrases`) by one word of their key, its
   * longest: a phrase is found only where that word stands whole in the line
   * (see `containsWords`), so a line is tested against the entries filed
   * under its own words, not against all few hundred of them.
   */
  private readonly phrasesByWord = new Map<string, number[]>();
  /** Phrase entries without a word to file them under: tested on every line. */
  private readonly unfiledPhrases: number[] = [];
  /**
   * The filed words' `wordSign`s: a word of the line whose sign is not here is
   * no filed word, and is never cut out of the line nor looked up (most of a
   * paragraph's words).
   */
  private readonly filedSigns = new Uint8Array(SIGN_SIZE);

  constructor(entries: readonly FurnitureEntry[]) {
    let longest = 1;
    for (const e of entries) {
      if (e.mode !== 'line') continue;
      if (!this.lineKeys.has(e.key)) this.lineKeys.set(e.key, e);
      let keys = this.rowKeys.get(e.reason);
      if (!keys) this.rowKeys.set(e.reason, (keys = new Map<string, FurnitureEntry>()));
      if (!keys.has(e.key)) keys.set(e.key, e);
      longest = Math.max(longest, e.key.split(' ').length);
    }
    this.longestRowEntry = longest;
    this.keyedWordsMax = Math.max(longest, ROW_MAX_WORDS);
    for (const e of entries) {
      if (e.mode !== 'prefix') continue;
      const first = e.key.charAt(0);
      const bucket = this.prefixesByFirst.get(first);
      if (bucket) bucket.push(e);
      else this.prefixesByFirst.set(first, [e]);
    }
    this.phrases = entries.filter((e) => e.mode === 'phrase');
    this.phrases.forEach((e, i) => {
      const word = wordsOf(e.key).reduce((a, b) => (b.length > a.length ? b : a), '');
      if (word === '') this.unfiledPhrases.push(i);
      else {
        this.filedSigns[wordSign(word, 0, word.length)] = 1;
        const bucket = this.phrasesByWord.get(word);
        if (bucket) bucket.push(i);
        else this.phrasesByWord.set(word, [i]);
      }
    });
  }

  /**
   * Indexes of the phrase entries that may occur in `form` and allow a line
   * of `count` words, in file order. The line's words are looked up as they
   * are scanned (no array of them), and entries whose `max` the line exceeds
   * are left out before sorting: most of a paragraph's candidates are.
   */
  private phrasesFor(form: string, count: number): number[] {
    const found: number[] = [];
    for (const i of this.unfiledPhrases) if (count <= this.phrases[i]!.maxWords) found.push(i);
    let start = -1;
    for (let i = 0; i <= form.length; i++) {
      const isWord = i < form.length && isWordUnit(form.charCodeAt(i));
      if (isWord) {
        if (start === -1) start = i;
        continue;
      }
      if (start === -1) continue;
      const filed = this.filedSigns[wordSign(form, start, i)] === 1;
      const bucket = filed ? this.phrasesByWord.get(form.slice(start, i)) : undefined;
      start = -1;
      if (bucket) for (const k of bucket) if (count <= this.phrases[k]!.maxWords) found.push(k);
    }
    if (found.length < 2) return found;
    found.sort((a, b) => a - b);
    return found.filter((i, k) => k === 0 || found[k - 1] !== i);
  }

  /** Whether `words` can be cut into consecutive entries of `keys` (dynamic programming over word positions). */
  private isRow(words: readonly string[], keys: ReadonlyMap<string, FurnitureEntry>): boolean {
    const ok: boolean[] = [true];
    for (let end = 1; end <= words.length; end++) {
      ok[end] = false;
      for (let len = 1; len <= Math.min(this.longestRowEntry, end); len++) {
        if (ok[end - len] && keys.has(words.slice(end - len, end).join(' '))) {
          ok[end] = true;
          break;
        }
      }
    }
    return ok[words.length] === true;
  }

  /**
   * The first furniture entry `line` matches and `confirm` accepts (rules
   * needing more than the words, such as a byline's capitalised name), or null.
   */
  match(line: string, confirm: (hit: FurnitureHit) => boolean = () => true): FurnitureHit | null {
    const form = matchForm(line);
    // The line's key has as many words as its form (wordKey joins them). A key longer than every
    // line entry and than a row can be is neither an entry nor a row: a paragraph's key, a copy
    // of the whole paragraph, is not built, only its words counted.
    const keyWords = wordsUpTo(form, this.keyedWordsMax + 1);
    if (keyWords === 0) return null;
    const count = wordCount(line);
    if (keyWords <= this.keyedWordsMax) {
      const key = wordKey(line);
      const exact = this.lineKeys.get(key);
      if (exact && confirm({ reason: exact.reason, entry: exact })) return { reason: exact.reason, entry: exact };
      // A row of buttons is short: a dozen widgets at most. The key's words are one space apart, so
      // its spaces are counted before it is split: a paragraph's key is never split.
      const spaces = spacesUpTo(key, ROW_MAX_WORDS);
      if (spaces >= 1 && spaces < ROW_MAX_WORDS) {
        const words = key.split(' ');
        for (const [reason, keys] of this.rowKeys) {
          const first = keys.get(words[0]!);
          if (first && this.isRow(words, keys) && confirm({ reason, entry: first })) return { reason, entry: first };
        }
      }
    }
    for (const e of this.prefixesByFirst.get(form.charAt(0)) ?? []) {
      if (count > e.maxWords || !form.startsWith(e.key) || LETTER_OR_DIGIT.test(form.charAt(e.key.length))) continue;
      if (confirm({ reason: e.reason, entry: e })) return { reason: e.reason, entry: e };
    }
    for (const i of this.phrasesFor(form, count)) {
      const e = this.phrases[i]!;
      if (containsWords(form, e.key) && confirm({ reason: e.reason, entry: e })) return { reason: e.reason, entry: e };
    }
    return null;
  }
}

/** Size of the table of filed word signs (a power of two). */
const SIGN_SIZE = 1 << 16;

/** A sign of the word `text[start, end)` from its length and its first and last units: equal words have equal signs. */
function wordSign(text: string, start: number, end: number): number {
  return (text.charCodeAt(start) * 31 + text.charCodeAt(end - 1) * 7 + (end - start) * 4099) & (SIGN_SIZE - 1);
}

/** Most words in a line that is a row of furniture entries ("Facebook Twitter LinkedIn Email"). */
const ROW_MAX_WORDS = 16;

/** The spaces in `text`, counting no further than `limit`. */
function spacesUpTo(text: string, limit: number): number {
  let n = 0;
  for (let at = text.indexOf(' '); at !== -1 && n < limit; at = text.indexOf(' ', at + 1)) n++;
  return n;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Maximal runs of letter-or-digit UTF-16 units, judged one unit at a time as
 * `containsWords` judges the units around a match (a surrogate half is not a
 * letter): every run of a phrase's key is such a run of the line it occurs in.
 */
function wordsOf(text: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const isWord = i < text.length && isWordUnit(text.charCodeAt(i));
    if (isWord && start === -1) start = i;
    else if (!isWord && start !== -1) {
      out.push(text.slice(start, i));
      start = -1;
    }
  }
  return out;
}

/**
 * `needle` (a trimmed key: it neither starts nor ends with white space) occurs
 * in `haystack` with no letter or digit touching either end; the text's ends
 * count as spaces.
 */
function containsWords(haystack: string, needle: string): boolean {
  const startsWithWord = LETTER_OR_DIGIT.test(needle.charAt(0));
  const endsWithWord = LETTER_OR_DIGIT.test(needle.charAt(needle.length - 1));
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    if (startsWithWord && LETTER_OR_DIGIT.test(haystack.charAt(at - 1))) continue;
    if (endsWithWord && LETTER_OR_DIGIT.test(haystack.charAt(at + needle.length))) continue;
    return true;
  }
  return false;
}

/** How many words `text` has as `wordKey` reads them (see forEachWord), capped at `limit`. */
function wordsUpTo(text: string, limit: number): number {
  let n = 0;
  forEachWord(text, () => {
    n++;
  });
  return Math.min(n, limit);
}
