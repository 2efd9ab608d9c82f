/**
 * Where an API request's time goes on PostgreSQL: runs the endpoints of
 * bench/api-endpoints.ts (or those whose name contains --only) once warm,
 * records every SQL statement each one sent and its time, and prints
 * EXPLAIN (ANALYZE, BUFFERS) of the statements slower than --min-ms.
 * A tuning aid for src/server/queries/postgres/ (read-only: EXPLAIN ANALYZE
 * of a SELECT writes nothing).
 *
 *   node --import tsx bench/postgres-explain.ts postgres://…/db [--only drill-down] [--min-ms 20]
 */
import { parseArgs } from 'node:util';
import type pg from 'pg';
import { createApp, postgresReadModel } from '../src/server/index.ts';
import { createPool, parseLocation } from '../src/store/postgres/connection.ts';
import { endpointCases } from './api-endpoints.ts';

interface Sent {
  readonly text: string;
  readonly values: unknown[];
  readonly ms: number;
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { only: { type: 'string' }, 'min-ms': { type: 'string', default: '20' } },
});
const url = positionals[0];
if (!url) throw new Error('usage: bench/postgres-explain.ts postgres://…/db [--only NAME] [--min-ms 20]');
const minMs = Number(values['min-ms']);

const pool = createPool(parseLocation(url), { max: 8, readonly: true, applicationName: 'brink-explain' });
let log: Sent[] | null = null;
const query = pool.query.bind(pool) as (text: string, values?: unknown[]) => Promise<pg.QueryResult>;
(pool as unknown as { query: typeof query }).query = async (text: string, params?: unknown[]) => {
  const t0 = performance.now();
  const result = await query(text, params);
  log?.push({ text, values: params ?? [], ms: performance.now() - t0 });
  return result;
};
const reads = postgresReadModel(pool);
try {
  await reads.warm();
  const app = createApp({ reads, webRoot: null });
  for (const c of await endpointCases(app)) {
    if (values.only !== undefined && !c.name.includes(values.only)) continue;
    const target = c.mode === 'fresh' ? createApp({ reads, webRoot: null }) : app;
    await (await target.request(c.path)).arrayBuffer(); // warm
    log = [];
    const t0 = performance.now();
    await (await (c.mode === 'fresh' ? createApp({ reads, webRoot: null }) : target).request(c.path)).arrayBuffer();
    const total = performance.now() - t0;
    const sent = log;
    log = null;
    process.stdout.write(`\n## ${c.name}: ${total.toFixed(1)} ms, ${sent.length} statements (${sent.map((s) => s.ms.toFixed(1)).join(', ')} ms)\n`);
    for (const s of sent) {
      if (s.ms < minMs) continue;
      const plan = await query(`EXPLAIN (ANALYZE, BUFFERS) ${s.text}`, s.values);
      process.stdout.write(`\n${s.text.replace(/\s+/g, ' ').slice(0, 600)}\n  params: ${JSON.stringify(s.values).slice(0, 300)}\n`);
      for (const row of plan.rows as { 'QUERY PLAN': string }[]) process.stdout.write(`  ${row['QUERY PLAN']}\n`);
    }
  }
} finally {
  await reads.close();
}
