import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { test } from 'node:test';
import { main } from '../src/cli/main.ts';

function capture() {
  const out = new PassThrough();
  const chunks: string[] = [];
  out.on('data', (c: Buffer) => chunks.push(c.toString()));
  return { stream: out, text: () => chunks.join('') };
}

async function run(argv: string[]) {
  const stdout = capture();
  const stderr = capture();
  const code = await main(argv, { stdout: stdout.stream as unknown as typeof process.stdout, stderr: stderr.stream as unknown as typeof process.stderr, stdin: process.stdin });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

test('unknown command is a usage error naming the command', async () => {
  const r = await run(['frobnicate']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /unknown command 'frobnicate'/);
});

test('unknown option is a usage error naming the option', async () => {
  const r = await run(['analyze', '--bogus', 'x']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /bogus/);
});

test('analyze --help lists its usage', async () => {
  const r = await run(['analyze', '--help']);
  assert.equal(r.code, 0);
  assert.match(r.stdout, /Usage: brink analyze/);
});

test('analyze of a missing path names it and exits 1', async () => {
  const r = await run(['analyze', '/nonexistent/brink-test-path']);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /\/nonexistent\/brink-test-path/);
});

test('analyze prints one JSON record per seed document', async () => {
  const r = await run(['analyze', '../shared/corpus/seeds']);
  assert.equal(r.code, 0, r.stderr);
  const records = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; text: string });
  assert.equal(records.length, 5);
  for (const rec of records) {
    assert.match(rec.id, /^[0-9a-f]{16}$/);
    assert.ok(rec.text.length > 1000);
  }
});
