import assert from 'node:assert/strict';
import { test } from 'node:test';
import { duplicateCounts, parseDuplicates } from './duplicates.ts';

test('duplicateCounts: pairwise same-cluster counts, gold groups chained transitively', () => {
  const groups = [['a', 'b'], ['b', 'c'], ['x', 'not-evaluated']];
  const rows: [Record<string, string | null>, [number, number, number]][] = [
    // gold pairs: ab, ac, bc
    [{ a: '1', b: '1', c: '1', d: '2', x: null }, [3, 0, 0]],
    [{ a: '1', b: '1', c: '2', d: '2', x: null }, [1, 1, 2]],
    [{ a: null, b: null, c: null, d: null, x: null }, [0, 0, 3]],
    [{ a: '1', b: '2', c: '3', d: '1', x: '1' }, [0, 3, 3]],
  ];
  for (const [clusters, expected] of rows) {
    const c = duplicateCounts(new Map(Object.entries(clusters)), groups);
    assert.deepEqual([c.tp, c.fp, c.fn], expected, JSON.stringify(clusters));
  }
});

test('parseDuplicates accepts the documented shape only', () => {
  assert.deepEqual(parseDuplicates({ duplicates: [['a', 'b']] }), [['a', 'b']]);
  assert.throws(() => parseDuplicates({ duplicates: [['a']] }), /duplicates/);
  assert.throws(() => parseDuplicates([['a', 'b']]), /duplicates/);
});
