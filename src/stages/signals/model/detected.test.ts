import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Doc, Sentence, Signal } from '../../../document/index.ts';
import { annotatedDoc } from '../test-doc.ts';
import { withDetectedSignals, withoutUnlikelyTypes } from './detected.ts';
import { loadModel } from './model.ts';

const model = loadModel();
/** Stand-in for the signal lexicon's nuclear terms (the stage passes its own). */
const isNuclear = (s: Sentence): boolean => /nuclear|nucléaire|ядерн/iu.test(s.text);

function ruleSignal(doc: Doc, sentence: number): Signal {
  const s = doc.sentences[sentence]!;
  return {
    type: 'THREAT', actor: { name: 'Vladimir Putin', country: 'RU', kind: 'official' }, target: null, date: null, severity: 3,
    modality: 'public', sourcing: 'on_record', quote: null, evidence: [{ start: s.start, end: s.end, text: s.text }], confidence: 0.6,
  };
}

const TEXT =
  'Putin spoke in Moscow on Tuesday.\n\nMedvedev threatened a nuclear strike on Kyiv.\n\nThe weather in Moscow was cold and the match was postponed.';

test('a sentence no rule covers, with a nuclear term, an actor and a confident detection, gets a model signal', () => {
  const doc = annotatedDoc('en', TEXT);
  const found = withDetectedSignals(doc, [ruleSignal(doc, 0)], model, { isNuclear });
  assert.equal(found.length, 2);
  const added = found[1]!;
  assert.equal(added.type, 'THREAT');
  assert.equal(added.actor.name, 'Dmitry Medvedev');
  assert.equal(added.evidence[0]!.text, doc.sentences[1]!.text);
  assert.ok(added.confidence > 0 && added.confidence < 0.5, `confidence ${added.confidence}`);
});

test('no model signal where the rules found none, where a rule signal already covers the sentence, or without a nuclear term', () => {
  const doc = annotatedDoc('en', TEXT);
  assert.deepEqual(withDetectedSignals(doc, [], model, { isNuclear }), []);
  const covered = [ruleSignal(doc, 1)];
  assert.deepEqual(withDetectedSignals(doc, covered, model, { isNuclear }), covered);
  assert.equal(withDetectedSignals(doc, [ruleSignal(doc, 0)], model, { isNuclear: () => false }).length, 1);
});

test('a threshold above the detection probability adds nothing', () => {
  const doc = annotatedDoc('en', TEXT);
  assert.equal(withDetectedSignals(doc, [ruleSignal(doc, 0)], model, { isNuclear, threshold: 1.01 }).length, 1);
});

test('the veto drops a rule signal whose type the model finds most unlikely in its evidence, and keeps a likely one', () => {
  const doc = annotatedDoc('en', 'Moscow suspended its participation in the New START treaty.');
  const asType = (type: Signal['type']): Signal => ({ ...ruleSignal(doc, 0), type });
  assert.deepEqual(withoutUnlikelyTypes([asType('ARMS_CONTROL'), asType('REASSURANCE')], model).map((s) => s.type), ['ARMS_CONTROL']);
  // A floor of zero vetoes nothing.
  assert.equal(withoutUnlikelyTypes([asType('REASSURANCE')], model, 0).length, 1);
});
