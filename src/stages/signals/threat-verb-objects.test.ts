/**
 * The act a threat verb governs ("угрожает применить", "погрожує застосувати") is the verb's: when the
 * verb is one that only the other side's actor makes (a Western speaker describing a regime "который
 * угрожает применить ядерное оружие"), the governed use is no threat of the speaker's. Misses: the
 * Russian side's own threat verb, and a verb either side may use ("пригрозил"), keep the threat.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hitFailures, signalsOf, type Expected } from './rule-table.ts';

/** [language, text, signals that must be found, what must not be found: "TYPE" or "TYPE by Actor"]. */
const ROWS: readonly [string, string, readonly Expected[], readonly string[]][] = [
  ['ru', 'Байден заявил, что США имеют дело с режимом, который угрожает применить ядерное оружие.', [], ['THREAT by Joe Biden']],
  ['ru', 'Байден заявил: «Мы имеем дело с режимом, который угрожает применить ядерное оружие».', [], ['THREAT by Joe Biden']],
  ['uk', 'Байден заявив, що США мають справу з режимом, який погрожує застосувати ядерну зброю.', [], ['THREAT by Joe Biden']],
  // Misses: the threat verb is the actor's own.
  ['ru', 'Медведев угрожает применить ядерное оружие.', [{ type: 'THREAT', actor: 'Dmitry Medvedev' }], []],
  ['ru', 'Путин пригрозил применить ядерное оружие.', [{ type: 'THREAT', actor: 'Vladimir Putin' }], []],
  ['ru', 'Байден пригрозил применить ядерное оружие в ответ.', [{ type: 'THREAT', actor: 'Joe Biden' }], []],
];

test('a use governed by a threat verb of the other side is no threat of the speaker', () => {
  const failures = ROWS.flatMap(([lang, text, expected, absent], k) => hitFailures(`row ${k} (${lang})`, signalsOf(lang, text, '2024-03-01'), expected, absent));
  assert.deepEqual(failures, []);
});
