/**
 * Scores one document's output against its gold, then pools documents into
 * the figures of SIGNALS.md §8. Each metric is applied only where the gold
 * annotates it; pooled figures are micro-averages (counts summed over
 * documents, so "share of gold lines" means of all gold lines), except the
 * body metric, which averages per document as the benchmark does.
 */
import type { DocumentRecord } from '../document/index.ts';
import { bodyCounts, bodyFigures, type BodyCounts } from './body.ts';
import { scoreCleaning, type CleaningCounts } from './cleaning.ts';
import { publishedMatches } from './dates.ts';
import { duplicateCounts } from './duplicates.ts';
import { addCounts, addShares, EMPTY_SHARE, harmonicMean, NO_MATCHES, prf, share, shareValue, type MatchCounts, type Share } from './figures.ts';
import type { Gold } from './gold.ts';
import { goldLanguage, languageMatches } from './language.ts';
import { goldRelevance, relevanceCounts } from './relevance.ts';
import { scoreQuotes, type QuoteCounts } from './quotes.ts';
import { scoreSignals, type SignalCounts } from './signals.ts';
import { titleMatches } from './title.ts';

/** What scoring needs about one document. */
export interface EvalInput {
  readonly gold: Gold;
  readonly format: 'text' | 'html';
  /** The decoded input, which line-labelled gold indexes into. */
  readonly raw: string;
  /** The pipeline's output (an empty record when the document failed). */
  readonly record: DocumentRecord;
  /** Why the pipeline failed on this document, or null. */
  readonly failure: string | null;
}

/** One document's counts per metric; null where its gold does not annotate that metric. */
export interface DocScore {
  readonly doc: string;
  readonly failure: string | null;
  readonly cleaning: CleaningCounts | null;
  readonly body: BodyCounts | null;
  readonly title: boolean | null;
  readonly language: boolean | null;
  readonly relevance: MatchCounts | null;
  readonly published: boolean | null;
  readonly quotes: QuoteCounts | null;
  readonly signals: SignalCounts | null;
}

export function scoreDocument(input: EvalInput): DocScore {
  const { gold, record } = input;
  const lang = goldLanguage(gold, input.format);
  const relevant = goldRelevance(gold);
  return {
    doc: gold.doc,
    failure: input.failure,
    cleaning: gold.lines ? scoreCleaning(input.raw, gold.lines, record) : null,
    body: gold.body !== undefined ? bodyCounts(record.text, gold.body) : null,
    title: gold.title !== undefined ? titleMatches(record.title, gold.title) : null,
    language: lang !== undefined ? languageMatches(record.lang, lang) : null,
    relevance: relevant !== undefined ? relevanceCounts(record.relevant, relevant) : null,
    published: gold.published !== undefined ? publishedMatches(record.published?.date ?? null, gold.published?.date ?? null) : null,
    quotes: gold.quotes ? scoreQuotes(record.quotes, gold.quotes) : null,
    signals: gold.signals ? scoreSignals(record.signals, gold.signals) : null,
  };
}

/** One reported number; `value` null prints as n/a, with `detail` saying why or from what. */
export interface Figure {
  readonly name: string;
  readonly value: number | null;
  readonly detail: string;
}

/** Every figure name, in report order. A report always lists all of them. */
export const FIGURE_NAMES = [
  'cleaning.retention',
  'cleaning.removal',
  'cleaning.f1',
  'body.precision',
  'body.recall',
  'body.f1',
  'title.accuracy',
  'language.accuracy',
  'relevance.precision',
  'relevance.recall',
  'relevance.f1',
  'published.accuracy',
  'quotes.precision',
  'quotes.recall',
  'quotes.f1',
  'quotes.speaker',
  'signals.strict.precision',
  'signals.strict.recall',
  'signals.strict.f1',
  'signals.coarse.precision',
  'signals.coarse.recall',
  'signals.coarse.f1',
  'signals.date',
  'signals.severity',
  'signals.modality',
  'signals.sourcing',
  'duplicates.precision',
  'duplicates.recall',
  'duplicates.f1',
] as const;

export type FigureName = (typeof FIGURE_NAMES)[number];

/** Gold duplicate groups and each evaluated document's output cluster. */
export interface DuplicateInput {
  readonly groups: readonly (readonly string[])[];
  readonly clusters: ReadonlyMap<string, string | null>;
}

function present<T>(values: readonly (T | null)[]): T[] {
  return values.filter((v): v is T => v !== null);
}

function countsDetail(c: MatchCounts): string {
  return `tp=${c.tp} fp=${c.fp} fn=${c.fn}`;
}

function shareDetail(s: Share, what: string): string {
  return `${s.hits}/${s.total} ${what}`;
}

function prfFigures(prefix: string, counts: MatchCounts, applies: boolean, missing: string): Figure[] {
  const f = prf(counts);
  const detail = applies ? countsDetail(counts) : missing;
  return [
    { name: `${prefix}.precision`, value: applies ? f.precision : null, detail },
    { name: `${prefix}.recall`, value: applies ? f.recall : null, detail },
    { name: `${prefix}.f1`, value: applies ? f.f1 : null, detail },
  ];
}

function booleanShare(values: readonly boolean[]): Share {
  return share(values.filter(Boolean).length, values.length);
}

/** Pools documents into the figures of §8, in `FIGURE_NAMES` order. */
export function summarise(scores: readonly DocScore[], duplicates: DuplicateInput | null): Figure[] {
  const figures: Figure[] = [];
  const cleaning = present(scores.map((s) => s.cleaning));
  const retained = cleaning.reduce((a, c) => addShares(a, c.retained), EMPTY_SHARE);
  const removed = cleaning.reduce((a, c) => addShares(a, c.removed), EMPTY_SHARE);
  const noLines = 'no gold with line labels';
  figures.push(
    { name: 'cleaning.retention', value: shareValue(retained), detail: cleaning.length ? shareDetail(retained, 'gold title+content lines in the output') : noLines },
    { name: 'cleaning.removal', value: shareValue(removed), detail: cleaning.length ? shareDetail(removed, 'gold boilerplate lines absent from the output') : noLines },
    { name: 'cleaning.f1', value: harmonicMean(shareValue(retained), shareValue(removed)), detail: cleaning.length ? 'harmonic mean of retention and removal' : noLines },
  );

  const body = present(scores.map((s) => s.body));
  const bf = bodyFigures(body);
  const bodyDetail = body.length ? `mean over ${body.length} pages (article-extraction-benchmark metric)` : 'no gold with a reference body';
  figures.push(
    { name: 'body.precision', value: bf.precision, detail: bodyDetail },
    { name: 'body.recall', value: bf.recall, detail: bodyDetail },
    { name: 'body.f1', value: bf.f1, detail: bodyDetail },
  );

  const title = booleanShare(present(scores.map((s) => s.title)));
  figures.push({ name: 'title.accuracy', value: shareValue(title), detail: title.total ? shareDetail(title, 'titles equal to gold') : 'no gold with a title' });

  const language = booleanShare(present(scores.map((s) => s.language)));
  figures.push({ name: 'language.accuracy', value: shareValue(language), detail: language.total ? shareDetail(language, 'languages equal to gold') : 'no gold language' });

  const relevance = present(scores.map((s) => s.relevance));
  figures.push(...prfFigures('relevance', relevance.reduce(addCounts, NO_MATCHES), relevance.length > 0, 'no relevance labels'));

  const published = booleanShare(present(scores.map((s) => s.published)));
  figures.push({
    name: 'published.accuracy',
    value: shareValue(published),
    detail: published.total ? shareDetail(published, 'publication dates equal to gold at month precision') : 'no gold publication date',
  });

  const quotes = present(scores.map((s) => s.quotes));
  const quoteCounts = quotes.reduce(addCounts, NO_MATCHES);
  const speaker = quotes.reduce((a, q) => addShares(a, q.speaker), EMPTY_SHARE);
  figures.push(...prfFigures('quotes', quoteCounts, quotes.length > 0, 'no gold quotes'));
  figures.push({ name: 'quotes.speaker', value: shareValue(speaker), detail: quotes.length ? shareDetail(speaker, 'matched quotes with the right speaker') : 'no gold quotes' });

  const signals = present(scores.map((s) => s.signals));
  const noSignals = 'no gold signals';
  figures.push(...prfFigures('signals.strict', signals.map((s) => s.strict).reduce(addCounts, NO_MATCHES), signals.length > 0, noSignals));
  figures.push(...prfFigures('signals.coarse', signals.map((s) => s.coarse).reduce(addCounts, NO_MATCHES), signals.length > 0, noSignals));
  const field = (name: string, pick: (s: SignalCounts) => Share, what: string): Figure => {
    const s = signals.map(pick).reduce(addShares, EMPTY_SHARE);
    return { name, value: shareValue(s), detail: signals.length ? shareDetail(s, what) : noSignals };
  };
  figures.push(
    field('signals.date', (s) => s.date, 'strict matches with the right date (gold date not null)'),
    field('signals.severity', (s) => s.severity, 'strict matches with severity within ±1'),
    field('signals.modality', (s) => s.modality, 'strict matches with the right modality'),
    field('signals.sourcing', (s) => s.sourcing, 'strict matches with the right sourcing'),
  );

  figures.push(...prfFigures('duplicates', duplicates ? duplicateCounts(duplicates.clusters, duplicates.groups) : NO_MATCHES, duplicates !== null, 'no gold duplicates file'));
  return figures;
}
