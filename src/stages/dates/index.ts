/**
 * The dates stage: `doc.published` (metadata, else inferred from the text) and
 * `doc.times` (every time expression of the cleaned text, resolved against it).
 */
import type { Doc, Published, Sentence, TimeExpression } from '../../document/index.ts';
import { withMessage } from '../../document/index.ts';
import type { Stage } from '../../pipeline/stage.ts';
import { ConfigError } from '../../pipeline/stage.ts';
import {
  DEFAULT_DATA_DIR,
  fold,
  isPhrase,
  LEXICON_LANGS,
  lexiconLangsFor,
  readLexicon,
  PhraseSet,
  type LexiconLang,
} from '../../lexicon/index.ts';
import { readDateLineWords } from '../extract/vocabulary.ts';
import { format, ordinal, parseIsoDate, type CalendarDate } from './calendar.ts';
import { buildGrammar, type RawTime, type TimeGrammar } from './grammar.ts';
import { DATELINE_FIRST_LINES, DATELINE_LAST_LINES, DATELINE_MENU_LINES, DATELINE_POST_MAX_LINES, DATELINE_PROSE_CHARS, DATELINE_PROSE_LINES, DATELINE_TOP_LINES, datelineDate, inferPublication, parseMetadataDate, weekdayPins } from './publication.ts';
import { resolveTime } from './resolve.ts';

export interface DatesOptions {
  /** Where `<lang>/time-expressions.txt` and `<lang>/dated-events.txt` live (default: the repository's `data/`). */
  readonly dataDir?: string;
  /**
   * The caller's "now" (`YYYY-MM-DD`), e.g. the time a feed was fetched: no
   * inferred publication date is later, and a text with no year at all is
   * placed in the year before it. Without it such a text gets no year.
   */
  readonly now?: string;
}

export const DATED_EVENTS_LEXICON = {
  kind: 'dated-events',
  minFields: 2,
  maxFields: 2,
  check: (fields: readonly string[]): string | null =>
    parseIsoDate(fields[0] ?? '') ? isPhrase(1)(fields) : `"${fields[0]}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`,
} as const;

/** The kinds of `date-line-words` a date line may carry besides its date (its months are in the date itself). */
const DATE_LINE_KINDS: ReadonlySet<string> = new Set(['label', 'weekday', 'relative', 'filler']);

export function createDates(options: DatesOptions = {}): Stage {
  const dataDir = options.dataDir ?? DEFAULT_DATA_DIR;
  const now = options.now === undefined ? null : parseIsoDate(options.now);
  if (options.now !== undefined && (!now || now.precision !== 'day')) {
    throw new ConfigError(`dates: option "now" must be a date written YYYY-MM-DD, not "${options.now}"`);
  }
  const grammars = new Map<LexiconLang, TimeGrammar>();
  const events = new Map<LexiconLang, PhraseSet<CalendarDate>>();
  for (const lang of LEXICON_LANGS) {
    grammars.set(lang, buildGrammar(dataDir, lang));
    const set = new PhraseSet<CalendarDate>();
    for (const entry of readLexicon(dataDir, lang, { ...DATED_EVENTS_LEXICON, required: false })) {
      set.add(entry.fields[1] as string, parseIsoDate(entry.fields[0] as string) as CalendarDate);
    }
    events.set(lang, set);
  }
  // The words date lines wrap a date in ("Published", "mis à jour", "обновлено"), the weekday a
  // parser may leave out ("Вівторок, 19 листопада 2024") and the fillers ("Uhr", "am"): the
  // extract stage's list (`data/<lang>/date-line-words.txt`, read by its reader, which checks
  // every line). None of them counts against a line being a date line.
  const dateLabels = new Set<string>();
  const dateMonths = new Map<string, number>();
  for (const lang of LEXICON_LANGS) {
    for (const entry of readDateLineWords(dataDir, lang)) {
      if (DATE_LINE_KINDS.has(entry.fields[1] as string)) dateLabels.add(fold(entry.fields[0] as string));
      // A month with its number ("июл | month | 7"): read on date lines no parser reads.
      if (entry.fields[1] === 'month' && entry.fields[2] !== undefined) dateMonths.set(fold(entry.fields[0] as string), Number(entry.fields[2]));
    }
  }

  return (doc: Doc): Doc => {
    const langs = lexiconLangsFor(doc.lang);
    const foldedText = fold(doc.text);
    const title = doc.title ?? '';
    const foldedTitle = fold(title);
    // An unknown language: the grammar that recognises the most expressions is the text's.
    let grammar = grammars.get(langs[0] as LexiconLang) as TimeGrammar;
    let found = grammar.find(doc.text, foldedText);
    for (const lang of langs.slice(1)) {
      const other = grammars.get(lang) as TimeGrammar;
      const otherFound = other.find(doc.text, foldedText);
      if (otherFound.length > found.length) [grammar, found] = [other, otherFound];
    }
    const titleTimes = title ? grammar.find(title, foldedTitle) : [];

    let notBefore: CalendarDate | null = null;
    for (const lang of langs) {
      const set = events.get(lang) as PhraseSet<CalendarDate>;
      for (const m of [...set.matchAll(foldedTitle), ...set.matchAll(foldedText)]) {
        if (!notBefore || ordinal(m.value) > ordinal(notBefore)) notBefore = m.value;
      }
    }

    let next = doc;
    let published: Published | null = null;
    let reference: CalendarDate | null = null;
    if (doc.meta.published !== undefined) {
      const parsed = parseMetadataDate(doc.meta.published);
      if (parsed) {
        reference = parsed;
        published = { date: format(parsed), precision: parsed.precision, method: 'metadata' };
      } else {
        next = withMessage(next, 'warning', 'dates', `unreadable publication date in metadata: "${doc.meta.published}"; inferring from the text`);
      }
    }
    if (!published) {
      // A date on a line of its own at the top of the page is the page's own statement of
      // when it was published: it outranks the latest date the prose happens to mention.
      // A short post's stamp closes it, below its text and signature: its last lines come after the top ones.
      const lines = doc.raw.format === 'text' ? doc.raw.content : doc.text;
      const ownGrammars = langs.map((lang) => grammars.get(lang) as TimeGrammar);
      const stated = datelineDate([title, ...datelineCandidates(lines)], { now, lang: doc.lang, labels: dateLabels, grammars: ownGrammars, months: dateMonths });
      if (stated) {
        reference = stated;
        published = { date: format(stated), precision: stated.precision, method: 'inferred' };
      }
    }
    if (!published) {
      const pins = new Map([...weekdayPins(titleTimes, title), ...weekdayPins(found, doc.text)]);
      const inferred = inferPublication({ times: [...titleTimes, ...found], notBefore, now, pins });
      if (inferred) {
        reference = inferred;
        published = { date: format(inferred), precision: inferred.precision, method: 'inferred' };
      }
    }

    const times = resolveAll(found, doc.text, doc.sentences, reference);
    return { ...next, published, times };
  };
}

function resolveAll(found: readonly RawTime[], text: string, sentences: readonly Sentence[], reference: CalendarDate | null): TimeExpression[] {
  const times: TimeExpression[] = [];
  let previous: CalendarDate | null = null;
  for (const raw of found) {
    const date = resolveTime(raw.value, reference, previous);
    if (!date) continue;
    if (!raw.future) previous = date;
    const governedBy = raw.future ? 'future' : raw.since ? 'since' : undefined;
    times.push({
      start: raw.start,
      end: raw.end,
      text: text.slice(raw.start, raw.end),
      date: format(date),
      precision: date.precision,
      sentence: sentenceAt(sentences, raw.start),
      ...(governedBy ? { governedBy } : {}),
    });
  }
  return times;
}

/** Index of the sentence holding `offset`; -1 when the document has no sentences there. */
function sentenceAt(sentences: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid] as Sentence;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/**
 * The lines a date line may be among: the top ones (`topLines`), then, in a
 * text short enough to be a post (fewer than DATELINE_POST_MAX_LINES
 * non-empty lines), its last DATELINE_LAST_LINES non-empty lines, where a
 * Telegram post copied as text keeps its stamp ("05.07.2023 09:12").
 */
function datelineCandidates(text: string): string[] {
  const nonEmpty = text.split('\n').filter((line) => line.trim() !== '');
  const top = topLines(text);
  if (nonEmpty.length >= DATELINE_POST_MAX_LINES) return top;
  const from = Math.max(top.length, nonEmpty.length - DATELINE_LAST_LINES);
  return [...top, ...nonEmpty.slice(from)];
}

/**
 * The lines a date line may be among, top first: the first
 * DATELINE_FIRST_LINES non-empty lines (a short post's date line comes after
 * its text), then more while the story has not begun (a page's menus can fill
 * dozens of short lines above its headline and date line; below the opening
 * paragraphs, dates belong to teasers and comments), never more than
 * DATELINE_TOP_LINES once prose has come, nor DATELINE_MENU_LINES before.
 */
/** A line ending as a sentence ends, of at least SENTENCE_MIN_WORDS words, is prose: the story has begun. */
const SENTENCE_END = /[.!?…]["'»”’)]?$/u;
const SENTENCE_MIN_WORDS = 12;

function topLines(text: string): string[] {
  const out: string[] = [];
  let prose = 0;
  // Any sentence of a paragraph's length ends the menus: a short post's paragraphs are shorter than DATELINE_PROSE_CHARS.
  let begun = false;
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    out.push(line);
    if (line.length >= DATELINE_PROSE_CHARS) prose++;
    if (!begun && (line.length >= DATELINE_PROSE_CHARS || (SENTENCE_END.test(line.trim()) && line.trim().split(/\s+/).length >= SENTENCE_MIN_WORDS))) begun = true;
    if (out.length >= (begun ? DATELINE_TOP_LINES : DATELINE_MENU_LINES) || (out.length >= DATELINE_FIRST_LINES && prose >= DATELINE_PROSE_LINES)) break;
  }
  return out;
}
