import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SIGNAL_TYPES, type Doc, type Signal, type SignalType } from '../../../document/index.ts';
import { DEFAULT_DATA_DIR } from '../../../lexicon/index.ts';
import { loadAllSignalLexicons, type SignalLexicon } from '../lexicons.ts';
import { annotatedDoc } from '../test-doc.ts';
import { DETECTED_CONFIDENCE, detectedSignals, withModelSignals } from './detect.ts';
import { modelFrom, type ModelFile } from './model.ts';

const lexicons = loadAllSignalLexicons(DEFAULT_DATA_DIR);
const nuclear = (lang: 'en' | 'ru'): SignalLexicon['nuclear'] => (lexicons.get(lang) as SignalLexicon).nuclear;

/**
 * A model written by hand, so that these rows test the detection's logic and not what a training
 * run happens to learn: "deploy" (and Russian "разме-") is a sure POSTURE and a signal; "hinted"
 * is a signal of no clear type (THREAT and WARNING alike); anything else is no signal.
 */
function oneHot(weights: Partial<Record<SignalType, number>>): number[] {
  return SIGNAL_TYPES.map((t) => weights[t] ?? 0);
}
const MODEL = modelFrom({
  about: 'test',
  classes: [...SIGNAL_TYPES],
  type: {
    bias: oneHot({}),
    weights: { 'w:deploy': oneHot({ POSTURE: 8 }), 's:разме': oneHot({ POSTURE: 8 }), 'w:hinted': oneHot({ THREAT: 2, WARNING: 2 }) },
  },
  detect: { bias: -4, weights: { 'w:deploy': 8, 's:разме': 8, 'w:hinted': 8 } },
} satisfies ModelFile);

function detected(doc: Doc, rules: readonly Signal[] = [], lang: 'en' | 'ru' = 'en'): string[] {
  return detectedSignals(doc, rules, MODEL, nuclear(lang)).map((s) => `${s.type} ${s.actor.name}`);
}

function ruleOn(doc: Doc, sentence: number, type: SignalType): Signal {
  const s = doc.sentences[sentence]!;
  return {
    type, actor: { name: 'Vladimir Putin', country: 'RU', kind: 'official' }, target: null, date: null, severity: 3,
    modality: 'public', sourcing: 'on_record', quote: null, evidence: [{ start: s.start, end: s.end, text: s.text }], confidence: 0.6,
  };
}

test('detection: a nuclear sentence the rules left empty, sure of its type, said by an official', () => {
  const doc: Doc = {
    ...annotatedDoc('en', 'Putin said Russia would deploy nuclear weapons in Belarus.'),
    published: { date: '2022-11-07', precision: 'day', method: 'metadata' },
  };
  const [signal, ...rest] = detectedSignals(doc, [], MODEL, nuclear('en'));
  assert.equal(rest.length, 0);
  assert.equal(signal?.type, 'POSTURE');
  assert.equal(signal?.actor.name, 'Vladimir Putin');
  assert.equal(signal?.confidence, DETECTED_CONFIDENCE);
  assert.equal(signal?.evidence[0]?.text, doc.sentences[0]?.text);
  assert.equal(signal?.sourcing, 'on_record');
  assert.equal(signal?.date, '2022-11-07');
  // Russian: the nuclear context comes from the Russian lexicon, the type from the stem.
  assert.deepEqual(detected(annotatedDoc('ru', 'Путин заявил, что Россия разместит ядерное оружие в Белоруссии.'), [], 'ru'), ['POSTURE Vladimir Putin']);
});

test('detection: the quoted official is the actor, before the first name in the sentence', () => {
  const doc = annotatedDoc('en', 'Speaking after Biden, "we will deploy nuclear weapons there," Medvedev said.');
  const signals = detectedSignals(doc, [], MODEL, nuclear('en'));
  assert.deepEqual(signals.map((s) => `${s.actor.name} ${s.sourcing} ${s.quote}`), ['Dmitry Medvedev on_record we will deploy nuclear weapons there,']);
});

test('detection: misses', () => {
  const rows: [string, string][] = [
    ['no nuclear term in the sentence', 'Putin said Russia would deploy troops near the border.'],
    ['no official or state named (a news agency is not one)', 'Reuters reported plans to deploy nuclear weapons.'],
    ['no signal by the DETECTION head', 'Putin spoke about nuclear weapons in Belarus.'],
    ['a signal of no sure type', 'Putin hinted at nuclear weapons.'],
  ];
  for (const [why, text] of rows) assert.deepEqual(detected(annotatedDoc('en', text)), [], why);
  // A sentence the rules put a signal on is theirs, even one the model would type otherwise.
  const doc = annotatedDoc('en', 'Putin said Russia would deploy nuclear weapons in Belarus. Biden met Zelensky.');
  assert.deepEqual(detected(doc, [ruleOn(doc, 0, 'THREAT')]), []);
});

test('with the model: the veto drops an unlikely rule type, and its sentence is not detected again; other sentences are', () => {
  const doc = annotatedDoc('en', 'Putin said Russia would deploy nuclear weapons in Belarus. Medvedev said Moscow would deploy nuclear missiles too.');
  const out = withModelSignals([ruleOn(doc, 0, 'THREAT')], doc, MODEL, nuclear('en'));
  assert.deepEqual(out.map((s) => `${s.type} ${s.actor.name} ${s.evidence[0]?.start === doc.sentences[1]?.start}`), ['POSTURE Dmitry Medvedev true']);
  // A likely rule type stays, first, and the model adds beside it.
  const kept = withModelSignals([ruleOn(doc, 0, 'POSTURE')], doc, MODEL, nuclear('en'));
  assert.deepEqual(kept.map((s) => `${s.type} ${s.actor.name} ${s.confidence}`), ['POSTURE Vladimir Putin 0.6', `POSTURE Dmitry Medvedev ${DETECTED_CONFIDENCE}`]);
});
