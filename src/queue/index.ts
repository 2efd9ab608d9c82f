/**
 * Distributed ingest (pg-boss on the PostgreSQL store's database):
 * `brink ingest --queue` sends raw documents, `brink worker` processes them
 * on any number of machines, `brink queue` shows and mends the queue.
 */
export { QueueError, bossSchema } from './boss.ts';
export { enqueue } from './enqueue.ts';
export type { EnqueueOptions, EnqueueTally } from './enqueue.ts';
export { deadLetters, purgeDead, queueStatus, retryDead, setQueueSettings } from './inspect.ts';
export type { DeadLetter, JobState, QueueStatus } from './inspect.ts';
export { jobIdOf } from './jobs.ts';
export { DEAD_QUEUE, DEFAULT_SETTINGS, INGEST_QUEUE } from './settings.ts';
export type { QueueSettings } from './settings.ts';
export { startWorker } from './worker.ts';
export type { Worker, WorkerOptions, WorkerTally } from './worker.ts';
