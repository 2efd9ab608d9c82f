import { test } from 'node:test';
import assert from 'node:assert/strict';
import { documentTokens, tokenize, tokensIn } from './tokens.ts';

const TEXT = 'Le porte-parole du Kremlin, Dmitri Peskov, a déclaré : « Nous ne l’excluons pas. » Choïgou — «\u0301Мы» ответим.';

/** Spans of TEXT: at word starts, inside words, on punctuation, past the end, empty and reversed. */
const SPANS: readonly (readonly [number, number])[] = [
  [0, TEXT.length],
  [0, 5],
  [3, 20],
  [4, 9],
  [5, 12],
  [27, 41],
  [28, 41],
  [29, 40],
  [55, 82],
  [84, TEXT.length],
  [90, 95],
  [TEXT.length - 3, TEXT.length + 10],
  [10, 10],
  [20, 12],
];

test('tokensIn gives what tokenize gives for the same span, whether or not the whole text is kept', () => {
  for (const kept of [false, true]) {
    if (kept) documentTokens(TEXT);
    else documentTokens('another text');
    for (const [from, to] of SPANS) {
      const whole = tokenize(TEXT, from, to);
      assert.deepEqual(tokensIn(TEXT, from, to, false), whole, `[${from}, ${to}) whole, kept=${kept}`);
      assert.deepEqual(tokensIn(TEXT, from, to, true), whole.filter((t) => t.end <= to), `[${from}, ${to}) clipped, kept=${kept}`);
    }
  }
});

test('documentTokens keeps the last text only', () => {
  const a = documentTokens(TEXT);
  assert.equal(documentTokens(TEXT), a);
  assert.deepEqual(documentTokens('Putin said'), tokenize('Putin said'));
  assert.notEqual(documentTokens(TEXT), a);
  assert.deepEqual(documentTokens(TEXT), a);
});
