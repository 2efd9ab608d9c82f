/**
 * The routine acts of the smaller nuclear powers, as their ministries announce them (holdout-13):
 * a training launch (POSTURE, §4 level 1), a named deterrence doctrine reaffirmed ("credible minimum
 * deterrence", "full spectrum deterrence": DOCTRINE), lists of nuclear installations exchanged under
 * an agreement (ARMS_CONTROL, each party's), and Pakistan's Shaheen-type missiles as nuclear context on
 * their own. Rows written for the classes, en/fr/ru/uk; misses: a senator named Shaheen, a training
 * course, lists of prisoners exchanged, deterrence named without a doctrine.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hitFailures, signalsOf, type Expected } from './rule-table.ts';

/** [language, text, signals that must be found, what must not be found: "TYPE" or "TYPE by Actor"]. */
const ROWS: readonly (readonly [string, string, readonly Expected[], readonly string[]])[] = [
  // Training launches.
  ['en', 'Pakistan on Saturday carried out a training launch of a nuclear-capable ballistic missile, the military said.', [{ type: 'POSTURE', actor: 'Pakistan', severity: 1 }], []],
  ['en', 'India on Monday carried out a successful training launch of the Agni-4 nuclear-capable ballistic missile, the defence ministry said.', [{ type: 'POSTURE', actor: 'India' }], []],
  ['ru', 'Пакистан сегодня провёл учебный пуск баллистической ракеты «Шахин-3» с дальностью 2750 км.', [{ type: 'POSTURE', actor: 'Pakistan' }], []],
  ['uk', 'Пакистан провів навчальний пуск балістичної ракети «Шахін-3».', [{ type: 'POSTURE', actor: 'Pakistan' }], []],
  ['fr', "Le Pakistan a procédé samedi à un tir d'entraînement d'un missile Shaheen-3.", [{ type: 'POSTURE', actor: 'Pakistan' }], []],
  ['en', 'France successfully test-fired an upgraded ASMPA-R air-launched nuclear missile, the armed forces ministry said.', [{ type: 'POSTURE', actor: 'France' }], []],
  ['uk', 'Франція провела випробувальний пуск ракети ASMPA-R.', [{ type: 'POSTURE', actor: 'France' }], []],
  ['en', "KCNA said the test of the new solid-fuel ICBM Hwasong-19 was aimed at demonstrating the country's nuclear deterrent.", [{ type: 'POSTURE', actor: 'North Korea' }], []],
  ['en', 'Pyongyang said it had conducted a simulated nuclear counterattack drill.', [{ type: 'POSTURE', actor: 'North Korea' }], []],
  ['ru', 'КНДР провела учения по имитации ядерной контратаки.', [{ type: 'POSTURE', actor: 'North Korea' }], []],
  ['en', 'Nuclear tensions rise. The election was a test of the government.', [], ['POSTURE']],
  // Denuclearization is a regime: talks on it are about nuclear weapons.
  ['en', 'Trump said he wanted to start denuclearization talks with Russia and China.', [{ type: 'CONTACT', actor: 'Donald Trump' }], []],
  ['ru', 'КНДР отвергла переговоры о денуклеаризации.', [{ type: 'CONTACT', actor: 'North Korea' }], []],
  ['en', 'Senator Jeanne Shaheen said the training launch of the new rocket was a success.', [], ['POSTURE']],
  ['en', 'Astronomers photographed the M51 galaxy after a launch of a new telescope.', [], ['POSTURE']],
  ['en', 'Nuclear tensions rise. Pakistani pilots began a training course in Turkey.', [], ['POSTURE']],
  // A named deterrence doctrine reaffirmed.
  ['en', "India tested a nuclear-capable missile. The successful test reaffirms India's policy of credible minimum deterrence, the statement added.", [{ type: 'DOCTRINE', actor: 'India', severity: 1 }], []],
  ['en', 'Pakistan said the launch consolidated its full spectrum deterrence posture.', [{ type: 'DOCTRINE', actor: 'Pakistan' }], []],
  ['ru', 'Министерство обороны Индии заявило, что пуск подтверждает политику надёжного минимального сдерживания.', [{ type: 'DOCTRINE', actor: 'India' }], []],
  ['uk', 'Міністерство оборони Індії заявило, що пуск підтверджує політику надійного мінімального стримування.', [{ type: 'DOCTRINE', actor: 'India' }], []],
  ['fr', "Le ministère indien de la Défense a déclaré que le tir confirmait la politique de dissuasion minimale crédible de l'Inde.", [{ type: 'DOCTRINE', actor: 'India' }], []],
  ['en', 'Nuclear tensions rise. Police said the new cameras would deter crime.', [], ['DOCTRINE']],
  // Lists exchanged under an agreement.
  ['en', 'India and Pakistan today exchanged, through diplomatic channels, the list of nuclear installations and facilities covered under the Agreement.', [{ type: 'ARMS_CONTROL', actor: 'India' }, { type: 'ARMS_CONTROL', actor: 'Pakistan' }], []],
  ['ru', 'Индия и Пакистан в 32-й раз подряд обменялись списками ядерных объектов.', [{ type: 'ARMS_CONTROL', actor: 'India' }, { type: 'ARMS_CONTROL', actor: 'Pakistan' }], []],
  ['uk', "Індія та Пакистан утретє обмінялися списками ядерних об'єктів.", [{ type: 'ARMS_CONTROL', actor: 'India' }, { type: 'ARMS_CONTROL', actor: 'Pakistan' }], []],
  ['fr', "L'Inde et le Pakistan ont échangé dimanche la liste de leurs installations nucléaires.", [{ type: 'ARMS_CONTROL', actor: 'India' }, { type: 'ARMS_CONTROL', actor: 'Pakistan' }], []],
  ['en', "Nuclear tensions rise. The two countries also exchanged lists of civilian prisoners in each other's custody.", [], ['ARMS_CONTROL']],
];

test('routine launches, deterrence doctrines reaffirmed and lists exchanged under an agreement', () => {
  const failures = ROWS.flatMap(([lang, text, expected, absent], k) => hitFailures(`row ${k} (${lang})`, signalsOf(lang, text, '2023-01-01'), expected, absent));
  assert.deepEqual(failures, []);
});

/** Warning as what sensors give, beside a launch: no one warns anyone (holdout-13's allies "shared real-time warning data"). */
const SENSOR_ROWS: readonly (readonly [string, string, readonly Expected[], readonly string[]])[] = [
  ['en', 'North Korea fired a missile capable of carrying nuclear warheads. Seoul, Washington and Tokyo shared real-time warning data on the launch, the JCS said.', [{ type: 'POSTURE', actor: 'North Korea' }], ['WARNING']],
  ['fr', "La Corée du Nord a tiré un missile à capacité nucléaire. Séoul, Washington et Tokyo ont partagé en temps réel les données d'alerte sur le tir.", [{ type: 'POSTURE', actor: 'North Korea' }], ['WARNING']],
  ['ru', 'КНДР запустила ракету, способную нести ядерное оружие. Сеул, Вашингтон и Токио обменялись в реальном времени данными предупреждения о пуске.', [{ type: 'POSTURE', actor: 'North Korea' }], ['WARNING']],
  ['uk', 'КНДР запустила ракету, здатну нести ядерну зброю. Сеул, Вашингтон і Токіо обмінялися в реальному часі даними попередження про пуск.', [{ type: 'POSTURE', actor: 'North Korea' }], ['WARNING']],
  // A warning given stays one.
  ['en', 'North Korea fired a missile capable of carrying nuclear warheads. Washington issued a stark warning to Pyongyang.', [{ type: 'WARNING', actor: 'United States' }], []],
];

test('warning data from sensors is no warning, a system is named by what it can carry', () => {
  const failures = SENSOR_ROWS.flatMap(([lang, text, expected, absent], k) => hitFailures(`row ${k} (${lang})`, signalsOf(lang, text, '2023-01-01'), expected, absent));
  assert.deepEqual(failures, []);
});

/** Ukrainian forms of acts the Russian files state («розпочати випробування», «неприпустимість ядерної війни» in any case, data no longer given; ДСНВ the treaty). */
const UKRAINIAN_ROWS: readonly (readonly [string, string, readonly Expected[], readonly string[]])[] = [
  ['uk', 'Трамп доручив Пентагону розпочати випробування ядерної зброї.', [{ type: 'POSTURE', actor: 'Donald Trump' }], []],
  ['uk', 'Путін заявив, що Росія готова ще рік дотримуватися кількісних обмежень ДСНВ після закінчення його терміну дії.', [{ type: 'ARMS_CONTROL', actor: 'Vladimir Putin' }], []],
  ['uk', 'Трамп доручив Пентагону розпочати випробування нового винищувача.', [], ['POSTURE']],
  ['uk', 'Пєсков заявив, що Росія прихильна принципу неприпустимості ядерної війни.', [{ type: 'REASSURANCE', actor: 'Dmitry Peskov' }], []],
  ['uk', 'Росія перестала надавати США дані про свої ядерні арсенали в межах ДСНВ.', [{ type: 'ARMS_CONTROL', actor: 'Russia' }], []],
  ['uk', 'Сибіга заявив, що ядерні погрози Росії неприпустимі.', [{ type: 'WARNING', actor: 'Andrii Sybiha' }], ['REASSURANCE']],
  ['uk', 'Зеленський заявив, що обстріли міст неприпустимі.', [], ['WARNING', 'REASSURANCE']],
];

test('Ukrainian: an order to start nuclear tests, limits of ДСНВ kept, nuclear war inadmissible, data withheld', () => {
  const failures = UKRAINIAN_ROWS.flatMap(([lang, text, expected, absent], k) => hitFailures(`row ${k} (${lang})`, signalsOf(lang, text, '2025-10-31'), expected, absent));
  assert.deepEqual(failures, []);
});
