/**
 * Looking into the queue: how many jobs in each state, and the dead letters
 * (documents that kept failing), which can be retried or purged. Reads
 * pg-boss's job table directly (read-only queries on its documented columns):
 * pg-boss 10 has no call that lists jobs without taking them.
 */
import type PgBoss from 'pg-boss';
import { bossSchema, configureQueue, queueLocation, queueSettings, startBoss } from './boss.ts';
import { DEAD_QUEUE, INGEST_QUEUE, type QueueSettings } from './settings.ts';

const STATES = ['created', 'retry', 'active', 'completed', 'cancelled', 'failed'] as const;
export type JobState = (typeof STATES)[number];

export interface QueueStatus {
  /** Jobs of the ingest queue by state (done and failed jobs leave this table an hour after they end: settings.ts). */
  readonly jobs: Readonly<Record<JobState, number>>;
  /** Dead letters waiting. */
  readonly dead: number;
  readonly settings: QueueSettings;
}

export interface DeadLetter {
  /** The dead letter's job id (give it to retry or purge just this one). */
  readonly id: string;
  readonly source: string;
  /** Why the last attempt failed. */
  readonly error: string;
  /** When it was dead-lettered (ISO 8601). */
  readonly at: string;
}

async function withBoss<T>(url: string, work: (boss: PgBoss, schema: string) => Promise<T>): Promise<T> {
  const location = queueLocation(url);
  const boss = await startBoss(location);
  try {
    return await work(boss, bossSchema(location));
  } finally {
    await boss.stop({ graceful: false, close: true });
  }
}

export async function queueStatus(url: string): Promise<QueueStatus> {
  return withBoss(url, async (boss, schema) => {
    const { rows } = await boss.getDb().executeSql(
      `SELECT name, state::text AS state, count(*)::int AS n FROM ${schema}.job WHERE name = ANY($1) GROUP BY 1, 2`,
      [[INGEST_QUEUE, DEAD_QUEUE]],
    );
    const jobs = Object.fromEntries(STATES.map((s) => [s, 0])) as Record<JobState, number>;
    let dead = 0;
    for (const r of rows as { name: string; state: JobState; n: number }[]) {
      if (r.name === INGEST_QUEUE) jobs[r.state] = r.n;
      else if (r.state === 'created' || r.state === 'retry') dead += r.n;
    }
    return { jobs, dead, settings: await queueSettings(boss) };
  });
}

/** The error message in a failed job's output (pg-boss nests a timeout's under `value`). */
function errorOf(output: unknown): string {
  const o = output as { message?: unknown; value?: { message?: unknown } } | null;
  if (typeof o?.message === 'string') return o.message;
  if (typeof o?.value?.message === 'string') return o.value.message;
  return output === null || output === undefined ? 'no reason recorded' : JSON.stringify(output);
}

async function listDead(boss: PgBoss, schema: string, ids: readonly string[] | null, limit: number | null): Promise<(DeadLetter & { data: object })[]> {
  const { rows } = await boss.getDb().executeSql(
    `SELECT id::text AS id, data, output, created_on FROM ${schema}.job
     WHERE name = $1 AND state < 'active' AND ($2::uuid[] IS NULL OR id = ANY($2::uuid[]))
     ORDER BY created_on, id LIMIT $3`,
    [DEAD_QUEUE, ids, limit],
  );
  return (rows as { id: string; data: { source?: unknown } | null; output: unknown; created_on: Date }[]).map((r) => ({
    id: r.id,
    source: typeof r.data?.source === 'string' ? r.data.source : '(no source)',
    error: errorOf(r.output),
    at: r.created_on.toISOString(),
    data: r.data ?? {},
  }));
}

/** The dead letters, oldest first. */
export async function deadLetters(url: string, limit: number | null = null): Promise<DeadLetter[]> {
  return withBoss(url, async (boss, schema) => (await listDead(boss, schema, null, limit)).map(({ data: _data, ...letter }) => letter));
}

/**
 * Sends dead letters (all, or those ids) back to the ingest queue as new
 * jobs with fresh retries, then removes them from the dead letters. Returns
 * how many were sent back. A crash between the two steps leaves a document
 * queued twice, which the store's idempotent save makes harmless.
 */
export async function retryDead(url: string, ids: readonly string[] | null = null): Promise<number> {
  return withBoss(url, async (boss, schema) => {
    const letters = await listDead(boss, schema, ids, null);
    for (const letter of letters) {
      await boss.send(INGEST_QUEUE, letter.data);
      await boss.deleteJob(DEAD_QUEUE, letter.id);
    }
    return letters.length;
  });
}

/** Deletes dead letters (all, or those ids). Returns how many. */
export async function purgeDead(url: string, ids: readonly string[] | null = null): Promise<number> {
  return withBoss(url, async (boss, schema) => {
    const letters = await listDead(boss, schema, ids, null);
    if (letters.length > 0) await boss.deleteJob(DEAD_QUEUE, letters.map((l) => l.id));
    return letters.length;
  });
}

/** Changes the ingest queue's retry and timeout settings (for jobs sent from now on). */
export async function setQueueSettings(url: string, settings: Partial<QueueSettings>): Promise<QueueSettings> {
  return withBoss(url, async (boss) => {
    const next = { ...(await queueSettings(boss)), ...settings };
    await configureQueue(boss, next);
    return next;
  });
}
