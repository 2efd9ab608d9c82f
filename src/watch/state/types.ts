/**
 * The watcher's state as the rest of the watcher sees it: what was seen,
 * each source's validators and schedule, and the alert outbox. One interface,
 * two backends (`sqlite/`, `postgres/`) holding the same tables and columns
 * beside the store's own (the API's alerts feed reads `watch_alerts` on
 * either). Async because a network database cannot be otherwise.
 */

/**
 * `stored`: in the store (document_id set); `skipped`: nothing to store (empty
 * post, duplicate, not HTML); `failed`: given up for good; `retry`: a
 * transient failure, tried again in a later round until the attempts run out.
 */
export type ItemStatus = 'stored' | 'skipped' | 'failed' | 'retry';

/** A `watch_items` row: what became of one item seen. */
export interface ItemRow {
  readonly key: string;
  readonly source: string;
  readonly version: string;
  readonly status: ItemStatus;
  readonly document_id: string | null;
  readonly detail: string | null;
  readonly attempts: number;
  readonly meta: string | null;
  readonly first_seen_at: string;
  readonly processed_at: string;
}

export interface ItemMark {
  readonly key: string;
  readonly source: string;
  readonly version: string;
  readonly status: ItemStatus;
  readonly documentId?: string | null;
  readonly detail?: string | null;
  /** Extra metadata worth keeping (Telegram channel, forwarded_from), as JSON. */
  readonly meta?: Readonly<Record<string, unknown>> | null;
}

/** A `watch_sources` row: validators, schedule and last outcome of one source. */
export interface SourceRow {
  readonly name: string;
  /** HTTP ETag, or for files a `size:mtime` fingerprint. */
  readonly etag: string | null;
  readonly last_modified: string | null;
  readonly next_due_at: string | null;
  readonly last_polled_at: string | null;
  readonly last_ok_at: string | null;
  readonly last_error: string | null;
  readonly failures: number;
}

export interface PollOutcome {
  readonly name: string;
  readonly ok: boolean;
  readonly error?: string | null;
  /** New validators; undefined keeps the stored ones (a failed poll must not forget them). */
  readonly etag?: string | null;
  readonly lastModified?: string | null;
  readonly nextDueAt: string;
}

/** `delivering` marks a row whose delivery had started (and, unclaimed, was interrupted). */
export type AlertStatus = 'pending' | 'delivering' | 'delivered' | 'failed';

/** A `watch_alerts` row: one alert for one channel. */
export interface AlertRow {
  readonly signal_key: string;
  readonly channel: string;
  /** JSON array of rule names. */
  readonly rules: string;
  /** JSON of the alert as channels send it. */
  readonly payload: string;
  readonly status: AlertStatus;
  readonly attempts: number;
  readonly next_attempt_at: string;
  readonly last_error: string | null;
  readonly created_at: string;
  readonly delivered_at: string | null;
}

export interface AlertUpdate {
  readonly status: AlertStatus;
  readonly error?: string | null;
  readonly nextAttemptAt?: string;
  /** Count this as one more failed attempt. */
  readonly failedAttempt?: boolean;
}

/** An alert to queue: one row per (signal key, channel), whoever queues it first. */
export interface NewAlert {
  readonly signalKey: string;
  readonly channel: string;
  readonly rules: readonly string[];
  readonly payload: unknown;
}

/**
 * One alert taken for delivery by this watcher alone: other watchers sharing
 * the store skip it until it is settled. `row` is the row as found, before
 * it was marked `delivering`: a `delivering` there means an earlier delivery
 * was interrupted (the channel may already have it).
 */
export interface AlertClaim {
  readonly row: AlertRow;
  /** Records the outcome (null: leave it `delivering`, as a stop mid-send must) and lets the alert go. */
  settle(update: AlertUpdate | null, now: string): Promise<void>;
}

export interface WatchState {
  getSource(name: string): Promise<SourceRow | undefined>;
  recordPoll(outcome: PollOutcome, now: string): Promise<void>;
  /** Names among `names` that are due at `now` (never polled counts as due). */
  dueSources(names: readonly string[], now: string): Promise<string[]>;
  getItem(key: string): Promise<ItemRow | undefined>;
  /**
   * The key of the store's earliest signal by this actor (name
   * case-insensitive, same country), or null: "a new actor signalling for
   * the first time" is the signal whose key this is. Defined on the store's
   * own order (`signals.id` is insertion order), not on what a watcher
   * happened to see first, so the answer for a signal never changes, however
   * items are replayed or shared between watchers.
   */
  firstSignalKeyOfActor(name: string, country: string | null): Promise<string | null>;
  /**
   * In one transaction: queues the alerts (each only if no row exists for its
   * signal key and channel, whichever watcher got there first) and records
   * the item's mark. Returns how many alerts were new.
   */
  commitItem(alerts: readonly NewAlert[], mark: ItemMark | null, now: string): Promise<number>;
  /** Alerts to deliver now: pending and due, or interrupted mid-delivery; oldest first. */
  pendingAlerts(now: string, limit: number): Promise<AlertRow[]>;
  /**
   * Takes one alert for delivery and marks it `delivering`; null when it is
   * no longer due (delivered meanwhile) or another watcher holds it.
   */
  claimAlert(signalKey: string, channel: string, now: string): Promise<AlertClaim | null>;
  alertsByStatus(status: AlertStatus): Promise<AlertRow[]>;
  close(): Promise<void>;
}
