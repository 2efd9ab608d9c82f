/**
 * pg-boss on the store's own database: the queue's tables live beside the
 * store's (schema `pgboss`, or `NAME_pgboss` for a store in schema NAME), so
 * one URL names both and one backup holds both.
 */
import PgBoss from 'pg-boss';
import { parseLocation, type PgLocation } from '../store/postgres/index.ts';
import {
  ARCHIVE_DONE_AFTER_SECONDS,
  DEAD_QUEUE,
  DEFAULT_SETTINGS,
  DELETE_ARCHIVED_AFTER_DAYS,
  INGEST_QUEUE,
  QUEUED_RETENTION_MINUTES,
  type QueueSettings,
} from './settings.ts';

/** A wrong queue location or setting; the message says what to give instead. */
export class QueueError extends Error {
  override readonly name = 'QueueError';
}

export function queueLocation(url: string): PgLocation {
  if (!/^postgres(ql)?:\/\//i.test(url)) {
    throw new QueueError(`the work queue lives in a PostgreSQL store; got '${url}' (give --db postgres://… or set BRINK_DB)`);
  }
  try {
    return parseLocation(url);
  } catch (error) {
    throw new QueueError(`${url}: ${(error as Error).message}`);
  }
}

/** pg-boss's schema for a store location. */
export function bossSchema(location: PgLocation): string {
  return location.schema === 'public' ? 'pgboss' : `${location.schema}_pgboss`;
}

export interface BossOptions {
  /** Run pg-boss's maintenance (timing out the jobs of dead workers, archiving) every this many seconds; 0 = never. */
  readonly maintenanceSeconds?: number;
  /** Connections pg-boss may open. */
  readonly poolSize?: number;
}

/** A started pg-boss with Brink's two queues created (with default settings when they are new). */
export async function startBoss(location: PgLocation, options: BossOptions = {}): Promise<PgBoss> {
  const maintenance = options.maintenanceSeconds ?? 0;
  const boss = new PgBoss({
    connectionString: location.connectionString,
    schema: bossSchema(location),
    max: options.poolSize ?? 2,
    application_name: 'brink-queue',
    // No cron schedules: Brink sends no scheduled jobs.
    schedule: false,
    supervise: maintenance > 0,
    ...(maintenance > 0 ? { maintenanceIntervalSeconds: maintenance } : {}),
    archiveCompletedAfterSeconds: ARCHIVE_DONE_AFTER_SECONDS,
    deleteAfterDays: DELETE_ARCHIVED_AFTER_DAYS,
  });
  // pg-boss reports background errors (a dropped connection during
  // maintenance) as events; without a listener Node would throw them.
  boss.on('error', () => undefined);
  await boss.start();
  await ensureQueues(boss, DEFAULT_SETTINGS);
  return boss;
}

/** Creates the ingest queue and its dead-letter queue if missing (existing settings are kept). */
async function ensureQueues(boss: PgBoss, settings: QueueSettings): Promise<void> {
  // Nothing consumes the dead letters: they wait for `brink queue dead`.
  await boss.createQueue(DEAD_QUEUE, { name: DEAD_QUEUE, policy: 'standard', retryLimit: 0 });
  await boss.createQueue(INGEST_QUEUE, { name: INGEST_QUEUE, policy: 'standard', ...queueOptions(settings), deadLetter: DEAD_QUEUE });
}

function queueOptions(settings: QueueSettings) {
  return {
    retryLimit: settings.retries,
    retryDelay: settings.retryDelaySeconds,
    retryBackoff: true,
    expireInSeconds: settings.jobTimeoutSeconds,
    retentionMinutes: QUEUED_RETENTION_MINUTES,
  };
}

/** Changes the ingest queue's settings for jobs sent from now on. */
export async function configureQueue(boss: PgBoss, settings: QueueSettings): Promise<void> {
  await boss.updateQueue(INGEST_QUEUE, { name: INGEST_QUEUE, policy: 'standard', ...queueOptions(settings), deadLetter: DEAD_QUEUE });
}

/** The ingest queue's current settings. */
export async function queueSettings(boss: PgBoss): Promise<QueueSettings> {
  const queue = await boss.getQueue(INGEST_QUEUE);
  if (!queue) return DEFAULT_SETTINGS;
  return {
    retries: queue.retryLimit ?? DEFAULT_SETTINGS.retries,
    retryDelaySeconds: queue.retryDelay ?? DEFAULT_SETTINGS.retryDelaySeconds,
    jobTimeoutSeconds: queue.expireInSeconds ?? DEFAULT_SETTINGS.jobTimeoutSeconds,
  };
}
