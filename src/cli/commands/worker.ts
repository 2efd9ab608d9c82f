import type { WorkerTally } from '../../queue/index.ts';
import { StoreOpenError, storeLocation } from '../../store/index.ts';
import { EXIT, UsageError, stringOption, type Command, type OptionValues } from '../command.ts';

/** Reads a whole-number option within bounds, or says what is wrong with it. */
export function countOption(options: OptionValues, name: string, min: number, max: number): number | undefined {
  const text = stringOption(options, name);
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min || value > max) throw new UsageError(`--${name} must be a whole number from ${min} to ${max}; got '${text}'`);
  return value;
}

function summary(t: WorkerTally): string {
  return (
    `${t.stored} documents stored, ${t.present} already present, ${t.nearDuplicates} near-duplicates, ` +
    `${t.retried} failures to retry, ${t.dead} dead-lettered`
  );
}

export const worker: Command = {
  name: 'worker',
  summary: 'Take queued documents (brink ingest --queue) from a PostgreSQL store and analyse and store them.',
  usage: '[--db URL] [--concurrency N] [--drain]',
  description:
    'Run as many workers as you like, on any machines that reach the database: each document is stored once ' +
    '(its job is marked done only after its transaction commits, and saving is idempotent). A document that ' +
    'fails is retried with backoff, then dead-lettered (see brink queue dead). On SIGTERM or Ctrl-C the worker ' +
    'stops taking jobs, finishes the ones in hand and exits; a worker killed outright loses nothing: its jobs ' +
    'time out and another worker takes them.',
  options: {
    db: { type: 'string', value: 'URL', description: 'the PostgreSQL store, postgres://… (default: $BRINK_DB)' },
    concurrency: {
      type: 'string',
      value: 'N',
      default: '2',
      description: 'documents in progress at once in this process (analysis is CPU-bound: for more cores, run more workers)',
    },
    drain: { type: 'boolean', description: 'exit once the queue has nothing ready instead of waiting for more' },
    poll: { type: 'string', value: 'SECONDS', default: '1', description: 'how often an idle worker looks for new documents' },
    reclaim: { type: 'string', value: 'SECONDS', default: '30', description: 'how often to look for jobs whose worker died' },
  },
  async run(ctx) {
    if (ctx.positionals.length > 0) throw new UsageError(`worker takes no arguments; got '${ctx.positionals[0]}'`);
    const url = storeLocation(stringOption(ctx.options, 'db'));
    const concurrency = countOption(ctx.options, 'concurrency', 1, 64) ?? 2;
    const pollSeconds = countOption(ctx.options, 'poll', 1, 3600) ?? 1;
    const reclaimSeconds = countOption(ctx.options, 'reclaim', 1, 3600) ?? 30;
    // The queue and the pipeline its workers run are imported here, not at start-up (see analyze.ts).
    const { QueueError, startWorker } = await import('../../queue/index.ts');
    let running;
    try {
      running = await startWorker({
        url,
        concurrency,
        pollSeconds,
        reclaimSeconds,
        drain: ctx.options['drain'] === true,
        onFailure: (source, why, final) => ctx.stderr.write(`brink worker: ${source}: ${why}${final ? ' (dead-lettered)' : ' (will retry)'}\n`),
      });
    } catch (error) {
      if (error instanceof StoreOpenError || error instanceof QueueError) {
        ctx.stderr.write(`brink worker: ${error.message}\n`);
        return EXIT.failure;
      }
      throw error;
    }
    ctx.stderr.write(`brink worker: taking documents, ${concurrency} at a time; SIGTERM or Ctrl-C stops after the current ones\n`);
    const stop = () => {
      ctx.stderr.write('brink worker: stopping after the documents in hand\n');
      void running.stop();
    };
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
    try {
      const tally = await running.done;
      ctx.stderr.write(`brink worker: ${summary(tally)}\n`);
      return tally.dead > 0 ? EXIT.partial : EXIT.ok;
    } finally {
      process.off('SIGTERM', stop);
      process.off('SIGINT', stop);
    }
  },
};
