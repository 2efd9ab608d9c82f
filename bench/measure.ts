/**
 * Runs one `brink` command as a child process, as a user would, and measures
 * it from outside: wall time, documents per second, resident memory at 25,
 * 50, 75 and 100 % of the documents it got through (from /proc, Linux), and
 * peak RSS (reported by the child itself at exit through bench/peak.mjs).
 *
 * A run that outlasts its time budget is stopped (SIGTERM) and measured on
 * the documents it finished, so the bench ends in minutes even when the
 * pipeline is slow; the report says when that happened.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';

const ROOT = join(import.meta.dirname, '..');

export interface RssSample {
  readonly percent: number;
  readonly docs: number;
  readonly rssBytes: number;
}

export interface CommandMeasure {
  readonly exitCode: number | null;
  /** True when the run was stopped at its time budget before the end of the batch. */
  readonly cut: boolean;
  /** From spawn to exit, start-up included. */
  readonly wallSeconds: number;
  /** From the first finished document to the last: throughput once running. */
  readonly steadySeconds: number;
  readonly docs: number;
  readonly docsPerSecond: number;
  readonly steadyDocsPerSecond: number;
  readonly peakRssBytes: number | null;
  /** User + system CPU seconds of the process, start-up included. */
  readonly cpuSeconds: number | null;
  /** Documents per CPU second: the one-core rate, whatever else the machine is doing. */
  readonly docsPerCpuSecond: number | null;
  readonly rss: readonly RssSample[];
  readonly stderrTail: string;
}

/** How documents done are counted while the command runs. */
export type Progress = { readonly kind: 'stdout-lines' } | { readonly kind: 'store-sources'; readonly db: string };

function rssOf(pid: number): number | null {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : null;
  } catch {
    return null;
  }
}

/** Rows in document_sources: one per document ingested (stored or already present), read from a second connection. */
function sourcesIn(db: string): number {
  if (!existsSync(db)) return 0;
  try {
    const conn = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return conn.prepare('SELECT count(*) FROM document_sources').pluck().get() as number;
    } finally {
      conn.close();
    }
  } catch {
    return 0;
  }
}

/** RSS is read this often; the quartile figures are the samples nearest to each quarter of the documents done. */
const SAMPLE_MS = 100;

/**
 * Which `brink` runs: the sources under tsx, as `npm run brink` does, or the
 * compiled CLI, `bin/brink.js` on `dist/`, as `npm install` sets up the
 * `brink` command (the caller builds `dist/` first: see `buildDist`).
 */
export type Cli = 'tsx' | 'dist';

/**
 * Compiles `src/` into `dist/` (tsconfig.build.json), so that the compiled
 * CLI runs today's sources; false when tsc reports errors (a work in
 * progress elsewhere in the tree), and the compiled runs are skipped.
 */
export function buildDist(): boolean {
  try {
    execFileSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(ROOT, 'tsconfig.build.json')], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    return true;
  } catch {
    return false;
  }
}

/** Runs `brink <args>`, or `script <args>` (under tsx) when a script under bench/ is given. */
export async function measureCommand(args: readonly string[], progress: Progress, budgetSeconds: number, script?: string, cli: Cli = 'tsx'): Promise<CommandMeasure> {
  const scratch = mkdtempSync(join(tmpdir(), 'brink-peak-'));
  const peakFile = join(scratch, 'peak.json');
  const started = performance.now();
  const peak = ['--import', join(ROOT, 'bench', 'peak.mjs')];
  const command =
    script === undefined && cli === 'dist'
      ? [...peak, join(ROOT, 'bin', 'brink.js'), ...args]
      : ['--import', 'tsx', ...peak, script ?? join(ROOT, 'src', 'cli', 'bin.ts'), ...args];
  const child = spawn(process.execPath, command, {
    cwd: ROOT,
    env: { ...process.env, BRINK_BENCH_PEAK: peakFile },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const pid = child.pid as number;
  let docs = 0;
  let firstDone: number | null = null;
  let lastDone = started;
  const samples: { docs: number; rssBytes: number }[] = [];
  const observe = (count: number) => {
    if (count <= docs) return;
    docs = count;
    const now = performance.now();
    firstDone ??= now;
    lastDone = now;
  };
  child.stdout.on('data', (chunk: Buffer) => {
    if (progress.kind !== 'stdout-lines') return;
    let lines = 0;
    for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) lines++;
    observe(docs + lines);
  });
  const stderr: string[] = [];
  child.stderr.on('data', (chunk: Buffer) => {
    stderr.push(chunk.toString());
    if (stderr.length > 50) stderr.splice(0, stderr.length - 50);
  });
  const sampler = setInterval(() => {
    if (progress.kind === 'store-sources') observe(sourcesIn(progress.db));
    const bytes = rssOf(pid);
    if (bytes !== null && docs > 0) samples.push({ docs, rssBytes: bytes });
  }, SAMPLE_MS);
  let cut = false;
  const budget = setTimeout(() => {
    cut = true;
    child.kill('SIGTERM');
  }, budgetSeconds * 1000);
  const exitCode = await new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  clearTimeout(budget);
  clearInterval(sampler);
  if (progress.kind === 'store-sources') observe(sourcesIn(progress.db));
  const ended = performance.now();
  let peakRssBytes: number | null = null;
  let cpuSeconds: number | null = null;
  try {
    const report = JSON.parse(readFileSync(peakFile, 'utf8')) as { peakRssBytes: number; cpuSeconds: number };
    peakRssBytes = report.peakRssBytes;
    cpuSeconds = report.cpuSeconds;
  } catch {
    // the child died before reporting
  }
  rmSync(scratch, { recursive: true, force: true });
  const wallSeconds = (ended - started) / 1000;
  const rss: RssSample[] = [];
  for (const percent of [25, 50, 75, 100]) {
    const want = (percent / 100) * docs;
    let best: { docs: number; rssBytes: number } | undefined;
    for (const s of samples) if (best === undefined || Math.abs(s.docs - want) < Math.abs(best.docs - want)) best = s;
    if (best) rss.push({ percent, docs: best.docs, rssBytes: best.rssBytes });
  }
  const steadySeconds = firstDone === null ? 0 : (lastDone - firstDone) / 1000;
  return {
    exitCode,
    cut,
    wallSeconds,
    steadySeconds,
    docs,
    docsPerSecond: docs / wallSeconds,
    steadyDocsPerSecond: steadySeconds > 0 ? (docs - 1) / steadySeconds : 0,
    peakRssBytes,
    cpuSeconds,
    docsPerCpuSecond: cpuSeconds ? docs / cpuSeconds : null,
    rss,
    stderrTail: stderr.join('').split('\n').filter(Boolean).slice(-3).join('\n'),
  };
}
