import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { flattenText, parseTelegramExport, postDate, postDocument, postMeta, TelegramExportError, type TelegramPost } from './telegram.ts';

const FIXTURE = new URL('./fixtures/telegram-result.json', import.meta.url);
const exported = parseTelegramExport(readFileSync(FIXTURE, 'utf8'), 'result.json');
const posts = exported.entries.flatMap((e) => (e.kind === 'post' ? [e.post] : []));
const post = (id: number): TelegramPost => {
  const found = posts.find((p) => p.id === id);
  assert.ok(found, `post ${id}`);
  return found;
};

test('the export: channel, posts, and skipped messages with their reasons', () => {
  assert.deepEqual(exported.channel, { name: 'МИД России 🇷🇺', type: 'public_channel', id: '1113603034' });
  const skipped = exported.entries.flatMap((e) => (e.kind === 'skipped' ? [[e.id, e.reason]] : []));
  assert.deepEqual(skipped, [
    [1, 'service message'], // channel created
    [30414, 'no text'], // photo without caption
    [30415, 'service message'], // pinned message
    [30422, 'no text'], // a bare link
    [30424, 'no text'], // a sticker
  ]);
  assert.equal(posts.length, 9);
});

test('entities are flattened: links keep their words, hashtags and mentions stay, addresses go', () => {
  const briefing = post(30416);
  assert.match(briefing.text, /Читать полностью \| @MID_Russia$/);
  assert.doesNotMatch(briefing.text, /https?:/);
  assert.match(post(30417).text, /#СНВ #стратегическая_стабильность$/);
  assert.equal(flattenText(['a ', { type: 'text_link', text: 'link', href: 'https://x' }, { type: 'bold' }, ' b']), 'a link b');
  assert.equal(flattenText(undefined, [{ type: 'plain', text: 'from entities' }]), 'from entities');
  assert.equal(flattenText(42), '');
});

test('a leading bold line is the headline; paragraphs stay separated by blank lines', () => {
  const statement = post(30412);
  assert.equal(statement.headline, 'Комментарий официального представителя МИД России в связи с утверждением обновлённых Основ государственной политики в области ядерного сдерживания');
  assert.match(statement.text, /ядерного сдерживания\n\n19 ноября Президент/);
  assert.equal(post(30418).headline, null);
});

test('dates keep the exporter offset; edits and forwards are kept', () => {
  assert.equal(post(30412).published, '2024-11-19T14:20:11+03:00');
  assert.equal(post(30420).edited, '2024-11-22T10:40:00+03:00');
  assert.equal(post(30413).forwardedFrom, 'Дмитрий Медведев');
  assert.equal(post(30412).forwardedFrom, null);
  const table: [string, unknown, string][] = [
    ['2024-11-19T14:20:11', '1732015211', '2024-11-19T14:20:11+03:00'],
    ['2024-11-19T11:20:11', 1732015211, '2024-11-19T11:20:11+00:00'],
    ['2024-11-19T06:20:11', '1732015211', '2024-11-19T06:20:11-05:00'],
    ['2024-11-19T14:20:11', undefined, '2024-11-19T14:20:11'],
    ['2024-11-19T14:20:11', '0', '2024-11-19T14:20:11'], // fields that disagree by decades: no offset invented
  ];
  for (const [date, unix, expected] of table) assert.equal(postDate(date, unix), expected, `${date} ${String(unix)}`);
});

test('a post becomes a text document named telegram:<channel>/<id>, dated and attributed to its channel', () => {
  const own = postDocument(exported.channel, post(30412), { slug: 'MID_Russia', username: 'MID_Russia', lang: 'ru' });
  assert.equal(own.meta.author, 'МИД России 🇷🇺');
  // A forwarded post is the words of the channel it comes from: its author is that channel.
  const forwarded = post(30413);
  const doc = postDocument(exported.channel, forwarded, { slug: 'MID_Russia', username: 'MID_Russia', lang: 'ru' });
  assert.deepEqual(doc, {
    source: 'telegram:MID_Russia/30413',
    content: forwarded.text,
    format: 'text',
    meta: { url: 'https://t.me/MID_Russia/30413', published: '2024-11-19T16:02:45+03:00', lang: 'ru', author: 'Дмитрий Медведев' },
  });
  assert.deepEqual(postMeta(exported.channel, forwarded), { channel: 'МИД России 🇷🇺', channelId: '1113603034', post: 30413, forwardedFrom: 'Дмитрий Медведев' });
  const unnamed = postDocument(exported.channel, post(30412), { slug: '1113603034', username: null });
  assert.equal(unnamed.source, 'telegram:1113603034/30412');
  assert.equal(unnamed.meta.url, undefined);
  assert.equal(unnamed.meta.title, post(30412).headline);
});

test('files that are not channel exports fail naming the file', () => {
  const cases: [string, RegExp][] = [
    ['{"name": "x", "messages": [', /^exp\.json: invalid JSON/],
    ['[1, 2]', /^exp\.json: not a Telegram export: expected a JSON object/],
    ['{"about": "", "chats": {"list": []}}', /no "messages" list/],
    ['{"chats": []}', /full-account export/],
  ];
  for (const [json, expected] of cases) {
    assert.throws(() => parseTelegramExport(json, 'exp.json'), (e: unknown) => e instanceof TelegramExportError && expected.test(e.message), json);
  }
  const odd = parseTelegramExport('{"messages": [null, {"id": "x"}, {"id": 5, "type": "message"}]}', 'odd.json');
  assert.deepEqual(
    odd.entries.map((e) => (e.kind === 'skipped' ? e.reason : 'post')),
    ['unreadable message', 'unreadable message', 'unreadable message'],
  );
});
