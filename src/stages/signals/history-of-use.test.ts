/**
 * "The only country that has used nuclear weapons" (ru «единственная страна, применившая ядерное
 * оружие», uk «єдина країна, що застосувала ядерну зброю»): a state named by its history (Hiroshima),
 * no act of the speaker's — Zakharova's sentence was her THREAT (E12, from holdout-12). The past forms
 * are set aside (not-cues); a future use in the same shape is still what it says.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hitFailures, signalsOf, type Expected } from './rule-table.ts';

/** [language, text, signals that must be found, what must not be found: "TYPE" or "TYPE by Actor"]. */
const ROWS: readonly (readonly [string, string, readonly Expected[], readonly string[]])[] = [
  ['ru', 'Захарова напомнила: единственная страна, применившая ядерное оружие против людей, — это США.', [], ['THREAT']],
  ['ru', 'Захарова заявила, что США — единственная страна, которая применила ядерное оружие.', [], ['THREAT']],
  ['uk', 'Захарова заявила, що США — єдина країна, яка застосувала ядерну зброю.', [], ['THREAT']],
  ['uk', 'Захарова нагадала: єдина країна, що застосувала ядерну зброю проти людей, — це США.', [], ['THREAT']],
  ['en', 'Maria Zakharova said the United States was the only country ever to have used nuclear weapons.', [], ['THREAT']],
  // Misses of the rule: the future, and "единственное" beside a use promised.
  ['ru', 'Медведев заявил, что ядерное оружие — единственное средство, и Россия применит его без колебаний.', [{ type: 'THREAT', actor: 'Dmitry Medvedev' }], []],
  ['ru', 'Медведев заявил, что Россия применит ядерное оружие, если её существование окажется под угрозой.', [{ type: 'THREAT', actor: 'Dmitry Medvedev' }], []],
];

test('the only country that has used nuclear weapons is a history, not the speaker\'s threat', () => {
  const failures = ROWS.flatMap(([lang, text, expected, absent], k) => hitFailures(`row ${k} (${lang})`, signalsOf(lang, text, '2024-03-01'), expected, absent));
  assert.deepEqual(failures, []);
});
