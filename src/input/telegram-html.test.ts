import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { readInputs, type InputItem } from './index.ts';
import { exportDate, isTelegramHtmlExport, parseTelegramHtmlExport } from './telegram-html.ts';
import { TelegramExportError, type TelegramPost } from './telegram.ts';

const FIXTURE = fileURLToPath(new URL('./fixtures/telegram-html/messages.html', import.meta.url));
const html = readFileSync(FIXTURE, 'utf8');
const exported = parseTelegramHtmlExport(html, 'messages.html');
const post = (id: number): TelegramPost => {
  const entry = exported.entries.find((e) => e.kind === 'post' && e.post.id === id);
  assert.ok(entry?.kind === 'post', `post ${id}`);
  return entry.post;
};

test('the page: channel name from its header, posts, and skipped messages with their reasons', () => {
  assert.equal(exported.channel.name, 'МИД России 🇷🇺');
  const skipped = exported.entries.flatMap((e) => (e.kind === 'skipped' ? [[e.id, e.reason]] : []));
  assert.deepEqual(skipped, [
    [-1, 'service message'], // the date separator
    [30414, 'no text'], // a photo without caption
    [30415, 'service message'], // a pin
    [null, 'unreadable message'], // no message number, no date
  ]);
  assert.deepEqual(
    exported.entries.flatMap((e) => (e.kind === 'post' ? [e.post.id] : [])),
    [30412, 30413, 30416],
  );
});

test('text: <br> breaks lines, the source layout does not; entities decoded; links keep their words', () => {
  const statement = post(30412);
  assert.equal(statement.headline, 'Комментарий официального представителя МИД России в связи с обновлением ядерной доктрины');
  assert.match(statement.text, /ядерной доктрины\n\nОбновлённые Основы носят сугубо оборонительный характер\. Россия "не стремится" к эскалации\.\n\nЧитать полностью \| @MID_Russia$/);
  assert.doesNotMatch(statement.text, /https?:/);
  assert.equal(post(30413).text, 'Наша ядерная доктрина — не пустые слова.\nКто не понял, тот поймёт.');
  // A bold name opening a sentence is not a headline; a reply's "In reply to" is not text.
  assert.equal(post(30416).headline, null);
  assert.equal(post(30416).text, 'Рябков заявил, что Москва готова к диалогу о стратегической стабильности, но не на условиях Вашингтона.');
});

test('dates keep the exporter offset (older pages have none); forwards and signatures are kept', () => {
  assert.equal(post(30412).published, '2024-11-19T14:20:11+03:00');
  // The forwarded original's own date is not the post's.
  assert.equal(post(30413).published, '2024-11-19T15:02:40+03:00');
  assert.equal(post(30413).forwardedFrom, 'Дмитрий Медведев');
  assert.equal(post(30412).forwardedFrom, null);
  assert.equal(post(30416).published, '2024-11-20T09:15:00');
  assert.equal(post(30416).author, 'Пресс-служба');
  const table: [string, string | null][] = [
    ['19.11.2024 14:20:11 UTC+03:00', '2024-11-19T14:20:11+03:00'],
    ['01.02.2023 08:05:09 UTC-05:00', '2023-02-01T08:05:09-05:00'],
    ['01.02.2023 08:05:09', '2023-02-01T08:05:09'],
    ['2023-02-01 08:05', null],
    ['', null],
  ];
  for (const [title, expected] of table) assert.equal(exportDate(title), expected, title);
});

test('only a page with a history of message blocks is an export', () => {
  assert.equal(isTelegramHtmlExport(html), true);
  const article = '<html><body><article><p>Our guide to the Telegram "message default" CSS class and the div class="history".</p></article></body></html>';
  assert.equal(isTelegramHtmlExport(article), false);
  assert.throws(() => parseTelegramHtmlExport(article, 'page.html'), (e: unknown) => e instanceof TelegramExportError && /^page\.html: not a Telegram HTML export/.test(e.message));
});

test('the input edge reads an HTML export as one document per post, and names the unreadable message', async () => {
  const items: InputItem[] = [];
  for await (const item of readInputs([FIXTURE])) items.push(item);
  const docs = items.flatMap((i) => (i.ok ? [i.doc] : []));
  assert.deepEqual(
    docs.map((d) => d.source),
    ['telegram:МИД России 🇷🇺/30412', 'telegram:МИД России 🇷🇺/30413', 'telegram:МИД России 🇷🇺/30416'],
  );
  assert.equal(docs[1]?.format, 'text');
  assert.equal(docs[1]?.meta.author, 'Дмитрий Медведев');
  assert.equal(docs[0]?.meta.title, 'Комментарий официального представителя МИД России в связи с обновлением ядерной доктрины');
  assert.equal(docs[2]?.meta.author, 'Пресс-служба');
  const failures = items.flatMap((i) => (i.ok ? [] : [i.failure]));
  assert.equal(failures.length, 1);
  assert.match(`${failures[0]?.source}: ${failures[0]?.error}`, /messages\.html#\?: unreadable Telegram message$/);
});
