// End-to-end `brink eval` on the real seeds: every figure of §8 is printed, and each is n/a or in [0,1].
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { FIGURE_NAMES } from './score.ts';
import { runCli } from '../../src/cli/testing.ts';

const corpus = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));

function run(argv: string[]) {
  return runCli(['eval', ...argv]);
}

const seeds = ['--gold', join(corpus, 'gold'), '--docs', join(corpus, 'seeds')];

/** Figures every seed gold file annotates, so they must be numbers on the seeds whatever the pipeline does. */
const DEFINED_ON_SEEDS = [
  'cleaning.retention',
  'cleaning.removal',
  'cleaning.f1',
  'language.accuracy',
  'relevance.recall',
  'relevance.f1',
  'published.accuracy',
  'quotes.recall',
  'quotes.f1',
  'signals.strict.recall',
  'signals.strict.f1',
  'signals.coarse.recall',
  'signals.coarse.f1',
];

test('brink eval on the seeds prints every figure, each n/a or in [0,1]', async () => {
  const r = await run(seeds);
  assert.equal(r.code, 0, r.stderr);
  for (const name of FIGURE_NAMES) {
    const line = r.stdout.split('\n').find((l) => l.startsWith(`${name} `));
    assert.ok(line, `${name} is printed`);
    const value = line.slice(name.length).trim().split(/\s+/)[0];
    assert.ok(value === 'n/a' || (Number(value) >= 0 && Number(value) <= 1), `${name}: ${value}`);
  }
  assert.match(r.stdout, /^documents 5,/);
  assert.match(r.stdout, /^body\.f1 +n\/a +no gold with a reference body/m);
  assert.match(r.stdout, /^duplicates\.f1 +n\/a/m);
});

test('brink eval --json --per-doc gives a summary with every figure and one entry per seed', async () => {
  const r = await run([...seeds, '--json', '--per-doc']);
  assert.equal(r.code, 0, r.stderr);
  const out = JSON.parse(r.stdout) as { documents: number; figures: Record<string, number | null>; perDoc: { doc: string; figures: Record<string, number | null> }[] };
  assert.equal(out.documents, 5);
  assert.deepEqual(Object.keys(out.figures), [...FIGURE_NAMES]);
  for (const [name, value] of Object.entries(out.figures)) assert.ok(value === null || (value >= 0 && value <= 1), `${name}: ${value}`);
  for (const name of DEFINED_ON_SEEDS) assert.equal(typeof out.figures[name], 'number', name);
  assert.deepEqual(
    out.perDoc.map((d) => d.doc),
    ['seed-000', 'seed-001', 'seed-002', 'seed-003', 'seed-004'],
  );
  for (const d of out.perDoc) assert.equal(typeof d.figures['cleaning.retention'], 'number');
});

test('brink eval: usage errors exit 2, an unreadable gold directory 3, a gold file without document is named', async () => {
  assert.equal((await run(['--gold', join(corpus, 'gold')])).code, 2);
  const missing = await run(['--gold', '/nonexistent/brink-gold', '--docs', join(corpus, 'seeds')]);
  assert.equal(missing.code, 3);
  assert.match(missing.stderr, /brink-gold/);

  const dir = mkdtempSync(join(tmpdir(), 'brink-eval-'));
  try {
    writeFileSync(join(dir, 'orphan.json'), JSON.stringify({ doc: 'orphan', lang: 'fr' }));
    writeFileSync(join(dir, 'broken.json'), '{');
    const r = await run(['--gold', dir, '--docs', join(corpus, 'seeds')]);
    assert.equal(r.code, 0);
    assert.match(r.stderr, /orphan\.json: no orphan\.txt or orphan\.html/);
    assert.match(r.stderr, /broken\.json: not readable JSON/);
    assert.match(r.stdout, /^documents 0,/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('brink eval scores duplicates from a gold duplicates.json, clustering documents as analyze does', async () => {
  const gold = mkdtempSync(join(tmpdir(), 'brink-eval-gold-'));
  const docs = mkdtempSync(join(tmpdir(), 'brink-eval-docs-'));
  try {
    const seed0 = readFileSync(join(corpus, 'seeds', 'seed-000.txt'), 'utf8');
    // b is a republication of a with one line of other boilerplate; c is another story.
    writeFileSync(join(docs, 'a.txt'), seed0);
    writeFileSync(join(docs, 'b.txt'), seed0 + '\n\nRepublished with permission.\n');
    writeFileSync(join(docs, 'c.txt'), readFileSync(join(corpus, 'seeds', 'seed-001.txt'), 'utf8'));
    for (const id of ['a', 'b', 'c']) writeFileSync(join(gold, `${id}.json`), JSON.stringify({ doc: id, lang: 'fr' }));
    writeFileSync(join(gold, 'duplicates.json'), JSON.stringify({ duplicates: [['a', 'b']] }));
    const r = await run(['--gold', gold, '--docs', docs, '--json']);
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout) as { documents: number; figures: Record<string, number | null> };
    assert.equal(out.documents, 3, 'duplicates.json is not a document');
    assert.equal(out.figures['duplicates.recall'], 1);
    assert.equal(out.figures['duplicates.precision'], 1);
  } finally {
    rmSync(gold, { recursive: true, force: true });
    rmSync(docs, { recursive: true, force: true });
  }
});

test('brink eval --titles scores titles from the file for gold files without one; an unreadable file exits 3', async () => {
  const gold = mkdtempSync(join(tmpdir(), 'brink-eval-gold-'));
  const docs = mkdtempSync(join(tmpdir(), 'brink-eval-docs-'));
  const other = mkdtempSync(join(tmpdir(), 'brink-eval-titles-'));
  try {
    writeFileSync(join(docs, 'a.html'), '<html><head><title>Rain in Paris</title></head><body><h1>Rain in Paris</h1><p>It rained in Paris on Monday.</p></body></html>');
    writeFileSync(join(docs, 'b.html'), '<html><body><p>No headline here.</p></body></html>');
    for (const id of ['a', 'b']) writeFileSync(join(gold, `${id}.json`), JSON.stringify({ doc: id, body: 'x' }));
    // Outside both directories: in either it would be read as a gold file or a document.
    const titles = join(other, 'titles.json');
    writeFileSync(titles, JSON.stringify({ a: 'Rain in Paris', b: 'A headline the page does not have' }));
    const without = await run(['--gold', gold, '--docs', docs]);
    assert.match(without.stdout, /^title\.accuracy +n\/a +no gold with a title/m);
    const r = await run(['--gold', gold, '--docs', docs, '--titles', titles]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^title\.accuracy +\S+ +\d\/2 titles equal to gold/m);
    assert.doesNotMatch(r.stdout, /^title\.accuracy +1\.000/m, 'b has no headline to find');
    rmSync(titles);

    const missing = await run(['--gold', gold, '--docs', docs, '--titles', titles]);
    assert.equal(missing.code, 3);
    assert.match(missing.stderr, /cannot read the titles file .*titles\.json/);
  } finally {
    rmSync(gold, { recursive: true, force: true });
    rmSync(docs, { recursive: true, force: true });
    rmSync(other, { recursive: true, force: true });
  }
});
