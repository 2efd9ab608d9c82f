/**
 * Training the signal model's two heads (model.ts) by logistic regression
 * with L2, fitted by stochastic gradient descent in a fixed pseudo-random
 * order: the same examples give the same weights, and the same file bytes.
 */
import { SIGNAL_TYPES, type SignalType } from '../../../document/index.ts';
import { sentenceFeatures } from './features.ts';
import { sigmoid, softmax, type ModelFile } from './model.ts';

export interface TypeExample {
  readonly sentence: string;
  readonly type: SignalType;
}

export interface DetectExample {
  readonly sentence: string;
  readonly signal: boolean;
}

export interface TrainOptions {
  /** A feature seen in fewer examples than this is dropped: it cannot generalise and it bloats the file. */
  readonly minCount?: number;
  readonly epochs?: number;
  readonly rate?: number;
  /** L2 strength per example step. */
  readonly l2?: number;
  /** Words for the file's `about` line (what it was trained on). */
  readonly about?: string;
}

/** Twice or more: a word of one sentence only is that sentence, not the language. */
export const MIN_FEATURE_COUNT = 3;
/** Passes over the examples: enough for the loss to settle on a few thousand sentences. */
export const EPOCHS = 12;
export const LEARNING_RATE = 0.2;
/** Keeps weights of rare features small, so that no one word decides alone. */
export const L2 = 1e-4;
/** Weights are written with this many decimals: enough for the scores, and the file stays small. */
const DECIMALS = 3;
/** A feature whose weights all round below this is left out of the file. */
const KEEP_WEIGHT = 0.005;

/** A 32-bit linear congruential generator: the example order depends on the seed only. */
function shuffled(n: number, seed: number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  let s = seed >>> 0;
  for (let i = n - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

interface Encoded {
  readonly names: readonly string[];
  readonly rows: readonly Int32Array[];
}

/** Features of each sentence as indexes into a sorted vocabulary of the features seen often enough. */
function encode(sentences: readonly string[], minCount: number): Encoded {
  const feats = sentences.map(sentenceFeatures);
  const count = new Map<string, number>();
  for (const fs of feats) for (const f of fs) count.set(f, (count.get(f) ?? 0) + 1);
  const names = [...count].filter(([, n]) => n >= minCount).map(([f]) => f).sort();
  const index = new Map(names.map((f, i) => [f, i]));
  const rows = feats.map((fs) => Int32Array.from(fs.map((f) => index.get(f) ?? -1).filter((i) => i >= 0)));
  return { names, rows };
}

function round(x: number): number {
  const r = Math.round(x * 10 ** DECIMALS) / 10 ** DECIMALS;
  return r === 0 ? 0 : r; // no -0 in the file
}

/** Softmax regression over the types present in the examples (all eleven are kept as classes). */
function trainType(examples: readonly TypeExample[], o: Required<Omit<TrainOptions, 'about'>>): ModelFile['type'] {
  const k = SIGNAL_TYPES.length;
  const { names, rows } = encode(examples.map((e) => e.sentence), o.minCount);
  const labels = examples.map((e) => SIGNAL_TYPES.indexOf(e.type));
  const w = new Float64Array(names.length * k);
  const b = new Float64Array(k);
  const z = new Float64Array(k);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    const rate = o.rate / (1 + epoch);
    for (const i of shuffled(rows.length, 7919 + epoch)) {
      const row = rows[i]!;
      z.set(b);
      for (const f of row) for (let c = 0; c < k; c++) z[c]! += w[f * k + c]!;
      const p = softmax(z);
      for (let c = 0; c < k; c++) {
        const g = p[c]! - (c === labels[i] ? 1 : 0);
        b[c]! -= rate * g;
        for (const f of row) w[f * k + c]! -= rate * (g + o.l2 * w[f * k + c]!);
      }
    }
  }
  const weights: Record<string, number[]> = {};
  names.forEach((name, f) => {
    const ws = Array.from(w.subarray(f * k, f * k + k), round);
    if (ws.some((x) => Math.abs(x) >= KEEP_WEIGHT)) weights[name] = ws;
  });
  return { bias: Array.from(b, round), weights };
}

/** Binary logistic regression: does the sentence state a signal. */
function trainDetect(examples: readonly DetectExample[], o: Required<Omit<TrainOptions, 'about'>>): ModelFile['detect'] {
  const { names, rows } = encode(examples.map((e) => e.sentence), o.minCount);
  const w = new Float64Array(names.length);
  let b = 0;
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    const rate = o.rate / (1 + epoch);
    for (const i of shuffled(rows.length, 104729 + epoch)) {
      const row = rows[i]!;
      let z = b;
      for (const f of row) z += w[f]!;
      const g = sigmoid(z) - (examples[i]!.signal ? 1 : 0);
      b -= rate * g;
      for (const f of row) w[f]! -= rate * (g + o.l2 * w[f]!);
    }
  }
  const weights: Record<string, number> = {};
  names.forEach((name, f) => {
    const x = round(w[f]!);
    if (Math.abs(x) >= KEEP_WEIGHT) weights[name] = x;
  });
  return { bias: round(b), weights };
}

/** Trains both heads; the result is what `data/models/signals.json` holds. */
export function trainModel(types: readonly TypeExample[], detect: readonly DetectExample[], options: TrainOptions = {}): ModelFile {
  const o = {
    minCount: options.minCount ?? MIN_FEATURE_COUNT,
    epochs: options.epochs ?? EPOCHS,
    rate: options.rate ?? LEARNING_RATE,
    l2: options.l2 ?? L2,
  };
  return {
    about:
      options.about ??
      'Brink signal model: TYPE (softmax) and DETECTION (logistic) heads over sentence features (features.ts), trained by src/stages/signals/model/train.ts',
    classes: [...SIGNAL_TYPES],
    examples: SIGNAL_TYPES.map((t) => types.filter((e) => e.type === t).length),
    type: trainType(types, o),
    detect: trainDetect(detect, o),
  };
}

/** The model file's text: one feature per line so that diffs between trainings read. */
export function serializeModel(model: ModelFile): string {
  const lines = [
    '{',
    `"about": ${JSON.stringify(model.about)},`,
    `"classes": ${JSON.stringify(model.classes)},`,
    `"examples": ${JSON.stringify(model.examples)},`,
    `"type": {"bias": ${JSON.stringify(model.type.bias)}, "weights": {`,
    Object.entries(model.type.weights)
      .map(([f, w]) => `${JSON.stringify(f)}: ${JSON.stringify(w)}`)
      .join(',\n'),
    '}},',
    `"detect": {"bias": ${JSON.stringify(model.detect.bias)}, "weights": {`,
    Object.entries(model.detect.weights)
      .map(([f, w]) => `${JSON.stringify(f)}: ${JSON.stringify(w)}`)
      .join(',\n'),
    '}}',
    '}',
  ];
  return lines.join('\n') + '\n';
}
