import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { readInputs, type InputItem } from './index.ts';
import { isTelegramWebPage, parseTelegramWebPage } from './telegram-web.ts';
import { TelegramExportError, type TelegramPost } from './telegram.ts';

const FIXTURE = new URL('./fixtures/telegram-web/medvedev_telegram.html', import.meta.url);
const page = readFileSync(FIXTURE, 'utf8');
const exported = parseTelegramWebPage(page, 'https://t.me/s/medvedev_telegram');
const post = (id: number): TelegramPost => {
  const entry = exported.entries.find((e) => e.kind === 'post' && e.post.id === id);
  assert.ok(entry?.kind === 'post', `post ${id}`);
  return entry.post;
};

test('the preview page: channel title and username, posts, and skipped blocks with their reasons', () => {
  assert.deepEqual(exported.channel, { name: 'Дмитрий Медведев', type: 'public_channel', id: 'medvedev_telegram' });
  assert.deepEqual(
    exported.entries.map((e) => (e.kind === 'post' ? [e.post.id, 'post'] : [e.id, e.reason])),
    [
      [501, 'post'],
      [502, 'service message'], // channel photo updated
      [503, 'post'],
      [504, 'no text'], // a photo without caption
    ],
  );
});

test("a post's own words only: a bold first line is its headline, <br> breaks lines; the replied-to post and the link preview are left out", () => {
  assert.equal(post(501).headline, 'О «миротворцах» на Украине');
  assert.equal(post(501).text, 'О «миротворцах» на Украине\n\nЛюбые иностранные войска на Украине будут законной целью для наших ударов.\nПусть в Лондоне и Париже это "запомнят".');
  assert.equal(post(503).text, 'Россия не намерена первой применять ядерное оружие, заявили в МИД.');
  assert.equal(post(503).headline, null);
});

test('dates as the page gives them (UTC), forwards and signatures kept', () => {
  assert.equal(post(501).published, '2025-03-06T09:12:44+00:00');
  assert.equal(post(503).published, '2025-03-07T14:30:00+00:00');
  assert.equal(post(503).forwardedFrom, 'МИД России 🇷🇺');
  assert.equal(post(503).author, 'Пресс-служба');
  assert.equal(post(501).forwardedFrom, null);
});

test('a page that is no channel preview is an error naming its address; a channel with no posts is an empty export', () => {
  assert.throws(
    () => parseTelegramWebPage('<html><body><h1>Sign in</h1></body></html>', 'https://t.me/s/nobody_here'),
    (e: unknown) => e instanceof TelegramExportError && /^https:\/\/t\.me\/s\/nobody_here: not a Telegram channel preview page/.test(e.message),
  );
  const empty = parseTelegramWebPage('<section class="tgme_channel_history js-message_history"></section><div class="tgme_channel_info_header_title"><span>Quiet</span></div>', 'u');
  assert.deepEqual(empty, { channel: { name: 'Quiet', type: 'public_channel', id: '' }, entries: [] });
});

test('a saved preview page is read by the input edge post by post; an article that embeds one post is an article', async () => {
  const items: InputItem[] = [];
  for await (const item of readInputs([fileURLToPath(FIXTURE)])) items.push(item);
  assert.deepEqual(
    items.map((i) => (i.ok ? i.doc.source : i.failure.error)),
    ['telegram:medvedev_telegram/501', 'telegram:medvedev_telegram/503'],
  );
  const embed = '<html><body><article><p>Medvedev wrote on Telegram:</p><script async src="https://telegram.org/js/telegram-widget.js" data-telegram-post="medvedev_telegram/501"></script></article></body></html>';
  assert.equal(isTelegramWebPage(embed), false);
  assert.equal(isTelegramWebPage(page), true);
});
