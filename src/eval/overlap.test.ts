import assert from 'node:assert/strict';
import { test } from 'node:test';
import { diceOverlap } from './overlap.ts';

test('diceOverlap = 2 × shared tokens ÷ (tokens of one + tokens of the other), as multisets', () => {
  const rows: [string, string, number][] = [
    ['a b c d', 'a b c d', 1],
    ['a b c d', 'a b', (2 * 2) / 6],
    ['a b', 'c d', 0],
    ['a a b', 'a b b', (2 * 2) / 6],
    ['Ne le faites pas', '“Ne le faites pas »', 1],
    ['L’Ukraine', "l'ukraine", 1],
    ['', '', 0],
    ['x', '', 0],
  ];
  for (const [a, b, expected] of rows) assert.equal(diceOverlap(a, b), expected, `${a} | ${b}`);
});
