/**
 * Session 10, written on 12 pages of sites no rule had seen (test/dev-corpus/pages, `en-55`…`en-59`,
 * `fr-41`…`fr-44`, `ru-28`…`ru-30`): the standing notes under an article (a think tank's or an
 * academic site's disclaimers, affiliate and print notes, corrections, donation appeals, Russian
 * foreign-agent labels) and a reader's comment between its stamp and its reply button. Every table
 * has the near-misses that must stay.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Doc } from '../../document/index.ts';
import { cleanLines, removedTexts } from './testing.ts';


const run = (lines: readonly string[]): Doc => cleanLines(lines);


const HEAD = ['Russia widens the conditions for nuclear use in a revised doctrine', 'By Jane Roe', 'November 20, 2024'];
const BODY = [
  'President Vladimir Putin signed a decree on Tuesday approving a revised version of the country’s nuclear doctrine, the Kremlin said.',
  'The document treats aggression by a non-nuclear state supported by a nuclear power as a joint attack on Russia, officials said.',
];

/** [a line under the article, whether it goes] */
const NOTES: [string, boolean][] = [
  ['Carnegie does not take institutional positions on public policy issues; the views represented herein are those of the author(s) and do not necessarily reflect the views of Carnegie.', true],
  ['Jane Roe does not work for, consult, own shares in or receive funding from any company or organisation that would benefit from this article.', true],
  ['Republish our articles for free, online or in print, under Creative Commons licence.', true],
  ['When you buy a book using a link on this page, we receive a commission. Thank you for supporting us.', true],
  ['Produced by ElevenLabs and News Over Audio (NOA) using AI narration.', true],
  ['This article appears in the May 2024 print edition with the headline “The Blackmailer’s Arsenal.”', true],
  ['An earlier version of this story misstated the day on which the decree was signed.', true],
  ['Correction, Nov. 20', true],
  ['Please support us with a donation today.', true],
  ['Donate now', true],
  ['НАСТОЯЩИЙ МАТЕРИАЛ (ИНФОРМАЦИЯ) ПРОИЗВЕДЕН, РАСПРОСТРАНЕН И (ИЛИ) НАПРАВЛЕН ИНОСТРАННЫМ АГЕНТОМ ЛИБО КАСАЕТСЯ ДЕЯТЕЛЬНОСТИ ИНОСТРАННОГО АГЕНТА. 18+', true],
  ['Хотите получать уведомления о главных новостях?', true],
  ['Уважаемый читатель, чтобы оставлять комментарии к публикации, необходимо авторизоваться.', true],
  ['Les commentaires sont fermés.', true],
  ['Votre soutien nous permet de rester indépendants et gratuits. Faites un don à partir de 1 €.', true],
  ['Soutenez Slate', true],
  ['(ATTN: UPDATES with details in paras 4-6)', true],
  ['Our live coverage has ended. Scroll through the updates below.', true],
  ['Сообщить об опечатке', true],
  ['Знайшли помилку? Виділіть її та натисніть Ctrl+Enter', true],
  ['Ce direct est terminé', true],
  ['Материал подготовлен при поддержке партнёра', true],
  ['Использование материалов разрешено только при наличии активной ссылки на источник', true],
  ['Réagissez à cet article', true],
  ["Il vous reste 80% de l'article à lire", true],
  ['You have reached your limit of free articles', true],
  ['Больше новостей о ситуации вокруг Украины — в нашем Telegram-канале.', true],
  ['Добавьте Sputnik в Источники Google Новостей', true],
  ["Découvrir l'offre", true],
  ['Catégories : Asie, Marine, Nucléaire', true],
  ['Categories: Asia, Navy, Nuclear', true],
  // Misses: prose that shares the notes' words.
  ['The ministry said an earlier version of this treaty had allowed inspections at short notice.', false],
  ['Минюст внёс издание в реестр иностранных агентов в пятницу, сообщили в ведомстве.', false],
  ['Об этом Медведев написал в своём Telegram-канале в понедельник вечером.', false],
  ['Officials said the views of the ministry had not changed since the summer.', false],
  ['The Kremlin said it would receive a commission of experts from Minsk next week to discuss the deployment.', false],
  ['Our live coverage of the summit continues on Monday.', false],
  ['Использование ядерного оружия разрешено доктриной только в ответ на агрессию, заявили в Кремле.', false],
  ['Il vous reste encore la possibilité de voter, a rappelé le ministre aux électeurs de Moscou.', false],
];

test('standing notes under an article go: disclaimers, disclosures, affiliate and print notes, corrections, appeals, foreign-agent labels', () => {
  for (const [line, goes] of NOTES) {
    const doc = run([...HEAD, ...BODY, line]);
    assert.equal(removedTexts(doc).includes(line), goes, line);
    for (const p of BODY) assert.ok(doc.text.includes(p), p);
  }
});

test('a pointer "Read: <headline>" and list headings over a think tank’s related work go with their items', () => {
  const teaser = 'Read: How worried should we be about Russia’s nuclear arsenal?';
  const doc = run([...HEAD, BODY[0]!, teaser, 'Related Analysis from Carnegie', 'Why Russia Keeps Rewriting Its Nuclear Red Lines', 'Alexandra Prokopenko', BODY[1]!]);
  for (const g of [teaser, 'Related Analysis from Carnegie', 'Why Russia Keeps Rewriting Its Nuclear Red Lines', 'Alexandra Prokopenko']) assert.ok(removedTexts(doc).includes(g), g);
  for (const p of BODY) assert.ok(doc.text.includes(p), p);
});

test("a reader's comment between its stamp and its reply button goes with its author; an entry under a time stays", () => {
  const comment = 'Enfin une bonne nouvelle pour la crédibilité de notre dissuasion.';
  const comments = ['Tartempion', '18 novembre 2023 à 12 h 31 min', comment, 'Répondre', 'Ратмир', 'Сегодня, 10:14', 'Хорошая новость, наконец-то.', 'Ответить'];
  const doc = run([...HEAD, ...BODY, 'Commentaires', ...comments]);
  for (const g of comments) assert.ok(removedTexts(doc).includes(g), g);
  // Miss: a live page's entry under its time is followed by another entry, not a reply button.
  const entry = 'Seoul says the North fired a short-range ballistic missile into the sea off its east coast.';
  const live = run([...HEAD, BODY[0]!, '14:05', entry, '13:40', BODY[1]!]);
  assert.ok(live.text.includes(entry));
  // A stamp with the commenter's name and verb on its line.
  const said = run([...HEAD, ...BODY, '12 commentaires', 'Jean-Marc dit : 30 août 2024 à 10 h 12 min', 'Il était temps. Et toujours pas de photo officielle...', 'Répondre']);
  assert.ok(removedTexts(said).includes('Il était temps. Et toujours pas de photo officielle...'));
  // Miss: a one-paragraph story between the page's date line and a one-word comments link.
  const brief = 'The Kremlin said on Tuesday that Russia would respond to any deployment of US missiles in Germany.';
  const one = run([HEAD[0]!, 'By Jane Roe', 'November 20, 2024', brief, 'Comments']);
  assert.ok(one.text.includes(brief));
  // Miss: a paragraph above a longer comment prompt ("Leave a Reply") is no comment.
  const last = run([...HEAD, BODY[0]!, 'November 20, 2024', BODY[1]!, 'Leave a Reply']);
  assert.ok(last.text.includes(BODY[1]!));
});
