import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { createDoc, type Doc, type DocumentMeta } from '../../document/index.ts';
import { ConfigError } from '../../pipeline/stage.ts';
import { createDates } from './index.ts';

const dates = createDates();

function docOf(lang: string | null, text: string, meta: DocumentMeta = {}, title: string | null = null): Doc {
  const base = createDoc({ source: 'test', content: text, format: 'text', meta });
  const sentences = text.split('\n\n').reduce<{ start: number; end: number; text: string; paragraph: number }[]>((acc, para, i) => {
    const start = acc.length === 0 ? 0 : (acc[acc.length - 1] as { end: number }).end + 2;
    acc.push({ start, end: start + para.length, text: para, paragraph: i });
    return acc;
  }, []);
  return { ...base, lang, text, title, sentences };
}

/** [language, text, publication (metadata), expression, expected date, precision] */
const RESOLVED: readonly [string, string, string, string, string, string][] = [
  ['fr', 'Medvedev a écrit jeudi sur Telegram.', '2022-09-22', 'jeudi', '2022-09-22', 'day'],
  ['fr', 'Il a parlé mardi.', '2022-09-22', 'mardi', '2022-09-20', 'day'],
  ['fr', 'La déclaration du 2 novembre.', '2022-11-07', '2 novembre', '2022-11-02', 'day'],
  ['fr', 'Le 1er décembre, il a averti.', '2023-01-10', '1er décembre', '2022-12-01', 'day'],
  ['fr', 'Il a déclaré fin octobre que…', '2022-11-07', 'fin octobre', '2022-10', 'month'],
  ['fr', 'Des discussions ont eu lieu dès la mi-octobre.', '2022-11-03', 'mi-octobre', '2022-10', 'month'],
  ['fr', 'Plus tôt ce mois-ci, la Russie a révisé sa doctrine.', '2024-11-22', 'Plus tôt ce mois-ci', '2024-11', 'month'],
  ['fr', 'Les analystes ont noté la semaine dernière que…', '2022-11-07', 'la semaine dernière', '2022-11', 'month'],
  ['fr', 'Hier, le Kremlin a démenti.', '2022-11-07', 'Hier', '2022-11-06', 'day'],
  ['fr', 'En septembre, la Russie a menacé.', '2022-11-07', 'septembre', '2022-09', 'month'],
  ['fr', 'À l’automne 2022, le Conseil a préparé des plans.', '2024-03-09', 'l’automne 2022', '2022', 'year'],
  ['fr', 'Des appels en octobre 2002 aux responsables.', '2024-03-09', 'octobre 2002', '2002-10', 'month'],
  ['fr', 'Il a menacé le 29 février.', '2024-03-09', '29 février', '2024-02-29', 'day'],
  ['fr', 'Il a menacé le 29 février.', '2023-03-09', '29 février', '2020-02-29', 'day'],
  ['fr', 'Le 21 septembre 2022, Poutine a parlé.', '2024-01-01', '21 septembre 2022', '2022-09-21', 'day'],
  ['fr', 'En janvier, la Russie a signé.', '2022-09-22', 'janvier', '2022-01', 'month'],
  ['fr', 'En décembre, il avait averti.', '2022-09-22', 'décembre', '2021-12', 'month'],
  ['en', 'He said on Thursday that the threat was real.', '2024-11-25', 'Thursday', '2024-11-21', 'day'],
  ['en', 'In his address of 21 November, Putin warned.', '2024-11-25', '21 November', '2024-11-21', 'day'],
  ['en', 'On November 21, 2024, Russia fired the missile.', '2025-02-01', 'November 21, 2024', '2024-11-21', 'day'],
  ['en', 'Yesterday the ministry denied it.', '2023-05-10', 'Yesterday', '2023-05-09', 'day'],
  ['en', 'Last week officials said there was no sign.', '2022-10-14', 'Last week', '2022-10', 'month'],
  ['en', 'Earlier this month Russia revised its doctrine.', '2024-11-25', 'Earlier this month', '2024-11', 'month'],
  ['en', 'The talks took place in late October.', '2022-11-07', 'late October', '2022-10', 'month'],
  ['en', 'This fall the council met repeatedly.', '2022-11-07', 'This fall', '2022', 'year'],
  ['en', 'Last month he called his counterparts.', '2023-01-15', 'Last month', '2022-12', 'month'],
  ['en', 'In March, the ministry announced exercises.', '2023-06-01', 'March', '2023-03', 'month'],
  ['ru', 'Медведев в четверг пригрозил Западу.', '2022-09-24', 'четверг', '2022-09-22', 'day'],
  ['ru', 'Путин выступил 29 февраля с посланием.', '2024-03-02', '29 февраля', '2024-02-29', 'day'],
  ['ru', 'Вчера Песков заявил, что…', '2023-03-26', 'Вчера', '2023-03-25', 'day'],
  ['ru', 'В октябре Шойгу обзвонил министров.', '2022-11-07', 'октябре', '2022-10', 'month'],
  ['ru', 'На прошлой неделе МИД РФ выступил с заявлением.', '2022-11-07', 'На прошлой неделе', '2022-11', 'month'],
  ['ru', 'В конце октября прошли учения «Гром».', '2022-11-07', 'В конце октября', '2022-10', 'month'],
  ['ru', 'Договор 21.11.2024 вступил в силу.', '2025-01-01', '21.11.2024', '2024-11-21', 'day'],
  ['ru', 'В 2023 году Россия отозвала ратификацию.', '2025-01-01', 'В 2023 году', '2023', 'year'],
];

test('time expressions resolve against the publication date', () => {
  for (const [lang, text, published, expression, date, precision] of RESOLVED) {
    const out = dates(docOf(lang, text, { published }));
    const hit = out.times.find((t) => t.text === expression);
    assert.ok(hit, `${lang} "${text}": no expression "${expression}" among ${JSON.stringify(out.times.map((t) => t.text))}`);
    assert.equal(hit.date, date, `${lang} "${text}": ${expression}`);
    assert.equal(hit.precision, precision, `${lang} "${text}": ${expression}`);
    assert.equal(text.slice(hit.start, hit.end), expression);
    assert.equal(hit.sentence, 0);
  }
});

/** Text that holds no time expression. */
const NO_TIME: readonly [string, string][] = [
  ['en', 'You may want to march on.'],
  ['en', 'Russia possesses about 2000 tactical nuclear weapons.'],
  ['fr', 'La Russie possède environ 2 000 armes nucléaires tactiques.'],
  ['ru', 'Россия обладает примерно 2000 единицами оружия.'],
  ['fr', 'Le missile a été tiré et les prix ont été revus.'],
  ['en', 'Prices fall when markets may march higher.'],
];

test('numbers and homographs are not time expressions', () => {
  for (const [lang, text] of NO_TIME) {
    const out = dates(docOf(lang, text, { published: '2022-11-07' }));
    assert.deepEqual(out.times, [], `${lang} "${text}" → ${JSON.stringify(out.times)}`);
  }
});

test('dates of background spans and expected events are marked', () => {
  const out = dates(
    docOf('fr', 'Ce n’est pas la première fois depuis le début de la guerre le 24 février. Des référendums devraient avoir lieu du 23 au 27 septembre.', {
      published: '2022-09-22',
    }),
  );
  assert.equal(out.times.find((t) => t.text === '24 février')?.governedBy, 'since');
  assert.equal(out.times.find((t) => t.text.startsWith('23 au 27'))?.governedBy, 'future');
  assert.equal(out.times.find((t) => t.text.startsWith('23 au 27'))?.date, '2022-09-23');
});

test('"that month" takes the month of the expression before it', () => {
  const out = dates(docOf('fr', 'En septembre, la Russie a menacé.\n\nSullivan a averti ce mois-là que…', { published: '2022-11-07' }));
  const hit = out.times.find((t) => t.text === 'ce mois-là');
  assert.equal(hit?.date, '2022-09');
  assert.equal(hit?.sentence, 1);
});

/** [language, text, expected publication, precision] (no metadata). */
const INFERRED: readonly [string, string, string | null, string | null][] = [
  // The weekday most named, on or after the latest full date.
  ['fr', 'Le 2 novembre 2022, le ministère a publié une déclaration. Lundi, Peskov a déclaré… Il a ajouté lundi que…', '2022-11-07', 'day'],
  // No weekday: the day after the latest full date.
  ['fr', 'La dernière menace date du 29 février 2024.', '2024-03-01', 'day'],
  // A month and "last month": the month after.
  ['fr', 'Des discussions ont eu lieu à la mi-octobre 2022, et des appels à la fin du mois dernier.', '2022-11', 'month'],
  ['en', 'Earlier this month, on 21 November 2024, Russia struck Dnipro. On Thursday Putin spoke.', '2024-11-21', 'day'],
  ['ru', 'Выступление 21 ноября 2024 года. В четверг Путин заявил…', '2024-11-21', 'day'],
  // A dated event gives the year to a yearless date (terminus post quem).
  ['en', 'The Oreshnik missile hit Dnipro on 21 November, officials said on Thursday.', '2024-11-21', 'day'],
  ['fr', 'Après la mobilisation partielle, Medvedev a écrit le 22 septembre.', '2022-09-23', 'day'],
  // Dates older than a named event: the text is at least as recent as the event.
  ['fr', 'Depuis le 24 février, rien. Après la mobilisation partielle, Medvedev a écrit jeudi.', '2022-09-22', 'day'],
  // Only an expected event: nothing supports a date.
  ['en', 'The talks are scheduled for 3 December.', null, null],
  ['fr', 'Le Kremlin a démenti jeudi.', null, null],
  ['ru', 'Песков заявил, что Москва не угрожает.', null, null],
];

test('publication inferred from the text', () => {
  for (const [lang, text, date, precision] of INFERRED) {
    const out = dates(docOf(lang, text));
    if (date === null) {
      assert.equal(out.published, null, `${lang} "${text}" → ${JSON.stringify(out.published)}`);
      continue;
    }
    assert.deepEqual(out.published, { date, precision, method: 'inferred' }, `${lang} "${text}"`);
  }
});

test('publication from metadata, and a warning when it cannot be read', () => {
  const ok = dates(docOf('en', 'Text of 2 November 2020.', { published: '2022-09-22T08:00:00Z' }));
  assert.deepEqual(ok.published, { date: '2022-09-22', precision: 'day', method: 'metadata' });
  const month = dates(docOf('en', 'Text.', { published: '2024-03' }));
  assert.deepEqual(month.published, { date: '2024-03', precision: 'month', method: 'metadata' });
  const rfc = dates(docOf('en', 'Text.', { published: 'Thu, 21 Nov 2024 10:00:00 GMT' }));
  assert.equal(rfc.published?.date, '2024-11-21');
  const fr = dates(docOf('fr', 'Texte.', { published: '21 novembre 2024' }));
  assert.equal(fr.published?.date, '2024-11-21');
  const bad = dates(docOf('en', 'It happened on 2 November 2020.', { published: 'soon' }));
  assert.equal(bad.published?.method, 'inferred');
  assert.match(bad.messages[0]?.text ?? '', /unreadable publication date.*soon/);
});

test('the title counts for inference but gives no time expression', () => {
  const out = dates(docOf('fr', 'Le Kremlin a démenti.', {}, 'Les États-Unis se préparent à une attaque fin 2022'));
  assert.deepEqual(out.published, { date: '2022', precision: 'year', method: 'inferred' });
  assert.deepEqual(out.times, []);
});

test('the stage does not edit its input', () => {
  const input = docOf('fr', 'Jeudi, il a parlé.', { published: '2022-09-22' });
  const snapshot = JSON.stringify(input);
  dates(input);
  assert.equal(JSON.stringify(input), snapshot);
});

test('publication month on the French seeds', async () => {
  const { readFileSync, existsSync } = await import('node:fs');
  const { createPipeline } = await import('../../pipeline/index.ts');
  const dir = '../shared/corpus';
  if (!existsSync(`${dir}/seeds`)) return;
  const pipeline = createPipeline();
  let right = 0;
  const ids = ['seed-000', 'seed-001', 'seed-002', 'seed-003', 'seed-004'];
  for (const id of ids) {
    const content = readFileSync(`${dir}/seeds/${id}.txt`, 'utf8');
    const gold = JSON.parse(readFileSync(`${dir}/gold/${id}.json`, 'utf8')) as { published: { date: string } };
    const doc = pipeline.run({ source: id, content, format: 'text', meta: { lang: 'fr' } });
    if (doc.published?.date.slice(0, 7) === gold.published.date.slice(0, 7)) right++;
  }
  assert.ok(right / ids.length >= 0.8, `publication month right on ${right} of ${ids.length} seeds`);
});

test('a bad lexicon line stops the build with file and line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'brink-dates-'));
  for (const lang of ['fr', 'en', 'ru']) {
    mkdirSync(join(dir, lang));
    writeFileSync(join(dir, lang, 'time-expressions.txt'), '# test\nmonth | 1 | janvier\n');
  }
  writeFileSync(join(dir, 'en', 'time-expressions.txt'), '# test\nmonth | 1 | january\nmonth | 13 | smarch\nweekday | 8 | funday\n');
  assert.throws(
    () => createDates({ dataDir: dir }),
    (error: Error) =>
      error instanceof ConfigError &&
      /data\/en\/time-expressions\.txt:3: month number must be 1\.\.12/.test(error.message) &&
      /time-expressions\.txt:4: weekday/.test(error.message),
  );
  writeFileSync(join(dir, 'en', 'time-expressions.txt'), 'month | 1 | january\n');
  assert.throws(() => createDates({ dataDir: dir }), /time-expressions\.txt:1: the file must start with a # header/);
  assert.throws(() => createDates({ now: '22/09/2022' }), /option "now" must be a date written YYYY-MM-DD/);
});

test('a date line is found below a long menu, and closing a short post, but not past the opening paragraphs', () => {
  const menu = Array.from({ length: 22 }, (_, i) => `Section ${i + 1}`).join('\n');
  const prose = 'The defence ministry said the exercise involved strategic bombers and submarines, and that it had been planned months in advance as part of routine training of the forces that would be involved in any nuclear response to an attack.';
  const under = (dateLine: string, before: string) => `${before}\n\nRussia holds nuclear drills\n\n${dateLine}\n\n${prose}\n\n${prose}`;
  // Twenty-two menu lines push the date line to the 24th line: still the page's own.
  assert.equal(dates(docOf('en', under('Published 14 March 2025', menu))).published?.date, '2025-03-14');
  // Sixty menu lines and no prose yet: the header has not ended, the date line under the headline is still the page's.
  const longMenu = Array.from({ length: 60 }, (_, i) => `Section ${i + 1}`).join('\n');
  assert.equal(dates(docOf('en', under('Published 14 March 2025', longMenu))).published?.date, '2025-03-14');
  // A post's date line after its three paragraphs (within the first lines).
  const post = `${prose}\n\n${prose}\n\n${prose}\n\n14.03.2025 09:12`;
  assert.equal(dates(docOf('ru', post)).published?.date, '2025-03-14');
  // Past the first lines and two paragraphs of prose, a date line is a teaser's: not the publication
  // (a page of forty lines or more, with its footer: the last lines of a short post are its stamp).
  const footer = Array.from({ length: 20 }, (_, i) => `Footer link ${i + 1}`).join('\n');
  const teaser = `${menu}\n\n${prose}\n\n${prose}\n\nPublished 2 January 2019\n\n${footer}`;
  assert.notEqual(dates(docOf('en', teaser)).published?.date, '2019-01-02');
});

/** A post longer than the top lines reach: twenty paragraphs, each naming a later deadline ("до 1 июля 2025 года"). */
const POST_PARAGRAPH: Record<string, string> = {
  ru: 'Министерство обороны заявило, что учения запланированы заранее и проводятся в рамках плановой подготовки сил, срок — до 1 июля 2025 года.',
  uk: 'Міністерство оборони заявило, що навчання заплановані заздалегідь і проводяться в межах планової підготовки сил, термін — до 1 липня 2025 року.',
  en: 'The defence ministry said the exercise had been planned months in advance as part of routine training of the forces, with a deadline of 1 July 2025.',
  fr: 'Le ministère de la Défense a indiqué que l’exercice était prévu de longue date dans le cadre de l’entraînement des forces, avec une échéance au 1er juillet 2025.',
};
const longPost = (lang: string, paragraphs: number, tail: string): string =>
  [...Array.from({ length: paragraphs }, () => POST_PARAGRAPH[lang] as string), '@channel_signature', tail].join('\n\n');

/** [language, the post's last line, its publication date (or not that date)] */
const POST_STAMPS: readonly [string, string, string][] = [
  ['ru', '05.07.2023 09:12', '2023-07-05'],
  ['ru', '12 мар 2024 в 10:15', '2024-03-12'],
  ['ru', '👁 12.3K  14 марта 2024, 10:15', '2024-03-14'],
  ['uk', '22 листопада 2024, 14:05', '2024-11-22'],
  ['uk', '26 березня 2023, 14:40', '2023-03-26'],
  ['en', 'Mar 12, 2024 at 10:15', '2024-03-12'],
  ['fr', '12 mars 2024 à 10:15', '2024-03-12'],
];

test("a short post's stamp on its last lines is its publication date, below twenty paragraphs", () => {
  for (const [lang, stamp, want] of POST_STAMPS) {
    const got = dates(docOf(lang, longPost(lang, 20, stamp))).published;
    assert.equal(got?.date, want, `${lang} "${stamp}"`);
  }
});

/** [language, paragraphs, last line]: no stamp is read here. */
const NOT_STAMPS: readonly [string, number, string][] = [
  // A counter and a clock without a date.
  ['ru', 20, '👁 12.3K  10:15'],
  // A sentence that ends with a date is prose, not a stamp.
  ['ru', 20, 'Об этом сообщил представитель министерства 5 марта 2024 года на брифинге в Москве.'],
  // A date with no year.
  ['uk', 20, '26 березня, 14:40'],
  // A page of forty or more lines: its last lines are a footer's, not a stamp.
  ['en', 45, 'Published 5 March 2024'],
];

test('no stamp from a dateless counter, a sentence, a yearless date or the footer of a long page', () => {
  for (const [lang, paragraphs, tail] of NOT_STAMPS) {
    // The publication is inferred from the prose instead: the day after its latest date, 1 July 2025.
    assert.equal(dates(docOf(lang, longPost(lang, paragraphs, tail))).published?.date, '2025-07-02', `${lang} "${tail}"`);
  }
});

test('season adverbs stand alone in the languages whose data lists them; season nouns and other languages need more', () => {
  /** [language, text, expression, or null when it is no time expression] */
  const CASES: readonly [string, string, string | null][] = [
    ['ru', 'Осенью Россия провела учения.', 'Осенью'],
    ['uk', 'Восени Росія провела навчання.', 'Восени'],
    ['uk', 'Росія взимку погрожувала Заходу.', 'взимку'],
    ['uk', 'Влітку Кремль змінив доктрину.', 'Влітку'],
    ['uk', 'Осінь видалася спекотною.', null],
    ['fr', 'Il a été clair.', null],
    ['en', 'Prices fall sharply.', null],
    ['fr', 'À l’automne, le Conseil a préparé des plans.', 'l’automne'],
  ];
  for (const [lang, text, expression] of CASES) {
    const out = dates(docOf(lang, text, { published: '2024-05-10' }));
    const seasons = out.times.filter((t) => t.precision === 'year');
    if (expression === null) assert.deepEqual(seasons.map((t) => t.text), [], `${lang} "${text}"`);
    else assert.ok(seasons.some((t) => t.text === expression), `${lang} "${text}": ${JSON.stringify(out.times.map((t) => t.text))}`);
  }
});

/**
 * [language, a page's date line under its headline, publication]: day and month read in the
 * page's language's order ("07/10/2022" is 7 October in Spanish), two-digit years, the update
 * lines of every language, the weekday and byline a date line may carry, a relative stamp
 * beside the date (chrono reads "3 hours ago" as the machine's today).
 */
const DATE_LINE_HITS: readonly (readonly [string, string, string])[] = [
  ['en', 'by Brett Samuels - 08/04/25 10:21 AM ET', '2025-08-04'],
  ['en', '3/22/23 4:05 PM', '2023-03-22'],
  ['en', 'Issued on: 22/03/2022 - 10:15', '2022-03-22'],
  ['en', 'Published 3 hours ago · March 26, 2023', '2023-03-26'],
  ['en', '2 hours ago | 26 March 2023', '2023-03-26'],
  ['fr', 'Publié le 21/05/24 à 14h05 — Mis à jour le 21/05/24 à 17h30', '2024-05-21'],
  ['fr', '08/04/25 à 10h21', '2025-04-08'],
  ['de', 'Aktualisiert am 21. Februar 2025, 17:42 Uhr', '2025-02-21'],
  ['de', '02.11.2023, 14:27', '2023-11-02'],
  ['de', 'Stand: 21.02.25 17:42 Uhr', '2025-02-21'],
  ['es', 'Actualizado el 7 de octubre de 2022', '2022-10-07'],
  ['es', '07/10/2022 - 05:30 Actualizado: 07/10/2022 - 09:12', '2022-10-07'],
  ['es', 'Actualizado Lunes, 4 agosto 2025 - 14:20', '2025-08-04'],
  ['ru', 'Обновлено: 26.03.2023 10:02', '2023-03-26'],
  ['ru', '25.03.23 18:44', '2023-03-25'],
  ['ru', 'Опубликовано 7 июня 2024 г., 19:52', '2024-06-07'],
  ['uk', 'Оновлено 29.02.2024 16:10', '2024-02-29'],
  ['uk', 'Олена Кравчук — Вівторок, 19 листопада 2024, 16:48', '2024-11-19'],
  // Section labels beside the date, in a row joined by bars.
  ['en', 'Commentary | Nuclear Policy | January 26, 2023', '2023-01-26'],
  ['en', 'Analysis | Arms control November 30, 2022', '2022-11-30'],
];

/** [language, a line under the headline that is no date line: no publication from it] */
const DATE_LINE_MISSES: readonly (readonly [string, string])[] = [
  // A relative stamp alone says nothing of the year: chrono's "today" is the machine's.
  ['en', 'Published 3 hours ago'],
  ['en', 'Updated 2 hours ago'],
  // Numbers that are no valid date: a score, a month 22 either way, a 29 February of a common year.
  ['en', 'Votes 1/2/3'],
  ['en', 'Ref. 22/22/23'],
  ['ru', '29.02.23 10:00'],
  // A sentence about a deadline is prose, not a date line.
  ['en', 'Russia says the new missiles will be deployed by 08/04/25 at the latest in the west'],
];

test('a date line in any of the languages, with its own day and month order and two-digit years', () => {
  for (const [lang, line, want] of DATE_LINE_HITS) {
    const text = `Headline of the story here\n\n${line}\n\nThe story begins with this paragraph, which names no date at all.`;
    assert.equal(dates(docOf(lang, text)).published?.date, want, `${lang}: ${line}`);
  }
  for (const [lang, line] of DATE_LINE_MISSES) {
    const text = `Headline of the story here\n\n${line}\n\nThe story begins with this paragraph, which names no date at all.`;
    assert.equal(dates(docOf(lang, text)).published, null, `${lang}: ${line}`);
  }
});

/**
 * [language, undated text, publication]: a plan's horizon or a deadline ("by 2030", "d'ici 2030",
 * "к 2030 году") never dates a story; a past-looking explicit date does, else nothing.
 */
const HORIZONS: readonly (readonly [string, string, string | null])[] = [
  ['en', 'Russia plans to field twenty new missiles by 2030, the ministry said.', null],
  ['en', 'Russia fired a missile on March 3, 2023. It plans to field twenty more by 2030.', '2023-03-04'],
  ['en', 'The treaty expires in February 2026. Putin suspended it in 2023.', '2023'],
  ['en', 'The moratorium held until 2019, when the treaty collapsed.', null],
  ['en', 'The missile was tested in 2023, officials said.', '2023'],
  ['fr', "La Russie veut doubler son arsenal d'ici à 2030, selon le ministère.", null],
  ['fr', "Moscou a testé un missile en 2023 et veut en déployer vingt d'ici 2030.", '2023'],
  ['ru', 'Россия планирует разместить новые ракеты к 2030 году.', null],
  ['ru', 'Испытания прошли в 2023 году, а новые ракеты поставят к 2030 году.', '2023'],
  ['uk', 'Росія планує розмістити нові ракети до 2030 року.', null],
  ['uk', 'Випробування відбулися у 2023 році.', '2023'],
  // A bare year after a stated full date is a plan: the full date dates the story.
  ['ru', 'Лукашенко 6 декабря 2024 года попросил разместить комплекс в Белоруссии, и Путин допустил это во второй половине 2025 года.', '2024-12-07'],
  ['en', 'On 6 December 2024 Lukashenko asked for the missiles; Putin said they could arrive in 2025.', '2024-12-07'],
];

test('a horizon year or a deadline never dates a story; a past date does', () => {
  for (const [lang, text, want] of HORIZONS) assert.equal(dates(docOf(lang, text)).published?.date ?? null, want, `${lang}: ${text}`);
  // The horizon is marked future for the other stages too.
  const times = dates(docOf('en', 'Russia plans to field twenty new missiles by 2030.')).times;
  assert.equal(times.find((t) => t.text.includes('2030'))?.governedBy, 'future');
});

test("date-line-words is read by the extract stage's reader: a bad month number stops the build with file and line", () => {
  const dir = mkdtempSync(join(tmpdir(), 'brink-dates-'));
  for (const lang of ['fr', 'en', 'ru', 'uk']) {
    mkdirSync(join(dir, lang));
    writeFileSync(join(dir, lang, 'time-expressions.txt'), '# test\nmonth | 1 | janvier\n');
  }
  writeFileSync(join(dir, 'ru', 'date-line-words.txt'), '# test\nянв | month | 1\nопубликовано | label\n');
  assert.doesNotThrow(() => createDates({ dataDir: dir }));
  writeFileSync(join(dir, 'ru', 'date-line-words.txt'), '# test\nянв | month | 1\nфев | month | 14\nопубликовано | label | 3\n');
  assert.throws(
    () => createDates({ dataDir: dir }),
    (error: Error) =>
      /data\/ru\/date-line-words\.txt:3: a month's number is 1 to 12/.test(error.message) && /date-line-words\.txt:4: only a month has a number/.test(error.message),
  );
});
