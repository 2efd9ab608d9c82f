import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fold } from './fold.ts';
import { hashUnits, hashWord, PREFIX_UNITS, WordIndex } from './word-index.ts';
import { forEachWord } from './words.ts';

const seeds = join(import.meta.dirname, '../../../shared/corpus/seeds');
const TEXTS = [
  ...readdirSync(seeds)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => fold(readFileSync(join(seeds, f), 'utf8'))),
  fold("l'an 2024, u.s. officials, нуклеарне, атомное оружие\u2028ядерное, 🙂menace nucléaire𝐀𝐁𝐂 abc𝐀"),
];

/** The text's words as strings, as the regex of words.ts reads them. */
function wordsOf(text: string): string[] {
  return [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => m[0]);
}

test('a word index has exactly the words of its text', () => {
  for (const text of TEXTS) {
    const index = new WordIndex(text);
    const words = new Set(wordsOf(text));
    assert.equal(index.size, words.size);
    for (const w of words) assert.ok(index.has(w, hashWord(w)), w);
    for (const w of ['nucleair', 'zzz', 'menac', 'officials,', ''].filter((x) => !words.has(x))) assert.ok(!index.has(w, hashWord(w)), w);
  }
});

test('hasWordStarting says whether some word of the text starts with the stem', () => {
  let hits = 0;
  let checks = 0;
  for (const text of TEXTS) {
    const index = new WordIndex(text);
    // Every beginning of every word, to say what the index should answer.
    const beginnings = new Set(wordsOf(text).flatMap((w) => Array.from({ length: w.length }, (_, n) => w.slice(0, n + 1))));
    // Stems: every prefix of every word, and the same with a last letter changed (mostly absent).
    const stems = new Set<string>();
    forEachWord(text, (start, end) => {
      for (let n = PREFIX_UNITS; n <= end - start; n++) {
        const stem = text.slice(start, start + n);
        stems.add(stem);
        stems.add(stem.slice(0, -1) + 'q');
      }
    });
    for (const stem of stems) {
      const want = beginnings.has(stem);
      assert.equal(index.hasWordStarting(stem, hashUnits(stem, 0, PREFIX_UNITS)), want, stem);
      checks++;
      if (want) hits++;
    }
  }
  assert.ok(hits > 1000 && checks - hits > 1000, `${hits} of ${checks}`);
});
