/**
 * PostgreSQL store and distributed workers. `benchPostgres()` measures, on
 * the server named by BRINK_BENCH_PG (else BRINK_TEST_PG; a role that may
 * create databases, ideally on this machine so its CPU can be read too):
 *
 * 1. the same generated text corpus (bench/corpus.ts) through
 *    `brink ingest` into SQLite, and through `brink ingest --queue` + 1, 2
 *    and 4 `brink worker --drain` processes into PostgreSQL: docs/s (wall and
 *    steady), worker CPU per document, PostgreSQL backend CPU per document;
 * 2. the store alone (records already analysed): saves/s into SQLite, into
 *    PostgreSQL from one connection and from four at once;
 * 3. reads at scale: a synthetic store of 100,000 documents and 300,000
 *    signals (bench/api.ts's builder) moved into PostgreSQL with `brink
 *    migrate`, then p50/p95 of the `Store` methods on both backends;
 * 4. the HTTP API on that PostgreSQL store (bench/postgres-api.ts: the SQLite
 *    API section's endpoints and timing loop, in-process and over HTTP).
 *
 * `--api-pg-url postgres://…/db` measures part 4 on an existing store
 * instead (part 3, which needs the SQLite original, is then skipped), so a
 * large store is built once and measured after each change; `--parts`
 * picks parts (workers = 1, store = 2, reads = 3, api = 4).
 *
 *   node --import tsx bench/postgres.ts [--docs 300] [--workers 1,2,4] [--api-docs 100000] [--api-signals 300000]
 *                                       [--api-pg-url postgres://…] [--parts workers,store,reads,api]
 *
 * Prints Markdown (the PostgreSQL section of BENCHMARKS.md is written from).
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import pg from 'pg';
import { signatureOf } from '../src/cluster/index.ts';
import { readInputs } from '../src/input/index.ts';
import { enqueue } from '../src/queue/index.ts';
import { connectStore, type DocumentInput, type Store } from '../src/store/index.ts';
import { copySqliteToPostgres } from '../src/store/postgres/copy.ts';
import { connectPostgresStore } from '../src/store/postgres/index.ts';
import { buildSyntheticStore } from './api.ts';
import { benchPostgresApi, formatPostgresApiBench, type PostgresApiBench } from './postgres-api.ts';
import { writeCorpus } from './corpus.ts';
import { measureCommand } from './measure.ts';

const ROOT = join(import.meta.dirname, '..');

export interface PostgresBenchOptions {
  /** Server URL (a role that may create databases). */
  readonly url?: string;
  /** Text documents in the ingest corpus. */
  readonly docs?: number;
  /** Worker process counts to run. */
  readonly workers?: readonly number[];
  readonly apiDocuments?: number;
  readonly apiSignals?: number;
  /** Timed runs per read query. */
  readonly runs?: number;
  /** Seconds allowed to the SQLite ingest before it is stopped and measured on what it did. */
  readonly budgetSeconds?: number;
  /** An existing store to measure the API on (part 4), instead of building one; part 3 is then skipped. */
  readonly apiPgUrl?: string;
  /** Which parts to run (default all). */
  readonly parts?: readonly PostgresPart[];
}

export const POSTGRES_PARTS = ['workers', 'store', 'reads', 'api'] as const;
export type PostgresPart = (typeof POSTGRES_PARTS)[number];

export interface WorkerRun {
  readonly workers: number;
  readonly docs: number;
  /** From spawning the workers to the last one exiting (start-up included). */
  readonly wallSeconds: number;
  /** From the first document stored to the last. */
  readonly steadyDocsPerSecond: number;
  readonly workerCpuSeconds: number | null;
  /** CPU of the PostgreSQL backends serving the workers (null when the server's processes cannot be read). */
  readonly serverCpuSeconds: number | null;
  readonly load: number;
}

export interface Timing {
  readonly name: string;
  readonly p50Ms: number;
  readonly p95Ms: number;
}

export interface IngestBench {
  /** CPU seconds a worker spends starting (tsx, lexicons, connections) and stopping on an empty queue. */
  readonly startupCpuSeconds: number | null;
  readonly docs: number;
  readonly enqueuePerSecond: number;
  readonly sqlite: { readonly docs: number; readonly steadyDocsPerSecond: number; readonly cpuSeconds: number | null; readonly wallSeconds: number };
  readonly runs: readonly WorkerRun[];
}

/** Each part's result, or null when it was not run. */
export interface PostgresBench {
  readonly server: string;
  readonly ingest: IngestBench | null;
  readonly storeOnly: readonly { readonly backend: string; readonly connections: number; readonly docs: number; readonly perSecond: number }[] | null;
  readonly api: PostgresApiBench | null;
  readonly scale: {
    readonly documents: number;
    readonly signals: number;
    readonly buildSeconds: number;
    readonly migrateSeconds: number;
    readonly migratedRows: number;
    readonly pgSizeMB: number;
    readonly sqliteSizeMB: number;
    readonly queries: readonly { readonly name: string; readonly sqlite: Timing; readonly postgres: Timing }[];
  } | null;
}

const CLK_TCK = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** user + system CPU seconds of a process, from /proc; null if it cannot be read (not ours, not here). */
function cpuOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLK_TCK;
  } catch {
    return null;
  }
}

/** Full-text search goes through the HTTP API's own FTS5 code on SQLite, not through the Store: not timed here. */
const NOT_RUN: Timing = { name: 'n/a', p50Ms: NaN, p95Ms: NaN };

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
}

async function time(name: string, runs: number, once: (i: number) => Promise<unknown>): Promise<Timing> {
  for (let i = 0; i < 3; i++) await once(i); // warm-up: plans and pages cached
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await once(i + 3);
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  return { name, p50Ms: percentile(ms, 50), p95Ms: percentile(ms, 95) };
}

function withDatabase(base: string, name: string): string {
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

async function admin<T>(base: string, work: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: base });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function freshDatabase(base: string, name: string): Promise<string> {
  await admin(base, async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await c.query(`CREATE DATABASE ${name}`);
  });
  return withDatabase(base, name);
}

async function dropDatabase(base: string, name: string): Promise<void> {
  await admin(base, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
}

/** Runs `count` worker processes with --drain over an already filled queue, following progress in the database. */
async function runWorkers(url: string, count: number, total: number): Promise<WorkerRun> {
  const scratch = mkdtempSync(join(tmpdir(), 'brink-pgbench-'));
  const monitor = new pg.Client({ connectionString: url });
  await monitor.connect();
  const serverCpu = new Map<number, number>();
  let readable = true;
  try {
    const started = performance.now();
    const children = Array.from({ length: count }, (_, i) =>
      spawn(
        process.execPath,
        ['--import', 'tsx', '--import', join(ROOT, 'bench', 'peak.mjs'), join(ROOT, 'src', 'cli', 'bin.ts'), 'worker', '--db', url, '--drain', '--concurrency', '2'],
        { cwd: ROOT, env: { ...process.env, BRINK_BENCH_PEAK: join(scratch, `peak-${i}.json`) }, stdio: 'ignore' },
      ),
    );
    const exits = children.map((c) => new Promise<number | null>((resolve) => c.on('exit', (code) => resolve(code))));
    let first: number | null = null;
    let firstDone = 0;
    let last = started;
    let done = 0;
    let running = true;
    void Promise.all(exits).then(() => (running = false));
    while (running) {
      const { rows } = await monitor.query<{ n: number }>('SELECT count(*)::int AS n FROM document_sources');
      const n = rows[0]?.n ?? 0;
      const now = performance.now();
      if (n > done) {
        if (first === null) {
          first = now;
          firstDone = n;
        }
        last = now;
        done = n;
      }
      const backends = await monitor.query<{ pid: number }>(
        "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND backend_type = 'client backend' AND pid <> pg_backend_pid()",
      );
      for (const { pid } of backends.rows) {
        const cpu = cpuOf(pid);
        if (cpu === null) readable = false;
        else serverCpu.set(pid, Math.max(serverCpu.get(pid) ?? 0, cpu));
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    await Promise.all(exits);
    const ended = performance.now();
    const { rows } = await monitor.query<{ n: number }>('SELECT count(*)::int AS n FROM document_sources');
    done = rows[0]?.n ?? done;
    let cpu: number | null = 0;
    for (let i = 0; i < count; i++) {
      try {
        cpu += (JSON.parse(readFileSync(join(scratch, `peak-${i}.json`), 'utf8')) as { cpuSeconds: number }).cpuSeconds;
      } catch {
        cpu = null;
        break;
      }
    }
    const steady = first === null ? 0 : (last - first) / 1000;
    if (done < total) process.stderr.write(`bench: only ${done} of ${total} documents done by ${count} workers\n`);
    return {
      workers: count,
      docs: done,
      wallSeconds: (ended - started) / 1000,
      steadyDocsPerSecond: steady > 0 ? (done - firstDone) / steady : 0,
      workerCpuSeconds: cpu,
      serverCpuSeconds: readable && serverCpu.size > 0 ? [...serverCpu.values()].reduce((a, b) => a + b, 0) : null,
      load: loadavg()[0] ?? 0,
    };
  } finally {
    await monitor.end();
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Analysed documents, read back from a store (so the store-only runs save real records). */
async function recordsOf(store: Store, db: string): Promise<DocumentInput[]> {
  const sqlite = new Database(db, { readonly: true });
  const ids = sqlite.prepare('SELECT id FROM documents ORDER BY seq').pluck().all() as string[];
  sqlite.close();
  const inputs: DocumentInput[] = [];
  for (const id of ids) {
    const record = await store.getDocument(id);
    if (record) inputs.push({ record: { ...record, cluster: null }, url: null, signature: signatureOf(record.text) });
  }
  return inputs;
}

async function saveAll(stores: readonly Store[], inputs: readonly DocumentInput[]): Promise<number> {
  const t0 = performance.now();
  let next = 0;
  await Promise.all(
    stores.map(async (store) => {
      for (let i = next++; i < inputs.length; i = next++) await store.saveDocument(inputs[i] as DocumentInput);
    }),
  );
  return inputs.length / ((performance.now() - t0) / 1000);
}

async function first<T>(items: AsyncIterable<T>, n: number): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) {
    out.push(item);
    if (out.length >= n) break;
  }
  return out;
}

export async function benchPostgres(options: PostgresBenchOptions = {}): Promise<PostgresBench | { skipped: string }> {
  const base = options.url ?? process.env['BRINK_BENCH_PG'] ?? process.env['BRINK_TEST_PG'];
  if (!base) return { skipped: 'no PostgreSQL server: set BRINK_BENCH_PG (or BRINK_TEST_PG) to a postgres:// URL of a role that may create databases' };
  const parts = new Set<PostgresPart>(options.parts ?? POSTGRES_PARTS);
  const apiDocuments = options.apiDocuments ?? 100_000;
  const apiSignals = options.apiSignals ?? 300_000;
  const runs = options.runs ?? 30;
  const dir = mkdtempSync(join(tmpdir(), 'brink-pgbench-'));
  const databases: string[] = [];
  try {
    const needsCorpus = parts.has('workers') || parts.has('store');
    const corpus = needsCorpus ? writeCorpus(dir, { textDocs: options.docs ?? 300, htmlDocs: 0 }) : null;
    const sqlitePath = join(dir, 'ingest.db');
    const ingest = parts.has('workers') || parts.has('store') ? await benchIngest(base, corpus!.textDir, sqlitePath, databases, options) : null;
    const storeOnly = parts.has('store') ? await benchStoreOnly(base, sqlitePath, dir, databases) : null;

    // 3 and 4 on a store built here, unless one was named.
    let scale: PostgresBench['scale'] = null;
    let api: PostgresApiBench | null = null;
    if (options.apiPgUrl !== undefined) {
      if (parts.has('api')) api = await benchPostgresApi(options.apiPgUrl, { runs });
    } else if (parts.has('reads') || parts.has('api')) {
      const built = await buildScaleStore(base, dir, apiDocuments, apiSignals, databases);
      if (parts.has('reads')) scale = await benchStoreReads(built, apiDocuments, apiSignals, runs);
      if (parts.has('api')) api = await benchPostgresApi(built.url, { runs });
    }
    return { server: base.replace(/\/\/([^:@/]*):[^@]*@/, '//$1:***@'), ingest, storeOnly, scale, api };
  } finally {
    for (const name of databases) await dropDatabase(base, name).catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  }
}

/** 1. The corpus through brink ingest into SQLite (kept at `sqlitePath` for part 2), and through 1/2/4 workers into PostgreSQL. */
async function benchIngest(base: string, textDir: string, sqlitePath: string, databases: string[], options: PostgresBenchOptions): Promise<IngestBench> {
  const sqliteRun = await measureCommand(['ingest', textDir, '--db', sqlitePath], { kind: 'store-sources', db: sqlitePath }, options.budgetSeconds ?? 600);
  if (!(options.parts ?? POSTGRES_PARTS).includes('workers')) {
    return { startupCpuSeconds: null, docs: 0, enqueuePerSecond: 0, sqlite: sqliteRun, runs: [] };
  }
  // PostgreSQL: queue the corpus once per run, then N workers drain it.
  // First a worker on an empty queue: its CPU is the start-up cost each worker pays once.
  const idleName = 'brink_bench_idle';
  databases.push(idleName);
  const idleUrl = await freshDatabase(base, idleName);
  await (await connectStore(idleUrl)).close();
  const startupCpuSeconds = (await runWorkers(idleUrl, 1, 0)).workerCpuSeconds;
  let enqueuePerSecond = 0;
  const runsOut: WorkerRun[] = [];
  for (const count of options.workers ?? [1, 2, 4]) {
    const name = `brink_bench_w${count}`;
    databases.push(name);
    const url = await freshDatabase(base, name);
    await (await connectStore(url)).close();
    const t0 = performance.now();
    const queued = await enqueue(url, readInputs([textDir]));
    enqueuePerSecond = queued.queued / ((performance.now() - t0) / 1000);
    runsOut.push(await runWorkers(url, count, queued.queued));
  }
  return {
    startupCpuSeconds,
    docs: options.docs ?? 300,
    enqueuePerSecond,
    sqlite: { docs: sqliteRun.docs, steadyDocsPerSecond: sqliteRun.steadyDocsPerSecond, cpuSeconds: sqliteRun.cpuSeconds, wallSeconds: sqliteRun.wallSeconds },
    runs: runsOut,
  };
}

/** 2. The store alone, with the records the SQLite ingest produced. */
async function benchStoreOnly(base: string, sqlitePath: string, dir: string, databases: string[]): Promise<NonNullable<PostgresBench['storeOnly']>> {
  const reference = await connectStore(sqlitePath, { readonly: true });
  const inputs = await recordsOf(reference, sqlitePath);
  await reference.close();
  const storeOnly: NonNullable<PostgresBench['storeOnly']>[number][] = [];
  {
    const path = join(dir, 'store-only.db');
    const store = await connectStore(path);
    storeOnly.push({ backend: 'SQLite', connections: 1, docs: inputs.length, perSecond: await saveAll([store], inputs) });
    await store.close();
  }
  for (const connections of [1, 4]) {
    const name = `brink_bench_store${connections}`;
    databases.push(name);
    const url = await freshDatabase(base, name);
    const stores = await Promise.all(Array.from({ length: connections }, () => connectStore(url, { poolSize: 1 })));
    storeOnly.push({ backend: 'PostgreSQL', connections, docs: inputs.length, perSecond: await saveAll(stores, inputs) });
    await Promise.all(stores.map((s) => s.close()));
  }
  return storeOnly;
}

interface ScaleStore {
  readonly url: string;
  readonly sqlitePath: string;
  readonly buildSeconds: number;
  readonly migrateSeconds: number;
  readonly migratedRows: number;
}

/** The synthetic SQLite store (bench/api.ts's builder), moved into a fresh database as `brink migrate` does. */
async function buildScaleStore(base: string, dir: string, documents: number, signals: number, databases: string[]): Promise<ScaleStore> {
  const sqlitePath = join(dir, `api-${documents}.db`);
  const b0 = performance.now();
  buildSyntheticStore(sqlitePath, { documents, signals });
  const buildSeconds = (performance.now() - b0) / 1000;
  const scaleName = 'brink_bench_scale';
  databases.push(scaleName);
  const url = await freshDatabase(base, scaleName);
  const m0 = performance.now();
  const reports = await copySqliteToPostgres(sqlitePath, url);
  const migrateSeconds = (performance.now() - m0) / 1000;
  await admin(url, (c) => c.query('VACUUM ANALYZE'));
  return { url, sqlitePath, buildSeconds, migrateSeconds, migratedRows: reports.reduce((n, r) => n + r.rows, 0) };
}

/** 3. The Store methods behind the API's main endpoints, on both backends. */
async function benchStoreReads(built: ScaleStore, apiDocuments: number, apiSignals: number, runs: number): Promise<NonNullable<PostgresBench['scale']>> {
  const { url: scaleUrl, sqlitePath: apiPath } = built;
  const pgSizeMB = await admin(scaleUrl, async (c) => ((await c.query<{ b: number }>('SELECT pg_database_size(current_database())::float8 AS b')).rows[0]?.b ?? 0) / 2 ** 20);
  const sqliteSizeMB = (existsSync(apiPath) ? Number(execFileSync('stat', ['-c', '%s', apiPath], { encoding: 'utf8' })) : 0) / 2 ** 20;
  const sample = (() => {
    const db = new Database(apiPath, { readonly: true });
    const ids = db.prepare('SELECT id FROM documents WHERE seq % 997 = 0').pluck().all() as string[];
    db.close();
    return ids;
  })();
  const [sqliteStore, pgStore] = [await connectStore(apiPath, { readonly: true }), await connectPostgresStore(scaleUrl, { readonly: true })];
  const queries: { name: string; run: (s: Store, i: number) => Promise<unknown> }[] = [
    { name: 'document by id', run: (s, i) => s.getDocument(sample[i % sample.length] as string) },
    { name: 'signals, first page (50), no filter', run: (s) => first(s.signals(), 50) },
    { name: 'signals, first page, type=THREAT', run: (s) => first(s.signals({ type: 'THREAT' }), 50) },
    { name: 'signals, first page, country=RU since 2023-06-01', run: (s) => first(s.signals({ country: 'RU', since: '2023-06-01' }), 50) },
    { name: 'signals, first page, actor + min severity 5', run: (s) => first(s.signals({ actor: 'vladimir putin', minSeverity: 5 }), 50) },
    { name: 'quotes, first page, actor', run: (s) => first(s.quotes({ actor: 'Sergey Lavrov' }), 50) },
    { name: 'cluster members', run: async (s, i) => first(s.clusterMembers((await s.clusterOf(sample[i % sample.length] as string)) ?? ''), 50) },
    { name: 'counts', run: (s) => s.counts() },
  ];
  const timed: NonNullable<PostgresBench['scale']>['queries'][number][] = [];
  try {
    for (const q of queries) {
      timed.push({
        name: q.name,
        sqlite: await time(q.name, runs, (i) => q.run(sqliteStore, i)),
        postgres: await time(q.name, runs, (i) => q.run(pgStore, i)),
      });
    }
    // The synthetic text repeats a small vocabulary: two common words match most of the store (the worst case: every match ranked).
    const broad = await time('fts broad', runs, () => pgStore.searchDocuments('nuclear warning'));
    timed.push({ name: 'full-text search, top 20 of most documents (two common words)', sqlite: NOT_RUN, postgres: broad });
    const narrow = await time('fts narrow', runs, (i) => pgStore.searchDocuments(`deterrence ${(i * 7919) % apiDocuments}`));
    timed.push({ name: 'full-text search, a few matches (a word and a title number)', sqlite: NOT_RUN, postgres: narrow });
  } finally {
    await sqliteStore.close();
    await pgStore.close();
  }
  return {
    documents: apiDocuments,
    signals: apiSignals,
    buildSeconds: built.buildSeconds,
    migrateSeconds: built.migrateSeconds,
    migratedRows: built.migratedRows,
    pgSizeMB,
    sqliteSizeMB,
    queries: timed,
  };
}

const fmt = (n: number | null, digits = 0) =>
  n === null || Number.isNaN(n) ? 'n/a' : n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

export function formatPostgresBench(b: PostgresBench | { skipped: string }): string {
  if ('skipped' in b) return `PostgreSQL bench skipped: ${b.skipped}\n`;
  const lines: string[] = [];
  const out = (l = '') => lines.push(l);
  out(`Server: ${b.server}. Load average (1 min) now: ${fmt(loadavg()[0] ?? 0, 2)}.`);
  out();
  const ing = b.ingest;
  if (ing !== null && ing.runs.length > 0) {
    out(`### Ingest: ${fmt(ing.docs)} generated text documents`);
    out();
    const startup = ing.startupCpuSeconds ?? 0;
    const perDoc = (cpu: number | null, processes: number, docs: number) => (cpu === null ? 'n/a' : fmt(Math.max(0, cpu - processes * startup) / Math.max(1, docs), 4));
    out('| path | processes | docs | wall (incl. start-up) | steady docs/s | client CPU s/doc (start-up excluded) | PostgreSQL CPU s/doc | load (1 min) |');
    out('|---|---|---|---|---|---|---|---|');
    out(
      `| SQLite, brink ingest | 1 | ${fmt(ing.sqlite.docs)} | ${fmt(ing.sqlite.wallSeconds, 1)} s | ${fmt(ing.sqlite.steadyDocsPerSecond, 1)} | ` +
        `${perDoc(ing.sqlite.cpuSeconds, 1, ing.sqlite.docs)} | – | |`,
    );
    for (const r of ing.runs) {
      out(
        `| PostgreSQL, brink worker ×${r.workers} | ${r.workers} | ${fmt(r.docs)} | ${fmt(r.wallSeconds, 1)} s | ${fmt(r.steadyDocsPerSecond, 1)} | ` +
          `${perDoc(r.workerCpuSeconds, r.workers, r.docs)} | ` +
          `${r.serverCpuSeconds === null ? 'n/a' : fmt(r.serverCpuSeconds / Math.max(1, r.docs), 4)} | ${fmt(r.load, 2)} |`,
      );
    }
    out();
    out(`Start-up CPU per process (a worker on an empty queue, also charged to the SQLite ingest): ${fmt(ing.startupCpuSeconds, 2)} s.`);
    out();
    out(`Enqueue (brink ingest --queue): ${fmt(ing.enqueuePerSecond)} docs/s.`);
    out();
  }
  if (b.storeOnly !== null) {
    out('### The store alone (records already analysed)');
    out();
    out('| backend | connections | records | saves/s |');
    out('|---|---|---|---|');
    for (const s of b.storeOnly) out(`| ${s.backend} | ${s.connections} | ${fmt(s.docs)} | ${fmt(s.perSecond)} |`);
    out();
  }
  const s = b.scale;
  if (s !== null) {
    out(`### Reads at ${fmt(s.documents)} documents, ${fmt(s.signals)} signals`);
    out();
    out(
      `Synthetic SQLite store built in ${fmt(s.buildSeconds, 1)} s (${fmt(s.sqliteSizeMB)} MB); moved by brink migrate in ${fmt(s.migrateSeconds, 1)} s ` +
        `(${fmt(s.migratedRows)} rows, ${fmt(s.migratedRows / s.migrateSeconds)} rows/s, checksums verified); ${fmt(s.pgSizeMB)} MB in PostgreSQL with its indexes.`,
    );
    out();
    out('| store method | SQLite p50 | SQLite p95 | PostgreSQL p50 | PostgreSQL p95 |');
    out('|---|---|---|---|---|');
    const ms = (x: number) => (Number.isNaN(x) ? '–' : `${fmt(x, 1)} ms`);
    for (const q of s.queries) out(`| ${q.name} | ${ms(q.sqlite.p50Ms)} | ${ms(q.sqlite.p95Ms)} | ${ms(q.postgres.p50Ms)} | ${ms(q.postgres.p95Ms)} |`);
    out();
  }
  if (b.api !== null) {
    out(`### The HTTP API on PostgreSQL`);
    out();
    out(formatPostgresApiBench(b.api));
  }
  return lines.join('\n') + '\n';
}

/** The command-line options bench/postgres.ts and bench/run.ts share. */
export const POSTGRES_CLI_OPTIONS = {
  'api-docs': { type: 'string', default: '100000' },
  'api-signals': { type: 'string', default: '300000' },
  'api-pg-url': { type: 'string' },
  parts: { type: 'string', default: POSTGRES_PARTS.join(',') },
} as const;

/** Options from those command-line values. */
export function postgresOptionsFrom(values: { 'api-docs': string; 'api-signals': string; 'api-pg-url'?: string | undefined; parts: string }): PostgresBenchOptions {
  const parts = values.parts.split(',').map((x) => x.trim());
  for (const part of parts) if (!(POSTGRES_PARTS as readonly string[]).includes(part)) throw new Error(`--parts: unknown part '${part}'; parts: ${POSTGRES_PARTS.join(', ')}`);
  return {
    apiDocuments: Number(values['api-docs']),
    apiSignals: Number(values['api-signals']),
    parts: parts as PostgresPart[],
    ...(values['api-pg-url'] !== undefined ? { apiPgUrl: values['api-pg-url'] } : {}),
  };
}

if (import.meta.filename === process.argv[1]) {
  const { values } = parseArgs({
    options: {
      docs: { type: 'string', default: '300' },
      workers: { type: 'string', default: '1,2,4' },
      ...POSTGRES_CLI_OPTIONS,
    },
  });
  const result = await benchPostgres({
    docs: Number(values.docs),
    workers: values.workers.split(',').map(Number),
    ...postgresOptionsFrom(values),
  });
  process.stdout.write(formatPostgresBench(result));
}
