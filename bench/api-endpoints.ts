/**
 * The API endpoints the benchmarks time, and the timing loop: one copy for
 * both backends (bench/api.ts on SQLite, bench/postgres-api.ts on
 * PostgreSQL), so their tables compare row for row.
 *
 * Requests go in-process through `app.request` (Hono's router, validation,
 * the read model's queries and JSON encoding; no sockets). Each endpoint gets
 * two untimed warm-up requests, then `runs` timed ones; p50/p95 are
 * nearest-rank percentiles of those.
 */
import { performance } from 'node:perf_hooks';
import { createApp, type ReadModel } from '../src/server/index.ts';

export interface EndpointTiming {
  readonly name: string;
  readonly path: string;
  readonly runs: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
  /** Bytes of the response body. */
  readonly bytes: number;
}

/**
 * `cached`: every request goes to one app. `fresh`: each request goes to a
 * new app over the same read model, so aggregates the app memoises until
 * the store changes (stats, actors, escalation, indicators) are computed
 * each time; the read model's in-memory signal index is kept, as a running
 * server keeps it.
 */
export type EndpointMode = 'cached' | 'fresh';

export interface EndpointCase {
  readonly name: string;
  readonly path: string;
  readonly mode: EndpointMode;
  /** At most this many timed runs (a download of megabytes: seconds each at 1M documents). */
  readonly maxRuns?: number;
}

/** Nearest-rank percentile of ascending `sorted`. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

const round = (x: number) => Math.round(x * 100) / 100;

type AppLike = Pick<ReturnType<typeof createApp>, 'request'>;

async function getJson<T>(app: AppLike, url: string): Promise<T> {
  const res = await app.request(url);
  if (res.status !== 200) throw new Error(`${url} → ${res.status}`);
  return (await res.json()) as T;
}

/**
 * The endpoint list, with the values some need taken from the store itself:
 * a document that has a THREAT signal, a cursor twenty pages deep (keyset
 * pagination should cost what page one costs) and the latest day (the
 * escalation drill-down's default view).
 */
export async function endpointCases(app: AppLike): Promise<EndpointCase[]> {
  const someDoc = (await getJson<{ items: { document: string }[] }>(app, '/api/signals?limit=1&type=THREAT')).items[0]?.document;
  if (someDoc === undefined) throw new Error('the store has no THREAT signal to open a document from');
  let deep: string | null = null;
  for (let i = 0; i < 20; i++) deep = (await getJson<{ next: string | null }>(app, `/api/signals?limit=50${deep ? `&cursor=${deep}` : ''}`)).next;
  const asOf = (await getJson<{ latestDay: string }>(app, '/api/stats')).latestDay;
  const c = (name: string, path: string, mode: EndpointMode = 'cached', maxRuns?: number): EndpointCase => ({ name, path, mode, ...(maxRuns ? { maxRuns } : {}) });
  return [
    c('stats (computed)', '/api/stats', 'fresh'),
    c('signals, first page', '/api/signals?limit=50'),
    c('signals, page 21 (cursor)', `/api/signals?limit=50&cursor=${deep}`),
    c('signals, type+country+severity', '/api/signals?type=THREAT,POSTURE&country=RU&minSeverity=5&limit=50'),
    c('signals, sort by severity', '/api/signals?sort=-severity&limit=50'),
    c('signals, date range + lang', '/api/signals?from=2023-01-01&to=2023-03-31&lang=fr&limit=50'),
    c('signals, actor', '/api/signals?actor=Dmitry%20Medvedev&limit=50'),
    c('signals, full-text search', '/api/signals?q=warheads%20Minsk&limit=50'),
    // A title number: one document matches (the list-of-ids path of the signal search).
    c('signals, rare search', '/api/signals?q=89992&limit=50'),
    c('documents, first page', '/api/documents?limit=50'),
    c('documents, full-text search (phrase)', '/api/documents?q=%22nuclear%20weapons%22&limit=50'),
    c('documents, search one word', '/api/documents?q=Minsk&limit=50'),
    c('document (evidence view)', `/api/documents/${someDoc}`),
    c('quotes, first page', '/api/quotes?limit=50'),
    c('quotes by actor', '/api/quotes?actor=Dmitry%20Medvedev&limit=50'),
    c('quotes, search', '/api/quotes?q=nuclear&limit=50'),
    c('clusters', '/api/clusters?limit=50'),
    c('actor profile', '/api/actors/Vladimir%20Putin'),
    c('escalation drill-down', `/api/escalation/signals?series=RU&date=${asOf}`),
    c('actors list (computed)', '/api/actors?limit=50', 'fresh'),
    c('escalation index, 3 years (computed)', '/api/escalation', 'fresh'),
    c('escalation index (memoised)', '/api/escalation'),
    c('indicators board (computed)', '/api/indicators', 'fresh'),
    c('indicators board (memoised)', '/api/indicators'),
    c('alerts', '/api/alerts'),
    c('export CSV, one type', '/api/signals/export?type=USE&format=csv', 'cached', 5),
  ];
}

/** Times every case over `reads` (fresh cases: at most 10 runs, each a new app; a case's maxRuns bounds it too). */
export async function timeEndpoints(reads: ReadModel, runs: number, only?: (c: EndpointCase) => boolean): Promise<EndpointTiming[]> {
  const app = createApp({ reads, webRoot: null });
  const out: EndpointTiming[] = [];
  for (const c of await endpointCases(app)) {
    if (only && !only(c)) continue;
    const times: number[] = [];
    let bytes = 0;
    const n = Math.min(c.mode === 'fresh' ? Math.min(runs, 10) : runs, c.maxRuns ?? Infinity);
    for (let i = -2; i < n; i++) {
      const target = c.mode === 'fresh' ? createApp({ reads, webRoot: null }) : app;
      const t0 = performance.now();
      const res = await target.request(c.path);
      const body = await res.arrayBuffer();
      const ms = performance.now() - t0;
      if (res.status !== 200) throw new Error(`${c.path} → ${res.status}: ${new TextDecoder().decode(body).slice(0, 200)}`);
      bytes = body.byteLength;
      if (i >= 0) times.push(ms);
    }
    times.sort((a, b) => a - b);
    out.push({ name: c.name, path: c.path, runs: n, p50Ms: round(percentile(times, 50)), p95Ms: round(percentile(times, 95)), bytes });
  }
  return out;
}

/**
 * End to end over a real socket: `count` GET requests per path, one at a
 * time (keep-alive, as a browser tab), against a running server at `base`.
 */
export async function timeHttp(base: string, paths: readonly { name: string; path: string }[], count: number): Promise<EndpointTiming[]> {
  const out: EndpointTiming[] = [];
  for (const { name, path } of paths) {
    const times: number[] = [];
    let bytes = 0;
    for (let i = -2; i < count; i++) {
      const t0 = performance.now();
      const res = await fetch(base + path);
      const body = await res.arrayBuffer();
      const ms = performance.now() - t0;
      if (res.status !== 200) throw new Error(`${path} → ${res.status}`);
      bytes = body.byteLength;
      if (i >= 0) times.push(ms);
    }
    times.sort((a, b) => a - b);
    out.push({ name, path, runs: count, p50Ms: round(percentile(times, 50)), p95Ms: round(percentile(times, 95)), bytes });
  }
  return out;
}

/** A Markdown table of timings. */
export function endpointTable(timings: readonly EndpointTiming[]): string[] {
  return [
    '| endpoint | runs | p50 ms | p95 ms | response |',
    '|---|---|---|---|---|',
    ...timings.map((e) => `| ${e.name} | ${e.runs} | ${e.p50Ms.toFixed(1)} | ${e.p95Ms.toFixed(1)} | ${(e.bytes / 1024).toFixed(1)} KB |`),
  ];
}
