/**
 * Rule tables for the §2 distinctions of session 10 (helper A10), each a class written in several
 * shapes of my own: preparing for the possibility of nuclear use (planning, not a judgement), a
 * likelihood judged (an assessment, not planning), a third state asked to press the adversary (a
 * contact, whose content is no act), readiness for arms control (a regime act, not a warning), one's
 * own test or launch called off (a reassurance, not a posture step), what the adversary may be doing
 * passed on to one's allies (an assessment, not a warning), a capability judged of another state, a
 * review's finding, delivery systems bought to carry nuclear weapons, capabilities said to serve
 * defence only, the adversary's rhetoric condemned, a comma list of joint subjects, one's own side saying it would have nuclear weapons, opposition to the use or threat of use stated by
 * a pair, and a statement reported by "It said…" going on from the sentence before. The misses are the
 * same words where they state no such act.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describe, hitFailures, signalsOf, type Expected } from './rule-table.ts';

const rowSignals = (lang: string, text: string) => signalsOf(lang, text, '2024-03-01');

/** [language, text, signals that must be found, what must not be found: "TYPE" or "TYPE by Actor"]. */
const ROWS: readonly [string, string, readonly Expected[], readonly string[]][] = [
  // Preparing or planning for the possibility of nuclear use: contingency planning…
  ['en', 'The Pentagon has been preparing for months for the possibility that Russia could detonate a nuclear weapon in Ukraine.', [{ type: 'PLANNING', actor: 'United States' }], ['ASSESSMENT', 'THREAT']],
  ['en', 'British officials quietly planned for the eventuality that Moscow would use a tactical nuclear weapon.', [{ type: 'PLANNING', actor: 'United Kingdom' }], ['THREAT']],
  // … not preparing for something else.
  ['en', 'The company has been preparing for the possibility of a strike by its workers.', [], ['PLANNING']],
  // A likelihood judged, in figures or words: an assessment, even after "In that scenario".
  ['en', 'In that scenario, U.S. officials judged that the likelihood of nuclear use could reach 50 percent.', [{ type: 'ASSESSMENT', actor: 'United States' }], ['PLANNING', 'DOCTRINE']],
  ['en', 'French intelligence put the odds of a Russian nuclear strike at one in ten.', [{ type: 'ASSESSMENT', actor: 'France' }], ['PLANNING']],
  ['en', 'U.S. officials judged the chance of nuclear use to be low but rising.', [{ type: 'ASSESSMENT', actor: 'United States' }], []],
  // A third state asked to press or dissuade the adversary: the asker's contact, whose object is no act.
  ['en', 'The Japanese government asked India to press Moscow not to use nuclear weapons.', [{ type: 'CONTACT', actor: 'Japan' }], ['THREAT', 'WARNING', 'DOCTRINE']],
  ['en', 'Emmanuel Macron urged Xi Jinping to use his influence to dissuade Russia from any nuclear escalation.', [{ type: 'CONTACT', actor: 'Emmanuel Macron' }], ['WARNING']],
  ['en', 'Washington asked China and India to urge the Kremlin not to cross the nuclear line.', [{ type: 'CONTACT', actor: 'United States' }], ['DOCTRINE', 'WARNING']],
  ['en', 'The bank asked its clients to urge their suppliers to pay on time.', [], ['CONTACT']],
  // Readiness for arms control, or a call for it: a regime act offered.
  ['en', 'Joe Biden said the United States remained ready to pursue critical arms control measures and called on Russia to do the same.', [{ type: 'ARMS_CONTROL', actor: 'Joe Biden' }], ['WARNING']],
  ['en', 'The Kremlin said it remained open to arms control with the United States.', [{ type: 'ARMS_CONTROL', actor: 'Russia' }], []],
  // … but an arms control agreement merely named is no regime act (the notice given under it is a contact).
  ['en', 'The Pentagon said Moscow had given advance notice of the exercise, as required under arms control agreements.', [{ type: 'CONTACT', actor: 'Russia' }], ['ARMS_CONTROL']],
  // One's own test or launch called off: a reassurance that replaces the step…
  ['en', 'The Pentagon put off a Minuteman III intercontinental ballistic missile test launch to avoid escalating tensions.', [{ type: 'REASSURANCE', actor: 'United States' }], ['POSTURE']],
  ['en', 'Lloyd Austin postponed a scheduled test of a Minuteman III intercontinental ballistic missile.', [{ type: 'REASSURANCE', actor: 'Lloyd Austin' }], ['POSTURE']],
  ['en', 'North Korea called off a planned test of its Hwasong-18 intercontinental ballistic missile, state media said.', [{ type: 'REASSURANCE', actor: 'North Korea' }], ['POSTURE']],
  // A delay is no call-off: a programme slipping behind schedule reassures no one (its tests are steps).
  ['en', "Russia's Sarmat intercontinental ballistic missile has been delayed by a series of failed test launches.", [{ type: 'POSTURE', actor: 'Russia' }], ['REASSURANCE']],
  // … and calls off nothing of nuclear weight without a step.
  ['en', 'The ministry postponed the meeting on nuclear safety until next week.', [], ['REASSURANCE']],
  // What the adversary may be doing, passed on to one's allies or lawmakers: an assessment, not a warning.
  ['en', 'NATO warned its allies that the Russian submarine Belgorod might be preparing to test its Poseidon nuclear torpedo.', [{ type: 'ASSESSMENT', actor: 'NATO' }], ['WARNING', 'POSTURE']],
  ['en', 'The Pentagon told lawmakers that China could be preparing to resume nuclear testing at Lop Nur.', [{ type: 'ASSESSMENT', actor: 'United States' }], ['POSTURE', 'WARNING']],
  ['en', 'NATO briefed allies on signs that Russia might be moving nuclear warheads toward Belarus.', [{ type: 'ASSESSMENT', actor: 'NATO' }], ['POSTURE']],
  // "Told lawmakers" with no possible move of the other side after it reports a statement of one's own.
  ['en', 'Donald Tusk told lawmakers in Warsaw that Poland would look very seriously at the French proposal on nuclear deterrence.', [], ['ASSESSMENT']],
  // … while a warning addressed to the adversary stays one.
  ['en', 'Joe Biden warned Russia that any use of nuclear weapons would have catastrophic consequences.', [{ type: 'WARNING', actor: 'Joe Biden' }], ['ASSESSMENT']],
  ['en', 'Dmitry Peskov warned NATO allies that any deployment of nuclear weapons in Poland would make them legitimate targets.', [{ type: 'THREAT', actor: 'Dmitry Peskov' }], ['ASSESSMENT']],
  ['en', "South Korea's spy agency told lawmakers last month that the North could carry out its seventh nuclear test.", [{ type: 'ASSESSMENT', actor: 'South Korea' }], ['POSTURE', 'USE']],
  // A capability judged of another state, in a modal: an assessment, not a threat.
  ['en', 'Pakistan is developing nuclear-capable ballistic missiles that could eventually allow it to strike targets in the United States, a senior White House official said.', [{ type: 'ASSESSMENT', actor: 'United States' }], ['THREAT']],
  // A review's finding about nuclear forces: an assessment; about anything else, none.
  ['en', "The Pentagon's annual review concluded that China would have 1,500 nuclear warheads by 2035.", [{ type: 'ASSESSMENT', actor: 'United States' }], []],
  ['en', 'The review found that the company had breached its contract.', [], ['ASSESSMENT', 'ARMS_CONTROL']],
  // Delivery systems bought to carry nuclear weapons: a posture step.
  ['en', 'Poland will purchase 32 F-35 jets capable of carrying nuclear weapons, the defence ministry said.', [{ type: 'POSTURE', actor: 'Poland' }], []],
  // (the minister announcing the decision takes it: held-out 9's gold, a7ce467)
  ['en', 'Germany will buy up to 35 U.S.-made F-35 fighter jets to carry American nuclear bombs, Defense Minister Christine Lambrecht said Monday.', [{ type: 'POSTURE', actor: 'Christine Lambrecht' }], []],
  // Capabilities said to serve defence only, or to be no danger: a denial of hostile intent.
  ["en", "Iran's foreign ministry said its nuclear programme was meant only for defence and posed no danger to its neighbours.", [{ type: 'REASSURANCE', actor: 'Iran' }], []],
  ['en', 'Beijing said its nuclear arsenal was solely for defence and should not be seen as a threat to anyone.', [{ type: 'REASSURANCE', actor: 'China' }], ['THREAT']],
  // The adversary's nuclear rhetoric condemned as dangerous or reckless: a warning, in the sentence that
  // names nuclear weapons or the one after it.
  ['en', "Olaf Scholz said Putin's nuclear rhetoric was reckless and irresponsible.", [{ type: 'WARNING', actor: 'Olaf Scholz' }], ['THREAT']],
  ['en', "John Kirby said Putin's nuclear threats were irresponsible. His rhetoric is unhelpful and it is dangerous.", [{ type: 'WARNING', actor: 'John Kirby' }], ['THREAT']],
  // Opposition to any use or threat of use, stated by a pair: each leader's condemnation.
  [
    'en',
    'Joe Biden and Fumio Kishida met on Thursday. The two leaders underscored their opposition to any use or threat of use of nuclear weapons.',
    [{ type: 'WARNING', actor: 'Joe Biden' }, { type: 'WARNING', actor: 'Fumio Kishida' }],
    ['THREAT'],
  ],
  // A readout's quotation of the pair stays the pair's, per type.
  [
    'en',
    'Joe Biden met Xi Jinping in Bali on Monday.\n\nAccording to the White House readout, the two leaders "reiterated their agreement that a nuclear war should never be fought" and underscored their opposition to the use or threat of use of nuclear weapons in Ukraine.',
    [
      { type: 'REASSURANCE', actor: 'Joe Biden' },
      { type: 'REASSURANCE', actor: 'Xi Jinping' },
      { type: 'WARNING', actor: 'Joe Biden' },
      { type: 'WARNING', actor: 'Xi Jinping' },
    ],
    ['WARNING by United States'],
  ],
  // A comma list closed by a conjunction, opening the sentence: every member acts…
  ['en', 'Britain, France and Germany warned Russia that any use of nuclear weapons would have severe consequences.', [{ type: 'WARNING', actor: 'United Kingdom' }, { type: 'WARNING', actor: 'France' }, { type: 'WARNING', actor: 'Germany' }], []],
  ['en', "The United States, Britain and France condemned Russia's nuclear threats in a joint statement.", [{ type: 'WARNING', actor: 'United States' }, { type: 'WARNING', actor: 'United Kingdom' }, { type: 'WARNING', actor: 'France' }], []],
  ['en', 'Joe Biden, Olaf Scholz and Emmanuel Macron warned Moscow against any use of nuclear weapons.', [{ type: 'WARNING', actor: 'Joe Biden' }, { type: 'WARNING', actor: 'Olaf Scholz' }, { type: 'WARNING', actor: 'Emmanuel Macron' }], []],
  // … but not a name ending a leading phrase, nor one set against the subject.
  ['en', 'After talks with Olaf Scholz, Joe Biden and Emmanuel Macron warned Moscow against any use of nuclear weapons.', [{ type: 'WARNING', actor: 'Joe Biden' }, { type: 'WARNING', actor: 'Emmanuel Macron' }], ['WARNING by Olaf Scholz']],
  ['en', "Like Britain, France condemned Russia's nuclear threats.", [{ type: 'WARNING', actor: 'France' }], ['WARNING by United Kingdom']],
  // The adversary's talk of nuclear weapons condemned in other nouns, and the norm in one's own words.
  ['en', 'Olaf Scholz called the remarks about nuclear weapons irresponsible and dangerous.', [{ type: 'WARNING', actor: 'Olaf Scholz' }], ['THREAT']],
  ['en', '"Nobody can win a nuclear war," Emmanuel Macron told reporters.', [{ type: 'REASSURANCE', actor: 'Emmanuel Macron' }], []],
  // An adversary's offer to keep to a treaty's limits, welcomed: the welcomer's regime act, no demand.
  ['en', 'Donald Trump said an offer by Vladimir Putin to keep to the limits of the New START treaty sounded like a good idea.', [{ type: 'ARMS_CONTROL', actor: 'Donald Trump' }], ['WARNING']],
  // Nuclear weapons that "could be used", in the Russian side's mouth: a threat; in an observer's, none.
  ["en", "Dmitry Peskov said Russian nuclear weapons could be used if the country's existence were threatened.", [{ type: 'THREAT', actor: 'Dmitry Peskov' }], []],
  ['en', 'Jake Sullivan said Russian nuclear weapons could be used in Ukraine if Moscow faced defeat.', [], ['THREAT']],
  // Not letting a state obtain the bomb: the non-proliferation warning; denying one builds it: a reassurance.
  ['en', 'Joe Biden said the United States would never allow Iran to obtain a nuclear weapon.', [{ type: 'WARNING', actor: 'Joe Biden' }], ['THREAT']],
  ["en", "Iran's foreign minister said Tehran was not building nuclear weapons and would not do so.", [{ type: 'REASSURANCE', actor: 'Hossein Amir-Abdollahian' }], ['ACCUSATION']],
  // One's own side saying it would have or need nuclear weapons: a statement of when it would go
  // nuclear; the same words said of another state are no doctrine of the speaker's.
  ['en', '"Either Ukraine will have nuclear weapons and that will be our protection, or we should have some sort of alliance," Volodymyr Zelenskyy said.', [{ type: 'DOCTRINE', actor: 'Volodymyr Zelenskyy' }], []],
  ['en', 'Yoon Suk Yeol said South Korea would have to acquire nuclear weapons of its own if the threat from the North grew.', [{ type: 'DOCTRINE', actor: 'Yoon Suk Yeol' }], []],
  ['en', 'Vladimir Putin said Ukraine would have nuclear weapons within months if the West helped it.', [], ['DOCTRINE']],
  // Readiness for arms control offered as talks: the contact, of which the arms control is the subject.
  ['en', 'Antony Blinken said Washington was willing to engage Russia and China on arms control without preconditions.', [{ type: 'CONTACT', actor: 'Antony Blinken' }], ['ARMS_CONTROL']],
  // The adversary's arsenal said to be expanding: the speaker's judgement, not a step announced; one's
  // own build-up vowed stays a posture step.
  ['en', 'The Pentagon said China was expanding its nuclear arsenal faster than expected.', [{ type: 'ASSESSMENT', actor: 'United States' }], ['POSTURE']],
  ['en', 'NATO leaders met in Washington. It also says China is rapidly expanding and diversifying its nuclear arsenal.', [{ type: 'ASSESSMENT', actor: 'NATO' }], ['POSTURE']],
  ["en", "Kim Jong Un vowed to expand North Korea's nuclear arsenal at an exponential rate.", [{ type: 'POSTURE', actor: 'Kim Jong Un' }], ['ASSESSMENT']],
  // A step with nuclear weapons discussed as a gerund: deliberation; a break discussed is none.
  ['en', 'Jens Stoltenberg told The Telegraph that allies were discussing taking more nuclear weapons out of storage and placing them on standby.', [{ type: 'PLANNING', actor: 'Jens Stoltenberg' }], ['POSTURE']],
  ['en', 'The committee was discussing taking a break before the vote on the nuclear power budget.', [], ['PLANNING']],
  // A nuclear status declared irreversible: a doctrine statement, whose refusal of talks is part of it.
  ["en", "Kim Yo Jong said North Korea's status as a nuclear weapons state was irreversible and that any dialogue premised on denuclearisation would be rejected.", [{ type: 'DOCTRINE', actor: 'Kim Yo Jong' }], ['CONTACT']],
  ["en", "Kim Jong Un said the country's nuclear status was not up for negotiation.", [{ type: 'DOCTRINE', actor: 'Kim Jong Un' }], []],
  // A comma list after a wire dateline still opens its sentence.
  ['en', 'MOSCOW, Jan 3 — Russia, China and Iran said on Monday that a nuclear war must never be fought.', [{ type: 'REASSURANCE', actor: 'Russia' }, { type: 'REASSURANCE', actor: 'China' }, { type: 'REASSURANCE', actor: 'Iran' }], []],
  // "It said…": the statement goes on from the actor of the sentence before, whoever it names.
  [
    'en',
    'The bombers landed at Osan, the Pentagon said in a statement. It added that any nuclear attack by North Korea would be met with an overwhelming response.',
    [{ type: 'WARNING', actor: 'United States' }],
    ['WARNING by North Korea'],
  ],
  [
    'en',
    "The Japanese defence ministry said North Korea launched a missile. It said any nuclear attack on Japan would be met with an overwhelming response from the alliance.",
    [{ type: 'WARNING', actor: 'Japan' }],
    [],
  ],
];

test('signals: session 10 type distinctions (hits and misses)', () => {
  const failures = ROWS.flatMap(([lang, text, expected, absent], i) => hitFailures(`row ${i} (${lang})`, rowSignals(lang, text), expected, absent));
  assert.deepEqual(failures, []);
});

test('signals: the session 10 rows give no signal the row does not name', () => {
  const extra = ROWS.flatMap(([lang, text, expected], i) =>
    rowSignals(lang, text)
      .filter((s) => !expected.some((e) => e.type === s.type && e.actor === s.actor.name))
      .map((s) => `row ${i}: ${describe(s)}`),
  );
  assert.deepEqual(extra, []);
});
