/**
 * A threat said with its recipient as subject ("Британия получит ядерный ответ", "Британія отримає
 * ядерну відповідь", "London would receive a nuclear response"): the party before the threat words is
 * the one aimed at, so the Russian side's sentence is its threat against that party, not an accusation
 * that the party threatens. Misses: the party as the agent of a threat verb ("Лондон угрожает России")
 * stays an accusation.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hitFailures, signalsOf, type Expected } from './rule-table.ts';

/** [language, text, signals that must be found, what must not be found: "TYPE" or "TYPE by Actor"]. */
const ROWS: readonly [string, string, readonly Expected[], readonly string[]][] = [
  ['uk', 'Британія отримає ядерну відповідь, заявив Медведєв.', [{ type: 'THREAT', actor: 'Dmitry Medvedev', target: 'GB' }], ['ACCUSATION']],
  ['uk', 'Медведєв заявив, що Київ отримає ядерний удар у відповідь.', [{ type: 'THREAT', actor: 'Dmitry Medvedev', target: 'UA' }], ['ACCUSATION']],
  ['ru', 'Медведев заявил, что Лондон получит ядерный ответ.', [{ type: 'THREAT', actor: 'Dmitry Medvedev', target: 'GB' }], ['ACCUSATION']],
  ['ru', 'Британия получит ядерный ответ, заявил Медведев.', [{ type: 'THREAT', actor: 'Dmitry Medvedev', target: 'GB' }], ['ACCUSATION']],
  ['en', 'Medvedev said London would receive a nuclear response.', [{ type: 'THREAT', actor: 'Dmitry Medvedev', target: 'GB' }], ['ACCUSATION']],
  ['en', 'Medvedev warned that Kyiv will face a nuclear strike if it attacks Crimea.', [{ type: 'THREAT', actor: 'Dmitry Medvedev', target: 'UA' }], ['ACCUSATION']],
  // Misses: the party is the agent of the threat verb.
  ['ru', 'Захарова заявила, что Лондон угрожает России ядерным оружием.', [{ type: 'ACCUSATION', actor: 'Maria Zakharova' }], ['THREAT']],
  ['en', 'Zakharova said London had threatened Russia with nuclear weapons.', [{ type: 'ACCUSATION', actor: 'Maria Zakharova' }], ['THREAT']],
];

test('a threat said with its recipient as subject is a threat against it, not its act', () => {
  const failures = ROWS.flatMap(([lang, text, expected, absent], k) => hitFailures(`row ${k} (${lang})`, signalsOf(lang, text, '2024-03-01'), expected, absent));
  assert.deepEqual(failures, []);
});
