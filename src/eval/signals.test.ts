import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { GoldSignal } from './gold.ts';
import { scoreSignals, type PredictedSignal } from './signals.ts';

const gold = (over: Partial<GoldSignal>): GoldSignal => ({
  type: 'THREAT',
  actor: 'Dmitry Medvedev',
  country: 'RU',
  target: 'UA',
  date: ['2022-09-22'],
  severity: 4,
  modality: 'public',
  sourcing: 'on_record',
  evidence: 'la Russie est en mesure d’utiliser toute arme russe, y compris les armes nucléaires stratégiques',
  optional: false,
  ...over,
});

const pred = (over: Partial<Omit<PredictedSignal, 'actor' | 'evidence'>> & { name?: string; country?: string | null; evidence?: string }): PredictedSignal => ({
  type: over.type ?? 'THREAT',
  actor: { name: over.name ?? 'Dmitry Medvedev', country: over.country === undefined ? 'RU' : over.country },
  date: over.date === undefined ? '2022-09-22' : over.date,
  severity: over.severity ?? 4,
  modality: over.modality ?? 'public',
  sourcing: over.sourcing ?? 'on_record',
  evidence: [{ text: over.evidence ?? 'toute arme russe, y compris les armes nucléaires stratégiques' }],
});

test('scoreSignals: strict needs type and actor name, coarse type and country', () => {
  const g = [gold({})];
  const rows: [string, PredictedSignal[], [number, number, number], [number, number, number]][] = [
    ['exact', [pred({})], [1, 0, 0], [1, 0, 0]],
    ['surname only', [pred({ name: 'Medvedev' })], [1, 0, 0], [1, 0, 0]],
    ['other person, same country', [pred({ name: 'Vladimir Putin' })], [0, 1, 1], [1, 0, 0]],
    ['same name, wrong country', [pred({ country: 'UA' })], [1, 0, 0], [0, 1, 1]],
    ['wrong type', [pred({ type: 'WARNING' })], [0, 1, 1], [0, 1, 1]],
    ['no evidence overlap still matches', [pred({ evidence: 'unrelated words' })], [1, 0, 0], [1, 0, 0]],
    ['nothing predicted', [], [0, 0, 1], [0, 0, 1]],
  ];
  for (const [name, p, strict, coarse] of rows) {
    const c = scoreSignals(p, g);
    assert.deepEqual([c.strict.tp, c.strict.fp, c.strict.fn], strict, `${name} strict`);
    assert.deepEqual([c.coarse.tp, c.coarse.fp, c.coarse.fn], coarse, `${name} coarse`);
  }
  // null country matches null country only
  const expert = [gold({ type: 'ASSESSMENT', actor: 'James Acton', country: null })];
  assert.equal(scoreSignals([pred({ type: 'ASSESSMENT', name: 'Someone Else', country: null })], expert).coarse.tp, 1);
  assert.equal(scoreSignals([pred({ type: 'ASSESSMENT', name: 'Someone Else', country: 'US' })], expert).coarse.tp, 0);
});

test('scoreSignals pairs by evidence overlap, then by date', () => {
  const g = [gold({ evidence: 'Medvedev a écrit jeudi', date: ['2022-09-22'] }), gold({ evidence: 'Medvedev a menacé en novembre', date: ['2022-11'] })];
  // each prediction's evidence points at the other gold than its date would: evidence wins
  const c = scoreSignals([pred({ evidence: 'Medvedev a menacé en novembre', date: '2022-09-22' }), pred({ evidence: 'Medvedev a écrit jeudi', date: '2022-11' })], g);
  assert.deepEqual([c.strict.tp, c.date.hits, c.date.total], [2, 0, 2]);
  // equal evidence overlap: the date decides, so both dates come out right
  const same = [gold({ evidence: 'même phrase', date: ['2022-09-22'] }), gold({ evidence: 'même phrase', date: ['2022-11'] })];
  const d = scoreSignals([pred({ evidence: 'même phrase', date: '2022-11-03' }), pred({ evidence: 'même phrase', date: '2022-09-22' })], same);
  assert.deepEqual([d.strict.tp, d.date.hits, d.date.total], [2, 2, 2]);
});

test('scoreSignals field accuracies over strict matches', () => {
  const g = [gold({}), gold({ type: 'WARNING', actor: 'Joe Biden', country: 'US', date: null, severity: 2, modality: 'public' })];
  const p = [
    pred({ severity: 6, modality: 'private', date: '2022-09-23' }),
    pred({ type: 'WARNING', name: 'Joe Biden', country: 'US', severity: 3, sourcing: 'anonymous', date: '2022-09-18' }),
  ];
  const c = scoreSignals(p, g);
  // date: only the first pair counts (gold null left out), 23 vs 22 is within a day
  assert.deepEqual(c.date, { hits: 1, total: 1 });
  assert.deepEqual(c.severity, { hits: 1, total: 2 });
  assert.deepEqual(c.modality, { hits: 1, total: 2 });
  assert.deepEqual(c.sourcing, { hits: 1, total: 2 });
});

test('scoreSignals: optional gold absorbs a prediction and is no miss', () => {
  const g = [gold({ optional: true }), gold({ type: 'WARNING', actor: 'Joe Biden', country: 'US' })];
  const c = scoreSignals([pred({})], g);
  assert.deepEqual(c.strict, { tp: 0, fp: 0, fn: 1 });
  assert.deepEqual(c.severity, { hits: 0, total: 0 });
  assert.deepEqual(scoreSignals([], g).strict, { tp: 0, fp: 0, fn: 1 });
});
