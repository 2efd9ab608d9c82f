/**
 * The hand-written development set (test/dev-corpus/README.md): documents the
 * rules were not tuned on, in the three kinds of input Brink is scored on
 * (English wire copy, Russian Telegram posts, French pages). Runs `brink eval`
 * on it and asserts floors a little under the figures reached, so a change
 * that generalises worse fails here even if the seeds still pass.
 */
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { main } from '../src/cli/main.ts';

const dir = fileURLToPath(new URL('./dev-corpus/', import.meta.url));

/** Figure → floor. Raise a floor when a change lifts its figure for good; never lower one to let a change in. */
const FLOORS: Readonly<Record<string, number>> = {
  'cleaning.retention': 0.98,
  'cleaning.removal': 0.4,
  'language.accuracy': 1,
  'relevance.precision': 0.95,
  'relevance.recall': 0.9,
  'published.accuracy': 0.92,
  'quotes.precision': 0.95,
  'quotes.recall': 0.95,
  'quotes.speaker': 0.85,
  'signals.strict.precision': 0.71,
  'signals.strict.recall': 0.68,
  'signals.strict.f1': 0.7,
  'signals.coarse.f1': 0.72,
  'signals.date': 0.93,
  'signals.severity': 0.93,
  'signals.modality': 0.88,
  'signals.sourcing': 0.95,
};

test('brink eval on the hand-written dev set stays above its floors', async () => {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: string[] = [];
  const err: string[] = [];
  stdout.on('data', (c: Buffer) => out.push(c.toString()));
  stderr.on('data', (c: Buffer) => err.push(c.toString()));
  const code = await main(['eval', '--gold', `${dir}gold`, '--docs', `${dir}docs`, '--json'], {
    stdout: stdout as unknown as typeof process.stdout,
    stderr: stderr as unknown as typeof process.stderr,
    stdin: process.stdin,
  });
  assert.equal(code, 0, err.join(''));
  assert.equal(err.join(''), '', 'every gold file has its document and parses');
  const report = JSON.parse(out.join('')) as { documents: number; figures: Record<string, number | null> };
  assert.equal(report.documents, 28);
  const below: string[] = [];
  for (const [name, floor] of Object.entries(FLOORS)) {
    const value = report.figures[name];
    assert.equal(typeof value, 'number', `${name} is defined on the dev set`);
    if ((value as number) < floor) below.push(`${name} ${(value as number).toFixed(3)} < ${floor}`);
  }
  assert.deepEqual(below, [], 'figures under their floor');
});
