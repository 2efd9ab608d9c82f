/**
 * Rule tables (session 8, helper I): a hedged prediction of a party's conduct ("would likely",
 * "will probably") is an observer's ASSESSMENT, but the party's own side predicting its conduct
 * states intent (SIGNALS.md §2); a step named after a deliberation ("идут консультации о том,
 * чтобы вывести…", "discussing whether to…") is what is deliberated, PLANNING, not a POSTURE step.
 * Each row runs the whole pipeline on a short article; misses sit beside the hits.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hitFailures, signalsOf, type Expected } from './rule-table.ts';

/** [language, text, signals that must be found, what must not be found: "TYPE" or "TYPE by Actor"]. */
const ROWS: readonly [string, string, readonly Expected[], readonly string[]][] = [
  // The party's own side hedging its own use: the threat stands, no assessment.
  [
    'en',
    'Dmitry Medvedev said on Friday that Russia would likely use nuclear weapons if Ukraine attacked Crimea.',
    [{ type: 'THREAT', actor: 'Dmitry Medvedev' }],
    ['ASSESSMENT'],
  ],
  ['en', 'Dmitry Medvedev said Moscow will probably respond with nuclear weapons if NATO troops enter Ukraine.', [{ type: 'THREAT', actor: 'Dmitry Medvedev' }], ['ASSESSMENT']],
  // An observer of the other side hedging the party's use: the observer's assessment, no threat.
  ['en', 'Antony Blinken said on Friday that Russia would likely use nuclear weapons if it faced defeat.', [{ type: 'ASSESSMENT', actor: 'Antony Blinken' }], ['THREAT']],
  // The party's own title before it is no speaker of its side: still the observer's assessment.
  [
    'en',
    'Avril Haines told the Senate on Tuesday that Russian President Vladimir Putin would probably authorize the use of nuclear weapons only if he faced defeat.',
    [{ type: 'ASSESSMENT', actor: 'Avril Haines' }],
    ['DOCTRINE', 'THREAT'],
  ],
];

test('signals: hedged predictions, an observer\'s assessment or the own side\'s intent (hits and misses)', () => {
  const failures = ROWS.flatMap(([lang, text, expected, absent], i) => hitFailures(`row ${i} (${lang})`, signalsOf(lang, text, '2024-03-01'), expected, absent));
  assert.deepEqual(failures, []);
});

/** A step under deliberation, and a deliberation rehearsed by a step. */
const DELIBERATED: readonly [string, string, readonly Expected[], readonly string[]][] = [
  [
    'ru',
    'Генсек НАТО Йенс Столтенберг рассказал, что в альянсе идут консультации о том, чтобы вывести часть ядерных боеголовок со складов и перевести их в режим готовности.',
    [{ type: 'PLANNING', actor: 'Jens Stoltenberg' }],
    ['POSTURE'],
  ],
  [
    'en',
    'NATO officials are discussing whether to take nuclear warheads out of storage and put them on standby, Jens Stoltenberg said.',
    [{ type: 'PLANNING', actor: 'Jens Stoltenberg' }],
    ['POSTURE'],
  ],
  [
    'ru',
    'Йенс Столтенберг рассказал, что члены альянса консультируются о том, чтобы вывести часть ядерного оружия с хранения и перевести его в режим готовности.',
    [{ type: 'PLANNING', actor: 'Jens Stoltenberg' }],
    ['POSTURE'],
  ],
  // The step taken stays a step: planning named after it is its content.
  ['ru', 'Минобороны России провело учения стратегических ядерных сил, в ходе которых отработаны вопросы планирования применения.', [{ type: 'POSTURE', actor: 'Russia' }], ['PLANNING']],
];

test('signals: a step under deliberation is planning; planning a step rehearses is the step (hits and misses)', () => {
  const failures = DELIBERATED.flatMap(([lang, text, expected, absent], i) => hitFailures(`row ${i} (${lang})`, signalsOf(lang, text, '2024-03-01'), expected, absent));
  assert.deepEqual(failures, []);
});

/** A negation before a breach cue denies the breach only when no other cue stands between them. */
const NEGATED: readonly [string, string, readonly Expected[], readonly string[]][] = [
  // The answer is negated; the deployment is its object: a threat, no deployment denied.
  ['ru', 'Песков заявил, что Москва не оставит без ответа размещение американского ядерного оружия в Польше.', [{ type: 'THREAT', actor: 'Dmitry Peskov' }], ['REASSURANCE']],
  // A breach denied is compliance.
  ['ru', 'Рябков заявил, что Россия не нарушала мораторий на ядерные испытания.', [{ type: 'REASSURANCE', actor: 'Sergei Ryabkov' }], []],
];

test('signals: a negation belongs to the nearest cue after it (hits and misses)', () => {
  const failures = NEGATED.flatMap(([lang, text, expected, absent], i) => hitFailures(`row ${i} (${lang})`, signalsOf(lang, text, '2024-03-01'), expected, absent));
  assert.deepEqual(failures, []);
});

/** The norm of a responsible nuclear power: held against someone a condemnation, claimed for oneself a reassurance. */
const NORM: readonly [string, string, readonly Expected[], readonly string[]][] = [
  [
    'en',
    '"It is dangerous, and it is not the way a responsible nuclear power should act," Pentagon spokesman John Kirby told reporters on Tuesday about the Russian nuclear threats.',
    [{ type: 'WARNING', actor: 'John Kirby' }],
    ['REASSURANCE'],
  ],
  ['en', '"China is a responsible nuclear power," Mao Ning said, adding that Beijing would never be the first to use nuclear weapons.', [{ type: 'REASSURANCE', actor: 'Mao Ning' }], ['WARNING']],
];

test('signals: a responsible nuclear power, as a norm held against someone or claimed (hits and misses)', () => {
  const failures = NORM.flatMap(([lang, text, expected, absent], i) => hitFailures(`row ${i} (${lang})`, signalsOf(lang, text, '2024-03-01'), expected, absent));
  assert.deepEqual(failures, []);
});

/** Use stated as what one's doctrine provides: the doctrine restated; a conditional use with no doctrine named stays a threat. */
const PROVIDED: readonly [string, string, readonly Expected[], readonly string[]][] = [
  [
    'en',
    '"If it is an existential threat for our country, then nuclear weapons can be used in accordance with our concept," Dmitry Peskov said.',
    [{ type: 'DOCTRINE', actor: 'Dmitry Peskov' }],
    ['THREAT'],
  ],
  ['en', '"If our existence is threatened, nuclear weapons can be used," Dmitry Peskov said.', [{ type: 'THREAT', actor: 'Dmitry Peskov' }], ['DOCTRINE']],
];

test('signals: use as one\'s doctrine provides is a doctrine statement (hits and misses)', () => {
  const failures = PROVIDED.flatMap(([lang, text, expected, absent], i) => hitFailures(`row ${i} (${lang})`, signalsOf(lang, text, '2024-03-01'), expected, absent));
  assert.deepEqual(failures, []);
});

/** A question put to someone: what was asked is no act; an answer after a comma keeps its cues. */
const ASKED: readonly [string, string, readonly Expected[], readonly string[]][] = [
  ['en', 'Dmitry Peskov was asked by CNN whether he was confident that President Vladimir Putin would not resort to nuclear weapons in Ukraine.', [], ['THREAT', 'REASSURANCE']],
  ['en', 'Asked whether Moscow would use nuclear weapons, Dmitry Peskov said on Tuesday that Russia would use them if attacked.', [{ type: 'THREAT', actor: 'Dmitry Peskov' }], []],
];

test('signals: what someone was asked is no act, the answer is (hits and misses)', () => {
  const failures = ASKED.flatMap(([lang, text, expected, absent], i) => hitFailures(`row ${i} (${lang})`, signalsOf(lang, text, '2024-03-01'), expected, absent));
  assert.deepEqual(failures, []);
});

/** Human control of the decision to use: a norm restated, a reassurance; artificial intelligence is no intelligence service. */
const HUMAN: readonly [string, string, readonly Expected[], readonly string[]][] = [
  [
    'en',
    'Joe Biden and Xi Jinping met in Lima on Saturday. The two leaders affirmed that any decision to use nuclear weapons must remain under human control and not be delegated to artificial intelligence.',
    [{ type: 'REASSURANCE', actor: 'Joe Biden' }, { type: 'REASSURANCE', actor: 'Xi Jinping' }],
    ['ASSESSMENT'],
  ],
  ['en', 'US intelligence assessed that Russia was moving nuclear warheads closer to the border.', [{ type: 'ASSESSMENT', actor: 'United States' }], []],
];

test('signals: human control of nuclear use is a norm restated (hits and misses)', () => {
  const failures = HUMAN.flatMap(([lang, text, expected, absent], i) => hitFailures(`row ${i} (${lang})`, signalsOf(lang, text, '2024-03-01'), expected, absent));
  assert.deepEqual(failures, []);
});

/** The conditions of use said to be met by the adversary's step: a threat; the conditions set out: doctrine. */
const CONDITIONS: readonly [string, string, readonly Expected[], readonly string[]][] = [
  [
    'en',
    'North Korea\'s defence minister, Kang Sun Nam, said the arrival of the American missile submarine in the South could "meet the conditions for using nuclear weapons" laid down in the nuclear forces law.',
    [{ type: 'THREAT', actor: 'Kang Sun Nam', severity: 4 }],
    ['DOCTRINE'],
  ],
  ['en', 'The law sets out the conditions for using nuclear weapons, Kim Jong Un said.', [{ type: 'DOCTRINE', actor: 'Kim Jong Un' }], ['THREAT']],
];

test('signals: conditions of use met by a step, or set out (hits and misses)', () => {
  const failures = CONDITIONS.flatMap(([lang, text, expected, absent], i) => hitFailures(`row ${i} (${lang})`, signalsOf(lang, text, '2024-03-01'), expected, absent));
  assert.deepEqual(failures, []);
});

/** The policy of ambiguity (neither confirmed nor denied) is a status described, no denial; a report denied is. */
const AMBIGUITY: readonly [string, string, readonly Expected[], readonly string[]][] = [
  ['ru', 'Израиль официально никогда не подтверждал и не опровергал наличие у него ядерного оружия.', [], ['REASSURANCE']],
  ['en', 'Israel has never confirmed or denied having nuclear weapons.', [], ['REASSURANCE']],
  ['ru', 'МИД России опроверг сообщения о размещении ядерного оружия в космосе.', [{ type: 'REASSURANCE', actor: 'Russia' }], []],
];

test('signals: neither confirmed nor denied is no denial (hits and misses)', () => {
  const failures = AMBIGUITY.flatMap(([lang, text, expected, absent], i) => hitFailures(`row ${i} (${lang})`, signalsOf(lang, text, '2024-03-01'), expected, absent));
  assert.deepEqual(failures, []);
});

/** A digest's heading naming a person gives him its bullet points; a paragraph that is no bullet ends the list. */
const DIGEST: readonly [string, string, readonly Expected[], readonly string[]][] = [
  [
    'ru',
    'Главное из послания Путина Федеральному собранию о ядерном оружии:\n\n▪️ Западу следует понять, что у России тоже есть оружие, способное поражать цели на его территории.',
    [{ type: 'THREAT', actor: 'Vladimir Putin' }],
    [],
  ],
  [
    'ru',
    'Главное из послания Путина Федеральному собранию:\n\n▪️ Экономика растёт.\n\nМинобороны России сообщило, что стратегические ядерные силы провели учения.',
    [{ type: 'POSTURE', actor: 'Russia' }],
    ['POSTURE by Vladimir Putin'],
  ],
];

test('signals: a digest heading gives its bullet points to the person it names (hits and misses)', () => {
  const failures = DIGEST.flatMap(([lang, text, expected, absent], i) => hitFailures(`row ${i} (${lang})`, signalsOf(lang, text, '2024-03-01'), expected, absent));
  assert.deepEqual(failures, []);
});

/** The Russian side's counter-step named by its means, nuclear among them: a threat; the other side's words are not. */
const MEANS: readonly [string, string, readonly Expected[], readonly string[]][] = [
  [
    'ru',
    'Дмитрий Медведев написал, что после вступления Швеции в НАТО равновесие придётся восстанавливать, и восстанавливать в том числе ядерными средствами.',
    [{ type: 'THREAT', actor: 'Dmitry Medvedev' }],
    [],
  ],
  ['ru', 'Джейк Салливан заявил, что США модернизируют средства сдерживания, в том числе ядерными.', [], ['THREAT']],
];

test('signals: a counter-step by means nuclear among them (hits and misses)', () => {
  const failures = MEANS.flatMap(([lang, text, expected, absent], i) => hitFailures(`row ${i} (${lang})`, signalsOf(lang, text, '2024-03-01'), expected, absent));
  assert.deepEqual(failures, []);
});
