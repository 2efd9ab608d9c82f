/**
 * Context rules of the clean stage on scraped pages (test/dev-corpus/pages): lists of links,
 * clock and count residue, tag lists under the article, the site name repeated in the
 * footer, captions under a caption label. Rows are real lines of those pages and the seeds;
 * every table has the near-misses that must stay.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Doc } from '../../document/index.ts';
import { findHeadline, isSiteTitle } from './headline.ts';
import { cleanLines } from './testing.ts';


const run = (lines: readonly string[], format: 'text' | 'html' = 'text'): Doc => cleanLines(lines, { format });

const HEADLINE = 'Putin lässt Einsatz von Atomwaffen üben';
const PROSE_A =
  'Russland hat unter der Leitung von Präsident Putin eine Übung seiner strategischen Atomstreitkräfte abgehalten. Der Kreml spricht von einem Routinetraining.';
const PROSE_B =
  'Die NATO hatte erst in der Vorwoche ihr eigenes jährliches Atomwaffenmanöver "Steadfast Noon" abgeschlossen, sagte ein Sprecher des Bündnisses.';

/** The lines of `block` that `run` removed, standing between two paragraphs under a headline. */
function removedOf(block: readonly string[], format: 'text' | 'html' = 'text'): string[] {
  const doc = run([HEADLINE, PROSE_A, ...block, PROSE_B], format);
  assert.ok(doc.text.includes(PROSE_A) && doc.text.includes(PROSE_B), 'the paragraphs around must stay');
  return doc.removed.map((r) => r.text);
}

// [block under the heading, lines of it removed]: items end in "?", "!", "…" or a quote; tags
// that other rules already removed do not end the list; a blank line, a sentence or a
// two-sentence line does.
const LISTS: [string[], string[]][] = [
  [
    ['Mehr zum Thema', 'Gipfel in Budapest vorerst abgesagt: Trump will Treffen mit Putin nicht "verschwenden"', 'Russlands Atomwaffen: Wie viele Sprengköpfe hat Moskau?'],
    ['Mehr zum Thema', 'Gipfel in Budapest vorerst abgesagt: Trump will Treffen mit Putin nicht "verschwenden"', 'Russlands Atomwaffen: Wie viele Sprengköpfe hat Moskau?'],
  ],
  [
    ['Related Topics', 'Nuclear weapons', 'Russia', 'Vladimir Putin', 'Ukraine war: Kyiv says it has pushed Russian forces back from Dnipro river bank'],
    ['Related Topics', 'Nuclear weapons', 'Russia', 'Vladimir Putin', 'Ukraine war: Kyiv says it has pushed Russian forces back from Dnipro river bank'],
  ],
  [
    ['More on this story', 'Russia moves to withdraw from nuclear test ban treaty', 'Published', '18 October 2023', 'What is the New Start treaty and why has Russia suspended it?'],
    ['More on this story', 'Russia moves to withdraw from nuclear test ban treaty', 'Published', '18 October 2023', 'What is the New Start treaty and why has Russia suspended it?'],
  ],
  [
    ['Mehr aus Europa', 'Dänemark will Social-Media-Verbot für Kinder unter 15 Jahren', 'Slowakei: Fico übersteht Misstrauensvotum'],
    ['Mehr aus Europa', 'Dänemark will Social-Media-Verbot für Kinder unter 15 Jahren', 'Slowakei: Fico übersteht Misstrauensvotum'],
  ],
  [
    ['Читайте также:', 'В Госдуме оценили последствия удара «Орешником»', 'Зеленский заявил о характеристиках новой российской ракеты'],
    ['Читайте также:', 'В Госдуме оценили последствия удара «Орешником»', 'Зеленский заявил о характеристиках новой российской ракеты'],
  ],
  // An item may open on its section name and a full stop.
  [
    ['Les plus lus', '1 Météo. Orages : vigilance orange levée dans 12 départements, le point ce jeudi', '2 Nantes. Un incendie se déclare dans un immeuble du centre-ville, six personnes évacuées'],
    ['Les plus lus', '1 Météo. Orages : vigilance orange levée dans 12 départements, le point ce jeudi', '2 Nantes. Un incendie se déclare dans un immeuble du centre-ville, six personnes évacuées'],
  ],
  // Misses. A blank line ends the list: the article's own question under it stays.
  [['Mehr zum Thema', 'Russlands Atomwaffen: Wie viele Sprengköpfe hat Moskau?', '', 'Warum jetzt?'], ['Mehr zum Thema', 'Russlands Atomwaffen: Wie viele Sprengköpfe hat Moskau?']],
  // A line of two sentences is prose, even when it ends in a question mark.
  [['Most read', 'Russia tested the missile in the Barents Sea. What does it mean for Europe?'], ['Most read']],
  // A full stop or a colon ends the list.
  [['Related Topics', 'Nuclear weapons', 'What happens next:', 'Russia'], ['Related Topics', 'Nuclear weapons']],
  // After "Read more:" the words are a teaser's, not a section name: no list under it.
  [['Read more: Nuclear talks', 'Warum jetzt'], ['Read more: Nuclear talks']],
  [['Lire aussi : La Russie', 'Warum jetzt'], ['Lire aussi : La Russie']],
];

test('lists of links: items under a list heading go; a blank line, a sentence or a colon ends the list', () => {
  for (const [block, removed] of LISTS) assert.deepEqual(removedOf(block), removed, block.join(' / '));
});

/** Where `line` goes between two paragraphs: its removal reason, or null when kept. */
function fate(line: string, format: 'text' | 'html' = 'text'): string | null {
  const doc = run([HEADLINE, PROSE_A, line, PROSE_B], format);
  return doc.removed.find((r) => r.text === line)?.reason ?? null;
}

// [line, format, reason or null]: letterless lines of scraped text are a widget's residue (a
// feed's times, counters, a player); a © line of a few words is a credit whatever it ends with.
const RESIDUE: [string, 'text' | 'html', string | null][] = [
  ['17:42', 'text', 'residue'],
  ['0', 'text', 'residue'],
  ['00:00/05:12', 'text', 'residue'],
  ['© EDICIONES EL PAÍS S.L.', 'text', 'image-credit'],
  ['© 2025 МИА «Россия сегодня»', 'text', 'image-credit'],
  ['CNN Sans ™ & © 2016 Cable News Network.', 'html', 'image-credit'],
  // Misses: in a page such a block may be the article's data; a line with a word is not residue.
  ['17:42', 'html', null],
  ['1,550', 'html', null],
  ['2 000 ogives', 'text', null],
  ['Aug 1 at 18:37', 'text', null],
  // A paragraph that mentions a copyright is longer than a credit.
  ['The broadcaster said the footage, marked © Zvezda TV, had been filmed at the Kapustin Yar test range last week.', 'text', null],
];

test('letterless residue in scraped text, © credits', () => {
  for (const [line, format, reason] of RESIDUE) assert.equal(fate(line, format), reason, `${line} (${format})`);
});

const RU_LAST =
  'Ранее президент США Дональд Трамп поручил Пентагону начать испытания ядерного оружия "на равной основе" с другими странами. При этом министр энергетики США Крис Райт позднее уточнил, что речь пока идет о проверках систем без ядерных взрывов.';

// [lines under the article's last paragraph, format, the lines removed as tags].
const TAG_RUNS: [string[], 'text' | 'html', string[]][] = [
  [['США', 'Россия', 'Владимир Путин', 'Ядерное оружие', 'Совбез РФ'], 'text', ['США', 'Россия', 'Владимир Путин', 'Ядерное оружие', 'Совбез РФ']],
  [['Ядерна зброя', '', 'МЗС', '', 'Путін'], 'text', ['Ядерна зброя', 'МЗС', 'Путін']],
  // Misses. Two short lines are a signature or a source, not a tag list.
  [['Harriet Cole', 'BBC News'], 'text', []],
  // A short paragraph after the last long one ends with a full stop: it stays, and the lines above it too.
  [['Россия', 'США', 'Он не уточнил сроков.'], 'text', []],
  // Lines with digits, colons or slashes are data: a source, a price, a route.
  [['Джерело: МЗС', 'Tickets 12 €', 'Kyiv/Moscow'], 'text', []],
  // In a page the extractor kept these blocks as the article's.
  [['США', 'Россия', 'Владимир Путин'], 'html', []],
];

test('a tag list with no heading after the last paragraph of scraped text', () => {
  for (const [tail, format, tags] of TAG_RUNS) {
    const doc = run([HEADLINE, PROSE_A, RU_LAST, ...tail], format);
    assert.deepEqual(doc.removed.filter((r) => r.reason === 'tags').map((r) => r.text), tags, tail.join(' / '));
  }
  // Short lines between two paragraphs are the article's own list, whatever their number.
  const list = run([HEADLINE, PROSE_A, 'США', 'Россия', 'Китай', RU_LAST]);
  assert.ok(list.text.includes('Китай'));
});

const FR_HEADLINE = 'Dissuasion nucléaire : Macron ouvre le débat sur la protection des alliés européens, Moscou dénonce une «menace»';
const FR_PROSE =
  "Emmanuel Macron a proposé mercredi soir d'ouvrir un débat stratégique sur la protection des alliés européens par la dissuasion française, a rapporté Le Figaro.";

// [page header above the headline, page footer under the article, footer lines removed as the site name].
const SITE_NAMES: [string[], string[], string[]][] = [
  [['Le Figaro', 'Accueil > International > Europe'], ['Voir les 214 commentaires', 'Le Figaro'], ['Le Figaro']],
  [['EL PAÍS'], ['Archivado En', 'EL PAÍS', '© EDICIONES EL PAÍS S.L.'], ['EL PAÍS']],
  // Misses: only a line equal to the header's is the name again, not one that contains it or
  // another short line.
  [['Le Figaro'], ['Le Figaro Magazine'], []],
  [['CNN'], ['Russia'], []],
  // With no header above the headline there is no name to repeat.
  [[], ['Le Figaro'], []],
];

test('the site name printed above the headline is the site name again in the footer', () => {
  for (const [header, footer, names] of SITE_NAMES) {
    const doc = run([...header, FR_HEADLINE, FR_PROSE, ...footer]);
    assert.equal(doc.title, FR_HEADLINE);
    assert.ok(doc.text.includes(FR_PROSE));
    const below = doc.removed.slice(header.length).filter((r) => r.reason === 'site-name');
    assert.deepEqual(below.map((r) => r.text), names, `${header.join(' / ')} … ${footer.join(' / ')}`);
  }
});

const EN_LONG =
  'President Vladimir Putin has signed a law withdrawing Russia\'s ratification of the treaty that bans nuclear test explosions, a move Moscow insists does not mean it is about to resume testing, officials in Moscow said on Thursday.';

// [lines between two paragraphs, the lines removed as a caption and its label].
const CAPTIONS: [string[], string[]][] = [
  [['Image caption,', 'President Putin says Russia will not test unless the US does first'], ['Image caption,', 'President Putin says Russia will not test unless the US does first']],
  [['Media caption,', 'Watch: What is a nuclear test ban?'], ['Media caption,', 'Watch: What is a nuclear test ban?']],
  [['Légende :', '', 'Emmanuel Macron à l’Élysée, le 5 mars 2025.'], ['Légende :', 'Emmanuel Macron à l’Élysée, le 5 mars 2025.']],
  [['Bildunterschrift:', 'Eine Yars-Interkontinentalrakete beim Start vom Testgelände Plessezk (Archivbild).'], ['Bildunterschrift:', 'Eine Yars-Interkontinentalrakete beim Start vom Testgelände Plessezk (Archivbild).']],
  [['Подпись к фото', 'Президент России Владимир Путин'], ['Подпись к фото', 'Президент России Владимир Путин']],
  // Misses. A long paragraph under an empty label is the article's.
  [['Image caption,', EN_LONG], ['Image caption,']],
  // A caption joined to its label is one line: the paragraph under it stays.
  [['Bildunterschrift: Eine Yars-Interkontinentalrakete beim Start. Bild: IMAGO/ITAR-TASS', 'Die Übung fiel auf den Tag des abgesagten Gipfels.'], ['Bildunterschrift: Eine Yars-Interkontinentalrakete beim Start. Bild: IMAGO/ITAR-TASS']],
  // A credit is not a caption label.
  [['Image source, Getty Images', 'Die Übung fiel auf den Tag des abgesagten Gipfels.'], ['Image source, Getty Images']],
];

test('the line under a caption label is the caption', () => {
  for (const [block, removed] of CAPTIONS) assert.deepEqual(removedOf(block), removed, block.join(' / '));
  const doc = run([HEADLINE, PROSE_A, 'Image caption,', 'President Putin says Russia will not test unless the US does first', PROSE_B]);
  assert.deepEqual([...new Set(doc.removed.map((r) => r.reason))], ['image-caption']);
});

// [line, whether it is a site's title or joined link texts, never the headline].
const SITE_TITLES: [string, boolean][] = [
  ['Le Monde.fr - Actualités et Infos en France et dans le monde', true],
  ['The Guardian - Back to home', true],
  ['Skip to main contentSkip to navigation', true],
  // Misses: real headlines with a separator (an attribution at the end, a kicker in capitals)
  // and names with an inner capital.
  ['Росія вперше вдарила по Дніпру міжконтинентальною балістичною ракетою – Повітряні сили', false],
  ['EN DIRECT - Trump ordonne au Pentagone de reprendre les essais nucléaires', false],
  ['Putin offers to respect nuclear arms limits for a year after New START expires | AP News', false],
  ['WhatsApp and LinkedIn blocked in Russia as Kremlin tightens control', false],
  ['Dissuasion nucléaire : Macron ouvre le débat sur la protection des alliés européens', false],
];

test('a site title is never the headline; headlines with a separator are', () => {
  for (const [line, site] of SITE_TITLES) assert.equal(isSiteTitle(line), site, line);
});

const MENU = ['News', 'Opinion', 'Sport', 'Culture', 'Lifestyle', 'UK', 'World', 'Climate crisis', 'Ukraine', 'Environment', 'Science', 'Global development', 'Defence policy'];
const GUARDIAN = 'UK to buy 12 nuclear-capable F-35 jets in biggest shift in deterrent posture in a generation';
const EN_PROSE =
  'The UK will buy 12 F-35A fighter jets capable of carrying tactical nuclear weapons, Keir Starmer has announced, in what Downing Street called the biggest strengthening of its nuclear posture.';

// [lines of a scraped page's top, the headline found].
const HEADLINES: [string[], string | null][] = [
  [['Skip to main contentSkip to navigation', 'Print subscriptions', 'The Guardian - Back to home', ...MENU, GUARDIAN, EN_PROSE], GUARDIAN],
  [
    ['Le Monde.fr - Actualités et Infos en France et dans le monde', 'S’abonner', 'Le Monde', 'International', 'Europe', 'Paris et Londres vont coordonner leurs dissuasions nucléaires, une première', FR_PROSE],
    'Paris et Londres vont coordonner leurs dissuasions nucléaires, une première',
  ],
  // Misses: a headline with an attribution after a dash is still the headline.
  [
    ['Новини', 'Росія вперше вдарила по Дніпру міжконтинентальною балістичною ракетою – Повітряні сили', 'Повітряні сили ЗСУ повідомили, що Росія вранці атакувала Дніпро міжконтинентальною балістичною ракетою, запущеною з Астраханської області.'],
    'Росія вперше вдарила по Дніпру міжконтинентальною балістичною ракетою – Повітряні сили',
  ],
  // A site title alone above the article is no headline.
  [['Le Monde.fr - Actualités et Infos en France et dans le monde', FR_PROSE], null],
];

test('headline: found under a long section menu, never a site title', () => {
  for (const [lines, headline] of HEADLINES) {
    const i = findHeadline(lines, lines.map(() => true));
    assert.equal(i === -1 ? null : lines[i], headline, lines[0]);
  }
});
