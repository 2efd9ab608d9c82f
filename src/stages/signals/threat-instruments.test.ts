/**
 * Rule table of session 14 (T14): a threat whose named instrument is not a weapon. "Threatened Europe
 * with new sanctions", « a menacé Washington de sanctions »: economic or diplomatic pressure, no nuclear
 * threat (§2 THREAT: that nuclear weapons may be used), even in a sentence that names nuclear weapons
 * (not-cues). Held-out 14's first run gave such a sanctions threat as a THREAT. Misses: the threat with
 * nuclear weapons, and a nuclear threat whose condition is sanctions.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hitFailures, signalsOf, type Expected } from './rule-table.ts';

const rowSignals = (lang: string, text: string) => signalsOf(lang, text, '2024-03-01');

/** [language, text, signals that must be found, what must not be found: "TYPE" or "TYPE by Actor"]. */
const ROWS: readonly [string, string, readonly Expected[], readonly string[]][] = [
  ['en', 'Medvedev threatened Europe with new sanctions over its talk of French nuclear weapons.', [], ['THREAT']],
  ['fr', "Medvedev a menacé l'Europe de nouvelles sanctions à cause de ses projets d'armes nucléaires.", [], ['THREAT']],
  ['fr', "La Chine a menacé Washington de sanctions après le passage d'un sous-marin nucléaire américain.", [], ['THREAT']],
  // Misses: the weapons named as the instrument, or sanctions as the condition of a nuclear threat.
  ['en', 'Medvedev threatened Europe with nuclear weapons over its support for Kyiv.', [{ type: 'THREAT', actor: 'Dmitry Medvedev' }], []],
  ['fr', "Medvedev a menacé l'Europe de l'arme nucléaire.", [{ type: 'THREAT', actor: 'Dmitry Medvedev' }], []],
  ['en', 'Medvedev threatened to use nuclear weapons if the sanctions continued.', [{ type: 'THREAT', actor: 'Dmitry Medvedev' }], []],
];

test('signals: a threat of sanctions is no nuclear threat (hits and misses)', () => {
  const failures = ROWS.flatMap(([lang, text, expected, absent], i) => hitFailures(`row ${i} (${lang})`, rowSignals(lang, text), expected, absent));
  assert.deepEqual(failures, []);
});
