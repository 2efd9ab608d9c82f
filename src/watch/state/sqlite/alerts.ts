/**
 * Repository of `watch_alerts`, the outbox. A row is written in the same
 * transaction as the item that raised it, then delivered; its primary key
 * (signal key, channel) is what makes one signal alert once per channel,
 * however many outlets report it and however often the watcher restarts.
 */
import type Database from 'better-sqlite3';
import { statement } from '../../../store/sqlite/statements.ts';
import type { AlertRow, AlertStatus, AlertUpdate } from '../types.ts';

/** Queues an alert unless one exists for this signal and channel; returns whether it was new. */
export function enqueueAlert(db: Database.Database, signalKey: string, channel: string, rules: readonly string[], payload: unknown, now: string): boolean {
  return (
    statement(
      db,
      `INSERT OR IGNORE INTO watch_alerts (signal_key, channel, rules, payload, status, attempts, next_attempt_at, created_at)
       VALUES (?, ?, ?, ?, 'pending', 0, ?, ?)`,
    ).run(signalKey, channel, JSON.stringify(rules), JSON.stringify(payload), now, now).changes > 0
  );
}

/** Alerts to deliver now: pending and due, or interrupted mid-delivery; oldest first. */
export function pendingAlerts(db: Database.Database, now: string, limit: number): AlertRow[] {
  return statement(
    db,
    `SELECT * FROM watch_alerts WHERE status IN ('pending', 'delivering') AND next_attempt_at <= ?
     ORDER BY created_at, signal_key, channel LIMIT ?`,
  ).all(now, limit) as AlertRow[];
}

export function markAlert(db: Database.Database, signalKey: string, channel: string, update: AlertUpdate, now: string): void {
  statement(
    db,
    `UPDATE watch_alerts SET status = @status, last_error = @error,
       attempts = attempts + @failed,
       next_attempt_at = coalesce(@next, next_attempt_at),
       delivered_at = CASE WHEN @status = 'delivered' THEN @now ELSE delivered_at END
     WHERE signal_key = @key AND channel = @channel`,
  ).run({
    status: update.status,
    error: update.error ?? null,
    failed: update.failedAttempt ? 1 : 0,
    next: update.nextAttemptAt ?? null,
    now,
    key: signalKey,
    channel,
  });
}

export function alertsByStatus(db: Database.Database, status: AlertStatus): AlertRow[] {
  return statement(db, 'SELECT * FROM watch_alerts WHERE status = ? ORDER BY created_at, signal_key').all(status) as AlertRow[];
}

export function getAlert(db: Database.Database, signalKey: string, channel: string): AlertRow | undefined {
  return statement(db, 'SELECT * FROM watch_alerts WHERE signal_key = ? AND channel = ?').get(signalKey, channel) as AlertRow | undefined;
}
