/**
 * The owner of what a condemnation judges ("Putin's nuclear saber-rattling is dangerous and
 * irresponsible.", said in a speech with no verb of speech) is its object, never who condemns
 * (h13-en-07 gave the WARNING to Putin). With a speaker named, the speaker condemns; the owner
 * named by a state's ministry keeps the ministry's condemnation. Likewise a state named in the clause a
 * judgement governs ("the report estimates that … India has overtaken Pakistan") is what is judged.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hitFailures, signalsOf, type Expected } from './rule-table.ts';

/** [language, text, signals that must be found, what must not be found: "TYPE" or "TYPE by Actor"]. */
const ROWS: readonly (readonly [string, string, readonly Expected[], readonly string[]])[] = [
  ['en', "Putin's nuclear saber-rattling is dangerous and irresponsible. And it needs to stop.", [], ['WARNING by Vladimir Putin']],
  ['en', "Russia's nuclear threats are irresponsible and unacceptable.", [], ['WARNING by Russia']],
  ['en', "Austin said Putin's nuclear saber-rattling was dangerous and irresponsible.", [{ type: 'WARNING', actor: 'Lloyd Austin' }], ['WARNING by Vladimir Putin']],
  ['en', "Russia's foreign ministry called the US nuclear deployment irresponsible.", [{ type: 'WARNING', actor: 'Russia' }], []],
  // The owner's threat so judged is the condemned threat, not one made; the owner is marked as the
  // language marks it: a possessive ending (possessive-marks), an owner word after the noun
  // (« de », attribution-cues `owner`), the genitive (`owner-bare`).
  ['en', "Putin's nuclear saber-rattling is dangerous and irresponsible.", [], ['WARNING by Vladimir Putin', 'THREAT by Vladimir Putin']],
  ['en', 'The nuclear threats of Putin are irresponsible.', [], ['WARNING by Vladimir Putin', 'THREAT by Vladimir Putin']],
  ['fr', 'Les menaces nucléaires de Poutine sont dangereuses et irresponsables.', [], ['WARNING by Vladimir Putin', 'THREAT by Vladimir Putin']],
  ['ru', 'Ядерные угрозы Путина безответственны.', [], ['WARNING by Vladimir Putin', 'THREAT by Vladimir Putin']],
  // A speaker named keeps the condemnation; the owner still makes no threat.
  ['en', "Biden said Putin's nuclear threats were irresponsible.", [{ type: 'WARNING', actor: 'Joe Biden' }], ['THREAT by Vladimir Putin']],
  ['fr', 'Macron a jugé les menaces nucléaires de Poutine irresponsables.', [{ type: 'WARNING', actor: 'Emmanuel Macron' }], ['THREAT by Vladimir Putin']],
  // Misses: the owner's own threat, stated with no condemnation, is a threat.
  ['en', "Putin's warning was blunt: Russia will use all the means at its disposal, including nuclear weapons.", [{ type: 'THREAT', actor: 'Vladimir Putin' }], []],
];

/** A state named in the clause a judgement governs ("estimates that India has…") is what is judged, not the judge. */
const JUDGED_ROWS: readonly (readonly [string, string, readonly Expected[], readonly string[]])[] = [
  ['en', 'The report also estimates that North Korea now has about 50 nuclear warheads, and that India has overtaken Pakistan.', [], ['ASSESSMENT by India', 'ASSESSMENT by North Korea']],
  ['en', "Our own assessment is that the risk of Russian nuclear use remains low, and that Beijing's influence in Moscow is one reason.", [], ['ASSESSMENT by China']],
  ['fr', "Le Pentagone estime que l'arsenal nucléaire de la Chine dépassera 1 000 ogives.", [{ type: 'ASSESSMENT', actor: 'United States' }], ['ASSESSMENT by China']],
  // An inverted source after the judgement's words, with no "that", stays the judge.
  ['fr', 'La Corée du Nord pourrait mener un septième essai nucléaire à tout moment, estiment les services de renseignement sud-coréens.', [{ type: 'ASSESSMENT', actor: 'South Korea' }], []],
];

test('a state in the clause a judgement governs is not the judge', () => {
  const failures = JUDGED_ROWS.flatMap(([lang, text, expected, absent], k) => hitFailures(`row ${k} (${lang})`, signalsOf(lang, text, '2024-06-01'), expected, absent));
  assert.deepEqual(failures, []);
});

test('the owner of what a condemnation judges is not who condemns', () => {
  const failures = ROWS.flatMap(([lang, text, expected, absent], k) => hitFailures(`row ${k} (${lang})`, signalsOf(lang, text, '2022-11-19'), expected, absent));
  assert.deepEqual(failures, []);
});

/** An arsenal's growth in the past tense, as a research institute reports it: the institute's ASSESSMENT. */
const ARSENAL_ROWS: readonly (readonly [string, string, readonly Expected[], readonly string[]])[] = [
  ['en', "The Stockholm International Peace Research Institute said China's nuclear arsenal grew to about 600 warheads in 2024.", [{ type: 'ASSESSMENT', actor: 'Stockholm International Peace Research Institute' }], ['ASSESSMENT by China']],
  ['uk', 'За даними SIPRI, ядерний арсенал Китаю зріс до 600 боєголовок.', [{ type: 'ASSESSMENT', actor: 'Stockholm International Peace Research Institute' }], ['ASSESSMENT by China']],
  ['en', "The museum's arsenal grew to 600 muskets.", [], ['ASSESSMENT']],
];

test('an arsenal grown is the reporting institute\'s assessment', () => {
  const failures = ARSENAL_ROWS.flatMap(([lang, text, expected, absent], k) => hitFailures(`row ${k} (${lang})`, signalsOf(lang, text, '2025-06-16'), expected, absent));
  assert.deepEqual(failures, []);
});
