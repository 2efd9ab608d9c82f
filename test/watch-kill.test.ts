/**
 * Crash safety of `brink watch`: a real child process is SIGKILLed in the
 * middle of a round, while a local feed server serves many articles slowly.
 * After a restart every item is stored exactly once, nothing seen before the
 * kill is fetched again, and the database is intact.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import Database from 'better-sqlite3';
import { articleHtml, generatedArticle, rssXml } from '../src/watch/testing/news.ts';
import { serve, startServer } from '../src/watch/testing/server.ts';

/** Items in the feed: enough that the child is mid-round when killed. */
const ITEMS = 60;
/** Kill once this many items are marked done: well into the round, far from its end. */
const KILL_AFTER = 8;
/** Each article page takes this long to arrive, so the round lasts. */
const ARTICLE_DELAY_MS = 60;
/** Bounds on the whole exercise, so a hung child fails the test instead of hanging it. */
const CHILD_TIMEOUT_MS = 120_000;

const dir = mkdtempSync(join(tmpdir(), 'brink-watch-kill-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function count(store: string, sql: string): number {
  if (!existsSync(store)) return 0;
  try {
    const db = new Database(store, { readonly: true, fileMustExist: true });
    try {
      return db.prepare(sql).pluck().get() as number;
    } finally {
      db.close();
    }
  } catch {
    return 0; // not created or not migrated yet
  }
}

interface ChildRun {
  readonly how: string;
  readonly stderr: string;
}

function runChild(args: string[], killWhen?: () => boolean, signal: NodeJS.Signals = 'SIGKILL'): Promise<ChildRun> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', 'watch', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  const err: string[] = [];
  child.stderr.on('data', (c: Buffer) => err.push(c.toString()));
  return new Promise((resolve) => {
    let killed = false;
    const poll = setInterval(() => {
      if (!killed && killWhen?.()) killed = child.kill(signal);
    }, 10);
    const deadline = setTimeout(() => child.kill('SIGKILL'), CHILD_TIMEOUT_MS);
    child.on('exit', (code, signal) => {
      clearInterval(poll);
      clearTimeout(deadline);
      resolve({ how: signal ?? `exit ${code}`, stderr: err.join('') });
    });
  });
}

test('a watcher killed mid-round loses nothing and duplicates nothing after a restart', async () => {
  const server = await startServer();
  const timers = new Set<NodeJS.Timeout>();
  for (let n = 0; n < ITEMS; n++) {
    const html = articleHtml(generatedArticle(n, server.origin));
    server.route(`/articles/${n}`, (_req, res) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
      }, ARTICLE_DELAY_MS);
      timers.add(timer);
    });
  }
  const items = Array.from({ length: ITEMS }, (_, n) => {
    const a = generatedArticle(n, server.origin);
    return { title: a.title, link: a.link, guid: `kill-${n}`, pubDate: new Date(a.published!).toUTCString() };
  });
  server.route('/feed.xml', (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"one"' }).end(rssXml('Slow wire', server.origin, items));
  });
  const config = join(dir, 'watch.yaml');
  writeFileSync(
    config,
    [
      'fetch: {host_delay: 0s, per_host: 4, timeout: 10s}',
      `defaults: {max_items: ${ITEMS}}`,
      'sources:',
      `  - {name: slow, type: rss, url: "${server.origin}/feed.xml"}`,
      'rules:',
      '  - {name: any-threat, type: THREAT}',
      'alerts:',
      '  - {type: jsonl, path: alerts.jsonl}',
    ].join('\n'),
  );
  const store = join(dir, 'brink.db');
  try {
    const killed = await runChild([config, '--db', store], () => count(store, "SELECT count(*) FROM watch_items WHERE status = 'stored'") >= KILL_AFTER);
    assert.equal(killed.how, 'SIGKILL', `the watcher ended before it could be killed: ${killed.stderr}`);
    const marked = count(store, "SELECT count(*) FROM watch_items WHERE status = 'stored'");
    const docsAtKill = count(store, 'SELECT count(*) FROM documents');
    assert.ok(marked >= KILL_AFTER && marked < ITEMS, `${marked} of ${ITEMS} items done at kill time`);
    assert.ok(docsAtKill >= marked, 'every marked item has its document');
    assert.equal(count(store, 'SELECT count(*) FROM watch_sources WHERE etag IS NOT NULL'), 0, 'the feed is not marked done mid-round');

    // What was done before the kill, by article path.
    const db = new Database(store, { readonly: true });
    assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
    const doneBefore = (db.prepare("SELECT key FROM watch_items WHERE status = 'stored'").pluck().all() as string[]).map((k) => new URL(k).pathname);
    db.close();

    const rerun = await runChild([config, '--db', store, '--once', '--all']);
    assert.equal(rerun.how, 'exit 0', rerun.stderr);

    const check = new Database(store, { readonly: true });
    try {
      assert.equal(check.pragma('integrity_check', { simple: true }), 'ok');
      assert.equal(check.prepare('SELECT count(*) FROM documents').pluck().get(), ITEMS);
      assert.equal(check.prepare('SELECT count(*) FROM document_sources').pluck().get(), ITEMS);
      assert.equal(check.prepare('SELECT count(DISTINCT source) FROM documents').pluck().get(), ITEMS);
      assert.equal(check.prepare("SELECT count(*) FROM watch_items WHERE status = 'stored'").pluck().get(), ITEMS);
      assert.equal(check.prepare("SELECT count(*) FROM watch_sources WHERE etag = '\"one\"'").pluck().get(), 1, 'the feed is done now');
      // Every document is one of the items, and each item's document is there.
      assert.equal(
        check.prepare('SELECT count(*) FROM watch_items w LEFT JOIN documents d ON d.id = w.document_id WHERE d.id IS NULL').pluck().get(),
        0,
      );
    } finally {
      check.close();
    }
    for (const path of doneBefore) assert.equal(server.hits(path).length, 1, `${path} was done before the kill and not fetched again`);
    for (let n = 0; n < ITEMS; n++) assert.ok(server.hits(`/articles/${n}`).length <= 2, `article ${n} fetched at most once per run`);
    // Alerts, if the pipeline finds threats in these articles, are one per signal key.
    const alertsFile = join(dir, 'alerts.jsonl');
    const ids = existsSync(alertsFile) ? readFileSync(alertsFile, 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { id: string }).id) : [];
    assert.equal(new Set(ids).size, ids.length);
  } finally {
    timers.forEach(clearTimeout);
    await server.close();
  }
});

test('SIGTERM stops a running watcher cleanly: it exits 0 and what it stored is whole', async () => {
  const server = await startServer();
  const items = Array.from({ length: 20 }, (_, n) => {
    const a = generatedArticle(100 + n, server.origin);
    server.route(`/articles/${100 + n}`, (_req, res) => {
      setTimeout(() => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(articleHtml(a)), 200);
    });
    return { title: a.title, link: a.link };
  });
  server.route('/feed.xml', serve(rssXml('Slow wire', server.origin, items), 'application/rss+xml'));
  const config = join(dir, 'term.yaml');
  writeFileSync(config, `fetch: {host_delay: 0s, per_host: 1}\nsources:\n  - {name: slow, type: rss, url: "${server.origin}/feed.xml"}\n`);
  const store = join(dir, 'term.db');
  try {
    const stopped = await runChild([config, '--db', store], () => count(store, "SELECT count(*) FROM watch_items WHERE status = 'stored'") >= 2, 'SIGTERM');
    assert.equal(stopped.how, 'exit 0', stopped.stderr);
    const stored = count(store, "SELECT count(*) FROM watch_items WHERE status = 'stored'");
    assert.ok(stored >= 2 && stored < 20, `${stored} stored`);
    assert.equal(count(store, 'SELECT count(*) FROM watch_items w LEFT JOIN documents d ON d.id = w.document_id WHERE d.id IS NULL'), 0);
    assert.equal(count(store, "SELECT count(*) FROM watch_items WHERE status != 'stored'"), 0, 'items interrupted by the stop are not marked');
  } finally {
    await server.close();
  }
});
