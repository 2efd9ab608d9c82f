/**
 * `brink watch`: keeps a store up to date from live sources (feeds, news
 * sitemaps, Telegram exports, a drop folder) and raises alerts on the
 * signals that match the rules.
 *
 * A round polls every due source (several at once; politeness per host is
 * the fetcher's), then delivers queued alerts. `run` repeats rounds until
 * stopped, sleeping until the next source is due. All state (what was seen,
 * validators, schedule, alerts) lives in the store's SQLite file, so a
 * watcher killed at any moment resumes where it stopped (see ingest.ts).
 */
import { createPipeline, type Pipeline } from '../pipeline/index.ts';
import { openStore, StoreOpenError, type Store } from '../store/index.ts';
import { createDeliveries, deliverPending, type DrainReport } from './alerts/index.ts';
import type { SourceConfig, WatchConfig } from './config/index.ts';
import { forEachLimit } from './concurrency.ts';
import type { RoundContext } from './context.ts';
import { createFetcher, type Fetcher, type FetcherOptions } from './fetch/index.ts';
import { pollFeedSource } from './feeds/source.ts';
import { pollFolderSource } from './folder/index.ts';
import type { IngestContext } from './ingest.ts';
import { emptyReport, formatReport, type SourceReport } from './report.ts';
import { compileRules } from './rules/index.ts';
import { dueSources, getSource, openWatchDb, type WatchDb } from './state/index.ts';
import { pollTelegramSource } from './telegram/source.ts';
import { sleep } from './timing.ts';

export { ConfigFileError, loadConfig, parseConfig } from './config/index.ts';
export type { ChannelConfig, RuleConfig, SourceConfig, WatchConfig } from './config/index.ts';
export { EVIDENCE_ROUTE, SIGNATURE_HEADER, DELIVERY_HEADER, evidenceLink, signBody } from './alerts/index.ts';
export type { Alert } from './alerts/index.ts';
export { formatReport } from './report.ts';
export type { SourceReport } from './report.ts';

/** Sources polled at once. Politeness is per host, so this only bounds sockets and memory. */
const SOURCE_CONCURRENCY = 4;
/** Longest sleep between rounds: a daemon wakes at least this often to deliver retried alerts. */
const MAX_IDLE_MS = 60_000;
/** Shortest sleep between rounds, so a source due "now" again cannot spin the loop. */
const MIN_IDLE_MS = 1_000;

export interface WatcherOptions {
  readonly config: WatchConfig;
  /** SQLite store file. */
  readonly store: string;
  readonly stdout: NodeJS.WritableStream;
  /** Log lines (one per source per round, and problems). */
  readonly log: (line: string) => void;
  /** Overrides on top of the config's fetch settings (tests shorten delays). */
  readonly fetch?: Partial<FetcherOptions>;
  readonly webhookBackoffMs?: number;
  readonly now?: () => Date;
  /** The analysis pipeline; `createPipeline()` unless given (tests wrap it). */
  readonly pipeline?: Pipeline;
}

export interface RoundReport {
  readonly sources: readonly SourceReport[];
  readonly alerts: DrainReport;
}

export interface Watcher {
  /** Polls the due sources (every enabled source with `all`), then delivers alerts. */
  runRound(options?: { readonly all?: boolean; readonly signal?: AbortSignal }): Promise<RoundReport>;
  /** Rounds until `signal` aborts (or one round with `once`); `all` forces the first round to poll everything. */
  run(options: { readonly signal: AbortSignal; readonly once?: boolean; readonly all?: boolean }): Promise<void>;
  close(): Promise<void>;
}

export function createWatcher(options: WatcherOptions): Watcher {
  const { config, log } = options;
  const now = options.now ?? (() => new Date());
  if (/^postgres(ql)?:\/\//i.test(options.store)) {
    // The watcher's own tables (seen items, validators, the alert outbox) are SQLite tables beside the store's.
    throw new StoreOpenError(options.store, 'brink watch keeps its state in a SQLite store for now; give a SQLite file path');
  }
  const store: Store = openStore(options.store);
  let db: WatchDb;
  try {
    db = openWatchDb(options.store);
  } catch (error) {
    void store.close();
    throw error;
  }
  const pipeline: Pipeline = options.pipeline ?? createPipeline();
  const fetcher: Fetcher = createFetcher({ ...config.fetch, ...options.fetch });
  const ingest: IngestContext = {
    pipeline,
    store,
    db,
    rules: compileRules(config.rules),
    channels: config.channels,
    dashboard: config.dashboard,
    now,
  };
  const deliveries = createDeliveries(config.channels, {
    stdout: options.stdout,
    ...(options.webhookBackoffMs !== undefined && { webhookBackoffMs: options.webhookBackoffMs }),
  });
  const enabled = config.sources.filter((s) => s.enabled);

  async function poll(ctx: RoundContext, source: SourceConfig): Promise<SourceReport> {
    try {
      switch (source.type) {
        case 'telegram':
          return await pollTelegramSource(ctx, source);
        case 'folder':
          return await pollFolderSource(ctx, source);
        default:
          return await pollFeedSource(ctx, source);
      }
    } catch (error) {
      // A bug or a store failure in one source must not stop the others; it is reported and retried next round.
      const report = emptyReport(source.name, source.type);
      report.status = ctx.signal.aborted ? 'stopped' : 'error';
      report.error = ctx.signal.aborted ? null : `unexpected failure: ${(error as Error).message}`;
      return report;
    }
  }

  async function runRound(round: { readonly all?: boolean; readonly signal?: AbortSignal } = {}): Promise<RoundReport> {
    const signal = round.signal ?? new AbortController().signal;
    const claimed = new Set<string>();
    const ctx: RoundContext = {
      ingest,
      fetcher,
      signal,
      claim(key) {
        if (claimed.has(key)) return false;
        claimed.add(key);
        return true;
      },
    };
    const names = round.all ? enabled.map((s) => s.name) : dueSources(db, enabled.map((s) => s.name), now().toISOString());
    const due = enabled.filter((s) => names.includes(s.name));
    const reports: SourceReport[] = [];
    await forEachLimit(
      due,
      SOURCE_CONCURRENCY,
      async (source) => {
        const report = await poll(ctx, source);
        reports.push(report);
        log(formatReport(report));
        for (const problem of report.problems.slice(0, 5)) log(`  ${problem}`);
        if (report.problems.length > 5) log(`  … and ${report.problems.length - 5} more`);
      },
      signal,
    );
    const alerts = signal.aborted ? { delivered: 0, failed: 0, errors: [] } : await deliverPending(db, deliveries, { signal, now });
    for (const error of alerts.errors) log(`alert delivery failed: ${error}`);
    return { sources: reports, alerts };
  }

  /** Milliseconds until the next enabled source is due. */
  function idleTime(): number {
    const t = now().getTime();
    let soonest = Infinity;
    for (const source of enabled) {
      const next = getSource(db, source.name)?.next_due_at;
      soonest = Math.min(soonest, next ? Date.parse(next) - t : 0);
    }
    return Math.min(MAX_IDLE_MS, Math.max(MIN_IDLE_MS, soonest));
  }

  return {
    runRound,
    async run({ signal, once, all }) {
      // Bounded by the signal: each iteration is one round then a sleep that the signal cuts short.
      let first = true;
      while (!signal.aborted) {
        // `all` forces the first round only; later rounds follow the schedule.
        await runRound({ signal, all: first && all === true });
        first = false;
        if (once) return;
        try {
          await sleep(idleTime(), signal);
        } catch {
          return;
        }
      }
    },
    async close() {
      fetcher.close();
      if (db.open) db.close();
      await store.close();
    },
  };
}
