import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { DEFAULT_DATA_DIR, LexiconError } from '../../lexicon/index.ts';
import { loadPlaceWords, placeWordsFor } from './place-words.ts';

test('place words: a document is read with its file languages and its own language', () => {
  const model = loadPlaceWords(DEFAULT_DATA_DIR);
  const en = placeWordsFor(model, ['en'], 'en');
  assert.ok(en.prepositions.has('in') && en.townPrepositions.has('from') && en.indefinites.has('another'));
  assert.ok(!en.prepositions.has('bei') && !en.indefinites.has('un'));
  // French has articles but no place prepositions ("à Poutine" is whom one speaks to).
  const fr = placeWordsFor(model, ['fr'], 'fr');
  assert.ok(fr.indefinites.has('une') && fr.prepositions.size === 0);
  // A German document is read with the four file languages and its own words.
  const de = placeWordsFor(model, ['fr', 'en', 'ru', 'uk'], 'de');
  assert.ok(de.prepositions.has('bei') && de.indefinites.has('einem') && de.indefinites.has('une'));
  // Place nouns hold for every document: "Fort Meade" keeps its name in a Russian story.
  assert.ok(placeWordsFor(model, ['ru'], 'ru').placeNouns.has('fort'));
  // The merged lists are built once per language set.
  assert.equal(placeWordsFor(model, ['en'], 'en'), en);
});

test('place words: a bad line names its file and line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'brink-place-'));
  try {
    for (const lang of ['en', 'fr']) mkdirSync(join(dir, lang));
    writeFileSync(join(dir, 'en', 'place-words.txt'), '# test\nplace-preposition | in\nplace | near\nindefinite | a lot\n');
    writeFileSync(join(dir, 'fr', 'place-words.txt'), '# test\nindefinite | un\n');
    assert.throws(
      () => loadPlaceWords(dir),
      (e: unknown) => e instanceof LexiconError && /place-words\.txt:3: .*unknown kind "place"/.test(e.message) && /:4: .*one word a line/.test(e.message),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
