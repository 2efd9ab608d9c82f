/**
 * `brink migrate`: a real SQLite store of the seeds moved into PostgreSQL
 * reads back the same (export byte for byte), keeps deduplicating and
 * clustering against what was moved, and a non-empty target is refused
 * untouched. A store a watcher filled moves with its watch state (a watcher
 * on the moved store resumes where the old one stopped), and back to SQLite
 * with the same checksums. Needs BRINK_TEST_PG.
 */
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { runCli } from '../src/cli/testing.ts';
import { connectStore } from '../src/store/index.ts';
import { connectWatcher, parseConfig } from '../src/watch/index.ts';
import { urlFor, useTestDatabase } from './store-postgres-fixture.ts';

const SEEDS = '../shared/corpus/seeds';
const database = useTestDatabase('brink migrate to PostgreSQL');

const dir = mkdtempSync(join(tmpdir(), 'brink-migrate-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const sqlitePath = join(dir, 'seeds.db');

const TABLES = ['clusters', 'documents', 'document_sources', 'removed', 'actors', 'quotes', 'signals', 'signal_sources', 'evidence', 'cluster_bands', 'sketches'];
const WATCH_TABLES = ['watch_sources', 'watch_items', 'watch_alerts'];

/** A report line's table, rows and checksum prefix. */
function reported(stdout: string): string[] {
  return stdout.trim().split('\n').map((l) => l.split(/\s+/).slice(0, 5).join(' '));
}

if (database) {
  before(async () => {
    const ingested = await runCli(['ingest', SEEDS, '--db', sqlitePath]);
    assert.equal(ingested.code, 0, ingested.stderr);
  });

  test('the seeds store moves without loss and keeps working', async () => {
    const db = database();
    const url = urlFor(db.url, db.name, 'moved');
    const moved = await runCli(['migrate', '--from', sqlitePath, '--to', url]);
    assert.equal(moved.code, 0, moved.stderr);
    const lines = moved.stdout.trim().split('\n');
    assert.deepEqual(lines.map((l) => l.split(/\s+/)[0]), TABLES, 'one report line per table');
    for (const line of lines) assert.match(line, /^\S+\s+\d+ rows\s+sha256 [0-9a-f]{16}\s+same$/, line);
    assert.match(lines[1] ?? '', /^documents\s+5 rows/);
    assert.match(moved.stderr, /5 documents moved/);

    for (const what of ['signals', 'quotes']) {
      const [a, b] = [await runCli(['export', '--what', what, '--db', sqlitePath]), await runCli(['export', '--what', what, '--db', url])];
      assert.equal(a.code, 0);
      assert.ok(a.stdout.length > 100, `the seeds have ${what}`);
      assert.equal(b.stdout, a.stdout, `${what} export identical from both stores`);
    }

    // Still the same store: the seeds again add nothing, and a republished
    // copy of one joins the moved cluster (band index and sketches came along).
    const again = await runCli(['ingest', SEEDS, '--db', url]);
    assert.match(again.stderr, /0 documents stored, 5 already present/);
    const [title = '', ...body] = readFileSync(join(SEEDS, 'seed-000.txt'), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
    const copy = join(dir, 'republished.txt');
    writeFileSync(copy, [title, 'Publicité', ...body.slice(2), ...body.slice(0, 2), 'Abonnez-vous à notre lettre'].join('\n'));
    const joined = await runCli(['ingest', copy, '--db', url]);
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
    assert.equal((await runCli(['ingest', join(SEEDS, 'seed-001.txt'), '--db', url])).code, 0);
    const refused = await runCli(['migrate', '--from', sqlitePath, '--to', url]);
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
      [['migrate', '--from', db.url, '--to', urlFor(db.url, db.name, 'other')], /moves a SQLite file into PostgreSQL .* or back/],
      [['migrate', '--from', sqlitePath, '--to', join(dir, 'other.db')], /moves a SQLite file into PostgreSQL .* or back/],
    ];
    for (const [argv, message] of cases) {
      const r = await runCli(argv);
      assert.equal(r.code, 2, argv.join(' '));
      assert.match(r.stderr, message);
    }
    const missing = await runCli(['migrate', '--from', join(dir, 'missing.db'), '--to', urlFor(db.url, db.name, 'never')]);
    assert.equal(missing.code, 3);
    assert.match(missing.stderr, /missing\.db.*no such file/);
  });

  test('a watched store moves with its watch state, a watcher there resumes where it stopped, and it moves back identical', async () => {
    const db = database();
    const url = urlFor(db.url, db.name, 'watched');
    const base = join(dir, 'watched');
    const inbox = join(base, 'inbox');
    mkdirSync(inbox, { recursive: true });
    for (const seed of ['seed-000.txt', 'seed-004.txt']) copyFileSync(join(SEEDS, seed), join(inbox, seed));
    const config = parseConfig(
      [`sources:\n  - {name: inbox, type: folder, path: ${JSON.stringify(inbox)}, settle: 50ms}`, 'rules:\n  - {name: any}', 'alerts:\n  - {type: jsonl, name: file, path: alerts.jsonl}'].join('\n'),
      join(base, 'watch.yaml'),
    );
    const watchedPath = join(dir, 'watched.db');
    const roundOn = async (store: string) => {
      const watcher = await connectWatcher({ config, store, stdout: process.stdout, log: () => undefined });
      try {
        return await watcher.runRound({ all: true });
      } finally {
        await watcher.close();
      }
    };
    const first = await roundOn(watchedPath);
    assert.equal(first.sources[0]?.stored, 2);
    const alertsFile = join(base, 'alerts.jsonl');
    const delivered = readFileSync(alertsFile, 'utf8').trim().split('\n').length;
    assert.ok(delivered > 0 && first.alerts.delivered === delivered, 'the seeds raised alerts, delivered to the file');

    const moved = await runCli(['migrate', '--from', watchedPath, '--to', url]);
    assert.equal(moved.code, 0, moved.stderr);
    const lines = moved.stdout.trim().split('\n');
    assert.deepEqual(lines.map((l) => l.split(/\s+/)[0]), [...TABLES, ...WATCH_TABLES], 'the watch tables are reported too');
    for (const line of lines) assert.match(line, /^\S+\s+\d+ rows\s+sha256 [0-9a-f]{16}\s+same$/, line);
    assert.match(lines.find((l) => l.startsWith('watch_items')) ?? '', /\s2 rows/);
    assert.match(lines.find((l) => l.startsWith('watch_alerts')) ?? '', new RegExp(`\\s${delivered} rows`));
    assert.match(moved.stderr, /2 documents and the watcher's state moved/);

    // The watcher goes on from the PostgreSQL store: nothing seen is read again, nothing delivered is sent again.
    const resumed = await roundOn(url);
    assert.deepEqual([resumed.sources[0]?.fresh, resumed.sources[0]?.stored, resumed.alerts.delivered], [0, 0, 0]);
    assert.equal(readFileSync(alertsFile, 'utf8').trim().split('\n').length, delivered);

    // Back to SQLite: every table with the checksum it left with.
    const backPath = join(dir, 'back.db');
    const back = await runCli(['migrate', '--from', url, '--to', backPath]);
    assert.equal(back.code, 0, back.stderr);
    const resumedSources = reported(back.stdout).filter((l) => l.startsWith('watch_sources'));
    assert.deepEqual(
      reported(back.stdout).filter((l) => !l.startsWith('watch_sources')),
      reported(moved.stdout).filter((l) => !l.startsWith('watch_sources')),
      'same rows and checksums both ways (watch_sources differs only by the resumed round)',
    );
    assert.equal(resumedSources.length, 1);
    for (const what of ['signals', 'quotes']) {
      const [a, b] = [await runCli(['export', '--what', what, '--db', watchedPath]), await runCli(['export', '--what', what, '--db', backPath])];
      assert.equal(b.stdout, a.stdout, `${what} export identical after the round trip`);
    }

    // A new page in the inbox, watched from the copy back in SQLite: only it is read, and its alerts only are sent.
    copyFileSync(join(SEEDS, 'seed-001.txt'), join(inbox, 'seed-001.txt'));
    const later = await roundOn(backPath);
    assert.deepEqual([later.sources[0]?.fresh, later.sources[0]?.stored], [1, 1]);
    const lines3 = readFileSync(alertsFile, 'utf8').trim().split('\n');
    assert.equal(new Set(lines3.map((l) => (JSON.parse(l) as { id: string }).id)).size, lines3.length, 'no alert sent twice');

    // The way back also wants an empty target, and a store to read.
    const full = await runCli(['migrate', '--from', url, '--to', watchedPath]);
    assert.equal(full.code, 3);
    assert.match(full.stderr, /watched\.db already holds 2 documents/);
    const nowhere = join(dir, 'nowhere.db');
    const none = await runCli(['migrate', '--from', urlFor(db.url, db.name, 'nothing_here'), '--to', nowhere]);
    assert.equal(none.code, 3);
    assert.match(none.stderr, /no Brink store there/);
    assert.equal(existsSync(nowhere), false, 'a file the failed copy would have created is not left behind');
  });
}
