/**
 * Alerts: what one carries, and the channels that send it (stdout, a JSONL
 * file, webhooks). Alerts wait in the outbox (`watch_alerts`) until a
 * channel has taken them; `deliverPending` drains it.
 *
 * Delivery is at-least-once across a crash for stdout and webhooks (a kill
 * between sending and recording may send one again; webhook receivers get a
 * stable `X-Brink-Delivery` id to drop the repeat) and exactly-once for
 * JSONL files (an interrupted delivery checks the file before writing).
 */
import { createHmac } from 'node:crypto';
import { appendFileSync, closeSync, fsyncSync, openSync, readFileSync, existsSync } from 'node:fs';
import type { Published, Signal } from '../../document/index.ts';
import type { SourceRef } from '../../store/index.ts';
import type { ChannelConfig } from '../config/index.ts';
import type { AlertRow, AlertUpdate, WatchState } from '../state/index.ts';
import { backoffMs, sleep } from '../timing.ts';

/**
 * The dashboard's evidence view of one signal in one document, after the
 * base URL: `:id` is the content id, `:key` the store's signal key. As the
 * dashboard routes it (web/src/router.ts names the view `doc`;
 * web/src/views/document.ts selects the signal whose key is `signal` and
 * highlights its evidence).
 */
export const EVIDENCE_ROUTE = '/#/doc/:id?signal=:key';

export function evidenceLink(base: string | null, documentId: string, signalKey: string): string | null {
  if (!base) return null;
  return base.replace(/\/+$/, '') + EVIDENCE_ROUTE.replace(':id', encodeURIComponent(documentId)).replace(':key', encodeURIComponent(signalKey));
}

export interface Alert {
  /** The store's cluster-level signal key: one alert per key per channel. */
  readonly id: string;
  readonly rules: readonly string[];
  /** The signal as the reporting document gives it, without its evidence spans (their sentences are `evidence` below). */
  readonly signal: Omit<Signal, 'evidence'> & {
    readonly key: string;
    readonly cluster: string;
    /** Index in the reporting document's `signals` list (-1 if the document's own list lacks it). */
    readonly index: number;
  };
  /** Evidence sentences in the reporting document. */
  readonly evidence: readonly string[];
  readonly document: {
    readonly id: string;
    readonly source: string;
    readonly url: string | null;
    readonly title: string | null;
    readonly lang: string | null;
    readonly published: Published | null;
  };
  /** Every place the signal had been seen when the alert was raised. */
  readonly sources: readonly SourceRef[];
  /** Dashboard evidence view, when a dashboard base URL is configured. */
  readonly link: string | null;
  /** What the source knew that documents do not carry (Telegram channel, forwarded_from). */
  readonly origin: Readonly<Record<string, unknown>> | null;
  readonly detectedAt: string;
}

export function formatAlertText(alert: Alert): string {
  const s = alert.signal;
  const who = `${s.actor.name}${s.actor.country ? ` (${s.actor.country})` : ''}`;
  const to = s.target ? ` → ${s.target}` : '';
  const when = s.date ? ` ${s.date}` : '';
  const evidence = alert.evidence[0] ? ` "${alert.evidence[0].replace(/\s+/g, ' ').slice(0, 240)}"` : '';
  const where = alert.link ?? alert.document.url ?? alert.document.source;
  return `ALERT [${alert.rules.join(', ')}] ${s.type} severity ${s.severity}: ${who}${to}${when}${evidence} ${where}`;
}

export interface Delivery {
  /** Sends one alert; throws on failure. `interrupted` says an earlier attempt may have gone through. */
  send(alert: Alert, interrupted: boolean, signal?: AbortSignal): Promise<void>;
}

/** The header carrying `sha256=<hex HMAC of the raw body>` when a secret is configured. */
export const SIGNATURE_HEADER = 'x-brink-signature-256';
export const DELIVERY_HEADER = 'x-brink-delivery';

export function signBody(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/** First backoff between webhook attempts within one delivery; doubled each time. */
const WEBHOOK_BACKOFF_BASE_MS = 500;
const WEBHOOK_BACKOFF_CAP_MS = 10_000;

function webhookDelivery(channel: Extract<ChannelConfig, { type: 'webhook' }>, backoffBase: number): Delivery {
  return {
    async send(alert, _interrupted, signal) {
      const body = JSON.stringify(alert);
      const headers: Record<string, string> = {
        ...channel.headers,
        'content-type': 'application/json',
        'user-agent': 'BrinkWatch/0.1',
        [DELIVERY_HEADER]: `${alert.id}:${channel.name}`,
      };
      if (channel.secret) headers[SIGNATURE_HEADER] = signBody(channel.secret, body);
      let lastError = '';
      for (let attempt = 1; attempt <= channel.attempts; attempt++) {
        try {
          const timeout = AbortSignal.timeout(channel.timeoutMs);
          const response = await fetch(channel.url, {
            method: 'POST',
            headers,
            body,
            redirect: 'error',
            signal: signal ? AbortSignal.any([timeout, signal]) : timeout,
          });
          await response.arrayBuffer().catch(() => undefined);
          if (response.ok) return;
          lastError = `HTTP ${response.status}`;
          // A 4xx other than 408/429 will not change on retry: the receiver refuses this alert.
          if (response.status < 500 && response.status !== 408 && response.status !== 429) break;
        } catch (error) {
          if (signal?.aborted) throw error;
          lastError = (error as Error).cause ? String((error as Error & { cause: unknown }).cause) : (error as Error).message;
        }
        if (attempt < channel.attempts) await sleep(backoffMs(attempt, backoffBase, WEBHOOK_BACKOFF_CAP_MS), signal);
      }
      throw new Error(`webhook ${channel.url}: ${lastError}`);
    },
  };
}

function jsonlDelivery(path: string): Delivery {
  return {
    send(alert, interrupted) {
      // After an interrupted delivery the line may already be there: look before writing it twice.
      if (interrupted && existsSync(path)) {
        const marker = `"id":${JSON.stringify(alert.id)}`;
        for (const line of readFileSync(path, 'utf8').split('\n')) {
          if (line.startsWith(`{${marker},`) && line.includes(`"rules":${JSON.stringify(alert.rules)}`)) return Promise.resolve();
        }
      }
      appendFileSync(path, JSON.stringify(alert) + '\n');
      const fd = openSync(path, 'r');
      try {
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      return Promise.resolve();
    },
  };
}

function stdoutDelivery(format: 'text' | 'json', out: NodeJS.WritableStream): Delivery {
  return {
    send(alert) {
      out.write((format === 'json' ? JSON.stringify(alert) : formatAlertText(alert)) + '\n');
      return Promise.resolve();
    },
  };
}

export interface DeliveryOptions {
  readonly stdout: NodeJS.WritableStream;
  /** Base of the backoff between webhook attempts (tests shorten it). */
  readonly webhookBackoffMs?: number;
}

export function createDeliveries(channels: readonly ChannelConfig[], options: DeliveryOptions): Map<string, Delivery> {
  const deliveries = new Map<string, Delivery>();
  for (const channel of channels) {
    switch (channel.type) {
      case 'stdout':
        deliveries.set(channel.name, stdoutDelivery(channel.format, options.stdout));
        break;
      case 'jsonl':
        deliveries.set(channel.name, jsonlDelivery(channel.path));
        break;
      case 'webhook':
        deliveries.set(channel.name, webhookDelivery(channel, options.webhookBackoffMs ?? WEBHOOK_BACKOFF_BASE_MS));
        break;
    }
  }
  return deliveries;
}

/**
 * Alerts are given up after this many failed deliveries (each itself a few
 * webhook attempts), spread by backoff over roughly a day: long enough to
 * ride out a receiver's outage, short of retrying forever.
 */
export const MAX_ALERT_DELIVERIES = 12;
const REDELIVERY_BASE_MS = 60_000;
const REDELIVERY_CAP_MS = 4 * 3_600_000;

export interface DrainReport {
  readonly delivered: number;
  readonly failed: number;
  readonly errors: readonly string[];
}

/**
 * Delivers due alerts from the outbox, oldest first, at most `limit`. Each
 * row is claimed (marked `delivering`; on PostgreSQL also locked against the
 * other watchers sharing the store) before it is sent and marked `delivered`
 * after, so a kill in between is seen on restart (the JSONL channel then
 * checks its file). A row another watcher holds, or delivered meanwhile, is
 * left to it.
 */
export async function deliverPending(
  state: WatchState,
  deliveries: ReadonlyMap<string, Delivery>,
  options: { readonly limit?: number; readonly signal?: AbortSignal; readonly now?: () => Date } = {},
): Promise<DrainReport> {
  const now = options.now ?? (() => new Date());
  const rows = await state.pendingAlerts(now().toISOString(), options.limit ?? 1000);
  let delivered = 0;
  let failed = 0;
  const errors: string[] = [];
  for (const listed of rows) {
    if (options.signal?.aborted) break;
    const claim = await state.claimAlert(listed.signal_key, listed.channel, now().toISOString());
    if (!claim) continue;
    const { row } = claim;
    let outcome: AlertUpdate | null = null;
    try {
      const delivery = deliveries.get(row.channel);
      if (!delivery) {
        // The channel was removed from the config: nothing can take this alert.
        outcome = { status: 'failed', error: `no alert channel named '${row.channel}' any more` };
        failed++;
        continue;
      }
      try {
        await delivery.send(JSON.parse(row.payload) as Alert, row.status === 'delivering', options.signal);
        outcome = { status: 'delivered' };
        delivered++;
      } catch (error) {
        // Shutting down mid-send: leave it `delivering` so the next run looks before resending.
        if (options.signal?.aborted) break;
        const message = (error as Error).message;
        errors.push(`${row.channel}: ${message}`);
        failed++;
        const attempts = row.attempts + 1;
        const giveUp = attempts >= MAX_ALERT_DELIVERIES;
        const next = new Date(now().getTime() + backoffMs(attempts, REDELIVERY_BASE_MS, REDELIVERY_CAP_MS)).toISOString();
        outcome = { status: giveUp ? 'failed' : 'pending', error: message, nextAttemptAt: next, failedAttempt: true };
      }
    } finally {
      await claim.settle(outcome, now().toISOString());
    }
  }
  return { delivered, failed, errors };
}

export type { AlertRow };
