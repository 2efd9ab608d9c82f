/**
 * A relative clause that ends a quotation placed before its speaker («…в конфронтации, которая может
 * перерасти в ядерную войну», — заявил Путин) is closed by the quotation's end, not by the comma that
 * parts the quotation from its speaker: it is the speaker's words, as with the speaker first. Misses: a
 * relative clause closed by a comma inside the quotation ("Russia, which has threatened…, is isolated")
 * describes someone and gives no act; «без преувеличения», «без перебільшення» ('truly') judge nothing.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hitFailures, signalsOf, type Expected } from './rule-table.ts';

/** [language, text, signals that must be found, what must not be found: "TYPE" or "TYPE by Actor"]. */
const ROWS: readonly [string, string, readonly Expected[], readonly string[]][] = [
  ['ru', '«Стороны находятся в конфронтации, которая может перерасти в ядерную войну», — заявил Путин.', [{ type: 'ASSESSMENT', actor: 'Vladimir Putin' }], []],
  ['ru', 'Путин заявил: «Стороны находятся в конфронтации, которая может перерасти в ядерную войну».', [{ type: 'ASSESSMENT', actor: 'Vladimir Putin' }], []],
  ['uk', '«Сторони перебувають у конфронтації, яка може перерости в ядерну війну», — заявив Зеленський.', [{ type: 'ASSESSMENT', actor: 'Volodymyr Zelenskyy' }], []],
  ['en', '"We are in a confrontation which could escalate into a nuclear war," Biden said.', [{ type: 'ASSESSMENT', actor: 'Joe Biden' }], []],
  // Misses: the clause closed inside the quotation describes its antecedent.
  ['en', '"Russia, which has threatened to use nuclear weapons, is isolated," Biden said.', [], ['THREAT', 'ACCUSATION']],
  ['ru', '«Россия, которая угрожает применить ядерное оружие, оказалась в изоляции», — заявил Байден.', [], ['THREAT', 'ACCUSATION']],
  ['ru', '«Это событие без преувеличения историческое», — подчеркнул Путин о ядерном оружии.', [], ['ASSESSMENT']],
  ['uk', '«Це без перебільшення історична подія для ядерної зброї», — заявив Зеленський.', [], ['ASSESSMENT']],
];

test('a relative clause ending a quotation before its speaker is the speaker’s words', () => {
  const failures = ROWS.flatMap(([lang, text, expected, absent], k) => hitFailures(`row ${k} (${lang})`, signalsOf(lang, text, '2024-03-01'), expected, absent));
  assert.deepEqual(failures, []);
});
