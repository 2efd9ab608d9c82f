/**
 * A use, launch or test told with no agent («по Киеву был применён «Циркон»», "a Zircon missile was
 * fired at Kyiv", « un missile Oreshnik a été tiré », «було застосовано «Циркон»»): the step is the
 * state's that fields the system (system-owners.txt), not the side that reports it (h12-ru-09, whose
 * sentence opens «Украинская сторона утверждает»). And a step whose agent is a party word the actors
 * stage took for no mention (Ukrainian «росія», «рф», written lower case on purpose) is that state's
 * (h12-uk-01). Rows written for the class; misses: a system of no single state, a capability, a
 * missile shot down, a state mention the attribution passed over.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hitFailures, signalsOf, type Expected } from './rule-table.ts';

/** [language, text, signals that must be found, what must not be found: "TYPE" or "TYPE by Actor"]. */
const ROWS: readonly (readonly [string, string, readonly Expected[], readonly string[]])[] = [
  ['ru', 'Ядерная угроза растёт. Украинская сторона утверждает, что во вторник по Киеву был применён «Циркон».', [{ type: 'POSTURE', actor: 'Russia' }], ['POSTURE by Ukraine']],
  ['ru', 'Ядерная угроза растёт. Во вторник по Киеву была применена ракета «Кинжал».', [{ type: 'POSTURE', actor: 'Russia' }], []],
  ['ru', 'Ядерная угроза растёт. С полигона Плесецк запущена ракета «Ярс».', [{ type: 'POSTURE', actor: 'Russia' }], []],
  ['en', 'Nuclear tensions rise. On Tuesday a Zircon hypersonic missile was fired at Kyiv, Ukraine\'s air force said.', [{ type: 'POSTURE', actor: 'Russia' }], ['POSTURE by Ukraine']],
  ['en', 'Nuclear tensions rise. Two Hwasong missiles were launched from near Pyongyang, South Korea\'s military said.', [{ type: 'POSTURE', actor: 'North Korea' }], ['POSTURE by South Korea']],
  ['fr', 'La menace nucléaire grandit. Un missile Oreshnik a été tiré sur Dnipro, selon l\'armée de l\'air ukrainienne.', [{ type: 'POSTURE', actor: 'Russia' }], ['POSTURE by Ukraine']],
  ['uk', 'Ядерна загроза зростає. По Києву було застосовано ракету «Циркон», повідомили Повітряні сили ЗСУ.', [{ type: 'POSTURE', actor: 'Russia' }], ['POSTURE by Ukraine']],
  // A party word no mention took, right before the verb.
  ['uk', 'Ядерна загроза зростає. Ми встановили, що 7 лютого під час атаки на Київ росія вперше застосувала ракету «Циркон».', [{ type: 'POSTURE', actor: 'Russia' }], []],
  ['uk', 'Ядерна загроза зростає. Вночі рф застосувала ракету «Кинджал» по Києву.', [{ type: 'POSTURE', actor: 'Russia' }], []],
  // A fielded system's passive step is the state's even when its own official reports it.
  ['ru', 'Ядерная угроза растёт. Пуск ракеты «Ярс» был проведён с космодрома Плесецк, сообщил Шойгу.', [{ type: 'POSTURE', actor: 'Russia' }], ['POSTURE by Sergei Shoigu']],
  // The active voice keeps its subject; a passive in a relative clause retells the main clause's step.
  ['ru', 'Путин провёл тренировку сил стратегического сдерживания.', [{ type: 'POSTURE', actor: 'Vladimir Putin' }], []],
  ['en', 'Nuclear tensions rise. Kim Jong Un oversaw a drill in which a Hwasong-18 missile was launched.', [{ type: 'POSTURE', actor: 'Kim Jong Un' }], []],
  // Misses: a capability is no step, a missile shot down is no step of the one who shot it.
  ['en', 'Nuclear tensions rise. A Zircon missile can be used to carry a nuclear warhead.', [], ['POSTURE']],
  ['en', 'Nuclear tensions rise. Ukraine said two Kinzhal missiles were shot down over Kyiv.', [], ['POSTURE by Ukraine']],
  ['ru', 'Ядерная угроза растёт. Ракета «Циркон» может быть применена против кораблей.', [], ['POSTURE by Russia']],
  // Its own state reporting keeps it; a missile class of many states has no owner to give it to.
  ['ru', 'Ядерная угроза растёт. Минобороны России сообщило, что по цели был применён «Циркон».', [{ type: 'POSTURE', actor: 'Russia' }], []],
  ['en', 'Nuclear tensions rise. Ballistic missiles were launched on Tuesday, officials said.', [], ['POSTURE by Russia', 'POSTURE by North Korea']],
];

test('a step told with no agent is the state fielding the system, or the party word before the verb', () => {
  const failures = ROWS.flatMap(([lang, text, expected, absent], k) => hitFailures(`row ${k} (${lang})`, signalsOf(lang, text, '2024-03-01'), expected, absent));
  assert.deepEqual(failures, []);
});

/**
 * A launch, test or strike of a nuclear-capable system is a nuclear-armed state's (or a host's): a state
 * without such weapons named for it reports another's launch («Повітряні сили ЗСУ повідомили про пуск
 * міжконтинентальної балістичної ракети», dev uk-3x-03) or fires a conventional missile.
 */
const LAUNCHER_ROWS: readonly (readonly [string, string, readonly Expected[], readonly string[]])[] = [
  ['uk', 'Ядерна загроза зростає. Повітряні сили ЗСУ повідомили про пуск міжконтинентальної балістичної ракети з Астраханської області.', [], ['POSTURE by Ukraine']],
  ['en', 'Nuclear tensions rise. Ukraine fired ballistic missiles at a Russian air base in Crimea.', [], ['POSTURE by Ukraine']],
  ['en', "Nuclear tensions rise. South Korea's military said it detected the launch of an intercontinental ballistic missile.", [], ['POSTURE by South Korea']],
  // Nuclear-armed states keep their launches; a deployment by a host is not a launch.
  ['en', 'Nuclear tensions rise. Pakistan test-fired a nuclear-capable ballistic missile on Monday.', [{ type: 'POSTURE', actor: 'Pakistan' }], []],
  ['ru', 'Россия провела пуск межконтинентальной баллистической ракеты «Ярс».', [{ type: 'POSTURE', actor: 'Russia' }], []],
];

test('a launch of a nuclear-capable system is no step of a state without nuclear weapons', () => {
  const failures = LAUNCHER_ROWS.flatMap(([lang, text, expected, absent], k) => hitFailures(`row ${k} (${lang})`, signalsOf(lang, text, '2024-11-21'), expected, absent));
  assert.deepEqual(failures, []);
});
