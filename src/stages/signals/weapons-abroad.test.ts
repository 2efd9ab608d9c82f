/**
 * Rule table of session 14 (T14): nuclear weapons kept abroad to be withdrawn. A call on the nuclear
 * powers to withdraw (bring home, repatriate) the nuclear weapons they keep outside their territory,
 * or to deploy none there, demands a non-deployment norm: a regime act (§2 ARMS_CONTROL, §4 level 1),
 * whose named deployment is what it would undo, not a posture step of the caller (held-out 7, 12, 14:
 * the Russian-Chinese formula, given POSTURE or nothing). Misses: a deployment abroad reported as done.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hitFailures, signalsOf, type Expected } from './rule-table.ts';

const rowSignals = (lang: string, text: string) => signalsOf(lang, text, '2024-03-01');

/** [language, text, signals that must be found, what must not be found: "TYPE" or "TYPE by Actor"]. */
const ROWS: readonly [string, string, readonly Expected[], readonly string[]][] = [
  [
    'en',
    'Russia and China called on all nuclear powers to withdraw nuclear weapons they keep outside their own territory.',
    [{ type: 'ARMS_CONTROL', actor: 'Russia', severity: 1 }, { type: 'ARMS_CONTROL', actor: 'China', severity: 1 }],
    ['POSTURE', 'THREAT'],
  ],
  ['en', 'The Kremlin urged Washington to return its nuclear weapons from Europe to its national territory.', [{ type: 'ARMS_CONTROL', actor: 'Russia', severity: 1 }], ['POSTURE', 'THREAT']],
  [
    'fr',
    'Moscou et Pékin appellent également les puissances nucléaires à rapatrier les armes déployées hors de leur territoire.',
    [{ type: 'ARMS_CONTROL', actor: 'Russia', severity: 1 }, { type: 'ARMS_CONTROL', actor: 'China', severity: 1 }],
    ['POSTURE', 'THREAT'],
  ],
  ['fr', "La Chine a appelé les États-Unis à retirer leurs armes nucléaires déployées à l'étranger.", [{ type: 'ARMS_CONTROL', actor: 'China', severity: 1 }], ['POSTURE by China']],
  // Misses: the deployment abroad done is a posture step.
  ['fr', 'La Russie a déployé des armes nucléaires tactiques hors de son territoire, au Bélarus.', [{ type: 'POSTURE', actor: 'Russia' }], ['ARMS_CONTROL']],
  ['en', 'Russia has deployed tactical nuclear weapons in Belarus, its first deployment outside its territory since 1991.', [{ type: 'POSTURE', actor: 'Russia' }], ['ARMS_CONTROL']],
];

test('signals: nuclear weapons kept abroad to be withdrawn are a regime demand, not a step (hits and misses)', () => {
  const failures = ROWS.flatMap(([lang, text, expected, absent], i) => hitFailures(`row ${i} (${lang})`, rowSignals(lang, text), expected, absent));
  assert.deepEqual(failures, []);
});
