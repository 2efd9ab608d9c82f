import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { eventually, startServe, type ServeProcess } from './serve-process.ts';

/** Whether the API lists `n` documents. */
async function documentsIn(url: string, n: number): Promise<boolean> {
  const body = (await (await fetch(`${url}/api/documents?limit=5`)).json()) as { items: unknown[] };
  return body.items.length === n;
}

test('serve --watch is a live monitor in one process: a file dropped into a watched folder shows up in the API', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'brink-serve-watch-'));
  const inbox = join(dir, 'inbox');
  mkdirSync(inbox);
  const config = join(dir, 'watch.yaml');
  writeFileSync(config, `sources:\n  - {name: inbox, type: folder, path: "${inbox}", settle: 200ms, interval: 1s}\n`);
  let server: ServeProcess | undefined;
  try {
    server = await startServe(['--db', join(dir, 'brink.db'), '--watch', '--sources', config]);
    // The watcher announces itself after the server's address line, which is all startServe waits for.
    assert.ok(await eventually(() => Promise.resolve(/watching the sources of/.test(server!.stderr()))), server.stderr());
    copyFileSync('../shared/corpus/seeds/seed-004.txt', join(inbox, 'seed-004.txt'));
    assert.ok(await eventually(() => documentsIn(server!.url, 1)), `the dropped document never reached the API:\n${server.stderr()}`);
    assert.equal(await server.stop(), 0, server.stderr());
    assert.match(server.stderr(), /stopped/);
  } finally {
    server?.kill();
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
  let server: ServeProcess | undefined;
  try {
    server = await startServe(['--watch', '--sources', config], { BRINK_DB: store });
    copyFileSync('../shared/corpus/seeds/seed-004.txt', join(inbox, 'seed-004.txt'));
    assert.ok(await eventually(() => documentsIn(server!.url, 1)), `the dropped document never reached the API:\n${server.stderr()}`);
    assert.equal(await server.stop(), 0, server.stderr());
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
    server?.kill();
    rmSync(dir, { recursive: true, force: true });
    await database.drop();
  }
});
