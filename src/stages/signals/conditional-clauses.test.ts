/**
 * A condition whose clause names its own subject ("если Россия применит…", "якщо Росія завдасть…",
 * "if Russia used…") says what that subject might do: the act is the answer outside it (the speaker's
 * warning or threat), not an act of the condition's subject. Rows in ru/uk/en, the condition after the
 * answer and before it; misses: a threat whose condition is the speaker's own ("if necessary"), or whose
 * condition names the other side's step, stays the speaker's threat.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hitFailures, signalsOf, type Expected } from './rule-table.ts';

/** [language, text, signals that must be found, what must not be found: "TYPE" or "TYPE by Actor"]. */
const ROWS: readonly [string, string, readonly Expected[], readonly string[]][] = [
  // The Western side's answer "if" the adversary uses the weapons: the speaker's warning.
  ['ru', 'Макрон заявил, что Франция ответит, если Россия применит ядерное оружие.', [{ type: 'WARNING', actor: 'Emmanuel Macron' }], ['THREAT']],
  ['uk', 'Зеленський заявив, що світ має відповісти, якщо Росія застосує ядерну зброю.', [{ type: 'WARNING', actor: 'Volodymyr Zelenskyy' }], ['THREAT']],
  ['uk', 'Україна відповість, якщо Росія завдасть ядерного удару, заявив Кулеба.', [{ type: 'WARNING', actor: 'Dmytro Kuleba' }], ['THREAT']],
  ['uk', 'Кулеба заявив, що партнери відповідатимуть, якщо Росія завдасть ядерного удару.', [{ type: 'WARNING', actor: 'Dmytro Kuleba' }], ['THREAT']],
  ['en', 'Macron said France would respond if Russia used nuclear weapons.', [{ type: 'WARNING', actor: 'Emmanuel Macron' }], ['THREAT']],
  ['en', 'Sullivan said the United States would respond decisively if Russia were to use a nuclear weapon.', [{ type: 'WARNING', actor: 'Jake Sullivan' }], ['THREAT']],
  ['en', 'NATO will respond if Russia uses nuclear weapons in Ukraine, Rutte said.', [{ type: 'WARNING', actor: 'Mark Rutte' }], ['THREAT']],
  ['en', 'Biden warned of catastrophic consequences if Russia used a tactical nuclear weapon.', [{ type: 'WARNING', actor: 'Joe Biden' }], ['THREAT']],
  // The Russian side's answer to the adversary's supposed act: its threat, the condition no act of Kyiv's.
  ['ru', 'Москва ответит всеми средствами, если Киев применит «грязную бомбу».', [{ type: 'THREAT', actor: 'Russia' }], ['THREAT by Ukraine', 'USE']],
  ['ru', 'Песков заявил, что Россия ответит, если США разместят ядерное оружие в Польше.', [{ type: 'WARNING', actor: 'Dmitry Peskov' }], ['THREAT by United States', 'POSTURE']],
  // Misses: the speaker's own threat, the condition before or after it, with no other answer apart.
  ['en', 'Medvedev said Russia would use nuclear weapons if Ukraine attacked Crimea.', [{ type: 'THREAT', actor: 'Dmitry Medvedev' }], []],
  ['en', 'If Ukraine attacks Crimea, Russia will use nuclear weapons, Medvedev said.', [{ type: 'THREAT', actor: 'Dmitry Medvedev' }], []],
  ['ru', 'Медведев заявил, что если Украина нападёт на Крым, Россия применит ядерное оружие.', [{ type: 'THREAT', actor: 'Dmitry Medvedev' }], []],
  ['uk', 'Медведєв заявив, що Росія застосує ядерну зброю, якщо Україна атакує Крим.', [{ type: 'THREAT', actor: 'Dmitry Medvedev' }], []],
  ['en', 'If necessary Russia will use nuclear weapons, Putin said.', [{ type: 'THREAT', actor: 'Vladimir Putin' }], []],
  ['ru', 'Путин пригрозил применить ядерное оружие, если НАТО нападёт на Белоруссию.', [{ type: 'THREAT', actor: 'Vladimir Putin' }], []],
  ['ru', 'Россия применит ядерное оружие, если её существованию будет угрожать опасность, заявил Песков.', [{ type: 'THREAT', actor: 'Dmitry Peskov' }], []],
];

test('a condition naming its own subject supposes its act: the answer outside it is the act', () => {
  const failures = ROWS.flatMap(([lang, text, expected, absent], k) => hitFailures(`row ${k} (${lang})`, signalsOf(lang, text, '2024-03-01'), expected, absent));
  assert.deepEqual(failures, []);
});
