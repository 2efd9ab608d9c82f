/**
 * `brink ingest --queue`: read the inputs as ingest does and send each raw
 * document to the ingest queue instead of analysing it here.
 */
import type { InputItem } from '../input/index.ts';
import { queueLocation, startBoss } from './boss.ts';
import { jobIdOf } from './jobs.ts';
import { INGEST_QUEUE } from './settings.ts';

/** Documents sent at once: enough to keep the connection busy, few enough to stream. */
const IN_FLIGHT = 16;

export interface EnqueueTally {
  /** New jobs. */
  queued: number;
  /** Documents already in the queue (same source and content). */
  present: number;
  /** Inputs that could not be read; each was reported through `onFailure`. */
  failed: number;
}

export interface EnqueueOptions {
  readonly onFailure?: (source: string, why: string) => void;
  readonly onProgress?: (tally: Readonly<EnqueueTally>) => void;
}

/** Sends every readable input document to the queue of the PostgreSQL store at `url`. */
export async function enqueue(url: string, items: AsyncIterable<InputItem> | Iterable<InputItem>, options: EnqueueOptions = {}): Promise<EnqueueTally> {
  const boss = await startBoss(queueLocation(url), { poolSize: 4 });
  const tally: EnqueueTally = { queued: 0, present: 0, failed: 0 };
  const pending = new Set<Promise<void>>();
  try {
    for await (const item of items) {
      if (!item.ok) {
        tally.failed++;
        options.onFailure?.(item.failure.source, item.failure.error);
        continue;
      }
      const doc = item.doc;
      const sent = boss.send(INGEST_QUEUE, { ...doc }, { id: jobIdOf(doc) }).then((id) => {
        if (id === null) tally.present++;
        else tally.queued++;
        options.onProgress?.(tally);
      });
      const tracked = sent.finally(() => pending.delete(tracked));
      pending.add(tracked);
      if (pending.size >= IN_FLIGHT) await Promise.race(pending);
    }
    await Promise.all(pending);
  } finally {
    // Whatever happened, the sends already made are kept; let them finish before closing.
    await Promise.allSettled(pending);
    await boss.stop({ graceful: false, close: true });
  }
  return tally;
}
