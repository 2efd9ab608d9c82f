import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parseGold } from './gold.ts';
import { goldLanguage, languageMatches } from './language.ts';
import { goldRelevance } from './relevance.ts';

const corpus = new URL('../../../shared/corpus/', import.meta.url);

test('parseGold reads a seed gold file', () => {
  const g = parseGold(JSON.parse(readFileSync(new URL('gold/seed-002.json', corpus), 'utf8')), 'seed-002');
  assert.equal(g.lang, 'fr');
  assert.ok(g.lines && g.lines.title.length === 1);
  assert.ok(g.signals?.some((s) => s.date !== null && s.date.length === 2), 'a list of acceptable dates survives');
  assert.ok(g.signals?.some((s) => s.optional));
  assert.equal(g.body, undefined);
});

test('parseGold rejects wrong shapes, naming the field', () => {
  assert.throws(() => parseGold({ doc: 'x', lines: { title: ['0'] } }, 'x'), /lines\.title/);
  assert.throws(() => parseGold({ doc: 'x', signals: [{ type: 'THREAT', actor: 'A', date: 'Sept 2022' }] }, 'x'), /date/);
  assert.throws(() => parseGold({ doc: 'x', relevant: 'yes' }, 'x'), /relevant/);
  assert.throws(() => parseGold([], 'f'), /object/);
});

test('goldRelevance: explicit label, else from annotated signals', () => {
  const base = parseGold({ doc: 'x' }, 'x');
  const sig = { type: 'THREAT', actor: 'A', evidence: 'e' };
  const rows: [object, boolean | undefined][] = [
    [{ relevant: false, signals: [sig] }, false],
    [{ signals: [sig] }, true],
    [{ signals: [] }, false],
    [{ signals: [{ ...sig, optional: true }] }, undefined],
    [{ body: 'text' }, undefined],
  ];
  for (const [extra, expected] of rows) assert.equal(goldRelevance(parseGold({ ...base, ...extra }, 'x')), expected, JSON.stringify(extra));
});

test('language: gold lang, else English for HTML benchmark pages; primary subtag compared', () => {
  assert.equal(goldLanguage(parseGold({ doc: 'x', lang: 'fr' }, 'x'), 'html'), 'fr');
  assert.equal(goldLanguage(parseGold({ doc: 'x', body: 'b' }, 'x'), 'html'), 'en');
  assert.equal(goldLanguage(parseGold({ doc: 'x' }, 'x'), 'text'), undefined);
  const rows: [string | null, string, boolean][] = [
    ['fr', 'fr', true],
    ['fr-FR', 'fr', true],
    ['EN', 'en', true],
    ['en', 'fr', false],
    [null, 'fr', false],
  ];
  for (const [pred, gold, expected] of rows) assert.equal(languageMatches(pred, gold), expected);
});
