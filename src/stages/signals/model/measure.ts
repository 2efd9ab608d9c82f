/**
 * Offline measure of the signal model against the current pipeline, on
 * honest splits only (a document is never scored by a model trained on it):
 * (1) train on dev docs + seeds, test on holdout 1–5; (2) five folds by
 * document over every training set. Prints TYPE accuracy (model, pipeline,
 * combinations) on gold signal sentences and DETECTION precision/recall on
 * sentences where the pipeline predicts nothing.
 *
 *   node --import tsx src/stages/signals/model/measure.ts [--cache file.json]
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createPipeline } from '../../../pipeline/index.ts';
import type { SignalType } from '../../../document/index.ts';
import { loadLabelled, trainingSets, type LabelledDoc } from './dataset.ts';
import { detectExamples, typeExamples } from './examples.ts';
import { modelFrom, type SignalModel } from './model.ts';
import { trainModel } from './train.ts';

const args = process.argv.slice(2);
const cacheAt = args.indexOf('--cache');
const cache = cacheAt >= 0 ? args[cacheAt + 1] : undefined;

async function labelled(): Promise<LabelledDoc[]> {
  if (cache && existsSync(cache)) return JSON.parse(readFileSync(cache, 'utf8')) as LabelledDoc[];
  const docs = await loadLabelled(trainingSets(process.cwd()), createPipeline({ signals: { model: null } }));
  if (cache) writeFileSync(cache, JSON.stringify(docs));
  return docs;
}

function train(docs: readonly LabelledDoc[]): SignalModel {
  const env = (k: string): number | undefined => (process.env[k] ? Number(process.env[k]) : undefined);
  const o = { minCount: env('H_MIN'), epochs: env('H_EPOCHS'), rate: env('H_RATE'), l2: env('H_L2') };
  return modelFrom(trainModel(typeExamples(docs), detectExamples(docs), Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined))));
}

const pct = (a: number, b: number): string => (b === 0 ? '  -  ' : ((100 * a) / b).toFixed(1).padStart(5));

/** Margins at which the model's top type replaces the pipeline's types. */
const RETYPE_AT = [0.5, 0.6, 0.7, 0.8, 0.9];
const DETECT_AT = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];
const PRUNE_AT = [0.01, 0.02, 0.05, 0.1];
const VETO_AT = [0.05, 0.1, 0.2, 0.3];

interface Tally {
  gold: number; // required gold signals on a sentence
  model: number; // model top-1 right
  top2: number;
  withPred: number; // pipeline predicted something on the sentence
  pipeRight: number;
  modelOnPred: number; // model top-1 right on those
  retype: number[]; // right after re-typing at RETYPE_AT, over withPred
  retypeWrongExtra: number[]; // predicted types not in gold after re-typing
  pipeWrongExtra: number;
  onlyWhenWrong: number[]; // re-type only when the model's top is not among predicted and p >= t
  detect: { tp: number; fp: number; typed: number }[];
  detectPos: number; // required-gold sentences with no prediction
  /** Pipeline types dropped when the model gives them p < PRUNE_AT[i]: [right ones lost, wrong ones removed]. */
  prune: [number, number][];
  /** Pipeline predictions dropped on sentences whose detection p < VETO_AT[i]: [right lost, wrong removed]. */
  veto: [number, number][];
}

function tally(): Tally {
  return {
    gold: 0, model: 0, top2: 0, withPred: 0, pipeRight: 0, modelOnPred: 0,
    retype: RETYPE_AT.map(() => 0), retypeWrongExtra: RETYPE_AT.map(() => 0), pipeWrongExtra: 0,
    onlyWhenWrong: RETYPE_AT.map(() => 0),
    detect: DETECT_AT.map(() => ({ tp: 0, fp: 0, typed: 0 })), detectPos: 0,
    prune: PRUNE_AT.map(() => [0, 0]), veto: VETO_AT.map(() => [0, 0]),
  };
}

function score(model: SignalModel, docs: readonly LabelledDoc[], t: Tally): void {
  for (const d of docs)
    for (const s of d.sentences) {
      const required = [...new Set(s.gold.filter((g) => !g.optional).map((g) => g.type))];
      const anyGold = new Set(s.gold.map((g) => g.type));
      const pred = s.predicted;
      if (required.length > 0) {
        const { ranked } = model.typeOf(s.text);
        const top = ranked[0]!;
        for (const g of required) {
          t.gold++;
          if (top.type === g) t.model++;
          if (ranked.slice(0, 2).some((r) => r.type === g)) t.top2++;
          if (pred.length > 0) {
            t.withPred++;
            if (pred.includes(g)) t.pipeRight++;
            if (top.type === g) t.modelOnPred++;
            RETYPE_AT.forEach((th, i) => {
              const final: readonly SignalType[] = top.p >= th ? [top.type] : pred;
              if (final.includes(g)) t.retype[i]!++;
              const fix: readonly SignalType[] = top.p >= th && !pred.includes(top.type) ? [top.type] : pred;
              if (fix.includes(g)) t.onlyWhenWrong[i]!++;
            });
          }
        }
      }
      if (pred.length > 0) {
        t.pipeWrongExtra += pred.filter((p) => !anyGold.has(p)).length;
        const { ranked } = model.typeOf(s.text);
        const top = ranked[0]!;
        RETYPE_AT.forEach((th, i) => {
          const final: readonly SignalType[] = top.p >= th ? [top.type] : pred;
          t.retypeWrongExtra[i]! += final.filter((p) => !anyGold.has(p)).length;
        });
        PRUNE_AT.forEach((th, i) => {
          for (const p of pred) {
            const pp = ranked.find((r) => r.type === p)!.p;
            if (pp < th) t.prune[i]![anyGold.has(p) ? 0 : 1]++;
          }
        });
        const dp = model.detect(s.text);
        VETO_AT.forEach((th, i) => {
          if (dp < th) for (const p of pred) t.veto[i]![anyGold.has(p) ? 0 : 1]++;
        });
      } else {
        if (s.gold.length > 0 && required.length === 0) continue; // optional only: either way
        const positive = required.length > 0;
        if (positive) t.detectPos++;
        const p = model.detect(s.text);
        const top = model.typeOf(s.text).ranked[0]!.type;
        DETECT_AT.forEach((th, i) => {
          if (p < th) return;
          if (positive) {
            t.detect[i]!.tp++;
            if (required.includes(top)) t.detect[i]!.typed++;
          } else t.detect[i]!.fp++;
        });
      }
    }
}

function print(name: string, t: Tally): void {
  console.log(`\n== ${name}`);
  console.log(`TYPE over ${t.gold} required gold signals: model top-1 ${pct(t.model, t.gold)}%  top-2 ${pct(t.top2, t.gold)}%`);
  console.log(
    `  on the ${t.withPred} where the pipeline predicted a signal on the sentence: pipeline type right ${pct(t.pipeRight, t.withPred)}%, model ${pct(t.modelOnPred, t.withPred)}%; pipeline types not in gold: ${t.pipeWrongExtra}`,
  );
  RETYPE_AT.forEach((th, i) =>
    console.log(
      `  model replaces pipeline types when p>=${th}: right ${pct(t.retype[i]!, t.withPred)}% (wrong types left ${t.retypeWrongExtra[i]});  only when top not proposed: right ${pct(t.onlyWhenWrong[i]!, t.withPred)}%`,
    ),
  );
  PRUNE_AT.forEach((th, i) => console.log(`  drop a pipeline type the model gives p<${th}: right lost ${t.prune[i]![0]}, wrong removed ${t.prune[i]![1]}`));
  VETO_AT.forEach((th, i) => console.log(`  drop pipeline signals on a sentence with detection p<${th}: right lost ${t.veto[i]![0]}, wrong removed ${t.veto[i]![1]}`));
  console.log(`DETECTION on sentences with no pipeline prediction (${t.detectPos} carry a required gold signal):`);
  DETECT_AT.forEach((th, i) => {
    const c = t.detect[i]!;
    console.log(`  p>=${th}: tp ${c.tp} fp ${c.fp}  precision ${pct(c.tp, c.tp + c.fp)}%  recall ${pct(c.tp, t.detectPos)}%  (type also right ${c.typed})`);
  });
}

const docs = await labelled();
const isDev = (d: LabelledDoc): boolean => d.set === 'dev' || d.set === 'seeds';

// (1) dev + seeds → each holdout.
const devModel = train(docs.filter(isDev));
const all = tally();
for (const h of ['holdout', 'holdout-2', 'holdout-3', 'holdout-4', 'holdout-5']) {
  const t = tally();
  score(devModel, docs.filter((d) => d.set === h), t);
  score(devModel, docs.filter((d) => d.set === h), all);
  if (args.includes('--per-set')) print(`train dev+seeds, test ${h}`, t);
}
print('train dev+seeds, test holdout 1-5', all);

// (1b) holdout 1-5 → dev (the reverse).
const rev = tally();
score(train(docs.filter((d) => !isDev(d))), docs.filter(isDev), rev);
print('train holdout 1-5, test dev+seeds', rev);

// (2) five folds by document over everything.
const folds = tally();
const K = 5;
for (let k = 0; k < K; k++) {
  const test = docs.filter((_, i) => i % K === k);
  score(train(docs.filter((_, i) => i % K !== k)), test, folds);
}
print(`${K}-fold by document, all sets`, folds);
