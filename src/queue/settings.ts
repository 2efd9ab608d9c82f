/**
 * How the ingest queue behaves. pg-boss stores these per queue when the
 * queue is created (by whichever of `brink ingest --queue` or `brink worker`
 * comes first) and copies them onto each job when it is sent; `brink queue
 * config` changes them for jobs sent afterwards.
 */

/** The queue `brink ingest --queue` fills and `brink worker` empties. */
export const INGEST_QUEUE = 'brink-ingest';

/** Where documents that keep failing are parked for `brink queue dead`. */
export const DEAD_QUEUE = 'brink-ingest-dead';

export interface QueueSettings {
  /** Retries after the first attempt before a document is dead-lettered. */
  readonly retries: number;
  /** Delay before the first retry, in seconds; doubled (with jitter) at each further one. */
  readonly retryDelaySeconds: number;
  /**
   * Seconds a job may stay active before it is failed and retried: how long
   * a killed worker's document waits before another worker takes it.
   */
  readonly jobTimeoutSeconds: number;
}

export const DEFAULT_SETTINGS: QueueSettings = {
  // A document that fails for a reason that passes (the database restarting,
  // a failover, a lock timeout) succeeds on a later try; one that fails four
  // more times in about five minutes will not, and goes to the dead letters.
  retries: 4,
  // 5 s, then ~10–20 s, ~20–40 s, ~40–80 s (pg-boss's backoff: each delay
  // doubles, half of it random so failed workers do not retry in step).
  retryDelaySeconds: 5,
  // A document takes well under a second to analyse and store; two minutes
  // is far beyond a slow one, and short enough that a killed worker's
  // document is picked up again soon.
  jobTimeoutSeconds: 120,
};

/**
 * A queued document still unprocessed after this long is archived (dropped)
 * by pg-boss: workers stopped for two weeks need attention before then. A
 * dead letter is kept about twice as long from its first try (pg-boss extends
 * its time when it moves it), time to look at it, fix the cause and retry it.
 */
export const QUEUED_RETENTION_MINUTES = 14 * 24 * 60;

/**
 * A done job (with its raw document: 50 KB stored for a typical web page) is
 * moved out of the live job table after an hour and deleted a day later.
 * pg-boss keeps them 12 hours and 7 days by default, which at a million
 * pages a day would hold some 400 GB of finished jobs; the document itself is
 * in the store, and an hour is enough to look at what just ran.
 */
export const ARCHIVE_DONE_AFTER_SECONDS = 60 * 60;
export const DELETE_ARCHIVED_AFTER_DAYS = 1;
