import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_DATA_DIR, fold } from '../../lexicon/index.ts';
import { readDateLineWords } from '../extract/vocabulary.ts';
import { format, parseIsoDate } from './calendar.ts';
import { buildGrammar } from './grammar.ts';
import { datelineDate, inferPublication, weekdayPins } from './publication.ts';

/** The label words of the shipped `date-line-words.txt` files that these lines use. */
const OPTIONS = { labels: new Set(['published', 'updated', 'publie', 'mis', 'jour', 'опубликовано', 'обновлено']) };

const HITS: ReadonlyArray<readonly [string, string]> = [
  ['Published: 22 November 2024', '2024-11-22'],
  ['Updated June 16, 2023, 6:05 PM', '2023-06-16'],
  ['November 19, 2024 9:41 AM GMT', '2024-11-19'],
  ['Thu 31 Oct 2024 03.55 GMT', '2024-10-31'],
  ['Publié le 6 mars 2025 à 10h12', '2025-03-06'],
  ['21/11/2024 à 21:30', '2024-11-21'],
  ['Главное к утру 6 декабря 2024:', '2024-12-06'],
  ['Mis à jour le 21 novembre 2024 à 14h05', '2024-11-21'],
  ['Опубликовано: 21.11.2024 в 14:05', '2024-11-21'],
  // An update after the publication on the same line: its labels are not other words.
  ['Publié le 29 octobre 2025 à 14:40, mis à jour à 18:05', '2025-10-29'],
  // A byline with its stamp after a spaced dash: the stamp is the line's date part.
  ['Par la rédaction avec AFP - 18 novembre 2023 à 17h20', '2023-11-18'],
  ['By Jane Doe and John Roe — March 3, 2024', '2024-03-03'],
  // A desk's byline row with its stamp after spaced slashes, the clock in an Asian zone.
  ['TOI News Desk / TIMESOFINDIA.COM / Updated: Mar 11, 2024, 19:06 IST', '2024-03-11'],
  ['October 31, 2024 2:17 PM JST', '2024-10-31'],
  // The year glued to the clock and the zone to the label by a scraper.
  ['October 31, 20242:17 PM GMT+9Updated 3 hours ago', '2024-10-31'],
  // A byline's stamp after its dash, then the update and the reading time after a bar.
  ['Par Le Dauphiné Libéré (avec AFP) - 02 nov. 2023 à 17:35 | mis à jour le 02 nov. 2023 à 18:10 - Temps de lecture : 2 min', '2023-11-02'],
  // A weekly's stamp with its place after a bar without spaces.
  ['Mar 6th 2025|Berlin and Paris', '2025-03-06'],
  // A wire dateline with its year opens the first paragraph: its date is the story's.
  ['WASHINGTON, Dec 19, 2024 (Reuters) - China had more than 600 operational nuclear warheads by the middle of this year and is on track to have over 1,000 by 2030.', '2024-12-19'],
  ['KYIV, Ukraine, March 3, 2025 (AP) — Ukraine said on Monday that Russian drones had struck near the plant, in a story running well past eighty characters.', '2025-03-03'],
  ['МОСКВА, 26 октября 2023. /ТАСС/. Госдума приняла закон об отзыве ратификации Договора о всеобъемлющем запрещении ядерных испытаний.', '2023-10-26'],
];

const MISSES: readonly string[] = [
  // A sentence that mentions a date is prose, not the page's date line.
  'The State Duma voted unanimously for the bill on October 18, 2023, officials said.',
  'Putin warned the West on 21 November 2024',
  // A date between two dashes of a sentence is not a stamp: only the part after the last dash is.
  'Russia said - on 18 November 2023 - that it would respond.',
  // No year: a wire dateline alone does not say which year.
  'MOSCOW, Nov 19 (Reuters) -',
  'MOSCOW, Nov 19 (Reuters) - Russia said on Tuesday it had lowered the threshold for a nuclear strike, a change first announced in 2024.',
  // A paragraph that opens with a place and a bracket but is no dateline keeps its prose test.
  'PARIS, the capital, said in 2024 (a year of tension) - that it would host talks on 5 March 2025 with allies.',
  // A part after a spaced slash is a date line only when it is one on its own.
  'Sanctions / Oil prices rose after 21 November 2024 as exports fell',
];

test('a line of its own stating a full date is the publication date', () => {
  for (const [line, want] of HITS) {
    const got = datelineDate([line], OPTIONS);
    assert.equal(got && format(got), want, line);
  }
});

test('a month and its year alone is a magazine issue\'s date, when no line states a day', () => {
  const cases: ReadonlyArray<readonly [readonly string[], string | null]> = [
    [['March 2024'], '2024-03'],
    [['November/December 2024'], '2024-12'],
    [['Mars 2024'], '2024-03'],
    [['Март 2024'], '2024-03'],
    // A day's date line anywhere among the candidates outranks the month.
    [['November 2023', 'Russia Moves to Revoke Its CTBT Ratification', 'Posted: November 1, 2023'], '2023-11-01'],
    // A month in a sentence or a heading of several words is no issue line.
    [['In March 2024 the talks resumed'], null],
    [['Timeline of the crisis since March 2024'], null],
  ];
  for (const [lines, want] of cases) {
    const lang = lines[0]!.startsWith('М') ? 'ru' : lines[0]!.startsWith('Mars') ? 'fr' : 'en';
    const got = datelineDate(lines, { ...OPTIONS, lang, grammars: [buildGrammar(DEFAULT_DATA_DIR, lang)] });
    assert.equal(got && format(got), want, lines.join(' / '));
    if (got && want && want.length === 7) assert.equal(got.precision, 'month');
  }
});

test('prose, yearless datelines and bare months are not date lines', () => {
  for (const line of MISSES) assert.equal(datelineDate([line], OPTIONS), null, line);
});

test('a line read again gives the same answer (chrono\'s answers are kept by parser and line)', () => {
  for (let round = 0; round < 2; round++) {
    for (const [line, want] of HITS) {
      const got = datelineDate([line], OPTIONS);
      assert.equal(got && format(got), want, `${line} (round ${round})`);
    }
    for (const line of MISSES) assert.equal(datelineDate([line], OPTIONS), null, `${line} (round ${round})`);
    // The same line under another language's conventions is another answer, not the kept one.
    for (const [lang, want] of [['ru', '2024-09-07'], ['en', '2024-07-09']] as const) {
      const got = datelineDate(['07.09.2024'], { ...OPTIONS, lang });
      assert.equal(got && format(got), want, `${lang} (round ${round})`);
    }
  }
});

test('the first date line wins and a date after "now" is skipped', () => {
  const got = datelineDate(['Published: 2 March 2023', 'Updated: 4 March 2023'], OPTIONS);
  assert.equal(got && format(got), '2023-03-02');
  const now = { year: 2023, month: 3, day: 3, precision: 'day' } as const;
  assert.equal(datelineDate(['Updated: 4 March 2023'], { ...OPTIONS, now }), null);
});

test('a numeric date follows the document language: 07.09.2024 is 7 September in Russian, 9 July in English', () => {
  const ru = datelineDate(['07.09.2024 14:02'], { ...OPTIONS, lang: 'ru' });
  assert.equal(ru && format(ru), '2024-09-07');
  const uk = datelineDate(['07.09.2024 14:02'], { ...OPTIONS, lang: 'uk' });
  assert.equal(uk && format(uk), '2024-09-07');
  const en = datelineDate(['07.09.2024 14:02'], { ...OPTIONS, lang: 'en' });
  assert.equal(en && format(en), '2024-07-09');
});

test('a yearless date written with its weekday takes the year in which it falls on that day', () => {
  const cases: readonly [string, string, string, string][] = [
    // 12 September was a Thursday in 2024 and a Friday in 2025: the text's own later event (2024-11-21) does not pull it back.
    ['ru', 'Учения начались в пятницу, 12 сентября, сообщило Минобороны.', '2024-11-21', '2025-09-12'],
    ['en', 'The drills began on Thursday, September 12, the ministry said.', '2024-01-10', '2024-09-12'],
    ['fr', "Les manœuvres ont commencé vendredi 12 septembre, selon l'état-major.", '2024-11-21', '2025-09-12'],
  ];
  for (const [lang, text, event, want] of cases) {
    const times = buildGrammar(DEFAULT_DATA_DIR, lang).find(text, fold(text));
    const pins = weekdayPins(times, text);
    assert.equal(pins.size, 1, text);
    const got = inferPublication({ times, notBefore: parseIsoDate(event), now: null, pins });
    assert.equal(got && format(got), want, text);
  }
});

test("a date line in a language chrono cannot read is read with Brink's own time grammar", () => {
  const grammars = [buildGrammar(DEFAULT_DATA_DIR, 'uk')];
  const labels = new Set(['опубликовано', 'опубліковано', 'оновлено'].map(fold));
  /** [line, date, or null when it is no date line] */
  const CASES: ReadonlyArray<readonly [string, string | null]> = [
    ['26 березня 2023, 14:40', '2023-03-26'],
    ['22 листопада 2024, 14:05', '2024-11-22'],
    ['Опубліковано: 5 квітня 2024 о 09:10', '2024-04-05'],
    ['4 серп. 2025 10:15', '2025-08-04'],
    // Prose that mentions a date, a date without a year.
    ['Путін попередив Захід 21 листопада 2024 року на нараді з питань безпеки', null],
    ['26 березня, 14:40', null],
    // A month alone with its year is a monthly's issue date, at the month.
    ['березень 2024', '2024-03'],
  ];
  for (const [line, want] of CASES) {
    const got = datelineDate([line], { lang: 'uk', labels, grammars });
    assert.equal(got && format(got), want, line);
  }
  // Without the grammar, the chrono parsers alone know no Ukrainian month.
  assert.equal(datelineDate(['26 березня 2023, 14:40'], { lang: 'uk', labels }), null);
});

test("a post's stamp with Telegram's abbreviated month is read by the month numbers of the date-line words", () => {
  // The shipped Russian and Ukrainian months with their numbers, as the dates stage reads them.
  const months = new Map<string, number>();
  for (const lang of ['ru', 'uk']) {
    for (const e of readDateLineWords(DEFAULT_DATA_DIR, lang)) {
      if (e.fields[1] === 'month' && e.fields[2] !== undefined) months.set(fold(e.fields[0] as string), Number(e.fields[2]));
    }
  }
  const labels = new Set(['в', 'о'].map(fold));
  /** [line, language, date, or null when it is no date line] */
  const CASES: ReadonlyArray<readonly [string, string, string | null]> = [
    ['👁 1,4M · 6 июл 2022 в 12:41', 'ru', '2022-07-06'],
    ['8 июн 2023 в 21:03', 'ru', '2023-06-08'],
    ['30 сен. 2024, 09:15', 'ru', '2024-09-30'],
    ['👁 64,5K · 4 лют 2025 о 21:17', 'uk', '2025-02-04'],
    ['17 лис 2024 о 08:02', 'uk', '2024-11-17'],
    // Not a month: a word after a number ("6 июл" is; "6 лис" is; "6 ракет" is not), no year, a day past the month's end.
    ['6 ракет 2022 года', 'ru', null],
    ['6 июл в 12:41', 'ru', null],
    ['31 чер 2024 о 10:00', 'uk', null],
    // Prose that holds such a date has other words.
    ['Учения начались 6 июл 2022 по приказу командования округа', 'ru', null],
  ];
  for (const [line, lang, want] of CASES) {
    const got = datelineDate([line], { lang, labels, months });
    assert.equal(got && format(got), want, line);
  }
  // Without the month numbers, no parser reads them.
  assert.equal(datelineDate(['6 июл 2022 в 12:41'], { lang: 'ru', labels }), null);
});

test("a magazine's issue line with its label after the year is the issue's month; another word there is not", () => {
  const labels = new Set(['issue', 'published'].map(fold));
  /** [line, date, or null when it is no issue line] */
  const CASES: ReadonlyArray<readonly [string, string | null]> = [
    ['May 2024 Issue', '2024-05'],
    ['March/April 2024 issue', '2024-04'],
    ['May 2024', '2024-05'],
    // A word that is no date-line label: a heading, not an issue date.
    ['May 2024 Elections', null],
    ['Moscow 2024 Issue', null],
  ];
  for (const [line, want] of CASES) {
    const got = datelineDate([line], { lang: 'en', labels });
    assert.equal(got && format(got), want, line);
  }
  // A full date elsewhere wins over the month.
  assert.equal(format(datelineDate(['May 2024 Issue', 'Published: April 10, 2024'], { lang: 'en', labels }) as never), '2024-04-10');
});
