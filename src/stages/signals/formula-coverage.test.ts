/**
 * Rule tables for session 11's English formula coverage (helper A11): the domain's standard ways of
 * saying each act, written as a thesaurus rather than from one article's misses — judgements with
 * "think", a danger called real, a threat taken seriously, no reason to change one's posture; forces
 * kept at the minimum level; the adversary told to keep in mind that the other side has nuclear weapons;
 * the right to use claimed and use not excluded; the purpose of the arsenal; notifications; treaty
 * obligations dropped; a nuclear test in its verbs — and the sentence shapes of the speaker's act
 * against the act he reports: a clause of background ("a week after X announced…", "said after X's
 * announcement that…") lends its people to no act of the main clause, and a negation inside a
 * phrase's gap ("urged Russia not to use") turns the act down. Every sentence is written for its
 * class; the misses are the same words where they state no such act.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hitFailures, signalsOf, type Expected } from './rule-table.ts';

const rowSignals = (text: string) => signalsOf('en', text, '2024-03-01');

/** [text, signals that must be found, what must not be found: "TYPE" or "TYPE by Actor"]. */
type Row = readonly [string, readonly Expected[], readonly string[]];

const ASSESSMENTS: readonly Row[] = [
  // "Think" as a judgement of the adversary's conduct, in its inflections.
  ['Joe Biden said he did not think Vladimir Putin would use a nuclear weapon.', [{ type: 'ASSESSMENT', actor: 'Joe Biden' }], ['THREAT']],
  ["Antony Blinken said he doesn't think Russia is going to use tactical nuclear weapons in Ukraine.", [{ type: 'ASSESSMENT', actor: 'Antony Blinken' }], ['THREAT']],
  // The danger called real, in the present and the past, quoted or not.
  ['Antony Blinken said the danger of nuclear escalation was real.', [{ type: 'ASSESSMENT', actor: 'Antony Blinken' }], []],
  ['Jens Stoltenberg said the risk that Moscow could use a nuclear weapon is "real" and growing.', [{ type: 'ASSESSMENT', actor: 'Jens Stoltenberg' }], ['THREAT']],
  // The world told to worry; a threat taken seriously.
  ['Volodymyr Zelensky said every country should be worried about Russian tactical nuclear weapons.', [{ type: 'ASSESSMENT', actor: 'Volodymyr Zelenskyy' }], []],
  ['Lloyd Austin said Washington takes the risk of Russian nuclear use very seriously.', [{ type: 'ASSESSMENT', actor: 'Lloyd Austin' }], []],
  // No reason to change one's own posture, nothing seen that would lead one to change it.
  ['The Pentagon said it had no reason to change its own nuclear posture.', [{ type: 'ASSESSMENT', actor: 'United States' }], ['POSTURE']],
  ['Lloyd Austin said Washington had seen nothing that would cause it to adjust its nuclear posture.', [{ type: 'ASSESSMENT', actor: 'Lloyd Austin' }], []],
];

/** A warning verb whose content is a judgement of serious risk, addressed to no one: the judgement. */
const WARNED_JUDGEMENTS: readonly Row[] = [
  ['Jens Stoltenberg warned that the risk of nuclear war was the highest since the Cold War.', [{ type: 'ASSESSMENT', actor: 'Jens Stoltenberg' }], ['WARNING']],
  ['The committee chair Jens Stoltenberg warned that the taboo against the use of nuclear weapons was fraying.', [{ type: 'ASSESSMENT', actor: 'Jens Stoltenberg' }], ['WARNING']],
  // Addressed to the adversary, or naming consequences, it stays a warning.
  ['Jake Sullivan warned Moscow of the grave risks of any use of nuclear weapons.', [{ type: 'WARNING', actor: 'Jake Sullivan' }], []],
  ['Joe Biden warned that any use of nuclear weapons would be a catastrophic mistake.', [{ type: 'WARNING', actor: 'Joe Biden' }], []],
];

/** A drill judged routine in the paragraph after the story's nuclear drill, by the official speaking. */
const ROUTINE: readonly Row[] = [
  [
    'Lloyd Austin said Russia had notified Washington that it would hold its annual strategic forces exercise.\n\nHe said this was a routine exercise that Moscow held every year, and that there was no reason to believe it was a cover for anything else.',
    [{ type: 'CONTACT', actor: 'Russia' }, { type: 'ASSESSMENT', actor: 'Lloyd Austin' }],
    [],
  ],
  // After a story that leads with no nuclear drill, the same words judge nothing nuclear.
  ['Lloyd Austin visited a naval base in Japan.\n\nHe said this was a routine exercise that the navy held every year.', [], ['ASSESSMENT']],
];

const ASSESSMENT_MISSES: readonly Row[] = [
  // "Is real" and "seriously" where no nuclear weapon is named judge nothing nuclear.
  ['Antony Blinken said the danger of a wider war in the region was real.', [], ['ASSESSMENT']],
  ['Lloyd Austin said Washington takes its commitments to its partners very seriously.', [], ['ASSESSMENT']],
];

const REASSURANCES: readonly Row[] = [
  // Forces kept at the minimum level, in its wordings.
  ['China keeps its nuclear forces at the minimum level required for national security, the foreign ministry said.', [{ type: 'REASSURANCE', actor: 'China' }], ['ARMS_CONTROL']],
  ['The foreign ministry said China maintains its nuclear arsenal at the lowest level needed for its security.', [{ type: 'REASSURANCE', actor: 'China' }], []],
  // The intent denied in its other shapes.
  ['Moscow denied it had any intention of using nuclear weapons in Ukraine.', [{ type: 'REASSURANCE', actor: 'Russia' }], []],
  ['Dmitry Peskov said Russia had never considered using nuclear weapons in Ukraine.', [{ type: 'REASSURANCE', actor: 'Dmitry Peskov' }], ['THREAT']],
];

const WARNINGS: readonly Row[] = [
  // The adversary told to keep in mind, bear in mind or remember that the other side has the weapons.
  ['Jean-Yves Le Drian said Vladimir Putin must keep in mind that the Atlantic alliance also has nuclear weapons.', [{ type: 'WARNING', actor: 'Jean-Yves Le Drian' }], []],
  ['Joe Biden said Putin should bear in mind that three NATO allies have nuclear weapons.', [{ type: 'WARNING', actor: 'Joe Biden' }], []],
  ['Antony Blinken said Moscow should remember that NATO is a nuclear alliance.', [{ type: 'WARNING', actor: 'Antony Blinken' }], []],
  // … which in the Russian side's mouth is its veiled threat.
  ['Dmitry Medvedev said the West should not forget that Russia has nuclear weapons.', [{ type: 'THREAT', actor: 'Dmitry Medvedev' }], []],
  // Use called a catastrophic mistake; a response promised.
  ['Joe Biden told Putin that using a nuclear weapon would be a catastrophic mistake.', [{ type: 'WARNING', actor: 'Joe Biden' }], []],
  ['Lloyd Austin said a Russian nuclear strike would trigger a response from the alliance.', [{ type: 'WARNING', actor: 'Lloyd Austin' }], []],
  // Urging the adversary not to use nuclear weapons is no threat by the one who urges.
  ['China has urged Russia not to use nuclear weapons, officials said.', [], ['THREAT']],
];

const WARNING_MISSES: readonly Row[] = [
  // Keeping something in mind with no nuclear weapon named is no warning.
  ['Joe Biden said voters should keep in mind that the economy was growing.', [], ['WARNING']],
];

const THREATS: readonly Row[] = [
  ['Dmitry Medvedev said Russia would have every right to use nuclear weapons if pushed beyond its limits.', [{ type: 'THREAT', actor: 'Dmitry Medvedev' }], []],
  ['Vladimir Putin said a nuclear strike on NATO could not be excluded.', [{ type: 'THREAT', actor: 'Vladimir Putin' }], []],
  ['Vladimir Putin did not exclude the use of tactical nuclear weapons.', [{ type: 'THREAT', actor: 'Vladimir Putin' }], []],
];

const DOCTRINES: readonly Row[] = [
  ['Sergei Shoigu said the main purpose of Russian nuclear weapons was to deter a nuclear attack.', [{ type: 'DOCTRINE', actor: 'Sergei Shoigu' }], []],
  ['Vladimir Putin said Russia would only use nuclear weapons in exceptional circumstances.', [{ type: 'DOCTRINE', actor: 'Vladimir Putin' }], []],
  ['Putin said Russia would treat aggression by a non-nuclear state backed by a nuclear-armed state as a joint attack.', [{ type: 'DOCTRINE', actor: 'Vladimir Putin' }], []],
];

const CONTACTS_AND_TREATIES: readonly Row[] = [
  ['John Kirby said Russia had notified the United States that it would hold its annual strategic forces exercise.', [{ type: 'CONTACT', actor: 'Russia' }], []],
  ['Moscow summoned the US ambassador over the deployment of American nuclear weapons in Europe.', [{ type: 'CONTACT', actor: 'Russia' }], []],
  ['The United States walked away from the INF treaty in 2019.', [{ type: 'ARMS_CONTROL', actor: 'United States' }], []],
  ['Russia will no longer provide notifications of missile launches under New START, the foreign ministry said.', [{ type: 'ARMS_CONTROL', actor: 'Russia' }], []],
  ['Vladimir Putin signed a law revoking the ratification of the nuclear test ban treaty.', [{ type: 'ARMS_CONTROL', actor: 'Vladimir Putin' }], []],
];

const TESTS_AND_STEPS: readonly Row[] = [
  ['North Korea conducted its sixth nuclear test on Sunday.', [{ type: 'USE', actor: 'North Korea' }], []],
  ['Pyongyang carried out an underground nuclear explosion at its test site.', [{ type: 'USE', actor: 'North Korea' }], []],
  ['Russia is building up its nuclear forces near the Finnish border.', [{ type: 'POSTURE', actor: 'Russia' }], []],
  ['Moscow placed its Sarmat missiles on combat duty this year.', [{ type: 'POSTURE', actor: 'Russia' }], []],
];

const MORE_CLASSES: readonly Row[] = [
  // Nuclear-capable systems deployed or sent, in a statement's frame.
  ['The Pentagon said in a statement that it had deployed B-52 nuclear-capable bombers to Romania.', [{ type: 'POSTURE', actor: 'United States' }], []],
  // Use judged likely by the other side.
  ['Antony Blinken said Russia was likely to use nuclear weapons if it faced defeat.', [{ type: 'ASSESSMENT', actor: 'Antony Blinken' }], ['THREAT']],
  // Talk of a strike on the leadership called a threat to the head of state, in the Russian side's mouth.
  [
    'The nuclear standoff deepened this week.\n\nSergei Lavrov said talk of a decapitation strike on the Kremlin amounted to a threat to the life of the Russian head of state.',
    [{ type: 'ACCUSATION', actor: 'Sergey Lavrov' }],
    [],
  ],
  // Journalists' frames around the act: a source at the end, remarks carried by an agency.
  ['Russia could use nuclear weapons if Ukraine attacked Crimea, Dmitry Medvedev told reporters on Tuesday.', [{ type: 'THREAT', actor: 'Dmitry Medvedev' }], []],
  ['Nuclear weapons were moved to Belarus in June, a senior Russian official said.', [{ type: 'POSTURE', actor: 'Russia' }], []],
];

const PLANS: readonly Row[] = [
  ['The Pentagon has been gaming out how it would respond to a Russian nuclear attack.', [{ type: 'PLANNING', actor: 'United States' }], []],
  ['Jake Sullivan met his team to discuss the US response to a possible Russian nuclear strike.', [{ type: 'PLANNING', actor: 'Jake Sullivan' }], []],
  // A response discussed with no nuclear weapon named is no nuclear planning.
  ['Jake Sullivan met his team to discuss the US response to the flooding.', [], ['PLANNING']],
];

const MORE_FORMULAS: readonly Row[] = [
  ['Dmitry Medvedev said Kyiv would be wiped out by Russian nuclear weapons.', [{ type: 'THREAT', actor: 'Dmitry Medvedev' }], []],
  ['Dmitry Medvedev said Russian nuclear missiles could reach London within minutes.', [{ type: 'THREAT', actor: 'Dmitry Medvedev' }], []],
  ["Kim Jong Un said North Korea's nuclear forces were ready to strike the United States at any moment.", [{ type: 'THREAT', actor: 'Kim Jong Un' }], []],
  ['Antony Blinken said any use of nuclear weapons by Russia would not be tolerated.', [{ type: 'WARNING', actor: 'Antony Blinken' }], []],
  ['Jens Stoltenberg said Russia would pay a high price if it used nuclear weapons.', [{ type: 'WARNING', actor: 'Jens Stoltenberg' }], []],
  ['Antony Blinken said Russia was playing with fire with its nuclear rhetoric.', [{ type: 'WARNING', actor: 'Antony Blinken' }], []],
  ['Dmitry Peskov said the use of nuclear weapons was not on the agenda.', [{ type: 'REASSURANCE', actor: 'Dmitry Peskov' }], []],
  ['Dmitry Peskov said there was no question of Russia using nuclear weapons in Ukraine.', [{ type: 'REASSURANCE', actor: 'Dmitry Peskov' }], []],
  ['Dmitry Peskov said nobody in the Kremlin was talking about using nuclear weapons.', [{ type: 'REASSURANCE', actor: 'Dmitry Peskov' }], []],
  ['Maria Zakharova said the West was pushing the world to the brink of nuclear catastrophe.', [{ type: 'ACCUSATION', actor: 'Maria Zakharova' }], []],
  ['Russian forces practised launching nuclear missiles during the drills, the defence ministry said.', [{ type: 'POSTURE', actor: 'Russia' }], []],
  ['The United States will rotate nuclear-capable F-35 jets through bases in Europe.', [{ type: 'POSTURE', actor: 'United States' }], []],
  // The same words with no nuclear weapon named state none of these acts.
  ['Antony Blinken said corruption would not be tolerated and that the old guard was playing with fire.', [], ['WARNING']],
  ['Dmitry Peskov said a visit by the president was not on the agenda.', [], ['REASSURANCE']],
];

/** The adversary's step judged by the speaker: the speaker's judgement or condemnation, not the step. */
const JUDGED_STEPS: readonly Row[] = [
  ["John Kirby said Russia's deployment of nuclear weapons to Belarus was not surprising.", [{ type: 'ASSESSMENT', actor: 'John Kirby' }], ['POSTURE by John Kirby']],
  ["Jens Stoltenberg said Russia's nuclear weapons drills were routine.", [{ type: 'ASSESSMENT', actor: 'Jens Stoltenberg' }], ['POSTURE by Jens Stoltenberg', 'REASSURANCE']],
  ['Antony Blinken said the Russian deployment of nuclear weapons in Belarus was a dangerous escalation.', [{ type: 'WARNING', actor: 'Antony Blinken' }], ['POSTURE by Antony Blinken']],
  ['Jens Stoltenberg said Russia was modernising its nuclear arsenal at a worrying pace.', [{ type: 'ASSESSMENT', actor: 'Jens Stoltenberg' }], []],
  // The step's owner calling it routine reassures.
  ['The Chinese defence ministry said the launch of the intercontinental ballistic missile was routine.', [{ type: 'REASSURANCE', actor: 'China' }], []],
];

const STEP_MISSES: readonly Row[] = [
  // A test no one is said to have conducted now, and a test denied.
  ['North Korea said it had not conducted any nuclear test this year.', [], ['USE']],
];

/**
 * A nuclear-armed vessel's port visit, however long the words describing the vessel before the visit;
 * not a conventional ship's, nor one whose nuclear-capable missiles are named only in a clause of
 * background.
 */
const PORT_VISITS: readonly Row[] = [
  ['A U.S. Navy submarine armed with nuclear ballistic missiles made a rare port call in Busan on Tuesday, the Pentagon said.', [{ type: 'POSTURE', actor: 'United States' }], []],
  ['The ballistic missile submarine USS Kentucky, which carries Trident nuclear missiles, paid a port call at Busan, the Pentagon said.', [{ type: 'POSTURE', actor: 'United States' }], []],
  ['The aircraft carrier USS Nimitz made a port call in Busan, a day after North Korea fired two ballistic missiles into the sea.', [], ['POSTURE by United States']],
  ['The U.S. destroyer made a port visit to Manila on Friday, the Pentagon said.', [], ['POSTURE']],
];

/** Aimed at no one: a nuclear step or doctrine so described reassures; a partnership so described is diplomacy. */
const AIMED_AT_NO_ONE: readonly Row[] = [
  ["Vladimir Putin said Russia's new nuclear doctrine was not directed against anyone.", [{ type: 'REASSURANCE', actor: 'Vladimir Putin' }], []],
  [
    'Russia and China agreed to strengthen their nuclear deterrence dialogue.\n\nVladimir Putin said their cooperation was not directed against anyone.',
    [],
    ['REASSURANCE'],
  ],
  ['Dmitry Peskov said the strategic partnership with Beijing was not aimed at third countries, as both sides keep their nuclear arsenals.', [], ['REASSURANCE']],
];

/** The speaker's act against the act a clause of background reports. */
const BACKGROUND_CLAUSES: readonly Row[] = [
  // The person named in the closing "a week after X announced" clause does not take the main act.
  [
    'Alexander Lukashenko said on Friday that Russia could station strategic nuclear weapons in Belarus if the West threatened it, a week after Vladimir Putin announced plans to deploy tactical nuclear weapons there.',
    [],
    ['THREAT by Vladimir Putin'],
  ],
  // Opened by "since" or "following" as well: the adversary's step stays out of the judge's name.
  [
    "Joe Biden called the move irresponsible on Sunday, following Russia's announcement that it had moved the first nuclear warheads to Belarus.",
    [{ type: 'WARNING', actor: 'Joe Biden' }],
    ['POSTURE by Joe Biden'],
  ],
  [
    'Joe Biden called the move irresponsible on Sunday, since Russia said it had moved the first nuclear warheads to Belarus.',
    [{ type: 'WARNING', actor: 'Joe Biden' }],
    ['POSTURE by Joe Biden'],
  ],
  // "Said after X's announcement that…": the judgement is the speaker's, not the announcer's.
  [
    "The United States said after Putin's announcement that it had seen no indication Russia planned to use nuclear weapons.",
    [{ type: 'ASSESSMENT', actor: 'United States' }],
    ['ASSESSMENT by Vladimir Putin'],
  ],
  [
    "Jens Stoltenberg said after talks with Sergei Lavrov that NATO had seen no change in Russia's nuclear posture.",
    [{ type: 'ASSESSMENT', actor: 'Jens Stoltenberg' }],
    ['ASSESSMENT by Sergey Lavrov'],
  ],
  // The adversary's step, pointed back to ("the weapons") and judged by the speaker: the speaker's
  // condemnation, not the step again under the speaker's name.
  [
    'Russia plans to station tactical nuclear weapons in Belarus.\n\nOn Sunday Antony Blinken called the decision to station the weapons there deeply irresponsible.',
    [{ type: 'WARNING', actor: 'Antony Blinken' }],
    ['POSTURE by Antony Blinken'],
  ],
  // The clause's own act, reported as a fact, stays its subject's.
  [
    'Joe Biden said the danger of nuclear use was real, days after Russia said its first tactical nuclear warheads had been delivered to Belarus.',
    [{ type: 'ASSESSMENT', actor: 'Joe Biden' }, { type: 'POSTURE', actor: 'Russia' }],
    ['POSTURE by Joe Biden'],
  ],
];

for (const [name, rows] of [
  ['assessments', ASSESSMENTS],
  ['warned judgements', WARNED_JUDGEMENTS],
  ['routine drills', ROUTINE],
  ['assessment misses', ASSESSMENT_MISSES],
  ['reassurances', REASSURANCES],
  ['warnings', WARNINGS],
  ['warning misses', WARNING_MISSES],
  ['threats', THREATS],
  ['doctrines', DOCTRINES],
  ['contacts and treaty acts', CONTACTS_AND_TREATIES],
  ['tests and steps', TESTS_AND_STEPS],
  ['more classes', MORE_CLASSES],
  ['plans', PLANS],
  ['more formulas', MORE_FORMULAS],
  ['judged steps', JUDGED_STEPS],
  ['step misses', STEP_MISSES],
  ['clauses of background', BACKGROUND_CLAUSES],
  ['port visits', PORT_VISITS],
  ['aimed at no one', AIMED_AT_NO_ONE],
] as const) {
  test(`English formulas: ${name}`, () => {
    const failures = rows.flatMap(([text, expected, absent], k) => hitFailures(`${name} row ${k}`, rowSignals(text), expected, absent));
    assert.deepEqual(failures, []);
  });
}
