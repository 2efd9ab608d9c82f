/**
 * The HTTP API over a PostgreSQL store: the endpoints of the SQLite API
 * section (bench/api-endpoints.ts, same list, same timing loop), in-process
 * through `createApp({ reads })` over `connectPostgresReadModel`, then a
 * few of them end to end through a real `startServer` over loopback HTTP.
 * Also the store's size, its indexes' size and the cache hit ratio, which
 * a deployment sizes its memory from.
 *
 * Called by bench/postgres.ts (part 4) on the store it built, or on an
 * existing one (`--api-pg-url`), so a large store is built once and
 * measured again after each change:
 *
 *   node --import tsx bench/postgres-api.ts postgres://brink@127.0.0.1:5433/bench_1m [--runs 30]
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { connectPostgresReadModel, createApp, startServer } from '../src/server/index.ts';
import { endpointCases, endpointTable, timeEndpoints, timeHttp, type EndpointTiming } from './api-endpoints.ts';

export interface PostgresApiBench {
  readonly server: string;
  readonly documents: number;
  readonly signals: number;
  readonly databaseMB: number;
  readonly indexMB: number;
  /** The largest relations (table or index), for sizing shared_buffers. */
  readonly largest: readonly { readonly name: string; readonly mb: number }[];
  readonly loadBefore: number;
  readonly loadAfter: number;
  /** Seconds to load the in-memory signal index (the server's start-up). */
  readonly warmSeconds: number;
  /** The bench process's resident memory with the index loaded, and before connecting. */
  readonly rssMB: number;
  readonly rssBeforeMB: number;
  readonly endpoints: readonly EndpointTiming[];
  readonly http: readonly EndpointTiming[];
}

/** Endpoints also timed over a socket: the dashboard's first calls and a heavy page. */
const HTTP_CASES = new Set(['stats (computed)', 'signals, first page', 'document (evidence view)', 'escalation index (memoised)', 'documents, full-text search (phrase)']);

const masked = (url: string) => url.replace(/\/\/([^:@/]*):[^@]*@/, '//$1:***@');

async function sizes(url: string): Promise<Pick<PostgresApiBench, 'documents' | 'signals' | 'databaseMB' | 'indexMB' | 'largest'>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const one = async <T>(sql: string): Promise<T> => (await client.query(sql)).rows[0] as T;
    const { documents, signals } = await one<{ documents: number; signals: number }>(
      'SELECT (SELECT count(*) FROM documents)::float8 AS documents, (SELECT count(*) FROM signals)::float8 AS signals',
    );
    const { db, idx } = await one<{ db: number; idx: number }>(
      `SELECT pg_database_size(current_database())::float8 AS db,
        (SELECT coalesce(sum(pg_relation_size(c.oid)), 0) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE c.relkind = 'i' AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast'))::float8 AS idx`,
    );
    const { rows } = await client.query<{ name: string; b: number }>(
      `SELECT name, b FROM (
         SELECT c.relname AS name, (CASE c.relkind WHEN 'r' THEN pg_table_size(c.oid) ELSE pg_relation_size(c.oid) END)::float8 AS b
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE c.relkind IN ('r', 'i') AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')) x
       ORDER BY b DESC LIMIT 14`,
    );
    return { documents, signals, databaseMB: db / 2 ** 20, indexMB: idx / 2 ** 20, largest: rows.map((r) => ({ name: r.name, mb: r.b / 2 ** 20 })) };
  } finally {
    await client.end();
  }
}

export async function benchPostgresApi(url: string, options: { runs?: number; httpRuns?: number } = {}): Promise<PostgresApiBench> {
  const runs = options.runs ?? 30;
  const loadBefore = loadavg()[0] ?? 0;
  const size = await sizes(url);
  const rssBeforeMB = process.memoryUsage().rss / 2 ** 20;
  const reads = await connectPostgresReadModel(url);
  let endpoints: EndpointTiming[];
  let warmSeconds: number;
  let rssMB: number;
  try {
    const w0 = performance.now();
    await reads.warm();
    warmSeconds = (performance.now() - w0) / 1000;
    global.gc?.();
    rssMB = process.memoryUsage().rss / 2 ** 20;
    endpoints = await timeEndpoints(reads, runs);
  } finally {
    await reads.close();
  }
  const server = await startServer({ db: url, port: 0, host: '127.0.0.1', webRoot: null });
  let http: EndpointTiming[];
  try {
    // The paths (cursor, document id, latest day) from the same store, through a throwaway in-process app.
    const reads2 = await connectPostgresReadModel(url, { poolSize: 2 });
    let cases;
    try {
      cases = (await endpointCases(createApp({ reads: reads2, webRoot: null })))
        .filter((c) => HTTP_CASES.has(c.name))
        // One server, one app: what it computes it keeps until the store changes.
        .map((c) => (c.mode === 'fresh' ? { ...c, name: c.name.replace(' (computed)', ' (memoised by the server)') } : c));
    } finally {
      await reads2.close();
    }
    http = await timeHttp(server.url, cases, Math.min(runs, 20));
  } finally {
    await server.close();
  }
  return { server: masked(url), ...size, loadBefore, loadAfter: loadavg()[0] ?? 0, warmSeconds, rssMB, rssBeforeMB, endpoints, http };
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

export function formatPostgresApiBench(b: PostgresApiBench): string {
  const lines = [
    `Store ${b.server}: ${fmt(b.documents)} documents, ${fmt(b.signals)} signals; database ${fmt(b.databaseMB)} MB, of which indexes ${fmt(b.indexMB)} MB. ` +
      `Load average (1 min) ${fmt(b.loadBefore, 2)} before, ${fmt(b.loadAfter, 2)} after. In-memory signal index loaded in ${fmt(b.warmSeconds, 1)} s; ` +
      `the process's RSS ${fmt(b.rssBeforeMB)} MB before connecting, ${fmt(b.rssMB)} MB with the index loaded.`,
    '',
    'In-process requests (`createApp({ reads })` over `connectPostgresReadModel`), after warm-up; same endpoints and method as the SQLite API section:',
    '',
    ...endpointTable(b.endpoints),
    '',
    'End to end: HTTP over loopback to `startServer` (one request at a time, keep-alive):',
    '',
    ...endpointTable(b.http),
    '',
    'Largest relations (a table with its TOAST, without its indexes; or an index):',
    '',
    '| relation | MB |',
    '|---|---|',
    ...b.largest.map((r) => `| ${r.name} | ${fmt(r.mb)} |`),
    '',
  ];
  return lines.join('\n') + '\n';
}

if (import.meta.filename === process.argv[1]) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { runs: { type: 'string', default: '30' } } });
  const url = positionals[0] ?? process.env['BRINK_BENCH_PG'];
  if (!url) throw new Error('usage: bench/postgres-api.ts postgres://…/database [--runs 30]');
  process.stdout.write(formatPostgresApiBench(await benchPostgresApi(url, { runs: Number(values.runs) })));
}
