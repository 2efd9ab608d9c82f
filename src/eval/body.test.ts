import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bodyCounts, bodyScores } from './body.ts';

const third = 1 / 3;

test('bodyCounts: 4-token shingles as multisets, each count divided by tp+fp+fn', () => {
  const rows: [string, string, [number, number, number]][] = [
    // shingles {abcd, bcde} vs {abcd, bcdx}: tp 1, fp 1, fn 1
    ['a b c d e', 'a b c d x', [third, third, third]],
    // "abcd" twice predicted, once in gold, plus bcda, cdab, dabc: tp 1, fp 4
    ['a b c d a b c d', 'a b c d', [0.2, 0.8, 0]],
    // fewer than 4 tokens: one shingle of all of them
    ['one two', 'one two', [1, 0, 0]],
    ['one two', 'one two three', [0, 0.5, 0.5]],
    // case is kept: nothing shared
    ['The cat sat down', 'the cat sat down', [0, 0.5, 0.5]],
    // punctuation is not a token; non-ASCII letters and _ are word characters
    ['Zürich, naïve_x: 2019 — ok!', 'Zürich naïve_x 2019 ok', [1, 0, 0]],
    ['', 'p q r s', [0, 0, 1]],
    ['', '', [0, 0, 0]],
  ];
  for (const [pred, gold, [tp, fp, fn]] of rows) {
    const c = bodyCounts(pred, gold);
    assert.ok(Math.abs(c.tp - tp) < 1e-12 && Math.abs(c.fp - fp) < 1e-12 && Math.abs(c.fn - fn) < 1e-12, `${pred} | ${gold}: ${JSON.stringify(c)}`);
  }
});

test('bodyScores averages per document like the benchmark (hand-computed)', () => {
  // doc 1: P 1/2, R 1/2. doc 2: nothing extracted, left out of precision, recall 0. doc 3: P 1, R 1.
  // precision = (1/2 + 1)/2 = 0.75; recall = (1/2 + 0 + 1)/3 = 0.5; F1 = 2·0.75·0.5/1.25 = 0.6
  const s = bodyScores([
    { predicted: 'a b c d e', gold: 'a b c d x' },
    { predicted: '', gold: 'p q r s' },
    { predicted: 'one two', gold: 'one two' },
  ]);
  assert.equal(s.precision, 0.75);
  assert.equal(s.recall, 0.5);
  assert.ok(Math.abs((s.f1 ?? -1) - 0.6) < 1e-12);
  assert.deepEqual(bodyScores([]), { precision: null, recall: null, f1: null });
});
