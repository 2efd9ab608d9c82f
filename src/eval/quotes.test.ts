import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { GoldQuote } from './gold.ts';
import { scoreQuotes } from './quotes.ts';

const g = (text: string, speaker: string | null, optional = false): GoldQuote => ({ text, speaker, optional });
const p = (text: string, speaker: string | null) => ({ text, speaker: speaker === null ? null : { name: speaker } });

test('scoreQuotes: Dice ≥ 0.5 one-to-one, speaker accuracy over matched pairs', () => {
  const gold = [g('Ne le faites pas. Ne le faites pas.', 'Joe Biden'), g('La Russie a choisi sa voie', 'Dmitry Medvedev'), g('la guerre nucléaire ne peut être gagnée', null)];
  const rows: [ReturnType<typeof p>[], { tp: number; fp: number; fn: number; speaker: [number, number] }][] = [
    [[], { tp: 0, fp: 0, fn: 3, speaker: [0, 0] }],
    [[p('Ne le faites pas', 'Biden'), p('La Russie a choisi sa voie', 'Medvedev'), p('la guerre nucléaire ne peut être gagnée', null)], { tp: 3, fp: 0, fn: 0, speaker: [3, 3] }],
    // 4 of 8 tokens shared with quote 1: Dice 2·4/(4+8) = 0.67, a match; wrong speaker
    [[p('Ne le faites pas', 'Hunter Biden')], { tp: 1, fp: 0, fn: 2, speaker: [0, 1] }],
    // "La Russie" alone: 2·2/(2+6) = 0.5, just enough; a null prediction for a named speaker is wrong
    [[p('La Russie', null)], { tp: 1, fp: 0, fn: 2, speaker: [0, 1] }],
    // 1 of 6: 2·1/7 < 0.5, no match
    [[p('voie', 'Dmitry Medvedev')], { tp: 0, fp: 1, fn: 3, speaker: [0, 0] }],
    // two predictions for one gold quote: the better one matches, the other is a false positive
    [[p('Ne le faites pas', 'Joe Biden'), p('Ne le faites pas. Ne le faites pas.', 'Joe Biden')], { tp: 1, fp: 1, fn: 2, speaker: [1, 1] }],
  ];
  for (const [pred, want] of rows) {
    const c = scoreQuotes(pred, gold);
    assert.deepEqual({ tp: c.tp, fp: c.fp, fn: c.fn, speaker: [c.speaker.hits, c.speaker.total] }, want, JSON.stringify(pred));
  }
});

test('scoreQuotes: an optional gold quote absorbs a match without counting, and is no miss when unmatched', () => {
  const gold = [g('tous les systèmes d’armes disponibles', 'Vladimir Putin', true), g('La Russie a choisi sa voie', 'Dmitry Medvedev')];
  assert.deepEqual(scoreQuotes([p('tous les systèmes d’armes disponibles', 'Antony Blinken')], gold), { tp: 0, fp: 0, fn: 1, speaker: { hits: 0, total: 0 } });
  assert.deepEqual(scoreQuotes([p('La Russie a choisi sa voie', 'Medvedev')], gold), { tp: 1, fp: 0, fn: 0, speaker: { hits: 1, total: 1 } });
});
