/**
 * Sentence segmentation of `doc.text` with exact UTF-16 offsets:
 * `sentence.text === doc.text.slice(start, end)`, no leading or trailing white
 * space, `paragraph` = index of the blank-line separated block.
 *
 * Rules, in order:
 * - a paragraph is a block between blank lines; a single line break inside a
 *   paragraph is also a boundary (headlines, Telegram lines and list items
 *   have no final stop, and no sentence runs across a line break);
 * - a boundary candidate is a run of `.`, `!`, `?` or `…`, then any closing
 *   quote marks or brackets (". »", "?”", ".)"), then white space, then
 *   something that starts a sentence: a capital letter, a digit, an opening
 *   quote or bracket, a dash or a bullet. A lower-case continuation
 *   ("régulièrement. au cours…", machine-translation debris) is no boundary;
 * - a stop after an abbreviation that never ends a sentence (M., Mme., Dr.,
 *   St., т.е.) or after an initial ("James M. Acton", "В. Путин") is no
 *   boundary; after one that may end a sentence (U.S., etc., г.) only when
 *   the next word is a usual sentence opener of the language ("The", "Il",
 *   "В"), see `data/<lang>/abbreviations.txt` and `sentence-starters.txt`;
 * - quotations: a stop inside a quotation is no boundary when the sentence
 *   goes on after the closing mark (`“Ne le faites pas. Ne le faites pas »,
 *   a déclaré Biden.` is one sentence, so the attribution stays with the
 *   words). When the quotation itself ends the sentence (closing mark then a
 *   new sentence, or the paragraph's end) or never closes, the sentences
 *   inside it are split as usual.
 */
import type { Doc, Sentence } from '../../document/index.ts';
import type { Stage } from '../../pipeline/stage.ts';
import { DEFAULT_DATA_DIR, FILE_LANGS, fileLangsFor, readLexicon, type FileLang } from '../../lexicon/index.ts';
import { pairQuotes, type QuotePair } from './quote-marks.ts';

export interface SentencesOptions {
  /** Directory holding `<lang>/abbreviations.txt` and `<lang>/sentence-starters.txt`. */
  readonly dataDir?: string;
}

export { pairQuotes, type QuotePair } from './quote-marks.ts';

/**
 * Offset → index of the sentence holding it (or the last one starting before
 * it), by binary search: stages that place spans in sentences call it per span.
 */
export function sentenceIndexer(sentences: readonly Sentence[]): (offset: number) => number {
  return (offset) => {
    let lo = 0;
    let hi = sentences.length - 1;
    let ans = 0;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((sentences[mid] as Sentence).start <= offset) {
        ans = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return ans;
  };
}

export interface LangRules {
  /** Abbreviations (lower case, with their dots) after which no sentence ends. */
  readonly never: ReadonlySet<string>;
  /** Abbreviations that may end a sentence: split only before a sentence starter. */
  readonly mayEnd: ReadonlySet<string>;
  /** Lower-cased words that usually open a sentence. */
  readonly starters: ReadonlySet<string>;
}

const ABBREVIATION_KINDS = ['never', 'may-end'] as const;

function loadRules(dataDir: string): ReadonlyMap<FileLang, LangRules> {
  const rules = new Map<FileLang, LangRules>();
  for (const lang of FILE_LANGS) {
    const never = new Set<string>();
    const mayEnd = new Set<string>();
    const abbreviations = readLexicon(dataDir, lang, {
      kind: 'abbreviations',
      minFields: 1,
      maxFields: 2,
      required: lang !== 'uk',
      check: ([abbr, kind]) => {
        if (!abbr?.endsWith('.')) return `an abbreviation is written with its final dot: "${abbr}."`;
        if (/\s/u.test(abbr)) return `an abbreviation is one word without spaces: "${abbr}"`;
        if (kind !== undefined && !(ABBREVIATION_KINDS as readonly string[]).includes(kind)) {
          return `unknown kind "${kind}" (expected ${ABBREVIATION_KINDS.join(' or ')}; none means never)`;
        }
        return null;
      },
    });
    for (const { fields } of abbreviations) {
      const abbr = (fields[0] as string).toLowerCase();
      (fields[1] === 'may-end' ? mayEnd : never).add(abbr);
    }
    const starters = new Set(
      readLexicon(dataDir, lang, {
        kind: 'sentence-starters',
        minFields: 1,
        maxFields: 1,
        required: lang !== 'uk',
        check: ([word]) => (/^[\p{L}'’-]+$/u.test(word ?? '') ? null : `a sentence starter is one word: "${word}"`),
      }).map((e) => (e.fields[0] as string).toLowerCase()),
    );
    rules.set(lang, { never, mayEnd, starters });
  }
  return rules;
}

function mergeRules(parts: readonly LangRules[]): LangRules {
  const never = new Set<string>();
  const mayEnd = new Set<string>();
  const starters = new Set<string>();
  for (const p of parts) {
    p.never.forEach((a) => never.add(a));
    p.mayEnd.forEach((a) => mayEnd.add(a));
    p.starters.forEach((s) => starters.add(s));
  }
  // An abbreviation that one language says never ends a sentence wins.
  for (const a of never) mayEnd.delete(a);
  return { never, mayEnd, starters };
}

export function createSentences(options: SentencesOptions = {}): Stage {
  const byLang = loadRules(options.dataDir ?? DEFAULT_DATA_DIR);
  const cache = new Map<string, LangRules>();
  const rulesFor = (lang: string | null): LangRules => {
    const key = lang ?? '';
    let rules = cache.get(key);
    if (!rules) {
      rules = mergeRules(fileLangsFor(lang).map((l) => byLang.get(l) as LangRules));
      cache.set(key, rules);
    }
    return rules;
  };
  return (doc: Doc): Doc => ({ ...doc, sentences: splitSentences(doc.text, rulesFor(doc.lang)) });
}

/** A blank line (possibly holding spaces) separates paragraphs. */
const PARAGRAPH_BREAK = /\n[^\S\n]*\n\s*/g;
const SENTENCE_STOP = /[.!?\u2026]/;
/** Jumps to the next stop: testing every character is the segmenter's main cost otherwise. */
const NEXT_STOP = /[.!?\u2026]/g;
/** After a stop: closing marks, possibly spaced as in French ("pas ? »"). */
const CLOSERS = new Set(['»', '›', '”', '"', '’', "'", ')', ']', '“']);
/** Only these close after a space (French typography); a spaced " or “ opens the next quotation. */
const SPACED_CLOSERS = new Set(['»', '›', '”']);
const OPENERS_AT_START = /[\p{Lu}\p{N}«‹„“"‘'([\u2014\u2013\-•▪►●*]/u;
const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;

export function splitSentences(text: string, rules: LangRules): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let blockStart = 0;
  const emitBlock = (start: number, end: number): void => {
    if (text.slice(start, end).trim() === '') return;
    splitParagraph(text, start, end, paragraph, rules, sentences);
    paragraph++;
  };
  PARAGRAPH_BREAK.lastIndex = 0;
  for (let m = PARAGRAPH_BREAK.exec(text); m !== null; m = PARAGRAPH_BREAK.exec(text)) {
    emitBlock(blockStart, m.index);
    blockStart = m.index + m[0].length;
  }
  emitBlock(blockStart, text.length);
  return sentences;
}

function splitParagraph(text: string, from: number, to: number, paragraph: number, rules: LangRules, out: Sentence[]): void {
  const quotes = pairQuotes(text, from, to).filter((q) => q.depth === 0 && q.close !== null);
  // Lines end at each line break of the paragraph (found by indexOf, not by reading every unit) and at its end.
  let lineStart = from;
  for (;;) {
    const found = text.indexOf('\n', lineStart);
    const i = found < 0 || found >= to ? to : found;
    splitLine(text, lineStart, i, paragraph, rules, quotes, out);
    if (i === to) break;
    lineStart = i + 1;
  }
}

function pushTrimmed(text: string, start: number, end: number, paragraph: number, out: Sentence[]): void {
  while (start < end && /\s/u.test(text[start] as string)) start++;
  while (end > start && /\s/u.test(text[end - 1] as string)) end--;
  if (end > start) out.push({ start, end, text: text.slice(start, end), paragraph });
}

function splitLine(
  text: string,
  from: number,
  to: number,
  paragraph: number,
  rules: LangRules,
  quotes: readonly QuotePair[],
  out: Sentence[],
): void {
  let start = from;
  let i = from;
  while (i < to) {
    NEXT_STOP.lastIndex = i;
    const found = NEXT_STOP.exec(text);
    if (found === null || found.index >= to) break;
    i = found.index;
    const stop = i;
    let j = i;
    while (j < to && SENTENCE_STOP.test(text[j] as string)) j++;
    // Closing marks, allowing the French space before them.
    let k = j;
    for (;;) {
      let s = k;
      while (s < to && text[s] === ' ') s++;
      const ch = text[s] as string;
      if (s < to && CLOSERS.has(ch) && (s === k || SPACED_CLOSERS.has(ch))) k = s + 1;
      else break;
    }
    i = Math.max(j, k);
    if (k < to && !/\s/u.test(text[k] as string)) continue; // "2.5", "U.S.-led", "a.m."
    let next = k;
    while (next < to && /\s/u.test(text[next] as string)) next++;
    if (next >= to) continue; // the line's end is a boundary anyway
    const nextChar = text[next] as string;
    if (!OPENERS_AT_START.test(nextChar) && !isSymbolStart(nextChar)) continue;
    if (text[stop] === '.' && j === stop + 1 && !endsSentenceAfterDot(text, from, stop, next, to, rules)) continue;
    if (insideContinuedQuote(text, stop, quotes, to)) continue;
    pushTrimmed(text, start, k, paragraph, out);
    start = k;
  }
  pushTrimmed(text, start, to, paragraph, out);
}

/** Emoji and pictographs open many Telegram sentences. */
function isSymbolStart(ch: string): boolean {
  return /[\p{Extended_Pictographic}\u2757\u26a1]/u.test(ch);
}

/** Whether a single `.` at `dot` ends the sentence, given the word before it. */
function endsSentenceAfterDot(text: string, lineStart: number, dot: number, next: number, lineEnd: number, rules: LangRules): boolean {
  let w = dot;
  while (w > lineStart && (LETTER.test(text[w - 1] as string) || text[w - 1] === '.')) w--;
  const word = text.slice(w, dot);
  if (word === '') return true;
  // A lone capital is an initial: "James M. Acton", "В. В. Путин".
  if (word.length === 1 && UPPER.test(word)) return false;
  const key = `${word.toLowerCase()}.`;
  if (rules.never.has(key)) return false;
  const initialism = /^(?:\p{L}\.)+\p{L}$/u.test(word);
  if (rules.mayEnd.has(key) || initialism) {
    const after = /^[\p{L}'’-]+/u.exec(text.slice(next, Math.min(lineEnd, next + 40)));
    return after !== null && rules.starters.has(after[0].toLowerCase());
  }
  return true;
}

/**
 * True when `stop` lies inside a closed quotation and the sentence goes on
 * after its closing mark (a comma, a dash, a lower-case word).
 */
function insideContinuedQuote(text: string, stop: number, quotes: readonly QuotePair[], to: number): boolean {
  // Top-level quotations do not overlap: only the last one opening before the stop can hold it.
  let lo = 0;
  let hi = quotes.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((quotes[mid] as QuotePair).open < stop) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const q = quotes[found];
  if (q) {
    if (q.close === null || stop >= q.close) return false;
    let a = q.end;
    while (a < to && /\s/u.test(text[a] as string)) a++;
    if (a >= to) return false;
    const ch = text[a] as string;
    return /[,;:\u2013\u2014\-]/u.test(ch) || /\p{Ll}/u.test(ch);
  }
  return false;
}
