/**
 * The publication date: from metadata when the caller or the page gives one,
 * else inferred from the dates the text mentions.
 */
// Only the five locales Brink reads: the package's index loads all sixteen (≈ 65 ms of start-up).
import * as chronoDe from 'chrono-node/de';
import * as chronoEn from 'chrono-node/en';
import * as chronoEs from 'chrono-node/es';
import * as chronoFr from 'chrono-node/fr';
import * as chronoRu from 'chrono-node/ru';
import { addDays, dayDate, isLeap, isValidDay, lastOrdinal, monthDate, ordinal, parseIsoDate, weekday, yearDate, type CalendarDate } from './calendar.ts';
import { FILE_LANGS, fileLangsFor, fold } from '../../lexicon/index.ts';
import type { RawTime, TimeGrammar } from './grammar.ts';
import { unglueStamp } from '../extract/lines.ts';

/**
 * With no weekday to place it, the publication is taken to be this many days
 * after the latest full date the text gives: news reports a dated event
 * afterwards, and says "today" or names the weekday for the same day.
 */
export const PUBLICATION_LAG_DAYS = 1;

/** Parses metadata such as `2022-09-22`, `2022-09-22T10:00:00Z`, `Thu, 22 Sep 2022 10:00:00 GMT` or `22 septembre 2022`. */
export function parseMetadataDate(text: string): CalendarDate | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const iso = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ]\d{2}:\d{2}.*)?$/.exec(trimmed);
  if (iso) return parseIsoDate(`${iso[1]}${iso[2] ? `-${iso[2]}` : ''}${iso[3] ? `-${iso[3]}` : ''}`);
  if (/^\d{9,13}$/.test(trimmed)) {
    // Unix time (seconds or milliseconds), as some feeds and Telegram exports give.
    const ms = trimmed.length <= 10 ? Number(trimmed) * 1000 : Number(trimmed);
    const d = new Date(ms);
    return dayDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  }
  // RFC 2822 and other forms Date understands, when they carry a year.
  if (/\d{4}/.test(trimmed)) {
    const ms = Date.parse(trimmed);
    if (!Number.isNaN(ms)) {
      const d = new Date(ms);
      return dayDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
    }
  }
  for (const parser of [chronoEn, chronoFr, chronoRu]) {
    const [result] = parser.parse(trimmed);
    if (result && result.start.isCertain('year') && result.start.isCertain('month')) {
      const year = result.start.get('year') as number;
      const month = result.start.get('month') as number;
      return result.start.isCertain('day') ? dayDate(year, month, result.start.get('day') as number) : monthDate(year, month);
    }
  }
  return null;
}

export interface InferenceInput {
  /** Expressions found in the title and the text. */
  readonly times: readonly RawTime[];
  /** Earliest possible publication: the latest dated event the text names (terminus post quem). */
  readonly notBefore: CalendarDate | null;
  /** The caller's "now", when given: dates after it are not publication candidates. */
  readonly now: CalendarDate | null;
  /** Yearless dates written with their weekday ("в пятницу, 12 сентября"): see `weekdayPins`. */
  readonly pins?: ReadonlyMap<RawTime, number>;
}

/**
 * How far from the base year a yearless date written with its weekday is
 * looked for: a date falls on the same weekday again only after 5, 6 or 11
 * years, so within a year either side the weekday names one year.
 */
export const PINNED_YEAR_REACH = 1;

/**
 * Yearless dates that follow their weekday ("Friday, September 12", "в
 * пятницу, 12 сентября", "vendredi 12 septembre"), with that weekday: the
 * pair tells the year, as a calendar would.
 */
export function weekdayPins(times: readonly RawTime[], text: string): Map<RawTime, number> {
  const pins = new Map<RawTime, number>();
  for (let i = 1; i < times.length; i++) {
    const [before, date] = [times[i - 1] as RawTime, times[i] as RawTime];
    if (before.value.kind !== 'weekday' || date.value.kind !== 'date' || date.value.year !== undefined) continue;
    if (/^[\s,]*$/u.test(text.slice(before.end, date.start))) pins.set(date, before.value.weekday);
  }
  return pins;
}

/** The year nearest `base` (base first, then later, then earlier) in which month/day falls on `wanted`. */
function pinnedYear(base: number, month: number, day: number, wanted: number): number | null {
  for (const offset of [0, PINNED_YEAR_REACH, -PINNED_YEAR_REACH]) {
    const year = base + offset;
    if (isValidDay(year, month, day) && weekday(dayDate(year, month, day)) === wanted) return year;
  }
  return null;
}

/** Infers the publication date from the text's own dates; null when nothing supports one. */
export function inferPublication({ times, notBefore, now, pins = new Map() }: InferenceInput): CalendarDate | null {
  const past = times.filter((t) => !t.future);
  const nowOrdinal = now ? ordinal(now) : Infinity;
  const years: number[] = [];
  for (const t of past) {
    const v = t.value;
    if ((v.kind === 'date' || v.kind === 'month' || v.kind === 'season') && v.year !== undefined) years.push(v.year);
    if (v.kind === 'year') years.push(v.year);
  }
  const mentioned = years.filter((y) => !now || y <= now.year);
  const floor = Math.max(mentioned.length > 0 ? Math.max(...mentioned) : -Infinity, notBefore?.year ?? -Infinity);
  const base = Number.isFinite(floor) ? floor : (now?.year ?? null);

  const candidates: CalendarDate[] = [];
  for (const t of past) {
    const v = t.value;
    if (v.kind === 'date') {
      const pin = pins.get(t);
      let year = v.year ?? (base !== null && pin !== undefined ? (pinnedYear(base, v.month, v.day, pin) ?? base) : base);
      if (year === null) continue;
      // A yearless 29 February can only be a leap year's: the first one from the base year.
      if (v.year === undefined) while (v.month === 2 && v.day === 29 && !isLeap(year)) year += 1;
      if (isValidDay(year, v.month, v.day)) candidates.push(dayDate(year, v.month, v.day));
    } else if (v.kind === 'month') {
      const year = v.year ?? base;
      if (year !== null) candidates.push(monthDate(year, v.month));
    } else if (v.kind === 'year' || (v.kind === 'season' && v.year !== undefined)) {
      candidates.push(yearDate(v.kind === 'year' ? v.year : (v.year as number)));
    }
  }
  // A bare year later than a full date the text states is a plan's or a forecast's ("во второй
  // половине 2025 года" in a story dated 6 December 2024): a report names its own day, not a year.
  const dayYears = candidates.filter((c) => c.precision === 'day').map((c) => c.year);
  const lastDay = dayYears.length > 0 ? Math.max(...dayYears) : Infinity;
  const usable = candidates.filter((c) => ordinal(c) <= nowOrdinal && !(c.precision === 'year' && c.year > lastDay));
  if (usable.length === 0) return null;
  const rank = { day: 2, month: 1, year: 0 } as const;
  let latest = usable[0] as CalendarDate;
  for (const c of usable) {
    const d = ordinal(c) - ordinal(latest);
    if (d > 0 || (d === 0 && rank[c.precision] > rank[latest.precision])) latest = c;
  }
  // The text cannot be older than the latest event it names.
  if (notBefore && lastOrdinal(latest) < ordinal(notBefore)) latest = notBefore;

  const has = (unit: string, offset: number): boolean =>
    past.some((t) => t.value.kind === 'relative' && t.value.unit === unit && t.value.offset === offset);

  if (latest.precision === 'day') {
    const counts = new Map<number, { count: number; last: number }>();
    for (const t of past) {
      if (t.value.kind !== 'weekday') continue;
      const entry = counts.get(t.value.weekday) ?? { count: 0, last: 0 };
      counts.set(t.value.weekday, { count: entry.count + 1, last: t.start });
    }
    if (counts.size > 0) {
      // The weekday the text names most is the day of its news: the publication day or
      // the day before; the first such day on or after the latest date is the best guess.
      const [best] = [...counts.entries()].sort((a, b) => b[1].count - a[1].count || b[1].last - a[1].last);
      const target = (best as [number, unknown])[0];
      return addDays(latest, (target - weekday(latest) + 7) % 7);
    }
    return addDays(latest, PUBLICATION_LAG_DAYS);
  }
  if (latest.precision === 'month') {
    // "Last month" and no "this month": the latest month named is the previous one.
    if (has('month', -1) && !has('month', 0)) return monthDate(latest.year, latest.month + 1);
    return latest;
  }
  if (has('year', -1) && !has('year', 0)) return yearDate(latest.year + 1);
  return latest;
}

/**
 * A dateline is looked for among the first this many non-empty lines of a
 * plain-text page or post: the publication line sits under the headline or
 * the byline, or closes a short post.
 */
export const DATELINE_FIRST_LINES = 15;
/**
 * Past DATELINE_FIRST_LINES, the search goes on to at most this many lines
 * while the story has not begun: scraped pages put navigation, section labels
 * and share buttons above the headline (15 lines missed a third of the dated
 * pages of test/dev-corpus/pages); after the first paragraphs, dates belong
 * to teasers, comments and related stories.
 */
export const DATELINE_TOP_LINES = 40;
/**
 * While no paragraph of prose has come, the search goes on to this many lines: a page whose
 * menus and section lists run to sixty short lines (a tabloid's, a portal's) has not begun its
 * story at the fortieth, and its date line is still under the headline to come.
 */
export const DATELINE_MENU_LINES = 100;
/**
 * A text of fewer non-empty lines than this is short enough to be a post (a
 * Telegram message, a wire flash), whose stamp may close it: a Telegram post
 * copied as text ends with its date and time, after the text and the
 * channel's signature. Longer texts are pages, whose last lines are footers,
 * comments and related stories with dates of their own.
 */
export const DATELINE_POST_MAX_LINES = 40;
/**
 * In such a post, this many last non-empty lines are candidate date lines,
 * after the top ones: the stamp, a views counter and a signature or
 * "forwarded from" line may share the tail.
 */
export const DATELINE_LAST_LINES = 3;
/** A line this long is a paragraph of prose, not furniture or a date line. */
export const DATELINE_PROSE_CHARS = 200;
/** Past DATELINE_FIRST_LINES, the search ends at this many paragraphs of prose: the story has begun. */
export const DATELINE_PROSE_LINES = 2;

/**
 * A year as a date line writes it: four digits, or two closing a numeric date
 * ("08/04/25 10:21 AM ET", "Publié le 21/05/24 à 14h05", "25.03.23"). chrono
 * also reads "3 hours ago" or "today" as a full date, the machine's own: only
 * a result that writes its year is a date line's date.
 */
const WRITTEN_YEAR = /\b(?:19|20)\d{2}\b|(?<![\d./-])\d{1,2}([./-])\d{1,2}\1\d{2}(?![\d./-])/u;

/** A line longer than this is prose that mentions a date, not a date line. */
export const DATELINE_MAX_CHARS = 80;

/**
 * Words a date line may carry besides the date itself and the date-line labels
 * of `data/<lang>/date-line-words.txt` ("Published", "mis à jour",
 * "обновлено"): a weekday the parser left out, a digest's "Главное к утру".
 * More than this and the line is a sentence or a headline about something else.
 */
export const DATELINE_MAX_OTHER_WORDS = 2;
/** Words shorter than this are articles and prepositions, not counted against a date line. */
export const DATELINE_MIN_WORD_LENGTH = 3;

/**
 * Clock times and zones ("9:41 AM GMT", "10h12", "14.20 GMT", "19:06 IST", "2:17 PM JST") are not
 * words of the line: the zones of the sites' own countries, Europe's, the Americas' and Asia's.
 */
const CLOCK = /\b\d{1,2}[:.h]\d{2}(?:\s?[ap]\.?m\.?)?(?:\s?(?:gmt|utc|bst|ist|cet|cest|eet|eest|msk|edt|est|cdt|cst|mdt|mst|pdt|pst|et|pt|jst|kst|hkt|sgt|aest|aedt|awst))?\b/giu;

/**
 * chrono's parsers for the languages Brink reads: German and Spanish pages
 * write "21. Februar 2023, 11:32 Uhr" and "7 de octubre de 2022", and their
 * numeric dates day first ("07/10/2022" is 7 October), which the English
 * parser would read month first.
 */
const PARSERS = { en: chronoEn, fr: chronoFr, ru: chronoRu, de: chronoDe, es: chronoEs } as const;
type ParserLang = keyof typeof PARSERS;
const PARSER_LANGS = Object.keys(PARSERS) as ParserLang[];

function isParserLang(lang: string): lang is ParserLang {
  return lang in PARSERS;
}

/**
 * The document's own parser first (a language without one borrows its
 * neighbour's, as Ukrainian borrows Russian in the data files), then the
 * others; English first when the language is unknown.
 */
function parserOrder(lang: string | null): readonly ParserLang[] {
  let own: ParserLang | undefined;
  if (lang !== null && isParserLang(lang)) own = lang;
  else if (lang !== null && (FILE_LANGS as readonly string[]).includes(lang)) {
    for (const l of fileLangsFor(lang)) if (own === undefined && isParserLang(l)) own = l;
  }
  return own ? [own, ...PARSER_LANGS.filter((l) => l !== own)] : PARSER_LANGS;
}

export interface DatelineOptions {
  /** Dates after it are not the publication (an "Updated" line from the future is a typo or a teaser). */
  readonly now?: CalendarDate | null;
  /**
   * The document's language: its date conventions are tried first, so that a
   * Russian or French "07.09.2024" is 7 September, not the American 9 July.
   */
  readonly lang?: string | null;
  /** Folded words that label a date line ("published", "mis", "jour", "обновлено"): they do not count against it. */
  readonly labels?: ReadonlySet<string>;
  /**
   * Brink's own time grammars (from `data/<lang>/time-expressions.txt`), tried
   * on a line the chrono parsers cannot read: chrono knows no Ukrainian month
   * names ("26 березня 2023, 14:40"), and any language with a
   * time-expressions file should get date lines.
   */
  readonly grammars?: readonly TimeGrammar[];
  /**
   * Month names by folded word, with their numbers (`data/<lang>/date-line-words.txt`), for a
   * date line neither chrono nor a grammar reads: Telegram abbreviates the months of a post's
   * stamp ("6 июл 2022 в 12:41", "4 лют 2025 о 21:17").
   */
  readonly months?: ReadonlyMap<string, number>;
}

/** A day, a month's word (perhaps with its abbreviation's full stop) and a year: "6 июл 2022", "4 лют. 2025". */
const DAY_MONTH_YEAR = /(?<![\p{L}\p{N}])(\d{1,2})\.?\s+(\p{L}{3,12})\.?,?\s+((?:19|20)\d{2})(?!\p{N})/u;

/** The day, month and year of `line` when its month is a word of `months`, or null. */
function namedMonthDate(line: string, months: ReadonlyMap<string, number>): { date: CalendarDate; start: number; end: number } | null {
  const m = DAY_MONTH_YEAR.exec(line);
  const month = m ? months.get(fold(m[2] as string)) : undefined;
  if (!m || month === undefined) return null;
  const [day, year] = [Number(m[1]), Number(m[3])];
  return isValidDay(year, month, day) ? { date: dayDate(year, month, day), start: m.index, end: m.index + m[0].length } : null;
}

/**
 * The publication date a page states on a line of its own ("Published: 22
 * November 2024", "Updated June 16, 2023, 6:05 PM", "Publié le 6 mars 2025 à
 * 10h12, mis à jour à 18h05", "Thu 31 Oct 2024 03.55 GMT"): the first such
 * line among `lines`, which the caller gives top first. Only a full date with
 * a stated year counts; null when no line is one.
 */
/**
 * A wire story's dateline opening its first paragraph: the place in capitals
 * (with a region or country after a comma), the date, the agency in brackets
 * or slashes, then a dash or full stop and the story — "WASHINGTON, Dec 19,
 * 2024 (Reuters) - China had…", "KYIV, Ukraine, March 3, 2025 (AP) — …",
 * "МОСКВА, 26 октября 2023. /ТАСС/. …". Group 1 is what stands between the
 * place and the agency: the date, perhaps after the region.
 */
const WIRE_DATELINE = /^\p{Lu}[\p{Lu}\p{M} .'’-]{1,40},\s+([^()/\n]{4,48}?)\s*(?:\([^()\n]{2,40}\)|\/[^/\n]{2,20}\/)\s*[-–—.]/u;

/** The part of a line that can be a date line: all of it, or a wire dateline's date. */
function datePart(line: string): string {
  return WIRE_DATELINE.exec(line)?.[1] ?? line;
}

/**
 * A line, then, when it is a row of labels joined by bars, bullets or spaced slashes ("Commentary |
 * Nuclear Policy | January 26, 2023", "Analysis | Arms control November 30, 2022", "News Desk /
 * SITE.COM / Updated: Mar 11, 2024, 19:06 IST", "Mar 6th 2025|Berlin and Paris": a bar needs no
 * spaces), each of its parts: the section labels, the desk's name and the place beside the date
 * are not the other words of a sentence.
 */
const LABEL_SEPARATOR = /\s[|·•/]\s|\|/u;
/**
 * A byline's stamp after a spaced dash ("Par la rédaction avec AFP - 18 novembre 2023 à 17h20",
 * "By Jane Doe — March 3, 2024"): the part after the line's last spaced dash, on a line no longer
 * than a date line. Only the last part, so that a sentence with a date between two dashes is not
 * read as a stamp.
 */
const STAMP_AFTER_DASH = /\s[-–—]\s(?!.*\s[-–—]\s)(.+)$/u;
function segments(raw: string): string[] {
  // A stamp's parts glued by the scraper ("October 31, 20242:17 PM GMT+9Updated 3 hours ago").
  const line = unglueStamp(raw.trim());
  const parts = LABEL_SEPARATOR.test(line) ? line.split(LABEL_SEPARATOR).map((s) => s.trim()).filter((s) => s !== '') : [];
  // Only on a line short enough to be a byline: prose runs on past a dash ("срок — до 1 июля 2025 года").
  // Also on each part of a row: a byline's stamp before the update and the reading time ("Par Le
  // Dauphiné Libéré (avec AFP) - 02 nov. 2023 à 17:35 | mis à jour le … - Temps de lecture : 2 min").
  for (const part of [line, ...parts]) {
    const stamp = part.length <= DATELINE_MAX_CHARS ? STAMP_AFTER_DASH.exec(part)?.[1]?.trim() : undefined;
    if (stamp !== undefined && stamp !== '' && !parts.includes(stamp)) parts.push(stamp);
  }
  return [line, ...parts];
}

/** A date chrono read on a line: where it is and the day it names (all three parts written). */
interface LineDate {
  readonly index: number;
  readonly length: number;
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/**
 * chrono's answers for the lines it has read, by parser and line. A site
 * repeats its furniture on every page ("© 2024 All rights reserved", a
 * social embed's "— Name (@handle) November 18, 2019"), and one parse runs
 * all of a locale's parsers (0.1–0.2 ms for a short line, five locales for
 * a line with a year and no date). Only answers that do not depend on the
 * day it is are kept: no date, or a date whose year, month and day are all
 * written. Emptied when it holds CHRONO_MEMO_LINES answers.
 */
export const CHRONO_MEMO_LINES = 2000;
const chronoMemo = new Map<string, LineDate | null>();

/** The first date of `line` that chrono's `parserLang` parser reads with its day, month and a written year, or null. */
function chronoDate(parserLang: ParserLang, line: string): LineDate | null {
  const key = `${parserLang}\u0000${line}`;
  const known = chronoMemo.get(key);
  if (known !== undefined) return known;
  // Not the first result alone: "3 hours ago" comes before the date in "Published 3 hours ago · March 26, 2023".
  const result = PARSERS[parserLang].parse(line).find((r) => r.start.isCertain('day') && r.start.isCertain('month') && WRITTEN_YEAR.test(r.text));
  const found = result
    ? { index: result.index, length: result.text.length, year: result.start.get('year') as number, month: result.start.get('month') as number, day: result.start.get('day') as number }
    : null;
  if (!result || result.start.isCertain('year')) {
    if (chronoMemo.size >= CHRONO_MEMO_LINES) chronoMemo.clear();
    chronoMemo.set(key, found);
  }
  return found;
}

/**
 * A magazine's issue date: a line that is a month and its year and nothing else ("March 2024",
 * "November/December 2024", "Mars 2024", "Март 2024", or with a label after it: "May 2024 Issue"),
 * at most ISSUE_LINE_MAX_WORDS words. A
 * monthly prints no day; such a line is the page's date only when no line states a full date
 * (a day's date line anywhere among the candidates wins, "Posted: November 1, 2023").
 */
export const ISSUE_LINE_MAX_WORDS = 3;
const ISSUE_YEAR = /^(?:\p{L}+[\s/–-]+){1,2}(?:19|20)\d{2}$/u;
/** The same with a label after the year, a date-line label ("May 2024 Issue"): the label is dropped. */
const ISSUE_YEAR_LABELLED = /^((?:\p{L}+[\s/–-]+){1,2}(?:19|20)\d{2})\s+(\p{L}+)$/u;

function issueMonth(order: readonly ParserLang[], line: string, labels: ReadonlySet<string>, grammars: readonly TimeGrammar[]): CalendarDate | null {
  let text = line.trim();
  const labelled = ISSUE_YEAR_LABELLED.exec(text);
  if (labelled && labels.has(fold(labelled[2] as string))) text = labelled[1] as string;
  if (wordCountOf(text) > ISSUE_LINE_MAX_WORDS || !ISSUE_YEAR.test(text)) return null;
  for (const parserLang of order) {
    const result = PARSERS[parserLang].parse(text).find((r) => r.start.isCertain('month') && !r.start.isCertain('day') && /(?:19|20)\d{2}$/.test(r.text));
    if (!result) continue;
    // The month and year are the line, but for another month's name before a slash ("November/December").
    const rest = (text.slice(0, result.index) + ' ' + text.slice(result.index + result.text.length)).match(/\p{L}+/gu) ?? [];
    if (rest.filter((w) => !labels.has(fold(w))).length > 1) continue;
    return monthDate(result.start.get('year') as number, result.start.get('month') as number);
  }
  // The page's own language's grammar, for what chrono's parser of it does not read ("Mars 2024").
  for (const grammar of grammars) {
    for (const t of grammar.find(text)) {
      const v = t.value;
      if (v.kind !== 'month' || v.year === undefined || t.end !== text.length) continue;
      const rest = text.slice(0, t.start).match(/\p{L}+/gu) ?? [];
      if (rest.filter((w) => !labels.has(fold(w))).length <= 1) return monthDate(v.year, v.month);
    }
  }
  return null;
}

function wordCountOf(text: string): number {
  return text.split(/[\s/]+/).filter((w) => w !== '').length;
}

export function datelineDate(lines: readonly string[], options: DatelineOptions = {}): CalendarDate | null {
  const { now = null, lang = null, labels = new Set<string>(), grammars = [], months = new Map<string, number>() } = options;
  const order = parserOrder(lang);
  // Is the line, without the date found at [start, end), only a date line's furniture?
  const onlyDate = (line: string, start: number, end: number): boolean => {
    const rest = (line.slice(0, start) + ' ' + line.slice(end)).replace(CLOCK, ' ');
    // Short function words ("le", "à", "в", "on") and date-line labels do not count: "Mis à jour le … à 14h05" is a date line.
    const words = (rest.match(/\p{L}+/gu) ?? []).filter((w) => w.length >= DATELINE_MIN_WORD_LENGTH && !labels.has(fold(w)));
    return words.length <= DATELINE_MAX_OTHER_WORDS;
  };
  const usable = (date: CalendarDate | null): date is CalendarDate => date !== null && (!now || ordinal(date) <= ordinal(now));
  let issue: CalendarDate | null = null;
  for (const whole of lines.flatMap(segments)) {
    if (issue === null) {
      const month = issueMonth(order, whole, labels, grammars);
      if (month !== null && usable(month)) issue = month;
    }
    const line = datePart(whole);
    if (line === '' || line.length > DATELINE_MAX_CHARS || !WRITTEN_YEAR.test(line)) continue;
    for (const parserLang of order) {
      const found = chronoDate(parserLang, line);
      if (!found) continue;
      if (!onlyDate(line, found.index, found.index + found.length)) continue;
      const date = dayDate(found.year, found.month, found.day);
      if (usable(date)) return date;
    }
    for (const grammar of grammars) {
      for (const t of grammar.find(line)) {
        const v = t.value;
        if (v.kind !== 'date' || v.year === undefined || !isValidDay(v.year, v.month, v.day)) continue;
        if (!onlyDate(line, t.start, t.end)) continue;
        const date = dayDate(v.year, v.month, v.day);
        if (usable(date)) return date;
      }
    }
    const named = months.size > 0 ? namedMonthDate(line, months) : null;
    if (named && onlyDate(line, named.start, named.end) && usable(named.date)) return named.date;
  }
  return issue;
}
