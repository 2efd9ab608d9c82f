/**
 * The worker: takes documents from the ingest queue, analyses and stores
 * them, N at a time.
 *
 * Exactly one effect per document, from at-least-once delivery: a job is
 * marked complete only after the document's transaction has committed, so a
 * worker killed at any point leaves either nothing (the job times out and is
 * retried) or a stored document whose job is still open (the retry finds the
 * content id stored and adds nothing: the save is idempotent). Nothing is
 * lost and nothing is counted twice.
 *
 * Failures: a document the pipeline rejects (fatal message) fails the same
 * way every time, so it goes to the dead letters at once; any other error
 * (the store unreachable, a lock timeout) is retried with backoff, and
 * dead-lettered when the retries run out (settings.ts).
 */
import type PgBoss from 'pg-boss';
import { fatalOf } from '../document/index.ts';
import { createPipeline, type Pipeline } from '../pipeline/index.ts';
import { connectStore, type Store } from '../store/index.ts';
import { bossSchema, queueLocation, startBoss } from './boss.ts';
import { jobDocument } from './jobs.ts';
import { INGEST_QUEUE } from './settings.ts';
import { documentInput } from '../ingest/index.ts';

export interface WorkerOptions {
  /** The PostgreSQL store (and queue) URL. */
  readonly url: string;
  /** Jobs in progress at once in this process (default 2): one analysed while another's rows are written. */
  readonly concurrency?: number;
  /** Seconds between looks at an empty queue (default 1). */
  readonly pollSeconds?: number;
  /** Seconds between checks for jobs whose worker died (default 30). */
  readonly reclaimSeconds?: number;
  /** Stop once the queue has nothing ready, instead of waiting for more. */
  readonly drain?: boolean;
  /** One line per failed document. */
  readonly onFailure?: (source: string, why: string, final: boolean) => void;
  /** After each job. */
  readonly onProgress?: (tally: Readonly<WorkerTally>) => void;
}

export interface WorkerTally {
  stored: number;
  present: number;
  nearDuplicates: number;
  /** Jobs that failed and will be retried. */
  retried: number;
  /** Jobs sent to the dead letters. */
  dead: number;
}

export interface Worker {
  /** Stop taking jobs; resolves once the jobs in hand are finished and the connections closed. */
  stop(): Promise<WorkerTally>;
  /** Resolves when the worker has stopped (by stop(), or by draining the queue). */
  readonly done: Promise<WorkerTally>;
}

/** Empty-queue poll interval: a new document waits at most this long; an idle worker costs one query per interval and slot. */
const DEFAULT_POLL_SECONDS = 1;
/**
 * How often this worker looks for jobs whose worker died. pg-boss runs the
 * check once per interval across all workers (it records when it last ran),
 * so more workers do not mean more checks.
 */
const DEFAULT_RECLAIM_SECONDS = 30;
const DEFAULT_CONCURRENCY = 2;


/** Outcome of one job, kept as the job's output (shown by `brink queue`). */
type Outcome = { stored: boolean; id: string; cluster: string; nearDuplicate: boolean };

class PermanentFailure extends Error {
  override readonly name = 'PermanentFailure';
}

async function processJob(pipeline: Pipeline, store: Store, job: PgBoss.Job<unknown>): Promise<Outcome> {
  const parsed = jobDocument(job.data);
  if (!parsed.ok) throw new PermanentFailure(parsed.error);
  const doc = pipeline.run(parsed.doc);
  const fatal = fatalOf(doc);
  if (fatal) throw new PermanentFailure(`${fatal.stage}: ${fatal.text}`);
  const saved = await store.saveDocument(documentInput(doc));
  return { stored: saved.stored, id: saved.id, cluster: saved.cluster, nearDuplicate: saved.nearDuplicate };
}

function sourceOf(job: PgBoss.Job<unknown>): string {
  const data = job.data as { source?: unknown } | null;
  return typeof data?.source === 'string' ? data.source : `job ${job.id}`;
}

export async function startWorker(options: WorkerOptions): Promise<Worker> {
  const location = queueLocation(options.url);
  // Built first: a broken lexicon or setting is reported before any connection is made.
  const pipeline = createPipeline();
  const concurrency = Math.max(1, options.concurrency ?? DEFAULT_CONCURRENCY);
  const pollMs = (options.pollSeconds ?? DEFAULT_POLL_SECONDS) * 1000;
  // One store connection per job in progress, and one for whoever else asks.
  const store = await connectStore(options.url, { poolSize: concurrency + 1 });
  let boss: PgBoss;
  try {
    boss = await startBoss(location, { maintenanceSeconds: options.reclaimSeconds ?? DEFAULT_RECLAIM_SECONDS, poolSize: concurrency + 1 });
  } catch (error) {
    await store.close();
    throw error;
  }
  const schema = bossSchema(location);
  const tally: WorkerTally = { stored: 0, present: 0, nearDuplicates: 0, retried: 0, dead: 0 };

  let stopping = false;
  const sleepers = new Set<() => void>();
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        sleepers.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      sleepers.add(wake);
    });
  const requestStop = () => {
    stopping = true;
    for (const wake of [...sleepers]) wake();
  };

  /**
   * Fails a job for good: pg-boss dead-letters a failed job once its retries
   * are used up, so they are used up first (retry_limit = retry_count on
   * pg-boss's job row) and the dead letter carries the reason as its output,
   * as for any other dead letter.
   */
  const failForGood = async (job: PgBoss.Job<unknown>, reason: string) => {
    await boss.getDb().executeSql(`UPDATE ${schema}.job SET retry_limit = retry_count WHERE name = $1 AND id = $2`, [INGEST_QUEUE, job.id]);
    await boss.fail(INGEST_QUEUE, job.id, { message: reason });
  };

  const slot = async () => {
    while (!stopping) {
      // pg-boss's fetch reports nothing, not an error, when the database is unreachable.
      const [job] = await boss.fetch<unknown>(INGEST_QUEUE, { batchSize: 1, includeMetadata: true });
      if (!job) {
        if (options.drain) break;
        await sleep(pollMs);
        continue;
      }
      let outcome: Outcome;
      try {
        outcome = await processJob(pipeline, store, job);
      } catch (error) {
        const message = (error as Error).message;
        const final = error instanceof PermanentFailure || job.retryCount >= job.retryLimit;
        try {
          if (error instanceof PermanentFailure) await failForGood(job, message);
          else await boss.fail(INGEST_QUEUE, job.id, { message });
        } catch {
          // Could not even record the failure: the job times out and is retried.
        }
        if (final) tally.dead++;
        else tally.retried++;
        options.onFailure?.(sourceOf(job), message, final);
        options.onProgress?.(tally);
        continue;
      }
      if (outcome.stored) tally.stored++;
      else tally.present++;
      if (outcome.nearDuplicate) tally.nearDuplicates++;
      try {
        // Only now, with the document committed, is the job done.
        await boss.complete(INGEST_QUEUE, job.id, outcome);
      } catch (error) {
        // The document is stored; the job times out and its retry finds it stored and adds nothing.
        options.onFailure?.(sourceOf(job), `stored, but the job could not be marked done (${(error as Error).message}); it will be retried harmlessly`, false);
      }
      options.onProgress?.(tally);
    }
  };

  const done = (async () => {
    try {
      // A slot that fails (the queue's database gone) stops the others too.
      await Promise.all(Array.from({ length: concurrency }, () => slot().catch((error: unknown) => {
        requestStop();
        throw error;
      })));
    } finally {
      await boss.stop({ graceful: true, wait: true, close: true });
      await store.close();
    }
    return tally;
  })();
  done.catch(() => undefined);

  return {
    done,
    async stop() {
      requestStop();
      return done;
    },
  };
}
