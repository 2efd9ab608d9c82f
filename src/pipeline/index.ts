/**
 * The per-document pipeline: small pure stages over one `Doc`, in the order
 * the brief gives except that dates come before actors (a role names its
 * holder at the document's date). Clustering is not here: it needs state across documents
 * and lives in `src/cluster`, run by the caller (analyze keeps it in memory,
 * ingest in the store).
 */
import { createDoc, fatalOf, type Doc, type RawDocument } from '../document/index.ts';
import { createActors } from '../stages/actors/index.ts';
import { createClean } from '../stages/clean/index.ts';
import { createDates } from '../stages/dates/index.ts';
import { createExtract } from '../stages/extract/index.ts';
import { loadVocabulary } from '../stages/extract/vocabulary.ts';
import { createLanguage } from '../stages/language/index.ts';
import { createNormalize } from '../stages/normalize/index.ts';
import { createQuotes } from '../stages/quotes/index.ts';
import { createRelevance } from '../stages/relevance/index.ts';
import { createSentences } from '../stages/sentences/index.ts';
import { createSignals, type SignalsOptions } from '../stages/signals/index.ts';
import type { Stage } from './stage.ts';

export interface Pipeline {
  /** Runs every stage; never throws for a bad document (see `fatalOf`). */
  run(raw: RawDocument): Doc;
}

/** A pipeline that can also be run in two parts (`createPipeline` makes one; stand-ins need only `run`). */
export interface StagedPipeline extends Pipeline {
  /**
   * The stages up to `IDENTIFIED_AFTER`, which gives the document its content
   * id: a caller that may hold the document already (a store, on a rerun or a
   * second copy of a story) looks the id up before paying for the rest, which
   * is most of the cost. `finish(start(raw))` is `run(raw)`.
   */
  start(raw: RawDocument): Doc;
  /** The stages after `IDENTIFIED_AFTER`, on a document `start` returned (a failed one comes back as it is). */
  finish(doc: Doc): Doc;
}

/** The stage that sets `Doc.id` (a hash of the cleaned text): `StagedPipeline.start` ends with it. */
export const IDENTIFIED_AFTER: StageName = 'clean';

export const STAGE_NAMES = [
  'extract',
  'normalize',
  'clean',
  'language',
  'sentences',
  'dates',
  'actors',
  'quotes',
  'signals',
  'relevance',
] as const;

export type StageName = (typeof STAGE_NAMES)[number];

export interface PipelineOptions {
  /** The signal stage's options (rule tables run it without the learned model: `{ model: null }`). */
  readonly signals?: SignalsOptions;
}

/**
 * Every stage, configured, in pipeline order: what `createPipeline` runs, and
 * what a profiler times one by one. Factories load lexicons and gazetteers
 * here, before any document.
 */
export function createStages(options: PipelineOptions = {}): readonly (readonly [StageName, Stage])[] {
  // One page vocabulary for extract and clean: read twice, its files cost twice, and each copy's
  // large regexes (the promotions' alternation) their compilation on first use.
  const vocabulary = loadVocabulary();
  return [
    ['extract', createExtract({}, vocabulary)],
    ['normalize', createNormalize()],
    ['clean', createClean({ vocabulary: vocabulary.lines })],
    ['language', createLanguage()],
    ['sentences', createSentences()],
    // Dates before actors: a role ("the US defense secretary") names the holder at the
    // document's date, so that date must be known, from metadata or from the text.
    ['dates', createDates()],
    ['actors', createActors()],
    ['quotes', createQuotes()],
    ['signals', createSignals(options.signals)],
    ['relevance', createRelevance()],
  ];
}

export function createPipeline(options: PipelineOptions = {}): StagedPipeline {
  const stages = createStages(options);
  const split = stages.findIndex(([name]) => name === IDENTIFIED_AFTER) + 1;
  const runStages = (doc: Doc, from: number, to: number): Doc => {
    for (let i = from; i < to; i++) {
      const [name, stage] = stages[i] as readonly [StageName, Stage];
      try {
        doc = stage(doc);
      } catch (error) {
        // A stage bug must not take the batch down: the document fails, named.
        return { ...doc, messages: [...doc.messages, { level: 'fatal', stage: name, text: (error as Error).message }] };
      }
      if (fatalOf(doc)) return doc;
    }
    return doc;
  };
  return {
    run: (raw) => runStages(createDoc(raw), 0, stages.length),
    start: (raw) => runStages(createDoc(raw), 0, split),
    finish: (doc) => (fatalOf(doc) ? doc : runStages(doc, split, stages.length)),
  };
}
