/**
 * `npm run bench`: Brink's throughput and memory on a generated corpus.
 *
 *   node --import tsx bench/run.ts [--docs 20000] [--html 1000] [--scale 10000,100000,1000000] [--budget 60] [--keep] [--no-compiled]
 *                                  [--only pipeline,extract,cluster,api,watch,postgres]
 *                                  [--api-pg-url postgres://… | --api-docs 100000 --api-signals 300000] [--parts workers,store,reads,api]
 *
 * 1. writes a corpus of perturbed and mixed real documents to a temp dir;
 * 2. `brink analyze` over the text documents (one process), then over the
 *    HTML pages, then over the development documents as they are (real
 *    news): docs/s and RSS at 25/50/75/100 % and peak;
 * 3. `brink ingest` of the text documents into a fresh SQLite file: same
 *    figures, plus the store's size and counts;
 * 2b/3a. the text documents' analyze and ingest again through the compiled
 *    CLI (bin/brink.js on dist/, built first from the sources), as the
 *    installed `brink` runs: no tsx at start-up (--no-compiled skips them);
 * 3b. the same documents saved as records without the analysis stages: the
 *    store's and clustering's own throughput;
 * 4. time per document by pipeline stage, signature and store save;
 * 5. the HTML extraction comparison (bench/extract.ts);
 * 6. near-duplicate clustering at growing sizes on synthetic signatures;
 * 7. the API's latency on a synthetic store of 100,000 documents and 300,000
 *    signals, and the dashboard's first load in Chromium (bench/api.ts);
 * 8. live watch: items/s through fetch → pipeline → store from a local feed
 *    server, and an item's time to its alert (bench/watch.ts);
 * 9. PostgreSQL: workers 1/2/4 against SQLite, API p95 on a PostgreSQL store
 *    (bench/postgres.ts; needs BRINK_BENCH_PG or BRINK_TEST_PG, else skipped).
 *    --api-pg-url measures the API on an existing store instead of building
 *    one of --api-docs/--api-signals; --parts picks its parts.
 *
 * Each measured command has a time budget (--budget seconds): one that is
 * not done by then is stopped and measured on the documents it finished, so
 * the whole bench takes a few minutes however slow the pipeline is.
 *
 * Prints a Markdown report on stdout (BENCHMARKS.md is made from it).
 * Commands run under tsx, as `npm run brink` does (and, in 2b/3a, compiled):
 * tsx only strips types at load time, so after start-up the code that runs
 * is what tsc would emit; start-up is reported apart ("steady" rates exclude it).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openStore } from '../src/store/index.ts';
import { clusterAtScale, signatureCost } from './cluster-scale.ts';
import { writeCorpus } from './corpus.ts';
import { stageCosts } from './stages.ts';
import { buildDist, measureCommand, type CommandMeasure } from './measure.ts';
import { benchApi, formatApiBench } from './api.ts';
import { benchExtract } from './extract.ts';
import { POSTGRES_CLI_OPTIONS, benchPostgres, formatPostgresBench, postgresOptionsFrom } from './postgres.ts';
import { benchWatch } from './watch.ts';

const { values } = parseArgs({
  options: {
    docs: { type: 'string', default: '20000' },
    html: { type: 'string', default: '1000' },
    scale: { type: 'string', default: '10000,100000,1000000' },
    budget: { type: 'string', default: '60' },
    keep: { type: 'boolean', default: false },
    // Analyze and ingest are also measured through the compiled CLI (bin/brink.js on a fresh dist/) unless this is given.
    'no-compiled': { type: 'boolean', default: false },
    only: { type: 'string', default: 'pipeline,extract,cluster,api,watch,postgres' },
    ...POSTGRES_CLI_OPTIONS,
  },
});
const SECTIONS = ['pipeline', 'extract', 'cluster', 'api', 'watch', 'postgres'];
const ONLY = new Set(values.only.split(',').map((x) => x.trim()));
for (const name of ONLY) if (!SECTIONS.includes(name)) throw new Error(`--only: unknown section '${name}'; sections: ${SECTIONS.join(', ')}`);
const TEXT_DOCS = Number(values.docs);
const HTML_DOCS = Number(values.html);
const SCALE = values.scale.split(',').map(Number);
const BUDGET = Number(values.budget);
const COMPILED = !values['no-compiled'];

const out = (line = '') => process.stdout.write(line + '\n');
const mb = (bytes: number | null) => (bytes === null ? 'n/a' : `${(bytes / 2 ** 20).toFixed(0)} MB`);
const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

function machine(): string[] {
  const model = /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpus()[0]?.model ?? 'unknown';
  let nproc = String(availableParallelism());
  try {
    nproc = execFileSync('nproc', { encoding: 'utf8' }).trim();
  } catch {
    // keep availableParallelism
  }
  return [
    `- date: ${new Date().toISOString()}`,
    `- nproc: ${nproc}; CPU: ${model}`,
    `- memory: ${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
    `- node: ${process.version}`,
    `- load average at start (1/5/15 min): ${loadavg().map((l) => l.toFixed(2)).join(' / ')} (a shared machine: other processes compete for the cores)`,
  ];
}

/** Development documents as they are (never a held-out set), for the real-news run. */
const REAL_NEWS_DIR = join(import.meta.dirname, '..', 'test', 'dev-corpus', 'docs');
const REAL_NEWS_DOCS = readdirSync(REAL_NEWS_DIR).length;

function report(title: string, m: CommandMeasure, total: number, target: number | null): void {
  out(`### ${title}`);
  out();
  if (m.cut) {
    out(`Stopped at the ${BUDGET} s budget after ${fmt(m.docs)} of ${fmt(total)} documents; figures are over those.`);
    out();
  }
  out(`| documents | wall | docs/s (wall) | docs/s (steady) | CPU time | docs per CPU-second | peak RSS | exit |`);
  out(`|---|---|---|---|---|---|---|---|`);
  out(
    `| ${fmt(m.docs)} | ${fmt(m.wallSeconds, 1)} s | ${fmt(m.docsPerSecond)} | ${fmt(m.steadyDocsPerSecond)} | ` +
      `${m.cpuSeconds === null ? 'n/a' : `${fmt(m.cpuSeconds, 1)} s`} | ${m.docsPerCpuSecond === null ? 'n/a' : fmt(m.docsPerCpuSecond)} | ${mb(m.peakRssBytes)} | ${m.exitCode} |`,
  );
  out();
  out(`Load average (1 min) when it ended: ${loadavg()[0]?.toFixed(2)}.`);
  out();
  out(`RSS as the batch grows: ${m.rss.map((s) => `${s.percent} % (${fmt(s.docs)} docs): ${mb(s.rssBytes)}`).join('; ')}`);
  if (target !== null) {
    out();
    const oneCore = m.docsPerCpuSecond ?? 0;
    out(
      `Target ≥ ${fmt(target)} docs/s on one core: ${oneCore >= target ? 'met' : 'NOT met'} ` +
        `(${fmt(oneCore)} docs per CPU-second, start-up included; ${fmt(m.steadyDocsPerSecond)} docs/s of wall time).`,
    );
  }
  if (m.stderrTail) {
    out();
    out('stderr (last lines):');
    out('```');
    out(m.stderrTail);
    out('```');
  }
  out();
}

async function storeSummary(title: string, db: string): Promise<void> {
  const store = openStore(db, { readonly: true });
  const counts = await store.counts();
  await store.close();
  const size = ['', '-wal'].map((s) => (existsSync(db + s) ? statSync(db + s).size : 0)).reduce((a, b) => a + b, 0);
  out(
    `${title}: ${fmt(counts.documents)} documents (${fmt(counts.sources)} sources), ${fmt(counts.clusters)} clusters, ` +
      `${fmt(counts.signals)} signals, ${fmt(counts.quotes)} quotes; ${mb(size)} on disk.`,
  );
  out();
}

function extractComparison(): void {
  out('## HTML extraction: Brink vs Readability');
  out();
  const result = benchExtract();
  out('| measure | value |');
  out('|---|---|');
  for (const [k, v] of Object.entries(result)) out(`| ${k} | ${typeof v === 'number' ? fmt(v, 1) : JSON.stringify(v)} |`);
  out();
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'brink-bench-'));
  try {
    out('# Brink benchmarks');
    out();
    out('## Machine');
    out();
    for (const line of machine()) out(line);
    out();

    if (ONLY.has('pipeline')) {
      const t0 = performance.now();
      const corpus = writeCorpus(dir, { textDocs: TEXT_DOCS, htmlDocs: HTML_DOCS });
      out('## Corpus');
      out();
      out(
        `${fmt(corpus.textDocs)} text documents (${mb(corpus.textBytes)}) and ${fmt(corpus.htmlDocs)} HTML pages (${mb(corpus.htmlBytes)}), ` +
          `generated in ${fmt((performance.now() - t0) / 1000, 1)} s from the 5 seeds, the 181 reference bodies and the 181 HTML pages ` +
          '(paragraph shuffles, sentences swapped between stories, word substitutions, boilerplate lines/blocks).',
      );
      out();

      out('## analyze (one process)');
      out();
      const analyzeText = await measureCommand(['analyze', corpus.textDir], { kind: 'stdout-lines' }, BUDGET);
      report(`Text documents`, analyzeText, corpus.textDocs, 1000);
      const analyzeHtml = await measureCommand(['analyze', corpus.htmlDir], { kind: 'stdout-lines' }, BUDGET);
      report(`HTML pages`, analyzeHtml, corpus.htmlDocs, null);
      // The generated documents are rebuilt from 186 stories and meet few lexicon phrases; real news
      // meets many more (session 13: each phrase's first use cost 40 % of analyze on real text and
      // nothing on the generated corpus), so a run over the development documents as they are.
      const analyzeReal = await measureCommand(['analyze', REAL_NEWS_DIR], { kind: 'stdout-lines' }, BUDGET);
      report(`Real news (the ${fmt(REAL_NEWS_DOCS)} development documents of test/dev-corpus/docs, start-up included)`, analyzeReal, REAL_NEWS_DOCS, null);
      const t1 = performance.now();
      const built = COMPILED && buildDist();
      const buildSeconds = (performance.now() - t1) / 1000;
      if (COMPILED && !built) {
        out('The compiled CLI was not measured: `tsc -p tsconfig.build.json` reported errors.');
        out();
      }
      if (built) {
        out(`The compiled CLI (\`bin/brink.js\` on \`dist/\`, what \`npm install\` sets up as \`brink\`; dist built from today's sources in ${fmt(buildSeconds, 1)} s): no tsx in the process.`);
        out();
        const compiled = await measureCommand(['analyze', corpus.textDir], { kind: 'stdout-lines' }, BUDGET, undefined, 'dist');
        report('Text documents, compiled CLI', compiled, corpus.textDocs, 1000);
      }

      out('## ingest into SQLite (one process)');
      out();
      const db = join(dir, 'bench.db');
      const ingest = await measureCommand(['ingest', corpus.textDir, '--db', db], { kind: 'store-sources', db }, BUDGET);
      report('Text documents, fresh store', ingest, corpus.textDocs, 500);
      await storeSummary('Store after ingest', db);
      if (built) {
        const dbCompiled = join(dir, 'bench-compiled.db');
        const compiled = await measureCommand(['ingest', corpus.textDir, '--db', dbCompiled], { kind: 'store-sources', db: dbCompiled }, BUDGET, undefined, 'dist');
        report('Text documents, fresh store, compiled CLI', compiled, corpus.textDocs, 500);
      }

      out('## Store and clustering alone (one process, no analysis stages)');
      out();
      out(
        'The same text documents as records (lines as paragraphs; two quotes and two signals each on real sentences) ' +
          'saved with their signatures, one transaction each, into a fresh store: the ceiling ingest would reach with free stages.',
      );
      out();
      const loadDb = join(dir, 'store-only.db');
      const load = await measureCommand([corpus.textDir, loadDb], { kind: 'stdout-lines' }, BUDGET, join(import.meta.dirname, 'store-load.ts'));
      report('Records saved', load, corpus.textDocs, 500);
      await storeSummary('Store after the load', loadDb);

      const { docs: timed, costs } = await stageCosts(corpus.textDir, 2000, BUDGET / 2);
      out(`## Where the time goes (in-process CPU time, per document, over the first ${fmt(timed)} text documents)`);
      out();
      out('| step | ms/doc |');
      out('|---|---|');
      for (const c of costs) out(`| ${c.name} | ${fmt(c.msPerDoc, 3)} |`);
      const total = costs.reduce((n, c) => n + c.msPerDoc, 0);
      out(`| **total** | **${fmt(total, 3)}** (≈ ${fmt(1000 / total)} docs/s on one core, before I/O) |`);
      out();
    }

    if (ONLY.has('extract')) extractComparison();

    if (ONLY.has('cluster')) {
      out('## Near-duplicate clustering at scale (in-memory index, synthetic signatures)');
      out();
      const cost = signatureCost();
      out(`Signature from text (shingling + one-permutation MinHash), real stories of ${fmt(cost.meanChars)} characters on average: ${fmt(cost.microsPerDoc, 1)} µs/doc.`);
      out();
      out('| documents | index time (wall) | µs/doc (wall) | CPU µs/doc (incl. generation) | memory/doc | planted copies found | distinct docs wrongly joined | load (1 min) |');
      out('|---|---|---|---|---|---|---|---|');
      for (const n of SCALE) {
        const p = clusterAtScale(n);
        out(
          `| ${fmt(p.docs)} | ${fmt(p.seconds, 2)} s | ${fmt(p.microsPerDoc, 2)} | ${fmt(p.cpuMicrosPerDoc, 2)} | ${fmt(p.bytesPerDoc)} B | ${fmt(p.copiesFound)} / ${fmt(p.copies)} | ${fmt(p.falseJoins)} | ${loadavg()[0]?.toFixed(2)} |`,
        );
      }
      out();
    }

    if (ONLY.has('api')) {
      out('## API and dashboard (synthetic store: 100,000 documents, 300,000 signals)');
      out();
      out(formatApiBench(await benchApi()));
      out();
    }

    if (ONLY.has('watch')) {
      out('## Live watch (local feed server; network cost excluded)');
      out();
      out('| measure | value |');
      out('|---|---|');
      for (const [k, v] of Object.entries(await benchWatch())) out(`| ${k} | ${typeof v === 'number' ? fmt(v, 1) : JSON.stringify(v)} |`);
      out();
    }

    if (ONLY.has('postgres')) {
      out('## PostgreSQL: workers and API');
      out();
      out(formatPostgresBench(await benchPostgres(postgresOptionsFrom(values))));
      out();
    }
  } finally {
    if (values.keep) process.stderr.write(`bench: corpus kept in ${dir}\n`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

await main();
