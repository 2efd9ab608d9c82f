/** `brink ingest` and `brink export`, in-process through main(). */
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { after, test } from 'node:test';
import { signatureOf } from '../src/cluster/index.ts';
import type { DocumentRecord, Signal } from '../src/document/index.ts';
import { openStore } from '../src/store/index.ts';
import { runCli } from '../src/cli/testing.ts';
import { asStored } from './stored-record.ts';

const SEEDS = '../shared/corpus/seeds';
const dir = mkdtempSync(join(tmpdir(), 'brink-ingest-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function summaryOf(stderr: string): { stored: number; present: number; failed: number } {
  const m = /(\d+) documents stored, (\d+) already present, .* (\d+) failed/.exec(stderr);
  assert.ok(m, `no summary in: ${stderr}`);
  return { stored: Number(m[1]), present: Number(m[2]), failed: Number(m[3]) };
}

async function analyzed(paths: string[]): Promise<DocumentRecord[]> {
  const r = await runCli(['analyze', ...paths]);
  return r.stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as DocumentRecord);
}

test('ingesting the seeds stores what analyze prints; a second run adds nothing', async () => {
  const db = join(dir, 'twice.db');
  const first = await runCli(['ingest', SEEDS, '--db', db]);
  assert.equal(first.code, 0, first.stderr);
  assert.deepEqual(summaryOf(first.stderr), { stored: 5, present: 0, failed: 0 });
  assert.equal(first.stderr.trim().split('\n').length, 1, 'not a TTY: only the summary line');

  const store = openStore(db, { readonly: true });
  const before = await store.counts();
  const records = await analyzed([SEEDS]);
  assert.equal(records.length, 5);
  for (const rec of records) assert.deepEqual(await store.getDocument(rec.id), asStored(rec));
  // Signals stored = distinct (cluster, type, actor, date) over analyze's records.
  const keys = new Set(records.flatMap((r) => r.signals.map((s) => JSON.stringify([r.cluster, s.type, s.actor, s.date]))));
  assert.equal(before.signals, keys.size);
  assert.equal(before.quotes, records.reduce((n, r) => n + r.quotes.length, 0));
  await store.close();

  const second = await runCli(['ingest', SEEDS, '--db', db]);
  assert.equal(second.code, 0, second.stderr);
  assert.deepEqual(summaryOf(second.stderr), { stored: 0, present: 5, failed: 0 });
  const again = openStore(db, { readonly: true });
  assert.deepEqual(await again.counts(), before);
  await again.close();
});

test('the same content under another path is one document with two sources', async () => {
  const db = join(dir, 'sources.db');
  const other = join(dir, 'mirror');
  mkdirSync(other);
  copyFileSync(join(SEEDS, 'seed-001.txt'), join(other, 'copy.txt'));
  assert.equal((await runCli(['ingest', join(SEEDS, 'seed-001.txt'), '--db', db])).code, 0);
  const r = await runCli(['ingest', join(other, 'copy.txt'), '--db', db]);
  assert.deepEqual(summaryOf(r.stderr), { stored: 0, present: 1, failed: 0 });
  const store = openStore(db, { readonly: true });
  const [rec] = await analyzed([join(SEEDS, 'seed-001.txt')]);
  assert.deepEqual(
    (await store.documentSources(rec?.id ?? '')).map((s) => s.source),
    [join(SEEDS, 'seed-001.txt'), join(other, 'copy.txt')],
  );
  assert.equal((await store.counts()).documents, 1);
  await store.close();
});

test('bad inputs among good ones: each failure named, the good ones stored whole, exit 1', async () => {
  const db = join(dir, 'mixed.db');
  const inputs = join(dir, 'mixed');
  mkdirSync(inputs);
  copyFileSync(join(SEEDS, 'seed-000.txt'), join(inputs, 'a-good.txt'));
  writeFileSync(join(inputs, 'b-empty.txt'), '');
  writeFileSync(join(inputs, 'c-broken.json'), '{"text": "unterminated');
  copyFileSync(join(SEEDS, 'seed-003.txt'), join(inputs, 'd-good.txt'));
  const missing = join(dir, 'no-such-file.txt');
  const r = await runCli(['ingest', inputs, missing, '--db', db]);
  assert.equal(r.code, 1);
  assert.deepEqual(summaryOf(r.stderr), { stored: 2, present: 0, failed: 3 });
  for (const name of ['b-empty.txt', 'c-broken.json', 'no-such-file.txt']) {
    assert.equal(r.stderr.split('\n').filter((l) => l.includes(name)).length, 1, `one line naming ${name}`);
  }
  const store = openStore(db, { readonly: true });
  for (const rec of await analyzed([join(inputs, 'a-good.txt'), join(inputs, 'd-good.txt')])) {
    assert.deepEqual(await store.getDocument(rec.id), asStored(rec));
  }
  await store.close();
});

test('a store that cannot be opened exits 3 naming the path and why', async () => {
  const r = await runCli(['ingest', SEEDS, '--db', join(dir, 'absent-dir', 'x.db')]);
  assert.equal(r.code, 3);
  assert.match(r.stderr, /absent-dir\/x\.db.*directory/);
  const junk = join(dir, 'junk.db');
  writeFileSync(junk, 'not sqlite at all '.repeat(100));
  const j = await runCli(['ingest', SEEDS, '--db', junk]);
  assert.equal(j.code, 3);
  assert.match(j.stderr, /junk\.db: not a SQLite database/);
  const e = await runCli(['export', '--db', join(dir, 'never-created.db')]);
  assert.equal(e.code, 3);
  assert.match(e.stderr, /never-created\.db: no such file/);
});

const PUTIN = { name: 'Vladimir Putin', country: 'RU', kind: 'official' } as const;

function signal(overrides: Partial<Signal>): Signal {
  return {
    type: 'THREAT',
    actor: PUTIN,
    target: 'UA',
    date: '2022-09-21',
    severity: 4,
    modality: 'public',
    sourcing: 'on_record',
    quote: null,
    evidence: [],
    confidence: 0.9,
    ...overrides,
  };
}

/** A store with known signals (the pipeline's own signal stage is not what is under test here). */
async function storeWithSignals(path: string): Promise<void> {
  const store = openStore(path);
  const make = (id: string, text: string, lang: string, signals: Signal[]): DocumentRecord => ({
    id,
    source: `https://example.org/${id}`,
    lang,
    relevant: true,
    title: null,
    published: { date: '2022-09-22', precision: 'day', method: 'metadata' },
    text,
    removed: [],
    quotes: [{ text: 'this is not a bluff', start: 0, end: 19, speaker: PUTIN, kind: 'direct' }],
    signals,
    cluster: null,
  });
  const docs = [
    make('a000000000000001', 'this is not a bluff, he said, with "quotes", commas\nand a line break', 'en', [
      signal({ quote: 'He said, "this is not a bluff"\nand left' }),
      signal({ type: 'WARNING', actor: { name: 'Joe Biden', country: 'US', kind: 'official' }, target: 'RU', date: '2022-09-18', severity: 2 }),
    ]),
    make('a000000000000002', 'une tout autre histoire sur la dissuasion nucléaire française', 'fr', [
      signal({ type: 'ASSESSMENT', actor: { name: 'Institute for the Study of War', country: null, kind: 'expert' }, target: null, date: '2022-10', severity: 1, sourcing: 'reported', modality: 'private' }),
    ]),
  ];
  for (const record of docs) await store.saveDocument({ record, url: record.source, signature: signatureOf(record.text) });
  await store.close();
}

/** A small RFC 4180 reader, to check that what export writes parses back to the same fields. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

test('export filters signals and quotes; JSON lines and quoted CSV', async () => {
  const db = join(dir, 'export.db');
  await storeWithSignals(db);
  const types = async (...args: string[]) => {
    const r = await runCli(['export', '--db', db, ...args]);
    assert.equal(r.code, 0, r.stderr);
    return r.stdout
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((l) => (JSON.parse(l) as { type: string }).type)
      .sort();
  };
  const cases: [string[], string[]][] = [
    [[], ['ASSESSMENT', 'THREAT', 'WARNING']],
    [['--type', 'THREAT'], ['THREAT']],
    [['--actor', 'joe biden'], ['WARNING']],
    [['--country', 'RU'], ['THREAT']],
    [['--target', 'RU'], ['WARNING']],
    [['--min-severity', '2'], ['THREAT', 'WARNING']],
    [['--since', '2022-09-20'], ['ASSESSMENT', 'THREAT']],
    [['--since', '2022-10'], ['ASSESSMENT']],
    [['--until', '2022-09'], ['THREAT', 'WARNING']],
    [['--until', '2022-09-19'], ['WARNING']],
    [['--lang', 'fr'], ['ASSESSMENT']],
    [['--sourcing', 'reported'], ['ASSESSMENT']],
    [['--modality', 'private'], ['ASSESSMENT']],
    [['--type', 'THREAT', '--lang', 'fr'], []],
  ];
  for (const [args, expected] of cases) assert.deepEqual(await types(...args), expected, args.join(' '));

  const csv = await runCli(['export', '--db', db, '--format', 'csv', '--type', 'THREAT']);
  const rows = parseCsv(csv.stdout);
  assert.equal(rows.length, 2);
  const [header = [], threat = []] = rows;
  assert.equal(threat.length, header.length);
  const field = (name: string) => threat[header.indexOf(name)];
  assert.equal(field('quote'), 'He said, "this is not a bluff"\nand left');
  assert.equal(field('actor_name'), 'Vladimir Putin');
  assert.equal(field('severity'), '4');
  assert.equal(field('source_list'), 'https://example.org/a000000000000001');

  const quotes = await runCli(['export', '--db', db, '--what', 'quotes', '--lang', 'fr', '--format', 'csv']);
  const q = parseCsv(quotes.stdout);
  assert.equal(q.length, 2);
  assert.equal(q[1]?.[(q[0] ?? []).indexOf('speaker_name')], 'Vladimir Putin');

  for (const [args, message] of [
    [['--min-severity', '12'], /0 to 9/],
    [['--since', '22/09/2022'], /YYYY/],
    [['--what', 'quotes', '--type', 'THREAT'], /--type filters signals/],
    [['--format', 'xml'], /jsonl, csv/],
  ] as const) {
    const r = await runCli(['export', '--db', db, ...args]);
    assert.equal(r.code, 2, args.join(' '));
    assert.match(r.stderr, message);
  }
});

test('on a terminal, ingest shows progress (docs, docs/s, failures) and failure lines stay readable', async () => {
  const db = join(dir, 'tty.db');
  const r = await runCli(['ingest', SEEDS, join(dir, 'missing-for-tty.txt'), '--db', db], { tty: true });
  assert.equal(r.code, 1);
  const text = r.stderr;
  assert.match(text, /\r\x1b\[Kingest \[[#.]+\] \d+ docs {2}\d+ docs\/s {2}\d+ failed/);
  // The failure line starts on a clean line and is whole.
  assert.match(text, /(^|\r\x1b\[K)brink ingest: \S*missing-for-tty\.txt: [^\r\n]+\n/);
  assert.equal(r.stdout, '', 'nothing on stdout');
});

test('ingest reads a document from standard input with -', async () => {
  const db = join(dir, 'stdin.db');
  const text = readFileSync(join(SEEDS, 'seed-002.txt'), 'utf8');
  const r = await runCli(['ingest', '-', '--db', db], { stdin: Readable.from([Buffer.from(text)]) });
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(summaryOf(r.stderr), { stored: 1, present: 0, failed: 0 });
  const store = openStore(db, { readonly: true });
  const [only] = await analyzed([join(SEEDS, 'seed-002.txt')]);
  assert.equal((await store.getDocument(only?.id ?? ''))?.text, only?.text);
  await store.close();
});
