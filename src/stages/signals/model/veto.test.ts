import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Doc, Signal } from '../../../document/index.ts';
import { annotatedDoc } from '../test-doc.ts';
import { VETO_MIN_EXAMPLES, VETO_TYPE_PROBABILITY, withoutUnlikelyTypes } from './veto.ts';
import { loadModel } from './model.ts';

const model = loadModel();

function ruleSignal(doc: Doc, sentence: number): Signal {
  const s = doc.sentences[sentence]!;
  return {
    type: 'THREAT', actor: { name: 'Vladimir Putin', country: 'RU', kind: 'official' }, target: null, date: null, severity: 3,
    modality: 'public', sourcing: 'on_record', quote: null, evidence: [{ start: s.start, end: s.end, text: s.text }], confidence: 0.6,
  };
}

test('the veto drops a rule signal whose type the model finds most unlikely in its evidence, and keeps a likely one', () => {
  const doc = annotatedDoc('en', 'Moscow suspended its participation in the New START treaty.');
  const asType = (type: Signal['type']): Signal => ({ ...ruleSignal(doc, 0), type });
  assert.deepEqual(withoutUnlikelyTypes([asType('ARMS_CONTROL'), asType('REASSURANCE')], model).map((s) => s.type), ['ARMS_CONTROL']);
  // A floor of zero vetoes nothing.
  assert.equal(withoutUnlikelyTypes([asType('REASSURANCE')], model, 0).length, 1);
});

test('in French and Russian too: a launch is no reassurance; a stated intention not to deploy is no threat, but its type stands', () => {
  const fr = annotatedDoc('fr', "La Corée du Nord a procédé à un nouvel essai de missile balistique intercontinental, selon l'armée sud-coréenne.");
  const frSignal = (type: Signal['type']): Signal => ({ ...ruleSignal(fr, 0), type });
  assert.deepEqual(withoutUnlikelyTypes([frSignal('POSTURE'), frSignal('REASSURANCE')], model).map((s) => s.type), ['POSTURE']);
  const ru = annotatedDoc('ru', 'Лавров заявил, что Россия не намерена размещать ядерное оружие в космосе.');
  // THREAT is unlikely here but not below the floor: the veto only drops what the model all but rules out.
  const ruSignal = (type: Signal['type']): Signal => ({ ...ruleSignal(ru, 0), type });
  assert.deepEqual(withoutUnlikelyTypes([ruSignal('REASSURANCE'), ruSignal('THREAT')], model).map((s) => s.type), ['REASSURANCE', 'THREAT']);
});

test('a type the model was trained on too little to judge is never vetoed: a reported nuclear test stays USE', () => {
  assert.ok(model.examplesOf('USE') < VETO_MIN_EXAMPLES);
  const doc = annotatedDoc('en', 'North Korea said it had conducted its seventh nuclear test on Sunday.');
  const asType = (type: Signal['type']): Signal => ({ ...ruleSignal(doc, 0), type });
  // The model all but rules USE out here (its bias alone), so without the guard it would be dropped.
  const p = model.typeOf(doc.sentences[0]!.text).ranked.find((r) => r.type === 'USE')!.p;
  assert.ok(p < VETO_TYPE_PROBABILITY);
  assert.deepEqual(withoutUnlikelyTypes([asType('USE')], model).map((s) => s.type), ['USE']);
});
