/**
 * What one poll of one source did, for the log line and for tests. Counts
 * are of items (feed entries, posts, files), not of documents.
 */
export interface SourceReport {
  readonly name: string;
  readonly type: string;
  /** `not-modified`: 304 or unchanged file; `error`: the source itself could not be read. */
  status: 'ok' | 'not-modified' | 'error' | 'stopped';
  error: string | null;
  /** Items the source listed. */
  listed: number;
  /** Items new or changed since last time (before the per-round limit). */
  fresh: number;
  /** Stored as new documents. */
  stored: number;
  /** Content already in the store (same text from elsewhere). */
  present: number;
  /** Nothing to store (no text, pipeline found nothing to keep). */
  skipped: number;
  /** Given up for good, each with a reason in `problems`. */
  failed: number;
  /** Transient failures left for a later round. */
  retry: number;
  /** New alert outbox rows. */
  alerts: number;
  readonly problems: string[];
}

export function emptyReport(name: string, type: string): SourceReport {
  return { name, type, status: 'ok', error: null, listed: 0, fresh: 0, stored: 0, present: 0, skipped: 0, failed: 0, retry: 0, alerts: 0, problems: [] };
}

/** One line per source and round: `wire: 12 listed, 3 new → 2 stored, 1 failed, 1 alert`. */
export function formatReport(r: SourceReport): string {
  if (r.status === 'error') return `${r.name}: ${r.error ?? 'failed'}`;
  if (r.status === 'not-modified') return `${r.name}: not modified`;
  const parts = [
    r.stored && `${r.stored} stored`,
    r.present && `${r.present} already stored`,
    r.skipped && `${r.skipped} skipped`,
    r.failed && `${r.failed} failed`,
    r.retry && `${r.retry} to retry`,
    r.alerts && `${r.alerts} alert${r.alerts === 1 ? '' : 's'}`,
  ].filter(Boolean);
  const tail = r.status === 'stopped' ? ' (stopped)' : '';
  return `${r.name}: ${r.listed} listed, ${r.fresh} new${parts.length ? ` → ${parts.join(', ')}` : ''}${tail}`;
}
