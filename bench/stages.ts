/**
 * Where a document's time goes: each pipeline stage, the signature and the
 * store's save, timed in-process over a sample of the generated corpus.
 * The stages are the pipeline's own (`createStages`), so the profile always
 * times what `createPipeline` runs. Each step is timed in CPU time of this
 * process (`process.cpuUsage()`), not wall time: on a shared machine other
 * processes' load would otherwise be counted as the stage's.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signatureOf } from '../src/cluster/index.ts';
import { createDoc, fatalOf, toRecord, type Doc } from '../src/document/index.ts';
import { createStages } from '../src/pipeline/index.ts';
import { openStore } from '../src/store/index.ts';

export interface StageCost {
  readonly name: string;
  readonly msPerDoc: number;
}

/** CPU milliseconds (user + system) this process has used so far. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
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
  const stages = createStages();
  const names = stages.map(([n]) => n);
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
        const t = cpuMs();
        doc = stage(doc);
        spent.set(name, (spent.get(name) ?? 0) + cpuMs() - t);
        if (fatalOf(doc)) break;
      }
      let t = cpuMs();
      const signature = signatureOf(doc.text);
      spent.set('signature (cluster)', (spent.get('signature (cluster)') ?? 0) + cpuMs() - t);
      t = cpuMs();
      await store.saveDocument({ record: toRecord(doc), url: null, signature });
      spent.set('store save (SQLite)', (spent.get('store save (SQLite)') ?? 0) + cpuMs() - t);
      docs++;
    }
  } finally {
    await store.close();
    rmSync(scratch, { recursive: true, force: true });
  }
  return { docs, costs: [...spent].map(([name, ms]) => ({ name, msPerDoc: ms / Math.max(1, docs) })) };
}
