/**
 * Rule tables for the verb classes and constructions of session 6 (helper A), written from the
 * misses of unseen English articles and checked in Russian and French where the construction is
 * the same: veiled formulas in a document about nuclear weapons, answers promised to a broken
 * moratorium, negated perception with words between, forces put on a higher footing, nuclear-armed
 * ships visiting an ally, the Russian side's promise to build up its nuclear forces, condemnations
 * pointing back to the act ("called the remarks…") and condemnation an act drew. Each row runs the
 * whole pipeline on a short article.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Signal } from '../../document/index.ts';
import { describe, hitFailures, signalsOf, type Expected } from './rule-table.ts';


/** Rows are dated as published on 2024-03-01. */
const rowSignals = (lang: string, text: string): readonly Signal[] => signalsOf(lang, text, '2024-03-01');

/** [language, text, signals that must be found, what must not be found: "TYPE" or "TYPE by Actor"]. */
const ROWS: readonly [string, string, readonly Expected[], readonly string[]][] = [
  // A veiled formula with its nuclear word two paragraphs on, in a document about nuclear weapons…
  [
    'en',
    'Vladimir Putin warned that anyone who tried to interfere would face consequences such as you have never seen in your entire history.\n\nThe speech was broadcast in the early morning.\n\nRussia has the largest arsenal of nuclear weapons in the world.',
    [{ type: 'THREAT', actor: 'Vladimir Putin' }],
    [],
  ],
  [
    'ru',
    'Владимир Путин предупредил, что последствия будут такими, каких вы никогда не видели.\n\nОбращение транслировали рано утром.\n\nРоссия обладает крупнейшим в мире арсеналом ядерного оружия.',
    [{ type: 'THREAT', actor: 'Vladimir Putin' }],
    [],
  ],
  [
    'fr',
    "Vladimir Poutine a averti que quiconque tenterait d'interférer s'exposerait à des conséquences jamais vues dans son histoire.\n\nLe discours a été diffusé tôt le matin.\n\nLa Russie possède le plus grand arsenal d'armes nucléaires au monde.",
    [{ type: 'THREAT', actor: 'Vladimir Putin' }],
    [],
  ],
  // … but not in a story that never names nuclear weapons, nor in the mouth of a state without them.
  [
    'en',
    'Vladimir Putin warned that anyone who tried to interfere would face consequences such as you have never seen in your entire history.\n\nThe speech was broadcast in the early morning.',
    [],
    ['THREAT'],
  ],
  [
    'en',
    'Volodymyr Zelensky warned that the invaders would face consequences such as they have never seen.\n\nThe speech was broadcast in the early morning.\n\nRussia has the largest arsenal of nuclear weapons in the world.',
    [],
    ['THREAT'],
  ],
  // The Russian side's answer to a broken moratorium warns of a counter-step, with the condition
  // first or last…
  [
    'en',
    'Kremlin spokesman Dmitry Peskov said Russia would act accordingly if anyone broke the moratorium on nuclear testing.',
    [{ type: 'WARNING', actor: 'Dmitry Peskov', severity: 3 }],
    ['THREAT'],
  ],
  [
    'en',
    '"If anyone departs from the moratorium on nuclear tests, Russia will act accordingly," Kremlin spokesman Dmitry Peskov said.',
    [{ type: 'WARNING', actor: 'Dmitry Peskov', severity: 3 }],
    ['THREAT'],
  ],
  [
    'ru',
    'Дмитрий Песков заявил, что если кто-то откажется от моратория на ядерные испытания, Россия будет действовать соответствующим образом.',
    [{ type: 'WARNING', actor: 'Dmitry Peskov', severity: 3 }],
    ['THREAT'],
  ],
  [
    'ru',
    'Москва ответит зеркально, если Вашингтон нарушит мораторий и проведёт ядерное испытание, заявил заместитель министра иностранных дел Сергей Рябков.',
    [{ type: 'WARNING', actor: 'Sergei Ryabkov', severity: 3 }],
    ['THREAT'],
  ],
  // … and an answer that names nuclear weapons stays a threat.
  [
    'en',
    'Kremlin spokesman Dmitry Peskov said Russia would act accordingly, including with its nuclear weapons, if anyone broke the moratorium.',
    [{ type: 'THREAT', actor: 'Dmitry Peskov' }],
    ['WARNING'],
  ],
  // Negated perception with words between: a judgement of no indicators.
  [
    'en',
    'A senior U.S. defence official said the Pentagon had not yet seen any significant movement of Russian nuclear forces.',
    [{ type: 'ASSESSMENT', actor: 'United States', severity: 1 }],
    [],
  ],
  [
    'fr',
    "Un haut responsable américain a déclaré que le Pentagone n'avait pas encore observé de mouvement des armes nucléaires russes.",
    [{ type: 'ASSESSMENT', actor: 'United States', severity: 1 }],
    [],
  ],
  // Forces put on a higher footing.
  [
    'en',
    "Russia's Defence Ministry said the crews of its strategic missile forces had begun combat duty with reinforced staff.",
    [{ type: 'POSTURE', actor: 'Russia', severity: 6 }],
    [],
  ],
  [
    'ru',
    'Минобороны России сообщило, что расчёты ракетных войск стратегического назначения приступили к несению боевого дежурства усиленным составом.',
    [{ type: 'POSTURE', actor: 'Russia', severity: 6 }],
    [],
  ],
  [
    'en',
    'Vladimir Putin ordered the deterrence forces of the Russian army to be moved to a special regime of combat duty.',
    [{ type: 'POSTURE', actor: 'Vladimir Putin', severity: 6 }],
    [],
  ],
  // A nuclear-armed submarine visiting an ally: a forward-presence step; a leader's visit is none.
  [
    'en',
    'A U.S. ballistic missile submarine carrying nuclear weapons will visit South Korea for the first time since the 1980s, the White House said.',
    [{ type: 'POSTURE', actor: 'United States' }],
    [],
  ],
  [
    'fr',
    "Un sous-marin nucléaire lanceur d'engins américain fera escale en Corée du Sud pour la première fois depuis les années 1980, a annoncé la Maison Blanche.",
    [{ type: 'POSTURE', actor: 'United States' }],
    [],
  ],
  ['en', 'South Korean President Yoon Suk Yeol will visit Washington next week, where he is to discuss nuclear submarines.', [], ['POSTURE']],
  // The Russian side's promise to build up its nuclear forces answers the other side's step…
  [
    'en',
    'Kim Yo Jong said the declaration had convinced North Korea that it must perfect its nuclear deterrent.',
    [{ type: 'THREAT', actor: 'Kim Yo Jong' }],
    [],
  ],
  [
    'ru',
    'Дмитрий Медведев заявил, что России придётся укрепить группировку на Балтике, в том числе ядерным оружием, если Финляндия и Швеция вступят в НАТО.',
    [{ type: 'THREAT', actor: 'Dmitry Medvedev' }],
    [],
  ],
  // … an ally's is no threat.
  ['en', "Japan's defence minister said Tokyo and Washington would strengthen their nuclear deterrent cooperation.", [], ['THREAT']],
  // A condemnation pointing back to the act the story leads with, paragraphs later.
  [
    'en',
    'Vladimir Putin threatened on Thursday to use nuclear weapons against Western countries that sent troops to Ukraine.\n\nIn Washington, the reaction was calm.\n\nNATO Secretary General Jens Stoltenberg called the remarks "dangerous rhetoric".',
    [
      { type: 'THREAT', actor: 'Vladimir Putin' },
      { type: 'WARNING', actor: 'Jens Stoltenberg' },
    ],
    [],
  ],
  // Condemnation an act drew is no condemnation by the act's subject.
  [
    'en',
    "Vladimir Putin ordered Russia's nuclear deterrence forces onto a special regime of combat duty. The order drew swift condemnation in the West.",
    [{ type: 'POSTURE', actor: 'Vladimir Putin' }],
    ['WARNING'],
  ],
  // A threat word after a condemnation in the same sentence is what is condemned, whoever speaks.
  [
    'en',
    'Chinese President Xi Jinping said the international community should jointly oppose the use of, or threats to use, nuclear weapons.',
    [{ type: 'WARNING', actor: 'Xi Jinping' }],
    ['THREAT'],
  ],
  [
    'fr',
    "Le président chinois Xi Jinping a déclaré que la communauté internationale devait s'opposer conjointement à l'emploi ou aux menaces d'emploi de l'arme nucléaire.",
    [{ type: 'WARNING', actor: 'Xi Jinping' }],
    ['THREAT'],
  ],
  [
    'ru',
    'Председатель КНР Си Цзиньпин заявил, что мировое сообщество должно совместно выступать против применения или угрозы применения ядерного оружия.',
    [{ type: 'WARNING', actor: 'Xi Jinping' }],
    ['THREAT'],
  ],
  // Talks are a contact about nuclear risk only when their own sentence says so…
  [
    'en',
    'Vladimir Putin ordered drills of the strategic nuclear forces on Monday. Ukrainian and Russian delegations were due to hold talks on Tuesday near the Belarusian border.',
    [{ type: 'POSTURE', actor: 'Vladimir Putin' }],
    ['CONTACT'],
  ],
  [
    'fr',
    "Vladimir Poutine a ordonné lundi des exercices des forces nucléaires stratégiques. Les délégations ukrainienne et russe devaient tenir des pourparlers mardi à la frontière bélarusse.",
    [{ type: 'POSTURE', actor: 'Vladimir Putin' }],
    ['CONTACT'],
  ],
  // … as here.
  [
    'en',
    'Jake Sullivan held talks with Yuri Ushakov on the risk of nuclear escalation in Ukraine.',
    [{ type: 'CONTACT', actor: 'Jake Sullivan' }],
    [],
  ],
  // The adversary's preparations as another side reports them: a judgement of indicators.
  [
    'en',
    "South Korea's Joint Chiefs of Staff said the North might be preparing a seventh nuclear test around the election.",
    [{ type: 'ASSESSMENT', actor: 'South Korea' }],
    ['POSTURE'],
  ],
  [
    'en',
    "South Korea's defence minister, Kim Yong-hyun, told lawmakers that the North had finished preparing an ICBM launch.",
    [{ type: 'ASSESSMENT', actor: 'Kim Yong-hyun' }],
    [],
  ],
  [
    'ru',
    'В Объединённом комитете начальников штабов Южной Кореи заявили, что КНДР может готовить седьмое ядерное испытание.',
    [{ type: 'ASSESSMENT', actor: 'South Korea' }],
    ['POSTURE'],
  ],
  [
    'fr',
    "L'état-major sud-coréen a estimé que le Nord pourrait préparer un septième essai nucléaire.",
    [{ type: 'ASSESSMENT', actor: 'South Korea' }],
    ['POSTURE'],
  ],
  // An accusation framed as the other side's possible preparation stays the accusation; under a denial it is none.
  [
    'en',
    'Russian Defence Minister Sergei Shoigu told his French counterpart that Kyiv could be preparing a provocation with a dirty bomb.',
    [{ type: 'ACCUSATION', actor: 'Sergei Shoigu' }],
    [],
  ],
  [
    'en',
    'U.S. officials said they no longer believe that Putin plans to use tactical nuclear weapons or a dirty bomb.',
    [{ type: 'ASSESSMENT', actor: 'United States' }],
    ['ACCUSATION'],
  ],
  // An international organisation's warning addressed to nobody names a risk.
  [
    'en',
    'UN Secretary-General Antonio Guterres warned that humanity was just one miscalculation away from nuclear annihilation.',
    [{ type: 'ASSESSMENT', actor: 'António Guterres' }],
    ['WARNING'],
  ],
  // The Russian side calling the other side's words an escalation of tension accuses it.
  [
    'en',
    'NATO allies are discussing taking more nuclear weapons out of storage. Kremlin spokesman Dmitry Peskov said the comments were "nothing other than another escalation of tension".',
    // (the allies' discussion itself is deliberation: planning, type-distinctions.test.ts)
    [{ type: 'ACCUSATION', actor: 'Dmitry Peskov' }, { type: 'PLANNING', actor: 'NATO' }],
    [],
  ],
  [
    'ru',
    'Песков назвал слова генсека НАТО о ядерном оружии очередной эскалацией напряжённости.',
    [{ type: 'ACCUSATION', actor: 'Dmitry Peskov' }],
    [],
  ],
  // Denials that an act is aimed at anyone, in all persons and tenses.
  [
    'fr',
    "« Ces essais ne visent pas les États-Unis », a déclaré le porte-parole du Kremlin Dmitri Peskov à propos des essais du missile à propulsion nucléaire.",
    [{ type: 'REASSURANCE', actor: 'Dmitry Peskov' }],
    [],
  ],
  [
    'en',
    'A French foreign ministry spokesman said France does not threaten anyone with its nuclear deterrent.',
    [{ type: 'REASSURANCE', actor: 'France' }],
    ['THREAT'],
  ],
  // A treaty limit abandoned, in the past tense.
  [
    'en',
    'The Foreign Ministry said Russia no longer considered itself bound by the New START treaty limits.',
    [{ type: 'ARMS_CONTROL', actor: 'Russia' }],
    [],
  ],
  // An order to start testing nuclear weapons.
  [
    'ru',
    'Президент США Дональд Трамп поручил Пентагону начать испытания ядерного оружия.',
    [{ type: 'POSTURE', actor: 'Donald Trump' }],
    [],
  ],
  [
    'ru',
    'Дмитрий Песков заявил, что Россия очень осторожно относится к ядерной тематике.',
    [{ type: 'REASSURANCE', actor: 'Dmitry Peskov' }],
    [],
  ],
  // A treaty body's meeting put off; an exercise named by the forces it trains.
  [
    'en',
    'Russia has postponed a meeting of the commission that oversees the New START treaty, the State Department said on Monday.',
    [{ type: 'ARMS_CONTROL', actor: 'Russia', severity: 2 }],
    [],
  ],
  [
    'ru',
    'Россия отложила заседание двусторонней консультативной комиссии по ДСНВ, сообщили в Госдепартаменте.',
    [{ type: 'ARMS_CONTROL', actor: 'Russia', severity: 2 }],
    [],
  ],
  ['en', 'NATO began its annual nuclear deterrence exercise, Steadfast Noon, on Monday.', [{ type: 'POSTURE', actor: 'NATO', severity: 1 }], []],
  ['en', 'The Chinese foreign ministry said all nuclear powers should exercise restraint.', [], ['POSTURE']],
  // "The two leaders" is the subject when only a leading source clause and the act's objects name anyone.
  [
    'en',
    'On Monday, President Joe Biden and Chinese leader Xi Jinping met for three hours. According to a White House readout, the two leaders underscored their opposition to the use of nuclear weapons in Ukraine.',
    [
      { type: 'WARNING', actor: 'Joe Biden' },
      { type: 'WARNING', actor: 'Xi Jinping' },
    ],
    ['WARNING by United States'],
  ],
  [
    'fr',
    "Lundi, le président Joe Biden et le dirigeant chinois Xi Jinping se sont entretenus pendant trois heures. Selon la Maison Blanche, les deux dirigeants ont souligné leur opposition à l'emploi de l'arme nucléaire en Ukraine.",
    [
      { type: 'WARNING', actor: 'Joe Biden' },
      { type: 'WARNING', actor: 'Xi Jinping' },
    ],
    ['WARNING by United States'],
  ],
  // The risk of nuclear war said to grow is a judgement of risk, not the speaker's threat…
  [
    'ru',
    'Владимир Путин заявил, что угроза ядерной войны нарастает.',
    [{ type: 'ASSESSMENT', actor: 'Vladimir Putin' }],
    ['THREAT'],
  ],
  [
    'en',
    'Sergei Lavrov said the threat of nuclear war was growing.',
    [{ type: 'ASSESSMENT', actor: 'Sergey Lavrov' }],
    ['THREAT'],
  ],
  [
    'ru',
    'Сергей Шойгу предупредил, что шагов до потенциальной ядерной коллизии между Россией и Западом остаётся всё меньше.',
    [{ type: 'ASSESSMENT', actor: 'Sergei Shoigu' }],
    ['THREAT'],
  ],
  // … but a war the other side's step "would risk" is the consequence threatened.
  [
    'en',
    'Vladimir Putin warned Western governments that sending troops to Ukraine would risk a nuclear war.',
    [{ type: 'THREAT', actor: 'Vladimir Putin' }],
    ['ASSESSMENT'],
  ],
  // The Russian side naming the other side the source of nuclear danger accuses it.
  [
    'ru',
    'В МИД России сочли, что главным источником ядерной опасности в Европе остаётся Киев.',
    [{ type: 'ACCUSATION', actor: 'Russia' }],
    [],
  ],
  // Not ruling out a step is a veiled threat when the sentence names the nuclear option, not a troop deployment.
  [
    'en',
    'Vladimir Putin warned the West of a nuclear conflict on Thursday. The speech came days after Emmanuel Macron said the dispatch of Western ground troops to Ukraine could not be ruled out.',
    [{ type: 'THREAT', actor: 'Vladimir Putin' }],
    ['THREAT by Emmanuel Macron'],
  ],
  ['en', 'Dmitry Medvedev said Russia had not ruled out the use of nuclear weapons.', [{ type: 'THREAT', actor: 'Dmitry Medvedev' }], []],
  // Saying the adversary invents threats condemns them; an assessment promised is none yet.
  [
    'en',
    'White House press secretary Jen Psaki said Moscow was manufacturing threats about nuclear weapons to justify further aggression.',
    [{ type: 'WARNING', actor: 'Jen Psaki' }],
    [],
  ],
  ['en', 'The White House said the United States would assess the Russian directive on nuclear forces.', [], ['ASSESSMENT']],
  // The same in Ukrainian: a growing risk is a judgement, the adversary's possible preparation too.
  ['uk', 'Президент Володимир Зеленський заявив, що загроза ядерної війни зростає.', [{ type: 'ASSESSMENT', actor: 'Volodymyr Zelenskyy' }], ['THREAT']],
  ['uk', 'У Пентагоні заявили, що Росія може готувати ядерне випробування.', [{ type: 'ASSESSMENT', actor: 'United States' }], ['POSTURE']],
  // The Russian side's boast that its weapons can hit the other side, and its "balance must be
  // restored": veiled threats; the same capability described by the other side is none of its own.
  [
    'ru',
    'Командующий РВСН Сергей Каракаев заявил, что ракетный комплекс «Орешник» способен поражать цели на всей территории Европы.',
    [{ type: 'THREAT', actor: 'Sergey Karakayev' }],
    [],
  ],
  [
    'en',
    'Vladimir Putin said Russia also had nuclear weapons that can hit targets on the territory of Western countries.',
    [{ type: 'THREAT', actor: 'Vladimir Putin' }],
    [],
  ],
  ['en', 'The Pentagon said the Russian missile can hit targets anywhere in Europe with nuclear warheads.', [], ['THREAT']],
  [
    'ru',
    'Дмитрий Медведев заявил, что если Финляндия вступит в НАТО, о безъядерном статусе Балтики говорить не придётся — баланс должен быть восстановлен.',
    [{ type: 'THREAT', actor: 'Dmitry Medvedev' }],
    [],
  ],
  // A breach supposed ("would breach", "would be a violation") and a treaty's status told in passing are no treaty acts.
  [
    'en',
    'John Kirby said any such deployment would be a violation of the Outer Space Treaty, which Russia has signed and ratified.',
    [],
    ['ARMS_CONTROL'],
  ],
  ['en', 'A nuclear weapon in orbit would breach the 1967 Outer Space Treaty, the Pentagon said.', [], ['ARMS_CONTROL']],
  // A reactor accident's water, waste and fallout are plant safety, not weapons.
  [
    'en',
    "China's Foreign Ministry said Japan was passing a nuclear contamination risk on to the world. Prime Minister Fumio Kishida held talks with fishing cooperatives more than a decade after the nuclear disaster.",
    [],
    ['CONTACT', 'ASSESSMENT', 'WARNING', 'ACCUSATION'],
  ],
];

test('signals: verb classes and constructions of unseen articles (hits and misses)', () => {
  const failures = ROWS.flatMap(([lang, text, expected, absent], i) => hitFailures(`row ${i} (${lang})`, rowSignals(lang, text), expected, absent));
  assert.deepEqual(failures, []);
});

test('signals: the rows give no signal the row does not name', () => {
  // A row's text is short: any other signal it gives is spurious. Listed, not asserted per row, so
  // that a rule change shows every row it touches.
  const extra = ROWS.flatMap(([lang, text, expected], i) =>
    rowSignals(lang, text)
      .filter((s) => !expected.some((e) => e.type === s.type && e.actor === s.actor.name))
      .map((s) => `row ${i}: ${describe(s)}`),
  );
  assert.deepEqual(extra, []);
});
