import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readdirSync, copyFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Doc, Signal } from '../../document/index.ts';
import { ConfigError } from '../../pipeline/stage.ts';
import { createDates } from '../dates/index.ts';
import { createSignals, MIN_REPORTED_CONFIDENCE } from './index.ts';
import { DEFAULT_DATA_DIR } from '../../lexicon/index.ts';
import { annotatedDoc } from './test-doc.ts';

const dates = createDates();
const signals = createSignals({ model: null, minConfidence: 0 });

function run(lang: string, text: string, published: string | null = '2022-11-07'): Doc {
  return signals(dates(annotatedDoc(lang, text, published)));
}

interface Expected {
  readonly type: string;
  readonly actor: string;
  readonly sourcing?: string;
  readonly modality?: string;
  readonly date?: string | null;
  readonly severity?: number;
  readonly target?: string | null;
}

/** [language, text, signals expected (each must be found; no other signal may be)] */
const HITS: readonly [string, string, readonly Expected[]][] = [
  // French
  [
    'fr',
    'Dmitri Medvedev a écrit jeudi que la Russie est en mesure d’utiliser « toute arme russe, y compris les armes nucléaires stratégiques ».',
    [{ type: 'THREAT', actor: 'Dmitry Medvedev', sourcing: 'on_record', date: '2022-11-03', severity: 4 }],
  ],
  [
    'fr',
    'Poutine a dit qu’il ne bluffait pas en promettant d’utiliser tous les moyens à la disposition de la Russie, une référence voilée à l’arsenal nucléaire.',
    [{ type: 'THREAT', actor: 'Vladimir Putin', severity: 3, target: 'WEST' }],
  ],
  [
    'fr',
    'Les responsables américains ont déclaré sous couvert d’anonymat que rien n’indiquait que la Russie déplace ses armes nucléaires.',
    [{ type: 'ASSESSMENT', actor: 'United States', sourcing: 'anonymous', severity: 1 }],
  ],
  [
    'fr',
    'Le secrétaire d’État Antony Blinken a déclaré jeudi que « les menaces nucléaires imprudentes de la Russie doivent cesser immédiatement ».',
    [{ type: 'WARNING', actor: 'Antony Blinken', target: 'RU', modality: 'public', date: '2022-11-03' }],
  ],
  [
    'fr',
    'Poutine a affirmé sans preuve que l’Occident avait menacé d’utiliser des armes nucléaires contre la Russie.',
    [{ type: 'ACCUSATION', actor: 'Vladimir Putin', sourcing: 'disputed', target: 'WEST' }],
  ],
  [
    'fr',
    'Le ministère russe des Affaires étrangères a publié le 2 novembre une déclaration sur l’inadmissibilité d’une guerre nucléaire.',
    [{ type: 'REASSURANCE', actor: 'Russia', date: '2022-11-02', severity: 0, target: null }],
  ],
  [
    'fr',
    'Les États-Unis envoient depuis plusieurs mois des communications privées à Moscou avertissant les dirigeants russes des graves conséquences de l’utilisation d’une arme nucléaire, selon des responsables américains.',
    [{ type: 'WARNING', actor: 'United States', modality: 'private', sourcing: 'anonymous', date: '2022' }],
  ],
  [
    'fr',
    'Plus tôt ce mois-ci, la Russie a révisé sa doctrine nucléaire, abaissant le seuil d’utilisation des armes nucléaires.',
    [{ type: 'DOCTRINE', actor: 'Russia', severity: 5, date: '2022-11' }],
  ],
  [
    'fr',
    'Le Kremlin a frappé la ville ukrainienne de Dnipro avec le missile balistique Oreshnik, capable de porter des charges nucléaires.',
    [{ type: 'POSTURE', actor: 'Russia', severity: 5, target: 'UA' }],
  ],
  [
    'fr',
    'Les États-Unis auraient eu des entretiens confidentiels avec Moscou pour réduire le risque nucléaire, selon le Wall Street Journal.',
    [{ type: 'CONTACT', actor: 'United States', sourcing: 'reported', modality: 'private' }],
  ],
  [
    'fr',
    'Les États-Unis estiment qu’il est peu probable que la Russie recoure à l’arme nucléaire, a rapporté jeudi Reuters.',
    [{ type: 'ASSESSMENT', actor: 'United States', sourcing: 'reported', modality: 'private', severity: 1, date: '2022-11-03' }],
  ],
  // English
  [
    'en',
    '“Don’t. Don’t. Don’t,” Joe Biden said when asked what he would tell Putin about using nuclear weapons.',
    [{ type: 'WARNING', actor: 'Joe Biden', target: 'RU' }],
  ],
  [
    'en',
    'US officials said on condition of anonymity that there was no sign Russia was moving its nuclear weapons.',
    [{ type: 'ASSESSMENT', actor: 'United States', sourcing: 'anonymous', severity: 1 }],
  ],
  [
    'en',
    'Putin claimed without evidence that Kyiv was preparing to use a dirty bomb.',
    [{ type: 'ACCUSATION', actor: 'Vladimir Putin', sourcing: 'disputed', target: 'UA' }],
  ],
  [
    'en',
    'Russia suspended its participation in the New START treaty last week, the Kremlin said.',
    [{ type: 'ARMS_CONTROL', actor: 'Russia', severity: 4, date: '2022-11' }],
  ],
  [
    'en',
    'Lloyd Austin said late October that it was important to keep channels of communication open with Russia to manage escalation over its nuclear rhetoric.',
    [{ type: 'CONTACT', actor: 'Lloyd Austin', date: '2022-10' }],
  ],
  [
    'en',
    'The Institute for the Study of War noted last week that Russia had considerably softened its nuclear rhetoric.',
    [{ type: 'ASSESSMENT', actor: 'Institute for the Study of War', target: null, date: '2022-11' }],
  ],
  [
    'en',
    'Russia threatened to use nuclear weapons against Ukraine if it kept striking Russian territory, the Wall Street Journal reported.',
    [{ type: 'THREAT', actor: 'Russia', sourcing: 'reported', severity: 4 }],
  ],
  [
    'en',
    'MOSCOW, Nov 19 (Reuters) - President Vladimir Putin on Tuesday approved a revised nuclear doctrine that lowers the threshold for a nuclear strike.',
    [{ type: 'DOCTRINE', actor: 'Vladimir Putin', severity: 5, date: '2022-11-01' }],
  ],
  [
    'en',
    "China's foreign ministry urged all sides to exercise restraint and said a nuclear war must never be fought.",
    [{ type: 'REASSURANCE', actor: 'China', severity: 0 }],
  ],
  [
    'en',
    'The White House called the remarks irresponsible and said Washington saw no reason to change its own nuclear posture.',
    [{ type: 'WARNING', actor: 'United States', target: 'RU' }],
  ],
  [
    'en',
    'Russia has deployed tactical nuclear weapons to Belarus, Belarusian President Alexander Lukashenko said last year.',
    // The deployment is Russia's act; Lukashenko only reports it (SIGNALS.md §1).
    [{ type: 'POSTURE', actor: 'Russia', severity: 6, date: '2021' }],
  ],
  // Russian, including Telegram-style posts
  [
    'ru',
    'Медведев: если НАТО продолжит, Россия применит ядерное оружие. Это не блеф.',
    [{ type: 'THREAT', actor: 'Dmitry Medvedev', severity: 4, target: 'NATO' }],
  ],
  [
    'ru',
    'Медведев: Запад должен понимать, что применение ядерного оружия возможно, если под угрозой окажется существование России. Это не блеф.',
    [{ type: 'THREAT', actor: 'Dmitry Medvedev', severity: 4, target: 'WEST' }],
  ],
  [
    'ru',
    'Песков заявил, что Россия не угрожает никому ядерным оружием.',
    [{ type: 'REASSURANCE', actor: 'Dmitry Peskov', severity: 0 }],
  ],
  // Deliveries of a nuclear-capable system to the forces; «Орешник» is context on its own.
  [
    'ru',
    'Путин сообщил, что первые серийные «Орешники» уже поступают в войска.',
    [{ type: 'POSTURE', actor: 'Vladimir Putin', severity: 5 }],
  ],
  [
    'ru',
    'Шойгу сообщил, что ракетный комплекс «Орешник» заступил на боевое дежурство в Белоруссии.',
    [{ type: 'POSTURE', actor: 'Sergei Shoigu', severity: 6 }],
  ],
  [
    'ru',
    'Песков заявил, что Россия не видит оснований для применения ядерного оружия.',
    [{ type: 'REASSURANCE', actor: 'Dmitry Peskov', severity: 0 }],
  ],
  // Genre veiled threat: patience running out, with the weapon named.
  [
    'ru',
    'Медведев: Западу стоит помнить, что у России есть ядерное оружие и наше терпение не бесконечно.',
    [{ type: 'THREAT', actor: 'Dmitry Medvedev', target: 'WEST' }],
  ],
  // «Специальные боеприпасы» are nuclear warheads in the Defence Ministry's reports.
  [
    'ru',
    'Шойгу сообщил, что расчёты «Искандеров» отрабатывают получение специальных боеприпасов.',
    [{ type: 'POSTURE', actor: 'Sergei Shoigu', severity: 6 }],
  ],
  // The Kremlin's reassurance formula and a veiled threat of 'more powerful weapons'.
  [
    'ru',
    'Песков заявил, что Россия относится к вопросам ядерного нераспространения с максимальной ответственностью.',
    [{ type: 'REASSURANCE', actor: 'Dmitry Peskov', severity: 0 }],
  ],
  [
    'ru',
    'Медведев заявил, что поставки оружия Киеву приведут к ответным мерам с применением более мощного оружия.',
    [{ type: 'THREAT', actor: 'Dmitry Medvedev', severity: 3 }],
  ],
  [
    'ru',
    'Захарова обвинила Киев в подготовке провокации с «грязной бомбой».',
    [{ type: 'ACCUSATION', actor: 'Maria Zakharova', target: 'UA' }],
  ],
  [
    'ru',
    'Захарова прокомментировала заявление Столтенберга: НАТО занимается ядерным шантажом, и ответственность за эскалацию лежит на Западе.',
    [{ type: 'ACCUSATION', actor: 'Maria Zakharova', target: 'NATO' }],
  ],
  [
    'ru',
    'Путин подписал указ об утверждении обновленных Основ государственной политики в области ядерного сдерживания.',
    [{ type: 'DOCTRINE', actor: 'Vladimir Putin', severity: 5 }],
  ],
  [
    'ru',
    '⚡️Лавров: если Запад продолжит эскалацию, Россия будет вынуждена ответить всеми имеющимися средствами, включая ядерное оружие.',
    [{ type: 'THREAT', actor: 'Sergey Lavrov', severity: 4, target: 'WEST' }],
  ],
  [
    'ru',
    'Путин провел телефонный разговор с президентом Франции. Лидеры подтвердили, что в ядерной войне не может быть победителей.',
    [{ type: 'REASSURANCE', actor: 'Vladimir Putin', severity: 0 }],
  ],
  [
    'ru',
    'МИД РФ заявил о приостановке участия в Договоре СНВ.',
    [{ type: 'ARMS_CONTROL', actor: 'Russia', severity: 4 }],
  ],
  [
    'ru',
    'Лукашенко заявил, что тактическое ядерное оружие размещено в Белоруссии.',
    [{ type: 'POSTURE', actor: 'Alexander Lukashenko', severity: 6 }],
  ],
  [
    'ru',
    'Вчера США по закрытым каналам предупредили Москву о катастрофических последствиях применения ядерного оружия, сообщил источник.',
    [{ type: 'WARNING', actor: 'United States', modality: 'private', sourcing: 'anonymous', date: '2022-11-06' }],
  ],
  // A wire dateline's agency is the publisher, not another outlet relayed.
  [
    'en',
    'MOSCOW, Nov 19 (Reuters) - Vladimir Putin on Tuesday approved a revised nuclear doctrine, according to a decree published by the government.',
    [{ type: 'DOCTRINE', actor: 'Vladimir Putin', sourcing: 'on_record', severity: 5 }],
  ],
  // "A … spokesperson" is an unnamed official: the state speaks, anonymously.
  [
    'en',
    '"These reckless nuclear threats must stop," a State Department spokesperson said, speaking on condition of anonymity.',
    [{ type: 'WARNING', actor: 'United States', sourcing: 'anonymous' }],
  ],
  // A spokesperson's gloss on a step taken is evidence of that step, not a step of their own.
  [
    'en',
    'Vladimir Putin on Tuesday approved a revised nuclear doctrine.\n\nKremlin spokesman Dmitry Peskov told reporters that the doctrine had been brought in line with the current situation.',
    [{ type: 'DOCTRINE', actor: 'Vladimir Putin', severity: 5 }],
  ],
  // A relative clause about the speaker does not date the act.
  [
    'en',
    'Former president Dmitry Medvedev, who signed the treaty in 2010, wrote that Russia had the right to defend itself with any weapons, including nuclear weapons.',
    [{ type: 'THREAT', actor: 'Dmitry Medvedev', date: '2022-11' }],
  ],
  // Refusing to be intimidated by nuclear threats condemns them.
  [
    'en',
    "NATO Secretary General Mark Rutte said the alliance would not be intimidated by Moscow's nuclear threats.",
    [{ type: 'WARNING', actor: 'Mark Rutte' }],
  ],
  // The state's dated summary gives its date to the named leader's undated report of the same step.
  [
    'en',
    'Russia struck the Ukrainian city of Dnipro on Thursday with a new ballistic missile designed to carry nuclear warheads, Vladimir Putin said in a televised address.\n\nPutin said the ballistic missile had been fired in response to Western strikes.',
    [{ type: 'POSTURE', actor: 'Vladimir Putin', date: '2022-11-03', severity: 5 }],
  ],
  // A Russian-side condemnation of nuclear threats is not a veiled threat.
  ['ru', 'Захарова заявила, что угрозы применения ядерного оружия недопустимы.', [{ type: 'WARNING', actor: 'Maria Zakharova' }]],
  // A state's own media is its official voice, not another outlet's unconfirmed report.
  [
    'en',
    'Vladimir Putin said Russia would use nuclear weapons if attacked, state media reported.',
    [{ type: 'THREAT', actor: 'Vladimir Putin', sourcing: 'on_record' }],
  ],
  // Officials whose statements are discussed are not the text's unnamed sources.
  [
    'en',
    'Russia said on Monday it had begun exercises with tactical nuclear weapons in response to statements by Western officials.',
    [{ type: 'POSTURE', actor: 'Russia', sourcing: 'on_record' }],
  ],
  // A reassurance that a same-side official reports is the official's own.
  ['ru', 'Россия не возобновит ядерные испытания, заявил Лавров.', [{ type: 'REASSURANCE', actor: 'Sergey Lavrov' }]],
  // The Strategic Offensive Arms treaty, named in full in any case, is a nuclear regime.
  ['ru', 'Россия готова придерживаться ограничений по Договору о стратегических наступательных вооружениях, заявил Лавров на брифинге.', [{ type: 'ARMS_CONTROL', actor: 'Sergey Lavrov' }]],
  // A step asked of the spokesperson's own state (its name governed: "calls for Russia to") is not a
  // step reported as taken: the spokesperson's position stays the spokesperson's.
  ['en', 'Kremlin spokesman Dmitry Peskov dismissed calls for Russia to join nuclear disarmament talks with the United States.', [{ type: 'ARMS_CONTROL', actor: 'Dmitry Peskov' }]],
  // … while a step the state took, reported by its spokesperson, is the state's.
  ['en', 'Kremlin spokesman Dmitry Peskov said Russia had suspended its participation in the New START treaty.', [{ type: 'ARMS_CONTROL', actor: 'Russia' }]],
  // A phrase of circumstance (the medium, the interview, the occasion) after the reporting verb or
  // after the speaker is not counted: the speaker still closes the clause.
  ['ru', 'Россия не возобновит ядерные испытания, заявил в интервью телеканалу «Звезда» Лавров.', [{ type: 'REASSURANCE', actor: 'Sergey Lavrov' }]],
  ['ru', 'Россия не возобновит ядерные испытания, заявил Лавров на совещании с постоянными членами Совета безопасности.', [{ type: 'REASSURANCE', actor: 'Sergey Lavrov' }]],
  ['fr', "La Russie ne reprendra pas les essais nucléaires, a déclaré à la télévision russe Sergueï Choïgou.", [{ type: 'REASSURANCE', actor: 'Sergei Shoigu' }]],
  ['fr', "La Russie ne reprendra pas les essais nucléaires, a déclaré Sergueï Choïgou lors d'une conférence de presse à Moscou.", [{ type: 'REASSURANCE', actor: 'Sergei Shoigu' }]],
  ['en', 'Russia will not resume nuclear tests, said Dmitry Peskov at a news conference with foreign journalists in Moscow.', [{ type: 'REASSURANCE', actor: 'Dmitry Peskov' }]],
  // A date between the reporting verb and the speaker is circumstance: the speaker still closes the clause.
  [
    'ru',
    'Россия готова применить ядерное оружие против любого агрессора, заявил 22 сентября 2025 года президент Владимир Путин.',
    [{ type: 'THREAT', actor: 'Vladimir Putin' }],
  ],
  // A contact reported by the other side is the contact of whoever made it.
  [
    'en',
    'US officials said that Russia had notified Washington in advance through nuclear risk reduction channels.',
    [{ type: 'CONTACT', actor: 'Russia' }],
  ],
  // An institution reporting what its own official did: the official acts.
  [
    'en',
    'Antony Blinken met the Russian envoy on Monday to warn Moscow of the consequences of using nuclear weapons, Washington said.',
    [{ type: 'WARNING', actor: 'Antony Blinken', date: '2022-11-07' }],
  ],
  // The rebuttal in the next paragraph of wire copy disputes the claim.
  [
    'en',
    'Sergueï Choïgou told his counterparts on Sunday that Ukraine could be preparing to detonate a dirty bomb.\n\nHe offered no evidence for the claim.',
    [{ type: 'ACCUSATION', actor: 'Sergei Shoigu', sourcing: 'disputed' }],
  ],
  // Ordering nuclear tests is test preparation.
  ['en', 'Vladimir Putin on Thursday ordered the military to resume nuclear testing.', [{ type: 'POSTURE', actor: 'Vladimir Putin', severity: 6 }]],
  // A reaction pointing back to "the announcement" is about the nuclear act the story leads with.
  [
    'en',
    'Europe\n\n6 May\n\nShare\n\nRussia said on Monday it had begun drills with tactical nuclear weapons.\n\nThe drills will last a week.\n\nJohn Kirby said the announcement was irresponsible.',
    [
      { type: 'POSTURE', actor: 'Russia' },
      { type: 'WARNING', actor: 'John Kirby' },
    ],
  ],
  // Seeing no change in the other side's posture is a low-risk judgement.
  ['en', "John Kirby said Washington had seen no change in Russia's nuclear posture.", [{ type: 'ASSESSMENT', actor: 'John Kirby', severity: 1 }]],
  // Nuclear submarines positioned somewhere: a deployment.
  [
    'en',
    'Joe Biden said on Friday he had ordered two nuclear submarines to be positioned near Russia.',
    [{ type: 'POSTURE', actor: 'Joe Biden', severity: 6 }],
  ],
  // Urging caution about nuclear rhetoric lowers tension, on either side.
  [
    'en',
    'Dmitry Peskov said Russian nuclear forces were on combat duty as always and urged caution.',
    [{ type: 'REASSURANCE', actor: 'Dmitry Peskov' }],
  ],
  // An adverbial clause's subject before the reporting clause is not the speaker.
  [
    'ru',
    'Россия не возобновит ядерные испытания, пока их не проведут США, заявил Лавров.',
    [{ type: 'REASSURANCE', actor: 'Sergey Lavrov' }],
  ],
  // A step belongs to whoever ordered it.
  [
    'en',
    'Russia said on Monday it had begun drills with tactical nuclear weapons on the orders of President Vladimir Putin.',
    [{ type: 'POSTURE', actor: 'Vladimir Putin' }],
  ],
  // A speaker placed after the content stands next to a reporting verb, which may carry a long
  // reporting clause; a state closing a clause without one is that clause's subject, not a speaker.
  [
    'en',
    "China's stockpile of nuclear warheads will double by 2030, the Pentagon said in a report released on Wednesday.",
    [{ type: 'ASSESSMENT', actor: 'United States', severity: 2 }],
  ],
  [
    'fr',
    'Dmitri Peskov a ajouté que si un pays reprenait les essais nucléaires, la Russie agirait en conséquence.',
    [{ type: 'THREAT', actor: 'Dmitry Peskov', severity: 3 }],
  ],
  // No-first-use pledges.
  ['en', 'Kremlin spokesman Dmitry Peskov said Russia would never be the first to use nuclear weapons.', [{ type: 'REASSURANCE', actor: 'Dmitry Peskov', severity: 0 }]],
  ['fr', 'Dmitri Peskov a assuré que la Russie ne serait jamais la première à utiliser l’arme nucléaire.', [{ type: 'REASSURANCE', actor: 'Dmitry Peskov' }]],
  // Tests in any tense.
  [
    'fr',
    'Vladimir Poutine a annoncé mardi que la Russie avait testé avec succès un missile intercontinental Sarmat, capable de porter des charges nucléaires.',
    [{ type: 'POSTURE', actor: 'Vladimir Putin', date: '2022-11-01' }],
  ],
  // Leaving a self-imposed moratorium is a regime act.
  [
    'ru',
    'Россия больше не считает себя связанной мораторием на размещение ракет средней и меньшей дальности, говорится в заявлении МИД РФ.',
    [{ type: 'ARMS_CONTROL', actor: 'Russia', severity: 5 }],
  ],
  // The other side's exercises called a provocation: an accusation, not a step of the accuser's.
  ['ru', 'Захарова назвала ядерные учения НАТО у российских границ провокацией.', [{ type: 'ACCUSATION', actor: 'Maria Zakharova', severity: 2 }]],
  // "Nuclear blackmail": the West condemns it, the Russian side accuses the West of it.
  ['en', 'Zelensky said the world must not give in to Russian nuclear blackmail.', [{ type: 'WARNING', actor: 'Volodymyr Zelenskyy' }]],
  ['ru', 'Захарова заявила, что Запад занимается ядерным шантажом.', [{ type: 'ACCUSATION', actor: 'Maria Zakharova' }]],
  // A leader announcing the state's step after the content takes it; a spokesperson only reports it.
  [
    'en',
    'Russia has carried out a final test of its nuclear-capable Burevestnik cruise missile, President Vladimir Putin said on Sunday.',
    [{ type: 'POSTURE', actor: 'Vladimir Putin', date: '2022-11-06' }],
  ],
  [
    'en',
    'Russia has carried out a final test of its nuclear-capable Burevestnik cruise missile, Kremlin spokesman Dmitry Peskov said on Sunday.',
    [{ type: 'POSTURE', actor: 'Russia' }],
  ],
  // Cooperation with the IAEA's inspectors is a nonproliferation regime.
  ['en', 'Iran on Wednesday suspended its cooperation with the International Atomic Energy Agency.', [{ type: 'ARMS_CONTROL', actor: 'Iran', severity: 4 }]],
  ["fr", "L'Iran a suspendu mercredi sa coopération avec l'AIEA.", [{ type: 'ARMS_CONTROL', actor: 'Iran', severity: 4 }]],
  ['ru', 'Иран приостановил сотрудничество с МАГАТЭ.', [{ type: 'ARMS_CONTROL', actor: 'Iran', severity: 4 }]],
  // A speaker right after the comma, with the reporting verb next to it, closes the sentence
  // (", Peskov told reporters"); without the verb the name is the clause's subject.
  ['en', 'Russia would never be the first to use nuclear weapons under any circumstances, Peskov told reporters.', [{ type: 'REASSURANCE', actor: 'Dmitry Peskov' }]],
  ['en', 'If anyone resumes nuclear testing, Russia would respond in kind.', [{ type: 'THREAT', actor: 'Russia' }]],
  // Treaty counting terms are not deployments, and a date after publication is not the act's.
  [
    'en',
    "Moscow would continue to observe the New START treaty's caps on deployed warheads until the treaty expires in 2026, the Russian Foreign Ministry said.",
    [{ type: 'REASSURANCE', actor: 'Russia', date: '2022-11', severity: 0 }],
  ],
  // The risks a warning speaks of are its content, not a separate judgement.
  ['en', 'Sullivan warned Moscow of the grave risks of any use of nuclear weapons.', [{ type: 'WARNING', actor: 'Jake Sullivan', target: 'RU' }]],
  // A threat aimed at the Russian side's own state, in its official's mouth, is an accusation;
  // the side's own threat formulas stay threats even with the adversary named before them, and an
  // escalator in someone else's adverbial clause does not raise the threat.
  ['fr', 'Dmitri Peskov a vu dans ce discours sur la dissuasion nucléaire une menace directe contre la Russie.', [{ type: 'ACCUSATION', actor: 'Dmitry Peskov' }]],
  ['ru', 'Захарова заявила, что любые объекты с ядерным оружием НАТО на территории Польши станут законной целью.', [{ type: 'THREAT', actor: 'Maria Zakharova', severity: 5 }]],
  [
    'en',
    'Medvedev wrote that Washington should remember the Soviet-era Dead Hand nuclear retaliation system, after the U.S. president set a deadline for Moscow.',
    [{ type: 'THREAT', actor: 'Dmitry Medvedev', severity: 3 }],
  ],
  // "Leaders of" a body: the body speaks.
  ['en', 'Leaders of NATO said on Wednesday that the use or threat of use of nuclear weapons was inadmissible.', [{ type: 'WARNING', actor: 'NATO' }]],
  // Each person of a joint subject performs the act; the other party of a meeting does not.
  [
    'en',
    'Putin and Lukashenko agreed on Thursday to coordinate their nuclear deterrents.',
    [
      { type: 'DOCTRINE', actor: 'Vladimir Putin', date: '2022-11-03' },
      { type: 'DOCTRINE', actor: 'Alexander Lukashenko', date: '2022-11-03' },
    ],
  ],
  ['en', 'Biden met Putin and warned him against any use of nuclear weapons.', [{ type: 'WARNING', actor: 'Joe Biden' }]],
  // The answer any use would meet is a warning; a law on nuclear use is a formal doctrine change.
  ['en', 'Leaders of NATO said any use of nuclear weapons would be met with an overwhelming response.', [{ type: 'WARNING', actor: 'NATO' }]],
  ['en', 'Russia has adopted a law that allows it to use nuclear weapons pre-emptively.', [{ type: 'DOCTRINE', actor: 'Russia', severity: 4 }]],
  // The planning an exercise rehearses is the exercise; consequences named beside nuclear use are a warning.
  [
    'ru',
    'В ходе учений, как сообщили в Минобороны России, будут отработаны вопросы планирования применения нестратегического ядерного оружия.',
    [{ type: 'POSTURE', actor: 'Russia' }],
  ],
  ['en', 'Blinken said the Kremlin knew what the consequences of any nuclear use would be.', [{ type: 'WARNING', actor: 'Antony Blinken', target: 'RU' }]],
  // A strategic system is nuclear context on its own; a dual-capable one needs a nuclear word somewhere.
  ['ru', 'Минобороны России сообщило, что подводный крейсер выполнил пуск баллистической ракеты «Булава».', [{ type: 'POSTURE', actor: 'Russia' }]],
  // "Any deployment" is supposed, not made; naming where nuclear weapons would hit names targets.
  [
    'en',
    "Russia's Foreign Ministry said in a statement on Friday that any deployment of new U.S. nuclear weapons in Europe would be met with a military response.",
    [{ type: 'THREAT', actor: 'Russia' }],
  ],
  [
    'ru',
    'Медведев написал, что в случае нападения на Россию европейские столицы окажутся в зоне поражения российского ядерного оружия.',
    [{ type: 'THREAT', actor: 'Dmitry Medvedev', severity: 5 }],
  ],
  // A step the adversary owns ("Russia's nuclear exercises", "exercices … de la Russie") is the object watched.
  ['en', "Sullivan said Washington was closely monitoring Russia's nuclear exercises.", [{ type: 'ASSESSMENT', actor: 'Jake Sullivan' }]],
  ['fr', 'Washington surveille de près les exercices nucléaires de la Russie, a indiqué le Pentagone.', [{ type: 'ASSESSMENT', actor: 'United States' }]],
  ['en', "Russia's nuclear exercises began on Tuesday, the Kremlin said.", [{ type: 'POSTURE', actor: 'Russia', date: '2022-11-01' }]],
  // A cue in a fronted phrase is the subject's; what adversaries discuss together is the contact's
  // content; the use an internal discussion weighs is the planning's content, not a threat.
  [
    'en',
    'In a phone call on Wednesday, Peskov and Sullivan discussed the risk of nuclear escalation.',
    [
      { type: 'CONTACT', actor: 'Dmitry Peskov', date: '2022-11-02' },
      { type: 'CONTACT', actor: 'Jake Sullivan', date: '2022-11-02' },
    ],
  ],
  [
    'en',
    'Two people familiar with the matter said officials in Moscow had discussed the conditions under which Moscow could use tactical nuclear weapons.',
    [{ type: 'PLANNING', actor: 'Russia', modality: 'private' }],
  ],
  // Pledges and veiled answers with words inserted; strategic stability is a nuclear regime term.
  ['fr', 'Dmitri Peskov a rappelé l’engagement de la Russie à ne jamais être la première à utiliser l’arme nucléaire.', [{ type: 'REASSURANCE', actor: 'Dmitry Peskov' }]],
  [
    'ru',
    'Песков заявил, что Москва отреагирует на размещение американских ракет в Германии, в том числе с ядерными боеголовками.',
    [{ type: 'THREAT', actor: 'Dmitry Peskov' }],
  ],
  ['en', 'Russia said it would take countermeasures if American nuclear weapons were stationed in Germany.', [{ type: 'THREAT', actor: 'Russia' }]],
  ['ru', 'Россия готова к диалогу по стратегической стабильности с США.', [{ type: 'CONTACT', actor: 'Russia' }]],
  // The Russian side condemning an adversary's step ("irresponsible") warns; it does not threaten,
  // and the step named with its owner right before it is the owner's, not the speaker's.
  ['ru', 'Лавров назвал решение США разместить ядерное оружие в Европе безответственным.', [{ type: 'WARNING', actor: 'Sergey Lavrov', severity: 2 }]],
  // Answering with nuclear weapons; asking third states to press an adversary; the subject right
  // after a bare reporting verb does the reported act; a speaker's quoted "for decades" is not
  // the reporter's background.
  [
    'en',
    '"Any attack on our territory by Western missiles could be answered with nuclear weapons," Medvedev wrote on Telegram.',
    [{ type: 'THREAT', actor: 'Dmitry Medvedev' }],
  ],
  [
    'en',
    'Zelensky urged China and India to press Moscow to stop its nuclear threats.',
    [
      { type: 'CONTACT', actor: 'Volodymyr Zelenskyy' },
      { type: 'WARNING', actor: 'Volodymyr Zelenskyy' },
    ],
  ],
  ['en', 'On Thursday the Pentagon said Russia had notified the United States ahead of the launch through nuclear risk reduction channels.', [{ type: 'CONTACT', actor: 'Russia' }]],
  ['fr', 'Dmitri Peskov a estimé jeudi que le risque d’une confrontation nucléaire était « au plus haut depuis des décennies ».', [{ type: 'ASSESSMENT', actor: 'Dmitry Peskov' }]],
  // A condition restricting use is a doctrine statement, not a threat.
  ['en', 'Medvedev said Russia would use nuclear weapons only if the existence of the state were threatened.', [{ type: 'DOCTRINE', actor: 'Dmitry Medvedev' }]],
  ['ru', 'Лукашенко сказал, что Белоруссия применит ядерное оружие лишь в случае агрессии против неё.', [{ type: 'DOCTRINE', actor: 'Alexander Lukashenko' }]],
  // A deployment offered for discussion states policy; it is not a posture change.
  [
    'fr',
    'Vladimir Poutine s’est dit prêt à ouvrir la discussion sur le déploiement d’armes nucléaires en Biélorussie.',
    [{ type: 'DOCTRINE', actor: 'Vladimir Putin', severity: 1 }],
  ],
  // Words inserted into a fixed veiled-threat formula.
  ['ru', 'Шойгу заявил, что Россия защитит Белоруссию всеми имеющимися у неё средствами, включая ядерное оружие.', [{ type: 'THREAT', actor: 'Sergei Shoigu' }]],
];

/** An official's own channel, copied as text: the header line names whose voice "we" is. */
test('a post under a header naming an official speaks with that official\'s voice', () => {
  // (Not a condition of use such as 'если речь пойдёт о существовании страны': that states doctrine.)
  const body = 'Напомню: у нас есть ядерное оружие, и мы применим его против любого агрессора.';
  const own = run('ru', `Медведев\n\n${body}`).signals;
  assert.deepEqual(own.map((s) => `${s.type} ${s.actor.name}`), ['THREAT Dmitry Medvedev']);
  // Without the header nobody is named: no actor, no signal.
  assert.deepEqual(run('ru', body).signals, []);
  // A header that is a sentence about someone is not a channel name.
  assert.deepEqual(run('ru', `Медведев выступил на форуме\n\n${body}`).signals, []);
  // No "we" needed: a veiled answer in the state's name, in the official's own post, is the official's.
  const veiled = 'Отличить ракету с ядерной боеголовкой от обычной невозможно. Как ответит на это Россия, догадаться несложно.';
  assert.deepEqual(run('ru', `Медведев\n\n${veiled}`).signals.map((s) => `${s.type} ${s.actor.name}`), ['THREAT Dmitry Medvedev']);
  assert.deepEqual(run('ru', veiled).signals, []);
  // A step the state took stays the state's, whoever's channel reports it.
  const step = 'Россия провела испытание ракеты «Ярс», способной нести ядерные боеголовки.';
  assert.deepEqual(run('ru', `Медведев\n\n${step}`).signals.map((s) => `${s.type} ${s.actor.name}`), ['POSTURE Russia']);
});

/**
 * The voice of a post is the actors stage's `channelAuthor`: the channel field, a forward line,
 * a signature handle. Rows: how the post is presented, and who (if anyone) its unattributed
 * threat belongs to.
 */
const POST_VOICES: readonly [string, { content: string; author?: string; source?: string }, string[]][] = [
  ['forward line', { content: 'Переслано от: Дмитрий Медведев\n\n{body}' }, ['THREAT Dmitry Medvedev']],
  ['channel field', { content: '{body}', author: 'Дмитрий Медведев' }, ['THREAT Dmitry Medvedev']],
  ['Telegram username', { content: '{body}', source: 'telegram:medvedev_telegram/612' }, ['THREAT Dmitry Medvedev']],
  ['signature handle', { content: '{body}\n\n@MariaVladimirovnaZakharova' }, ['THREAT Maria Zakharova']],
  // A forward from a channel the gazetteer does not know says nothing of whose voice it is.
  ['unknown forward', { content: 'Переслано от: Рыбарь\n\n{body}' }, []],
  // A byline that is not a known voice is a reporter.
  ['unknown author', { content: '{body}', author: 'Иван Петров' }, []],
];

test('a post speaks with the voice of its channel, forward line or signature', () => {
  const body = 'Поражение ядерной державы в обычной войне может спровоцировать начало войны ядерной.';
  for (const [label, post, expected] of POST_VOICES) {
    const text = post.content.replace('{body}', body);
    const base = annotatedDoc('ru', text);
    const doc: Doc = {
      ...base,
      source: post.source ?? base.source,
      raw: { ...base.raw, content: text },
      meta: post.author ? { ...base.meta, author: post.author } : base.meta,
    };
    const out = signals(dates(doc)).signals.map((s) => `${s.type} ${s.actor.name}`);
    assert.deepEqual(out, expected, label);
  }
});

function describe(s: Signal): string {
  return `${s.type} ${s.actor.name} ${s.sourcing} ${s.modality} ${s.date} sev ${s.severity} → ${s.target}`;
}

test('signal rules: what each sentence reports', () => {
  for (const [lang, text, expected] of HITS) {
    const out = run(lang, text).signals;
    const context = `${lang} "${text}" gave [${out.map(describe).join('; ')}]`;
    assert.equal(out.length, expected.length, context);
    for (const e of expected) {
      const hit = out.find((s) => s.type === e.type && s.actor.name === e.actor);
      assert.ok(hit, context);
      for (const key of ['sourcing', 'modality', 'date', 'severity', 'target'] as const) {
        if (e[key] !== undefined) assert.equal(hit[key], e[key], `${key} of ${context}`);
      }
      assert.ok(hit.evidence.length >= 1, context);
      for (const ev of hit.evidence) assert.equal(text.slice(ev.start, ev.end), ev.text);
    }
  }
});

/** Sentences that must yield no signal. */
const MISSES: readonly [string, string][] = [
  // A parenthetical relative clause describes someone; its words are not the act.
  ['en', 'The Institute for the Study of War, which monitors Russian nuclear forces, published a new map of the front.'],
  // A past occasion recalled for comparison is background.
  ['en', 'The last time Russia announced such drills was in October 2023, when its forces rehearsed a massive nuclear retaliatory strike.'],
  // The reporter's own question, and commentators' advice, report no act.
  ['en', 'How should democracies respond when a nuclear power threatens to use nuclear weapons?'],
  ['en', 'Some experts say Washington should revive talks on nuclear risk reduction with Moscow.'],
  ['fr', 'La centrale nucléaire de Zaporijjia a de nouveau été coupée du réseau électrique, a indiqué l’AIEA.'],
  ['fr', 'Pendant des années, les experts nucléaires américains ont craint que la Russie n’utilise des armes nucléaires tactiques.'],
  ['fr', 'La Russie possède environ 2 000 armes nucléaires tactiques.'],
  ['fr', 'Le maire de Kyiv a dit aux habitants de se préparer à des coupures plus longues.'],
  ['fr', 'Selon Kimball, la meilleure option pour Washington serait de renforcer la dissuasion nucléaire.'],
  ['en', 'The IAEA said the Zaporizhzhia nuclear power plant lost external power again, raising safety fears.'],
  ['en', 'For decades, experts have feared that a nuclear war in Europe could start by accident.'],
  ['en', 'Russia fired missiles at Kyiv overnight, the mayor said.'],
  ['en', 'The reactor at the nuclear plant was shut down for maintenance.'],
  ['en', 'Prices for uranium rose sharply this week as utilities sought new supplies for nuclear power stations.'],
  ['en', 'China urged all sides to exercise restraint in the trade dispute.'],
  ['fr', 'Le président ukrainien a averti que l’hiver serait difficile pour le réseau électrique.'],
  ['ru', 'На Запорожской АЭС произошло отключение энергоблока, сообщили в МАГАТЭ.'],
  ['ru', 'Росатом построит новый реактор на атомной станции.'],
  ['ru', 'Песков заявил, что Путин проведет пресс-конференцию в декабре.'],
  // A threat the speaker's forces will repel is not a threat the speaker makes.
  ['en', 'Putin said Russia’s nuclear forces must be able to destroy any threat.'],
  ['ru', 'Путин сказал, что ядерные силы России способны отразить любую угрозу.'],
  // Technical terms holding a cue word ("early-warning", "launch on warning") report no act.
  ['en', 'Russia is building an early-warning counterstrike posture, in which nuclear missiles are launched on warning of an attack.'],
  // A deployment inside a condition is supposed, not taken.
  ['en', 'The Kremlin said the Russian military would take all necessary steps to ensure security if NATO nuclear weapons were deployed in Poland.'],
  ['fr', 'Le Kremlin a prévenu qu’il prendrait des mesures si des armes nucléaires de l’OTAN étaient déployées en Pologne.'],
  ['ru', 'Минобороны России сообщило, что войска нанесли удар ракетами «Искандер» по складам.'],
  // Researchers' advice.
  ['en', 'Some researchers suggest that Washington should pair the missile shield with talks on limiting nuclear weapons.'],
];

test('sentences that are not nuclear signals', () => {
  for (const [lang, text] of MISSES) {
    const out = run(lang, text).signals;
    assert.deepEqual(out.map(describe), [], `${lang} "${text}"`);
  }
});

test('one act told in several sentences is one signal with several evidence entries', () => {
  const text =
    'Dmitri Medvedev a écrit jeudi que la Russie pourrait utiliser l’arme nucléaire. « Ce n’est pas du bluff », a ajouté Medvedev.';
  const out = run('fr', text).signals;
  assert.equal(out.length, 1, out.map(describe).join('; '));
  const [signal] = out as [Signal];
  assert.equal(signal.type, 'THREAT');
  assert.equal(signal.evidence.length, 2);
  assert.equal(signal.date, '2022-11-03');
});

test('two occasions of the same actor stay two signals', () => {
  const text =
    'Le 21 septembre, Poutine a menacé d’utiliser l’arme nucléaire.\n\nLe secrétaire d’État Antony Blinken a condamné ces menaces.\n\nLe 29 octobre, Poutine a de nouveau menacé d’utiliser l’arme nucléaire.';
  const threats = run('fr', text).signals.filter((s) => s.type === 'THREAT');
  assert.deepEqual(
    threats.map((s) => s.date),
    ['2022-09-21', '2022-10-29'],
  );
});

test('a state summary next to its named official’s act is the official’s signal', () => {
  const text = 'Les États-Unis ont averti la Russie contre tout recours à l’arme nucléaire. Antony Blinken a averti Moscou de conséquences catastrophiques en cas de frappe nucléaire.';
  const warnings = run('fr', text).signals.filter((s) => s.type === 'WARNING');
  assert.deepEqual(
    warnings.map((s) => [s.actor.name, s.evidence.length]),
    [['Antony Blinken', 2]],
  );
});

test('a plain reporting verb dates the act at the publication month; an unspecified past gives null', () => {
  const plain = run('en', 'Russia threatened to use nuclear weapons against Ukraine, Putin said.', '2024-11-22').signals;
  assert.equal(plain[0]?.date, '2024-11');
  const past = run('fr', 'Poutine est allé jusqu’à affirmer que la Russie n’avait jamais discuté de l’utilisation d’armes nucléaires.').signals;
  assert.equal(past[0]?.type, 'REASSURANCE');
  assert.equal(past[0]?.date, null);
  const none = run('en', 'Russia threatened to use nuclear weapons against Ukraine.', null).signals;
  assert.equal(none[0]?.date, null);
});

test('an account attributed once to a state’s unnamed officials stays anonymous for that state', () => {
  const text =
    'Les États-Unis ont envoyé des messages à Moscou, selon des responsables américains.\n\nWashington a averti le Kremlin de conséquences catastrophiques en cas de frappe nucléaire.\n\nLe Kremlin a démenti toute intention d’utiliser l’arme nucléaire.';
  const out = run('fr', text).signals;
  assert.equal(out.find((s) => s.type === 'WARNING')?.sourcing, 'anonymous');
  assert.equal(out.find((s) => s.type === 'REASSURANCE')?.sourcing, 'on_record');
});

test('the quotation carrying the act is the signal’s quote', () => {
  const out = run('fr', '« Nous utiliserons tous les moyens à notre disposition, y compris l’arme nucléaire », a déclaré Poutine.').signals;
  assert.equal(out[0]?.quote, 'Nous utiliserons tous les moyens à notre disposition, y compris l’arme nucléaire');
  assert.equal(out[0]?.actor.name, 'Vladimir Putin');
  assert.ok((out[0]?.confidence ?? 0) > 0.8);
});

test('the stage does not edit its input and survives a document without annotations', () => {
  const input = dates(annotatedDoc('fr', 'Poutine a menacé d’utiliser l’arme nucléaire.'));
  const snapshot = JSON.stringify(input);
  signals(input);
  assert.equal(JSON.stringify(input), snapshot);
  const bare = { ...input, sentences: [], mentions: [], quotes: [] };
  assert.deepEqual(signals(bare).signals, []);
  assert.deepEqual(signals({ ...input, text: '' }).signals, []);
});

test('documents in languages without lexicons, or unknown, go through', () => {
  for (const lang of ['it', 'de', null]) {
    const doc = dates(annotatedDoc('fr', 'Poutine a menacé d’utiliser l’arme nucléaire contre l’Ukraine.'));
    const out = signals({ ...doc, lang });
    assert.equal(out.signals[0]?.type, 'THREAT', String(lang));
  }
  const garbage = dates(annotatedDoc('en', '\u0000\u0001 ### nuclear nuclear !!! ¿¿ 2022-13-45 29/02/2023'));
  assert.doesNotThrow(() => signals(garbage));
});

test('a bad signal lexicon line stops the build with file and line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'brink-signals-'));
  for (const lang of ['fr', 'en', 'ru']) {
    mkdirSync(join(dir, lang));
    for (const file of readdirSync(join(DEFAULT_DATA_DIR, lang))) copyFileSync(join(DEFAULT_DATA_DIR, lang, file), join(dir, lang, file));
  }
  writeFileSync(join(dir, 'en', 'signal-cues.txt'), '# test\nTHREAT | not a bluff\nTHRET | all means\nWARNING | warn* | sev=12\n');
  assert.throws(
    () => createSignals({ dataDir: dir }),
    (error: Error) =>
      error instanceof ConfigError &&
      /data\/en\/signal-cues\.txt:3: unknown signal type "THRET"/.test(error.message) &&
      /signal-cues\.txt:4: unknown option "sev=12"/.test(error.message),
  );
});

test('an abbreviated Russian month in a dateline dates the act (data/ru/time-expressions.txt)', () => {
  const out = run('ru', 'МОСКВА, 4 авг 2025 — Россия больше не считает себя связанной мораторием на размещение ракет средней и меньшей дальности.', null).signals;
  assert.deepEqual(out.map((s) => `${s.type} ${s.actor.name} ${s.date}`), ['ARMS_CONTROL Russia 2025-08-04']);
});

test('the opening sentence under a headline naming nuclear weapons is in the headline\'s context', () => {
  const body = '«Мы расцениваем это как эскалационный шаг и ответим на него», — заявила Захарова.\n\nДругие новости дня.';
  const doc = dates(annotatedDoc('ru', body));
  assert.deepEqual(signals(doc).signals, []);
  const titled = signals({ ...doc, title: 'Захарова: размещение ядерного оружия США в Европе — эскалационный шаг' }).signals;
  assert.deepEqual(titled.map((s) => `${s.type} ${s.actor.name}`), ['THREAT Maria Zakharova']);
});

test('a signal resting only on the sentence before (no nuclear term, no sure actor) is found but not reported', () => {
  // "The Japanese government said…" inherits the launch's nuclear context: 0.35 with the rules alone.
  const text = 'North Korea test-fired an intercontinental ballistic missile on Friday. The Japanese government said it would take all necessary measures to protect its people.';
  const doc = dates(annotatedDoc('en', text, '2024-03-01'));
  const every = createSignals({ model: null, minConfidence: 0 })(doc).signals;
  const reported = createSignals({ model: null })(doc).signals;
  const weak = every.filter((s) => s.confidence < MIN_REPORTED_CONFIDENCE);
  assert.ok(weak.length > 0, `expected a weak signal among ${every.map((s) => `${s.type} ${s.confidence}`).join(', ')}`);
  assert.deepEqual(
    reported.map((s) => s.type),
    every.filter((s) => s.confidence >= MIN_REPORTED_CONFIDENCE).map((s) => s.type),
  );
  assert.ok(reported.length > 0, 'the launch itself (a nuclear-capable system named) is reported');
});
