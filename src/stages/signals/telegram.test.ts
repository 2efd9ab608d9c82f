/**
 * Rule tables for the constructions of Russian and Ukrainian news posts (Telegram channels, agency
 * rewrites) that carry an act in a shape the English and French rules do not see: the act stated
 * first and its speaker named in the next sentence ("Об этом заявил…", "Про це повідомив…"). Each
 * row runs the whole pipeline (sentences, actors from the gazetteer, quotes) on a short post of our
 * own, not a corpus sentence.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Signal } from '../../document/index.ts';
import { createPipeline } from '../../pipeline/index.ts';
import { describe, hitFailures, signalsOf, type Expected } from './rule-table.ts';


/** Rows are dated as published on 2025-11-05. */
const rowSignals = (lang: string, text: string): readonly Signal[] => signalsOf(lang, text, '2025-11-05');

/** [language, text, signals that must be found, what must not be found: "TYPE" or "TYPE by Actor"]. */
const HITS: readonly [string, string, readonly Expected[], readonly string[]][] = [
  // The speaker named after the act, in a sentence of its own, states it.
  [
    'ru',
    'Россия не намерена первой возобновлять ядерные испытания. Об этом заявил журналистам пресс-секретарь президента Дмитрий Песков.',
    [{ type: 'REASSURANCE', actor: 'Dmitry Peskov' }],
    ['REASSURANCE by Russia'],
  ],
  [
    'uk',
    'Розвідка не фіксує ознак переміщення російської ядерної зброї до кордонів. Про це повідомив представник ГУР Андрій Юсов.',
    [{ type: 'ASSESSMENT', actor: 'Andriy Yusov' }],
    ['ASSESSMENT by Ukraine', 'ASSESSMENT by Russia'],
  ],
  // … but a step stays the adversary's that took it, and the state's that a spokesperson reports.
  [
    'ru',
    'США провели испытательный пуск межконтинентальной баллистической ракеты Minuteman III. Об этом сообщил замминистра иностранных дел России Сергей Рябков.',
    [],
    ['POSTURE by Sergei Ryabkov'],
  ],
  [
    'ru',
    'Российские стратегические ракетоносцы Ту-95МС выполнили плановый полёт над нейтральными водами. Об этом сообщил пресс-секретарь президента Дмитрий Песков.',
    [],
    ['POSTURE by Dmitry Peskov'],
  ],
  // A step owned by the adversary, its owner in the bare genitive after it, is what the actor
  // speaks about (attribution-cues `owner-bare | genitive`), in Ukrainian as in Russian.
  [
    'uk',
    'Міністр закордонних справ України Андрій Сибіга засудив ядерні навчання Росії поблизу кордонів Європи.',
    [],
    ['POSTURE by Andrii Sybiha', 'POSTURE by Ukraine'],
  ],
  [
    'ru',
    'Официальный представитель МИД России Мария Захарова прокомментировала ядерные учения НАТО у границ Союзного государства.',
    [],
    ['POSTURE by Maria Zakharova', 'POSTURE by Russia'],
  ],
  // A breach denied (a violation, a resumed test, a deployment negated) is compliance: a reassurance.
  [
    'ru',
    'Пресс-секретарь президента Дмитрий Песков заявил, что Россия не нарушала мораторий на ядерные испытания.',
    [{ type: 'REASSURANCE', actor: 'Dmitry Peskov', severity: 0 }],
    ['ARMS_CONTROL'],
  ],
  [
    'uk',
    'Міністр закордонних справ Андрій Сибіга заявив, що Україна ніколи не порушувала Договір про нерозповсюдження ядерної зброї.',
    [{ type: 'REASSURANCE', actor: 'Andrii Sybiha', severity: 0 }],
    ['ARMS_CONTROL'],
  ],
  [
    'en',
    'Secretary of State Antony Blinken said the United States had not violated the moratorium on nuclear testing.',
    [{ type: 'REASSURANCE', actor: 'Antony Blinken', severity: 0 }],
    ['ARMS_CONTROL'],
  ],
  // A contact is with the other side or a mediator; talks among allies are consultation.
  [
    'en',
    'Jake Sullivan held a phone call with Kremlin aide Yuri Ushakov on the risk of nuclear escalation.',
    [{ type: 'CONTACT', actor: 'Jake Sullivan' }],
    [],
  ],
  // Reports called untrue are denied: a reassurance.
  [
    'ru',
    'Официальный представитель МИД России Мария Захарова назвала вымыслом сообщения о переброске российского ядерного оружия к границам Финляндии.',
    [{ type: 'REASSURANCE', actor: 'Maria Zakharova' }],
    ['POSTURE'],
  ],
  [
    'uk',
    'Міністр закордонних справ Андрій Сибіга назвав вигадкою заяви Москви про підготовку Україною «брудної бомби».',
    [{ type: 'REASSURANCE', actor: 'Andrii Sybiha' }],
    [],
  ],
  // No plans, with the verb "to have".
  [
    'ru',
    'Пресс-секретарь президента Дмитрий Песков заявил, что Россия не имеет планов размещать ядерное оружие на Кубе.',
    [{ type: 'REASSURANCE', actor: 'Dmitry Peskov' }],
    ['POSTURE'],
  ],
  // Concern about the other side's deployment is a warning by the concerned, not a deployment nor a threat.
  [
    'ru',
    'Пресс-секретарь президента Дмитрий Песков заявил, что Москва с тревогой следит за планами разместить американское ядерное оружие в Польше.',
    [{ type: 'WARNING', actor: 'Dmitry Peskov' }],
    ['THREAT', 'POSTURE by Dmitry Peskov'],
  ],
  [
    'uk',
    'Міністр закордонних справ Андрій Сибіга заявив, що розміщення російської ядерної зброї в Білорусі викликає серйозне занепокоєння.',
    [{ type: 'WARNING', actor: 'Andrii Sybiha' }],
    ['POSTURE by Andrii Sybiha'],
  ],
  // The right to use nuclear weapons on a condition is the doctrine's formula.
  [
    'ru',
    'Секретарь Совбеза Сергей Шойгу напомнил, что Россия оставляет за собой право применить ядерное оружие в ответ на агрессию с применением обычного оружия.',
    [{ type: 'DOCTRINE', actor: 'Sergei Shoigu' }],
    ['THREAT'],
  ],
  // Threats that are analysed are faced, not made.
  [
    'ru',
    'Пресс-секретарь президента Дмитрий Песков заявил, что военные проанализируют угрозы, связанные с размещением ядерного оружия НАТО в Польше.',
    [],
    ['THREAT by Dmitry Peskov', 'POSTURE by Dmitry Peskov'],
  ],
  // A step the speaker opposes is no step taken: a norm restated (a reassurance), unless the step
  // opposed is the adversary's (its owner in the genitive after the step's object).
  [
    'ru',
    'Министр иностранных дел Сергей Лавров заявил, что Россия выступает против размещения ядерного оружия на территории неядерных государств.',
    [{ type: 'REASSURANCE', actor: 'Sergey Lavrov', severity: 0 }],
    ['POSTURE'],
  ],
  [
    'en',
    'Chinese foreign ministry spokesperson Lin Jian said Beijing opposes the deployment of nuclear weapons in outer space.',
    [{ type: 'REASSURANCE', actor: 'Lin Jian', severity: 0 }],
    ['POSTURE'],
  ],
  [
    'ru',
    'Пресс-секретарь президента Дмитрий Песков заявил, что Москва категорически против размещения ядерного оружия США в Польше.',
    [],
    ['POSTURE', 'REASSURANCE'],
  ],
  // The Russian side's answer to a breach the other side might commit warns of a counter-step…
  [
    'ru',
    'Замминистра иностранных дел Сергей Рябков предупредил, что если Вашингтон возобновит ядерные испытания, Россия будет вынуждена ответить зеркально.',
    [{ type: 'WARNING', actor: 'Sergei Ryabkov', severity: 3 }],
    ['THREAT', 'POSTURE', 'ARMS_CONTROL'],
  ],
  // … but an answer that names targets is a threat, and a breach supposed is not committed.
  [
    'en',
    '"If nuclear weapons are deployed in Finland, they will become a legitimate target for our armed forces," Kremlin spokesman Dmitry Peskov said.',
    [{ type: 'THREAT', actor: 'Dmitry Peskov' }],
    ['WARNING', 'POSTURE'],
  ],
  [
    'ru',
    'Пресс-секретарь президента Дмитрий Песков заявил, что Москва найдёт чем ответить, если Вашингтон нарушит мораторий на ядерные испытания.',
    [],
    ['ARMS_CONTROL by United States'],
  ],
  // A veiled threat formula in the own voice of a nuclear-armed state's official needs no nuclear word.
  [
    'ru',
    'Дмитрий Медведев\n\nЕсли британские ракеты полетят по нашим городам, мало не покажется никому. Ответ будет молниеносным.',
    [{ type: 'THREAT', actor: 'Dmitry Medvedev', severity: 3 }],
    [],
  ],
  // A digest's topic line is a label: the step it names is not an act of the post.
  [
    'ru',
    'МИД России\n\n🎙 Главное из брифинга официального представителя МИД\n\n🔹 О брифинге в целом\n\nБрифинг прошёл в обычном режиме.\n\n🔹 О заявлениях Вашингтона о возобновлении ядерных испытаний\n\nРоссия остаётся приверженной мораторию на ядерные испытания.',
    [{ type: 'REASSURANCE', actor: 'Maria Zakharova' }],
    ['POSTURE'],
  ],
  // Weapons said to be present in a place are deployed; targets said to be chosen are a veiled threat.
  [
    'ru',
    'Министр обороны Белоруссии Виктор Хренин сообщил, что в республике находятся российские ядерные боеприпасы, а также хранится тактическое ядерное оружие.',
    [{ type: 'POSTURE', actor: 'Viktor Khrenin', severity: 6 }],
    [],
  ],
  [
    'ru',
    '«Пусть знают: цели определены», — заявил Александр Лукашенко, говоря о ядерном оружии в Белоруссии.',
    [{ type: 'THREAT', actor: 'Alexander Lukashenko' }],
    [],
  ],
  // The answer as instant; strategic potentials are the strategic nuclear forces; a contrast denies.
  [
    'ru',
    '«Если кто-то решит напасть на Союзное государство, ответ будет мгновенным», — заявил Александр Лукашенко, говоря о «Орешнике».',
    [{ type: 'THREAT', actor: 'Alexander Lukashenko' }],
    [],
  ],
  [
    'ru',
    'Замминистра иностранных дел Сергей Рябков заявил, что если США начнут наращивать стратегические потенциалы, Россия будет вынуждена ответить.',
    [{ type: 'THREAT', actor: 'Sergei Ryabkov' }],
    [],
  ],
  [
    'ru',
    'Министр энергетики США Крис Райт уточнил, что планируются проверки носителей, а не ядерные испытания.',
    [{ type: 'REASSURANCE', actor: 'Chris Wright' }],
    ['POSTURE'],
  ],
  // A treaty named beside a reassurance of the same side is what it commits to; a treaty act stays one.
  [
    'ru',
    'МИД России\n\n🔹 О мораториях\n\nРоссия остаётся приверженной Договору о всеобъемлющем запрещении ядерных испытаний и не намерена первой нарушать мораторий.',
    [{ type: 'REASSURANCE', actor: 'Russia' }],
    ['ARMS_CONTROL'],
  ],
  [
    'ru',
    'Замминистра иностранных дел Сергей Рябков заявил, что Россия, несмотря на выход из Договора о всеобъемлющем запрещении ядерных испытаний, продолжит соблюдать мораторий.',
    [{ type: 'ARMS_CONTROL', actor: 'Sergei Ryabkov' }, { type: 'REASSURANCE', actor: 'Sergei Ryabkov' }],
    [],
  ],
  // An attack on a nuclear site called nuclear terrorism by the Russian side: an accusation of a
  // radiological provocation, although the site is a power plant.
  [
    'ru',
    'Официальный представитель МИД России Мария Захарова назвала обстрел Запорожской АЭС украинскими дронами ядерным терроризмом.',
    [{ type: 'ACCUSATION', actor: 'Maria Zakharova' }],
    [],
  ],
];

/** [language, text, type that must not be found at all]. */
const MISSES: readonly [string, string, string][] = [
  // A test that did not happen since a date is history, not a reassurance.
  ['en', 'North Korea has not conducted a nuclear test since September 2017.', 'REASSURANCE'],
  ['ru', 'Северная Корея не проводила ядерных испытаний с сентября 2017 года.', 'REASSURANCE'],
  // The same formula in a commentator's channel is no official's threat.
  ['ru', 'Военный обозреватель\n\nЕсли британские ракеты полетят по нашим городам, мало не покажется никому.', 'THREAT'],
  // A long participle describes weapons already in place; it is no deployment.
  ['ru', 'Пресс-секретарь президента Дмитрий Песков заявил, что ядерное оружие, размещённое в Белоруссии, находится под надёжной охраной.', 'POSTURE'],
  // A commentator's call on a state to strike is a recommendation, no act, even in quotation marks.
  ['ru', 'Политолог Сергей Караганов в новой колонке призвал Россию «снизить порог применения ядерного оружия» ради победы.', 'ASSESSMENT'],
  // «Разговоры» in the plural is talk, not a conversation.
  ['ru', 'Министр иностранных дел Сергей Лавров заявил, что разговоры о ядерной войне в Европе стали слишком частыми.', 'CONTACT'],
  ['en', "Joe Biden discussed Russia's nuclear threats with French President Emmanuel Macron in a phone call.", 'CONTACT'],
  ['uk', 'Президент Володимир Зеленський обговорив ядерні погрози Росії з президентом Франції Емманюелем Макроном під час телефонної розмови.', 'CONTACT'],
];

test('Russian and Ukrainian post constructions: what each short post reports', () => {
  const failures = HITS.flatMap(([lang, text, expected, absent]) => hitFailures(`${lang} "${text}"`, rowSignals(lang, text), expected, absent));
  assert.deepEqual(failures, []);
});

test('Russian and Ukrainian post constructions: what must not be read as an act', () => {
  const failures = MISSES.flatMap(([lang, text, type]) => {
    const out = rowSignals(lang, text);
    return out.some((s) => s.type === type) ? [`no ${type} wanted in ${lang} "${text}": [${out.map(describe).join('; ')}]`] : [];
  });
  assert.deepEqual(failures, []);
});

test("a veiled threat in a nuclear-armed official's own channel makes the post relevant; the same words in a commentator's do not", () => {
  const pipeline = createPipeline();
  const run = (text: string) => pipeline.run({ source: 'rule-table', content: text, format: 'text', meta: { lang: 'ru', published: '2025-11-05' } });
  const own = run('Дмитрий Медведев\n\nЕсли британские ракеты полетят по нашим городам, мало не покажется никому. Ответ будет молниеносным.');
  const commentator = run('Военный обозреватель\n\nЕсли британские ракеты полетят по нашим городам, мало не покажется никому. Ответ будет молниеносным.');
  assert.deepEqual([own.relevant, commentator.relevant], [true, false]);
});
