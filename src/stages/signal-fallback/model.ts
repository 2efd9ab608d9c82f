/**
 * The fallback's classifier: multinomial logistic regression (softmax) over a
 * sentence's features (features.ts), one class per signal type plus `NONE`,
 * with an L2 penalty, fitted by full-batch gradient descent from zero weights
 * (so the same data gives the same model). Chosen over naive Bayes, which
 * cross-validation found far too sure of itself on a few hundred sentences
 * whose words and bigrams overlap: its probabilities near 1 held a type right
 * one time in ten; logistic regression's stay honest enough to threshold.
 *
 * The model file is JSON: a header saying how and from what it was trained,
 * the classes, a bias per class, and the kept features with a weight per
 * class.
 */
import { readFileSync } from 'node:fs';
import { SIGNAL_TYPES, type SignalType } from '../../document/index.ts';
import { ConfigError } from '../../pipeline/stage.ts';

export const MODEL_FORMAT = 'brink-signal-fallback/2';
export const NONE = 'NONE';
export type ModelClass = SignalType | typeof NONE;

export interface TrainingHeader {
  /** What the model is and how it was made, for a reader of the file. */
  readonly comment: string;
  /** Where the labelled sentences came from (gold directories). */
  readonly sources: readonly string[];
  readonly documents: number;
  readonly sentences: number;
  /** A feature is kept only when at least this many training sentences have it. */
  readonly minCount: number;
  /** L2 penalty on the weights. */
  readonly l2: number;
  /** Gradient-descent steps and their size. */
  readonly iterations: number;
  readonly learningRate: number;
}

export interface FallbackModel {
  readonly format: typeof MODEL_FORMAT;
  readonly training: TrainingHeader;
  readonly classes: readonly ModelClass[];
  readonly bias: readonly number[];
  /** Kept feature → weight per class (same order as `classes`). */
  readonly weights: Readonly<Record<string, readonly number[]>>;
}

export interface Example {
  readonly features: readonly string[];
  /** Gold signal types of the sentence; empty for a sentence that states no signal (class NONE). */
  readonly labels: readonly SignalType[];
}

export type TrainOptions = Omit<TrainingHeader, 'sentences'>;

/** Weights are written with this many decimals: finer digits change no probability that matters, and cost bytes. */
export const WEIGHT_DECIMALS = 4;
/** A feature whose weights all round to under this does nothing and is left out of the file. */
export const MIN_WEIGHT = 1e-3;

function round(x: number): number {
  const r = Math.round(x * 10 ** WEIGHT_DECIMALS) / 10 ** WEIGHT_DECIMALS;
  return Object.is(r, -0) ? 0 : r;
}

function softmaxInPlace(s: Float64Array): void {
  let max = -Infinity;
  for (const x of s) if (x > max) max = x;
  let sum = 0;
  for (let c = 0; c < s.length; c++) sum += s[c] = Math.exp((s[c] as number) - max);
  for (let c = 0; c < s.length; c++) s[c] = (s[c] as number) / sum;
}

/**
 * Fits the model. A sentence stating signals of two types has its target
 * shared between them. Deterministic: features are indexed in sorted order
 * and every sum runs over the examples in a canonical order.
 */
export function trainModel(given: readonly Example[], options: TrainOptions): FallbackModel {
  // Sums of floats depend on their order: the examples are put in one canonical order first, so
  // that the same sentences read in another order give the same model.
  const examples = given
    .map((ex) => ({ ex, key: JSON.stringify([[...new Set(ex.labels)].sort(), [...new Set(ex.features)].sort()]) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((x) => x.ex);
  const classes: ModelClass[] = [NONE, ...SIGNAL_TYPES];
  const k = classes.length;
  const documentFrequency = new Map<string, number>();
  for (const ex of examples) for (const f of new Set(ex.features)) documentFrequency.set(f, (documentFrequency.get(f) ?? 0) + 1);
  const vocabulary = [...documentFrequency.entries()]
    .filter(([, n]) => n >= options.minCount)
    .map(([f]) => f)
    .sort();
  const index = new Map(vocabulary.map((f, i) => [f, i]));
  const rows = examples.map((ex) => [...new Set(ex.features)].flatMap((f) => (index.has(f) ? [index.get(f) as number] : [])));
  const targets = examples.map((ex) => {
    const labels: ModelClass[] = ex.labels.length > 0 ? [...new Set(ex.labels)] : [NONE];
    const y = new Float64Array(k);
    for (const l of labels) y[classes.indexOf(l)] = 1 / labels.length;
    return y;
  });
  const w = new Float64Array(vocabulary.length * k);
  const b = new Float64Array(k);
  const gw = new Float64Array(w.length);
  const gb = new Float64Array(k);
  const s = new Float64Array(k);
  const n = Math.max(1, examples.length);
  for (let step = 0; step < options.iterations; step++) {
    gw.fill(0);
    gb.fill(0);
    rows.forEach((row, e) => {
      s.set(b);
      for (const i of row) for (let c = 0; c < k; c++) s[c] = (s[c] as number) + (w[i * k + c] as number);
      softmaxInPlace(s);
      const y = targets[e] as Float64Array;
      for (let c = 0; c < k; c++) {
        const g = (s[c] as number) - (y[c] as number);
        gb[c] = (gb[c] as number) + g;
        for (const i of row) gw[i * k + c] = (gw[i * k + c] as number) + g;
      }
    });
    for (let j = 0; j < w.length; j++) w[j] = (w[j] as number) - options.learningRate * ((gw[j] as number) / n + options.l2 * (w[j] as number));
    for (let c = 0; c < k; c++) b[c] = (b[c] as number) - (options.learningRate * (gb[c] as number)) / n;
  }
  const weights: Record<string, number[]> = {};
  vocabulary.forEach((f, i) => {
    const row = Array.from(w.subarray(i * k, (i + 1) * k), round);
    if (row.some((x) => Math.abs(x) >= MIN_WEIGHT)) weights[f] = row;
  });
  return {
    format: MODEL_FORMAT,
    training: { ...options, sentences: examples.length },
    classes,
    bias: Array.from(b, round),
    weights,
  };
}

/** A model ready to score. */
export interface Classifier {
  readonly classes: readonly ModelClass[];
  /** Posterior probability of each class for a sentence's features. */
  probabilities(features: readonly string[]): number[];
}

export function classifierOf(model: FallbackModel): Classifier {
  const k = model.classes.length;
  const weights = new Map<string, Float64Array>(Object.entries(model.weights).map(([f, row]) => [f, Float64Array.from(row)]));
  return {
    classes: model.classes,
    probabilities(features) {
      const s = Float64Array.from(model.bias);
      for (const f of features) {
        const row = weights.get(f);
        if (!row) continue;
        for (let c = 0; c < k; c++) s[c] = (s[c] as number) + (row[c] as number);
      }
      softmaxInPlace(s);
      return Array.from(s);
    },
  };
}

/** A model file that cannot be used: the message names the file and what is wrong. */
export class ModelError extends ConfigError {}

function isRow(value: unknown, length: number): value is number[] {
  return Array.isArray(value) && value.length === length && value.every((n) => typeof n === 'number' && Number.isFinite(n));
}

/** Checks a parsed model; `name` is the file it came from, for the message. */
export function parseModel(value: unknown, name: string): FallbackModel {
  const fail = (what: string): never => {
    throw new ModelError(`${name}: not a signal-fallback model: ${what} (retrain it with src/stages/signal-fallback/train.ts)`);
  };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail('the file is not a JSON object');
  const m = value as Record<string, unknown>;
  if (m['format'] !== MODEL_FORMAT) fail(`"format" is ${JSON.stringify(m['format'])}, expected "${MODEL_FORMAT}"`);
  const classes = m['classes'];
  const known = new Set<string>([NONE, ...SIGNAL_TYPES]);
  if (!Array.isArray(classes) || classes.length < 2 || !classes.every((c) => typeof c === 'string' && known.has(c))) {
    fail('"classes" must list NONE and signal types');
  }
  const k = (classes as unknown[]).length;
  if (!isRow(m['bias'], k)) fail(`"bias" must be ${k} numbers, one per class`);
  const training = m['training'];
  if (typeof training !== 'object' || training === null || Array.isArray(training)) fail('the "training" header is missing');
  const weights = m['weights'];
  if (typeof weights !== 'object' || weights === null || Array.isArray(weights)) return fail('"weights" must be an object');
  for (const [f, row] of Object.entries(weights)) if (!isRow(row, k)) fail(`feature ${JSON.stringify(f)} must have ${k} weights`);
  return value as FallbackModel;
}

/** Reads and checks a model file; every failure is a `ModelError` naming the file. */
export function loadModel(path: string): FallbackModel {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ModelError(`${path}: cannot read the signal-fallback model: ${(error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ModelError(`${path}: the signal-fallback model is not valid JSON: ${(error as Error).message}`);
  }
  return parseModel(json, path);
}
