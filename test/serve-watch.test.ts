import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

/** Upper bound on the wait for the server and the first watch round (a loaded 2-core machine is slow). */
const DEADLINE_MS = 90_000;

test('serve --watch is a live monitor in one process: a file dropped into a watched folder shows up in the API', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'brink-serve-watch-'));
  const inbox = join(dir, 'inbox');
  mkdirSync(inbox);
  const config = join(dir, 'watch.yaml');
  writeFileSync(config, `sources:\n  - {name: inbox, type: folder, path: "${inbox}", settle: 200ms, interval: 1s}\n`);
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', 'serve', '--db', join(dir, 'brink.db'), '--port', '0', '--watch', '--sources', config], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  try {
    const started = Date.now();
    let url: string | undefined;
    while (!url && child.exitCode === null && Date.now() - started < DEADLINE_MS) {
      url = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(stderr)?.[1];
      if (!url) await new Promise((r) => setTimeout(r, 100));
    }
    assert.ok(url, `the server printed no URL:\n${stderr}`);
    assert.match(stderr, /watching the sources of/);
    copyFileSync('../shared/corpus/seeds/seed-004.txt', join(inbox, 'seed-004.txt'));
    let total = 0;
    while (total === 0 && Date.now() - started < DEADLINE_MS) {
      await new Promise((r) => setTimeout(r, 300));
      const body = (await (await fetch(`${url}/api/documents?limit=5`)).json()) as { items: unknown[] };
      total = body.items.length;
    }
    assert.equal(total, 1, `the dropped document never reached the API:\n${stderr}`);
    child.kill('SIGTERM');
    assert.equal(await exited, 0, stderr);
    assert.match(stderr, /stopped/);
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
});

test('serve --watch on a PostgreSQL store: a dropped file reaches the API, and the watch tables are in the store', { skip: process.env['BRINK_TEST_PG'] ? false : 'BRINK_TEST_PG is not set' }, async () => {
  const { createTestDatabase, urlFor } = await import('./store-postgres-fixture.ts');
  const database = await createTestDatabase(process.env['BRINK_TEST_PG']!, 'brink_serve_watch');
  const store = urlFor(database.url, database.name, 'live');
  const dir = mkdtempSync(join(tmpdir(), 'brink-serve-watch-pg-'));
  const inbox = join(dir, 'inbox');
  mkdirSync(inbox);
  const config = join(dir, 'watch.yaml');
  writeFileSync(config, `sources:\n  - {name: inbox, type: folder, path: "${inbox}", settle: 200ms, interval: 1s}\nrules:\n  - {name: any}\nalerts:\n  - {type: jsonl, path: alerts.jsonl}\n`);
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', 'serve', '--port', '0', '--watch', '--sources', config], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, BRINK_DB: store },
  });
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  try {
    const started = Date.now();
    let url: string | undefined;
    while (!url && child.exitCode === null && Date.now() - started < DEADLINE_MS) {
      url = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(stderr)?.[1];
      if (!url) await new Promise((r) => setTimeout(r, 100));
    }
    assert.ok(url, `the server printed no URL:\n${stderr}`);
    copyFileSync('../shared/corpus/seeds/seed-004.txt', join(inbox, 'seed-004.txt'));
    let total = 0;
    while (total === 0 && Date.now() - started < DEADLINE_MS) {
      await new Promise((r) => setTimeout(r, 300));
      const body = (await (await fetch(`${url}/api/documents?limit=5`)).json()) as { items: unknown[] };
      total = body.items.length;
    }
    assert.equal(total, 1, `the dropped document never reached the API:\n${stderr}`);
    child.kill('SIGTERM');
    assert.equal(await exited, 0, stderr);
    const pg = (await import('pg')).default;
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ key: string; status: string }>('SELECT key, status FROM live.watch_items');
      assert.deepEqual(rows.map((r) => [r.key, r.status]), [[`file:${join(inbox, 'seed-004.txt')}`, 'stored']]);
      const alerts = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM live.watch_alerts');
      assert.ok((alerts.rows[0]?.n ?? 0) > 0, 'the seed raised alerts, kept in the PostgreSQL store');
    } finally {
      await client.end();
    }
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
    await database.drop();
  }
});
