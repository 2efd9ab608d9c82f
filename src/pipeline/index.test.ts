import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RawDocument } from '../document/index.ts';
import { createPipeline, IDENTIFIED_AFTER, STAGE_NAMES } from './index.ts';

const pipeline = createPipeline();

test('the dates stage runs before actors, so a role names its holder at the date the text gives', () => {
  assert.ok(STAGE_NAMES.indexOf('dates') < STAGE_NAMES.indexOf('actors'));
  // No metadata: the date comes from the dateline, and the role phrase must resolve at that date.
  const cases: readonly [string, string][] = [
    ['WASHINGTON, March 12, 2021', 'Lloyd Austin'],
    ['WASHINGTON, June 3, 2025', 'Pete Hegseth'],
  ];
  for (const [dateline, holder] of cases) {
    const doc = pipeline.run({
      source: 'role.txt',
      format: 'text',
      meta: {},
      content: `Pentagon chief warns Moscow\n\n${dateline} — The US defense secretary said on Friday that Russia should expect a firm response.\n\n"We will not be intimidated," the defense secretary told reporters.\n`,
    });
    assert.equal(doc.published?.date.slice(0, 4), dateline.slice(-4), dateline);
    assert.deepEqual(
      doc.quotes.map((q) => q.speaker?.name),
      [holder],
      dateline,
    );
  }
});

test('start stops once the document has its id, and finish(start(raw)) is run(raw), on real pages and texts', () => {
  const seeds = '../shared/corpus/seeds';
  const html = '../shared/corpus/html';
  const raws: RawDocument[] = [
    ...readdirSync(seeds).filter((f) => f.endsWith('.txt')).map((f) => ({ source: f, content: readFileSync(join(seeds, f), 'utf8'), format: 'text' as const, meta: {} })),
    ...readdirSync(html).sort().slice(0, 5).map((f) => ({ source: f, content: readFileSync(join(html, f), 'utf8'), format: 'html' as const, meta: {} })),
  ];
  assert.ok(raws.length >= 8);
  assert.ok(STAGE_NAMES.indexOf(IDENTIFIED_AFTER) < STAGE_NAMES.indexOf('language'));
  for (const raw of raws) {
    const started = pipeline.start(raw);
    assert.notEqual(started.id, '', raw.source);
    // Nothing after the split has run: no language, no sentences, no signals.
    assert.equal(started.lang, null, raw.source);
    assert.deepEqual(started.sentences, [], raw.source);
    const finished = pipeline.finish(started);
    assert.ok(finished.sentences.length > 0, raw.source);
    assert.deepEqual(finished, pipeline.run(raw), raw.source);
  }
});

test('finish leaves a document that failed in the first stages as it is', () => {
  const started = pipeline.start({ source: 'a.txt', content: 'Moscow warned NATO on Tuesday.', format: 'text', meta: {} });
  const failed = { ...started, messages: [...started.messages, { level: 'fatal' as const, stage: 'clean', text: 'broken' }] };
  assert.equal(pipeline.finish(failed), failed);
  assert.notEqual(pipeline.finish(started), started);
});
