/**
 * API and dashboard benchmark. `benchApi()` builds a synthetic store (100,000
 * documents, 300,000 signals by default) with bulk SQL inserts into the
 * store's own schema (migrations applied first), then measures p50/p95
 * latency of the main endpoints in-process (bench/api-endpoints.ts: the list
 * and timing loop shared with the PostgreSQL bench) and the dashboard's first load in
 * Chromium over loopback. Called by bench/run.ts; runnable alone:
 *   node --import tsx bench/api.ts [documents] [signals]
 *
 * The synthetic text is generated from a small vocabulary so that FTS,
 * filters and the index have realistic selectivity; it is not meant to read
 * like news.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { SIGNAL_TYPES, type SignalType } from '../src/document/index.ts';
import { sqliteReadModel, startServer } from '../src/server/index.ts';
import { openSqliteDatabase } from '../src/store/sqlite/index.ts';
import { migrateUp } from '../src/store/sqlite/migrate.ts';
import { endpointTable, percentile, timeEndpoints, type EndpointTiming } from './api-endpoints.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Deterministic PRNG (mulberry32) so two runs bench the same store. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ACTORS: readonly [string, string | null, 'official' | 'expert' | 'media' | 'intl_org'][] = [
  ['Vladimir Putin', 'RU', 'official'], ['Dmitry Medvedev', 'RU', 'official'], ['Dmitry Peskov', 'RU', 'official'],
  ['Sergey Lavrov', 'RU', 'official'], ['Sergei Shoigu', 'RU', 'official'], ['Maria Zakharova', 'RU', 'official'],
  ['Sergei Ryabkov', 'RU', 'official'], ['Russia', 'RU', 'official'], ['Joe Biden', 'US', 'official'],
  ['Antony Blinken', 'US', 'official'], ['Jake Sullivan', 'US', 'official'], ['Lloyd Austin', 'US', 'official'],
  ['United States', 'US', 'official'], ['Volodymyr Zelenskyy', 'UA', 'official'], ['Dmytro Kuleba', 'UA', 'official'],
  ['Ukraine', 'UA', 'official'], ['Alexander Lukashenko', 'BY', 'official'], ['Belarus', 'BY', 'official'],
  ['Emmanuel Macron', 'FR', 'official'], ['France', 'FR', 'official'], ['Rishi Sunak', 'GB', 'official'],
  ['Xi Jinping', 'CN', 'official'], ['Kim Jong Un', 'KP', 'official'], ['Jens Stoltenberg', 'NATO', 'intl_org'],
  ['Mark Rutte', 'NATO', 'intl_org'], ['Rafael Grossi', 'IAEA', 'intl_org'], ['António Guterres', 'UN', 'intl_org'],
  ['Institute for the Study of War', null, 'expert'], ['Daryl Kimball', null, 'expert'], ['Hans Kristensen', null, 'expert'],
  ['Pavel Podvig', null, 'expert'], ['Reuters', null, 'media'],
];

const WORDS = (
  'nuclear weapons threat warning deterrence escalation missile strategic tactical exercise doctrine treaty arms control ' +
  'Kremlin Washington Moscow Kyiv Minsk NATO alliance response consequences statement official minister spokesman ' +
  'president said declared warned denied accused planning deployment warheads alert forces border war ceasefire ' +
  'talks channels risk unlikely serious indicators intelligence assessment sanctions aid frontline attack strike'
).split(' ');
const LANGS = ['en', 'en', 'en', 'fr', 'fr', 'ru', 'uk', 'de', 'es'];
const SOURCINGS = ['on_record', 'on_record', 'on_record', 'anonymous', 'reported', 'disputed'] as const;
const TARGETS = ['US', 'UA', 'RU', 'NATO', 'WEST', null] as const;

/** Typical severity per type (SIGNALS.md §4), jittered by ±1. */
const TYPE_SEVERITY: Readonly<Record<SignalType, number>> = {
  THREAT: 4, WARNING: 2, REASSURANCE: 0, CONTACT: 1, DOCTRINE: 4, POSTURE: 6, ARMS_CONTROL: 4,
  ASSESSMENT: 1, ACCUSATION: 2, PLANNING: 4, USE: 8,
};

const DAY_MS = 86_400_000;
const START = Date.UTC(2022, 0, 1);
const SPAN_DAYS = 4 * 365;

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function monthEnd(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return isoDay(Date.UTC(y, m, 0));
}

export interface SyntheticOptions {
  readonly documents: number;
  readonly signals: number;
  readonly seed?: number;
}

/** Builds a store at `path` (replacing any file there) with the store's schema and synthetic rows. */
export function buildSyntheticStore(path: string, opts: SyntheticOptions): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
  mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  migrateUp(db);
  const rand = rng(opts.seed ?? 42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const now = new Date().toISOString();

  const insActor = db.prepare('INSERT INTO actors (name, country, kind) VALUES (?, ?, ?)');
  const insCluster = db.prepare('INSERT INTO clusters (id, size, created_at) VALUES (?, ?, ?)');
  const bumpCluster = db.prepare('UPDATE clusters SET size = size + 1 WHERE id = ?');
  const insDoc = db.prepare(`INSERT INTO documents (id, source, url, lang, title, published_date, published_precision, published_method,
    published_start, published_end, text, relevant, cluster, ingested_at) VALUES (?, ?, ?, ?, ?, ?, 'day', 'metadata', ?, ?, ?, 1, ?, ?)`);
  const insSource = db.prepare('INSERT INTO document_sources (document_id, source, url, added_at) VALUES (?, ?, ?, ?)');
  const insQuote = db.prepare(`INSERT INTO quotes (document_id, seq, start_offset, end_offset, text, speaker_id, speaker_name, speaker_country, speaker_kind, kind)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'direct')`);
  const insSignal = db.prepare(`INSERT INTO signals (key, cluster, document_id, type, actor_id, target, date, date_precision, date_start, date_end,
    severity, modality, sourcing, quote, confidence, sources) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)`);
  const insSignalSource = db.prepare('INSERT INTO signal_sources (signal_id, document_id, seq, quote, confidence) VALUES (?, ?, ?, ?, ?)');
  const insEvidence = db.prepare('INSERT INTO evidence (signal_id, document_id, start_offset, end_offset, text) VALUES (?, ?, ?, ?, ?)');

  const actorIds: number[] = [];
  db.transaction(() => {
    for (const [name, country, kind] of ACTORS) actorIds.push(Number(insActor.run(name, country, kind).lastInsertRowid));
  })();

  const perDoc = opts.signals / opts.documents;
  let signalsLeft = opts.signals;
  let lastCluster = '';
  const BATCH = 2000;
  for (let start = 0; start < opts.documents; start += BATCH) {
    db.transaction(() => {
      for (let n = start; n < Math.min(opts.documents, start + BATCH); n++) {
        const id = createHash('sha256').update(`doc-${n}`).digest('hex').slice(0, 32);
        const pubMs = START + Math.floor(rand() * SPAN_DAYS) * DAY_MS;
        const pub = isoDay(pubMs);
        const sentences: string[] = [];
        for (let i = 0; i < 8; i++) {
          const len = 8 + Math.floor(rand() * 14);
          const words = Array.from({ length: len }, () => pick(WORDS));
          const actor = ACTORS[Math.floor(rand() * ACTORS.length)]![0];
          sentences.push(`${actor} ${words.join(' ')}.`);
        }
        const text = sentences.join(' ');
        const title = `${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)} ${n}`;
        // One document in four joins the previous document's cluster: outlets carrying the same story.
        const joins = lastCluster !== '' && rand() < 0.25;
        const cluster = joins ? lastCluster : id;
        if (joins) bumpCluster.run(cluster);
        else insCluster.run(cluster, 1, now);
        lastCluster = cluster;
        const source = `https://example.org/${n}`;
        insDoc.run(id, source, source, pick(LANGS), title, pub, pub, pub, text, cluster, now);
        insSource.run(id, source, source, now);
        const qText = sentences[1]!.slice(0, 60);
        const qStart = text.indexOf(qText);
        const speaker = Math.floor(rand() * ACTORS.length);
        const [sName, sCountry, sKind] = ACTORS[speaker]!;
        insQuote.run(id, 0, qStart, qStart + qText.length, qText, actorIds[speaker], sName, sCountry, sKind);

        const want = n === opts.documents - 1 ? signalsLeft : Math.min(signalsLeft, Math.round(perDoc * (n + 1)) - (opts.signals - signalsLeft));
        for (let k = 0; k < want; k++) {
          const type = rand() < 0.02 ? 'USE' : pick(SIGNAL_TYPES.filter((t) => t !== 'USE'));
          const severity = Math.max(0, Math.min(9, TYPE_SEVERITY[type] + Math.floor(rand() * 3) - 1));
          const a = Math.floor(rand() * ACTORS.length);
          const r = rand();
          let date: string | null, precision: string | null, dStart: string | null, dEnd: string | null;
          if (r < 0.5) {
            date = isoDay(pubMs - Math.floor(rand() * 4) * DAY_MS);
            precision = 'day';
            dStart = dEnd = date;
          } else if (r < 0.9) {
            date = pub.slice(0, 7);
            precision = 'month';
            dStart = `${date}-01`;
            dEnd = monthEnd(date);
          } else {
            date = precision = dStart = dEnd = null;
          }
          const sentence = sentences[k % sentences.length]!;
          const evStart = text.indexOf(sentence);
          const key = createHash('sha256').update(`sig-${n}-${k}`).digest('hex').slice(0, 32);
          const sid = Number(
            insSignal.run(key, cluster, id, type, actorIds[a], pick(TARGETS), date, precision, dStart, dEnd, severity,
              rand() < 0.9 ? 'public' : 'private', pick(SOURCINGS), rand() < 0.5 ? qText : null, 0.5 + rand() / 2).lastInsertRowid,
          );
          insSignalSource.run(sid, id, k, null, 0.8);
          insEvidence.run(sid, id, evStart, evStart + sentence.length, sentence);
        }
        signalsLeft -= want;
      }
    })();
  }
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.exec('ANALYZE');
  db.close();
}


// ---- the benchmark -----------------------------------------------------------

export type { EndpointTiming } from './api-endpoints.ts';

export interface ApiBench {
  readonly documents: number;
  readonly signals: number;
  /** Seconds to build the synthetic store (0 when an existing one was reused). */
  readonly buildSeconds: number;
  readonly storeMB: number;
  readonly endpoints: readonly EndpointTiming[];
  /** Dashboard first load in Chromium over loopback (fresh browser context each time), or why it was skipped. */
  readonly dashboard: { readonly runs: number; readonly views: readonly { view: string; p50Ms: number; p95Ms: number }[] } | { readonly skipped: string };
}

export interface ApiBenchOptions {
  readonly documents?: number;
  readonly signals?: number;
  /** Timed runs per endpoint (after warm-up). */
  readonly runs?: number;
  /** Store path; an existing store with the right counts is reused. */
  readonly store?: string;
}

const CHROMIUM = '/usr/bin/chromium';

const round = (x: number) => Math.round(x * 100) / 100;

function storeCounts(path: string): { documents: number; signals: number } | null {
  if (!existsSync(path)) return null;
  try {
    const db = new Database(path, { readonly: true });
    try {
      const n = (t: string) => (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
      return { documents: n('documents'), signals: n('signals') };
    } finally {
      db.close();
    }
  } catch {
    return null;
  }
}

export async function benchApi(options: ApiBenchOptions = {}): Promise<ApiBench> {
  const documents = options.documents ?? 100_000;
  const signals = options.signals ?? 300_000;
  const runs = options.runs ?? 30;
  const path = options.store ?? join(ROOT, 'bench', '.data', `api-${documents}-${signals}.db`);

  let buildSeconds = 0;
  const counts = storeCounts(path);
  if (!counts || counts.documents !== documents || counts.signals !== signals) {
    const t0 = performance.now();
    buildSyntheticStore(path, { documents, signals });
    buildSeconds = (performance.now() - t0) / 1000;
  }
  const storeMB = statSync(path).size / 2 ** 20;

  const reads = sqliteReadModel(openSqliteDatabase(path, { readonly: true }));
  let endpoints: EndpointTiming[];
  try {
    await reads.warm();
    endpoints = await timeEndpoints(reads, runs);
  } finally {
    await reads.close();
  }

  return { documents, signals, buildSeconds: round(buildSeconds), storeMB: round(storeMB), endpoints, dashboard: await benchDashboard(path, Math.min(runs, 7)) };
}

/** Time from navigation to a rendered view, in a fresh browser context (no cache) each run. */
async function benchDashboard(store: string, runs: number): Promise<ApiBench['dashboard']> {
  if (!existsSync(CHROMIUM)) return { skipped: `no Chromium at ${CHROMIUM}` };
  const dir = mkdtempSync(join(tmpdir(), 'brink-bench-web-'));
  const webRoot = join(dir, 'web');
  await build({ configFile: join(ROOT, 'web', 'vite.config.ts'), logLevel: 'silent', build: { outDir: webRoot, emptyOutDir: true, sourcemap: false } });
  const server = await startServer({ db: store, port: 0, host: '127.0.0.1', webRoot });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const views: { view: string; p50Ms: number; p95Ms: number }[] = [];
    for (const view of ['#/', '#/indicators', '#/signals', '#/actors']) {
      const times: number[] = [];
      for (let i = -1; i < runs; i++) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
        const page = await context.newPage();
        const t0 = performance.now();
        await page.goto(`${server.url}/${view}`);
        // Polled with CDP evaluation: the page's CSP rightly forbids Playwright's eval-based waits.
        while (!(await page.evaluate('document.body.dataset.ready !== undefined && document.getElementById("main").getAttribute("aria-busy") === "false"'))) {
          await new Promise((r) => setTimeout(r, 5));
        }
        const ms = performance.now() - t0;
        if (i >= 0) times.push(ms);
        await context.close();
      }
      times.sort((a, b) => a - b);
      views.push({ view, p50Ms: round(percentile(times, 50)), p95Ms: round(percentile(times, 95)) });
    }
    return { runs, views };
  } finally {
    await browser.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The result as Markdown, for bench/run.ts's report. */
export function formatApiBench(b: ApiBench): string {
  const lines = [
    `Synthetic store: ${b.documents.toLocaleString('en-US')} documents, ${b.signals.toLocaleString('en-US')} signals, ${b.storeMB.toFixed(0)} MB` +
      (b.buildSeconds > 0 ? ` (built in ${b.buildSeconds.toFixed(1)} s)` : ' (reused)') + '. In-process requests (`app.request`), after warm-up.',
    '',
    ...endpointTable(b.endpoints),
    '',
  ];
  if ('skipped' in b.dashboard) lines.push(`Dashboard first load: skipped (${b.dashboard.skipped}).`);
  else {
    lines.push(`Dashboard first load in Chromium over loopback, fresh context (empty cache) per run, ${b.dashboard.runs} runs: navigation to a rendered view.`, '', '| view | p50 ms | p95 ms |', '|---|---|---|');
    for (const v of b.dashboard.views) lines.push(`| ${v.view} | ${v.p50Ms.toFixed(0)} | ${v.p95Ms.toFixed(0)} |`);
  }
  return lines.join('\n') + '\n';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [docs, sigs] = process.argv.slice(2).map(Number);
  const result = await benchApi({ ...(docs ? { documents: docs } : {}), ...(sigs ? { signals: sigs } : {}) });
  process.stdout.write(formatApiBench(result));
}
