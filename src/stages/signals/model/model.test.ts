import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { SIGNAL_TYPES, type SignalType } from '../../../document/index.ts';
import { sentenceFeatures } from './features.ts';
import { loadModel, modelFrom, ModelError, type ModelFile } from './model.ts';
import { serializeModel, trainModel, type DetectExample, type TypeExample } from './train.ts';

const model = loadModel();

test('features: stems carry inflections across French, English and Russian', () => {
  const stems = (s: string): string[] => sentenceFeatures(s).filter((f) => f.startsWith('s:'));
  assert.ok(stems('Il a menacé Kiev').includes('s:menac'));
  assert.ok(stems('Les menaces nucléaires').includes('s:menac'));
  assert.ok(stems('Путин угрожает Западу').includes('s:угрож'));
  assert.ok(stems('Путин угрожал Западу').includes('s:угрож'));
  assert.ok(sentenceFeatures('No sign of movement').includes('b:^ no'));
  assert.ok(sentenceFeatures('He said "not a bluff"').includes('q'));
  assert.deepEqual(sentenceFeatures(''), []);
});

// Clear cases in three languages: the shipped model's best type. Not here, because the model gets
// them wrong (measured, see the report in notes): who threatens and who warns ("Biden warned Russia
// of catastrophic consequences" comes out THREAT, "Путин пригрозил применением…" WARNING) depends on
// the speaker's side, which a bag of words does not see; the cue rules decide those.
const TYPE_ROWS: readonly [string, SignalType][] = [
  ['Medvedev threatened a nuclear strike on Kyiv.', 'THREAT'],
  ['Putin said Russia would use all means at its disposal, this is not a bluff.', 'THREAT'],
  ['Russia has moved tactical nuclear weapons to Belarus, the defence minister said.', 'POSTURE'],
  ['Moscow suspended its participation in the New START treaty.', 'ARMS_CONTROL'],
  ['US officials said they had seen no sign that Russia was preparing to use nuclear weapons.', 'ASSESSMENT'],
  ['La Russie a suspendu sa participation au traité New START.', 'ARMS_CONTROL'],
  ['Россия провела учения стратегических ядерных сил.', 'POSTURE'],
  ['Шойгу заявил, что Украина готовит провокацию с «грязной бомбой».', 'ACCUSATION'],
];

test('TYPE head: clear cases in English, French and Russian', () => {
  for (const [sentence, type] of TYPE_ROWS) assert.equal(model.typeOf(sentence).ranked[0]!.type, type, sentence);
});

test('DETECTION head: a nuclear act scores above unrelated or civil sentences', () => {
  const acts = [
    'Medvedev warned that Russia could use nuclear weapons against Kyiv.',
    'Путин заявил, что Россия готова применить ядерное оружие.',
    'Macron a mis en garde la Russie contre tout recours à l’arme nucléaire.',
  ];
  const others = [
    'The match was postponed because of heavy rain on Saturday.',
    'Le prix du pain a augmenté de cinq pour cent cette année.',
    'В Москве открылась новая станция метро.',
  ];
  const lowestAct = Math.min(...acts.map((s) => model.detect(s)));
  const highestOther = Math.max(...others.map((s) => model.detect(s)));
  assert.ok(lowestAct > 0.5, `acts ${lowestAct}`);
  assert.ok(highestOther < 0.5, `others ${highestOther}`);
  assert.ok(lowestAct > highestOther);
});

/** Gold signal evidences of a gold directory, with their types. */
function goldEvidence(dir: string): TypeExample[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'duplicates.json')
    .sort()
    .flatMap((f) => {
      const gold = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { signals?: { type: string; evidence: string }[] };
      return (gold.signals ?? [])
        .filter((s) => (SIGNAL_TYPES as readonly string[]).includes(s.type) && typeof s.evidence === 'string')
        .map((s) => ({ sentence: s.evidence, type: s.type as SignalType }));
    });
}

test('TYPE head trained on dev gold only types held-aside holdout evidence far above the majority class', () => {
  const train = goldEvidence('test/dev-corpus/gold');
  const heldAside = ['holdout-4', 'holdout-5'].flatMap((h) => goldEvidence(`test/dev-corpus/${h}/gold`));
  const detect: DetectExample[] = train.map((e) => ({ sentence: e.sentence, signal: true }));
  const m = modelFrom(trainModel(train, detect));
  const right = heldAside.filter((e) => m.typeOf(e.sentence).ranked[0]!.type === e.type).length;
  const counts = new Map<string, number>();
  for (const e of heldAside) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
  const majority = Math.max(...counts.values());
  assert.ok(heldAside.length > 40, `${heldAside.length} held-aside evidences`);
  // Measured 0.6x on this split; the majority type is about a quarter.
  assert.ok(right / heldAside.length > 0.5, `accuracy ${right}/${heldAside.length}`);
  assert.ok(right > 1.8 * majority, `majority ${majority}`);
});

test('training is deterministic: the same examples give the same bytes', () => {
  const types: TypeExample[] = [
    { sentence: 'Putin threatened nuclear strikes on Kyiv', type: 'THREAT' },
    { sentence: 'Putin threatened nuclear retaliation', type: 'THREAT' },
    { sentence: 'Biden warned Russia of catastrophic consequences', type: 'WARNING' },
    { sentence: 'Biden warned Moscow of consequences', type: 'WARNING' },
  ];
  const detect: DetectExample[] = [
    ...types.map((t) => ({ sentence: t.sentence, signal: true })),
    { sentence: 'The weather was sunny in Kyiv', signal: false },
    { sentence: 'The weather in Moscow was cold', signal: false },
  ];
  const a = serializeModel(trainModel(types, detect, { about: 'fixture', minCount: 1 }));
  const b = serializeModel(trainModel(types, detect, { about: 'fixture', minCount: 1 }));
  assert.equal(a, b);
  const m = modelFrom(JSON.parse(a) as ModelFile);
  assert.equal(m.typeOf('Putin threatened Kyiv').ranked[0]!.type, 'THREAT');
  assert.equal(m.typeOf('Biden warned Moscow').ranked[0]!.type, 'WARNING');
  assert.ok(m.detect('Putin threatened nuclear strikes') > m.detect('The weather was sunny'));
  // The file says how many sentences of each type the head was fitted on.
  assert.equal(m.examplesOf('THREAT'), types.filter((t) => t.type === 'THREAT').length);
  assert.equal(m.examplesOf('USE'), 0);
});

test('a malformed model file is a ModelError, not a crash later', () => {
  assert.throws(() => modelFrom({ about: '', classes: ['NOPE'], examples: [1], type: { bias: [0], weights: {} }, detect: { bias: 0, weights: {} } }), ModelError);
  assert.throws(() => modelFrom({ about: '', classes: ['THREAT'], examples: [1], type: { bias: [0], weights: { 'w:x': [1, 2] } }, detect: { bias: 0, weights: {} } }), ModelError);
  assert.throws(() => modelFrom({ about: '', classes: ['THREAT'], examples: [1, 2], type: { bias: [0], weights: {} }, detect: { bias: 0, weights: {} } }), /1 counts/);
  assert.throws(() => loadModel('/nonexistent/model.json'), ModelError);
});
