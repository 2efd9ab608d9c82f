/**
 * Rule table of session 14 (T14): a breach denied, whose state. "Russia has not violated the moratorium"
 * in a Russian official's mouth denies one's own side's breach: a reassurance (§2 REASSURANCE: denies
 * intent). The same words said of another state, named as the clause's agent ("Tehran has not withdrawn
 * from the NPT", said by a Russian diplomat), judge that state's conduct: the speaker's assessment of no
 * indicators (§2 ASSESSMENT, §4 level 1), not a reassurance of the speaker's (held-out 14's first run).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hitFailures, signalsOf, type Expected } from './rule-table.ts';

const rowSignals = (lang: string, text: string) => signalsOf(lang, text, '2024-03-01');

/** [language, text, signals that must be found, what must not be found: "TYPE" or "TYPE by Actor"]. */
const ROWS: readonly [string, string, readonly Expected[], readonly string[]][] = [
  // Another state's breach denied: the speaker's judgement…
  ['en', 'Mikhail Ulyanov said Tehran had not withdrawn from the Non-Proliferation Treaty.', [{ type: 'ASSESSMENT', actor: 'Mikhail Ulyanov', severity: 1 }], ['REASSURANCE']],
  ['fr', 'Mikhaïl Oulianov a souligné que Téhéran ne s’était pas retiré du TNP.', [{ type: 'ASSESSMENT', actor: 'Mikhail Ulyanov', severity: 1 }], ['REASSURANCE']],
  ['ru', 'Дипломат также отметил, что Тегеран не заявлял о выходе из ДНЯО, сообщил Михаил Ульянов.', [{ type: 'ASSESSMENT', actor: 'Mikhail Ulyanov' }], ['REASSURANCE']],
  // … one's own side's: a reassurance.
  ['en', 'Lavrov said Russia had not violated the moratorium on nuclear tests.', [{ type: 'REASSURANCE', actor: 'Sergey Lavrov' }], ['ASSESSMENT']],
  ['fr', "Sergueï Lavrov a assuré que la Russie n'avait pas violé le moratoire sur les essais nucléaires.", [{ type: 'REASSURANCE', actor: 'Sergey Lavrov' }], ['ASSESSMENT']],
  ['en', "Iran's foreign minister said Tehran had not withdrawn from the Non-Proliferation Treaty.", [{ type: 'REASSURANCE', actor: 'Hossein Amir-Abdollahian' }], ['ASSESSMENT']],
  ['en', 'Ryabkov said Russia would not be the first to resume nuclear testing.', [{ type: 'REASSURANCE', actor: 'Sergei Ryabkov' }], ['ASSESSMENT']],
];

test("signals: a breach denied of another state is the speaker's assessment, of one's own a reassurance (hits and misses)", () => {
  const failures = ROWS.flatMap(([lang, text, expected, absent], i) => hitFailures(`row ${i} (${lang})`, rowSignals(lang, text), expected, absent));
  assert.deepEqual(failures, []);
});
