import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RuleConfig } from '../config/index.ts';
import { compileRules, keywordPattern, type RuleInput } from './index.ts';

const base: RuleInput = {
  type: 'THREAT',
  actor: { name: 'Dmitry Medvedev', country: 'RU', kind: 'official' },
  target: 'UA',
  severity: 4,
  sourcing: 'on_record',
  modality: 'public',
  confidence: 0.8,
  quote: 'это не блеф',
  lang: 'ru',
  title: 'Медведев пригрозил ядерным оружием',
  evidence: ['Если ракеты будут бить вглубь территории, ответ может быть любым, вплоть до применения ядерного оружия.'],
  firstOfActor: false,
};
const signal = (over: Partial<RuleInput>): RuleInput => ({ ...base, ...over });

const RULES: RuleConfig[] = [
  { name: 'ru-official-threat-4', type: ['THREAT'], country: ['RU'], actorKind: ['official'], minSeverity: 4 },
  { name: 'posture-or-doctrine', type: ['POSTURE', 'DOCTRINE'] },
  { name: 'newcomer', newActor: true },
  { name: 'oreshnik', keywords: ['Oreshnik', 'Орешник'] },
  { name: 'nuclear-ru-words', keywords: ['ядерн*'], language: ['ru'] },
  { name: 'private-warning-to-ru', type: ['WARNING'], modality: ['private'], target: ['ru'] },
  { name: 'named-actor', actor: ['dmitry medvedev', 'Vladimir Putin'], sourcing: ['on_record'] },
  { name: 'calm', maxSeverity: 0, minConfidence: 0.5 },
];

test('rules: which signals each rule catches (hits and misses)', () => {
  const match = compileRules(RULES);
  const table: [string, RuleInput, string[]][] = [
    ['RU official threat, sev 4, Russian words', base, ['ru-official-threat-4', 'nuclear-ru-words', 'named-actor']],
    ['same at sev 3: below the threshold', signal({ severity: 3 }), ['nuclear-ru-words', 'named-actor']],
    ['US official threat: wrong country', signal({ actor: { name: 'Joe Biden', country: 'US', kind: 'official' }, lang: 'en', title: null, quote: null, evidence: ['x'] }), []],
    ['RU expert threat: wrong kind', signal({ actor: { name: 'Sergei Karaganov', country: 'RU', kind: 'expert' }, quote: null, title: null, evidence: ['x'] }), []],
    ['POSTURE', signal({ type: 'POSTURE', severity: 6, quote: null, title: null, evidence: ['Учения.'] }), ['posture-or-doctrine', 'named-actor']],
    ['first signal of an actor', signal({ firstOfActor: true, type: 'ASSESSMENT', quote: null, title: null, evidence: ['x'] }), ['newcomer', 'named-actor']],
    [
      'keyword in evidence, any language, folded case',
      signal({ type: 'POSTURE', actor: { name: 'Russia', country: 'RU', kind: 'official' }, lang: 'en', title: null, quote: null, evidence: ['An ORESHNIK missile hit Dnipro.'] }),
      ['posture-or-doctrine', 'oreshnik'],
    ],
    ['keyword as part of a longer word does not count', signal({ type: 'ASSESSMENT', actor: { name: 'X', country: null, kind: 'expert' }, lang: 'en', title: null, quote: null, evidence: ['Oreshniks and more.'] }), []],
    ['private warning to RU (target case-folded)', signal({ type: 'WARNING', modality: 'private', target: 'RU', actor: { name: 'Jake Sullivan', country: 'US', kind: 'official' }, lang: 'en', title: null, quote: null, evidence: ['x'] }), ['private-warning-to-ru']],
    ['no target: a target rule does not match', signal({ type: 'WARNING', modality: 'private', target: null, actor: { name: 'A', country: 'US', kind: 'official' }, lang: 'en', title: null, quote: null, evidence: ['x'] }), []],
    ['reassurance at 0 with confidence', signal({ type: 'REASSURANCE', severity: 0, actor: { name: 'Russia', country: 'RU', kind: 'official' }, title: null, quote: null, evidence: ['Победителей быть не может.'] }), ['calm']],
    ['reassurance at 0, low confidence', signal({ type: 'REASSURANCE', severity: 0, confidence: 0.3, actor: { name: 'Russia', country: 'RU', kind: 'official' }, title: null, quote: null, evidence: ['x'] }), []],
    ['no country (expert): a country rule does not match', signal({ actor: { name: 'ISW', country: null, kind: 'expert' }, title: null, quote: null, evidence: ['x'], lang: 'en' }), []],
  ];
  for (const [label, input, expected] of table) {
    assert.deepEqual(match(input).map((r) => r.name), expected, label);
  }
});

test('keyword patterns: whole words, prefixes, phrases, accents', () => {
  const table: [string, string, boolean][] = [
    ['nucléaire', 'la menace NUCLEAIRE', true],
    ['nucleaire', 'la menace nucléaire', true],
    ['ядерн*', 'применения ядерного оружия', true],
    ['ядерн*', 'неядерного государства', false], // a prefix of a word, not inside one
    ['ядерный', 'ядерного', false],
    ['dirty bomb', 'a "dirty   bomb" plot', true],
    ['грязной бомбы', 'так называемой «грязной бомбы»', true],
    ['ёлка', 'елка', true],
    ['a.b', 'axb', false], // regex characters are literal
  ];
  for (const [keyword, text, expected] of table) {
    const folded = text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/ё/g, 'е');
    assert.equal(keywordPattern(keyword).test(folded), expected, `${keyword} in ${text}`);
  }
});
