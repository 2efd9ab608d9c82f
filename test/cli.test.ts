import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

test('analyze --min-confidence 0 also reports the signals under the default floor; a bad value is a usage error', async () => {
  // The second sentence's act inherits the launch's nuclear context: found, but under the 0.4 default.
  const dir = mkdtempSync(join(tmpdir(), 'brink-minconf-'));
  const file = join(dir, 'launch.txt');
  writeFileSync(file, 'North Korea test-fired an intercontinental ballistic missile on Friday. The Japanese government said it would take all necessary measures to protect its people.\n');
  const signalsOf = (stdout: string) => (JSON.parse(stdout) as { signals: { type: string; confidence: number }[] }).signals;
  const byDefault = await runCli(['analyze', file]);
  const every = await runCli(['analyze', '--min-confidence', '0', file]);
  assert.equal(byDefault.code, 0, byDefault.stderr);
  assert.equal(every.code, 0, every.stderr);
  assert.ok(signalsOf(byDefault.stdout).every((s) => s.confidence >= 0.4));
  assert.ok(signalsOf(every.stdout).some((s) => s.confidence < 0.4), every.stdout);
  const bad = await runCli(['analyze', '--min-confidence', '2', file]);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--min-confidence must be a number from 0 to 1; got '2'/);
});
