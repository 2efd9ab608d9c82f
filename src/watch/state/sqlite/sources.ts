/** Repository of `watch_sources`: validators, schedule and last outcome per source. */
import type Database from 'better-sqlite3';
import { statement } from '../../../store/sqlite/statements.ts';
import type { PollOutcome, SourceRow } from '../types.ts';

export function getSource(db: Database.Database, name: string): SourceRow | undefined {
  return statement(db, 'SELECT * FROM watch_sources WHERE name = ?').get(name) as SourceRow | undefined;
}

export function recordPoll(db: Database.Database, outcome: PollOutcome, now: string): void {
  const keep = outcome.etag === undefined && outcome.lastModified === undefined;
  statement(
    db,
    `INSERT INTO watch_sources (name, etag, last_modified, next_due_at, last_polled_at, last_ok_at, last_error, failures)
     VALUES (@name, @etag, @last_modified, @next_due_at, @now, CASE WHEN @ok THEN @now END, @error, CASE WHEN @ok THEN 0 ELSE 1 END)
     ON CONFLICT(name) DO UPDATE SET
       etag = CASE WHEN @keep THEN watch_sources.etag ELSE excluded.etag END,
       last_modified = CASE WHEN @keep THEN watch_sources.last_modified ELSE excluded.last_modified END,
       next_due_at = excluded.next_due_at, last_polled_at = excluded.last_polled_at,
       last_ok_at = coalesce(excluded.last_ok_at, watch_sources.last_ok_at),
       last_error = excluded.last_error,
       failures = CASE WHEN @ok THEN 0 ELSE watch_sources.failures + 1 END`,
  ).run({
    name: outcome.name,
    etag: outcome.etag ?? null,
    last_modified: outcome.lastModified ?? null,
    next_due_at: outcome.nextDueAt,
    now,
    ok: outcome.ok ? 1 : 0,
    error: outcome.error ?? null,
    keep: keep ? 1 : 0,
  });
}

/** Names among `names` that are due at `now` (never polled counts as due). */
export function dueSources(db: Database.Database, names: readonly string[], now: string): string[] {
  return names.filter((name) => {
    const row = getSource(db, name);
    return !row?.next_due_at || row.next_due_at <= now;
  });
}
