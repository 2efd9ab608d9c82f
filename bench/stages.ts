/**
 * Where a document's time goes: each pipeline stage, the signature and the
 * store's save, timed in-process over a sample of the generated corpus.
 * The stage list mirrors src/pipeline/index.ts and is checked against its
 * STAGE_NAMES, so a change there fails here loudly instead of measuring the
 * wrong thing.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signatureOf } from '../src/cluster/index.ts';
import { createDoc, fatalOf, toRecord, type Doc } from '../src/document/index.ts';
import { STAGE_NAMES } from '../src/pipeline/index.ts';
import type { Stage } from '../src/pipeline/stage.ts';
import { createActors } from '../src/stages/actors/index.ts';
import { createClean } from '../src/stages/clean/index.ts';
import { createDates } from '../src/stages/dates/index.ts';
import { createExtract } from '../src/stages/extract/index.ts';
import { createLanguage } from '../src/stages/language/index.ts';
import { createNormalize } from '../src/stages/normalize/index.ts';
import { createQuotes } from '../src/stages/quotes/index.ts';
import { createRelevance } from '../src/stages/relevance/index.ts';
import { createSentences } from '../src/stages/sentences/index.ts';
import { createSignals } from '../src/stages/signals/index.ts';
import { openStore } from '../src/store/index.ts';

export interface StageCost {
  readonly name: string;
  readonly msPerDoc: number;
}

function* files(dir: string, limit: number): Generator<string> {
  let n = 0;
  for (const sub of readdirSync(dir).sort()) {
    for (const f of readdirSync(join(dir, sub)).sort()) {
      if (n++ >= limit) return;
      yield join(dir, sub, f);
    }
  }
}

export interface StageCosts {
  readonly docs: number;
  readonly costs: readonly StageCost[];
}

/** Times up to `sample` documents, stopping early after `budgetSeconds`. */
export async function stageCosts(textDir: string, sample: number, budgetSeconds: number): Promise<StageCosts> {
  const stages: [string, Stage][] = [
    ['extract', createExtract()],
    ['normalize', createNormalize()],
    ['clean', createClean()],
    ['language', createLanguage()],
    ['sentences', createSentences()],
    ['actors', createActors()],
    ['quotes', createQuotes()],
    ['dates', createDates()],
    ['signals', createSignals()],
    ['relevance', createRelevance()],
  ];
  const names = stages.map(([n]) => n);
  if (names.join() !== STAGE_NAMES.join()) throw new Error(`bench/stages.ts is out of date: pipeline stages are ${STAGE_NAMES.join(', ')}`);
  const spent = new Map<string, number>(names.map((n) => [n, 0]));
  const scratch = mkdtempSync(join(tmpdir(), 'brink-stages-'));
  const store = openStore(join(scratch, 'stages.db'));
  let docs = 0;
  const deadline = performance.now() + budgetSeconds * 1000;
  try {
    for (const path of files(textDir, sample)) {
      if (performance.now() > deadline) break;
      let doc: Doc = createDoc({ source: path, content: readFileSync(path, 'utf8'), format: 'text', meta: {} });
      for (const [name, stage] of stages) {
        const t = performance.now();
        doc = stage(doc);
        spent.set(name, (spent.get(name) ?? 0) + performance.now() - t);
        if (fatalOf(doc)) break;
      }
      let t = performance.now();
      const signature = signatureOf(doc.text);
      spent.set('signature (cluster)', (spent.get('signature (cluster)') ?? 0) + performance.now() - t);
      t = performance.now();
      await store.saveDocument({ record: toRecord(doc), url: null, signature });
      spent.set('store save (SQLite)', (spent.get('store save (SQLite)') ?? 0) + performance.now() - t);
      docs++;
    }
  } finally {
    await store.close();
    rmSync(scratch, { recursive: true, force: true });
  }
  return { docs, costs: [...spent].map(([name, ms]) => ({ name, msPerDoc: ms / Math.max(1, docs) })) };
}
