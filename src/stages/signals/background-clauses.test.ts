/**
 * A main act beside a clause of background that reports an earlier act ("…, a week after Putin
 * announced…", "…, since Putin had deployed…", "…, après que Poutine a annoncé…", "…, после того как
 * Путин объявил…"): the main act keeps its own actor, and the clause's act, a specific act of its
 * own subject, is recorded as that subject's — even when both acts are of one type. Rows in English,
 * French and Russian (the split is language-neutral; the clause openers are each language's
 * subordinators); the clause first ("A week after Putin…, Lukashenko warned…") keeps the main act too.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hitFailures, signalsOf, type Expected } from './rule-table.ts';

/** [language, text, signals that must be found, what must not be found: "TYPE" or "TYPE by Actor"]. */
const ROWS: readonly [string, string, readonly Expected[], readonly string[]][] = [
  // One type in both clauses: two acts, each with its own actor.
  [
    'en',
    'Alexander Lukashenko warned the West that Russia would use nuclear weapons to defend Belarus, a week after Vladimir Putin threatened to use nuclear weapons against any aggressor.',
    [{ type: 'THREAT', actor: 'Alexander Lukashenko' }, { type: 'THREAT', actor: 'Vladimir Putin' }],
    [],
  ],
  [
    'en',
    'Russia moved nuclear warheads to Belarus in June, a month after Vladimir Putin announced plans to deploy tactical nuclear weapons there.',
    [{ type: 'POSTURE', actor: 'Russia' }, { type: 'POSTURE', actor: 'Vladimir Putin' }],
    [],
  ],
  [
    'fr',
    "La Russie a déployé des armes nucléaires tactiques au Bélarus en juin, après que Vladimir Poutine a annoncé son intention d'y déployer des armes nucléaires.",
    [{ type: 'POSTURE', actor: 'Russia' }, { type: 'POSTURE', actor: 'Vladimir Putin' }],
    [],
  ],
  [
    'ru',
    'Россия разместила ядерное оружие в Белоруссии, после того как Путин объявил о планах разместить там тактическое ядерное оружие.',
    [{ type: 'POSTURE', actor: 'Russia' }, { type: 'POSTURE', actor: 'Vladimir Putin' }],
    [],
  ],
  // A possible step said on a condition (a threat) beside a step taken in the clause: the threat is
  // the speaker's, the step the clause subject's, not the speaker's.
  [
    'en',
    'Alexander Lukashenko said Russia could station strategic nuclear weapons in Belarus if the West threatened it, since Vladimir Putin had deployed tactical nuclear weapons there.',
    [{ type: 'THREAT', actor: 'Alexander Lukashenko' }, { type: 'POSTURE', actor: 'Vladimir Putin' }],
    ['POSTURE by Alexander Lukashenko'],
  ],
  // The main clause's condition ("if…") does not make the clause's announced plan a threat.
  [
    'en',
    'Alexander Lukashenko said on Friday that Russia could station strategic nuclear weapons in Belarus if the West threatened it, a week after Vladimir Putin announced plans to deploy tactical nuclear weapons there.',
    [{ type: 'THREAT', actor: 'Alexander Lukashenko' }, { type: 'POSTURE', actor: 'Vladimir Putin' }],
    ['THREAT by Vladimir Putin'],
  ],
  [
    'en',
    'Joe Biden warned Russia of catastrophic consequences if it used nuclear weapons, a week after Vladimir Putin announced plans to deploy tactical nuclear weapons in Belarus.',
    [{ type: 'WARNING', actor: 'Joe Biden' }, { type: 'POSTURE', actor: 'Vladimir Putin' }],
    ['THREAT by Vladimir Putin'],
  ],
  // Two types, the clause last or first.
  [
    'fr',
    "Dmitri Medvedev a menacé Kiev de frappes nucléaires, après que Vladimir Poutine a annoncé le déploiement d'armes nucléaires tactiques au Bélarus.",
    [{ type: 'THREAT', actor: 'Dmitry Medvedev' }, { type: 'POSTURE', actor: 'Vladimir Putin' }],
    ['THREAT by Vladimir Putin'],
  ],
  [
    'ru',
    'Медведев пригрозил Киеву ядерным ударом, после того как Путин объявил о размещении тактического ядерного оружия в Белоруссии.',
    [{ type: 'THREAT', actor: 'Dmitry Medvedev' }, { type: 'POSTURE', actor: 'Vladimir Putin' }],
    ['THREAT by Vladimir Putin'],
  ],
  [
    'en',
    'A week after Vladimir Putin announced plans to deploy tactical nuclear weapons in Belarus, Joe Biden warned Russia of catastrophic consequences if it used nuclear weapons.',
    [{ type: 'WARNING', actor: 'Joe Biden' }],
    ['THREAT by Vladimir Putin', 'WARNING by Vladimir Putin'],
  ],
  [
    'en',
    'After Vladimir Putin threatened to use nuclear weapons against any aggressor, Dmitry Medvedev threatened Kyiv with nuclear strikes.',
    [{ type: 'THREAT', actor: 'Dmitry Medvedev' }],
    [],
  ],
  [
    'ru',
    'После того как Путин объявил о размещении тактического ядерного оружия в Белоруссии, Медведев пригрозил Киеву ядерным ударом.',
    [{ type: 'THREAT', actor: 'Dmitry Medvedev' }],
    ['THREAT by Vladimir Putin'],
  ],
  // A quotation inside the clause is the clause subject's words: its cue is the clause's act.
  [
    'en',
    'When foreign ministers of the neutral states gathered in Vienna last week, they met a month after Vladimir Putin put Russia\'s nuclear forces on "special combat readiness".',
    [{ type: 'POSTURE', actor: 'Vladimir Putin' }],
    ['POSTURE by Austria'],
  ],
  // A clause with no act of its own lends the main act nothing and takes nothing from it.
  [
    'en',
    'Alexander Lukashenko said Russia could station strategic nuclear weapons in Belarus if the West threatened it, since Vladimir Putin had promised to defend Belarus.',
    [{ type: 'THREAT', actor: 'Alexander Lukashenko' }],
    ['THREAT by Vladimir Putin'],
  ],
  // A launch word in the main clause whose missile is named only in the clause is the clause's act
  // ("a lancé cet avertissement… après que la Russie a frappé… avec son missile"), not a launch of the speaker's.
  [
    'fr',
    'Vladimir Poutine a lancé son avertissement quelques heures après que la Russie a frappé la ville de Dnipro avec son nouveau missile balistique Oreshnik, capable de porter des ogives nucléaires.',
    [{ type: 'POSTURE', actor: 'Russia' }],
    ['POSTURE by Vladimir Putin'],
  ],
];

test('clauses of background: the main act and the clause act, each its own', () => {
  const failures = ROWS.flatMap(([lang, text, expected, absent], k) => hitFailures(`row ${k} (${lang})`, signalsOf(lang, text, '2024-03-01'), expected, absent));
  assert.deepEqual(failures, []);
});
