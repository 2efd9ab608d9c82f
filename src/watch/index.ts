/**
 * `brink watch`: keeps a store up to date from live sources (feeds, news
 * sitemaps, Telegram exports, a drop folder) and raises alerts on the
 * signals that match the rules.
 *
 * A round polls every due source (several at once; politeness per host is
 * the fetcher's), then delivers queued alerts. `run` repeats rounds until
 * stopped, sleeping until the next source is due. All state (what was seen,
 * validators, schedule, alerts) lives in the store beside its tables (the
 * SQLite file, or the PostgreSQL database that several watchers may share),
 * so a watcher killed at any moment resumes where it stopped (see ingest.ts).
 */
import { createPipeline, type Pipeline } from '../pipeline/index.ts';
import { connectStore, openStore, type Store } from '../store/index.ts';
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
import { connectWatchState, openWatchState, type WatchState } from './state/index.ts';
import { pollTelegramChannel, pollTelegramSource } from './telegram/source.ts';
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
  /** The store: a SQLite file path or a `postgres://` URL (the watcher's state goes beside the store's tables). */
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

/**
 * A watcher over the store at `options.store`, opened at once. On
 * PostgreSQL the connection is made in the background and the first round
 * reports a failure; `connectWatcher` finds out before returning.
 */
export function createWatcher(options: WatcherOptions): Watcher {
  const store: Store = openStore(options.store);
  let state: WatchState;
  try {
    state = openWatchState(options.store);
  } catch (error) {
    void store.close();
    throw error;
  }
  return buildWatcher(options, store, state);
}

/**
 * Opens the store and the watcher's state and makes sure both are usable
 * (connected and migrated on PostgreSQL) before returning: a wrong URL or a
 * server that is down is one StoreOpenError before any work starts.
 */
export async function connectWatcher(options: WatcherOptions): Promise<Watcher> {
  const store = await connectStore(options.store);
  let state: WatchState;
  try {
    state = await connectWatchState(options.store);
  } catch (error) {
    await store.close();
    throw error;
  }
  return buildWatcher(options, store, state);
}

function buildWatcher(options: WatcherOptions, store: Store, state: WatchState): Watcher {
  const { config, log } = options;
  const now = options.now ?? (() => new Date());
  const pipeline: Pipeline = options.pipeline ?? createPipeline();
  const fetcher: Fetcher = createFetcher({ ...config.fetch, ...options.fetch });
  const ingest: IngestContext = {
    pipeline,
    store,
    state,
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
        case 'telegram-channel':
          return await pollTelegramChannel(ctx, source);
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
    const names = round.all ? enabled.map((s) => s.name) : await state.dueSources(enabled.map((s) => s.name), now().toISOString());
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
    const alerts = signal.aborted ? { delivered: 0, failed: 0, errors: [] } : await deliverPending(state, deliveries, { signal, now });
    for (const error of alerts.errors) log(`alert delivery failed: ${error}`);
    return { sources: reports, alerts };
  }

  /** Milliseconds until the next enabled source is due. */
  async function idleTime(): Promise<number> {
    const t = now().getTime();
    let soonest = Infinity;
    for (const source of enabled) {
      const next = (await state.getSource(source.name))?.next_due_at;
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
        let idle: number;
        try {
          await runRound({ signal, all: first && all === true });
          first = false;
          if (once) return;
          idle = await idleTime();
        } catch (error) {
          // The store unreachable for a while (a PostgreSQL restart): a daemon says so and tries again later.
          if (once || signal.aborted) throw error;
          log(`round failed: ${(error as Error).message}; trying again in ${MAX_IDLE_MS / 1000} s`);
          idle = MAX_IDLE_MS;
        }
        try {
          await sleep(idle, signal);
        } catch {
          return;
        }
      }
    },
    async close() {
      fetcher.close();
      await state.close();
      await store.close();
    },
  };
}
