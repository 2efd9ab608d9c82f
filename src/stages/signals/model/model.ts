/**
 * The learned signal model (trained by train.ts from our own gold, stored in
 * `data/models/signals.json`): two linear heads over a sentence's features
 * (features.ts). TYPE gives, for a sentence that states a signal, a
 * probability for each of the eleven types (softmax); DETECTION gives the
 * probability that a sentence states a signal at all (logistic). Scoring is
 * one map lookup per feature.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SIGNAL_TYPES, type SignalType } from '../../../document/index.ts';
import { sentenceFeatures } from './features.ts';

/** The model file as train.ts writes it. */
export interface ModelFile {
  readonly about: string;
  readonly classes: readonly string[];
  /** Per class, the TYPE head's training sentences of that type: how much the head knows of each. */
  readonly examples: readonly number[];
  /** Per feature, one weight per class (TYPE head); `bias` per class. */
  readonly type: { readonly bias: readonly number[]; readonly weights: Readonly<Record<string, readonly number[]>> };
  /** Per feature, one weight (DETECTION head). */
  readonly detect: { readonly bias: number; readonly weights: Readonly<Record<string, number>> };
}

export interface TypeScores {
  /** Types by falling probability. */
  readonly ranked: readonly { readonly type: SignalType; readonly p: number }[];
}

export interface SignalModel {
  /** Probability of each type for a sentence stating a signal, best first. */
  typeOf(sentence: string): TypeScores;
  /** Probability that the sentence states a signal. */
  detect(sentence: string): number;
  /** How many training sentences of this type the TYPE head was fitted on. */
  examplesOf(type: SignalType): number;
}

export const DEFAULT_MODEL_PATH = fileURLToPath(new URL('../../../../data/models/signals.json', import.meta.url));

export class ModelError extends Error {
  override readonly name = 'ModelError';
}

function isSignalType(s: string): s is SignalType {
  return (SIGNAL_TYPES as readonly string[]).includes(s);
}

/** Builds the scorer from a parsed model file; throws ModelError when its shape is wrong. */
export function modelFrom(file: ModelFile): SignalModel {
  const classes = file.classes;
  if (!Array.isArray(classes) || classes.length === 0 || !classes.every((c) => typeof c === 'string' && isSignalType(c))) {
    throw new ModelError('model classes must be signal types');
  }
  const k = classes.length;
  const examples = file.examples;
  if (!Array.isArray(examples) || examples.length !== k || !examples.every((n) => Number.isInteger(n) && n >= 0)) {
    throw new ModelError(`model examples must be ${k} counts, one per class`);
  }
  const bias = Float64Array.from(file.type?.bias ?? []);
  if (bias.length !== k) throw new ModelError(`type bias has ${bias.length} values for ${k} classes`);
  const typeWeights = new Map<string, Float64Array>();
  for (const [f, w] of Object.entries(file.type.weights ?? {})) {
    if (!Array.isArray(w) || w.length !== k) throw new ModelError(`type weights of '${f}' have ${String(w?.length)} values for ${k} classes`);
    typeWeights.set(f, Float64Array.from(w));
  }
  const detectWeights = new Map<string, number>(Object.entries(file.detect?.weights ?? {}));
  const detectBias = file.detect?.bias ?? 0;
  const types = classes as readonly SignalType[];
  return {
    typeOf(sentence) {
      const z = Float64Array.from(bias);
      for (const f of sentenceFeatures(sentence)) {
        const w = typeWeights.get(f);
        if (w) for (let c = 0; c < k; c++) z[c]! += w[c]!;
      }
      const probs = softmax(z);
      const ranked = types.map((type, c) => ({ type, p: probs[c]! }));
      ranked.sort((a, b) => b.p - a.p || types.indexOf(a.type) - types.indexOf(b.type));
      return { ranked };
    },
    detect(sentence) {
      let z = detectBias;
      for (const f of sentenceFeatures(sentence)) z += detectWeights.get(f) ?? 0;
      return sigmoid(z);
    },
    examplesOf(type) {
      const c = types.indexOf(type);
      return c < 0 ? 0 : Number(examples[c]);
    },
  };
}

/** The logistic function: the detection head's probability, in scoring and in training alike. */
export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** Probabilities from the type head's scores, in scoring and in training alike. */
export function softmax(z: Float64Array): Float64Array {
  let max = -Infinity;
  for (const v of z) if (v > max) max = v;
  const out = new Float64Array(z.length);
  let sum = 0;
  for (let i = 0; i < z.length; i++) sum += out[i] = Math.exp(z[i]! - max);
  for (let i = 0; i < z.length; i++) out[i]! /= sum;
  return out;
}

/** Reads and builds the model from a file (the shipped one by default). */
export function loadModel(path: string = DEFAULT_MODEL_PATH): SignalModel {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ModelError(`cannot read the signal model ${path}: ${(error as Error).message}`);
  }
  return modelFrom(json as ModelFile);
}
