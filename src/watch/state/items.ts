/** Repository of `watch_items`: what became of every item seen. */
import type Database from 'better-sqlite3';
import { statement } from '../../store/sqlite/statements.ts';

/**
 * `stored`: in the store (document_id set); `skipped`: nothing to store (empty
 * post, duplicate, not HTML); `failed`: given up for good; `retry`: a
 * transient failure, tried again in a later round until the attempts run out.
 */
export type ItemStatus = 'stored' | 'skipped' | 'failed' | 'retry';

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

export function getItem(db: Database.Database, key: string): ItemRow | undefined {
  return statement(db, 'SELECT * FROM watch_items WHERE key = ?').get(key) as ItemRow | undefined;
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

/** Records an item's outcome; `retry` counts attempts, any other status resets them. */
export function markItem(db: Database.Database, mark: ItemMark, now: string): void {
  statement(
    db,
    `INSERT INTO watch_items (key, source, version, status, document_id, detail, attempts, meta, first_seen_at, processed_at)
     VALUES (@key, @source, @version, @status, @document_id, @detail, @attempts, @meta, @now, @now)
     ON CONFLICT(key) DO UPDATE SET
       version = excluded.version, status = excluded.status, document_id = excluded.document_id,
       detail = excluded.detail, meta = coalesce(excluded.meta, watch_items.meta), processed_at = excluded.processed_at,
       attempts = CASE WHEN excluded.status = 'retry' THEN watch_items.attempts + 1 ELSE 0 END`,
  ).run({
    key: mark.key,
    source: mark.source,
    version: mark.version,
    status: mark.status,
    document_id: mark.documentId ?? null,
    detail: mark.detail ?? null,
    attempts: mark.status === 'retry' ? 1 : 0,
    meta: mark.meta ? JSON.stringify(mark.meta) : null,
    now,
  });
}
