import assert from 'node:assert/strict';
import { test } from 'node:test';
import { publishedMatches, signalDateMatches } from './dates.ts';

test('publishedMatches: equal at month precision', () => {
  const rows: [string | null, string | null, boolean][] = [
    ['2022-09-22', '2022-09-22', true],
    ['2022-09-01', '2022-09-22', true],
    ['2022-09', '2022-09-22', true],
    ['2022-10-01', '2022-09-30', false],
    ['2022', '2022-09', false],
    ['2024-11-18', '2024-11', true],
    ['2024-03-02', '2024', true],
    ['2023-03-02', '2024', false],
    [null, '2022-09', false],
    ['2022-09', null, false],
    [null, null, true],
  ];
  for (const [pred, gold, expected] of rows) assert.equal(publishedMatches(pred, gold), expected, `${pred} vs ${gold}`);
});

test('signalDateMatches: coarser precision of the two, ±1 day at day precision, any listed gold value', () => {
  const rows: [string | null, string[], boolean][] = [
    ['2022-09-21', ['2022-09-21'], true],
    ['2022-09-22', ['2022-09-21'], true],
    ['2022-09-20', ['2022-09-21'], true],
    ['2022-09-23', ['2022-09-21'], false],
    ['2022-10-01', ['2022-09-30'], true],
    ['2022-09', ['2022-09-21'], true],
    ['2022', ['2022-09-21'], true],
    ['2022-10-01', ['2022-09'], false],
    ['2022-10-15', ['2022-10', '2002-10'], true],
    ['2002-10', ['2022-10', '2002-10'], true],
    ['2012-10', ['2022-10', '2002-10'], false],
    [null, ['2022'], false],
    ['someday', ['2022'], false],
  ];
  for (const [pred, gold, expected] of rows) assert.equal(signalDateMatches(pred, gold), expected, `${pred} vs ${gold.join('|')}`);
});
