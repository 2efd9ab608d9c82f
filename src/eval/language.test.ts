import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseGold } from './gold.ts';
import { goldLanguage, languageMatches, withLang } from './language.ts';

test('languageMatches compares primary subtags, case-insensitively; null never matches', () => {
  const rows: [string | null, string, boolean][] = [
    ['fr', 'fr', true],
    ['fr-FR', 'fr', true],
    ['EN', 'en-GB', true],
    ['ru', 'uk', false],
    [null, 'en', false],
  ];
  for (const [predicted, gold, expected] of rows) assert.equal(languageMatches(predicted, gold), expected, `${predicted} ~ ${gold}`);
});

test("withLang fills a missing gold lang from the languages file; the gold file's own lang wins", () => {
  const langs = new Map([['x', 'pt']]);
  assert.equal(withLang(parseGold({ doc: 'x', body: 'Texto' }, 'x'), langs).lang, 'pt');
  assert.equal(withLang(parseGold({ doc: 'x', lang: 'es', body: 'Texto' }, 'x'), langs).lang, 'es');
  assert.equal(withLang(parseGold({ doc: 'y', body: 'Text' }, 'y'), langs).lang, undefined);
});

test('HTML gold without a lang defaults to English; text gold without one is left out', () => {
  const gold = parseGold({ doc: 'x', body: 'Text' }, 'x');
  assert.equal(goldLanguage(gold, 'html'), 'en');
  assert.equal(goldLanguage(gold, 'text'), undefined);
});
