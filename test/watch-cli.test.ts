/** `brink watch` through main(): config errors, --once exit codes, the shipped default source list. */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { runCli } from '../src/cli/testing.ts';
import { DEFAULT_CONFIG } from '../src/cli/commands/watch.ts';
import { loadConfig } from '../src/watch/index.ts';
import { articleHtml, generatedArticle, rssXml } from '../src/watch/testing/news.ts';
import { serve, startServer } from '../src/watch/testing/server.ts';

const dir = mkdtempSync(join(tmpdir(), 'brink-watch-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('watch --help shows the usage', async () => {
  const r = await runCli(['watch', '--help']);
  assert.equal(r.code, 0);
  assert.match(r.stdout, /Usage: brink watch \[config\.yaml\]/);
  assert.match(r.stdout, /--once/);
});

test('a bad config stops before any work, naming file, line and field', async () => {
  const config = join(dir, 'bad.yaml');
  writeFileSync(config, 'sources:\n  - type: rss\n    url: ftp://example.org/feed\n');
  const r = await runCli(['watch', config, '--db', join(dir, 'bad.db'), '--once']);
  assert.equal(r.code, 3);
  assert.match(r.stderr, new RegExp(`${config.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3:10: sources\\[0\\]\\.url: expected an http\\(s\\) URL`));
  const missing = await runCli(['watch', join(dir, 'nope.yaml'), '--once']);
  assert.equal(missing.code, 3);
  assert.match(missing.stderr, /nope\.yaml:\?:\?: no such file/);
});

test('--once runs one round and exits: 0 when every source worked, 1 when one failed', async () => {
  const server = await startServer();
  const a = generatedArticle(7, server.origin);
  server.route('/articles/7', serve(articleHtml(a), 'text/html'));
  server.route('/feed.xml', serve(rssXml('Wire', server.origin, [{ title: a.title, link: a.link }]), 'application/rss+xml'));
  const good = join(dir, 'good.yaml');
  writeFileSync(good, `fetch: {host_delay: 0s}\nsources:\n  - {name: wire, type: rss, url: "${server.origin}/feed.xml"}\n`);
  const bad = join(dir, 'partial.yaml');
  writeFileSync(bad, `fetch: {host_delay: 0s, attempts: 1}\nsources:\n  - {name: wire, type: rss, url: "${server.origin}/feed.xml"}\n  - {name: gone, type: rss, url: "${server.origin}/gone.xml"}\n`);
  try {
    const ok = await runCli(['watch', good, '--db', join(dir, 'good.db'), '--once']);
    assert.equal(ok.code, 0, ok.stderr);
    assert.match(ok.stderr, /brink watch: wire: 1 listed, 1 new → 1 stored/);
    const again = await runCli(['watch', good, '--db', join(dir, 'good.db'), '--once']);
    assert.equal(again.code, 0);
    assert.equal(again.stderr, '', 'nothing due: the source was polled moments ago');
    const partial = await runCli(['watch', bad, '--db', join(dir, 'partial.db'), '--once', '--quiet']);
    assert.equal(partial.code, 1);
  } finally {
    await server.close();
  }
});

test('watch on a PostgreSQL server that is not there fails at once, in one line naming it', async () => {
  const config = join(dir, 'one.yaml');
  writeFileSync(config, 'sources:\n  - {name: wire, type: rss, url: "http://127.0.0.1:9/feed.xml"}\n');
  // Port 1 on loopback: nothing listens there, so the connection is refused without leaving the machine.
  const r = await runCli(['watch', config, '--db', 'postgres://brink:secret@127.0.0.1:1/brink', '--once']);
  assert.equal(r.code, 3);
  const lines = r.stderr.trim().split('\n');
  assert.equal(lines.length, 1, r.stderr);
  assert.match(lines[0] ?? '', /^brink watch: cannot open store postgres:\/\/brink:\*\*\*@127\.0\.0\.1:1\/brink: cannot connect to 127\.0\.0\.1:1 \(connection refused\)/);
  assert.doesNotMatch(r.stderr, /secret/, 'the password is masked');
  // BRINK_DB picks the store when --db is not given.
  const saved = process.env['BRINK_DB'];
  process.env['BRINK_DB'] = 'postgres://brink@127.0.0.1:1/from_env';
  try {
    const fromEnv = await runCli(['watch', config, '--once']);
    assert.equal(fromEnv.code, 3);
    assert.match(fromEnv.stderr, /cannot open store postgres:\/\/brink@127\.0\.0\.1:1\/from_env: cannot connect/);
  } finally {
    if (saved === undefined) delete process.env['BRINK_DB'];
    else process.env['BRINK_DB'] = saved;
  }
});

test("the shipped default source list is valid, covers every language and follows officials' Telegram channels", () => {
  const config = loadConfig(DEFAULT_CONFIG);
  const enabled = config.sources.filter((s) => s.enabled);
  assert.ok(enabled.length >= 20);
  const langs = new Set(enabled.map((s) => s.lang));
  for (const lang of ['en', 'fr', 'ru', 'uk', 'de', 'es']) assert.ok(langs.has(lang), `no source in ${lang}`);
  for (const s of enabled) {
    assert.ok(s.type === 'rss' || s.type === 'atom' || s.type === 'sitemap' || s.type === 'telegram-channel', s.name);
    assert.match(s.url, /^https?:\/\/[^/]+\//, s.name);
  }
  const channels = enabled.flatMap((s) => (s.type === 'telegram-channel' ? [s.channel] : []));
  for (const channel of ['MID_Russia', 'medvedev_telegram']) assert.ok(channels.includes(channel), channel);
  assert.equal(new Set(config.sources.map((s) => s.name)).size, config.sources.length);
  assert.ok(config.rules.some((r) => r.type?.includes('THREAT') && r.country?.includes('RU') && r.minSeverity === 4));
});
