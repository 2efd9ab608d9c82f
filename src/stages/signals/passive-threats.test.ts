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
