/**
 * Cleaning floors on scraped pages: the 41 pages of test/dev-corpus/pages (French, English,
 * Russian, Ukrainian, German, Spanish news pages with their menus, share rows, teasers, captions,
 * paywalls and footers; see its README). The seeds are the only other scraped pages, and the first
 * rules were written on them; this set fails a change that keeps the seeds clean but generalises
 * worse to other sites' furniture. The furniture lexicons were then extended with the set's
 * misses; its `holdout/` (8 pages of other sites, never tuned on) is the honest figure for unseen pages.
 */
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { runCli } from '../src/cli/testing.ts';

const dir = fileURLToPath(new URL('./dev-corpus/pages/', import.meta.url));

/**
 * Figure → floor, a little under what was reached on the 41 pages (retention 1.000, removal 0.967,
 * F1 0.983, headline 40/40, language 41/41; the third round's rules and entries, 2026-11-21).
 * Raise a floor when a change lifts its figure for good; never lower one to let a change in.
 */
const FLOORS: Readonly<Record<string, number>> = {
  // One lost article line of the 254 is 0.996: article sentences are never to be removed.
  'cleaning.retention': 0.997,
  'cleaning.removal': 0.955,
  'cleaning.f1': 0.977,
  // 40/40 reached; three wrong headlines (0.925) fail.
  'title.accuracy': 0.94,
  'language.accuracy': 1,
};

/** No page may fall far behind the rest: its removal floor (0.833 reached on the worst, a CNN page). */
const PAGE_REMOVAL_FLOOR = 0.8;

/**
 * The held-out pages (test/dev-corpus/pages/holdout/README.md), never tuned on: floors a little
 * under what was reached (first run: retention 1.000, removal 0.568, F1 0.724, headline 5/8;
 * after the clean stage's context rules: 1.000, 0.667, 0.800, 6/8; language 8/8).
 */
const HOLDOUT_FLOORS: Readonly<Record<string, number>> = {
  'cleaning.retention': 0.97,
  'cleaning.removal': 0.64,
  'cleaning.f1': 0.78,
  // 6/8 reached; one more wrong headline (0.625) fails.
  'title.accuracy': 0.7,
  'language.accuracy': 1,
};

interface Report {
  readonly documents: number;
  readonly figures: Readonly<Record<string, number | null>>;
  readonly perDoc: readonly { readonly doc: string; readonly figures: Readonly<Record<string, number | null>> }[];
}

async function evaluate(set: string): Promise<Report> {
  const run = await runCli(['eval', '--gold', `${set}gold`, '--docs', `${set}docs`, '--json', '--per-doc']);
  assert.equal(run.code, 0, run.stderr);
  assert.equal(run.stderr, '', 'every gold file has its document and parses');
  return JSON.parse(run.stdout) as Report;
}

function under(report: Report, floors: Readonly<Record<string, number>>): string[] {
  const below: string[] = [];
  for (const [name, floor] of Object.entries(floors)) {
    const value = report.figures[name];
    assert.equal(typeof value, 'number', `${name} is defined`);
    if ((value as number) < floor) below.push(`${name} ${(value as number).toFixed(3)} < ${floor}`);
  }
  return below;
}

test('brink eval on the scraped pages stays above its cleaning floors', async () => {
  const report = await evaluate(dir);
  assert.equal(report.documents, 41);
  const below = under(report, FLOORS);
  for (const page of report.perDoc) {
    const removal = page.figures['cleaning.removal'];
    assert.equal(typeof removal, 'number', `${page.doc} has boilerplate lines`);
    if ((removal as number) < PAGE_REMOVAL_FLOOR) below.push(`${page.doc} cleaning.removal ${(removal as number).toFixed(3)} < ${PAGE_REMOVAL_FLOOR}`);
  }
  assert.deepEqual(below, [], 'figures under their floor');
});

test('brink eval on the held-out scraped pages stays above its cleaning floors', async () => {
  const report = await evaluate(`${dir}holdout/`);
  assert.equal(report.documents, 8);
  assert.deepEqual(under(report, HOLDOUT_FLOORS), [], 'figures under their floor');
});
