import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { scoreCleaning } from './cleaning.ts';
import { parseGold } from './gold.ts';

const corpus = new URL('../../../shared/corpus/', import.meta.url);
const seed = (n: string) => ({
  raw: readFileSync(new URL(`seeds/${n}.txt`, corpus), 'utf8'),
  gold: parseGold(JSON.parse(readFileSync(new URL(`gold/${n}.json`, corpus), 'utf8')), n),
});
const SEEDS = ['seed-000', 'seed-001', 'seed-002', 'seed-003', 'seed-004'];

test('gold line indexes count blank lines: they point at the headline and the prose of the raw file', () => {
  const { raw, gold } = seed('seed-000');
  const lines = raw.split('\n');
  const labels = gold.lines!;
  assert.match(lines[labels.title[0]!]!, /avertissements clandestins à la Russie/);
  assert.match(lines[labels.content[0]!]!, /^Les États-Unis envoient depuis plusieurs mois des communications privées/);
  // Were blank lines skipped when counting, the highest index would be past the last non-blank line.
  const nonBlank = lines.filter((l) => l.trim() !== '').length;
  assert.ok(Math.max(...labels.content, ...labels.boilerplate) >= nonBlank);
  for (const n of SEEDS) {
    const s = seed(n);
    const { title, content, boilerplate, optional } = s.gold.lines!;
    const all = [...title, ...content, ...boilerplate, ...optional];
    for (const i of all) assert.notEqual(s.raw.split('\n')[i]?.trim() ?? '', '', `${n} line ${i} is blank or missing`);
  }
});

test('an output holding exactly the gold title and content scores retention 1 and removal 1 on every seed', () => {
  for (const n of SEEDS) {
    const { raw, gold } = seed(n);
    const lines = raw.split('\n');
    const l = gold.lines!;
    const c = scoreCleaning(raw, l, { title: lines[l.title[0]!]!, text: l.content.map((i) => lines[i]).join('\n\n') });
    assert.equal(c.retained.hits, c.retained.total, n);
    assert.equal(c.removed.hits, c.removed.total, n);
    assert.ok(c.retained.total > 0 && c.removed.total >= 0);
    assert.equal(c.outOfRange, 0);
  }
});

test('scoreCleaning: a line occurs when its normalised text is inside the normalised title + text', () => {
  const raw = ['Headline here', '', 'First “paragraph”   of prose.', '', 'Share on Facebook', '', 'Second paragraph.', '', 'Optional bit'].join('\n');
  const lines = { title: [0], content: [2, 6], boilerplate: [4], optional: [8] };
  const rows: [string | null, string, number, number][] = [
    // [title, text, retained hits of 3, removed hits of 1]
    ['Headline here', "first 'paragraph' of prose.\n\nSecond paragraph.", 3, 1],
    [null, 'Headline here\nFirst "paragraph" of prose. Second paragraph. Share on Facebook Optional bit', 3, 0],
    ['Headline', 'Second paragraph.', 1, 1],
    [null, '', 0, 1],
  ];
  for (const [title, text, kept, removed] of rows) {
    const c = scoreCleaning(raw, lines, { title, text });
    assert.deepEqual([c.retained, c.removed], [{ hits: kept, total: 3 }, { hits: removed, total: 1 }], `${title} | ${text}`);
  }
  // boilerplate that repeats kept text (a repeated headline, a share button named in the prose) is removed when it occurs no more often than in the gold's kept text
  const repeated = ['Big headline', 'Big headline', 'He posted on Twitter.', 'Twitter'].join('\n');
  const repeatedLines = { title: [0], content: [2], boilerplate: [1, 3], optional: [] };
  const rows2: [string, number][] = [
    ['He posted on Twitter.', 2],
    ['Big headline He posted on Twitter.', 1],
    ['He posted on Twitter. Twitter', 1],
  ];
  for (const [text, removed] of rows2) assert.equal(scoreCleaning(repeated, repeatedLines, { title: 'Big headline', text }).removed.hits, removed, text);
  assert.equal(scoreCleaning(raw, { ...lines, content: [2, 99] }, { title: null, text: '' }).outOfRange, 1);
});
