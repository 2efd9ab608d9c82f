/**
 * Rule tables for the classes of session 9 (helper A9), written from the misses of English articles
 * that were unseen until then, each checked on sentences written for the class: a proliferation
 * claim said of the adversary (an accusation) and its denial by the party itself (a reassurance), a
 * veiled threat naming whom the weapons destroy, a refusal whose condition is what another speaker
 * is reported to say, a reaction pointing back to the story's act ("We condemn
 * this launch"), no point seen in a nuclear act, a vessel operating somewhere and a new weapon developed, the risk
 * of nuclear war said to grow, use only in exceptional cases, and a speaker named at the sentence's close. The misses are the same words when they state no such act.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describe, hitFailures, signalsOf, type Expected } from './rule-table.ts';

const rowSignals = (lang: string, text: string) => signalsOf(lang, text, '2024-03-01');

/** [language, text, signals that must be found, what must not be found: "TYPE" or "TYPE by Actor"]. */
const ROWS: readonly [string, string, readonly Expected[], readonly string[]][] = [
  // The adversary seeking the bomb, in the Russian side's mouth: an accusation…
  ['en', 'Vladimir Putin said on Tuesday that Ukraine was trying to acquire nuclear weapons with Western help.', [{ type: 'ACCUSATION', actor: 'Vladimir Putin' }], []],
  ['en', 'Sergei Lavrov told reporters that Kyiv could build a nuclear device within months.', [{ type: 'ACCUSATION', actor: 'Sergey Lavrov' }], []],
  ['en', 'Dmitry Peskov claimed that Ukraine had the means to develop nuclear weapons of its own.', [{ type: 'ACCUSATION', actor: 'Dmitry Peskov' }], []],
  // … but the speaker's own side building is no accusation, nor is a development no one is named doing.
  ['en', 'Vladimir Putin said Russia would build more nuclear weapons if the treaty lapsed.', [], ['ACCUSATION']],
  ['en', 'Dmitry Peskov said a resolution drafted by the United States called on all states not to develop nuclear weapons for use in orbit.', [], ['ACCUSATION']],
  // Denying that one seeks the bomb: a reassurance.
  ['en', "Ukraine's Foreign Ministry said the country remains a non-nuclear-weapon state and has no plans to build nuclear weapons.", [{ type: 'REASSURANCE', actor: 'Ukraine' }], ['ACCUSATION']],
  // A veiled threat naming whom the weapons would destroy, in a story about nuclear weapons.
  [
    'en',
    'Russia has weapons capable of destroying any aggressor, Dmitry Medvedev said on Friday.\n\nHe spoke a week after Moscow suspended the New START treaty.',
    [{ type: 'THREAT', actor: 'Dmitry Medvedev' }, { type: 'ARMS_CONTROL', actor: 'Russia' }],
    [],
  ],
  // … not in a story with no nuclear weapon in it.
  ['en', 'Russian troops can destroy any enemy unit in the region, Dmitry Peskov said on Friday.', [], ['THREAT']],
  // A refusal whose "condition" is in what another speaker is reported to say ("should" there is a
  // modal) says no more than the refusal: a reassurance, not a statement of when weapons would be used…
  [
    'en',
    'Japanese Prime Minister Fumio Kishida on Monday ruled out hosting U.S. nuclear weapons, a day after a lawmaker said the country should debate it.',
    [{ type: 'REASSURANCE', actor: 'Fumio Kishida' }],
    ['DOCTRINE'],
  ],
  // … while a condition of the refusal's own, even after an inserted phrase, makes it one.
  [
    'en',
    'Emmanuel Macron ruled out, in a television interview on Wednesday, any French nuclear response if Russia used an atomic weapon in Ukraine.',
    [{ type: 'DOCTRINE', actor: 'Emmanuel Macron' }],
    ['REASSURANCE'],
  ],
  // A reaction pointing back to the story's act with a demonstrative ("this launch"), in a later paragraph.
  [
    'en',
    'North Korea test-fired an intercontinental ballistic missile capable of carrying a nuclear warhead on Friday.\n\nJapan protested through diplomatic channels.\n\nThe meeting ended late.\n\n"We condemn this launch in the strongest terms," Joe Biden told reporters.',
    [{ type: 'WARNING', actor: 'Joe Biden' }, { type: 'POSTURE', actor: 'North Korea' }],
    [],
  ],
  // … while a story that leads with no nuclear act leaves the same words alone.
  [
    'en',
    'North Korea launched a weather satellite on Friday.\n\nJapan protested through diplomatic channels.\n\nThe meeting ended late.\n\n"We condemn this launch in the strongest terms," Joe Biden told reporters.',
    [],
    ['WARNING'],
  ],
  // No point or sense seen in a nuclear act, whatever its verb: a denial of intent; not of other acts.
  ['en', 'Vladimir Putin said Russia saw no sense in striking Ukraine with nuclear weapons.', [{ type: 'REASSURANCE', actor: 'Vladimir Putin' }], []],
  ['en', 'Dmitry Peskov said there was no point in continuing the talks with Kyiv.', [], ['REASSURANCE']],
  // A nuclear-capable vessel made known to be operating somewhere, a new weapon developed: posture steps…
  ['en', 'The Pentagon said one of its ballistic missile submarines was operating in the eastern Mediterranean.', [{ type: 'POSTURE', actor: 'United States' }], []],
  ['en', 'The Pentagon said it is developing a new variant of the B61 nuclear bomb.', [{ type: 'POSTURE', actor: 'United States' }], []],
  // … but not troops operating somewhere, or a new product developed.
  ['en', 'Ukrainian troops were operating in the Kursk region, the Pentagon said.', [], ['POSTURE']],
  ['en', 'The Pentagon said it plans to develop a new logistics system for its bases.', [], ['POSTURE']],
  // The risk of nuclear war said to grow, with words between: a judgement of serious risk; said before
  // a reassurance introduced by its own reporting verb, a statement of its own beside it.
  ['en', 'Vladimir Putin said the danger of a nuclear conflict in Europe was growing.', [{ type: 'ASSESSMENT', actor: 'Vladimir Putin' }], []],
  [
    'en',
    'Dmitry Peskov said the risk of a nuclear war was rising, but insisted that Russia would never be the first to use nuclear weapons.',
    [{ type: 'ASSESSMENT', actor: 'Dmitry Peskov' }, { type: 'REASSURANCE', actor: 'Dmitry Peskov' }],
    [],
  ],
  ['en', "The risk of flooding around the nuclear power plant was growing, the operator said.", [], ['ASSESSMENT']],
  // Use only in exceptional cases: the doctrine's condition, which the speaker named at the sentence's
  // close states for the state…
  ['en', 'Russia would use nuclear weapons only in exceptional cases, Dmitry Medvedev told reporters.', [{ type: 'DOCTRINE', actor: 'Dmitry Medvedev' }], ['THREAT', 'DOCTRINE by Russia']],
  [
    'en',
    "The conditions for using nuclear weapons are set out in Russia's military doctrine, Dmitry Peskov told reporters.",
    [{ type: 'DOCTRINE', actor: 'Dmitry Peskov' }],
    ['DOCTRINE by Russia'],
  ],
  // … while the adversary's step a closing speaker reports stays the adversary's.
  ['en', 'Russia has tested a new intercontinental ballistic missile, Joe Biden said.', [{ type: 'POSTURE', actor: 'Russia' }], ['POSTURE by Joe Biden']],
  // A nuclear-capable force ordered or moved somewhere: a deployment; a company moving offices is none.
  ['en', 'Joe Biden said he had ordered two nuclear submarines moved to the North Atlantic.', [{ type: 'POSTURE', actor: 'Joe Biden' }], []],
  ['en', 'The bank said it had moved to new offices in Warsaw.', [], ['POSTURE']],
  // The right to strike claimed by a nuclear-armed state, in a story about nuclear weapons: a veiled threat.
  [
    'en',
    'Vladimir Putin said Russia considered itself entitled to strike the military facilities of countries that supply such weapons to Kyiv.\n\nRussia updated its nuclear doctrine last month.',
    [{ type: 'THREAT', actor: 'Vladimir Putin' }, { type: 'DOCTRINE', actor: 'Russia' }],
    [],
  ],
  // A warning of consequences by a state without nuclear weapons stays a warning, whichever side it is on.
  [
    'en',
    "Iran's foreign ministry spokesman Esmaeil Baghaei said the countries behind the nuclear resolution would bear responsibility for the consequences.",
    [{ type: 'WARNING', actor: 'Esmaeil Baghaei' }],
    ['THREAT'],
  ],
  // Capabilities put at an ally's disposal, naming nuclear weapons: extended protection (a doctrine
  // statement); not with no nuclear weapon named.
  ['en', 'Vladimir Putin said Russia\'s nuclear weapons would be put at Belarus\'s disposal if it were attacked.', [{ type: 'DOCTRINE', actor: 'Vladimir Putin' }], []],
  ['en', 'Vladimir Putin said all the resources of the region would be put at the army\'s disposal.', [], ['DOCTRINE']],
  // In a transcript turn, the adversary named after the act's words is what the speaker speaks of.
  [
    'en',
    'Vladimir Putin: Our nuclear forces are ready.\n\nA dirty bomb, Ukraine could build one easily.',
    [{ type: 'ACCUSATION', actor: 'Vladimir Putin' }],
    ['ACCUSATION by Ukraine'],
  ],
  // An accusation rejected or faced by the accused is no accusation the accused makes; the accuser's stays.
  [
    'en',
    'Vladimir Putin said Ukraine was preparing a dirty bomb. Ukraine rejected the accusation.',
    [{ type: 'ACCUSATION', actor: 'Vladimir Putin' }],
    ['ACCUSATION by Ukraine'],
  ],
  ['en', 'North Korea faced accusations of selling nuclear technology to Iran, which it denies.', [], ['ACCUSATION']],
  // Talks refused are no contact and no reassurance; a test refused stays a reassurance.
  ['en', 'Kim Jong Un ruled out talks with Washington on his nuclear weapons programme.', [], ['CONTACT', 'REASSURANCE']],
  ['en', 'Kim Jong Un said North Korea had no intention of resuming nuclear tests.', [{ type: 'REASSURANCE', actor: 'Kim Jong Un' }], []],
  // The Russian side calling for low-yield nuclear weapons to be used: a threat, however far the verb;
  // a government distancing itself from such a call refuses it.
  [
    'en',
    'Ramzan Kadyrov wrote on Telegram that Moscow should take tougher steps, up to declaring martial law and using low-yield nuclear weapons.',
    [{ type: 'THREAT', actor: 'Ramzan Kadyrov' }],
    [],
  ],
  ['en', 'The Kremlin distanced itself from calls to use low-yield nuclear weapons in Ukraine.', [{ type: 'REASSURANCE', actor: 'Russia' }], ['THREAT']],
];

test('signals: session 9 English classes (hits and misses)', () => {
  const failures = ROWS.flatMap(([lang, text, expected, absent], i) => hitFailures(`row ${i} (${lang})`, rowSignals(lang, text), expected, absent));
  assert.deepEqual(failures, []);
});

test('signals: the session 9 English rows give no signal the row does not name', () => {
  const extra = ROWS.flatMap(([lang, text, expected], i) =>
    rowSignals(lang, text)
      .filter((s) => !expected.some((e) => e.type === s.type && e.actor === s.actor.name))
      .map((s) => `row ${i}: ${describe(s)}`),
  );
  assert.deepEqual(extra, []);
});
