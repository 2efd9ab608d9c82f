import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fold } from './fold.ts';
import { hashUnits, hashWord, PREFIX_UNITS, Vocabulary, WordIndex } from './word-index.ts';
import { forEachHashedWord, forEachWord } from './words.ts';

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

test('a vocabulary numbers each word once, and a text marks exactly the numbered words it holds', () => {
  const vocabulary = new Vocabulary();
  const probes = ['menace', 'nucleaire', 'officials', 'ядерное', 'abc', 'zzz', 'u', 's', '2024', 'nucl'];
  const ids = probes.map((w) => vocabulary.idOf(w));
  const numbered = new Set(probes);
  assert.deepEqual(ids, probes.map((_, i) => i));
  assert.equal(vocabulary.idOf('menace'), 0);
  assert.equal(vocabulary.size, probes.length);
  let marked = 0;
  for (const text of TEXTS) {
    const index = new WordIndex(text);
    const words = new Set(wordsOf(text));
    const present = index.presentOf(vocabulary);
    probes.forEach((w, id) => assert.equal(present[id] === 1, words.has(w), `${w} in ${text.slice(0, 30)}`));
    marked += present.reduce((a, b) => a + b, 0);
    // Words numbered after the text was marked are marked too.
    const late = [...words][0] as string;
    const id = vocabulary.idOf(late);
    numbered.add(late);
    assert.equal(index.presentOf(vocabulary)[id], 1, late);
  }
  assert.ok(marked > 5, `${marked} marks`);
  // Every word of a text is found at its own offsets, and nothing else is.
  const text = TEXTS[TEXTS.length - 1] as string;
  forEachWord(text, (start, end) => {
    const word = text.slice(start, end);
    const id = vocabulary.idOf(word);
    numbered.add(word);
    assert.equal(vocabulary.find(text, start, end, hashUnits(text, start, end)), id, word);
    // A cut word is found only when it was numbered as a word of its own.
    const cut = text.slice(start, end - 1);
    assert.equal(vocabulary.find(text, start, end - 1, hashUnits(text, start, end - 1)) >= 0, numbered.has(cut), cut);
  });
  assert.equal(vocabulary.find('qqqq', 0, 4, hashWord('qqqq')), -1);
});

test('forEachHashedWord reads the words forEachWord reads, each with its hashUnits', () => {
  for (const text of TEXTS) {
    const plain: [number, number][] = [];
    forEachWord(text, (start, end) => plain.push([start, end]));
    const hashed: [number, number][] = [];
    forEachHashedWord(text, (start, end, hash) => {
      hashed.push([start, end]);
      assert.equal(hash, hashUnits(text, start, end), text.slice(start, end));
    });
    assert.deepEqual(hashed, plain);
    assert.ok(plain.length > 0);
  }
});
