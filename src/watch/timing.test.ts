import assert from 'node:assert/strict';
import { test } from 'node:test';
import { backoffMs, parseDuration, sleep } from './timing.ts';

test('durations as config files write them', () => {
  const table: [string | number, number | null][] = [
    [90, 90_000],
    ['90', 90_000],
    ['30s', 30_000],
    ['15m', 900_000],
    ['2h', 7_200_000],
    ['1d', 86_400_000],
    ['500ms', 500],
    ['1h30m', 5_400_000],
    ['1h 30m', 5_400_000],
    ['', null],
    ['soon', null],
    ['15 minutes', null],
    ['-5', null],
    [-5, null],
  ];
  for (const [input, expected] of table) assert.equal(parseDuration(input), expected, String(input));
});

test('backoff doubles per attempt, is capped, and jitters within [half, full]', () => {
  assert.equal(backoffMs(1, 100, 10_000, () => 1), 100);
  assert.equal(backoffMs(3, 100, 10_000, () => 1), 400);
  assert.equal(backoffMs(3, 100, 10_000, () => 0), 200);
  assert.equal(backoffMs(20, 100, 10_000, () => 1), 10_000);
});

test('sleep rejects as soon as its signal aborts', async () => {
  const controller = new AbortController();
  const pending = sleep(60_000, controller.signal);
  controller.abort(new Error('shutdown'));
  await assert.rejects(pending, /shutdown/);
});
