/**
 * Use called an extreme, exceptional or last-resort measure (E12, from holdout-12's misses): when nuclear
 * weapons would be used, a DOCTRINE statement, and the threat words beside it are its content ("would
 * remain an extreme, exceptional measure, but the forces had to be kept in readiness because of … new
 * threats" was a THREAT). In Russian and Ukrainian the singular ("остаётся крайней, исключительной
 * мерой", «залишається крайнім, винятковим заходом»); the plural taken ("примет крайние меры вплоть до
 * применения") is an action promised, no condition. Misses: an extreme measure with no nuclear weapon.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hitFailures, signalsOf, type Expected } from './rule-table.ts';

/** [language, text, signals that must be found, what must not be found: "TYPE" or "TYPE by Actor"]. */
const ROWS: readonly (readonly [string, string, readonly Expected[], readonly string[]])[] = [
  ['en', 'The use of nuclear weapons, Vladimir Putin said, would remain an extreme, exceptional measure.', [{ type: 'DOCTRINE', actor: 'Vladimir Putin' }], ['THREAT']],
  [
    'en',
    'Vladimir Putin said the use of nuclear weapons would remain an extreme, exceptional measure, but the forces had to be kept in constant readiness because of new threats.',
    [{ type: 'DOCTRINE', actor: 'Vladimir Putin' }],
    ['THREAT'],
  ],
  ['en', 'Dmitry Peskov said nuclear weapons were a last-resort measure.', [{ type: 'DOCTRINE', actor: 'Dmitry Peskov' }], ['THREAT']],
  ['fr', "Vladimir Poutine a déclaré que l'emploi de l'arme nucléaire resterait une mesure extrême et exceptionnelle.", [{ type: 'DOCTRINE', actor: 'Vladimir Putin' }], ['THREAT']],
  ['ru', 'Владимир Путин заявил, что применение ядерного оружия остаётся крайней, исключительной мерой.', [{ type: 'DOCTRINE', actor: 'Vladimir Putin' }], ['THREAT']],
  ['uk', 'Путін заявив, що застосування ядерної зброї залишається крайнім, винятковим заходом.', [{ type: 'DOCTRINE', actor: 'Vladimir Putin' }], ['THREAT']],
  // Misses: measures promised in the plural; an extreme measure with no nuclear weapon.
  ['ru', 'Медведев заявил, что Россия примет крайние меры вплоть до применения ядерного оружия.', [], ['DOCTRINE']],
  ['en', 'Joe Biden said sanctions were an extreme measure.', [], ['DOCTRINE']],
];

test('use called an extreme, exceptional or last-resort measure is doctrine, not a threat', () => {
  const failures = ROWS.flatMap(([lang, text, expected, absent], k) => hitFailures(`row ${k} (${lang})`, signalsOf(lang, text, '2024-03-01'), expected, absent));
  assert.deepEqual(failures, []);
});
