/**
 * Rule tables of session 8 (helper A): constructions that decide a signal's TYPE in unseen English
 * news (SIGNALS.md §2), written from the first run of `en-8x-*` and the type errors of the
 * development sets: consequences promised with a qualifier between, exercises named by the forces
 * they train, regime acts that suspend cooperation or consultations, the adversary's drills called a
 * rehearsal of nuclear war, the Russian side's veiled formulas about fighting a nuclear power, the
 * inspectors' verification formula, the negative security assurance, and what an actor "gave no sign"
 * of. Each row runs the whole pipeline on a short article; misses sit beside the hits.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Signal } from '../../document/index.ts';
import { describe, hitFailures, signalsOf, type Expected } from './rule-table.ts';

/** Rows are dated as published on 2024-03-01. */
const rowSignals = (lang: string, text: string): readonly Signal[] => signalsOf(lang, text, '2024-03-01');

/** [language, text, signals that must be found, what must not be found: "TYPE" or "TYPE by Actor"]. */
const ROWS: readonly [string, string, readonly Expected[], readonly string[]][] = [
  // Consequences with a qualifier between: the Russian side's (and North Korea's) is a veiled threat…
  [
    'en',
    'Kim Jong Un ordered that the nuclear deterrent be ready at any time and said the enemies would face "unimaginable" consequences for their drills.',
    // (the order to be ready at any time is a posture step of its own)
    [{ type: 'THREAT', actor: 'Kim Jong Un' }, { type: 'POSTURE', actor: 'Kim Jong Un' }],
    ['WARNING'],
  ],
  // … the other side's a warning.
  [
    'en',
    'Jake Sullivan said Russia would face very serious consequences if it used nuclear weapons in Ukraine.',
    [{ type: 'WARNING', actor: 'Jake Sullivan' }],
    ['THREAT'],
  ],
  // An exercise named by the forces it trains, with words between…
  ['en', 'Russia held an exercise of its strategic nuclear forces on Tuesday.', [{ type: 'POSTURE', actor: 'Russia', severity: 1 }], []],
  // … but exercising power or restraint is no exercise.
  ['en', 'Washington urged Moscow to exercise restraint in its nuclear rhetoric.', [], ['POSTURE']],
  // Cooperation with the nuclear watchdog, or arms control consultations, suspended: a regime act.
  [
    'en',
    "Iran's parliament approved a bill to suspend cooperation with the International Atomic Energy Agency.",
    [{ type: 'ARMS_CONTROL', actor: 'Iran', severity: 3 }],
    [],
  ],
  [
    'en',
    "China's foreign ministry said Beijing was suspending consultations with Washington on arms control and nonproliferation.",
    [{ type: 'ARMS_CONTROL', actor: 'China', severity: 3 }],
    [],
  ],
  // Suspended cooperation on something else, in a story that is not about weapons, is no regime act.
  ['en', 'Germany suspended cooperation with the Russian energy firm on a gas pipeline.', [], ['ARMS_CONTROL']],
  // The adversary's exercises called a rehearsal of nuclear war: the Russian side's accusation…
  [
    'en',
    "North Korea described the allies' exercises as a rehearsal for a nuclear war of aggression against it.",
    [{ type: 'ACCUSATION', actor: 'North Korea' }],
    [],
  ],
  // … an analyst's reading of a drill is no accusation.
  [
    'en',
    'Western analysts said the Zapad exercise was a rehearsal for a nuclear war in Europe.',
    [],
    ['ACCUSATION'],
  ],
  // The Russian side's formula of a war against a nuclear power: a veiled threat…
  [
    'en',
    '"I will not even speak about the senselessness of the very idea of fighting to win against a nuclear power, which is what Russia is," Sergei Lavrov said.',
    [{ type: 'THREAT', actor: 'Sergey Lavrov', severity: 3 }],
    [],
  ],
  // … not in a Western official's mouth.
  [
    'en',
    'Antony Blinken said Ukraine was defending itself against a nuclear power that had invaded it.',
    [],
    ['THREAT'],
  ],
  // Taking the world down with oneself: an explicit threat of a nuclear-armed state's official.
  [
    'en',
    '"We are a nuclear nation. If we think we are going down, we\'ll take half the world down with us," Pakistan\'s army chief Asim Munir said.',
    [{ type: 'THREAT', actor: 'Asim Munir', severity: 4 }],
    [],
  ],
  // The inspectors' verification formula: a judgement of the nature of a nuclear programme.
  [
    'en',
    "Rafael Grossi said the agency could not confirm that Iran's nuclear programme was entirely peaceful.",
    [{ type: 'ASSESSMENT', actor: 'Rafael Grossi', severity: 2 }],
    [],
  ],
  // The negative security assurance forswears a threat: the no-first-use pledge beside it reassures.
  [
    'en',
    'Chinese diplomats restated that China will not be the first to use nuclear weapons at any time, and will not use or threaten to use them against non-nuclear-weapon states.',
    [{ type: 'REASSURANCE', actor: 'China' }],
    ['THREAT'],
  ],
  // What an actor "gave no sign" of is the reporter's observation, not the actor's judgement.
  [
    'en',
    'India tested a nuclear-capable Agni-5 missile on Monday. New Delhi gave no sign that the test signalled any change in that policy.',
    [{ type: 'POSTURE', actor: 'India' }],
    ['ASSESSMENT'],
  ],
  // … whereas seeing no sign is a judgement of no indicators.
  [
    'en',
    'The Pentagon said it had seen no sign that Russia was preparing to use nuclear weapons.',
    [{ type: 'ASSESSMENT', actor: 'United States', severity: 1 }],
    [],
  ],
  // A hedged prediction of the adversary's conduct is the speaker's judgement, not the adversary's
  // doctrine…
  [
    'en',
    'Director of National Intelligence Avril Haines told senators on Tuesday that Vladimir Putin would probably authorize the use of nuclear weapons only if he perceived an existential threat.',
    [{ type: 'ASSESSMENT', actor: 'Avril Haines', severity: 2 }],
    ['DOCTRINE'],
  ],
  // … while the condition stated as policy stays a doctrine statement.
  [
    'en',
    'Dmitry Peskov said on Tuesday that Russia would use nuclear weapons only if its existence were threatened.',
    [{ type: 'DOCTRINE', actor: 'Dmitry Peskov' }],
    ['ASSESSMENT'],
  ],
  // A leading clause in which someone announces something reports that act; its subject acts…
  [
    'en',
    "When China's foreign ministry announced on July 17 that Beijing was suspending consultations with Washington on arms control, it blamed U.S. arms sales to Taiwan.",
    [{ type: 'ARMS_CONTROL', actor: 'China' }],
    [],
  ],
  // … a leading clause of background reports none.
  ['en', 'As Russia threatened nuclear strikes, NATO held an exercise of its nuclear forces.', [{ type: 'POSTURE', actor: 'NATO' }], ['THREAT']],
  // A treaty proposed for negotiation is a regime act whose content reassures…
  [
    'en',
    'At the meeting in Geneva on Monday, China tabled a working paper calling on the five nuclear-weapon states to negotiate a treaty on the mutual no-first-use of nuclear weapons.',
    [{ type: 'ARMS_CONTROL', actor: 'China' }, { type: 'REASSURANCE', actor: 'China' }],
    ['CONTACT'],
  ],
  // … while a force level restated beside a no-first-use pledge is the reassurance's content.
  [
    'en',
    'Guo Jiakun repeated that China keeps its nuclear forces "at the minimum level required for national security" and will never be the first to use nuclear weapons.',
    [{ type: 'REASSURANCE', actor: 'Guo Jiakun' }],
    ['ARMS_CONTROL'],
  ],
  // A notification given ahead of a step: a contact whose content is the step.
  [
    'en',
    'The Pentagon said Russia had notified the United States ahead of the launch of its Yars intercontinental ballistic missile.',
    [{ type: 'CONTACT', actor: 'Russia' }],
    ['POSTURE'],
  ],
  // A transcript: the speaker a turn's label names speaks the paragraphs of the turn, for his state too;
  // a label in capitals naming no one ("Q:") ends the turn.
  [
    'en',
    'Vladimir Putin: Good afternoon, colleagues. The New START Treaty expires in February.\n\nRussia is prepared to continue adhering to the central quantitative limits of the treaty for one year.\n\nLet me stress: Russia is ready to respond to any emerging threats not with words, but with military-technical measures.\n\nQ: Will Russia deploy nuclear weapons in space?',
    [{ type: 'ARMS_CONTROL', actor: 'Vladimir Putin', severity: 0 }, { type: 'THREAT', actor: 'Vladimir Putin', severity: 3 }],
    ['THREAT by Russia', 'ARMS_CONTROL by Russia'],
  ],
  // Risk-reduction measures urged on an adversary: a contact about risk, whose content (the adversary's
  // growing arsenal) is no judgement of its own.
  [
    'en',
    'Jake Sullivan said on Friday that Washington wanted to engage China, whose nuclear arsenal he said was growing fast, and urged Beijing to accept basic risk-reduction measures such as notifying each other of missile launches.',
    [{ type: 'CONTACT', actor: 'Jake Sullivan' }],
    ['ASSESSMENT'],
  ],
  // Compliance asked of the adversary is a demand on it, a warning (not the Russian side's threat)…
  [
    'en',
    "China's foreign ministry said on Friday it hoped the United States would earnestly abide by its commitments under the Comprehensive Nuclear-Test-Ban Treaty.",
    [{ type: 'WARNING', actor: 'China', severity: 2 }],
    ['ARMS_CONTROL', 'THREAT'],
  ],
  // … compliance promised by one's own side stays a treaty act.
  [
    'en',
    "Jake Sullivan said on Friday that Washington would stay within New START's central limits as long as Russia did.",
    [{ type: 'ARMS_CONTROL', actor: 'Jake Sullivan', severity: 0 }],
    ['WARNING'],
  ],
  // Restraint pledged on a step of escalation: a denial of intent, whatever follows the "but".
  [
    'en',
    '"We will not be the first to conduct a nuclear test, but we cannot stand by while Washington keeps its own test site ready," Sergei Ryabkov said on Wednesday.',
    [{ type: 'REASSURANCE', actor: 'Sergei Ryabkov', severity: 0 }],
    ['POSTURE'],
  ],
  // Transparency asked about a doctrine: the doctrine is the request's object, not a doctrine stated.
  [
    'en',
    "Assistant Secretary of State Mallory Stewart met on Monday with Sun Xiaobo of China's foreign ministry. Stewart stressed the importance of practical measures to reduce nuclear risks, including greater transparency about nuclear forces and doctrine, and the need for crisis communication channels between the two militaries.",
    [{ type: 'CONTACT', actor: 'Mallory Stewart' }],
    ['DOCTRINE'],
  ],
  // The adversary told to heed one's doctrine: a veiled threat by its owner, not a doctrine stated
  // (and the party addressed is not the agent of a threat: no accusation)…
  [
    'en',
    "Sergei Lavrov said on Saturday that the West should heed recent changes to Moscow's nuclear doctrine.",
    [{ type: 'THREAT', actor: 'Sergey Lavrov', severity: 3 }],
    ['DOCTRINE', 'ACCUSATION'],
  ],
  // … a doctrine changed stays a doctrine act.
  ['en', 'Vladimir Putin said on Wednesday that Russia had changed its nuclear doctrine and the West should take note.', [{ type: 'DOCTRINE', actor: 'Vladimir Putin' }], ['THREAT']],
];

test('signals: type-choosing constructions of session 8 (hits and misses)', () => {
  const failures = ROWS.flatMap(([lang, text, expected, absent], i) => hitFailures(`row ${i} (${lang})`, rowSignals(lang, text), expected, absent));
  assert.deepEqual(failures, []);
});

test('signals: session 8 rows give no signal the row does not name', () => {
  const extra = ROWS.flatMap(([lang, text, expected], i) =>
    rowSignals(lang, text)
      .filter((s) => !expected.some((e) => e.type === s.type && e.actor === s.actor.name))
      .map((s) => `row ${i}: ${describe(s)}`),
  );
  assert.deepEqual(extra, []);
});
