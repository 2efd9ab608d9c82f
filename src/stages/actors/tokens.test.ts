import { test } from 'node:test';
import assert from 'node:assert/strict';
import { documentTokens, keepTokens, tokenize, tokensIn } from './tokens.ts';

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

test('tokensIn gives what tokenize gives for the same span, whether or not the document keeps its tokens', () => {
  const sources = [
    { name: 'bare text', source: TEXT },
    { name: 'no tokens kept', source: { text: TEXT } },
    { name: 'tokens kept', source: { text: TEXT, tokens: keepTokens({ text: TEXT }) } },
    // A copy of the document with other text (one line read apart) must not read the kept tokens.
    { name: 'tokens of another text', source: { text: TEXT, tokens: keepTokens({ text: 'Putin said it' }) } },
  ];
  for (const { name, source } of sources) {
    for (const [from, to] of SPANS) {
      const whole = tokenize(TEXT, from, to);
      assert.deepEqual(tokensIn(source, from, to, false), whole, `[${from}, ${to}) whole, ${name}`);
      assert.deepEqual(tokensIn(source, from, to, true), whole.filter((t) => t.end <= to), `[${from}, ${to}) clipped, ${name}`);
    }
  }
});

test('documentTokens reads the tokens kept for the document\'s own text only', () => {
  const kept = keepTokens({ text: TEXT });
  assert.deepEqual(kept.tokens, tokenize(TEXT));
  assert.equal(documentTokens({ text: TEXT, tokens: kept }), kept.tokens);
  assert.equal(keepTokens({ text: TEXT, tokens: kept }).tokens, kept.tokens);
  assert.deepEqual(documentTokens({ text: 'Putin said', tokens: kept }), tokenize('Putin said'));
  assert.deepEqual(documentTokens({ text: TEXT }), kept.tokens);
});
