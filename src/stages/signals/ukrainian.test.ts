/**
 * Ukrainian rule tables: the signals, dates and relevance stages read a Ukrainian document with
 * Ukrainian lexicons (data/uk/), not with the Russian ones: "погрожує", "попередив", "ядерна зброя /
 * ядерної зброї / ядерною зброєю", "ядерний шантаж", "жовтня", "у вівторок". Each row runs the whole
 * pipeline (sentences, actors from the gazetteer, quotes) on a short Ukrainian text, the way a post of
 * a Ukrainian official or a Ukrainian news channel goes through it. The sentences are written for
 * these tables; they report the kinds of acts Ukrainian sources report (Russia's threats, Ukrainian
 * condemnations of nuclear blackmail, Belarus deployments, the occupied Zaporizhzhia plant, the
 * Oreshnik strike), not one article.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Doc } from '../../document/index.ts';
import { createPipeline } from '../../pipeline/index.ts';
import { describe, hitFailures, type Expected } from './rule-table.ts';

const pipeline = createPipeline();
const PUBLISHED = '2025-11-05';

function run(text: string, published = PUBLISHED): Doc {
  return pipeline.run({ source: 'uk-rule-table', content: text, format: 'text', meta: { lang: 'uk', published } });
}


/** [text, signals that must be found, what must not be found: "TYPE" or "TYPE by Actor"]. */
const HITS: readonly [string, readonly Expected[], readonly string[]][] = [
  // A Russian official's explicit threat, in the Ukrainian verb forms ("пригрозив", "застосує").
  ['Медведєв пригрозив, що Росія застосує ядерну зброю, якщо Україна атакує Крим.', [{ type: 'THREAT', actor: 'Dmitry Medvedev', severity: 4, target: 'UA' }], []],
  // A Russian denial of threatening, with the instrumental "ядерною зброєю".
  ['Речник Кремля Дмитро Пєсков заявив, що Росія нікому не погрожує ядерною зброєю.', [{ type: 'REASSURANCE', actor: 'Dmitry Peskov', severity: 0 }], ['THREAT']],
  // Ukrainian officials condemning nuclear blackmail: a warning, never the speaker's threat.
  ['Зеленський закликав партнерів відповісти на ядерний шантаж Росії.', [{ type: 'WARNING', actor: 'Volodymyr Zelenskyy', target: 'RU' }], ['THREAT', 'ACCUSATION']],
  ['Кулеба засудив безвідповідальну ядерну риторику Кремля.', [{ type: 'WARNING', actor: 'Dmytro Kuleba', severity: 2 }], ['THREAT']],
  ['Сибіга заявив, що Росія порушила Будапештський меморандум і знову вдається до ядерного шантажу.', [{ type: 'WARNING', actor: 'Andrii Sybiha', target: 'RU' }], ['THREAT']],
  // A ministry speaks for its state; "рішення Путіна" names what is condemned, not the speaker.
  ['У МЗС України назвали рішення Путіна черговим проявом ядерного шантажу.', [{ type: 'WARNING', actor: 'Ukraine' }], ['ACCUSATION by Vladimir Putin', 'WARNING by Vladimir Putin']],
  // Explosives laid at an occupied nuclear plant: an accusation of a radiological provocation.
  [
    'Зеленський заявив, що російські військові розмістили на дахах енергоблоків Запорізької АЕС предмети, схожі на вибухівку.',
    [{ type: 'ACCUSATION', actor: 'Volodymyr Zelenskyy', target: 'RU' }],
    ['POSTURE'],
  ],
  ['Зеленський попередив, що Росія може влаштувати теракт на Запорізькій АЕС.', [{ type: 'ACCUSATION', actor: 'Volodymyr Zelenskyy', target: 'RU' }], ['THREAT']],
  // Steps: a deployment received, an exercise in the genitive plural ("навчань"), a strike with a
  // nuclear-capable missile, a treaty act.
  ['Білорусь отримала першу партію тактичної ядерної зброї, заявив Лукашенко.', [{ type: 'POSTURE', actor: 'Alexander Lukashenko', severity: 6 }], []],
  ['Міноборони Росії повідомило про початок другого етапу навчань з нестратегічної ядерної зброї.', [{ type: 'POSTURE', actor: 'Russia', severity: 1 }], []],
  ['Росія вдарила по Дніпру новою балістичною ракетою середньої дальності «Орешник».', [{ type: 'POSTURE', actor: 'Russia', severity: 5 }], []],
  ['Росія відкликала ратифікацію Договору про всеосяжну заборону ядерних випробувань.', [{ type: 'ARMS_CONTROL', actor: 'Russia', severity: 5 }], []],
  ['Путін затвердив оновлену ядерну доктрину, яка знижує поріг застосування ядерної зброї.', [{ type: 'DOCTRINE', actor: 'Vladimir Putin', severity: 5 }], []],
  ['Путін підписав указ про оновлення ядерної доктрини.', [{ type: 'DOCTRINE', actor: 'Vladimir Putin', severity: 5 }], []],
  // Ukrainian officials' calls not to yield, with the dative "ядерному шантажу".
  ['Андрій Єрмак заявив, що світ не повинен піддаватися ядерному шантажу Кремля.', [{ type: 'WARNING', actor: 'Andriy Yermak' }], ['THREAT']],
  ['Медведєв знову погрожує Заходу ядерною війною.', [{ type: 'THREAT', actor: 'Dmitry Medvedev', target: 'WEST' }], []],
  // Judgements of intelligence chiefs: an assessment, not a threat by the one judging.
  ['Буданов вважає, що Росія не наважиться застосувати ядерну зброю.', [{ type: 'ASSESSMENT', actor: 'Kyrylo Budanov' }], ['THREAT']],
  ['Буданов вважає, що ризик застосування ядерної зброї Росією зараз низький.', [{ type: 'ASSESSMENT', actor: 'Kyrylo Budanov' }], ['THREAT']],
  // A warning about a deployment, with the Ukrainian "попередив".
  ['Секретар РНБО Олексій Данілов попередив, що розміщення ядерної зброї в Білорусі матиме катастрофічні наслідки для всього регіону.', [{ type: 'WARNING', actor: 'Oleksiy Danilov' }], ['THREAT']],
  // The Russian side's claims and steps as Ukrainian media render them.
  ['Шойгу заявив, що Україна готує провокацію з використанням брудної бомби.', [{ type: 'ACCUSATION', actor: 'Sergei Shoigu', target: 'UA' }], []],
  ['Путін наказав перевести сили стримування в особливий режим бойового чергування.', [{ type: 'POSTURE', actor: 'Vladimir Putin', severity: 6 }], []],
  ['Лавров заявив, що Росія не прагне ядерної війни.', [{ type: 'REASSURANCE', actor: 'Sergey Lavrov', severity: 0 }], ['THREAT']],
  // Contact between adversaries about nuclear risk.
  ['Джейк Салліван провів телефонну розмову з Юрієм Ушаковим щодо ризиків ядерної ескалації.', [{ type: 'CONTACT', actor: 'Jake Sullivan' }], []],
  // Deliveries of a nuclear-capable system to the forces; «Орешник» is context on its own.
  ['Путін заявив, що перші серійні «Орешники» вже надходять до військ.', [{ type: 'POSTURE', actor: 'Vladimir Putin', severity: 5 }], []],
  // «Спеціальні боєприпаси» are nuclear warheads in the Russian Defence Ministry's reports.
  ['Шойгу повідомив, що розрахунки «Іскандерів» відпрацьовують отримання спеціальних боєприпасів.', [{ type: 'POSTURE', actor: 'Sergei Shoigu', severity: 6 }], []],
  // The Kremlin's reassurance formula.
  ['Пєсков заявив, що Росія ставиться до питань ядерного нерозповсюдження з максимальною відповідальністю.', [{ type: 'REASSURANCE', actor: 'Dmitry Peskov', severity: 0 }], ['THREAT']],
];

/** [text, the signal type that must not be found, or null: no signal at all]. */
const MISSES: readonly [string, string | null][] = [
  // Civil nuclear power and plant safety are no signals.
  ['МАГАТЕ повідомило про відключення енергоблоку Запорізької АЕС від мережі.', null],
  ['Енергоатом побудує два нові реактори на Хмельницькій АЕС.', null],
  ['На ЗАЕС знову зникло зовнішнє живлення, повідомили в Енергоатомі.', null],
  // "Повідомити" is to report as well as to notify: an air force reporting a launch notifies no adversary.
  ['Повітряні сили ЗСУ повідомили про пуск міжконтинентальної балістичної ракети з Астраханської області.', 'CONTACT'],
  // Rejecting the adversary's accusation is no accusation of one's own.
  ['МЗС України відкинуло звинувачення Росії щодо брудної бомби як абсурдні.', 'ACCUSATION'],
  // Early warning is a term, not a warning.
  ['Українська система раннього попередження про ракетний напад працює в штатному режимі.', 'WARNING'],
  // Counting terms of a treaty report no deployment.
  ['За договором кожна сторона може мати не більше 1550 розгорнутих боєзарядів.', 'POSTURE'],
  // A Ukrainian official's judgement of Russia's use is not a Ukrainian threat.
  ['Буданов вважає, що Росія не наважиться застосувати ядерну зброю.', 'THREAT'],
];

test('Ukrainian rule table: what each short text reports', () => {
  const failures = HITS.flatMap(([text, expected, absent]) => hitFailures(`"${text}"`, run(text).signals, expected, absent));
  assert.deepEqual(failures, []);
});

test('Ukrainian rule table: what must not be read as an act', () => {
  const failures = MISSES.flatMap(([text, type]) => {
    const out = run(text).signals;
    const bad = type === null ? out : out.filter((s) => s.type === type);
    return bad.length > 0 ? [`no ${type ?? 'signal'} wanted in "${text}": [${out.map(describe).join('; ')}]`] : [];
  });
  assert.deepEqual(failures, []);
});

/** [text, publication date, the expression found, its date, its precision]. */
const DATES: readonly [string, string, string, string, string][] = [
  ['У вівторок Зеленський заявив, що Росія готує провокацію.', '2025-11-05', 'вівторок', '2025-11-04', 'day'],
  ['Вчора Буданов заявив, що розвідка не бачить ознак підготовки.', '2023-05-25', 'Вчора', '2023-05-24', 'day'],
  ['27 жовтня Сибіга прокоментував випробування ракети.', '2025-10-28', '27 жовтня', '2025-10-27', 'day'],
  ['Путін оголосив про розміщення зброї у березні 2023 року.', '2024-01-10', 'березні 2023 року', '2023-03', 'month'],
  ['На початку жовтня Росія провела навчання стратегічних сил.', '2022-11-07', 'На початку жовтня', '2022-10', 'month'],
  ['Наприкінці жовтня МЗС України виступило із заявою.', '2022-11-07', 'Наприкінці жовтня', '2022-10', 'month'],
  ['В середині вересня відбулися навчання.', '2025-11-05', 'В середині вересня', '2025-09', 'month'],
  ['Минулого тижня МЗС України виступило із заявою.', '2022-11-07', 'Минулого тижня', '2022-11', 'month'],
  ['Цього місяця Кремль двічі погрожував Заходу.', '2024-11-25', 'Цього місяця', '2024-11', 'month'],
  ['Договір 21.11.2024 набув чинності.', '2025-01-01', '21.11.2024', '2024-11-21', 'day'],
  ['У 2023 році Росія відкликала ратифікацію.', '2025-01-01', 'У 2023 році', '2023', 'year'],
];

test('Ukrainian time expressions resolve against the publication date', () => {
  const failures: string[] = [];
  for (const [text, published, expression, date, precision] of DATES) {
    const times = run(text, published).times;
    const hit = times.find((t) => t.text === expression);
    if (!hit) failures.push(`"${text}": no "${expression}" among ${JSON.stringify(times.map((t) => t.text))}`);
    else if (hit.date !== date || hit.precision !== precision) failures.push(`"${text}": ${expression} gave ${hit.date} (${hit.precision}), wanted ${date} (${precision})`);
  }
  assert.deepEqual(failures, []);
});

test('a Ukrainian date beside a simple future verb names an expected event, not a past act', () => {
  for (const [text, expression] of [
    ['Навчання пройдуть у грудні.', 'грудні'],
    ['Засідання Ради безпеки відбудеться 12 грудня.', '12 грудня'],
  ] as const) {
    const hit = run(text).times.find((t) => t.text === expression);
    assert.equal(hit?.governedBy, 'future', `"${text}": ${JSON.stringify(hit)}`);
  }
  assert.equal(run('Навчання пройшли у грудні.').times.find((t) => t.text === 'грудні')?.governedBy, undefined);
});

test('a Ukrainian post with no stated publication date is dated by its own month names', () => {
  const doc = pipeline.run({
    source: 'uk-rule-table',
    content: 'Сибіга: Росія знову вдається до ядерного шантажу\n\nМіністр закордонних справ Андрій Сибіга заявив, що Росія знову вдається до ядерного шантажу.\n\n27 жовтня 2025 року',
    format: 'text',
    meta: { lang: 'uk' },
  });
  assert.equal(doc.published?.date.slice(0, 7), '2025-10');
  // Russia told as the one who resorts to blackmail: an accusation (ru-classes.test.ts).
  const accusation = doc.signals.find((s) => s.type === 'ACCUSATION' && s.actor.name === 'Andrii Sybiha');
  assert.ok(accusation, JSON.stringify(doc.signals.map(describe)));
  assert.equal(accusation.date, '2025-10');
});

test('Ukrainian relevance: weapon news is relevant, civil nuclear news is not', () => {
  assert.equal(run('Сибіга заявив, що Росія знову вдається до ядерного шантажу і погрожує ядерною зброєю.').relevant, true);
  assert.equal(run('МАГАТЕ заявило, що на Запорізькій АЕС знову зникло зовнішнє живлення; реактори станції в холодному стані.').relevant, false);
});
