/**
 * Labelled sentences for training and measuring the signal model: each
 * evaluation set's documents run through the pipeline (so sentences are the
 * ones the signal stage sees, in the cleaned text), and each sentence gets the
 * gold signals whose `evidence` it carries and the types the current pipeline
 * put on it.
 */
import { loadEvalSet } from '../../../eval/corpus.ts';
import { diceOverlap } from '../../../eval/overlap.ts';
import { normalizeText } from '../../../eval/normalize.ts';
import { readInputs } from '../../../input/index.ts';
import { SIGNAL_TYPES, type SignalType } from '../../../document/index.ts';
import type { Pipeline } from '../../../pipeline/index.ts';

export interface LabelledSentence {
  readonly text: string;
  /** Gold signals stated here (by evidence). */
  readonly gold: readonly { readonly type: SignalType; readonly optional: boolean }[];
  /** Types of the pipeline's signals whose evidence covers this sentence. */
  readonly predicted: readonly SignalType[];
}

export interface LabelledDoc {
  readonly id: string;
  readonly set: string;
  readonly lang: string | null;
  /** Gold relevance (a gold signal, or the gold's own `relevant`). */
  readonly relevant: boolean;
  readonly sentences: readonly LabelledSentence[];
}

export interface SetDirs {
  readonly name: string;
  readonly gold: string;
  readonly docs: string;
}

/**
 * Dice overlap at which an evidence fragment and a sentence are the same
 * statement when neither contains the other (the cleaned text may differ from
 * the gold's copy by a quote mark or a cut).
 */
export const EVIDENCE_OVERLAP = 0.6;
/** A sentence inside a several-sentence evidence must have this many characters to count (not a stray "Yes."). */
const MIN_INSIDE_CHARS = 25;

function carries(sentence: string, evidence: string): boolean {
  if (sentence.includes(evidence)) return true;
  if (sentence.length >= MIN_INSIDE_CHARS && evidence.includes(sentence)) return true;
  return diceOverlap(sentence, evidence) >= EVIDENCE_OVERLAP;
}

function asType(t: string): SignalType | null {
  return (SIGNAL_TYPES as readonly string[]).includes(t) ? (t as SignalType) : null;
}

export async function loadLabelled(sets: readonly SetDirs[], pipeline: Pipeline): Promise<LabelledDoc[]> {
  const out: LabelledDoc[] = [];
  for (const set of sets) {
    const { cases } = await loadEvalSet(set.gold, set.docs);
    for (const c of cases) {
      let raw = null;
      for await (const item of readInputs([c.docPath])) {
        if (item.ok) raw = item.doc;
        break;
      }
      if (!raw) continue;
      const doc = pipeline.run(raw);
      const goldSignals = (c.gold.signals ?? []).flatMap((s) => {
        const type = asType(s.type);
        return type ? [{ type, optional: s.optional, evidence: normalizeText(s.evidence) }] : [];
      });
      const sentences = doc.sentences.map((sentence) => {
        const norm = normalizeText(sentence.text);
        const predicted = doc.signals
          .filter((sig) => sig.evidence.some((e) => e.start < sentence.end && e.end > sentence.start))
          .map((sig) => sig.type);
        return {
          text: sentence.text,
          gold: goldSignals.filter((g) => g.evidence.length > 0 && carries(norm, g.evidence)).map((g) => ({ type: g.type, optional: g.optional })),
          predicted: [...new Set(predicted)],
        };
      });
      out.push({
        id: c.gold.doc,
        set: set.name,
        lang: c.gold.lang ?? doc.lang,
        relevant: c.gold.relevant ?? goldSignals.length > 0,
        sentences,
      });
    }
  }
  return out;
}

/**
 * The training sets, relative to the repo root: never the unseen holdout-15 and 16 or pages/holdout. holdout-13
 * and holdout-14 are development data but left out: trained with holdout-13, the model lowered strict F1
 * on five sets (holdout 0.957 → 0.917, holdout-8 0.689 → 0.656, holdout-13 itself 0.844 → 0.831;
 * session 13); with both, on six (holdout 0.957 → 0.917, holdout-3 0.897 → 0.867, holdout-8
 * 0.678 → 0.656, holdout-9 0.756 → 0.729, holdout-10 0.773 → 0.742, dev 0.843 → 0.839; session 14).
 */
export function trainingSets(root: string): SetDirs[] {
  const dev = `${root}/test/dev-corpus`;
  return [
    { name: 'dev', gold: `${dev}/gold`, docs: `${dev}/docs` },
    { name: 'seeds', gold: `${root}/../shared/corpus/gold`, docs: `${root}/../shared/corpus/seeds` },
    ...['holdout', 'holdout-2', 'holdout-3', 'holdout-4', 'holdout-5', 'holdout-6', 'holdout-7', 'holdout-8', 'holdout-9', 'holdout-10', 'holdout-11', 'holdout-12'].map((h) => ({ name: h, gold: `${dev}/${h}/gold`, docs: `${dev}/${h}/docs` })),
  ];
}
