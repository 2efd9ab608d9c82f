/**
 * Labelled sentences for training and cross-validating the fallback: the
 * development sets' documents run through the pipeline up to the signals
 * stage, each sentence labelled with the types of the gold signals whose
 * evidence it states (none: class NONE). Documents come in batches (the
 * file-name prefix of a dev document, e.g. `en-2x`; a whole held-out
 * directory; the seeds), which cross-validation leaves out one at a time.
 *
 * Only the sets named in TRAINING_SETS are read. The held-out sets kept for
 * honest figures (holdout-4, holdout-5) are never named here.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Doc, SignalType } from '../../document/index.ts';
import { createDoc, fatalOf, SIGNAL_TYPES } from '../../document/index.ts';
import { diceOverlap, loadEvalSet, normalizeText, type Gold, type GoldSignal } from '../../eval/index.ts';
import { readInputs } from '../../input/index.ts';
import { DEFAULT_DATA_DIR } from '../../lexicon/index.ts';
import { createStages } from '../../pipeline/index.ts';
import type { Stage } from '../../pipeline/stage.ts';
import { loadAllSignalLexicons, type SignalLexicon } from '../signals/lexicons.ts';
import type { Example } from './model.ts';
import { lexiconLang, sentenceViews, type SentenceView } from './sentences.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The gold the fallback may learn from: gold directory, documents directory, and the batch name when the whole set is one batch. */
export const TRAINING_SETS: readonly { readonly gold: string; readonly docs: string; readonly batch: string | null }[] = [
  { gold: 'test/dev-corpus/gold', docs: 'test/dev-corpus/docs', batch: null },
  { gold: 'test/dev-corpus/holdout/gold', docs: 'test/dev-corpus/holdout/docs', batch: 'holdout' },
  { gold: 'test/dev-corpus/holdout-2/gold', docs: 'test/dev-corpus/holdout-2/docs', batch: 'holdout-2' },
  { gold: 'test/dev-corpus/holdout-3/gold', docs: 'test/dev-corpus/holdout-3/docs', batch: 'holdout-3' },
  { gold: '../shared/corpus/gold', docs: '../shared/corpus/seeds', batch: 'seeds' },
];

/** A development document's batch: its name without the running number (`en-2x-03` → `en-2x`, `en-07` → `en`). */
export function batchOf(doc: string): string {
  return doc.replace(/-\d+$/, '');
}

/** A gold evidence and a sentence are the same statement when one holds the other, or their words overlap this much (Dice). */
export const EVIDENCE_OVERLAP = 0.5;

export interface LabelledDoc {
  readonly batch: string;
  readonly gold: Gold;
  /** The document after the signals stage. */
  readonly doc: Doc;
  readonly views: readonly SentenceView[];
  /** Gold types per sentence (index as `views`); null for a sentence only an optional gold signal names (neither positive nor negative). */
  readonly labels: readonly (readonly SignalType[] | null)[];
}

function states(sentence: string, evidence: string): boolean {
  const s = normalizeText(sentence);
  const e = normalizeText(evidence);
  if (s.length === 0 || e.length === 0) return false;
  return s.includes(e) || e.includes(s) || diceOverlap(s, e) >= EVIDENCE_OVERLAP;
}

function labelsOf(views: readonly SentenceView[], signals: readonly GoldSignal[]): (SignalType[] | null)[] {
  const known = new Set<string>(SIGNAL_TYPES);
  return views.map((v) => {
    const stated = signals.filter((g) => known.has(g.type) && states(v.sentence.text, g.evidence));
    const required = stated.filter((g) => !g.optional);
    if (required.length === 0 && stated.length > 0) return null;
    return [...new Set(required.map((g) => g.type as SignalType))].sort();
  });
}

/** Runs the pipeline's stages up to and including `signals`. */
function upToSignals(): (raw: Parameters<typeof createDoc>[0]) => Doc {
  const all = createStages();
  const cut = all.findIndex(([name]) => name === 'signals');
  const stages: Stage[] = all.slice(0, cut + 1).map(([, stage]) => stage);
  return (raw) => {
    let doc = createDoc(raw);
    for (const stage of stages) {
      doc = stage(doc);
      if (fatalOf(doc)) break;
    }
    return doc;
  };
}

/** Every labelled document of the training sets (those present on disk), in a stable order. */
export async function loadLabelledDocs(root = ROOT, dataDir = DEFAULT_DATA_DIR): Promise<LabelledDoc[]> {
  const run = upToSignals();
  const lexicons = loadAllSignalLexicons(dataDir);
  const out: LabelledDoc[] = [];
  for (const set of TRAINING_SETS) {
    const goldDir = `${root}${set.gold}`;
    if (!existsSync(goldDir)) continue;
    const { cases } = await loadEvalSet(goldDir, `${root}${set.docs}`);
    for (const c of cases) {
      let raw = null;
      for await (const item of readInputs([c.docPath])) {
        if (item.ok) raw = item.doc;
        break;
      }
      if (!raw || !c.gold.signals) continue;
      const doc = run(raw);
      const lang = lexiconLang(doc.lang);
      if (fatalOf(doc) || !lang) continue;
      const views = sentenceViews(doc, lexicons.get(lang) as SignalLexicon);
      out.push({ batch: set.batch ?? batchOf(c.gold.doc), gold: c.gold, doc, views, labels: labelsOf(views, c.gold.signals) });
    }
  }
  return out;
}

/** Which sentences a model learns from: those the stage may speak about (in nuclear context), or only those no cue covered. */
export type Population = 'context' | 'uncovered';

export function examplesOf(docs: readonly LabelledDoc[], population: Population): Example[] {
  const out: Example[] = [];
  for (const d of docs) {
    d.views.forEach((v, i) => {
      const labels = d.labels[i];
      if (labels === null || labels === undefined) return;
      if (v.context !== 'direct' && v.context !== 'inherited') return;
      if (population === 'uncovered' && v.covered) return;
      out.push({ features: v.features(), labels });
    });
  }
  return out;
}
