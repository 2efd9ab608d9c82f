/**
 * Crash safety: a real `brink ingest` child process is SIGKILLed mid-batch.
 * Every document it stored must be whole, the database intact, and a rerun
 * must store exactly the rest.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import Database from 'better-sqlite3';
import { runCli } from '../src/cli/testing.ts';
import { asStored } from './stored-record.ts';
import { toRecord, type DocumentRecord } from '../src/document/index.ts';
import { readInputs } from '../src/input/index.ts';
import { createPipeline } from '../src/pipeline/index.ts';
import { openStore } from '../src/store/index.ts';

const SEEDS = '../shared/corpus/seeds';
/** Enough documents that the child is still busy when it is killed, few enough that the rerun is quick. */
const BATCH = 800;
/** Kill once this many documents are committed: well into the batch, far from its end. */
const KILL_AFTER = 60;
/** Body paragraphs per document: short documents keep the pipeline's share of the test's time small. */
const PARAGRAPHS = 5;

const dir = mkdtempSync(join(tmpdir(), 'brink-kill-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** Distinct documents made from the seeds: paragraphs rotated and a dispatch line of their own. */
function writeBatch(into: string): void {
  mkdirSync(into);
  const seeds = readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(SEEDS, f), 'utf8').split('\n'));
  for (let i = 0; i < BATCH; i++) {
    const lines = seeds[i % seeds.length] as string[];
    const [title = '', ...body] = lines;
    const turn = Math.floor(i / seeds.length) % Math.max(1, body.length);
    const rotated = [...body.slice(turn), ...body.slice(0, turn)].slice(0, PARAGRAPHS);
    const text = [title, `Dépêche numéro ${i} transmise par le correspondant ${(i * 7919) % 10007} de la rédaction.`, ...rotated].join('\n');
    writeFileSync(join(into, `doc-${String(i).padStart(5, '0')}.txt`), text);
  }
}

/**
 * What a document's own rows hold. A signal's target, severity, modality and
 * sourcing live on the cluster-level row, from the cluster's first report, so
 * a near-duplicate reads back its cluster's values there; everything else is
 * the document's own.
 */
function ownRows(record: DocumentRecord) {
  return {
    ...record,
    cluster: null,
    signals: record.signals.map((s) => ({ type: s.type, actor: s.actor, date: s.date, quote: s.quote, confidence: s.confidence, evidence: s.evidence })),
  };
}


function countDocuments(path: string): number {
  if (!existsSync(path)) return 0;
  try {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    try {
      return db.prepare('SELECT count(*) FROM documents').pluck().get() as number;
    } finally {
      db.close();
    }
  } catch {
    return 0; // not created or not migrated yet
  }
}

/** Starts an ingest child and SIGKILLs it once KILL_AFTER documents are committed; returns how many were. */
async function ingestAndKill(inputs: string, db: string): Promise<number> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', 'ingest', inputs, '--db', db], { stdio: 'ignore' });
  const exited = new Promise<string>((resolve) => child.on('exit', (code, signal) => resolve(signal ?? `exit ${code}`)));
  let killed = false;
  const poll = setInterval(() => {
    if (!killed && countDocuments(db) >= KILL_AFTER) {
      killed = child.kill('SIGKILL');
    }
  }, 10);
  const how = await exited;
  clearInterval(poll);
  assert.equal(how, 'SIGKILL', 'the ingest ended before it could be killed: make BATCH larger');
  return countDocuments(db);
}

test('an ingest killed mid-batch leaves whole documents, and a rerun completes the batch', async () => {
  const inputs = join(dir, 'batch');
  writeBatch(inputs);
  const db = join(dir, 'killed.db');
  const atKill = await ingestAndKill(inputs, db);
  assert.ok(atKill >= KILL_AFTER && atKill < BATCH, `stored ${atKill} of ${BATCH} at kill time`);

  // The file is intact, and so are the full-text indexes.
  const raw = new Database(db);
  assert.equal(raw.pragma('integrity_check', { simple: true }), 'ok');
  raw.prepare("INSERT INTO documents_fts(documents_fts) VALUES ('integrity-check')").run();
  raw.prepare("INSERT INTO quotes_fts(quotes_fts) VALUES ('integrity-check')").run();
  assert.deepEqual(raw.pragma('foreign_key_check'), []);
  // Every document has its source, its cluster, its sketch and its full-text row; every cluster's size is right.
  const orphans = raw
    .prepare(
      `SELECT d.id FROM documents d
       WHERE NOT EXISTS (SELECT 1 FROM document_sources s WHERE s.document_id = d.id)
          OR NOT EXISTS (SELECT 1 FROM clusters c WHERE c.id = d.cluster)
          OR NOT EXISTS (SELECT 1 FROM sketches k WHERE k.document_seq = d.seq)
          OR NOT EXISTS (SELECT 1 FROM documents_fts f WHERE f.rowid = d.seq)`,
    )
    .all();
  assert.deepEqual(orphans, []);
  assert.equal(raw.prepare('SELECT count(*) FROM clusters WHERE size != (SELECT count(*) FROM documents d WHERE d.cluster = clusters.id)').pluck().get(), 0);
  const stored = raw.prepare('SELECT id, source FROM documents ORDER BY seq').all() as { id: string; source: string }[];
  raw.close();

  // Each stored document reads back exactly as the pipeline makes it from its file.
  const pipeline = createPipeline();
  const store = openStore(db, { readonly: true });
  for (const { id, source } of stored) {
    for await (const item of readInputs([source])) {
      assert.ok(item.ok, source);
      const record = asStored(toRecord(pipeline.run(item.doc)));
      const back = await store.getDocument(id);
      assert.ok(back, source);
      assert.deepEqual(ownRows(back), ownRows(record), source);
    }
  }
  await store.close();

  // The rerun stores the rest and only the rest.
  const rerun = await runCli(['ingest', inputs, '--db', db]);
  assert.equal(rerun.code, 0, rerun.stderr);
  const m = /(\d+) documents stored, (\d+) already present/.exec(rerun.stderr);
  assert.ok(m, rerun.stderr);
  const [storedNow, present] = [Number(m[1]), Number(m[2])];
  assert.equal(storedNow + present, BATCH);
  assert.ok(present >= atKill);
  const after = openStore(db, { readonly: true });
  const counts = await after.counts();
  assert.equal(counts.documents, atKill + storedNow);
  await after.close();
});
