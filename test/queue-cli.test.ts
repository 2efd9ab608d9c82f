/**
 * The queue commands' command line, without a server: where the store comes
 * from (--db, then BRINK_DB, then brink.db), and the mistakes that must be
 * refused before anything connects.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { jobIdOf } from '../src/queue/index.ts';
import { DEFAULT_STORE, storeLocation } from '../src/store/index.ts';
import { runCli } from '../src/cli/testing.ts';

test('the store is --db, else BRINK_DB, else brink.db', () => {
  const cases: [string | undefined, Record<string, string>, string][] = [
    ['given.db', { BRINK_DB: 'postgres://h/db' }, 'given.db'],
    [undefined, { BRINK_DB: 'postgres://h/db' }, 'postgres://h/db'],
    [undefined, { BRINK_DB: '' }, DEFAULT_STORE],
    [undefined, {}, DEFAULT_STORE],
    ['', { BRINK_DB: 'env.db' }, 'env.db'],
  ];
  for (const [given, env, expected] of cases) assert.equal(storeLocation(given, env), expected, JSON.stringify([given, env]));
});

test('the queue needs a PostgreSQL store, and says so', async () => {
  for (const argv of [['worker', '--db', 'brink.db'], ['queue', 'status', '--db', 'some/file.db'], ['ingest', '--queue', '--db', 'x.db', '../shared/corpus/seeds']]) {
    const r = await runCli(argv);
    assert.equal(r.code, 3, argv.join(' '));
    assert.match(r.stderr, /lives in a PostgreSQL store.*postgres:\/\//, argv.join(' '));
  }
});

test('command-line mistakes are usage errors', async () => {
  const cases: [string[], RegExp][] = [
    [['queue'], /say what to do: status, dead, config/],
    [['queue', 'drain'], /got 'drain'/],
    [['queue', 'status', '--retry'], /go with brink queue dead/],
    [['queue', 'dead', '--retry', '--purge'], /not both/],
    [['queue', 'config', '--retries', 'many', '--db', 'postgres://h/db'], /--retries must be a whole number/],
    [['worker', '--concurrency', '0'], /--concurrency must be a whole number from 1 to 64; got '0'/],
    [['worker', 'extra'], /takes no arguments/],
  ];
  for (const [argv, message] of cases) {
    const r = await runCli(argv);
    assert.equal(r.code, 2, argv.join(' '));
    assert.match(r.stderr, message, argv.join(' '));
  }
});

test('help lists the new commands and documents the dead letters', async () => {
  const top = await runCli(['--help']);
  for (const name of ['migrate', 'worker', 'queue']) assert.match(top.stdout, new RegExp(`^  ${name} `, 'm'));
  const queue = await runCli(['queue', '--help']);
  assert.match(queue.stdout, /brink queue dead/);
  assert.match(queue.stdout, /--retry/);
});

test('a job id is the same for the same document and differs otherwise', () => {
  const doc = { source: 'a/b.html', content: '<p>x</p>' };
  const id = jobIdOf(doc);
  assert.match(id, /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  assert.equal(jobIdOf({ ...doc }), id);
  assert.notEqual(jobIdOf({ ...doc, source: 'a/c.html' }), id);
  assert.notEqual(jobIdOf({ ...doc, content: '<p>y</p>' }), id);
  // The separator keeps source and content apart: ("ab", "c") is not ("a", "bc").
  assert.notEqual(jobIdOf({ source: 'ab', content: 'c' }), jobIdOf({ source: 'a', content: 'bc' }));
});
