import assert from 'node:assert/strict';
import { test } from 'node:test';
import { greedyMatch } from './matching.ts';

test('greedyMatch takes the best pair first and each side once', () => {
  // pred 0 is closest to gold 1; pred 1 then gets gold 0 although it scores higher on gold 1.
  const pairs = greedyMatch([
    { pred: 0, gold: 0, score: [0.6] },
    { pred: 0, gold: 1, score: [0.9] },
    { pred: 1, gold: 1, score: [0.8] },
    { pred: 1, gold: 0, score: [0.5] },
  ]);
  assert.deepEqual(pairs, [
    { pred: 0, gold: 1 },
    { pred: 1, gold: 0 },
  ]);
});

test('greedyMatch breaks ties with the next score, then document order', () => {
  assert.deepEqual(greedyMatch([{ pred: 0, gold: 0, score: [1, 0] }, { pred: 0, gold: 1, score: [1, 1] }]), [{ pred: 0, gold: 1 }]);
  assert.deepEqual(greedyMatch([{ pred: 0, gold: 1, score: [1] }, { pred: 0, gold: 0, score: [1] }]), [{ pred: 0, gold: 0 }]);
  assert.deepEqual(greedyMatch([]), []);
});
