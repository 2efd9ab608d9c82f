/**
 * Leave-one-batch-out cross-validation of the fallback: for each batch of the
 * training sets (corpus.ts), a model trained on all the other batches is run
 * on that batch's documents (after the real signals stage), and Brink's own
 * signal scoring compares the result with the batch's gold, with and without
 * the fallback, at each threshold of THRESHOLDS.
 *
 *   node --import tsx src/stages/signal-fallback/cv.ts [--population context|uncovered]
 *        [--l2 1e-4] [--iterations 1000] [--learning-rate 0.5] [--min-count 2] [--threshold 0.5] [--nested]
 *
 * Prints per-threshold pooled figures, then the per-batch table at
 * `--threshold` (default: the pooled-best strict F1). With `--nested`, each
 * left-out batch is also run at the threshold an inner cross-validation on
 * the other batches alone chose (INNER_FOLDS groups): the honest figure,
 * since picking the pooled-best threshold looks at the left-out batches.
 */
import { parseArgs } from 'node:util';
import type { Signal } from '../../document/index.ts';
import { prf, scoreSignals, type MatchCounts } from '../../eval/index.ts';
import { corpusOptions, SHIPPED_SETTINGS, type TrainSettings } from './train.ts';
import { examplesOf, loadLabelledDocs, type LabelledDoc, type Population } from './corpus.ts';
import { CONFIDENCE_SCALE, createSignalFallback } from './index.ts';
import { trainModel } from './model.ts';

const THRESHOLDS = [0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7, 0.8, 0.9, 1];

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

interface Tally {
  strict: Counts;
  coarse: Counts;
  added: number;
  /** Fallback signals that are a strict match in the scoring's one-to-one pairing. */
  addedStrict: number;
}

function empty(): Tally {
  return { strict: { tp: 0, fp: 0, fn: 0 }, coarse: { tp: 0, fp: 0, fn: 0 }, added: 0, addedStrict: 0 };
}

function add(t: Tally, signals: readonly Signal[], added: ReadonlySet<Signal>, d: LabelledDoc): void {
  const gold = d.gold.signals ?? [];
  const s = scoreSignals(signals, gold);
  for (const k of ['tp', 'fp', 'fn'] as const) {
    t.strict[k] += s.strict[k];
    t.coarse[k] += s.coarse[k];
  }
  t.added += signals.filter((x) => added.has(x)).length;
  // Net effect on strict matches: the added signals' own contribution.
  const without = scoreSignals(signals.filter((x) => !added.has(x)), gold);
  t.addedStrict += s.strict.tp - without.strict.tp;
}

function fmt(c: MatchCounts): string {
  const r = prf(c);
  const f = (x: number | null): string => (x === null ? '  n/a' : x.toFixed(3));
  return `${f(r.precision)} ${f(r.recall)} ${f(r.f1)}`;
}

/** Tallies per threshold of a model trained on `train` and run on `test`. */
function evaluate(train: readonly LabelledDoc[], test: readonly LabelledDoc[], settings: TrainSettings): Map<number, Tally> {
  const model = trainModel(examplesOf(train, settings.population), corpusOptions(settings, train.length, 'cross-validation fold'));
  const stage = createSignalFallback({ model, threshold: Math.min(...THRESHOLDS) });
  const per = new Map<number, Tally>(THRESHOLDS.map((t) => [t, empty()]));
  for (const d of test) {
    const original = new Set(d.doc.signals);
    const out = stage(d.doc).signals;
    for (const t of THRESHOLDS) {
      // Confidence is probability × scale, rounded to 3 places: compare with half a unit of slack.
      const kept = out.filter((s) => original.has(s) || s.confidence >= t * CONFIDENCE_SCALE - 0.0005);
      add(per.get(t) as Tally, kept, new Set(kept.filter((s) => !original.has(s))), d);
    }
  }
  return per;
}

function pool(tallies: Iterable<Tally>): Tally {
  const out = empty();
  for (const t of tallies) {
    for (const k of ['tp', 'fp', 'fn'] as const) {
      out.strict[k] += t.strict[k];
      out.coarse[k] += t.coarse[k];
    }
    out.added += t.added;
    out.addedStrict += t.addedStrict;
  }
  return out;
}

/** Inner folds of nested cross-validation: the other batches dealt round-robin into this many groups. */
export const INNER_FOLDS = 4;

/** The threshold with the best pooled strict F1 over inner folds of `docs` (ties: the higher, adding less). */
function innerThreshold(docs: readonly LabelledDoc[], settings: TrainSettings): number {
  const batches = [...new Set(docs.map((d) => d.batch))].sort();
  const groups = Array.from({ length: INNER_FOLDS }, (_, g) => new Set(batches.filter((_, i) => i % INNER_FOLDS === g)));
  const tallies = groups.map((g) => evaluate(docs.filter((d) => !g.has(d.batch)), docs.filter((d) => g.has(d.batch)), settings));
  let best = THRESHOLDS[THRESHOLDS.length - 1] as number;
  let bestF1 = -1;
  for (const t of [...THRESHOLDS].reverse()) {
    const f1 = prf(pool(tallies.map((x) => x.get(t) as Tally)).strict).f1 ?? 0;
    if (f1 > bestF1) [best, bestF1] = [t, f1];
  }
  return best;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      population: { type: 'string', default: 'context' },
      'min-count': { type: 'string', default: String(SHIPPED_SETTINGS.minCount) },
      l2: { type: 'string', default: String(SHIPPED_SETTINGS.l2) },
      iterations: { type: 'string', default: String(SHIPPED_SETTINGS.iterations) },
      'learning-rate': { type: 'string', default: String(SHIPPED_SETTINGS.learningRate) },
      threshold: { type: 'string' },
      nested: { type: 'boolean', default: false },
    },
  });
  const settings: TrainSettings = {
    population: values.population as Population,
    minCount: Number(values['min-count']),
    l2: Number(values.l2),
    iterations: Number(values.iterations),
    learningRate: Number(values['learning-rate']),
  };
  const docs = await loadLabelledDocs();
  const batches = [...new Set(docs.map((d) => d.batch))].sort();
  const baseline = new Map<string, Tally>();
  const withFallback = new Map<string, Map<number, Tally>>();
  const chosen = new Map<string, number>();
  for (const batch of batches) {
    const train = docs.filter((d) => d.batch !== batch);
    const test = docs.filter((d) => d.batch === batch);
    const base = empty();
    for (const d of test) add(base, d.doc.signals, new Set(), d);
    baseline.set(batch, base);
    withFallback.set(batch, evaluate(train, test, settings));
    if (values.nested) chosen.set(batch, innerThreshold(train, settings));
  }
  const pooledBase = pool(baseline.values());
  console.log(`settings ${JSON.stringify(settings)}; ${docs.length} documents, ${batches.length} batches`);
  console.log('threshold  strict P R F1          coarse P R F1          added  +strict');
  console.log(`baseline   ${fmt(pooledBase.strict)}    ${fmt(pooledBase.coarse)}`);
  let best = THRESHOLDS[0] as number;
  let bestF1 = -1;
  for (const t of THRESHOLDS) {
    const p = pool(batches.map((b) => withFallback.get(b)?.get(t) as Tally));
    const f1 = prf(p.strict).f1 ?? 0;
    if (f1 > bestF1) [best, bestF1] = [t, f1];
    console.log(`${t.toFixed(3).padEnd(10)} ${fmt(p.strict)}    ${fmt(p.coarse)}    ${String(p.added).padStart(5)}  ${String(p.addedStrict).padStart(5)}`);
  }
  if (values.nested) {
    const p = pool(batches.map((b) => withFallback.get(b)?.get(chosen.get(b) as number) as Tally));
    console.log(`nested     ${fmt(p.strict)}    ${fmt(p.coarse)}    ${String(p.added).padStart(5)}  ${String(p.addedStrict).padStart(5)}   (each batch at the threshold its own inner CV chose)`);
  }
  const shown = values.threshold !== undefined ? Number(values.threshold) : best;
  const label = values.nested ? 'the threshold chosen by inner CV (in brackets)' : `threshold ${shown}`;
  console.log(`\nper batch at ${label}: without | with fallback (strict P R F1, coarse F1), added, +strict`);
  for (const b of batches) {
    const base = baseline.get(b) as Tally;
    const t = values.nested ? (chosen.get(b) as number) : shown;
    const w = withFallback.get(b)?.get(t) as Tally;
    console.log(
      `${b.padEnd(10)} ${fmt(base.strict)} ${(prf(base.coarse).f1 ?? 0).toFixed(3)} | ${fmt(w.strict)} ${(prf(w.coarse).f1 ?? 0).toFixed(3)}  ${w.added} ${w.addedStrict}${values.nested ? ` [${t}]` : ''}`,
    );
  }
}

await main();
