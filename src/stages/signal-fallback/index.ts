/**
 * The signal fallback: a learned second look at the sentences the signals
 * stage's cue lexicons left silent. On unseen text most missed signals sit in
 * sentences where no cue fired at all; this stage asks a small classifier
 * (model.ts, trained by train.ts on the gold of the development sets) what
 * type of signal such a sentence states, and adds one only when
 *   (a) no signal rests on the sentence yet,
 *   (b) the sentence gives its actor (a quotation's known speaker, or its
 *       subject mention as the actors stage resolved it),
 *   (c) the sentence is in nuclear-weapon context (the signals stage's reading),
 *   (d) the classifier's probability for a type reaches the threshold.
 * Fields are honest defaults (SIGNALS.md §3): the type's base severity, the
 * signals stage's own target, date and sourcing rules, and a confidence well
 * under a cue signal's.
 *
 * NOT REGISTERED in the pipeline: cross-validation found no gain that survives
 * an honest choice of threshold (README.md has the figures and how to rerun).
 */
import { join } from 'node:path';
import type { Doc, Sentence, Signal, SignalType, Span } from '../../document/index.ts';
import { withMessage } from '../../document/index.ts';
import { DEFAULT_DATA_DIR, fold } from '../../lexicon/index.ts';
import type { Stage } from '../../pipeline/stage.ts';
import { ConfigError } from '../../pipeline/stage.ts';
import { BASE_SEVERITY, dateOf, narrativeYear, sourcingOf, targetOf } from '../signals/fields.ts';
import { loadAllSignalLexicons, type SignalLexicon } from '../signals/lexicons.ts';
import { classifierOf, loadModel, NONE, type Classifier, type FallbackModel } from './model.ts';
import { lexiconLang, sentenceViews, type SentenceActor } from './sentences.ts';

/** The shipped model, relative to the data directory. */
export const MODEL_FILE = 'models/signal-fallback.json';

/**
 * Default probability a type must reach: the best pooled threshold of leave-one-batch-out
 * cross-validation (README.md); nested cross-validation mostly chose higher ones.
 */
export const DEFAULT_THRESHOLD = 0.55;

/**
 * A fallback signal's confidence is the model's probability times this: a
 * guess from words alone is worth less than a cue the lexicons vouch for, and
 * kept under the relevance stage's bar (0.3) so that a fallback signal never
 * alone makes a document nuclear news.
 */
export const CONFIDENCE_SCALE = 0.25;

export interface SignalFallbackOptions {
  readonly dataDir?: string;
  /** A model file (default: `data/models/signal-fallback.json`). */
  readonly modelPath?: string;
  /** A model already in memory (training and tests); wins over `modelPath`. */
  readonly model?: FallbackModel;
  readonly threshold?: number;
}

export function createSignalFallback(options: SignalFallbackOptions = {}): Stage {
  const dataDir = options.dataDir ?? DEFAULT_DATA_DIR;
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  if (!(threshold > 0 && threshold <= 1)) throw new ConfigError(`signal-fallback threshold must be in (0, 1], got ${threshold}`);
  const classifier = classifierOf(options.model ?? loadModel(options.modelPath ?? join(dataDir, MODEL_FILE)));
  const lexicons = loadAllSignalLexicons(dataDir);
  return (doc: Doc): Doc => {
    // Cheap gate: the fallback only adds to what the cues found in a document about nuclear acts.
    if (doc.signals.length === 0) return doc;
    const lang = lexiconLang(doc.lang);
    if (!lang) return doc;
    const added = fallbackSignals(doc, lexicons.get(lang) as SignalLexicon, classifier, threshold);
    if (added.length === 0) return doc;
    const signals = [...doc.signals, ...added].sort((a, b) => (a.evidence[0]?.start ?? 0) - (b.evidence[0]?.start ?? 0));
    return withMessage({ ...doc, signals }, 'info', 'signal-fallback', `${added.length} signal(s) added by the learned fallback`);
  };
}

/** The best signal type of a sentence and its probability, or null when NONE wins. */
export function classify(classifier: Classifier, features: readonly string[]): { type: SignalType; probability: number } | null {
  const p = classifier.probabilities(features);
  let best = -1;
  for (let c = 0; c < p.length; c++) if (classifier.classes[c] !== NONE && (best < 0 || (p[c] as number) > (p[best] as number))) best = c;
  if (best < 0) return null;
  return { type: classifier.classes[best] as SignalType, probability: p[best] as number };
}

function fallbackSignals(doc: Doc, lex: SignalLexicon, classifier: Classifier, threshold: number): Signal[] {
  const folded = fold(doc.text);
  const views = sentenceViews(doc, lex);
  const actTimes = doc.times.filter((t) => t.governedBy === undefined);
  const narrative = narrativeYear(actTimes, doc.published);
  const out: Signal[] = [];
  for (const view of views) {
    if (view.covered || (view.context !== 'direct' && view.context !== 'inherited')) continue;
    const actor = view.actor();
    if (!actor) continue;
    const guess = classify(classifier, view.features());
    if (!guess || guess.probability < threshold) continue;
    out.push(signalOf(doc, folded, lex, view.sentence, actor, guess.type, guess.probability, actTimes, narrative));
  }
  return out;
}

function signalOf(
  doc: Doc,
  folded: string,
  lex: SignalLexicon,
  s: Sentence,
  att: SentenceActor,
  type: SignalType,
  probability: number,
  actTimes: Doc['times'],
  narrative: string | null,
): Signal {
  const within = (x: Span): boolean => x.start >= s.start && x.end <= s.end;
  const parties = [
    ...doc.mentions.filter((m) => within(m) && m.actor.country !== null).map((m) => ({ code: (m.actor.country as string).toUpperCase(), span: m })),
    ...lex.targets.matchAll(folded, s.start, s.end).map((m) => ({ code: m.value, span: { start: m.start, end: m.end } })),
  ].sort((a, b) => a.span.start - b.span.start);
  const sentenceTimes = actTimes.filter(within);
  const paragraphTimes = actTimes.filter((t) => t.end <= s.start && doc.sentences.some((o) => o.paragraph === s.paragraph && o.start <= t.start && o.end >= t.end));
  const { date } = dateOf({ sentenceTimes, paragraphTimes, cue: att.span, undatedPast: false, published: doc.published, narrativeYear: narrative });
  const person = att.quote !== null || (att.mention !== null && att.mention.via !== 'state' && att.mention.via !== 'organisation');
  const sourcing = sourcingOf({
    cues: lex.sourcing.matchAll(folded, s.start, s.end).map((m) => ({ value: m.value, start: m.start })),
    namedActor: person,
    mediaNamed: doc.mentions.some((m) => within(m) && m.actor.kind === 'media'),
    // A denial counts against the act only when someone other than the actor is named before it.
    deniedByOther: (position) => doc.mentions.some((m) => within(m) && m.end <= position && m.actor.name !== att.actor.name),
  });
  return {
    type,
    actor: att.actor,
    target: targetOf(type, att.actor, parties, att.span),
    date,
    severity: BASE_SEVERITY[type],
    modality: lex.modality.test(folded, s.start, s.end) ? 'private' : 'public',
    sourcing,
    quote: att.quote?.text ?? null,
    evidence: [{ start: s.start, end: s.end, text: s.text }],
    confidence: Math.round(probability * CONFIDENCE_SCALE * 1000) / 1000,
  };
}
