import { fatalOf } from '../../document/index.ts';
import { readInputs } from '../../input/index.ts';
import { connectStore, storeLocation, StoreOpenError, type Store } from '../../store/index.ts';
import { EXIT, UsageError, stringOption, type Command } from '../command.ts';
import { queueInputs } from './queue.ts';
import { documentInput, knownInput } from '../../ingest/index.ts';

/** How often the progress line is redrawn: often enough to look alive, rarely enough to cost nothing. */
const PROGRESS_INTERVAL_MS = 200;

interface Tally {
  stored: number;
  present: number;
  signals: number;
  merged: number;
  nearDuplicates: number;
  failed: number;
}

/**
 * A one-line progress display on a terminal, nothing otherwise. The total is
 * unknown (inputs are streamed), so it shows counts and rate, not a
 * percentage. Failure lines clear it first so they are never garbled.
 */
function createProgress(stderr: NodeJS.WritableStream) {
  const tty = (stderr as Partial<NodeJS.WriteStream>).isTTY === true;
  const started = performance.now();
  let last = 0;
  let shown = false;
  const line = (done: number, failed: number) => {
    const seconds = (performance.now() - started) / 1000;
    const rate = seconds > 0 ? Math.round(done / seconds) : 0;
    const width = 20;
    // The bar turns once per 20 × 50 documents: motion, since there is no total.
    const phase = Math.floor(done / 50) % (width + 1);
    const bar = '#'.repeat(phase).padEnd(width, '.');
    return `\r\x1b[Kingest [${bar}] ${done} docs  ${rate} docs/s  ${failed} failed`;
  };
  return {
    update(done: number, failed: number) {
      if (!tty) return;
      const now = performance.now();
      if (now - last < PROGRESS_INTERVAL_MS) return;
      last = now;
      shown = true;
      stderr.write(line(done, failed));
    },
    /** Writes a diagnostic line without leaving a half-drawn progress line before it. */
    message(text: string) {
      stderr.write(`${tty && shown ? '\r\x1b[K' : ''}${text}\n`);
      last = 0;
    },
    finish() {
      if (tty && shown) stderr.write('\r\x1b[K');
    },
  };
}


export const ingest: Command = {
  name: 'ingest',
  summary: 'Analyse documents and store them, deduplicated and clustered, in a SQLite or PostgreSQL store.',
  usage: '<file|dir|->... [--db FILE|URL] [--queue]',
  description:
    'Each document is stored in one transaction: an interrupted ingest leaves every stored document whole, ' +
    'and running it again stores the rest. The same content again adds nothing but its new source.',
  options: {
    db: {
      type: 'string',
      value: 'FILE|URL',
      description: 'the store to write: a SQLite file or a postgres:// URL; created if missing (default: $BRINK_DB, else brink.db)',
    },
    queue: {
      type: 'boolean',
      description: 'enqueue the documents in the PostgreSQL store\'s work queue for `brink worker` instead of analysing them here',
    },
  },
  async run(ctx) {
    if (ctx.positionals.length === 0) throw new UsageError('give at least one file, directory, or - for standard input');
    const path = storeLocation(stringOption(ctx.options, 'db'));
    if (ctx.options['queue'] === true) return queueInputs(ctx, path);
    let store: Store;
    try {
      store = await connectStore(path);
    } catch (error) {
      if (!(error instanceof StoreOpenError)) throw error;
      ctx.stderr.write(`brink ingest: ${error.message}\n`);
      return EXIT.failure;
    }
    // Imported here, not at start-up (see analyze.ts).
    const { createPipeline } = await import('../../pipeline/index.ts');
    const pipeline = createPipeline();
    const progress = createProgress(ctx.stderr);
    const t: Tally = { stored: 0, present: 0, signals: 0, merged: 0, nearDuplicates: 0, failed: 0 };
    const fail = (source: string, why: string) => {
      t.failed++;
      progress.message(`brink ingest: ${source}: ${why}`);
    };
    try {
      for await (const item of readInputs(ctx.positionals, { stdin: ctx.stdin })) {
        if (!item.ok) fail(item.failure.source, item.failure.error);
        else {
          // A document the store holds already (a rerun, another outlet's copy of the same text)
          // gains only its source: once it has its content id, the rest of the analysis is skipped.
          const started = pipeline.start(item.doc);
          const known = fatalOf(started) === undefined && started.id !== '' && (await store.clusterOf(started.id)) !== null;
          const doc = known ? started : pipeline.finish(started);
          const fatal = fatalOf(doc);
          if (fatal) fail(doc.source, `${fatal.stage}: ${fatal.text}`);
          else {
            try {
              const saved = await store.saveDocument(known ? knownInput(doc) : documentInput(doc));
              if (saved.stored) t.stored++;
              else t.present++;
              if (saved.nearDuplicate) t.nearDuplicates++;
              t.signals += saved.signalsAdded;
              t.merged += saved.signalsMerged;
            } catch (error) {
              fail(doc.source, `store: ${(error as Error).message}`);
            }
          }
        }
        progress.update(t.stored + t.present + t.failed, t.failed);
      }
    } finally {
      progress.finish();
      await store.close();
    }
    ctx.stderr.write(
      `brink ingest: ${t.stored} documents stored, ${t.present} already present, ` +
        `${t.signals} new signals (${t.merged} merged into known ones), ${t.nearDuplicates} near-duplicates, ` +
        `${t.failed} failed → ${path}\n`,
    );
    return t.failed > 0 ? EXIT.partial : EXIT.ok;
  },
};
