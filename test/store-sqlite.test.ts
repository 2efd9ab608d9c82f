/** What is specific to the SQLite backend: migrations, pragmas, full-text search, open errors. */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import Database from 'better-sqlite3';
import { signatureOf } from '../src/cluster/index.ts';
import type { DocumentRecord } from '../src/document/index.ts';
import { openStore, StoreOpenError } from '../src/store/index.ts';
import { LATEST_VERSION, migrateDown, migrateUp } from '../src/store/sqlite/migrate.ts';

const dir = mkdtempSync(join(tmpdir(), 'brink-sqlite-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const SEED = readFileSync('../shared/corpus/seeds/seed-003.txt', 'utf8');

function record(text: string, source: string): DocumentRecord {
  const id = createHash('sha256').update(text).digest('hex').slice(0, 16);
  const start = text.indexOf('nucléaire');
  return {
    id,
    source,
    lang: 'fr',
    relevant: true,
    title: 'Déclaration du Kremlin',
    published: { date: '2022-10', precision: 'month', method: 'inferred' },
    text,
    removed: [],
    quotes: start >= 0 ? [{ text: 'nucléaire', start, end: start + 9, speaker: null, kind: 'partial' }] : [],
    signals: [],
    cluster: null,
  };
}

function tables(db: Database.Database): string[] {
  return db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];
}

test('opening applies the migrations once and records them; down removes everything up created', async () => {
  const path = join(dir, 'migrate.db');
  await openStore(path).close();
  await openStore(path).close();
  const db = new Database(path);
  assert.deepEqual(db.prepare('SELECT version, name FROM schema_version').all(), [{ version: 1, name: 'initial' }]);
  assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
  assert.ok(tables(db).includes('documents') && tables(db).includes('documents_fts'));
  assert.equal(migrateDown(db, 0), 0);
  assert.deepEqual(tables(db), ['schema_version']);
  assert.equal(migrateUp(db), LATEST_VERSION);
  assert.ok(tables(db).includes('signals'));
  db.close();
});

test('a store written by a newer Brink is refused, naming the versions', async () => {
  const path = join(dir, 'newer.db');
  await openStore(path).close();
  const db = new Database(path);
  db.prepare("INSERT INTO schema_version VALUES (99, 'future', '2030-01-01T00:00:00Z')").run();
  db.close();
  assert.throws(() => openStore(path), (e: unknown) => e instanceof StoreOpenError && /newer\.db/.test(e.message) && /99/.test(e.message));
});

test('open errors name the path and the reason', () => {
  const cases: [string, RegExp, boolean][] = [
    [join(dir, 'no-such-dir', 'x.db'), /no-such-dir.*does not exist/, false],
    [dir, /is a directory/, false],
    [join(dir, 'missing.db'), /missing\.db.*no such file/, true],
  ];
  const junk = join(dir, 'junk.db');
  writeFileSync(junk, 'this is a text file, not a database, but long enough to have a header page '.repeat(20));
  cases.push([junk, /junk\.db.*not a SQLite database/, false]);
  for (const [path, message, readonly] of cases) {
    assert.throws(() => openStore(path, { readonly }), (e: unknown) => e instanceof StoreOpenError && message.test(e.message), path);
  }
});

test('full-text indexes follow documents and quotes, accents folded', async () => {
  const path = join(dir, 'fts.db');
  const store = openStore(path);
  const text = SEED.split('\n').filter((l) => l.trim()).slice(1).join('\n\n');
  const rec = record(text, 'seed-003.txt');
  await store.saveDocument({ record: rec, url: null, signature: signatureOf(text) });
  await store.close();
  const db = new Database(path, { readonly: true });
  const hits = db
    .prepare('SELECT d.id FROM documents_fts JOIN documents d ON d.seq = documents_fts.rowid WHERE documents_fts MATCH ?')
    .pluck()
    .all('nucleaire') as string[];
  assert.deepEqual(hits, [rec.id]);
  assert.deepEqual(db.prepare("SELECT id FROM documents_fts JOIN documents d ON d.seq = documents_fts.rowid WHERE documents_fts MATCH 'title:kremlin'").pluck().all(), [rec.id]);
  assert.equal(db.prepare("SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH 'nucleaire'").pluck().get(), rec.quotes.length);
  db.close();
  const rw = new Database(path);
  rw.prepare("INSERT INTO documents_fts(documents_fts) VALUES ('integrity-check')").run();
  rw.prepare("INSERT INTO quotes_fts(quotes_fts) VALUES ('integrity-check')").run();
  assert.equal(rw.pragma('integrity_check', { simple: true }), 'ok');
  rw.close();
});

test('a read-only store reads but refuses to write', async () => {
  const path = join(dir, 'ro.db');
  const text = 'Moscou a averti que toute livraison de missiles changerait la nature du conflit.';
  const writer = openStore(path);
  await writer.saveDocument({ record: record(text, 'a.txt'), url: null, signature: signatureOf(text) });
  await writer.close();
  const reader = openStore(path, { readonly: true });
  assert.equal((await reader.counts()).documents, 1);
  await assert.rejects(reader.saveDocument({ record: record(`${text} Encore.`, 'b.txt'), url: null, signature: null }), /read-only/);
  await reader.close();
});
