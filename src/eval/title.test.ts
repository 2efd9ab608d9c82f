// Title gold from a titles file merged into the gold files, and the title figure it feeds (SIGNALS.md §8).
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { createDoc, toRecord } from '../document/index.ts';
import { EvalSetError, loadEvalSet } from './corpus.ts';
import { GoldError, parseGold } from './gold.ts';
import { scoreDocument, summarise } from './score.ts';
import { parseDocStrings, titleMatches, withTitle } from './title.ts';

const corpus = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));
const titlesFile = fileURLToPath(new URL('../../test/gold/html-titles.json', import.meta.url));

test('titleMatches: equal after §8 normalisation, nothing looser', () => {
  const gold = '‘We had some issues,’ exec says on Disney+ glitches';
  const hits = [gold, "'WE HAD SOME ISSUES,' exec says on Disney+ glitches", '  ‘We had some  issues,’\nexec says on Disney+ glitches '];
  const misses: (string | null)[] = [
    null,
    '',
    'We had some issues, exec says on Disney+ glitches',
    '‘We had some issues,’ exec says on Disney+ glitches - Los Angeles Times',
    'Disney+ glitches blamed on heavy demand says executive Kevin Mayer',
  ];
  for (const p of hits) assert.ok(titleMatches(p, gold), `hit: ${p}`);
  for (const p of misses) assert.ok(!titleMatches(p, gold), `miss: ${p}`);
});

test("withTitle: the titles file fills in gold without a title; the gold file's own title wins", () => {
  const titles = new Map([['a', 'From the file']]);
  const rows: [Record<string, unknown>, string | undefined][] = [
    [{ doc: 'a' }, 'From the file'],
    [{ doc: 'a', title: 'Own title' }, 'Own title'],
    [{ doc: 'b' }, undefined],
    [{ doc: 'b', title: 'Own title' }, 'Own title'],
  ];
  for (const [json, expected] of rows) assert.equal(withTitle(parseGold(json, 'x'), titles).title, expected, JSON.stringify(json));
});

test('parseDocStrings accepts a map of doc ids to headlines and rejects other shapes, naming the file and doc', () => {
  assert.deepEqual([...parseDocStrings({ a: 'A headline', b: 'B' }, 'f.json')], [['a', 'A headline'], ['b', 'B']]);
  const bad: [unknown, RegExp][] = [
    [[['a', 'A']], /f\.json: a titles file must be a JSON object/],
    [null, /JSON object/],
    [{ a: 1 }, /'a' must be a non-empty string/],
    [{ a: '  ' }, /'a'/],
    [{ a: null }, /'a'/],
  ];
  for (const [value, message] of bad) assert.throws(() => parseDocStrings(value, 'f.json'), (e: Error) => e instanceof GoldError && message.test(e.message), JSON.stringify(value));
});

test('title figure: share of pages with a gold title (own or from the file) whose output title equals it', () => {
  const titles = new Map([
    ['p1', 'Nadal keeps Spain alive against Russia in Davis Cup Finals'],
    ['p2', 'Home Depot sales miss, shares plunge'],
    ['p3', 'Ignored: p3 has its own title'],
  ]);
  const cases: [Record<string, unknown>, string | null][] = [
    [{ doc: 'p1', body: 'x' }, 'NADAL keeps Spain alive against Russia in Davis Cup Finals'], // hit from the file
    [{ doc: 'p2', body: 'x' }, 'Home Depot sales miss, shares plunge - CNBC'], // miss: site suffix kept
    [{ doc: 'p3', body: 'x', title: 'Its own title' }, 'Its own title'], // hit on the gold's own title
    [{ doc: 'p4', body: 'x' }, 'No gold title anywhere'], // not counted
    [{ doc: 'p5', body: 'x', title: 'Lost headline' }, null], // miss: no output title
  ];
  const scores = cases.map(([json, predicted]) => {
    const gold = withTitle(parseGold(json, 'x'), titles);
    const record = { ...toRecord(createDoc({ source: 'x', content: '', format: 'html', meta: {} })), title: predicted };
    return scoreDocument({ gold, record, raw: '', format: 'html', failure: null });
  });
  assert.deepEqual(scores.map((s) => s.title), [true, false, true, null, false]);
  const figure = summarise(scores, null).find((f) => f.name === 'title.accuracy');
  assert.equal(figure?.value, 2 / 4);
  assert.equal(figure?.detail, '2/4 titles equal to gold');
});

test('loadEvalSet --titles: merges into the cases, names stray titles, fails on a bad titles file', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'brink-titles-'));
  try {
    const gold = join(dir, 'gold');
    const docs = join(dir, 'docs');
    for (const d of [gold, docs]) mkdirSync(d);
    writeFileSync(join(gold, 'a.json'), JSON.stringify({ doc: 'a', body: 'x' }));
    writeFileSync(join(gold, 'b.json'), JSON.stringify({ doc: 'b', body: 'x', title: 'Own B' }));
    for (const id of ['a', 'b']) writeFileSync(join(docs, `${id}.html`), '<html><body><p>x</p></body></html>');
    const file = join(dir, 'titles.json');
    writeFileSync(file, JSON.stringify({ a: 'File A', b: 'File B', zzz: 'Nowhere' }));
    const set = await loadEvalSet(gold, docs, { titles: file });
    assert.deepEqual(set.cases.map((c) => [c.gold.doc, c.gold.title]), [['a', 'File A'], ['b', 'Own B']]);
    assert.deepEqual(set.problems, [`${file}: 1 titles name no evaluated document (first: 'zzz'); ignored`]);
    assert.deepEqual((await loadEvalSet(gold, docs)).cases.map((c) => c.gold.title), [undefined, 'Own B'], 'no titles file, no merge');

    writeFileSync(file, '{"a": ');
    await assert.rejects(loadEvalSet(gold, docs, { titles: file }), (e: Error) => e instanceof EvalSetError && e.message.includes('titles.json'));
    writeFileSync(file, JSON.stringify({ a: 3 }));
    await assert.rejects(loadEvalSet(gold, docs, { titles: file }), (e: Error) => e instanceof EvalSetError && /'a' must be a non-empty string/.test(e.message));
    await assert.rejects(loadEvalSet(gold, docs, { titles: join(dir, 'missing.json') }), EvalSetError);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('test/gold/html-titles.json gives every page of the HTML corpus a title, and names no other page', async () => {
  const set = await loadEvalSet(join(corpus, 'html-gold'), join(corpus, 'html'), { titles: titlesFile });
  assert.deepEqual(set.problems, []);
  assert.equal(set.cases.length, readdirSync(join(corpus, 'html-gold')).filter((f) => f.endsWith('.json')).length);
  for (const c of set.cases) assert.ok(c.gold.title && c.gold.title.trim() !== '', c.gold.doc);
});
