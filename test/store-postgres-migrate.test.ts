/**
 * `brink migrate`: a real SQLite store of the seeds moved into PostgreSQL
 * reads back the same (export byte for byte), keeps deduplicating and
 * clustering against what was moved, and a non-empty target is refused
 * untouched. Needs BRINK_TEST_PG.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { after, before, test } from 'node:test';
import { main } from '../src/cli/main.ts';
import { connectStore } from '../src/store/index.ts';
import { urlFor, useTestDatabase } from './store-postgres-fixture.ts';

const SEEDS = '../shared/corpus/seeds';
const database = useTestDatabase('brink migrate to PostgreSQL');

const dir = mkdtempSync(join(tmpdir(), 'brink-migrate-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const sqlitePath = join(dir, 'seeds.db');

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  stdout.on('data', (c: Buffer) => out.push(c.toString()));
  stderr.on('data', (c: Buffer) => err.push(c.toString()));
  const code = await main(argv, { stdout: stdout as unknown as typeof process.stdout, stderr: stderr as unknown as typeof process.stderr, stdin: process.stdin });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

const TABLES = ['clusters', 'documents', 'document_sources', 'removed', 'actors', 'quotes', 'signals', 'signal_sources', 'evidence', 'cluster_bands', 'sketches'];

if (database) {
  before(async () => {
    const ingested = await run(['ingest', SEEDS, '--db', sqlitePath]);
    assert.equal(ingested.code, 0, ingested.stderr);
  });

  test('the seeds store moves without loss and keeps working', async () => {
    const db = database();
    const url = urlFor(db.url, db.name, 'moved');
    const moved = await run(['migrate', '--from', sqlitePath, '--to', url]);
    assert.equal(moved.code, 0, moved.stderr);
    const lines = moved.stdout.trim().split('\n');
    assert.deepEqual(lines.map((l) => l.split(/\s+/)[0]), TABLES, 'one report line per table');
    for (const line of lines) assert.match(line, /^\S+\s+\d+ rows\s+sha256 [0-9a-f]{16}\s+same$/, line);
    assert.match(lines[1] ?? '', /^documents\s+5 rows/);
    assert.match(moved.stderr, /5 documents moved/);

    for (const what of ['signals', 'quotes']) {
      const [a, b] = [await run(['export', '--what', what, '--db', sqlitePath]), await run(['export', '--what', what, '--db', url])];
      assert.equal(a.code, 0);
      assert.ok(a.stdout.length > 100, `the seeds have ${what}`);
      assert.equal(b.stdout, a.stdout, `${what} export identical from both stores`);
    }

    // Still the same store: the seeds again add nothing, and a republished
    // copy of one joins the moved cluster (band index and sketches came along).
    const again = await run(['ingest', SEEDS, '--db', url]);
    assert.match(again.stderr, /0 documents stored, 5 already present/);
    const [title = '', ...body] = readFileSync(join(SEEDS, 'seed-000.txt'), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
    const copy = join(dir, 'republished.txt');
    writeFileSync(copy, [title, 'Publicité', ...body.slice(2), ...body.slice(0, 2), 'Abonnez-vous à notre lettre'].join('\n'));
    const joined = await run(['ingest', copy, '--db', url]);
    assert.match(joined.stderr, /1 documents stored.*1 near-duplicates/, joined.stderr);
    const store = await connectStore(url, { readonly: true });
    try {
      assert.equal((await store.counts()).clusters, 5, 'the copy joined a moved cluster');
    } finally {
      await store.close();
    }
  });

  test('a target that is not empty is refused and left as it was', async () => {
    const db = database();
    const url = urlFor(db.url, db.name, 'occupied');
    assert.equal((await run(['ingest', join(SEEDS, 'seed-001.txt'), '--db', url])).code, 0);
    const refused = await run(['migrate', '--from', sqlitePath, '--to', url]);
    assert.equal(refused.code, 3);
    assert.match(refused.stderr, /already holds 1 documents/);
    const store = await connectStore(url, { readonly: true });
    try {
      assert.equal((await store.counts()).documents, 1);
    } finally {
      await store.close();
    }
  });

  test('wrong arguments are usage errors', async () => {
    const db = database();
    const cases: [string[], RegExp][] = [
      [['migrate', '--from', sqlitePath], /give both --from/],
      [['migrate', '--from', db.url, '--to', sqlitePath], /SQLite file \(--from\) into PostgreSQL/],
      [['migrate', '--from', sqlitePath, '--to', join(dir, 'other.db')], /into PostgreSQL/],
    ];
    for (const [argv, message] of cases) {
      const r = await run(argv);
      assert.equal(r.code, 2, argv.join(' '));
      assert.match(r.stderr, message);
    }
    const missing = await run(['migrate', '--from', join(dir, 'missing.db'), '--to', urlFor(db.url, db.name, 'never')]);
    assert.equal(missing.code, 3);
    assert.match(missing.stderr, /missing\.db.*no such file/);
  });
}
