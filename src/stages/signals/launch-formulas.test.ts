/**
 * How the news states a launch of a nuclear-role system, as classes (E12, from holdout-12's misses):
 * a missile its owner calls "strategic" is of the nuclear role however it flies (North Korea's "strategic
 * cruise missiles", ru «стратегические крылатые ракеты», uk «стратегічні крилаті ракети», fr « missiles
 * de croisière stratégiques »), and state media's "the leader guided the launch" makes the launch the
 * leader's, as "supervised" and «под руководством» do; a first combat use ("used … for the first time",
 * "first used") is a step taken, as "fired"; the flag raised on a named carrier (« levée du pavillon »,
 * "flag-raising", as «подъём флага») is its commissioning. Misses: an unqualified cruise missile, a
 * "guided missile", a leader guiding anything but a launch, "can be used to carry", a flag on an
 * icebreaker or a town square.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hitFailures, signalsOf, type Expected } from './rule-table.ts';

/** [language, text, signals that must be found, what must not be found: "TYPE" or "TYPE by Actor"]. */
type Row = readonly [string, string, readonly Expected[], readonly string[]];

const STRATEGIC_CRUISE: readonly Row[] = [
  ['en', 'North Korea fired strategic cruise missiles off its west coast on Tuesday, the South Korean military said.', [{ type: 'POSTURE', actor: 'North Korea' }], []],
  ['fr', 'La Corée du Nord a tiré des missiles de croisière stratégiques en mer Jaune.', [{ type: 'POSTURE', actor: 'North Korea' }], []],
  ['ru', 'КНДР провела испытательный пуск стратегических крылатых ракет.', [{ type: 'POSTURE', actor: 'North Korea' }], []],
  ['uk', 'КНДР випробувала стратегічні крилаті ракети.', [{ type: 'POSTURE', actor: 'North Korea' }], []],
  // Misses: a cruise missile nobody calls strategic is conventional.
  ['en', 'The navy test-fired a cruise missile from a destroyer.', [], ['POSTURE']],
  ['fr', 'La marine a tiré un missile de croisière depuis une frégate.', [], ['POSTURE']],
  ['ru', 'Флот произвёл пуск крылатой ракеты «Калибр» по цели.', [], ['POSTURE']],
];

const LEADER_GUIDED: readonly Row[] = [
  ['en', 'North Korean leader Kim Jong Un guided the test-firing of new strategic cruise missiles from a submarine on Sunday.', [{ type: 'POSTURE', actor: 'Kim Jong Un' }], []],
  ['en', 'Kim Jong Un personally guided the launch of a Hwasong-18 intercontinental ballistic missile, state media said.', [{ type: 'POSTURE', actor: 'Kim Jong Un' }], []],
  ['fr', 'La Corée du Nord a tiré plusieurs missiles de croisière stratégiques depuis un sous-marin, sous la supervision de son dirigeant Kim Jong-un.', [{ type: 'POSTURE', actor: 'Kim Jong Un' }], []],
  ['ru', 'КНДР запустила стратегические крылатые ракеты с подводной лодки под руководством Ким Чен Ына.', [{ type: 'POSTURE', actor: 'Kim Jong Un' }], []],
  ['uk', 'КНДР запустила стратегічні крилаті ракети з підводного човна під керівництвом Кім Чен Ина.', [{ type: 'POSTURE', actor: 'Kim Jong Un' }], []],
  // Misses: "guided missile" is a kind of weapon, and a leader may guide a meeting.
  ['en', 'The US Navy held a guided missile test off California.', [], ['POSTURE']],
  ['en', 'Kim Jong Un guided a meeting of the party central committee on the economy.', [], ['POSTURE']],
];

const FIRST_USE_AND_COMMISSIONING: readonly Row[] = [
  ['en', "Ukraine's air force said Russia had used a Zircon hypersonic missile against Kyiv for the first time.", [{ type: 'POSTURE', actor: 'Russia' }], []],
  ['en', 'Russia first used the Kinzhal hypersonic missile in combat in March 2022.', [{ type: 'POSTURE', actor: 'Russia' }], []],
  ['fr', 'La Russie a utilisé pour la première fois un missile Zircon contre Kiev.', [{ type: 'POSTURE', actor: 'Russia' }], []],
  ['ru', 'Россия впервые применила ракету «Циркон» по Киеву.', [{ type: 'POSTURE', actor: 'Russia' }], []],
  ['uk', 'Росія вперше застосувала гіперзвукову ракету «Циркон» під час атаки на Київ.', [{ type: 'POSTURE', actor: 'Russia' }], []],
  ['fr', 'Vladimir Poutine a assisté lundi à Severodvinsk à la levée du pavillon de la marine sur deux sous-marins à propulsion nucléaire.', [{ type: 'POSTURE', actor: 'Vladimir Putin' }], []],
  ['en', 'Putin attended a flag-raising ceremony for two new nuclear-powered submarines in Severodvinsk.', [{ type: 'POSTURE', actor: 'Vladimir Putin' }], []],
  // Misses: a capability is no use, and "zircon" alone is a mineral; a flag on no carrier.
  ['en', 'The Iskander can be used to carry nuclear warheads.', [], ['POSTURE']],
  ['en', 'Zircon crystals were first used to date the rocks.', [], ['POSTURE']],
  ['en', 'Crowds raised the national flag in the town square.', [], ['POSTURE']],
  ['fr', 'Le pavillon a été levé sur le nouveau brise-glace à propulsion nucléaire Iakoutie.', [], ['POSTURE']],
  ['ru', 'Путин принял участие в церемонии подъёма флага на атомном ледоколе «Якутия».', [], ['POSTURE']],
];

/** The rows' texts follow a sentence naming nuclear weapons, as in a story: a system needs one in its document. */
const IN_A_NUCLEAR_STORY: Record<string, string> = {
  en: 'The missile can carry nuclear warheads.',
  fr: 'Le missile peut porter des ogives nucléaires.',
  ru: 'Ракета может нести ядерные боеголовки.',
  uk: 'Ракета може нести ядерні боєголовки.',
};

test('a first combat use and a flag raised on a named carrier are steps of posture', () => {
  const failures = FIRST_USE_AND_COMMISSIONING.flatMap(([lang, text, expected, absent], k) =>
    hitFailures(`row ${k} (${lang})`, signalsOf(lang, `${text}\n\n${IN_A_NUCLEAR_STORY[lang] ?? ''}`, '2024-03-01'), expected, absent),
  );
  assert.deepEqual(failures, []);
});

test('a missile called strategic is of the nuclear role; an unqualified cruise missile is not', () => {
  const failures = STRATEGIC_CRUISE.flatMap(([lang, text, expected, absent], k) => hitFailures(`row ${k} (${lang})`, signalsOf(lang, text, '2024-03-01'), expected, absent));
  assert.deepEqual(failures, []);
});

test('a launch the leader guided or supervised is the leader\'s', () => {
  const failures = LEADER_GUIDED.flatMap(([lang, text, expected, absent], k) => hitFailures(`row ${k} (${lang})`, signalsOf(lang, text, '2024-03-01'), expected, absent));
  assert.deepEqual(failures, []);
});
