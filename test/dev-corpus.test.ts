/**
 * Quality floors, through `brink eval` as a user runs it. The hand-written
 * development set (test/dev-corpus/README.md) is in the three kinds of input
 * Brink is scored on (English wire copy, Russian Telegram posts, French
 * pages), so a change that generalises worse fails here even if the seeds
 * still pass; the seeds are held to the issue's own targets.
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { main } from '../src/cli/main.ts';

const dir = fileURLToPath(new URL('./dev-corpus/', import.meta.url));

/**
 * Figure → floor. Raise a floor when a change lifts its figure for good; never lower one to let a
 * change in. Re-based in session 5, when the set grew from 28 to 81 documents (53 new ones written
 * gold first in styles the first 28 lacked, whose first runs scored 0.13–0.44 strict F1), and in
 * session 6, when it grew to 114 (33 more, first runs 0.29–0.55): the signal floors hold the larger
 * set's figures (strict 0.731, coarse 0.765 at the end of session 6), a little under what it reached.
 * The lead's session 6 added 25 more (en-6x, ru-6x; first runs 0.00–0.61 strict) and rules for them:
 * 139 documents, strict 0.754, coarse 0.790, signal dates 0.939 (the new documents' acts are dated
 * less often right: that floor went from 0.94 to 0.92 with them, not with a change of rules).
 * The lead's session 7 added 36 more (en-7x, fr-7x, ru-7x, uk-7x, and the relevance batch *-7r;
 * first runs 0.29–0.59 strict) and rules for them: 175 documents, strict 0.784, coarse 0.813; the
 * new batches' quotations are found less often (recall 0.949: that floor went from 0.95 to 0.94 with
 * them, not with a change of rules). The lead's session 8 added 38 more (en-8x, fr-8x, ru-8x, uk-8x;
 * first runs 0.22–0.50 strict) and, besides rules, a learned veto over the rules' types whose model is
 * trained on this set's gold (so its gain here, strict 0.781 → 0.813, is not a figure for unseen text):
 * 213 documents, strict 0.813 (P 0.815, R 0.812), coarse 0.844; quotation recall 0.935 with the new
 * batches' one- and two-word partial quotations (0.94 → 0.93 with them, not with a change of rules).
 * The lead's session 9 added 18 more (en-9x, fr-9x, ru-9x; first runs strict 0.33, 0.43, 0.60) and
 * rules for them: 231 documents, strict 0.816 (P 0.814, R 0.819), coarse 0.845; publication month
 * 0.978 with them (ru-9x-06 is a channel digest headed "Главное за 14 февраля" with no year anywhere
 * in the post: 0.98 → 0.97 with it, not with a change of rules). The lead's session 10 added 18 more
 * (en-10x, fr-10x, ru-10x; first runs strict 0.36, 0.73, 0.55) and rules for them and for holdout-9's
 * misses: 249 documents, strict 0.826 (P 0.818, R 0.834), coarse 0.857, removal 0.985. Session 11
 * wrote the domain's standard formulas per type and language (no new documents): strict 0.830 (P 0.819,
 * R 0.841), coarse 0.859.
 */
const FLOORS: Readonly<Record<string, number>> = {
  'cleaning.retention': 0.98,
  'cleaning.removal': 0.97,
  'language.accuracy': 1,
  'relevance.precision': 0.95,
  'relevance.recall': 0.95,
  'published.accuracy': 0.97,
  'quotes.precision': 0.95,
  'quotes.recall': 0.93,
  'quotes.speaker': 0.96,
  'signals.strict.precision': 0.79,
  'signals.strict.recall': 0.8,
  'signals.strict.f1': 0.81,
  'signals.coarse.f1': 0.84,
  'signals.date': 0.92,
  'signals.severity': 0.92,
  'signals.modality': 0.93,
  'signals.sourcing': 0.95,
};

/** The core issue's quality targets, on the shared seeds (SIGNALS.md §8). */
const SEED_FLOORS: Readonly<Record<string, number>> = {
  'cleaning.f1': 0.95,
  'language.accuracy': 1,
  'published.accuracy': 0.8,
  'quotes.f1': 0.85,
  'quotes.speaker': 0.85,
  'signals.coarse.f1': 0.7,
  'signals.strict.f1': 0.6,
  'signals.date': 0.75,
  'signals.severity': 0.8,
};

/** The second held-out set, development data since session 4 (test/dev-corpus/holdout-2/README.md). */
const HOLDOUT_2_FLOORS: Readonly<Record<string, number>> = {
  'cleaning.retention': 0.98,
  'language.accuracy': 1,
  'relevance.precision': 0.95,
  'relevance.recall': 0.95,
  'published.accuracy': 0.9,
  'quotes.f1': 0.9,
  'quotes.speaker': 0.9,
  // 0.857 until session 8, 0.882 since.
  'signals.strict.f1': 0.85,
  'signals.coarse.f1': 0.85,
  'signals.date': 0.9,
  'signals.severity': 0.9,
};

/**
 * The third held-out set (test/dev-corpus/holdout-3/README.md). Unseen until session 5, when its
 * README's list of misses reached the rule writers as general weaknesses and development
 * documents reported some of its events: no longer an honest figure, still a floor.
 */
const HOLDOUT_3_FLOORS: Readonly<Record<string, number>> = {
  'cleaning.retention': 0.98,
  'language.accuracy': 1,
  'relevance.precision': 0.95,
  'relevance.recall': 0.7,
  'published.accuracy': 0.8,
  'quotes.f1': 0.95,
  'quotes.speaker': 0.9,
  // 0.686 at the end of session 7; 0.788 with session 8's rules, 0.867 with the learned veto.
  'signals.strict.f1': 0.8,
  'signals.coarse.f1': 0.8,
  'signals.date': 0.8,
  'signals.severity': 0.8,
};

/** The first held-out set, development data since session 3 (test/dev-corpus/README.md). */
const HOLDOUT_FLOORS: Readonly<Record<string, number>> = {
  'relevance.f1': 0.95,
  'published.accuracy': 0.85,
  'quotes.f1': 0.95,
  // 0.960 until session 8; 0.917 with the session-8 veto, which dropped one analysts' reading of
  // a North Korean law that the gold types DOCTRINE; 1.000 since session 9's rules and retraining.
  'signals.strict.f1': 0.94,
  'signals.coarse.f1': 0.94,
};

/**
 * The fourth held-out set (test/dev-corpus/holdout-4/README.md), written and committed before the
 * session-5 rule changes and run only by the lead until session 8, when the lead read its misses:
 * development data since (rules were written from it and the learned model trains on it). Strict
 * 0.400 at that point, 0.607 after that session's rules, 0.642 with the veto; 0.780 (coarse 0.793)
 * after session 9's rules, which read the misses of holdout-6..8.
 */
const HOLDOUT_4_FLOORS: Readonly<Record<string, number>> = {
  'cleaning.retention': 0.98,
  'cleaning.removal': 0.87,
  'language.accuracy': 1,
  'relevance.precision': 0.95,
  // 0.929 in session 5; 0.857 since session 6's rule that talks among allies are no CONTACT
  // (SIGNALS.md §2: contact between adversaries): one relevant document lost its only signal;
  // 1.000 since the lead's session 7, when relevance became a judgement of the document's own.
  'relevance.recall': 0.95,
  'published.accuracy': 0.85,
  'quotes.f1': 0.86,
  // 0.737 in session 6, 0.842 since the lead's session 6 (roles referring back, relay headlines).
  'quotes.speaker': 0.8,
  // 0.423 / 0.449 at the end of the lead's session 6; 0.444 / 0.471 at the end of session 7.
  'signals.strict.f1': 0.74,
  'signals.coarse.f1': 0.76,
};

/**
 * The fifth held-out set (test/dev-corpus/holdout-5/README.md), written and committed in session 6
 * before anyone ran Brink on it and run only by the lead: with the fourth, the honest figures for
 * unseen text (session start: strict 0.259, coarse 0.424; end: 0.262, 0.424; end of the lead's
 * session 6: 0.306, 0.488; of session 7: 0.357, 0.518). Development data since the lead's session 8,
 * which read its misses (strict 0.376 then, 0.455 after that session's rules, 0.533 with the veto;
 * 0.643, coarse 0.771, after session 9's; 0.674, coarse 0.744, after session 10's).
 */
const HOLDOUT_5_FLOORS: Readonly<Record<string, number>> = {
  'cleaning.retention': 0.98,
  'cleaning.removal': 0.89,
  'language.accuracy': 1,
  'relevance.precision': 0.95,
  'relevance.recall': 0.95,
  'published.accuracy': 0.95,
  'quotes.f1': 0.92,
  'quotes.speaker': 0.9,
  'signals.strict.f1': 0.64,
  'signals.coarse.f1': 0.73,
};

/**
 * The sixth held-out set (test/dev-corpus/holdout-6/README.md), written in the lead's session 6 by
 * an engineer who never ran Brink nor read its rules, and run only by the lead: with the fourth and
 * fifth, the honest figures for unseen text (session start: strict 0.281, coarse 0.357; end: 0.316,
 * 0.357; end of the lead's session 7: 0.305, 0.351, relevance recall 0.765 → 0.882; end of session
 * 8: 0.364, 0.453). Development data since the lead's session 9, which read its misses and whose
 * rules (and the model retrained on it) took it to strict 0.689, coarse 0.746; floors a little under.
 */
const HOLDOUT_6_FLOORS: Readonly<Record<string, number>> = {
  'cleaning.retention': 0.98,
  'cleaning.removal': 0.95,
  'language.accuracy': 1,
  'relevance.precision': 0.95,
  'relevance.recall': 0.85,
  'published.accuracy': 0.94,
  'quotes.f1': 0.92,
  'quotes.speaker': 0.87,
  'signals.strict.f1': 0.66,
  'signals.coarse.f1': 0.7,
};

/**
 * The seventh held-out set (test/dev-corpus/holdout-7/README.md), written in the lead's session 7
 * by an engineer who never ran Brink nor read its rules, committed before any run and run only by
 * the lead: its first run on the session's starting code (106ed97) scored strict 0.329, coarse
 * 0.405; at the session's end 0.373, 0.447; at the end of session 8 0.448, 0.500. Development data
 * since the lead's session 9 (misses read; strict 0.773, coarse 0.784 after). Floors a little under.
 */
const HOLDOUT_7_FLOORS: Readonly<Record<string, number>> = {
  'cleaning.retention': 0.98,
  'cleaning.removal': 0.96,
  'language.accuracy': 1,
  'relevance.precision': 0.95,
  'relevance.recall': 0.95,
  'published.accuracy': 0.85,
  'quotes.f1': 0.92,
  'quotes.speaker': 0.94,
  'signals.strict.f1': 0.75,
  'signals.coarse.f1': 0.74,
};

/**
 * The eighth held-out set (test/dev-corpus/holdout-8/README.md), written in the lead's session 8 by
 * an engineer who never ran Brink nor read its rules, committed before any run and run only by the
 * lead: its first run on the session's starting code (fd66f3d) scored strict 0.305, coarse 0.393; at
 * the session's end 0.281, 0.340. Development data since the lead's session 9 (misses read; strict
 * 0.567, coarse 0.678 after; 0.667 with the gold's 'Sergei Lavrov' spelt as the article title,
 * 'Sergey Lavrov', in session 10, whose rules took it to 0.700, coarse 0.712). Session 12: 0.667,
 * coarse 0.677 — «Лондону стоит помнить…» no longer makes the United Kingdom, the one addressed, the
 * speaker of a threat (a coarse match by chance before), and two new spurious signals. Floors a
 * little under.
 */
const HOLDOUT_8_FLOORS: Readonly<Record<string, number>> = {
  'cleaning.retention': 0.98,
  'cleaning.removal': 0.94,
  'language.accuracy': 1,
  'relevance.precision': 0.95,
  'relevance.recall': 0.9,
  'published.accuracy': 0.95,
  'quotes.f1': 0.92,
  'quotes.speaker': 0.95,
  'signals.strict.f1': 0.66,
  'signals.coarse.f1': 0.66,
};

/**
 * The ninth held-out set (test/dev-corpus/holdout-9/README.md), written in the lead's session 9 by an
 * engineer who never ran Brink nor read its rules, committed before any run and run only by the
 * lead. First run on the session's starting code (e2de21c): strict 0.314, coarse 0.348; at the
 * session's end 0.333, 0.371. Development data since the lead's session 10 (misses read; strict
 * 0.698, coarse 0.767 after). Floors a little under.
 */
const HOLDOUT_9_FLOORS: Readonly<Record<string, number>> = {
  'cleaning.retention': 0.98,
  'cleaning.removal': 0.97,
  'language.accuracy': 1,
  'relevance.precision': 0.95,
  'relevance.recall': 0.83,
  'published.accuracy': 0.9,
  'quotes.f1': 0.94,
  'quotes.speaker': 0.93,
  'signals.strict.f1': 0.66,
  'signals.coarse.f1': 0.72,
};

/**
 * The tenth held-out set (test/dev-corpus/holdout-10/README.md), written in the lead's session 10 by
 * an engineer who never ran Brink nor read its rules, committed before any run and run only by the
 * lead. First run on the session's starting code (b08254b): strict 0.488 (P 0.541, R 0.444), coarse
 * 0.506; at the session's end 0.488, 0.512 (cleaning removal 0.966 → 0.971, publication month 0.917 →
 * 1.000, quotes 0.956 / 0.930 → 0.967 / 0.932). Development data since the lead's session 11 (misses
 * read; strict 0.742, coarse 0.750, quote speakers 0.977 after). Floors a little under.
 */
const HOLDOUT_10_FLOORS: Readonly<Record<string, number>> = {
  'cleaning.retention': 0.98,
  'cleaning.removal': 0.94,
  'language.accuracy': 1,
  'relevance.precision': 0.95,
  'relevance.recall': 0.95,
  'published.accuracy': 0.9,
  'quotes.f1': 0.93,
  'quotes.speaker': 0.95,
  'signals.strict.f1': 0.7,
  'signals.coarse.f1': 0.71,
};

/**
 * The eleventh held-out set (test/dev-corpus/holdout-11/README.md), written in the lead's session 11
 * by an engineer who never ran Brink nor read its rules, committed before any run and run only by the
 * lead. First run on the session's starting code (df12ffa): strict 0.508 (P 0.485, R 0.533), coarse
 * 0.557; at the session's end 0.548 (P 0.531, R 0.567), coarse 0.600. Development data since the
 * lead's session 12 (misses read; strict 0.806, coarse 0.820, quote speakers 0.971 after). Floors a
 * little under.
 */
const HOLDOUT_11_FLOORS: Readonly<Record<string, number>> = {
  'cleaning.retention': 0.98,
  'cleaning.removal': 0.93,
  'language.accuracy': 1,
  'relevance.precision': 0.95,
  'relevance.recall': 0.9,
  'published.accuracy': 0.95,
  'quotes.f1': 0.93,
  'quotes.speaker': 0.94,
  'signals.strict.f1': 0.77,
  'signals.coarse.f1': 0.78,
};

/**
 * The twelfth held-out set (test/dev-corpus/holdout-12/README.md), written in the lead's session 12
 * by an engineer who never ran Brink nor read its rules, committed before any run and run only by the
 * lead. First run on the session's starting code (ef567fd): strict 0.459 (P 0.467, R 0.452), coarse
 * 0.548, quote speakers 0.613; after the session's first batch of rules (a7a8aaf) 0.452, 0.540.
 * Development data since the same session (misses read; strict 0.623, coarse 0.710, quote speakers
 * 0.839 after; session 13: 0.774, 0.825, 0.968). Floors a little under.
 */
const HOLDOUT_12_FLOORS: Readonly<Record<string, number>> = {
  'cleaning.retention': 0.98,
  'cleaning.removal': 0.96,
  'language.accuracy': 1,
  'relevance.precision': 0.9,
  'relevance.recall': 0.83,
  'published.accuracy': 0.88,
  'quotes.f1': 0.88,
  'quotes.speaker': 0.93,
  'signals.strict.f1': 0.73,
  'signals.coarse.f1': 0.78,
};

/**
 * The thirteenth held-out set (test/dev-corpus/holdout-13/README.md), written in the lead's session
 * 12 by an engineer who never ran Brink nor read its rules, committed before any run and run only by
 * the lead. First run (a7a8aaf, the session's first batch): strict 0.567 (P 0.586, R 0.548), coarse
 * 0.567, quote speakers 0.690; at the session's end strict 0.576 (P 0.607, R 0.548), coarse 0.576,
 * quote speakers 0.759. Development data since session 13 (misses read; strict 0.871, coarse 0.871,
 * quote speakers 1.000 after). Floors a little under.
 */
const HOLDOUT_13_FLOORS: Readonly<Record<string, number>> = {
  'cleaning.retention': 0.98,
  'cleaning.removal': 0.95,
  'language.accuracy': 1,
  'relevance.precision': 0.95,
  'relevance.recall': 0.95,
  'published.accuracy': 0.92,
  'quotes.f1': 0.95,
  'quotes.speaker': 0.95,
  'signals.strict.f1': 0.8,
  'signals.coarse.f1': 0.8,
};

/**
 * The fourteenth held-out set (test/dev-corpus/holdout-14/README.md), written in session 13 by an
 * engineer who never ran Brink nor read its rules; unseen until session 14 (13:24 UTC), development
 * data since. Its last unseen figures: strict 0.483, coarse 0.526, quote speakers 0.741. At the end of
 * session 14 (its misses covered as classes): strict 0.737, coarse 0.714, speakers 1.000 (28/28).
 */
const HOLDOUT_14_FLOORS: Readonly<Record<string, number>> = {
  'cleaning.retention': 0.98,
  'cleaning.removal': 0.95,
  'language.accuracy': 1,
  'relevance.precision': 0.95,
  'relevance.recall': 0.85,
  'published.accuracy': 0.95,
  'quotes.f1': 0.95,
  'quotes.speaker': 0.95,
  'signals.strict.f1': 0.7,
  'signals.coarse.f1': 0.68,
};

/**
 * The fifteenth held-out set (test/dev-corpus/holdout-15/README.md), written in the lead's session 14
 * by an engineer who never ran Brink nor read its rules, committed before any run and run only by the
 * lead: the honest figures for unseen text now. First run on session 13's last code (63e46cb): strict
 * 0.328 (P 0.379, R 0.289), coarse 0.369, quote speakers 0.750; at session 14's end, after its classes
 * from holdout-14 and the pooled blind first runs, strict 0.333, coarse 0.375, speakers 0.800. Floors a
 * little under.
 */
const HOLDOUT_15_FLOORS: Readonly<Record<string, number>> = {
  'cleaning.retention': 0.98,
  'cleaning.removal': 0.95,
  'language.accuracy': 1,
  'relevance.precision': 0.95,
  'relevance.recall': 0.95,
  'published.accuracy': 0.9,
  'quotes.f1': 0.93,
  'quotes.speaker': 0.75,
  'signals.strict.f1': 0.3,
  'signals.coarse.f1': 0.34,
};

const SETS: readonly { name: string; gold: string; docs: string; floors: Readonly<Record<string, number>> }[] = [
  { name: 'the hand-written dev set', gold: `${dir}gold`, docs: `${dir}docs`, floors: FLOORS },
  { name: 'the old held-out set', gold: `${dir}holdout/gold`, docs: `${dir}holdout/docs`, floors: HOLDOUT_FLOORS },
  { name: 'the second held-out set', gold: `${dir}holdout-2/gold`, docs: `${dir}holdout-2/docs`, floors: HOLDOUT_2_FLOORS },
  { name: 'the third held-out set', gold: `${dir}holdout-3/gold`, docs: `${dir}holdout-3/docs`, floors: HOLDOUT_3_FLOORS },
  { name: 'the fourth held-out set', gold: `${dir}holdout-4/gold`, docs: `${dir}holdout-4/docs`, floors: HOLDOUT_4_FLOORS },
  { name: 'the fifth held-out set', gold: `${dir}holdout-5/gold`, docs: `${dir}holdout-5/docs`, floors: HOLDOUT_5_FLOORS },
  { name: 'the sixth held-out set', gold: `${dir}holdout-6/gold`, docs: `${dir}holdout-6/docs`, floors: HOLDOUT_6_FLOORS },
  { name: 'the seventh held-out set', gold: `${dir}holdout-7/gold`, docs: `${dir}holdout-7/docs`, floors: HOLDOUT_7_FLOORS },
  { name: 'the eighth held-out set', gold: `${dir}holdout-8/gold`, docs: `${dir}holdout-8/docs`, floors: HOLDOUT_8_FLOORS },
  { name: 'the ninth held-out set', gold: `${dir}holdout-9/gold`, docs: `${dir}holdout-9/docs`, floors: HOLDOUT_9_FLOORS },
  { name: 'the tenth held-out set', gold: `${dir}holdout-10/gold`, docs: `${dir}holdout-10/docs`, floors: HOLDOUT_10_FLOORS },
  { name: 'the eleventh held-out set', gold: `${dir}holdout-11/gold`, docs: `${dir}holdout-11/docs`, floors: HOLDOUT_11_FLOORS },
  { name: 'the twelfth held-out set', gold: `${dir}holdout-12/gold`, docs: `${dir}holdout-12/docs`, floors: HOLDOUT_12_FLOORS },
  { name: 'the thirteenth held-out set', gold: `${dir}holdout-13/gold`, docs: `${dir}holdout-13/docs`, floors: HOLDOUT_13_FLOORS },
  { name: 'the fourteenth held-out set', gold: `${dir}holdout-14/gold`, docs: `${dir}holdout-14/docs`, floors: HOLDOUT_14_FLOORS },
  { name: 'the fifteenth held-out set', gold: `${dir}holdout-15/gold`, docs: `${dir}holdout-15/docs`, floors: HOLDOUT_15_FLOORS },
  { name: 'the shared seeds', gold: '../shared/corpus/gold', docs: '../shared/corpus/seeds', floors: SEED_FLOORS },
];

/** Every gold file of a set is a document eval must score (a duplicates file is not one). */
function goldDocuments(gold: string): number {
  return readdirSync(gold).filter((f) => f.endsWith('.json') && f !== 'duplicates.json').length;
}

for (const set of SETS) test(`brink eval on ${set.name} stays above its floors`, async () => {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: string[] = [];
  const err: string[] = [];
  stdout.on('data', (c: Buffer) => out.push(c.toString()));
  stderr.on('data', (c: Buffer) => err.push(c.toString()));
  const code = await main(['eval', '--gold', set.gold, '--docs', set.docs, '--json'], {
    stdout: stdout as unknown as typeof process.stdout,
    stderr: stderr as unknown as typeof process.stderr,
    stdin: process.stdin,
  });
  assert.equal(code, 0, err.join(''));
  assert.equal(err.join(''), '', 'every gold file has its document and parses');
  const report = JSON.parse(out.join('')) as { documents: number; figures: Record<string, number | null> };
  assert.equal(report.documents, goldDocuments(set.gold), 'every gold file was scored');
  const below: string[] = [];
  for (const [name, floor] of Object.entries(set.floors)) {
    const value = report.figures[name];
    assert.equal(typeof value, 'number', `${name} is defined on ${set.name}`);
    if ((value as number) < floor) below.push(`${name} ${(value as number).toFixed(3)} < ${floor}`);
  }
  assert.deepEqual(below, [], 'figures under their floor');
});
