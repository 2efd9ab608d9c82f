/**
 * Rule table of session 14 (T14): one's own nuclear forces built up. A pledge or a call to strengthen,
 * expand or speed up the production of one's own nuclear forces, triad, arsenal or capability, or money
 * put into one's own warheads, states
 * what one's weapons are and will be (§2 POSTURE), not a threat — whatever threat of the other side it
 * is said to answer: "the threats of the United States", « les menaces des États-Unis » name the threat
 * answered (owned by the adversary through a possessive or an owner word), not one made. (Russian marks
 * the owner by case alone, as it marks a verb's object: «в ответ на угрозы США» waits for a counter
 * word in attribution-cues.) The Russian side's promise of a counter-step on a condition ("would have
 * to bolster its forces if…") stays a threat. Recurring type error of the blind first runs (held-out 7,
 * 8, 10, 11, 12: THREAT or WARNING for POSTURE). Misses: the policy of deterrence strengthened, one's
 * own threat, the adversary's build-up condemned.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describe, hitFailures, signalsOf, type Expected } from './rule-table.ts';

const rowSignals = (lang: string, text: string) => signalsOf(lang, text, '2024-03-01');

/** [language, text, signals that must be found, what must not be found: "TYPE" or "TYPE by Actor"]. */
const ROWS: readonly [string, string, readonly Expected[], readonly string[]][] = [
  // A build-up pledged or called for: a posture step…
  ['en', "Kim Jong Un called for an exponential increase in the country's nuclear arsenal.", [{ type: 'POSTURE', actor: 'Kim Jong Un' }], ['THREAT']],
  ['en', "Kim Jong Un vowed to keep bolstering the country's nuclear forces without limit.", [{ type: 'POSTURE', actor: 'Kim Jong Un' }], ['THREAT']],
  ['en', 'Putin pledged that Russia would continue to strengthen the naval component of its nuclear triad.', [{ type: 'POSTURE', actor: 'Vladimir Putin' }], ['THREAT']],
  ['fr', 'Kim Jong-un a appelé à renforcer encore les moyens de la dissuasion nucléaire du pays.', [{ type: 'POSTURE', actor: 'Kim Jong Un' }], ['THREAT']],
  // (A noun of build-up is more often the topic of a judgement: « préoccupé par le renforcement de l'arsenal chinois ».)
  ['fr', "Le Japon s'est dit préoccupé par le renforcement rapide de l'arsenal nucléaire chinois.", [{ type: 'ASSESSMENT', actor: 'Japan' }], ['POSTURE']],
  ['fr', 'Vladimir Poutine a promis que la Russie continuerait de renforcer la composante navale de sa triade nucléaire.', [{ type: 'POSTURE', actor: 'Vladimir Putin' }], ['THREAT']],
  ['ru', 'Путин пообещал и дальше укреплять морскую составляющую ядерной триады.', [{ type: 'POSTURE', actor: 'Vladimir Putin' }], ['THREAT']],
  ['ru', 'Ким Чен Ын пообещал и впредь укреплять ядерные силы страны.', [{ type: 'POSTURE', actor: 'Kim Jong Un' }], ['THREAT']],
  ['ru', 'Ким Чен Ын призвал наращивать производство ядерного оружия.', [{ type: 'POSTURE', actor: 'Kim Jong Un' }], ['THREAT']],
  // … so is money put into one's own warheads (the renewal of an arsenal, §4 level 1)…
  [
    'en',
    "The government will invest £15bn in Britain's sovereign nuclear warhead programme during this parliament, Sir Keir Starmer announced on Monday.",
    [{ type: 'POSTURE', actor: 'Keir Starmer', severity: 1 }],
    [],
  ],
  ['fr', 'Keir Starmer a annoncé que le Royaume-Uni consacrerait 15 milliards de livres à de nouvelles ogives nucléaires.', [{ type: 'POSTURE', actor: 'Keir Starmer' }], []],
  // … a threat word in the object built up is the force, not a threat…
  [
    'en',
    "Kim Jong Un said it was necessary to strengthen the country's nuclear counterattack capability in the face of the threats of the United States.",
    [{ type: 'POSTURE', actor: 'Kim Jong Un' }],
    ['THREAT'],
  ],
  [
    'fr',
    'Kim Jong-un a jugé nécessaire de renforcer la capacité de riposte nucléaire du pays face aux menaces des États-Unis.',
    [{ type: 'POSTURE', actor: 'Kim Jong Un' }],
    ['THREAT'],
  ],
  // … and the adversary's threats it answers are not the speaker's.
  ['en', 'Kim Jong Un called for accelerating the production of nuclear weapons to counter the threats of the United States.', [{ type: 'POSTURE', actor: 'Kim Jong Un' }], ['THREAT']],
  ['en', "Russia said it would continue to strengthen its nuclear forces in response to NATO's threats.", [{ type: 'POSTURE', actor: 'Russia' }], ['THREAT']],
  ['fr', "Kim Jong-un a appelé à accélérer la production d'armes nucléaires face aux menaces des États-Unis.", [{ type: 'POSTURE', actor: 'Kim Jong Un' }], ['THREAT']],
  [
    'fr',
    "La Russie continuera de renforcer ses forces nucléaires face aux menaces de l'OTAN, a déclaré Sergueï Choïgou.",
    [{ type: 'POSTURE', actor: 'Sergei Shoigu' }],
    ['THREAT'],
  ],
  // Misses. The counter-step promised on a condition stays a threat…
  [
    'en',
    'Russia would have to bolster its nuclear forces if NATO deployed missiles in Finland, Sergei Shoigu said.',
    [{ type: 'THREAT', actor: 'Sergei Shoigu' }],
    ['POSTURE'],
  ],
  // … one's own threat stays one…
  ['en', 'Kim Jong Un threatened the United States with a nuclear strike.', [{ type: 'THREAT', actor: 'Kim Jong Un' }], ['POSTURE']],
  ['fr', "Kim Jong-un a menacé les États-Unis d'une frappe nucléaire.", [{ type: 'THREAT', actor: 'Kim Jong Un' }], ['POSTURE']],
  ['ru', 'Ким Чен Ын пригрозил США ядерным ударом.', [{ type: 'THREAT', actor: 'Kim Jong Un' }], ['POSTURE']],
  [
    'en',
    'Medvedev said Russia would answer the threats of the West with all the means at its disposal, including nuclear weapons.',
    [{ type: 'THREAT', actor: 'Dmitry Medvedev' }],
    ['POSTURE'],
  ],
  // … deterrence, a policy, strengthened is no step…
  ['en', "The allies agreed to strengthen extended deterrence against North Korea's nuclear threats.", [], ['POSTURE', 'THREAT']],
  // … and the adversary's build-up condemned is the adversary's step, not the speaker's.
  ['en', "The United States condemned North Korea's plan to expand its nuclear forces.", [{ type: 'WARNING', actor: 'United States' }], ['POSTURE by United States']],
];

test('signals: one\'s own nuclear forces built up are a posture step (hits and misses)', () => {
  const failures = ROWS.flatMap(([lang, text, expected, absent], i) => hitFailures(`row ${i} (${lang})`, rowSignals(lang, text), expected, absent));
  assert.deepEqual(failures, []);
});

test('signals: the build-up rows give no type the row does not name', () => {
  const extra = ROWS.flatMap(([lang, text, expected], i) =>
    rowSignals(lang, text)
      .filter((s) => !expected.some((e) => e.type === s.type) && s.actor.name !== 'North Korea')
      .map((s) => `row ${i}: ${describe(s)}`),
  );
  assert.deepEqual(extra, []);
});
