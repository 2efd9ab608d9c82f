/**
 * Signals the cue rules missed, proposed by the model's DETECTION head: a
 * sentence no rule signal covers, that names a nuclear term, whose detection
 * probability is high and that names an actor the attribution found, gets a
 * low-confidence signal of the model's best type. Only in documents where
 * the rules already found a signal: the rules decide whether a document is
 * about nuclear signalling at all, the model only widens their reach inside it.
 */
import type { ActorRef, Doc, Sentence, Signal } from '../../../document/index.ts';
import { BASE_SEVERITY } from '../fields.ts';
import type { SignalModel } from './model.ts';

/**
 * Detection probability from which a sentence is taken as a signal. Offline, trained on dev + seeds and
 * tested on holdout 1–5, sentences with no rule signal at p ≥ 0.8 carry a gold signal 56% of the time.
 */
export const DETECT_THRESHOLD = 0.8;
/** A sentence the model cannot type with this probability is left to the rules (its type would be a guess). */
export const MIN_TYPE_PROBABILITY = 0.5;
/** A model signal's confidence is this times its detection probability: below any rule signal's. */
export const MODEL_CONFIDENCE = 0.3;

export interface DetectedOptions {
  /** Whether the sentence names a nuclear weapon, test or regime (the signal lexicon's nuclear terms). */
  readonly isNuclear: (sentence: Sentence) => boolean;
  readonly threshold?: number;
  /** The model's best type must have at least this probability. */
  readonly minTypeProbability?: number;
  /** Also propose in documents where the rules found nothing. */
  readonly anyDocument?: boolean;
}

/** The rule signals followed by the model's proposals for sentences the rules left empty. */
export function withDetectedSignals(doc: Doc, signals: readonly Signal[], model: SignalModel, options: DetectedOptions): Signal[] {
  if (signals.length === 0 && !options.anyDocument) return [...signals];
  const threshold = options.threshold ?? DETECT_THRESHOLD;
  const out = [...signals];
  doc.sentences.forEach((sentence, index) => {
    if (signals.some((s) => s.evidence.some((e) => e.start < sentence.end && e.end > sentence.start))) return;
    if (!options.isNuclear(sentence)) return;
    const p = model.detect(sentence.text);
    if (p < threshold) return;
    const actor = actorOf(doc, index);
    if (!actor) return;
    const best = model.typeOf(sentence.text).ranked[0]!;
    if (best.p < (options.minTypeProbability ?? MIN_TYPE_PROBABILITY)) return;
    const type = best.type;
    const time = doc.times.find((t) => t.sentence === index && t.governedBy === undefined);
    const date = time ? time.date : doc.published ? doc.published.date.slice(0, 7) : null;
    out.push({
      type,
      actor,
      target: null,
      date,
      severity: BASE_SEVERITY[type],
      modality: 'public',
      sourcing: 'on_record',
      quote: null,
      evidence: [{ start: sentence.start, end: sentence.end, text: sentence.text }],
      confidence: Math.round(MODEL_CONFIDENCE * p * 100) / 100,
    });
  });
  return out;
}

/**
 * Who acts in a sentence, as the actors and quotes stages resolved it: the speaker of a quotation
 * in it, else the first person named or referred to (a pronoun is already its person), else the
 * first state or body. Media report; they do not act.
 */
function actorOf(doc: Doc, index: number): ActorRef | null {
  const quoted = doc.quotes.find((q) => q.sentence === index && q.speaker !== null && q.speaker.kind !== 'media');
  if (quoted?.speaker) return quoted.speaker;
  const mentions = doc.mentions.filter((m) => m.sentence === index && m.actor.kind !== 'media');
  const person = mentions.find((m) => m.via !== 'state' && m.via !== 'organisation');
  return (person ?? mentions[0])?.actor ?? null;
}

/**
 * Type probability under which the model vetoes a rule signal. Offline (trained on dev + seeds,
 * tested on holdout 1–5) a rule type the model gives under 1% is wrong three times in four.
 */
export const VETO_TYPE_PROBABILITY = 0.01;

/** The rule signals less those whose type the model finds most unlikely in every evidence sentence. */
export function withoutUnlikelyTypes(signals: readonly Signal[], model: SignalModel, floor: number = VETO_TYPE_PROBABILITY): Signal[] {
  return signals.filter((s) =>
    s.evidence.some((e) => (model.typeOf(e.text).ranked.find((r) => r.type === s.type)?.p ?? 0) >= floor),
  );
}
