/**
 * Alarm at others' rhetoric or steps ("were alarmed by … the deployment of nuclear weapons to more
 * countries", "deeply concerned by Russia's deployment") is the speaker's judgement, and the steps named
 * after it are what is judged, not the speaker's own (frame, as French « préoccupé par »; E12, from
 * holdout-12, where the treaty parties' alarm was their POSTURE). Misses: alarm at no nuclear matter.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hitFailures, signalsOf, type Expected } from './rule-table.ts';

/** [language, text, signals that must be found, what must not be found: "TYPE" or "TYPE by Actor"]. */
const ROWS: readonly (readonly [string, string, readonly Expected[], readonly string[]])[] = [
  ['en', 'Jens Stoltenberg said NATO was deeply concerned by Russia\'s deployment of nuclear weapons to Belarus.', [{ type: 'ASSESSMENT', actor: 'Jens Stoltenberg' }], ['POSTURE by Jens Stoltenberg']],
  ['en', "Jens Stoltenberg said NATO was alarmed at the pace of China's nuclear build-up.", [{ type: 'ASSESSMENT', actor: 'Jens Stoltenberg' }], ['POSTURE']],
  ['en', 'Antonio Guterres said he was alarmed by the deployment of nuclear weapons to more countries.', [{ type: 'ASSESSMENT', actor: 'António Guterres' }], ['POSTURE']],
  // Misses: the same words about no nuclear matter; a step stated without alarm stays a step.
  ['en', 'Residents were alarmed by the noise of the planes.', [], ['ASSESSMENT']],
  ['en', 'Russia deployed tactical nuclear weapons to Belarus, Vladimir Putin said.', [{ type: 'POSTURE', actor: 'Vladimir Putin' }], ['ASSESSMENT']],
];

test('alarm at others\' nuclear steps is a judgement of them, not a step of the speaker\'s', () => {
  const failures = ROWS.flatMap(([lang, text, expected, absent], k) => hitFailures(`row ${k} (${lang})`, signalsOf(lang, text, '2024-03-01'), expected, absent));
  assert.deepEqual(failures, []);
});
