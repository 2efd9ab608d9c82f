/**
 * Trains the shipped fallback model from every training set (corpus.ts) and
 * writes it to data/models/signal-fallback.json:
 *
 *   node --import tsx src/stages/signal-fallback/train.ts [--out path]
 *
 * The settings are those cross-validation (cv.ts) chose; the same data gives
 * the same file, byte for byte.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_DATA_DIR } from '../../lexicon/index.ts';
import { examplesOf, loadLabelledDocs, TRAINING_SETS, type Population } from './corpus.ts';
import { MODEL_FILE } from './index.ts';
import { trainModel, type FallbackModel, type TrainOptions } from './model.ts';

export interface TrainSettings {
  readonly population: Population;
  readonly minCount: number;
  readonly l2: number;
  readonly iterations: number;
  readonly learningRate: number;
}

/** The settings the shipped model is trained with (chosen by cv.ts; see README.md). */
export const SHIPPED_SETTINGS: TrainSettings = { population: 'context', minCount: 2, l2: 1e-4, iterations: 1000, learningRate: 0.5 };

export function corpusOptions(settings: TrainSettings, documents: number, what: string): TrainOptions {
  return {
    minCount: settings.minCount,
    l2: settings.l2,
    iterations: settings.iterations,
    learningRate: settings.learningRate,
    documents,
    sources: TRAINING_SETS.map((s) => s.gold),
    comment:
      `Brink signal fallback (${what}): multinomial logistic regression over folded word unigrams, bigrams and six sentence flags, ` +
      `trained on the sentences in nuclear-weapon context (population "${settings.population}") of the gold-annotated ` +
      'development documents; a sentence stating a gold signal is labelled with its type(s), every other one NONE. ' +
      'Made by src/stages/signal-fallback/train.ts; see that folder\'s README.md.',
  };
}

/** The model file's text: stable key order, one feature per line so that a diff between two trainings reads. */
export function serialise(model: FallbackModel): string {
  const { weights, ...head } = model;
  const lines = Object.keys(weights)
    .sort()
    .map((f) => `    ${JSON.stringify(f)}: ${JSON.stringify(weights[f])}`);
  const top = JSON.stringify(head, null, 2).replace(/\n}$/, '');
  return `${top},\n  "weights": {\n${lines.join(',\n')}\n  }\n}\n`;
}

export async function trainShipped(settings: TrainSettings = SHIPPED_SETTINGS): Promise<FallbackModel> {
  const docs = await loadLabelledDocs();
  return trainModel(examplesOf(docs, settings.population), corpusOptions(settings, docs.length, 'shipped model'));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: { out: { type: 'string', default: join(DEFAULT_DATA_DIR, MODEL_FILE) } } });
  const model = await trainShipped();
  const text = serialise(model);
  writeFileSync(values.out, text);
  console.log(`${values.out}: ${model.training.sentences} sentences of ${model.training.documents} documents, ${Object.keys(model.weights).length} features, ${text.length} bytes`);
}
