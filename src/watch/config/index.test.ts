import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ConfigFileError, DEFAULT_INTERVAL_MS, loadConfig, parseConfig } from './index.ts';

const GOOD = `# a watch config
store: ../state/brink.db
dashboard: https://brink.example.org
defaults:
  interval: 10m
fetch:
  timeout: 15s
  max_bytes: 2MB
  per_host: 1
sources:
  - name: wire
    type: rss
    url: https://wire.example.org/world/rss.xml
    interval: 5m
    lang: en
  - type: sitemap
    url: https://zeitung.example.de/sitemap-news.xml
    articles: false
  - type: telegram
    path: exports/mid/result.json
    channel: MID_Russia
  - type: telegram-channel
    channel: medvedev_telegram
    interval: 1h
  - type: folder
    path: inbox
    settle: 3s
rules:
  - name: ru-official-threat
    type: THREAT
    country: ru
    actor_kind: official
    min_severity: 4
    channels: [ops]
  - name: posture-or-doctrine
    type: [POSTURE, DOCTRINE]
  - name: newcomer
    new_actor: true
alerts:
  - type: stdout
  - type: jsonl
    path: alerts.jsonl
  - type: webhook
    name: ops
    url: https://hooks.example.org/brink
    secret_env: BRINK_TEST_SECRET
`;

test('a full config: defaults applied, paths resolved against the file, names given', () => {
  const config = parseConfig(GOOD, '/etc/brink/watch.yaml', { BRINK_TEST_SECRET: 'a-long-enough-secret-value' });
  assert.equal(config.store, '/etc/state/brink.db');
  assert.equal(config.dashboard, 'https://brink.example.org');
  assert.deepEqual(config.fetch, { timeoutMs: 15_000, maxBytes: 2 * 1024 * 1024, maxPerHost: 1 });
  const [wire, sitemap, telegram, channel, folder] = config.sources;
  assert.ok(wire?.type === 'rss' && wire.name === 'wire' && wire.intervalMs === 300_000 && wire.articles && wire.lang === 'en');
  assert.ok(sitemap?.type === 'sitemap' && sitemap.name === 'zeitung.example.de-sitemap-news.xml' && !sitemap.articles);
  assert.equal(sitemap.intervalMs, 600_000, 'defaults.interval');
  assert.ok(telegram?.type === 'telegram' && telegram.path === '/etc/brink/exports/mid/result.json' && telegram.channel === 'MID_Russia');
  assert.ok(channel?.type === 'telegram-channel' && channel.name === 't.me:medvedev_telegram' && channel.url === 'https://t.me/s/medvedev_telegram' && channel.intervalMs === 3_600_000);
  assert.ok(folder?.type === 'folder' && folder.path === '/etc/brink/inbox' && folder.settleMs === 3_000);
  assert.deepEqual(config.rules[0], { name: 'ru-official-threat', type: ['THREAT'], country: ['RU'], actorKind: ['official'], minSeverity: 4, channels: ['ops'] });
  assert.deepEqual(config.rules[1]?.type, ['POSTURE', 'DOCTRINE']);
  assert.deepEqual(config.channels.map((c) => c.name), ['stdout', 'jsonl-1', 'ops']);
  const hook = config.channels[2];
  assert.ok(hook?.type === 'webhook' && hook.secret === 'a-long-enough-secret-value' && hook.attempts === 3);
});

test('an empty file is a config with nothing to watch; the default interval applies', () => {
  const config = parseConfig('sources:\n  - type: rss\n    url: https://a.example/feed\n', '/x/watch.yaml');
  assert.equal(config.sources[0]?.intervalMs, DEFAULT_INTERVAL_MS);
  assert.deepEqual(parseConfig('', '/x/watch.yaml').sources, []);
});

function problems(text: string, env: NodeJS.ProcessEnv = {}): string[] {
  try {
    parseConfig(text, 'watch.yaml', env);
  } catch (error) {
    assert.ok(error instanceof ConfigFileError);
    return error.problems.map((p) => `${p.line}:${p.column} ${p.field}: ${p.message}`);
  }
  assert.fail('expected the config to be refused');
}

test('every mistake is reported with its line and field', () => {
  const text = [
    'sources:', // 1
    '  - type: rss', // 2
    '    url: not-a-url', // 3
    '    interval: soon', // 4
    '  - type: podcast', // 5
    '    url: https://a.example/feed', // 6
    '  - type: folder', // 7
    '    pth: inbox', // 8
    'rules:', // 9
    '  - name: r1', // 10
    '    type: THREAD', // 11
    '    min_severty: 4', // 12
    '  - name: r2', // 13
    '    min_severity: 12', // 14
    '    channels: [nowhere]', // 15
  ].join('\n');
  const found = problems(text);
  const expect = (pattern: RegExp) => assert.ok(found.some((p) => pattern.test(p)), `${pattern} not in:\n${found.join('\n')}`);
  expect(/^3:10 sources\[0\]\.url: expected an http\(s\) URL/);
  expect(/^4:15 sources\[0\]\.interval: expected a duration like 30s/);
  expect(/^5:11 sources\[1\]\.type: unknown type "podcast"; expected one of rss, atom, sitemap, telegram, telegram-channel, folder/);
  expect(/^7:5 sources\[2\]\.path: missing/);
  expect(/^8:5 sources\[2\]\.pth: unknown field/);
  expect(/^11:11 rules\[0\]\.type: expected one of "THREAT"/);
  expect(/^12:5 rules\[0\]\.min_severty: unknown field/);
  expect(/^14:19 rules\[1\]\.min_severity: /);
});

test('cross-field mistakes: duplicate names, unknown channels, unset secrets', () => {
  const text = [
    'sources:',
    '  - {name: a, type: rss, url: "https://a.example/feed"}',
    '  - {name: a, type: atom, url: "https://b.example/feed"}',
    'rules:',
    '  - {name: r, channels: [pager]}',
    'alerts:',
    '  - {type: webhook, url: "https://hooks.example", secret_env: BRINK_UNSET_SECRET}',
  ].join('\n');
  const found = problems(text, {});
  assert.ok(found.some((p) => /^3:\d+ sources\[1\]\.name: source name 'a' is used twice/.test(p)), found.join('\n'));
  assert.ok(found.some((p) => /^5:\d+ rules\[0\]\.channels\[0\]: no alert channel named 'pager'/.test(p)), found.join('\n'));
  assert.ok(found.some((p) => /^7:\d+ alerts\[0\]\.secret_env: environment variable BRINK_UNSET_SECRET/.test(p)), found.join('\n'));
});

test('YAML syntax errors and missing files name the file and line', () => {
  const found = problems('sources:\n  - type: rss\n   url: [broken\n');
  assert.ok(found.length > 0 && /^\d+:\d+ /.test(found[0]!), found.join('\n'));
  assert.throws(() => loadConfig('/nonexistent/watch.yaml'), /\/nonexistent\/watch\.yaml:\?:\?: no such file/);
});
