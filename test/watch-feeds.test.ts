/**
 * `brink watch` against real local servers (127.0.0.1): feeds that change
 * between rounds, conditional GETs, failures of every kind, duplicate items,
 * metadata precedence, the Telegram fixture and the drop folder.
 */
import assert from 'node:assert/strict';
import { appendFileSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import zlib from 'node:zlib';
import Database from 'better-sqlite3';
import { openStore } from '../src/store/index.ts';
import { createWatcher, parseConfig, type SourceReport, type Watcher } from '../src/watch/index.ts';
import { articleHtml, generatedArticle, rssXml, type FeedItemSpec } from '../src/watch/testing/news.ts';
import { serve, startServer, type TestServer } from '../src/watch/testing/server.ts';

const dir = mkdtempSync(join(tmpdir(), 'brink-watch-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** Politeness and backoff shrunk to nothing: these tests are about behaviour, not pace. */
// No timeout here: the fetcher's default applies (a test about timeouts sets its own in the config), so a
// loaded machine, whose pipeline runs in the same process as these servers, cannot turn a slow answer into a retry.
const FAST = { hostDelayMs: 0, backoffBaseMs: 5, backoffCapMs: 20, attempts: 2 };

let counter = 0;
function setup(yaml: string): { watcher: Watcher; store: string; logs: string[] } {
  const base = join(dir, `case-${++counter}`);
  mkdirSync(base);
  const store = join(base, 'brink.db');
  const logs: string[] = [];
  const config = parseConfig(yaml, join(base, 'watch.yaml'));
  const watcher = createWatcher({ config, store, stdout: process.stdout, log: (l) => logs.push(l), fetch: FAST });
  return { watcher, store, logs };
}

function report(reports: readonly SourceReport[], name: string): SourceReport {
  const r = reports.find((x) => x.name === name);
  assert.ok(r, `no report for ${name}: ${reports.map((x) => x.name).join(', ')}`);
  return r;
}

function query<T>(store: string, sql: string, ...params: unknown[]): T[] {
  const db = new Database(store, { readonly: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

function itemFor(server: TestServer, n: number): FeedItemSpec {
  const a = generatedArticle(n, server.origin);
  return { title: a.title, link: a.link, guid: `item-${n}`, pubDate: new Date(a.published!).toUTCString() };
}

function serveArticles(server: TestServer, count: number): void {
  for (let n = 0; n < count; n++) server.route(`/articles/${n}`, serve(articleHtml(generatedArticle(n, server.origin)), 'text/html; charset=utf-8'));
}

test('new items between rounds are stored once; an unchanged feed is a 304', async () => {
  const server = await startServer();
  serveArticles(server, 5);
  let items = [0, 1, 2].map((n) => itemFor(server, n));
  let version = 1;
  server.route('/feed.xml', (req, res) => {
    const etag = `"v${version}"`;
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/rss+xml', etag }).end(rssXml('Wire', server.origin, items));
  });
  const { watcher, store } = setup(`sources:\n  - {name: wire, type: rss, url: "${server.origin}/feed.xml"}\n`);
  try {
    const first = report((await watcher.runRound({ all: true })).sources, 'wire');
    assert.deepEqual([first.status, first.listed, first.fresh, first.stored, first.failed], ['ok', 3, 3, 3, 0], first.problems.join('\n'));

    const second = report((await watcher.runRound({ all: true })).sources, 'wire');
    assert.equal(second.status, 'not-modified');
    assert.equal(server.hits('/feed.xml').at(-1)?.headers['if-none-match'], '"v1"');

    items = [3, 4, ...items].map((n) => (typeof n === 'number' ? itemFor(server, n) : n));
    version = 2;
    const third = report((await watcher.runRound({ all: true })).sources, 'wire');
    assert.deepEqual([third.listed, third.fresh, third.stored], [5, 2, 2]);
    for (let n = 0; n < 5; n++) assert.equal(server.hits(`/articles/${n}`).length, 1, `article ${n} fetched once`);

    const docs = query<{ source: string; published_date: string; title: string }>(store, 'SELECT source, published_date, title FROM documents ORDER BY source');
    assert.equal(docs.length, 5);
    assert.deepEqual(docs.map((d) => d.source), [0, 1, 2, 3, 4].map((n) => `${server.origin}/articles/${n}`));
    const items5 = query<{ status: string }>(store, "SELECT status FROM watch_items WHERE status = 'stored'");
    assert.equal(items5.length, 5);
  } finally {
    await watcher.close();
    await server.close();
  }
});

test('the same article in two feeds is fetched and stored once', async () => {
  const server = await startServer();
  serveArticles(server, 4);
  const shared = itemFor(server, 0);
  server.route('/a.xml', serve(rssXml('A', server.origin, [shared, itemFor(server, 1)]), 'application/rss+xml'));
  // Feed B lists the same article with a tracking parameter and a fragment: still the same article.
  server.route('/b.xml', serve(rssXml('B', server.origin, [{ ...shared, link: `${shared.link}?utm_source=rss#top` }, itemFor(server, 2)]), 'application/rss+xml'));
  const { watcher, store } = setup(`sources:\n  - {name: a, type: rss, url: "${server.origin}/a.xml"}\n  - {name: b, type: rss, url: "${server.origin}/b.xml"}\n`);
  try {
    await watcher.runRound({ all: true });
    await watcher.runRound({ all: true });
    assert.equal(server.hits('/articles/0').length, 1);
    assert.equal(query(store, 'SELECT id FROM documents').length, 3);
    assert.equal(query(store, 'SELECT * FROM document_sources').length, 3);
  } finally {
    await watcher.close();
    await server.close();
  }
});

test('broken sources fail alone, each error naming the source; a 500 is retried next round', async () => {
  const server = await startServer();
  serveArticles(server, 2);
  let healthy = false;
  server.route('/flaky.xml', (_req, res) => {
    if (healthy) res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rssXml('Flaky', server.origin, [itemFor(server, 0)]));
    else res.writeHead(500, { 'content-type': 'text/plain' }).end('oops');
  });
  server.route('/invalid.xml', serve('<?xml version="1.0"?>\n<rss><channel>\n<item><title>Cut', 'application/rss+xml'));
  server.route('/html.xml', serve('<!doctype html><html><body>Moved</body></html>', 'text/html'));
  server.route('/huge.xml', serve(Buffer.alloc(2 * 1024 * 1024, 'x'), 'application/rss+xml'));
  server.route('/good.xml', serve(rssXml('Good', server.origin, [itemFor(server, 1)]), 'application/rss+xml'));
  const yaml = [
    'fetch: {max_bytes: 1MB}',
    'sources:',
    ...['flaky', 'invalid', 'html', 'huge', 'good'].map((n) => `  - {name: ${n}, type: rss, url: "${server.origin}/${n}.xml"}`),
  ].join('\n');
  const { watcher, store } = setup(yaml);
  try {
    const round = (await watcher.runRound({ all: true })).sources;
    assert.match(report(round, 'flaky').error ?? '', /flaky\.xml: HTTP 500/);
    assert.equal(server.hits('/flaky.xml').length, 2, 'retried within the round (attempts: 2)');
    assert.match(report(round, 'invalid').error ?? '', /invalid\.xml: invalid XML: line \d: element <\w+> is not closed/);
    assert.match(report(round, 'html').error ?? '', /html\.xml: expected an XML feed, got 'text\/html'/);
    assert.match(report(round, 'huge').error ?? '', /huge\.xml: body (of \d+ bytes announced, limit|over) 1048576/);
    assert.equal(report(round, 'good').stored, 1);
    const failures = query<{ name: string; failures: number }>(store, 'SELECT name, failures FROM watch_sources WHERE last_error IS NOT NULL ORDER BY name');
    assert.deepEqual(failures.map((f) => f.name), ['flaky', 'html', 'huge', 'invalid']);

    healthy = true;
    const again = (await watcher.runRound({ all: true })).sources;
    assert.equal(report(again, 'flaky').stored, 1);
    assert.equal(query(store, "SELECT * FROM watch_sources WHERE name = 'flaky' AND last_error IS NULL AND failures = 0").length, 1);
  } finally {
    await watcher.close();
    await server.close();
  }
});

test('article pages that fail: robots, redirect loop, gzip bomb, wrong type, timeout', async () => {
  const server = await startServer();
  const long = 'Officials said the consultations would continue next week. '.repeat(6);
  const item = (path: string, description?: string): FeedItemSpec => ({ title: `Item ${path}`, link: `${server.origin}${path}`, pubDate: 'Tue, 19 Nov 2024 10:00:00 GMT', ...(description ? { description } : {}) });
  server.route('/robots.txt', serve('User-agent: *\nDisallow: /private/\n', 'text/plain'));
  server.route('/private/secret', serve(articleHtml(generatedArticle(1, server.origin)), 'text/html'));
  server.route('/loop', (_req, res) => {
    res.writeHead(302, { location: '/loop2' }).end();
  });
  server.route('/loop2', (_req, res) => {
    res.writeHead(302, { location: '/loop' }).end();
  });
  server.route('/bomb', serve(zlib.gzipSync(Buffer.alloc(48 * 1024 * 1024, ' ')), 'text/html', { 'content-encoding': 'gzip' }));
  server.route('/report.pdf', serve('%PDF-1.7 ...', 'application/pdf'));
  let slow = true;
  server.route('/slow', (_req, res) => {
    if (!slow) {
      res.writeHead(200, { 'content-type': 'text/html' }).end(articleHtml(generatedArticle(5, server.origin)));
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html' });
    res.write('<!doctype html><html><body>');
    const timer = setInterval(() => res.write(' '), 100);
    res.on('close', () => clearInterval(timer));
  });
  server.route(
    '/feed.xml',
    serve(
      rssXml('Mixed', server.origin, [
        item('/private/secret', long), // robots: the feed's text stands in
        item('/loop'), // no text in the feed: given up
        item('/bomb'),
        item('/report.pdf', long),
        item('/slow'),
      ]),
      'application/rss+xml',
    ),
  );
  const { watcher, store } = setup(`fetch: {max_decoded_bytes: 4MB, timeout: 400ms}\nsources:\n  - {name: mixed, type: rss, url: "${server.origin}/feed.xml"}\n`);
  try {
    const r = report((await watcher.runRound({ all: true })).sources, 'mixed');
    assert.equal(server.hits('/private/secret').length, 0, 'robots.txt forbids it');
    const rows = Object.fromEntries(
      query<{ key: string; status: string; detail: string | null }>(store, 'SELECT key, status, detail FROM watch_items').map((row) => [new URL(row.key).pathname, row]),
    );
    assert.equal(rows['/private/secret']?.status, 'stored');
    assert.match(rows['/private/secret']?.detail ?? '', /robots\.txt of 127\.0\.0\.1:\d+ disallows/);
    assert.equal(rows['/loop']?.status, 'failed');
    assert.match(rows['/loop']?.detail ?? '', /redirect loop/);
    assert.equal(rows['/bomb']?.status, 'failed');
    assert.match(rows['/bomb']?.detail ?? '', /decompressed body over 4194304 bytes/);
    assert.equal(rows['/report.pdf']?.status, 'stored', 'the feed text stands in for a PDF');
    assert.equal(rows['/slow']?.status, 'retry');
    assert.deepEqual([r.stored, r.failed, r.retry], [2, 2, 1]);
    // The feed is not marked done while an item waits for a retry: no validators kept.
    assert.equal(query(store, "SELECT * FROM watch_sources WHERE name = 'mixed' AND etag IS NULL").length, 1);

    slow = false;
    const next = report((await watcher.runRound({ all: true })).sources, 'mixed');
    assert.deepEqual([next.fresh, next.stored], [1, 1], 'only the item left to retry is done again');
    assert.equal(query<{ status: string }>(store, "SELECT status FROM watch_items WHERE key LIKE '%/slow'")[0]?.status, 'stored');
  } finally {
    await watcher.close();
    await server.close();
  }
});

test("the page's metadata wins over the feed's, the feed's over the text", async () => {
  const server = await startServer();
  const dated = generatedArticle(1, server.origin);
  server.route('/dated', serve(articleHtml({ ...dated, published: '2024-11-19T08:00:00Z', title: 'Page headline' }), 'text/html'));
  const undated = generatedArticle(2, server.origin);
  server.route('/undated', serve(articleHtml({ title: undated.title, paragraphs: undated.paragraphs }), 'text/html'));
  server.route(
    '/feed.xml',
    serve(
      rssXml('Wire', server.origin, [
        { title: 'Feed headline', link: `${server.origin}/dated`, pubDate: 'Thu, 21 Nov 2024 09:00:00 GMT' },
        { title: 'Feed headline two', link: `${server.origin}/undated`, pubDate: 'Fri, 22 Nov 2024 07:30:00 +0100' },
      ]),
      'application/rss+xml',
    ),
  );
  const { watcher, store } = setup(`sources:\n  - {name: wire, type: rss, url: "${server.origin}/feed.xml"}\n`);
  try {
    await watcher.runRound({ all: true });
    const docs = query<{ source: string; title: string; published_date: string; published_method: string }>(
      store,
      'SELECT source, title, published_date, published_method FROM documents ORDER BY source',
    );
    assert.deepEqual(docs, [
      { source: `${server.origin}/dated`, title: 'Page headline', published_date: '2024-11-19', published_method: 'metadata' },
      { source: `${server.origin}/undated`, title: undated.title, published_date: '2024-11-22', published_method: 'metadata' },
    ]);
  } finally {
    await watcher.close();
    await server.close();
  }
});

test('a Telegram export: posts stored as telegram:<channel>/<id>, dated; a re-export adds only what changed', async () => {
  const exportDir = join(dir, 'tg-export');
  mkdirSync(exportDir);
  const file = join(exportDir, 'result.json');
  copyFileSync(new URL('../src/input/fixtures/telegram-result.json', import.meta.url), file);
  const { watcher, store } = setup(`sources:\n  - {name: mid, type: telegram, path: "${exportDir}", channel: MID_Russia, lang: ru}\n`);
  try {
    const first = report((await watcher.runRound({ all: true })).sources, 'mid');
    assert.deepEqual([first.status, first.listed, first.stored + first.present, first.failed], ['ok', 9, 9, 0], first.problems.join('\n'));
    const docs = query<{ source: string; url: string; published_date: string; lang: string }>(store, "SELECT d.source, d.url, d.published_date, d.lang FROM documents d ORDER BY d.source");
    const medvedev = docs.find((d) => d.source === 'telegram:MID_Russia/30413');
    assert.deepEqual(medvedev, { source: 'telegram:MID_Russia/30413', url: 'https://t.me/MID_Russia/30413', published_date: '2024-11-19', lang: 'ru' });
    assert.ok(docs.every((d) => /^telegram:MID_Russia\/\d+$/.test(d.source)));
    const forwarded = query<{ meta: string }>(store, "SELECT meta FROM watch_items WHERE key = 'telegram:MID_Russia/30413'")[0];
    assert.equal((JSON.parse(forwarded?.meta ?? '{}') as { forwardedFrom?: string }).forwardedFrom, 'Дмитрий Медведев');

    assert.equal(report((await watcher.runRound({ all: true })).sources, 'mid').status, 'not-modified');

    // A new export: one post edited, one new post.
    const data = JSON.parse((await import('node:fs')).readFileSync(file, 'utf8')) as { messages: Record<string, unknown>[] };
    const edited = data.messages.find((m) => m['id'] === 30418)!;
    edited['text'] = `${String(edited['text'])} Позднее МИД уточнил формулировку заявления.`;
    edited['edited'] = '2024-11-23T09:00:00';
    edited['edited_unixtime'] = '1732341600';
    data.messages.push({ id: 30430, type: 'message', date: '2024-11-23T12:00:00', date_unixtime: '1732352400', from: 'МИД России 🇷🇺', from_id: 'channel1113603034', text: 'Россия и США провели консультации по вопросам стратегической стабильности в Женеве.', text_entities: [] });
    writeFileSync(file, JSON.stringify(data));
    const third = report((await watcher.runRound({ all: true })).sources, 'mid');
    assert.deepEqual([third.listed, third.fresh, third.stored], [10, 2, 2]);
  } finally {
    await watcher.close();
  }
});

test('a Telegram HTML export folder: every messages*.html page read, posts named by the channel; a new page is picked up', async () => {
  const exportDir = join(dir, 'tg-html-export');
  mkdirSync(exportDir);
  const page = readFileSync(new URL('../src/input/fixtures/telegram-html/messages.html', import.meta.url), 'utf8');
  writeFileSync(join(exportDir, 'messages.html'), page);
  const { watcher, store } = setup(`sources:\n  - {name: mid-html, type: telegram, path: "${exportDir}", lang: ru}\n`);
  try {
    const first = report((await watcher.runRound({ all: true })).sources, 'mid-html');
    assert.deepEqual([first.status, first.listed, first.stored + first.present, first.failed], ['ok', 3, 3, 0], first.problems.join('\n'));
    const sources = query<{ source: string }>(store, 'SELECT source FROM documents ORDER BY source').map((d) => d.source);
    assert.deepEqual(sources, ['telegram:МИД России 🇷🇺/30412', 'telegram:МИД России 🇷🇺/30413', 'telegram:МИД России 🇷🇺/30416']);
    assert.equal(report((await watcher.runRound({ all: true })).sources, 'mid-html').status, 'not-modified');

    // The exporter's second page: later posts of the same channel.
    const later = page.replace(/id="message30412"/, 'id="message30501"').replace('19.11.2024 14:20:11 UTC+03:00', '25.11.2024 10:00:00 UTC+03:00')
      .replace('Обновлённые Основы носят сугубо оборонительный характер.', 'Консультации по стратегической стабильности пройдут в Женеве в декабре.');
    writeFileSync(join(exportDir, 'messages2.html'), later);
    const second = report((await watcher.runRound({ all: true })).sources, 'mid-html');
    assert.deepEqual([second.listed, second.fresh, second.stored], [6, 1, 1]);
  } finally {
    await watcher.close();
  }
});

test('a public channel read live from its web preview: posts stored as telegram:<channel>/<id>; the next poll adds only new posts; a page that is no channel fails alone', async () => {
  const server = await startServer();
  let page = readFileSync(new URL('../src/input/fixtures/telegram-web/medvedev_telegram.html', import.meta.url), 'utf8');
  server.route('/s/medvedev_telegram', (req, res, url) => serve(page, 'text/html; charset=utf-8')(req, res, url));
  server.route('/s/not_a_channel', serve('<html><body><p>Nothing here.</p></body></html>', 'text/html; charset=utf-8'));
  const { watcher, store } = setup(
    `sources:\n  - {type: telegram-channel, channel: medvedev_telegram, url: "${server.origin}/s/medvedev_telegram", lang: ru}\n` +
      `  - {name: broken, type: telegram-channel, channel: not_a_channel, url: "${server.origin}/s/not_a_channel"}\n`,
  );
  try {
    const round = (await watcher.runRound({ all: true })).sources;
    const first = report(round, 't.me:medvedev_telegram');
    assert.deepEqual([first.status, first.listed, first.stored, first.failed], ['ok', 2, 2, 0], first.problems.join('\n'));
    const broken = report(round, 'broken');
    assert.equal(broken.status, 'error');
    assert.match(broken.error ?? '', /not_a_channel: not a Telegram channel preview page/);
    const docs = query<{ source: string; url: string; published_date: string }>(store, 'SELECT source, url, published_date FROM documents ORDER BY source');
    assert.deepEqual(docs, [
      { source: 'telegram:medvedev_telegram/501', url: 'https://t.me/medvedev_telegram/501', published_date: '2025-03-06' },
      { source: 'telegram:medvedev_telegram/503', url: 'https://t.me/medvedev_telegram/503', published_date: '2025-03-07' },
    ]);
    // The forwarded post speaks for its origin, not for the channel that reposted it.
    const forwarded = query<{ meta: string }>(store, "SELECT meta FROM watch_items WHERE key = 'telegram:medvedev_telegram/503'")[0];
    assert.equal((JSON.parse(forwarded?.meta ?? '{}') as { forwardedFrom?: string }).forwardedFrom, 'МИД России 🇷🇺');

    const again = report((await watcher.runRound({ all: true })).sources, 't.me:medvedev_telegram');
    assert.deepEqual([again.listed, again.fresh, again.stored], [2, 0, 0]);
    page = page.replace('data-post="medvedev_telegram/504"', 'data-post="medvedev_telegram/505"').replace(
      '<a class="tgme_widget_message_photo_wrap"',
      '<div class="tgme_widget_message_text js-message_text" dir="auto">Переговоры о стратегической стабильности без учёта ядерных арсеналов Великобритании и Франции невозможны.</div><a class="tgme_widget_message_photo_wrap"',
    );
    const third = report((await watcher.runRound({ all: true })).sources, 't.me:medvedev_telegram');
    assert.deepEqual([third.listed, third.fresh, third.stored], [3, 1, 1]);
  } finally {
    await watcher.close();
    await server.close();
  }
});

test('a channel that posted more than a page between two polls: older preview pages are read back to the last stored post; a page back that fails is named and the rest kept', async () => {
  const server = await startServer();
  const fixture = readFileSync(new URL('../src/input/fixtures/telegram-web/medvedev_telegram.html', import.meta.url), 'utf8');
  // The fixture's four posts (501 and 503 with text) renumbered as the page of posts `first`…`first + 3`, their words made distinct.
  const pageFrom = (first: number) =>
    fixture.replace(/medvedev_telegram\/50(\d)/g, (_m, d: string) => `medvedev_telegram/${first + Number(d) - 1}`).replace('Любые иностранные войска', `Любые (${first}) иностранные войска`).replace('Переслано', `Переслано ${first}`);
  const pages = new Map<string, number | 'fail'>([['', 501]]);
  server.route('/s/medvedev_telegram', (req, res, url) => {
    const page = pages.get(url.searchParams.get('before') ?? '');
    if (page === undefined || page === 'fail') return void res.writeHead(page ? 500 : 404, { 'content-type': 'text/plain' }).end('no');
    return serve(pageFrom(page), 'text/html; charset=utf-8')(req, res, url);
  });
  const { watcher, store } = setup(`sources:\n  - {type: telegram-channel, channel: medvedev_telegram, url: "${server.origin}/s/medvedev_telegram", lang: ru}\n`);
  const stored = () => query<{ key: string }>(store, "SELECT key FROM watch_items WHERE status = 'stored' ORDER BY key").map((r) => r.key.replace('telegram:medvedev_telegram/', ''));
  const befores = () => server.requests.filter((r) => r.path === '/s/medvedev_telegram').length;
  try {
    // First poll: the latest page only, never the channel's history.
    const first = report((await watcher.runRound({ all: true })).sources, 't.me:medvedev_telegram');
    assert.deepEqual([first.listed, first.fresh, first.problems], [2, 2, []]);
    assert.equal(befores(), 1);

    // Twelve posts later: the latest page (521…) holds none stored, nor does the one before it (511…); the one before that (501…) does.
    pages.set('', 521).set('521', 511).set('511', 501);
    const caught = report((await watcher.runRound({ all: true })).sources, 't.me:medvedev_telegram');
    assert.deepEqual([caught.listed, caught.fresh, caught.problems], [6, 4, []]);
    assert.deepEqual(stored(), ['501', '503', '511', '513', '521', '523']);
    assert.equal(befores(), 4);

    // A page back that fails: the poll keeps the latest page's posts and says what it could not read.
    pages.set('', 541).set('541', 'fail');
    const failed = report((await watcher.runRound({ all: true })).sources, 't.me:medvedev_telegram');
    assert.equal(failed.status, 'ok');
    assert.deepEqual([failed.listed, failed.fresh], [2, 2]);
    assert.match(failed.problems.join('\n'), /before=541: .*posts before medvedev_telegram\/541 not read back/);
    assert.deepEqual(stored(), ['501', '503', '511', '513', '521', '523', '541', '543']);
  } finally {
    await watcher.close();
    await server.close();
  }
});

test('a drop folder ingests files once they stop growing', async () => {
  const inbox = join(dir, 'inbox');
  mkdirSync(inbox);
  writeFileSync(join(inbox, 'done.txt'), 'Le ministre a déclaré jeudi que la dissuasion nucléaire française restait strictement défensive.\n\nIl a ajouté que les consultations avec les alliés se poursuivraient.');
  writeFileSync(join(inbox, '.hidden.txt'), 'not for us');
  writeFileSync(join(inbox, 'download.part'), 'not finished');
  const growing = join(inbox, 'growing.jsonl');
  writeFileSync(growing, '');
  const { watcher, store } = setup(`sources:\n  - {name: inbox, type: folder, path: "${inbox}", settle: 300ms}\n`);
  // A writer appends a record every 20 ms for as long as the first round runs: the file never settles.
  let line = 0;
  const writer = setInterval(() => {
    appendFileSync(growing, JSON.stringify({ text: `Record ${line} of a file still being written, about the talks in Geneva, number ${line}.`, url: `https://example.org/r/${line}` }) + '\n');
    line++;
  }, 20);
  try {
    let first;
    try {
      first = report((await watcher.runRound({ all: true })).sources, 'inbox');
    } finally {
      clearInterval(writer);
    }
    assert.deepEqual([first.stored, first.failed], [1, 0], first.problems.join('\n'));
    assert.deepEqual(query<{ source: string }>(store, 'SELECT source FROM documents').map((d) => d.source), [join(inbox, 'done.txt')]);

    const second = report((await watcher.runRound({ all: true })).sources, 'inbox');
    assert.equal(second.stored, 1, 'the finished file, as one item');
    const records = query<{ source: string }>(store, 'SELECT source FROM documents WHERE source LIKE ?', `${growing}:%`);
    assert.equal(records.length, line, 'every record of the finished file');
    const third = report((await watcher.runRound({ all: true })).sources, 'inbox');
    assert.equal(third.fresh, 0);
  } finally {
    await watcher.close();
  }
});

test('a news sitemap index: the newest sitemaps are read and their articles fetched', async () => {
  const server = await startServer();
  serveArticles(server, 3);
  const urlset = (ns: number[]) =>
    `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">${ns
      .map((n) => `<url><loc>${server.origin}/articles/${n}</loc><news:news><news:publication><news:name>Wire</news:name><news:language>en</news:language></news:publication><news:publication_date>2024-11-2${n}T08:00:00Z</news:publication_date><news:title>Item ${n}</news:title></news:news></url>`)
      .join('')}</urlset>`;
  server.route('/sitemap-1.xml', serve(urlset([0, 1]), 'application/xml'));
  server.route('/sitemap-2.xml', serve(urlset([1, 2]), 'application/xml'));
  server.route(
    '/sitemap-index.xml',
    serve(
      `<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>${server.origin}/sitemap-1.xml</loc><lastmod>2024-11-20</lastmod></sitemap><sitemap><loc>${server.origin}/sitemap-2.xml</loc><lastmod>2024-11-22</lastmod></sitemap></sitemapindex>`,
      'application/xml',
    ),
  );
  const { watcher, store } = setup(`sources:\n  - {name: news, type: sitemap, url: "${server.origin}/sitemap-index.xml"}\n`);
  try {
    const r = report((await watcher.runRound({ all: true })).sources, 'news');
    assert.deepEqual([r.listed, r.fresh, r.stored], [4, 3, 3], r.problems.join('\n'));
    for (let n = 0; n < 3; n++) assert.equal(server.hits(`/articles/${n}`).length, 1);
    assert.equal(query(store, 'SELECT id FROM documents').length, 3);
  } finally {
    await watcher.close();
    await server.close();
  }
});

test('state survives a new watcher on the same store: nothing is fetched twice', async () => {
  const server = await startServer();
  serveArticles(server, 3);
  server.route('/feed.xml', serve(rssXml('Wire', server.origin, [0, 1, 2].map((n) => itemFor(server, n))), 'application/rss+xml'));
  const yaml = `sources:\n  - {name: wire, type: rss, url: "${server.origin}/feed.xml"}\n`;
  const { watcher, store } = setup(yaml);
  await watcher.runRound({ all: true });
  await watcher.close();
  const config = parseConfig(yaml, join(dir, 'again.yaml'));
  const again = createWatcher({ config, store, stdout: process.stdout, log: () => undefined, fetch: FAST });
  try {
    const r = report((await again.runRound({ all: true })).sources, 'wire');
    assert.equal(r.fresh, 0);
    for (let n = 0; n < 3; n++) assert.equal(server.hits(`/articles/${n}`).length, 1);
    const s = openStore(store, { readonly: true });
    assert.equal((await s.counts()).documents, 3);
    await s.close();
  } finally {
    await again.close();
    await server.close();
  }
});
