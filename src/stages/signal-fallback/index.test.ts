import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { createDoc, type Doc, type SignalType } from '../../document/index.ts';
import { fold } from '../../lexicon/index.ts';
import { createStages } from '../../pipeline/index.ts';
import { featuresOf, type SentenceFlags } from './features.ts';
import { createSignalFallback } from './index.ts';
import { loadModel, ModelError, trainModel, type Example, type TrainOptions } from './model.ts';
import { serialise } from './train.ts';

const FIXTURE_OPTIONS: TrainOptions = {
  comment: 'test fixture',
  sources: ['the test itself'],
  documents: 0,
  minCount: 1,
  l2: 1e-4,
  iterations: 300,
  learningRate: 0.5,
};

const PLAIN: SentenceFlags = { quote: false, speaker: false, nuclear: true, negation: false, modal: false, future: false };

function example(text: string, labels: SignalType[]): Example {
  return { features: featuresOf(fold(text), PLAIN), labels };
}

/**
 * A fixture model that knows one construction per language: keeping the arsenal "under tight
 * control" is a reassurance; talking to journalists, a visit or a harvest is nothing.
 */
const FIXTURE = trainModel(
  [
    example('The minister said the country keeps its nuclear forces under tight control.', ['REASSURANCE']),
    example('Officials said the warheads remain under tight control at all times.', ['REASSURANCE']),
    example('Le ministre a assuré que le pays garde ses forces nucléaires sous un contrôle strict.', ['REASSURANCE']),
    example('Le gouvernement affirme que les ogives restent sous un contrôle strict.', ['REASSURANCE']),
    example('Министр заявил, что страна держит ядерные силы под строгим контролем.', ['REASSURANCE']),
    example('Власти заявили, что боеголовки находятся под строгим контролем.', ['REASSURANCE']),
    example('The spokesman spoke to journalists about the nuclear programme on Monday.', []),
    example('The minister visited the nuclear plant and met local officials.', []),
    example('The harvest was poor this year, officials said.', []),
    example('Le porte-parole a parlé aux journalistes du programme nucléaire lundi.', []),
    example('Le ministre a visité la centrale et rencontré des élus locaux.', []),
    example('La récolte a été mauvaise cette année, selon les autorités.', []),
    example('Пресс-секретарь говорил с журналистами о ядерной программе в понедельник.', []),
    example('Министр посетил станцию и встретился с местными чиновниками.', []),
    example('Урожай в этом году был плохим, сообщили власти.', []),
  ],
  FIXTURE_OPTIONS,
);

const ALL_STAGES = createStages();
/** The pipeline up to and including the signals stage: what the fallback receives. */
const BEFORE_FALLBACK = ALL_STAGES.slice(0, ALL_STAGES.findIndex(([name]) => name === 'signals') + 1);
const fallback = createSignalFallback({ model: FIXTURE, threshold: 0.5 });

function analyse(lang: string, paragraphs: readonly string[]): Doc {
  let doc = createDoc({ source: 'test', content: paragraphs.join('\n\n'), format: 'text', meta: { lang, published: '2024-11-20' } });
  for (const [, stage] of BEFORE_FALLBACK) doc = stage(doc);
  return doc;
}

/** Per language: a cue signal first (the document is about a nuclear act), then sentences to judge. */
const DOCUMENTS: readonly { lang: string; lead: string; rows: readonly [string, string | null][] }[] = [
  {
    lang: 'en',
    lead: 'Russian President Vladimir Putin threatened on Tuesday to use nuclear weapons against any country that attacks Russia.',
    rows: [
      ['Kremlin spokesman Dmitry Peskov said Moscow keeps its nuclear arsenal under tight control.', 'REASSURANCE Dmitry Peskov'],
      // No actor: nobody to give the signal to.
      ['The nuclear arsenal is kept under tight control.', null],
      // An actor in nuclear context, but words the model reads as nothing.
      ['Kremlin spokesman Dmitry Peskov spoke to journalists about the nuclear arsenal on Monday.', null],
      // A new paragraph with no nuclear word after one with none: out of nuclear context.
      ['The grain harvest was poor this year.', null],
      ['Dmitry Peskov said Moscow keeps its grain exports under tight control.', null],
    ],
  },
  {
    lang: 'fr',
    lead: "Le président russe Vladimir Poutine a menacé mardi d'utiliser l'arme nucléaire contre tout pays qui attaquerait la Russie.",
    rows: [
      ['Le porte-parole du Kremlin Dmitri Peskov a affirmé que Moscou garde son arsenal nucléaire sous un contrôle strict.', 'REASSURANCE Dmitry Peskov'],
      ["L'arsenal nucléaire est gardé sous un contrôle strict.", null],
      ['La récolte de blé a été mauvaise cette année.', null],
      ['Dmitri Peskov a affirmé que Moscou garde ses exportations de blé sous un contrôle strict.', null],
    ],
  },
  {
    lang: 'ru',
    lead: 'Президент России Владимир Путин во вторник пригрозил применить ядерное оружие против любой страны, которая нападет на Россию.',
    rows: [
      ['Пресс-секретарь Кремля Дмитрий Песков заявил, что Москва держит свой ядерный арсенал под строгим контролем.', 'REASSURANCE Dmitry Peskov'],
      ['Урожай пшеницы в этом году был плохим.', null],
      ['Дмитрий Песков заявил, что Москва держит экспорт пшеницы под строгим контролем.', null],
    ],
  },
];

for (const { lang, lead, rows } of DOCUMENTS) {
  test(`signal-fallback (${lang}): adds a signal only for an uncovered sentence in nuclear context with an actor and a confident type`, () => {
    const doc = analyse(lang, [lead, ...rows.map(([sentence]) => sentence)]);
    assert.ok(doc.signals.length > 0, 'the lead sentence gives a cue signal');
    const out = fallback(doc);
    const added = out.signals.filter((s) => !doc.signals.includes(s));
    const failures: string[] = [];
    for (const [sentence, expected] of rows) {
      const got = added.filter((s) => s.evidence.some((e) => e.text === sentence)).map((s) => `${s.type} ${s.actor.name}`);
      const want = expected ? [expected] : [];
      if (JSON.stringify(got) !== JSON.stringify(want)) failures.push(`${sentence}\n  expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
    }
    assert.deepEqual(failures, []);
    assert.equal(added.length, rows.filter(([, e]) => e).length, 'nothing else is added');
  });
}

test('signal-fallback: a sentence a cue signal already rests on gets nothing more', () => {
  const doc = analyse('en', ['Russian President Vladimir Putin threatened to use nuclear weapons and said the arsenal stays under tight control.']);
  assert.ok(doc.signals.length > 0);
  assert.deepEqual(fallback(doc).signals, doc.signals);
});

test('signal-fallback: a document without any cue signal is left as it is', () => {
  const doc = analyse('en', ['Kremlin spokesman Dmitry Peskov said Moscow keeps its nuclear arsenal under tight control.']);
  assert.equal(doc.signals.length, 0);
  assert.equal(fallback(doc), doc);
});

test('signal-fallback: every field of an added signal is filled (SIGNALS.md §3) and its confidence sits under a cue signal', () => {
  const doc = analyse('en', [DOCUMENTS[0]?.lead as string, 'Kremlin spokesman Dmitry Peskov said Moscow keeps its nuclear arsenal under tight control.']);
  const [added] = fallback(doc).signals.filter((s) => !doc.signals.includes(s));
  assert.ok(added);
  assert.deepEqual(added.actor, { name: 'Dmitry Peskov', country: 'RU', kind: 'official' });
  assert.equal(added.target, null, 'a reassurance is addressed to nobody in particular');
  assert.equal(added.date, '2024-11', 'a plain reporting verb: the publication month');
  assert.equal(added.severity, 0);
  assert.equal(added.modality, 'public');
  assert.equal(added.sourcing, 'on_record');
  assert.equal(added.quote, null);
  assert.equal(doc.text.slice(added.evidence[0]?.start, added.evidence[0]?.end), added.evidence[0]?.text);
  assert.ok(added.confidence > 0 && added.confidence < 0.3, `confidence ${added.confidence}`);
  assert.ok(Math.min(...doc.signals.map((s) => s.confidence)) > added.confidence);
});

test('training is deterministic: the same sentences, in any order, give the same model file', () => {
  const examples = [
    example('The minister said the country keeps its nuclear forces under tight control.', ['REASSURANCE']),
    example('Moscow threatened to use nuclear weapons against Kyiv.', ['THREAT']),
    example('The harvest was poor this year, officials said.', []),
    example('Le ministre a visité la centrale.', []),
  ];
  const a = serialise(trainModel(examples, FIXTURE_OPTIONS));
  const b = serialise(trainModel(examples, FIXTURE_OPTIONS));
  const c = serialise(trainModel([...examples].reverse(), FIXTURE_OPTIONS));
  assert.equal(a, b);
  assert.equal(a, c);
  assert.notEqual(a, serialise(trainModel(examples.slice(1), FIXTURE_OPTIONS)), 'other data, another model');
});

test('a model file round-trips through serialise and loadModel', () => {
  const dir = mkdtempSync(join(tmpdir(), 'brink-fallback-'));
  const path = join(dir, 'model.json');
  writeFileSync(path, serialise(FIXTURE));
  assert.deepEqual(loadModel(path), JSON.parse(JSON.stringify(FIXTURE)));
});

test('a malformed model file is a clear error naming the file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'brink-fallback-'));
  const cases: readonly [string, string, RegExp][] = [
    ['broken.json', '{"format": "brink-signal-fallback/2", "classes": [', /not valid JSON/],
    ['old.json', JSON.stringify({ ...FIXTURE, format: 'brink-signal-fallback/0' }), /"format"/],
    ['short.json', JSON.stringify({ ...FIXTURE, bias: [0, 1] }), /"bias"/],
    ['row.json', JSON.stringify({ ...FIXTURE, weights: { nuclear: ['x'] } }), /feature "nuclear"/],
  ];
  for (const [name, content, what] of cases) {
    const path = join(dir, name);
    writeFileSync(path, content);
    assert.throws(
      () => createSignalFallback({ modelPath: path }),
      (error: Error) => error instanceof ModelError && error.message.includes(path) && what.test(error.message),
      name,
    );
  }
  const missing = join(dir, 'absent.json');
  assert.throws(() => loadModel(missing), (error: Error) => error instanceof ModelError && error.message.includes(missing));
});
