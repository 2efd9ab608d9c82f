/**
 * Rule table of session 14 (T14): an answer in kind promised to the other side's nuclear test. "Will
 * respond in kind if the United States conducts a nuclear test", « répondra de manière symétrique si les
 * Etats-Unis procèdent à un essai nucléaire »: a move in the test-ban regime, one's own test promised as
 * the answer (§2 ARMS_CONTROL, §4 level 2; held-out 12's gold, fr and ru), not the threat of a
 * counter-step the same words make against a deployment; the plain warning verb reporting it (« a
 * averti ») is no warning of its own. Misses: the same answer to a deployment stays what it was.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hitFailures, signalsOf, type Expected } from './rule-table.ts';

const rowSignals = (lang: string, text: string) => signalsOf(lang, text, '2024-03-01');

/** [language, text, signals that must be found, what must not be found: "TYPE" or "TYPE by Actor"]. */
const ROWS: readonly [string, string, readonly Expected[], readonly string[]][] = [
  ['en', 'Russia will respond in kind if the United States conducts a nuclear test, Sergei Ryabkov said.', [{ type: 'ARMS_CONTROL', actor: 'Sergei Ryabkov', severity: 2 }], ['THREAT']],
  [
    'fr',
    'La Russie « répondra de manière symétrique » si les Etats-Unis procèdent à un essai nucléaire, a averti Sergueï Riabkov.',
    [{ type: 'ARMS_CONTROL', actor: 'Sergei Ryabkov', severity: 2 }],
    ['THREAT'],
  ],
  // Misses: an answer in kind to a deployment is no test-ban move.
  ['en', 'Ryabkov said Russia would respond in kind to any deployment of US missiles in Europe.', [], ['ARMS_CONTROL']],
  ['fr', 'Riabkov a averti que la Russie répondrait de manière symétrique au déploiement de missiles américains en Europe.', [], ['ARMS_CONTROL']],
];

test('signals: an answer in kind to a nuclear test is a test-ban move (hits and misses)', () => {
  const failures = ROWS.flatMap(([lang, text, expected, absent], i) => hitFailures(`row ${i} (${lang})`, rowSignals(lang, text), expected, absent));
  assert.deepEqual(failures, []);
});
