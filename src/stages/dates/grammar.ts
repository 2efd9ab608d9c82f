/**
 * Recognising time expressions: patterns built from `data/<lang>/time-expressions.txt`.
 *
 * The recogniser finds expressions and says what they literally name ("2
 * November", "last week", "late October 2022"); `resolve.ts` turns them into
 * dates against a publication date. Matching runs on folded text (see
 * `fold`), whose offsets are those of the original.
 */
import {
  allOf,
  BEFORE,
  execAll,
  execAt,
  fold,
  isPhrase,
  isWordUnit,
  oneOf,
  phraseHead,
  PhraseSet,
  phraseSource,
  readLexicon,
  type LexiconEntry,
} from '../../lexicon/index.ts';

export type Edge = 'start' | 'mid' | 'end';
export type Season = 'spring' | 'summer' | 'autumn' | 'winter';
export type RelativeUnit = 'day' | 'week' | 'month' | 'year';

/** What an expression literally names, before resolution. */
export type TimeValue =
  | { readonly kind: 'date'; readonly year?: number; readonly month: number; readonly day: number }
  | { readonly kind: 'month'; readonly year?: number; readonly month: number; readonly edge?: Edge }
  | { readonly kind: 'year'; readonly year: number; readonly edge?: Edge }
  | { readonly kind: 'season'; readonly season: Season; readonly year?: number; readonly relative?: 0 | -1 }
  | { readonly kind: 'weekday'; readonly weekday: number }
  | { readonly kind: 'relative'; readonly unit: RelativeUnit; readonly offset: number }
  | { readonly kind: 'recent' }
  | { readonly kind: 'anaphoric-month' };

export interface RawTime {
  readonly start: number;
  readonly end: number;
  readonly value: TimeValue;
  /** A future marker is near: the expression names an expected event, not a past act. */
  readonly future: boolean;
  /** Governed by "since": the start of a background span, not the date of an act. */
  readonly since: boolean;
}

const KINDS = ['month', 'weekday', 'relative', 'anaphoric', 'edge', 'season', 'season-adverb', 'marker'] as const;
const MARKERS = ['year', 'year-after', 'since', 'future', 'horizon', 'undated-past', 'this', 'last'] as const;
const SEASONS: readonly Season[] = ['spring', 'summer', 'autumn', 'winter'];
const EDGES: readonly Edge[] = ['start', 'mid', 'end'];
const RELATIVE = /^(day|week|month|year)(-?\d{1,2})$|^recent$/;

function checkValue(fields: readonly string[]): string | null {
  const [kind, value] = fields;
  switch (kind) {
    case 'month':
      return /^(?:[1-9]|1[0-2])$/.test(value ?? '') ? null : `month number must be 1..12, not "${value}"`;
    case 'weekday':
      return /^[1-7]$/.test(value ?? '') ? null : `weekday must be 1 (Monday) .. 7 (Sunday), not "${value}"`;
    case 'relative':
      return RELATIVE.test(value ?? '') ? null : `relative value must be like day-1, week0, month-1, year-1 or recent, not "${value}"`;
    case 'anaphoric':
      return value === 'month' ? null : `anaphoric value must be "month", not "${value}"`;
    case 'edge':
      return oneOf(1, EDGES, 'edge')(fields);
    case 'season':
    case 'season-adverb':
      return oneOf(1, SEASONS, 'season')(fields);
    case 'marker':
      return oneOf(1, MARKERS, 'marker')(fields);
    default:
      return null;
  }
}

export const TIME_LEXICON = {
  kind: 'time-expressions',
  minFields: 3,
  maxFields: 3,
  check: allOf(oneOf(0, KINDS, 'kind'), checkValue, isPhrase(2)),
} as const;

/** A phrase's pattern without its outer word-boundary guards, for use inside a larger pattern. */
function alternation(phrases: readonly string[]): string {
  const sorted = [...phrases].sort((a, b) => b.length - a.length);
  const sources = sorted.map((p) => phraseSource(p));
  // The word-start guard, a lookbehind for a Unicode letter, is tested once per position
  // instead of once per alternative: the same regex, matching the same text, several times
  // faster when V8 runs it in its regexp interpreter (as it does for a while after GCs).
  if (sources.length > 1 && sources.every((s) => s.startsWith(BEFORE))) {
    return `${BEFORE}(?:${sources.map((s) => `(?:${s.slice(BEFORE.length)})`).join('|')})`;
  }
  return sources.map((s) => `(?:${s})`).join('|');
}

/** What may stand before a season (regex sources), and the literal each starts with. */
const SEASON_ARTICLES = [
  { source: "l'", head: "l'" },
  { source: 'the\\s+', head: 'the' },
  { source: 'au\\s+', head: 'au' },
  { source: 'en\\s+', head: 'en' },
  { source: 'in\\s+', head: 'in' },
] as const;

const YEAR = '(1[89]\\d{2}|20\\d{2})';
const DAY = '(1er|[0-3]?\\d)(?:er|st|nd|rd|th|-?го|-?е)?';
const NOT_DIGIT_BEFORE = '(?<![\\d.,])';
const NOT_DIGIT_AFTER = '(?![\\d,]\\d)(?!\\d)';

/** How close (in UTF-16 units) a "since" or future marker must be before an expression to govern it. */
export const MARKER_WINDOW = 40;
/** How close after an expression a future marker ("prochain", "next") must follow. */
export const MARKER_AFTER_WINDOW = 14;

export interface TimeGrammar {
  readonly lang: string;
  /** Every time expression in `text`, left to right, without overlaps. */
  find(text: string, folded?: string): RawTime[];
  /** Phrases of "unspecified past" (act date null). */
  readonly undatedPast: PhraseSet<true>;
}

interface Built {
  monthOf: Map<string, number>;
  weekdayOf: Map<string, number>;
  edgeOf: Map<string, Edge>;
  seasonOf: Map<string, Season>;
  /** Season adverbs (Russian «осенью», Ukrainian «восени»): they name a time with no article, preposition or year. */
  seasonAdverbs: Set<string>;
}

/** Grammars by data directory and language: the dates and signals stages of one pipeline both use them. */
const GRAMMARS = new Map<string, TimeGrammar>();

/**
 * A language's time grammar of a data directory, read once per process: a
 * second copy compiles its patterns' `u` regexes again on its first texts
 * (≈ 70–85 ms a language for a sentence with a weekday, a full date, a
 * season and markers).
 */
export function buildGrammar(dataDir: string, lang: string): TimeGrammar {
  const key = `${dataDir}\u0000${lang}`;
  let grammar = GRAMMARS.get(key);
  if (!grammar) {
    grammar = grammarFromEntries(lang, readLexicon(dataDir, lang, TIME_LEXICON));
    GRAMMARS.set(key, grammar);
  }
  return grammar;
}

export function grammarFromEntries(lang: string, entries: readonly LexiconEntry[]): TimeGrammar {
  const byKind = (kind: string, value?: string): string[] =>
    entries.filter((e) => e.fields[0] === kind && (value === undefined || e.fields[1] === value)).map((e) => e.fields[2] as string);
  const built: Built = { monthOf: new Map(), weekdayOf: new Map(), edgeOf: new Map(), seasonOf: new Map(), seasonAdverbs: new Set() };
  for (const e of entries) {
    const [kind, value, phrase] = e.fields as [string, string, string];
    const key = normaliseKey(phrase);
    if (kind === 'month') built.monthOf.set(key, Number(value));
    if (kind === 'weekday') built.weekdayOf.set(key, Number(value));
    if (kind === 'edge') built.edgeOf.set(key, value as Edge);
    if (kind === 'season' || kind === 'season-adverb') built.seasonOf.set(key, value as Season);
    if (kind === 'season-adverb') built.seasonAdverbs.add(key);
  }
  const months = byKind('month');
  const MONTH = `(${alternation(months)})`;
  // Each is one capturing group, even when the lexicon has no such entries (then it never matches).
  const group = (phrases: readonly string[]): string => (phrases.length > 0 ? `(${alternation(phrases)})` : '((?!))');
  const EDGE = group(byKind('edge'));
  const seasons = [...byKind('season'), ...byKind('season-adverb')];
  const SEASON = group(seasons);
  const THIS = group(byKind('marker', 'this'));
  const LAST = group(byKind('marker', 'last'));
  const YEAR_BEFORE = byKind('marker', 'year').length > 0 ? `(?:${alternation(byKind('marker', 'year'))})` : '(?!)';
  const YEAR_AFTER = byKind('marker', 'year-after').length > 0 ? `(?:\\s*(?:${alternation(byKind('marker', 'year-after'))}|г\\.))?` : '';
  const OF = '(?:\\s+(?:de|d\'|of|del|de l\'annee)\\s*)?';
  const SEP = '\\s+';
  const RANGE = `(?:\\s*(?:-|au|et|a|to|and|through|по|и)\\s*[0-3]?\\d(?:er|st|nd|rd|th)?)?`;

  /**
   * The phrases a pattern cannot match without (one of its groups is an
   * alternation of them): when none of them occurs in a text, by its words,
   * the pattern is not run on it. Most texts name no season, half no weekday
   * and a third no month; scanning the whole text for them is most of the
   * stage's cost. Only non-empty lists count: an empty MONTH group matches
   * the empty string.
   */
  const occurrence = (phrases: readonly string[]): PhraseSet<true> | null => {
    if (phrases.length === 0) return null;
    const set = new PhraseSet<true>();
    for (const p of phrases) set.add(p, true);
    return set;
  };
  const MONTHS_OCCUR = occurrence(months);
  const EDGES_OCCUR = occurrence(byKind('edge'));
  const SEASONS_OCCUR = occurrence(seasons);
  const YEAR_BEFORE_OCCUR = occurrence(byKind('marker', 'year'));
  const WEEKDAYS_OCCUR = occurrence(byKind('weekday'));

  /**
   * Where a pattern's matches can start: at a digit (no other digit, point
   * or comma before it, as NOT_DIGIT_BEFORE says), or where one of the
   * phrases its first group alternates begins (their heads). The pattern is
   * then tried there only (see execAt). An empty list of phrases makes its
   * group match the empty string anywhere: such a pattern is scanned whole.
   */
  const headsOf = (phrases: readonly string[]): Anchor | undefined =>
    phrases.length > 0 ? headAnchor(distinctHeads(phrases), phrases.every((p) => phraseSource(p).startsWith(BEFORE))) : undefined;
  const MONTH_HEADS = headsOf(months);

  const patterns: Pattern[] = [
    {
      source: `${NOT_DIGIT_BEFORE}(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)`,
      anchor: DIGIT,
      make: (m) => ({ kind: 'date', year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }),
    },
    {
      source: `${NOT_DIGIT_BEFORE}([0-3]?\\d)([./])([01]?\\d)\\2${YEAR}${NOT_DIGIT_AFTER}`,
      anchor: DIGIT,
      make: (m) =>
        // English writes month/day/year with slashes; the other languages day.month.year.
        lang === 'en' && m[2] === '/'
          ? { kind: 'date', year: Number(m[4]), month: Number(m[1]), day: Number(m[3]) }
          : { kind: 'date', year: Number(m[4]), month: Number(m[3]), day: Number(m[1]) },
    },
    {
      source: `${NOT_DIGIT_BEFORE}${DAY}${RANGE}${SEP}(?:of\\s+)?${MONTH}(?:,?\\s+${YEAR}${YEAR_AFTER})?${NOT_DIGIT_AFTER}`,
      make: (m) => date(built, m[2], m[1], m[3]),
      needs: MONTHS_OCCUR,
      anchor: DIGIT,
    },
    {
      source: `${MONTH}\\s+([0-3]?\\d)(?:st|nd|rd|th)?${RANGE}(?:,?\\s+${YEAR})?${NOT_DIGIT_AFTER}`,
      make: (m) => date(built, m[1], m[2], m[3]),
      needs: MONTHS_OCCUR,
      anchor: MONTH_HEADS,
    },
    {
      source: `${EDGE}\\s*(?:${MONTH}(?:${OF}\\s*${YEAR}${YEAR_AFTER})?|${YEAR}${YEAR_AFTER})${NOT_DIGIT_AFTER}`,
      needs: EDGES_OCCUR,
      anchor: headsOf(byKind('edge')),
      make: (m) => {
        const edge = built.edgeOf.get(normaliseKey(m[1] ?? ''));
        if (m[2] !== undefined) {
          const month = built.monthOf.get(normaliseKey(m[2]));
          if (month === undefined) return null;
          return { kind: 'month', month, ...(m[3] ? { year: Number(m[3]) } : {}), ...(edge ? { edge } : {}) };
        }
        return { kind: 'year', year: Number(m[4]), ...(edge ? { edge } : {}) };
      },
    },
    {
      source: `${MONTH}${OF}\\s*${YEAR}${YEAR_AFTER}${NOT_DIGIT_AFTER}`,
      needs: MONTHS_OCCUR,
      anchor: MONTH_HEADS,
      make: (m) => {
        const month = built.monthOf.get(normaliseKey(m[1] ?? ''));
        return month === undefined ? null : { kind: 'month', month, year: Number(m[2]) };
      },
    },
    {
      source: `(?:${THIS}\\s+|${LAST}\\s+)?((?:${SEASON_ARTICLES.map((a) => a.source).join('|')})?)${SEASON}(?:\\s+${LAST})?(?:${OF}\\s*${YEAR}${YEAR_AFTER})?${NOT_DIGIT_AFTER}`,
      needs: SEASONS_OCCUR,
      // A match starts with "this"/"last", an article (unguarded: "l'" may follow letters) or the season.
      anchor:
        seasons.length > 0
          ? headAnchor(shortestHeads([...[...byKind('marker', 'this'), ...byKind('marker', 'last'), ...seasons].map(phraseHead), ...SEASON_ARTICLES.map((a) => a.head)]), false)
          : undefined,
      make: (m) => {
        const key = normaliseKey(m[4] ?? '');
        const season = built.seasonOf.get(key);
        if (!season) return null;
        // French "été" is also "been", English "fall" a verb: a season needs an article, a
        // preposition, "this/last" or a year, unless the data lists it as an adverb that
        // names the time alone (Russian "осенью", Ukrainian "восени").
        if (!built.seasonAdverbs.has(key) && !m[1] && !m[2] && !m[3] && !m[5] && !m[6]) return null;
        const relative = m[1] ? 0 : m[2] || m[5] ? -1 : undefined;
        return { kind: 'season', season, ...(m[6] ? { year: Number(m[6]) } : {}), ...(relative !== undefined ? { relative } : {}) };
      },
    },
    {
      source: `${YEAR_BEFORE}\\s+(?:l'an\\s+|the\\s+year\\s+)?${YEAR}${YEAR_AFTER}${NOT_DIGIT_AFTER}`,
      needs: YEAR_BEFORE_OCCUR,
      anchor: headsOf(byKind('marker', 'year')),
      make: (m) => ({ kind: 'year', year: Number(m[1]) }),
    },
    ...(YEAR_AFTER
      ? [
          {
            source: `${NOT_DIGIT_BEFORE}${YEAR}\\s*(?:${alternation(byKind('marker', 'year-after'))}|г\\.)`,
            make: (m: RegExpExecArray): TimeValue => ({ kind: 'year', year: Number(m[1]) }),
            anchor: DIGIT,
          },
        ]
      : []),
    {
      source: MONTH,
      needs: MONTHS_OCCUR,
      anchor: MONTH_HEADS,
      make: (m) => {
        const month = built.monthOf.get(normaliseKey(m[1] ?? ''));
        return month === undefined ? null : { kind: 'month', month };
      },
    },
    {
      source: `(${alternation(byKind('weekday'))})`,
      needs: WEEKDAYS_OCCUR,
      anchor: headsOf(byKind('weekday')),
      make: (m) => {
        const weekday = built.weekdayOf.get(normaliseKey(m[1] ?? ''));
        return weekday === undefined ? null : { kind: 'weekday', weekday };
      },
    },
  ];

  const relative = new PhraseSet<TimeValue>();
  for (const e of entries) {
    const [kind, value, phrase] = e.fields as [string, string, string];
    if (kind === 'relative') {
      if (value === 'recent') relative.add(phrase, { kind: 'recent' });
      else {
        const m = RELATIVE.exec(value) as RegExpExecArray;
        relative.add(phrase, { kind: 'relative', unit: m[1] as RelativeUnit, offset: Number(m[2]) });
      }
    }
    if (kind === 'anaphoric') relative.add(phrase, { kind: 'anaphoric-month' });
  }
  const future = new PhraseSet<true>();
  for (const p of byKind('marker', 'future')) future.add(p, true);
  const horizon = new PhraseSet<true>();
  for (const p of byKind('marker', 'horizon')) horizon.add(p, true);
  const since = new PhraseSet<true>();
  for (const p of byKind('marker', 'since')) since.add(p, true);
  const undatedPast = new PhraseSet<true>();
  for (const p of byKind('marker', 'undated-past')) undatedPast.add(p, true);

  return {
    lang,
    undatedPast,
    find(text, folded = fold(text)) {
      const found: { start: number; end: number; value: TimeValue }[] = [];
      const startsOf = anchorStarts(folded);
      for (const pattern of patterns) {
        const { make, needs, anchor } = pattern;
        if (needs && !needs.mayOccur(folded)) continue;
        const re = regexOf(pattern);
        for (const m of anchor ? execAt(re, folded, startsOf(anchor)) : execAll(re, folded)) {
          const value = make(m);
          if (!value) continue;
          const start = m.index ?? 0;
          const end = start + m[0].length;
          if (!plausible(value, text, start, lang, m[0])) continue;
          found.push({ start, end, value });
        }
      }
      for (const m of relative.matchAll(folded)) found.push({ start: m.start, end: m.end, value: m.value });
      // Longest match wins; ties go to the earlier pattern (more specific kinds come first).
      const chosen: typeof found = [];
      for (const item of [...found].sort((a, b) => a.start - b.start || b.end - a.end)) {
        const last = chosen[chosen.length - 1];
        if (last && item.start < last.end) {
          if (item.end - item.start > last.end - last.start) chosen[chosen.length - 1] = item;
          continue;
        }
        chosen.push(item);
      }
      return chosen.map((t) => ({
        ...t,
        future: governed(future, folded, t.start, t.end, true) || opensHorizon(horizon, folded, t),
        since: governed(since, folded, t.start, t.end, false),
      }));
    },
  };
}

interface Pattern {
  /** The regex source (no flags); compiled on the first text it is run on (see regexOf). */
  readonly source: string;
  readonly make: (m: RegExpExecArray) => TimeValue | null;
  readonly needs?: PhraseSet<true> | null;
  /** Where its matches can start: then it is compiled sticky and tried there only (execAt). */
  readonly anchor?: Anchor | undefined;
  regex?: RegExp;
}

/**
 * A pattern's regex, compiled when first run: building a `u` regex with its
 * many Unicode classes (each month name's word guards) is most of the cost of
 * building a grammar, and the dates and signals stages build one per language
 * at start-up (≈0.3 s in all), most of which a run never uses.
 */
function regexOf(pattern: Pattern): RegExp {
  return (pattern.regex ??= new RegExp(pattern.source, pattern.anchor ? 'uy' : 'gu'));
}

/**
 * Digits, or the heads of the phrases of the pattern's first group (see
 * phraseHead). `wordStart`: every one of those phrases begins with the
 * word-start guard (BEFORE), so a match cannot start right after a letter or
 * digit. Heads are often short words ("the", "in", "a", "в"), found inside
 * hundreds of other words of a text; trying the pattern at each was most of
 * the cost of the anchored patterns.
 */
type Anchor = 'digit' | HeadAnchor;

interface HeadAnchor {
  readonly heads: readonly string[];
  readonly wordStart: boolean;
  /**
   * For a word-start anchor whose heads all begin with a letter or digit unit:
   * the heads by their first unit. Its starts are then found in one walk over
   * the text's word starts (shared by the grammar's word-start anchors) instead of
   * one search of the text per head (the Russian months alone have dozens).
   */
  readonly byFirst: ReadonlyMap<number, readonly string[]> | null;
  /**
   * With `byFirst`: 1 at each unit some head begins with (the table as long as
   * the highest such unit), a typed-array read per word start of the text
   * instead of a map look-up; the map is asked only where this says yes.
   */
  readonly firstUnits: Uint8Array | null;
}

function headAnchor(heads: readonly string[], wordStart: boolean): HeadAnchor {
  if (!wordStart || !heads.every((h) => h !== '' && isWordUnit(h.charCodeAt(0)))) return { heads, wordStart, byFirst: null, firstUnits: null };
  const byFirst = new Map<number, string[]>();
  for (const head of heads) {
    const same = byFirst.get(head.charCodeAt(0));
    if (same) same.push(head);
    else byFirst.set(head.charCodeAt(0), [head]);
  }
  const firstUnits = new Uint8Array(Math.max(0, ...byFirst.keys()) + 1);
  for (const unit of byFirst.keys()) firstUnits[unit] = 1;
  return { heads, wordStart, byFirst, firstUnits };
}

/** The text's word starts: a letter or digit unit after none, as BEFORE sees it. */
function wordStarts(folded: string): number[] {
  const out: number[] = [];
  let inWord = false;
  for (let i = 0; i < folded.length; i++) {
    const word = isWordUnit(folded.charCodeAt(i));
    if (word && !inWord) out.push(i);
    inWord = word;
  }
  return out;
}

/**
 * A digit (ASCII, as `\d` is without the `u` flag) after no digit, point or
 * comma: NOT_DIGIT_BEFORE as a search. Digits are few in a text, and the
 * regex engine skips to them several times faster than a loop reading each
 * unit with charCodeAt (the folded text is often a rope of slices, which
 * makes each read slower still).
 */
const DIGIT_START = /(?<![\d.,])\d/g;

/** Where a number may start: a digit after no digit, point or comma (NOT_DIGIT_BEFORE). */
function digitStarts(folded: string): number[] {
  const out: number[] = [];
  DIGIT_START.lastIndex = 0;
  for (let m = DIGIT_START.exec(folded); m !== null; m = DIGIT_START.exec(folded)) out.push(m.index);
  return out;
}
const DIGIT: Anchor = 'digit';

/** The phrases' heads, without those that begin with another of them (whose occurrences they are among). */
function distinctHeads(phrases: readonly string[]): string[] {
  return shortestHeads(phrases.map(phraseHead));
}

/** The heads without those that begin with another of them. */
function shortestHeads(all: readonly string[]): string[] {
  const heads = [...new Set(all)].sort((a, b) => a.length - b.length);
  const kept: string[] = [];
  for (const head of heads) if (!kept.some((k) => head.startsWith(k))) kept.push(head);
  return kept;
}

/**
 * The offsets where each anchor occurs in `folded`, ascending, computed once
 * per text for the patterns that share an anchor.
 */
function anchorStarts(folded: string): (anchor: Anchor) => number[] {
  const known = new Map<Anchor, number[]>();
  // Walked once for every word-start anchor of the text.
  let words: number[] | null = null;
  return (anchor) => {
    let starts = known.get(anchor);
    if (starts) return starts;
    starts = [];
    if (anchor === 'digit') {
      starts = digitStarts(folded);
    } else if (anchor.byFirst && anchor.firstUnits) {
      const { byFirst, firstUnits } = anchor;
      for (const at of (words ??= wordStarts(folded))) {
        const unit = folded.charCodeAt(at);
        if (unit >= firstUnits.length || firstUnits[unit] === 0) continue;
        const heads = byFirst.get(unit) as readonly string[];
        if (heads.some((head) => folded.startsWith(head, at))) starts.push(at);
      }
    } else {
      const { heads, wordStart } = anchor;
      for (const head of heads) {
        for (let at = folded.indexOf(head); at >= 0; at = folded.indexOf(head, at + 1)) {
          // After a surrogate half (never a word unit alone) the start is kept: its code point might be a letter, and the regex decides.
          if (!wordStart || at === 0 || !isWordUnit(folded.charCodeAt(at - 1))) starts.push(at);
        }
      }
      if (heads.length > 1) starts = [...new Set(starts)].sort((a, b) => a - b);
    }
    known.set(anchor, starts);
    return starts;
  };
}

function normaliseKey(phrase: string): string {
  return fold(phrase).replace(/\s+/g, ' ').trim();
}

function date(built: Built, monthText: string | undefined, dayText: string | undefined, yearText: string | undefined): TimeValue | null {
  const month = built.monthOf.get(normaliseKey(monthText ?? ''));
  const day = dayText === '1er' ? 1 : Number(dayText);
  if (month === undefined || !(day >= 1 && day <= 31)) return null;
  return { kind: 'date', month, day, ...(yearText ? { year: Number(yearText) } : {}) };
}

/**
 * English month names double as words ("may", "march"): a lone month or
 * weekday counts only when capitalised in the original text.
 */
function plausible(value: TimeValue, text: string, start: number, lang: string, matched: string): boolean {
  if (lang !== 'en') return true;
  if (value.kind !== 'month' || value.year !== undefined || value.edge !== undefined) return true;
  const original = text.slice(start, start + matched.length);
  const first = original[0] ?? '';
  if (first === first.toLowerCase()) return false;
  // "May" opens sentences as a modal verb too.
  return !/^May\s+(?:be|have|not|also|well|I|we|you|they|he|she|it)\b/.test(text.slice(start));
}

/** How far before a year a horizon word may end ("d'ici  2030"): white space only. */
const HORIZON_GAP = /^\s{0,3}$/u;

/**
 * Is a year or a month of a year ("by 2030", "d'ici 2030", "к 2030 году",
 * "until March 2026") the horizon of a plan or a deadline? Its word stands
 * right before it, or opens the match itself when the grammar takes it as
 * the year's preposition ("by 2030"). Such a date is no act's and no
 * publication's: it counts as future. A full date keeps its reading ("by
 * March 3 the troops had left" is past).
 */
function opensHorizon(horizon: PhraseSet<true>, folded: string, t: { start: number; end: number; value: TimeValue }): boolean {
  if (horizon.size === 0 || (t.value.kind !== 'year' && t.value.kind !== 'month') || t.value.year === undefined) return false;
  const from = Math.max(0, t.start - MARKER_WINDOW);
  for (const m of horizon.matchAll(folded, from, t.end)) {
    if (m.start === t.start || (m.end <= t.start && HORIZON_GAP.test(folded.slice(m.end, t.start)))) return true;
  }
  return false;
}

/** Is a marker within the window before (or, for future markers, just after) the expression, in the same clause? */
function governed(markers: PhraseSet<true>, folded: string, start: number, end: number, lookAfter: boolean): boolean {
  if (markers.size === 0) return false;
  const from = Math.max(0, start - MARKER_WINDOW);
  const before = folded.slice(from, start);
  const cut = Math.max(before.lastIndexOf('.'), before.lastIndexOf(';'), before.lastIndexOf('!'), before.lastIndexOf('?'));
  if (markers.test(folded, cut >= 0 ? from + cut + 1 : from, start)) return true;
  if (!lookAfter) return false;
  const after = folded.slice(end, Math.min(folded.length, end + MARKER_AFTER_WINDOW));
  const stop = after.search(/[,.;:!?]/);
  return markers.test(folded, end, stop >= 0 ? end + stop : end + after.length);
}
