/**
 * Cleaning floors on scraped pages nobody tuned the clean rules on: the 12 pages of
 * test/dev-corpus/pages (French, English, Russian, Ukrainian, German, Spanish news pages
 * with their menus, share rows, teasers, captions, paywalls and footers; see its README).
 * The seeds are the only other scraped pages, and the rules were written on them; this set
 * fails a change that keeps the seeds clean but generalises worse to other sites' furniture.
 */
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { runCli } from '../src/cli/testing.ts';

const dir = fileURLToPath(new URL('./dev-corpus/pages/', import.meta.url));

/**
 * Figure → floor, a little under what was reached (retention 1.000, removal 0.832, F1 0.909,
 * headline 10/11, language 12/12). Raise a floor when a change lifts its figure for good; never
 * lower one to let a change in.
 */
const FLOORS: Readonly<Record<string, number>> = {
  // One lost article line of the 83 is 0.988: article sentences are never to be removed.
  'cleaning.retention': 0.98,
  'cleaning.removal': 0.8,
  'cleaning.f1': 0.88,
  // 10/11 reached; one more wrong headline (0.818) fails.
  'title.accuracy': 0.85,
  'language.accuracy': 1,
};

/** No page may fall far behind the rest: its removal floor (0.684 reached on the worst, a RIA page). */
const PAGE_REMOVAL_FLOOR = 0.65;

interface Report {
  readonly documents: number;
  readonly figures: Readonly<Record<string, number | null>>;
  readonly perDoc: readonly { readonly doc: string; readonly figures: Readonly<Record<string, number | null>> }[];
}

async function evaluate(): Promise<Report> {
  const run = await runCli(['eval', '--gold', `${dir}gold`, '--docs', `${dir}docs`, '--json', '--per-doc']);
  assert.equal(run.code, 0, run.stderr);
  assert.equal(run.stderr, '', 'every gold file has its document and parses');
  return JSON.parse(run.stdout) as Report;
}

test('brink eval on the scraped pages stays above its cleaning floors', async () => {
  const report = await evaluate();
  assert.equal(report.documents, 12);
  const below: string[] = [];
  for (const [name, floor] of Object.entries(FLOORS)) {
    const value = report.figures[name];
    assert.equal(typeof value, 'number', `${name} is defined on the pages set`);
    if ((value as number) < floor) below.push(`${name} ${(value as number).toFixed(3)} < ${floor}`);
  }
  for (const page of report.perDoc) {
    const removal = page.figures['cleaning.removal'];
    assert.equal(typeof removal, 'number', `${page.doc} has boilerplate lines`);
    if ((removal as number) < PAGE_REMOVAL_FLOOR) below.push(`${page.doc} cleaning.removal ${(removal as number).toFixed(3)} < ${PAGE_REMOVAL_FLOOR}`);
  }
  assert.deepEqual(below, [], 'figures under their floor');
});
