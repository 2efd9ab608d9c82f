/**
 * API and dashboard benchmark. `benchApi()` builds a synthetic store (100,000
 * documents, 300,000 signals by default) with bulk SQL inserts into the
 * store's own schema (migrations applied first), then measures p50/p95
 * latency of the main endpoints in-process and the dashboard's first load in
 * Chromium over loopback. Called by bench/run.ts; runnable alone:
 *   node --import tsx bench/api.ts [documents] [signals]
 *
 * The synthetic text is generated from a small vocabulary so that FTS,
 * filters and the index have realistic selectivity; it is not meant to read
 * like news.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { SIGNAL_TYPES, type SignalType } from '../src/document/index.ts';
import { migrateUp } from '../src/store/sqlite/migrate.ts';

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

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1] && process.argv[2] === '--build-only') {
  const path = process.argv[3] ?? join(ROOT, 'bench/.data/synthetic.db');
  const docs = Number(process.argv[4] ?? 2000);
  const sigs = Number(process.argv[5] ?? docs * 3);
  const t0 = performance.now();
  buildSyntheticStore(path, { documents: docs, signals: sigs });
  process.stderr.write(`built ${path}: ${docs} documents, ${sigs} signals in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
  if (!existsSync(path)) process.exitCode = 1;
}
