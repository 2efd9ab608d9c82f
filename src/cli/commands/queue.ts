import { readInputs } from '../../input/index.ts';
import type { QueueSettings } from '../../queue/index.ts';
import { storeLocation } from '../../store/index.ts';
import { EXIT, UsageError, listOption, stringOption, type Command, type CommandContext } from '../command.ts';
import { countOption } from './worker.ts';

/**
 * `brink ingest --queue`: reads the inputs as ingest does and queues them for
 * `brink worker`. Lives here, with the other queue commands; ingest calls it.
 */
export async function queueInputs(ctx: CommandContext, url: string): Promise<number> {
  // The queue (pg-boss, and the pipeline its workers run) is imported when used, not at start-up (see analyze.ts).
  const { enqueue, QueueError } = await import('../../queue/index.ts');
  let tally;
  try {
    tally = await enqueue(url, readInputs(ctx.positionals, { stdin: ctx.stdin }), {
      onFailure: (source, why) => ctx.stderr.write(`brink ingest: ${source}: ${why}\n`),
    });
  } catch (error) {
    if (!(error instanceof QueueError)) throw error;
    ctx.stderr.write(`brink ingest: ${error.message}\n`);
    return EXIT.failure;
  }
  ctx.stderr.write(`brink ingest: ${tally.queued} documents queued, ${tally.present} already queued, ${tally.failed} failed\n`);
  return tally.failed > 0 ? EXIT.partial : EXIT.ok;
}

const ACTIONS = ['status', 'dead', 'config'] as const;

function settingsLine(s: QueueSettings): string {
  return `retries ${s.retries}, first retry after ${s.retryDelaySeconds}s (doubling), job timeout ${s.jobTimeoutSeconds}s`;
}

export const queueCommand: Command = {
  name: 'queue',
  summary: 'Show the work queue of a PostgreSQL store, and list, retry or purge its dead letters.',
  usage: '<status|dead|config> [--db URL] [options]',
  description:
    'brink queue status: jobs by state, dead letters, settings. ' +
    'brink queue dead: the documents that kept failing, oldest first, with the last error (JSON lines with --json); ' +
    '--retry sends them back to the queue with fresh retries, --purge deletes them (both take --id to pick some). ' +
    'brink queue config: change retries, retry delay and job timeout for documents queued from now on.',
  options: {
    db: { type: 'string', value: 'URL', description: 'the PostgreSQL store, postgres://… (default: $BRINK_DB)' },
    json: { type: 'boolean', description: 'status and dead letters as JSON' },
    retry: { type: 'boolean', description: 'dead: send the dead letters back to the queue' },
    purge: { type: 'boolean', description: 'dead: delete the dead letters' },
    id: { type: 'string', value: 'ID', multiple: true, description: 'dead: only this dead letter (as listed)' },
    retries: { type: 'string', value: 'N', description: 'config: retries before a document is dead-lettered' },
    'retry-delay': { type: 'string', value: 'SECONDS', description: 'config: delay before the first retry (then doubling)' },
    'job-timeout': { type: 'string', value: 'SECONDS', description: "config: how long a job may run before it counts as its worker's death and is retried" },
  },
  async run(ctx) {
    const [action, ...extra] = ctx.positionals;
    if (action === undefined || !(ACTIONS as readonly string[]).includes(action)) {
      throw new UsageError(`say what to do: ${ACTIONS.join(', ')}${action === undefined ? '' : `; got '${action}'`}`);
    }
    if (extra.length > 0) throw new UsageError(`unexpected argument '${extra[0]}'`);
    const o = ctx.options;
    const url = storeLocation(stringOption(o, 'db'));
    const ids = listOption(o, 'id');
    if (action !== 'dead' && (o['retry'] || o['purge'] || ids.length > 0)) throw new UsageError('--retry, --purge and --id go with brink queue dead');
    if (o['retry'] && o['purge']) throw new UsageError('--retry or --purge, not both');
    const json = o['json'] === true;
    const { deadLetters, purgeDead, QueueError, queueStatus, retryDead, setQueueSettings } = await import('../../queue/index.ts');
    try {
      if (action === 'status') {
        const status = await queueStatus(url);
        if (json) ctx.stdout.write(JSON.stringify(status) + '\n');
        else {
          const j = status.jobs;
          ctx.stdout.write(
            `queued ${j.created}, waiting to retry ${j.retry}, in progress ${j.active}, done ${j.completed}, failed ${j.failed}, ` +
              `dead letters ${status.dead}\n${settingsLine(status.settings)}\n`,
          );
        }
      } else if (action === 'dead') {
        const only = ids.length > 0 ? ids : null;
        if (o['retry']) ctx.stderr.write(`brink queue: ${await retryDead(url, only)} dead letters sent back to the queue\n`);
        else if (o['purge']) ctx.stderr.write(`brink queue: ${await purgeDead(url, only)} dead letters deleted\n`);
        else {
          const letters = await deadLetters(url);
          for (const l of letters) ctx.stdout.write(json ? JSON.stringify(l) + '\n' : `${l.id}  ${l.at}  ${l.source}\n    ${l.error}\n`);
          if (!json) ctx.stderr.write(`brink queue: ${letters.length} dead letters\n`);
        }
      } else {
        const change: { -readonly [K in keyof QueueSettings]?: number } = {};
        const retries = countOption(o, 'retries', 0, 100);
        const delay = countOption(o, 'retry-delay', 0, 86_400);
        const timeout = countOption(o, 'job-timeout', 1, 86_400);
        if (retries !== undefined) change.retries = retries;
        if (delay !== undefined) change.retryDelaySeconds = delay;
        if (timeout !== undefined) change.jobTimeoutSeconds = timeout;
        const settings = await setQueueSettings(url, change);
        ctx.stdout.write(`${settingsLine(settings)}\n`);
      }
    } catch (error) {
      if (!(error instanceof QueueError)) throw error;
      ctx.stderr.write(`brink queue: ${error.message}\n`);
      return EXIT.failure;
    }
    return EXIT.ok;
  },
};
