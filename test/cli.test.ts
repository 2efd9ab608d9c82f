import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCli } from '../src/cli/testing.ts';

test('unknown command is a usage error naming the command', async () => {
  const r = await runCli(['frobnicate']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /unknown command 'frobnicate'/);
});

test('unknown option is a usage error naming the option', async () => {
  const r = await runCli(['analyze', '--bogus', 'x']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /bogus/);
});

test('analyze --help lists its usage', async () => {
  const r = await runCli(['analyze', '--help']);
  assert.equal(r.code, 0);
  assert.match(r.stdout, /Usage: brink analyze/);
});

test('analyze of a missing path names it and exits 1', async () => {
  const r = await runCli(['analyze', '/nonexistent/brink-test-path']);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /\/nonexistent\/brink-test-path/);
});

test('analyze prints one JSON record per seed document', async () => {
  const r = await runCli(['analyze', '../shared/corpus/seeds']);
  assert.equal(r.code, 0, r.stderr);
  const records = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; text: string });
  assert.equal(records.length, 5);
  for (const rec of records) {
    assert.match(rec.id, /^[0-9a-f]{16}$/);
    assert.ok(rec.text.length > 1000);
  }
});
