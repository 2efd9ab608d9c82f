/**
 * `brink serve --db postgres://…` as a user runs it: the seed pages stored by
 * `brink ingest --db postgres://…`, then the server (its own process, a free
 * port) answers the API from PostgreSQL; and a server that cannot reach
 * PostgreSQL says so in one line naming the URL without its password.
 * Skipped without BRINK_TEST_PG.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { EXIT } from '../src/cli/command.ts';
import { startServe } from './serve-process.ts';
import { urlFor, useTestDatabase } from './store-postgres-fixture.ts';

const SEEDS = '../shared/corpus/seeds';

const database = useTestDatabase('brink serve on PostgreSQL');

if (database) {
  test('serve --db postgres:// answers /api/signals with what ingest --db postgres:// stored', async () => {
    const url = urlFor(database().url, database().name, 'served');
    const seeds = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).map((f) => join(SEEDS, f));
    const ingest = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', 'ingest', '--db', url, ...seeds], { encoding: 'utf8' });
    assert.equal(ingest.status, 0, ingest.stderr);

    const server = await startServe(['--db', url]);
    try {
      const base = server.url;
      const stats = (await (await fetch(`${base}/api/stats`)).json()) as { documents: number; signals: number };
      assert.equal(stats.documents, seeds.length);
      assert.ok(stats.signals > 0, 'the seed pages carry signals');
      const res = await fetch(`${base}/api/signals?limit=200`);
      assert.equal(res.status, 200);
      const page = (await res.json()) as { items: { key: string; document: string; evidence: { text: string }[] }[]; next: string | null };
      assert.equal(page.items.length, stats.signals);
      assert.ok(page.items.every((s) => s.evidence.length > 0));
      // The evidence of a signal is a sentence of its document, as the evidence view shows it.
      const first = page.items[0]!;
      const doc = (await (await fetch(`${base}/api/documents/${first.document}`)).json()) as { text: string };
      assert.ok(doc.text.includes(first.evidence[0]!.text));
      assert.equal(await server.stop(), 0, server.stderr());
    } finally {
      server.kill();
    }
  });

  test('an unreachable server is one line naming the URL without its password, and what to do', () => {
    const down = new URL(database().url);
    down.port = '1';
    down.password = 'hunter2';
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', 'serve', '--db', down.toString(), '--port', '0'], { encoding: 'utf8' });
    assert.equal(run.status, EXIT.failure, run.stderr);
    const lines = run.stderr.trim().split('\n');
    assert.equal(lines.length, 1, run.stderr);
    assert.match(lines[0]!, /^brink serve: cannot open store postgres:\/\/brink:\*\*\*@127\.0\.0\.1:1\/.*connection refused.*is PostgreSQL running there\?/);
    assert.ok(!run.stderr.includes('hunter2'));
  });
}
