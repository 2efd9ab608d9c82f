/** Repository of `watch_items`: what became of every item seen. */
import type Database from 'better-sqlite3';
import { statement } from '../../../store/sqlite/statements.ts';
import type { ItemMark, ItemRow } from '../types.ts';

export function getItem(db: Database.Database, key: string): ItemRow | undefined {
  return statement(db, 'SELECT * FROM watch_items WHERE key = ?').get(key) as ItemRow | undefined;
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
