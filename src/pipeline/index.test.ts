import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createPipeline, STAGE_NAMES } from './index.ts';

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
