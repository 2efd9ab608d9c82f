// Wiring check: an output built from the gold itself scores 1 on every figure its gold annotates; an empty one scores 0.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { createDoc, toRecord, type DocumentRecord, type Signal, type SignalType } from '../document/index.ts';
import { parseGold, type Gold } from './gold.ts';
import { scoreDocument, summarise, type EvalInput } from './score.ts';

const corpus = new URL('../../../shared/corpus/', import.meta.url);
const SEEDS = ['seed-000', 'seed-001', 'seed-002', 'seed-003', 'seed-004'];

function load(n: string): { gold: Gold; raw: string } {
  return {
    gold: parseGold(JSON.parse(readFileSync(new URL(`gold/${n}.json`, corpus), 'utf8')), n),
    raw: readFileSync(new URL(`seeds/${n}.txt`, corpus), 'utf8'),
  };
}

function emptyRecord(raw: string): DocumentRecord {
  return toRecord(createDoc({ source: 'x', content: raw, format: 'text', meta: {} }));
}

/** The record a perfect pipeline would print, built from the gold (optional items left out). */
function perfectRecord(gold: Gold, raw: string): DocumentRecord {
  const lines = raw.split('\n');
  const l = gold.lines!;
  const signals: Signal[] = (gold.signals ?? [])
    .filter((s) => !s.optional)
    .map((s) => ({
      type: s.type as SignalType,
      actor: { name: s.actor, country: s.country, kind: 'official' },
      target: s.target,
      date: s.date?.[0] ?? null,
      severity: s.severity ?? 0,
      modality: s.modality === 'private' ? 'private' : 'public',
      sourcing: (s.sourcing ?? 'on_record') as Signal['sourcing'],
      quote: null,
      evidence: [{ start: 0, end: 0, text: s.evidence }],
      confidence: 1,
    }));
  return {
    ...emptyRecord(raw),
    lang: gold.lang ?? null,
    relevant: true,
    title: lines[l.title[0]!]!,
    text: l.content.map((i) => lines[i]).join('\n\n'),
    published: gold.published ? { date: gold.published.date, precision: 'day', method: 'metadata' } : null,
    quotes: (gold.quotes ?? [])
      .filter((q) => !q.optional)
      .map((q) => ({ text: q.text, start: 0, end: 0, kind: 'direct' as const, speaker: q.speaker === null ? null : { name: q.speaker, country: null, kind: 'official' as const } })),
    signals,
  };
}

const input = (gold: Gold, raw: string, record: DocumentRecord): EvalInput => ({ gold, raw, record, format: 'text', failure: null });

test('a perfect output scores 1 on every figure the seed gold annotates', () => {
  const scores = SEEDS.map((n) => {
    const { gold, raw } = load(n);
    return scoreDocument(input(gold, raw, perfectRecord(gold, raw)));
  });
  const figures = summarise(scores, null);
  const defined = figures.filter((f) => f.value !== null);
  assert.ok(defined.length >= 20, `${defined.length} figures defined`);
  for (const f of defined) assert.equal(f.value, 1, `${f.name}: ${f.detail}`);
  for (const name of ['body.f1', 'title.accuracy', 'duplicates.f1']) assert.equal(figures.find((f) => f.name === name)?.value, null, name);
});

test('an empty output scores 0 where there was something to find', () => {
  const scores = SEEDS.map((n) => {
    const { gold, raw } = load(n);
    return scoreDocument(input(gold, raw, emptyRecord(raw)));
  });
  const value = (name: string) => summarise(scores, null).find((f) => f.name === name)?.value;
  for (const name of ['cleaning.retention', 'cleaning.f1', 'language.accuracy', 'published.accuracy', 'quotes.recall', 'quotes.f1', 'signals.strict.f1', 'relevance.recall']) {
    assert.equal(value(name), 0, name);
  }
  assert.equal(value('cleaning.removal'), 1);
  assert.equal(value('quotes.precision'), null, 'no predictions: precision is n/a, not 0');
});
