/**
 * Cleaning floors on scraped pages: the 165 pages of test/dev-corpus/pages (French, English,
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
 * Figure → floor, a little under what was reached on the 165 pages (retention 1.000, removal 0.986,
 * F1 0.993, headline 164/164, publication 165/165, session 10, when 22 pages of sites not yet seen
 * were added in three batches, each written before any run: the first 12 scored removal 0.807,
 * headline 12/12 on their first run, 0.977 after that round's rules; the next 5 0.956 and the last 5
 * 0.915 on their first runs, against 0.908 for the session's starting code). On the 143 pages
 * (retention 1.000, removal 0.987, F1 0.994, headline 142/142, language 143/143, publication 143/143, session 9, when 18 pages of sites
 * not yet seen were added: the first 12, written before any run, scored removal 0.865, retention
 * 0.989 (one headline line lost), headline 10/12 on their first run; the 6 written after that round's
 * rules 0.957). On the 125 pages: retention 1.000, removal 0.985,
 * F1 0.992, headline 124/124, language 125/125, publication 124/125, the lead's session 8, when 24
 * pages of sites not yet seen were added in three batches, each written before any run: first runs
 * removal 0.927, 0.886 and 0.865, retention 1.000, headlines all right; the 101 before them 0.974 →
 * 0.984). On the 101: removal 0.974, F1 0.987 (session 7, whose 12 new pages scored removal 0.875,
 * retention 0.976, headline 11/12 on their first run); on the 89: removal 0.979, F1 0.989 (session 6;
 * its 15 new pages 0.886 and 0.848 on their first runs); 74 pages: 0.983; 41 pages: 0.967.
 * Raise a floor when a change lifts its figure for good; never lower one to let a change in.
 */
const FLOORS: Readonly<Record<string, number>> = {
  // One lost article line of the 831 is 0.9988: article sentences are never to be removed.
  'cleaning.retention': 0.999,
  'cleaning.removal': 0.98,
  'cleaning.f1': 0.99,
  // 164/164 reached; five wrong headlines (0.970) fail.
  'title.accuracy': 0.97,
  'language.accuracy': 1,
};

/** No page may fall far behind the rest: its removal floor (the worst page 0.862 in session 8, 0.852 outside PAGES_BEHIND in session 7, 0.875 in session 6; 0.833 before). */
const PAGE_REMOVAL_FLOOR = 0.85;

/**
 * Pages known to fall under it, each with its own floor at what it reaches and why: a rule that
 * lifts one raises or removes its entry.
 */
const PAGES_BEHIND: Readonly<Record<string, { floor: number; why: string }>> = {
  // None this session: page-en-34 (a live blog's key-event links) reached 0.933 and page-en-36 (a think tank's resource lists) 1.000.
  'page-ru-34': {
    floor: 0.81,
    why: "a site's invitation to its Telegram channel written as a news line ('Новости Беларуси – последние новости дня … в Telegram-канале Sputnik Беларусь') and a lone comment count are kept; 'в Telegram-канале' alone would take articles' 'написал в своём Telegram-канале'",
  },
};

/**
 * The held-out pages (test/dev-corpus/pages/holdout/README.md), never tuned on: floors a little
 * under what was reached (first run: retention 1.000, removal 0.568, F1 0.724, headline 5/8;
 * after the clean stage's context rules: 1.000, 0.667, 0.800, 6/8; session 6: 1.000, 0.848, 0.918,
 * 7/8; session 8: 1.000, 0.868, 0.930, 7/8; language 8/8).
 */
const HOLDOUT_FLOORS: Readonly<Record<string, number>> = {
  'cleaning.retention': 0.97,
  'cleaning.removal': 0.85,
  'cleaning.f1': 0.92,
  // 7/8 reached; one more wrong headline (0.75) fails.
  'title.accuracy': 0.8,
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
  assert.equal(report.documents, 165);
  const below = under(report, FLOORS);
  for (const page of report.perDoc) {
    const removal = page.figures['cleaning.removal'];
    assert.equal(typeof removal, 'number', `${page.doc} has boilerplate lines`);
    const behind = PAGES_BEHIND[page.doc];
    const floor = behind?.floor ?? PAGE_REMOVAL_FLOOR;
    if ((removal as number) < floor) below.push(`${page.doc} cleaning.removal ${(removal as number).toFixed(3)} < ${floor}${behind ? ` (already behind: ${behind.why})` : ''}`);
  }
  assert.deepEqual(below, [], 'figures under their floor');
});

test('brink eval on the held-out scraped pages stays above its cleaning floors', async () => {
  const report = await evaluate(`${dir}holdout/`);
  assert.equal(report.documents, 8);
  assert.deepEqual(under(report, HOLDOUT_FLOORS), [], 'figures under their floor');
});
