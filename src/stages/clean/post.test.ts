/**
 * Posts copied as text (session 10, from holdout-9's Telegram posts): the channel's name over a
 * post with no headline, and the views counter with the post's stamp under it. Each table has the
 * near-misses that must stay.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Doc } from '../../document/index.ts';
import { cleanLines, removedTexts } from './testing.ts';


const run = (lines: readonly string[]): Doc => cleanLines(lines);


const PARAGRAPH_RU = 'Министр обороны заявил журналистам, что учения нестратегических ядерных сил пройдут в ближайшее время в Южном военном округе.';
const PARAGRAPH_UK = 'Міністр закордонних справ заявив журналістам, що Україна не визнає жодних рішень Кремля щодо розміщення ядерної зброї в Білорусі.';

/** [the post's lines, lines that go, lines that stay] */
const POSTS: [string[], string[], string[]][] = [
  // The channel's name over a paragraph, or over the post's own title.
  [['Военкор Северный', '', PARAGRAPH_RU], ['Военкор Северный'], [PARAGRAPH_RU]],
  [['Новости 24/7', '', 'Шойгу объявил о начале учений ядерных сил в Южном округе', '', PARAGRAPH_RU], ['Новости 24/7'], [PARAGRAPH_RU]],
  [['Штык и перо', '', 'Боррель пообещал уничтожить российскую армию', '', PARAGRAPH_RU], ['Штык и перо'], ['Боррель пообещал уничтожить российскую армию', PARAGRAPH_RU]],
  // The counter and the stamp under the post, with a view count abbreviated or not.
  [[PARAGRAPH_RU, '', '👁 1,4M · 6 июл 2022 в 12:41'], ['👁 1,4M · 6 июл 2022 в 12:41'], [PARAGRAPH_RU]],
  [[PARAGRAPH_UK, '', '👁 64,5K · 4 лют 2025 о 21:17'], ['👁 64,5K · 4 лют 2025 о 21:17'], [PARAGRAPH_UK]],
  [[PARAGRAPH_RU, '', '👁 812 · 10:15'], ['👁 812 · 10:15'], [PARAGRAPH_RU]],
  // The count without its pictograph, with the word for views or abbreviated; a client's copy header.
  [[PARAGRAPH_RU, '', '1.4M views 12:41'], ['1.4M views 12:41'], [PARAGRAPH_RU]],
  [[PARAGRAPH_RU, '', '87,3K'], ['87,3K'], [PARAGRAPH_RU]],
  [['Дмитрий Медведев, [06.07.2022 12:41]', '', PARAGRAPH_RU], ['Дмитрий Медведев, [06.07.2022 12:41]'], [PARAGRAPH_RU]],
  [['[06.07.2022 12:41] МИД России:', '', PARAGRAPH_RU], ['[06.07.2022 12:41] МИД России:'], [PARAGRAPH_RU]],
  // Misses: the copy header with the post's words on its line; a number of views in a sentence.
  [['[06.07.2022 12:41] МИД России: Москва не допустит размещения ядерного оружия у своих границ.', '', PARAGRAPH_RU], [], ['Москва не допустит размещения ядерного оружия у своих границ.']],
  [[PARAGRAPH_RU, '', '1.4M views were recorded in the first hour after the minister spoke.'], [], ['1.4M views were recorded in the first hour after the minister spoke.']],
  // Misses: a post's title ending on its colon, a short opening sentence, a label.
  [['🗞 Главное за 8 июля:', '', PARAGRAPH_RU], [], ['🗞 Главное за 8 июля:', PARAGRAPH_RU]],
  [['Срочно.', '', PARAGRAPH_RU], [], ['Срочно.']],
  [['Источник: ТАСС', '', PARAGRAPH_RU], [], []],
  // Misses: a short first line over another short line; an item opening on an emoji and a count.
  [['Военкор Северный', '', 'Коротко', '', PARAGRAPH_RU], [], ['Военкор Северный']],
  [[PARAGRAPH_RU, '', '🔥 5 ракет сбито над Белгородом'], [], ['🔥 5 ракет сбито над Белгородом']],
];

test("a post's channel name over its text and its views counter under it go; its title and items stay", () => {
  for (const [lines, gone, stay] of POSTS) {
    const doc = run(lines);
    const removed = removedTexts(doc);
    for (const g of gone) assert.ok(removed.includes(g), `${g} removed`);
    for (const s of stay) assert.ok(doc.text.includes(s) || doc.title === s, `${s} kept`);
  }
});

test('with a headline, the first short line is the header as before; a counter line under a page is no different', () => {
  const headline = 'Шойгу объявил о начале учений нестратегических ядерных сил в Южном военном округе';
  const doc = run(['РИА Новости', headline, 'Опубликовано: 21.05.2024 в 14:05', PARAGRAPH_RU, PARAGRAPH_RU.replace('Министр', 'Глава')]);
  assert.equal(doc.title, headline);
  assert.ok(removedTexts(doc).includes('РИА Новости'));
  assert.ok(doc.text.includes(PARAGRAPH_RU));
});

test("a channel's name of four words printed again in its signature does not take the post's title", () => {
  const title = 'Боррель пообещал уничтожить российскую армию';
  const doc = run(['Штык и перо Z', '', title, '', PARAGRAPH_RU, '', 'Штык и перо Z | Подписаться']);
  assert.equal(doc.title, title);
  assert.ok(removedTexts(doc).includes('Штык и перо Z'));
  assert.ok(doc.text.includes(PARAGRAPH_RU));
  // Miss: of two short lines, the longer is the headline; a headline of six words or more wins.
  const page = run(['Guerre en Ukraine direct', 'Poutine menace les pays occidentaux', 'Le président russe a averti jeudi les pays occidentaux qu’ils risquaient un conflit nucléaire.']);
  assert.equal(page.title, 'Poutine menace les pays occidentaux');
});

test("a post whose one statement reads like a headline keeps it as its text, with no headline; a metadata title stays the title", () => {
  const statement = '⚡️Шойгу: учения нестратегических ядерных сил пройдут в ближайшее время';
  const post = run(['Срочные новости ⚡️', '', statement, '', '👁 402K · 27 фев 2023 в 08:02']);
  assert.equal(post.title, null);
  assert.equal(post.text, statement);
  // Miss: with a paragraph under it, the line is the post's headline as before.
  const titled = run([statement, '', PARAGRAPH_RU]);
  assert.equal(titled.title, statement);
  assert.equal(titled.text, PARAGRAPH_RU);
  // Miss: a caller's title is kept, and a page with nothing under its title has no text.
  const given = cleanLines([statement], { title: statement });
  assert.equal(given.title, statement);
  assert.equal(given.text, '');
});
