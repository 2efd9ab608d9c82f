/**
 * The store and clustering alone, without the analysis stages: every text
 * document of a directory becomes a record (its lines as paragraphs, two
 * quotes and two signals on its real sentences, actors and dates from small
 * cycles so near-duplicates share signals) and is saved with its signature,
 * one transaction each, as ingest does. Prints one line per document saved
 * so bench/measure.ts can follow it.
 *
 *   node --import tsx bench/store-load.ts <text-dir> <db>
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { signatureOf } from '../src/cluster/index.ts';
import type { ActorRef, DocumentRecord, Signal, SignalType } from '../src/document/index.ts';
import { openStore } from '../src/store/index.ts';

const ACTORS: readonly ActorRef[] = [
  { name: 'Vladimir Putin', country: 'RU', kind: 'official' },
  { name: 'Dmitry Medvedev', country: 'RU', kind: 'official' },
  { name: 'Joe Biden', country: 'US', kind: 'official' },
  { name: 'Institute for the Study of War', country: null, kind: 'expert' },
  { name: 'NATO', country: 'NATO', kind: 'intl_org' },
];
const TYPES: readonly SignalType[] = ['THREAT', 'WARNING', 'ASSESSMENT', 'REASSURANCE', 'POSTURE'];

function* walk(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.isDirectory()) yield* walk(join(dir, entry.name));
    else yield join(dir, entry.name);
  }
}

function recordOf(path: string, n: number): DocumentRecord {
  const [title = null, ...body] = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim());
  const text = body.join('\n\n');
  const id = createHash('sha256').update(text).digest('hex').slice(0, 16);
  const spans = body.slice(0, 4).map((p) => {
    const start = text.indexOf(p);
    const sentence = p.slice(0, Math.min(p.length, 160));
    return { start, end: start + sentence.length, text: sentence };
  });
  // The story's own first sentences pick actor, type and date, so copies of a story agree and their signals merge.
  const pick = (i: number) => createHash('sha1').update(spans[i]?.text ?? String(n)).digest()[0] as number;
  const signals: Signal[] = spans.slice(0, 2).map((e, i) => ({
    type: TYPES[pick(i) % TYPES.length] as SignalType,
    actor: ACTORS[pick(i) % ACTORS.length] as ActorRef,
    target: 'UA',
    date: `2022-${String(1 + (pick(i) % 12)).padStart(2, '0')}`,
    severity: pick(i) % 10,
    modality: 'public',
    sourcing: 'on_record',
    quote: e.text.slice(0, 40),
    evidence: [e],
    confidence: 0.7,
  }));
  return {
    id,
    source: path,
    lang: 'en',
    relevant: true,
    title,
    published: { date: '2022-10-01', precision: 'day', method: 'metadata' },
    text,
    removed: [],
    quotes: spans.slice(2, 4).map((s, i) => ({ ...s, speaker: ACTORS[i] ?? null, kind: 'partial' as const })),
    signals,
    cluster: null,
  };
}

const [dir, db] = process.argv.slice(2);
if (!dir || !db) throw new Error('usage: store-load.ts <text-dir> <db>');
const store = openStore(db);
let n = 0;
/** Documents saved between two turns of the event loop, where the bench's SIGTERM at the budget is handled. */
const YIELD_EVERY = 100;
for (const path of walk(dir)) {
  const record = recordOf(path, n++);
  await store.saveDocument({ record, url: null, signature: signatureOf(record.text) });
  process.stdout.write('.\n');
  // SQLite's saves are synchronous: without a turn of the loop the budget's signal waits for the last document.
  if (n % YIELD_EVERY === 0) await new Promise((resolve) => setImmediate(resolve));
}
await store.close();
