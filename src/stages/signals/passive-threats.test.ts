/**
 * A nuclear strike promised in the passive, its target as subject ("Kyiv and Berlin would be hit by a
 * nuclear strike", «по Киеву будет нанесён ядерный удар», «по Києву буде завдано ядерного удару»,
 * « Kiev et Berlin seraient frappés par une frappe nucléaire »): the Russian side's THREAT against the
 * subject, never the subject's act. Rows written for the class; misses: a Western speaker's
 * deterrent answer, a conventional strike reported.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hitFailures, signalsOf, type Expected } from './rule-table.ts';

/** [language, text, signals that must be found, what must not be found: "TYPE" or "TYPE by Actor"]. */
const ROWS: readonly (readonly [string, string, readonly Expected[], readonly string[]])[] = [
  ['en', 'Medvedev posted that Kyiv and Berlin would be hit by a nuclear strike if Taurus missiles were supplied.', [{ type: 'THREAT', actor: 'Dmitry Medvedev' }], ['THREAT by Ukraine', 'THREAT by Germany']],
  ['ru', 'Медведев написал, что по Киеву и Берлину будет нанесён ядерный удар в случае поставок Taurus.', [{ type: 'THREAT', actor: 'Dmitry Medvedev' }], ['THREAT by Ukraine']],
  ['uk', 'Медведєв написав, що по Києву і Берліну буде завдано ядерного удару в разі постачання Taurus.', [{ type: 'THREAT', actor: 'Dmitry Medvedev' }], ['THREAT by Ukraine']],
  ['fr', 'Medvedev a écrit que Kiev et Berlin seraient frappés par une frappe nucléaire si des missiles Taurus étaient livrés.', [{ type: 'THREAT', actor: 'Dmitry Medvedev' }], ['THREAT by Ukraine']],
  ['fr', 'Medvedev a affirmé que Londres subirait une frappe nucléaire.', [{ type: 'THREAT', actor: 'Dmitry Medvedev' }], []],
  // Misses: a Western speaker's answer is no threat of the Russian side's kind; a strike reported.
  ['en', 'A NATO general said Moscow would be hit by a nuclear strike only if Russia used nuclear weapons first.', [], ['THREAT by Russia']],
  ['en', 'Nuclear tensions rise. Kyiv was hit by a missile strike overnight, officials said.', [], ['THREAT']],
];

test('a nuclear strike promised in the passive is the Russian side\'s threat against its subject', () => {
  const failures = ROWS.flatMap(([lang, text, expected, absent], k) => hitFailures(`row ${k} (${lang})`, signalsOf(lang, text, '2024-03-01'), expected, absent));
  assert.deepEqual(failures, []);
});

/** Talks on nuclear risk taken up again, in French as in English ("nuclear risk reduction"). */
test('French: talks on reducing nuclear risks are a contact', () => {
  const out = signalsOf('fr', 'Les armées américaine et chinoise ont convenu de reprendre leurs discussions sur la réduction des risques nucléaires.', '2024-03-01');
  assert.deepEqual(hitFailures('fr', out, [{ type: 'CONTACT', actor: 'United States' }], ['ASSESSMENT']), []);
});

/**
 * The adversary's use said possible by a speaker of the other side ("Zelensky said Putin could use
 * nuclear weapons", «Путін може застосувати ядерну зброю»): the speaker's judgement that the risk is
 * serious (§2 ASSESSMENT), as the dev gold types Biden's and Burns's; the same words of one's own
 * side stay a threat.
 */
const POSSIBLE_USE_ROWS: readonly (readonly [string, string, readonly Expected[], readonly string[]])[] = [
  ['en', 'Zelensky said Putin could use nuclear weapons and the world must be ready.', [{ type: 'ASSESSMENT', actor: 'Volodymyr Zelenskyy' }], ['THREAT']],
  ['uk', 'Зеленський заявив, що Путін може застосувати ядерну зброю.', [{ type: 'ASSESSMENT', actor: 'Volodymyr Zelenskyy' }], ['THREAT']],
  ['ru', 'Зеленский: Путин может применить ядерное оружие, мир должен быть готов.', [{ type: 'ASSESSMENT', actor: 'Volodymyr Zelenskyy' }], ['THREAT']],
  ['fr', "Zelensky estime que Poutine pourrait utiliser l'arme nucléaire.", [{ type: 'ASSESSMENT', actor: 'Volodymyr Zelenskyy' }], ['THREAT']],
  ['en', 'Medvedev said Russia could use nuclear weapons.', [{ type: 'THREAT', actor: 'Dmitry Medvedev' }], ['ASSESSMENT']],
  ['ru', 'Медведев заявил, что Россия может применить ядерное оружие против Украины.', [{ type: 'THREAT', actor: 'Dmitry Medvedev' }], []],
  // A threat reported as made stays only a report.
  ['en', 'Zelensky said Putin had threatened to use nuclear weapons.', [], ['ASSESSMENT', 'THREAT by Volodymyr Zelenskyy']],
];

test('the adversary\'s use said possible is the speaker\'s assessment', () => {
  const failures = POSSIBLE_USE_ROWS.flatMap(([lang, text, expected, absent], k) => hitFailures(`row ${k} (${lang})`, signalsOf(lang, text, '2024-03-01'), expected, absent));
  assert.deepEqual(failures, []);
});

/** « n'utiliserait l'arme nucléaire qu'en cas d'agression »: a negation made restrictive by a condition right after it states a doctrine, not a denial. */
const RESTRICTIVE_ROWS: readonly (readonly [string, string, readonly Expected[], readonly string[]])[] = [
  ['fr', "Loukachenko a déclaré que le Bélarus n'utiliserait l'arme nucléaire qu'en cas d'agression.", [{ type: 'DOCTRINE', actor: 'Alexander Lukashenko' }], ['REASSURANCE']],
  ['fr', "Le Kremlin assure que la Russie n'utilisera pas l'arme nucléaire.", [{ type: 'REASSURANCE', actor: 'Russia' }], []],
  ['en', 'Russia would not use nuclear weapons unless its existence was threatened, Peskov said.', [{ type: 'DOCTRINE', actor: 'Dmitry Peskov' }], ['THREAT']],
  ['en', 'Biden warned that unless Russia stopped its nuclear threats, sanctions would follow.', [{ type: 'WARNING', actor: 'Joe Biden' }], ['DOCTRINE']],
];

test('a negation made restrictive by a condition states a doctrine', () => {
  const failures = RESTRICTIVE_ROWS.flatMap(([lang, text, expected, absent], k) => hitFailures(`row ${k} (${lang})`, signalsOf(lang, text, '2023-03-26'), expected, absent));
  assert.deepEqual(failures, []);
});
