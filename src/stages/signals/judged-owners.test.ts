/**
 * The owner of what a condemnation judges ("Putin's nuclear saber-rattling is dangerous and
 * irresponsible.", said in a speech with no verb of speech) is its object, never who condemns
 * (h13-en-07 gave the WARNING to Putin). With a speaker named, the speaker condemns; the owner
 * named by a state's ministry keeps the ministry's condemnation.
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
];

test('the owner of what a condemnation judges is not who condemns', () => {
  const failures = ROWS.flatMap(([lang, text, expected, absent], k) => hitFailures(`row ${k} (${lang})`, signalsOf(lang, text, '2022-11-19'), expected, absent));
  assert.deepEqual(failures, []);
});
