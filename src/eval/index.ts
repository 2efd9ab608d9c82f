/**
 * Scoring against gold (SIGNALS.md §8): the library behind `brink eval`, and
 * the metric functions anyone can call on their own stage's output.
 */
export { bodyCounts, bodyFigures, bodyScores } from './body.ts';
export type { BodyCounts } from './body.ts';
export { scoreCleaning } from './cleaning.ts';
export type { CleaningCounts } from './cleaning.ts';
export { loadEvalSet, runCase, EvalSetError } from './corpus.ts';
export type { EvalCase, EvalSet, EvalSetOptions } from './corpus.ts';
export { publishedMatches, signalDateMatches } from './dates.ts';
export { DUPLICATES_FILE, duplicateCounts, parseDuplicates } from './duplicates.ts';
export { prf, harmonicMean, shareValue } from './figures.ts';
export type { MatchCounts, PRF, Share } from './figures.ts';
export { GoldError, parseGold } from './gold.ts';
export type { Gold, GoldLines, GoldQuote, GoldSignal } from './gold.ts';
export { HTML_GOLD_DEFAULT_LANG, goldLanguage, languageMatches, withLang } from './language.ts';
export { greedyMatch } from './matching.ts';
export { namesMatch } from './names.ts';
export { foldAccents, normalizeText } from './normalize.ts';
export { diceOverlap } from './overlap.ts';
export { QUOTE_MIN_OVERLAP, scoreQuotes, speakerMatches } from './quotes.ts';
export type { QuoteCounts } from './quotes.ts';
export { goldRelevance } from './relevance.ts';
export { buildReport, formatJson, formatText } from './report.ts';
export type { EvalReport } from './report.ts';
export { FIGURE_NAMES, scoreDocument, summarise } from './score.ts';
export type { DocScore, EvalInput, Figure, FigureName } from './score.ts';
export { SEVERITY_TOLERANCE, scoreSignals } from './signals.ts';
export type { SignalCounts } from './signals.ts';
export { parseDocStrings, titleMatches, withTitle } from './title.ts';
