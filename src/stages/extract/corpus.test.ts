/**
 * The extractor on the shared HTML corpus (181 English-first pages with a
 * person's extraction of each body), scored with the benchmark's own body
 * metric from src/eval, and the headline against test/gold/html-titles.json.
 * Floors sit a little under the measured figures (body F1 0.978, headlines
 * 181/181 when written): a drop below them is a regression, not noise.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createDoc } from '../../document/index.ts';
import { bodyScores, titleMatches } from '../../eval/index.ts';
import { createExtract } from './index.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const CORPUS = join(ROOT, '..', 'shared', 'corpus');
const HTML = join(CORPUS, 'html');
const GOLD = join(CORPUS, 'html-gold');
const TITLES = join(ROOT, 'test', 'gold', 'html-titles.json');

/** Body F1 the corpus must keep (published: trafilatura 0.958, Readability.js 0.947). */
const BODY_F1_FLOOR = 0.965;
/** Least per-side figure: neither precision nor recall may collapse while F1 holds. */
const BODY_PR_FLOOR = 0.95;
/** Share of headlines equal to the gold after normalisation. */
const TITLE_FLOOR = 0.95;

const available = existsSync(HTML) && existsSync(GOLD);

test('body extraction on the HTML corpus stays above its floor', { skip: available ? false : `no corpus at ${CORPUS}` }, () => {
  const extract = createExtract();
  const pairs = readdirSync(HTML)
    .filter((f) => f.endsWith('.html'))
    .map((f) => {
      const content = readFileSync(join(HTML, f), 'utf8');
      const gold = JSON.parse(readFileSync(join(GOLD, f.replace(/\.html$/, '.json')), 'utf8')) as { body: string };
      const doc = extract(createDoc({ source: f, content, format: 'html', meta: {} }));
      return { predicted: doc.lines.join('\n\n'), gold: gold.body };
    });
  assert.equal(pairs.length, 181);
  const { precision, recall, f1 } = bodyScores(pairs);
  assert.ok(f1 !== null && f1 >= BODY_F1_FLOOR, `body F1 ${f1} < ${BODY_F1_FLOOR}`);
  assert.ok(precision !== null && precision >= BODY_PR_FLOOR, `body precision ${precision} < ${BODY_PR_FLOOR}`);
  assert.ok(recall !== null && recall >= BODY_PR_FLOOR, `body recall ${recall} < ${BODY_PR_FLOOR}`);
});

test('headlines on the HTML corpus match the gold', { skip: available && existsSync(TITLES) ? false : 'no corpus or titles gold' }, () => {
  const extract = createExtract();
  const titles = JSON.parse(readFileSync(TITLES, 'utf8')) as Record<string, string>;
  let hits = 0;
  let total = 0;
  for (const [id, gold] of Object.entries(titles)) {
    const path = join(HTML, `${id}.html`);
    if (!existsSync(path)) continue;
    const doc = extract(createDoc({ source: path, content: readFileSync(path, 'utf8'), format: 'html', meta: {} }));
    total++;
    if (titleMatches(doc.meta.title ?? null, gold)) hits++;
  }
  assert.ok(total > 0);
  assert.ok(hits / total >= TITLE_FLOOR, `headlines ${hits}/${total} < ${TITLE_FLOOR}`);
});
