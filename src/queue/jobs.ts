/**
 * What a queued job carries: the raw document, as read from the input
 * (before any analysis, so a worker with a newer pipeline analyses it anew).
 */
import { createHash } from 'node:crypto';
import type { RawDocument } from '../document/index.ts';

export type JobData = RawDocument;

/**
 * The job id of a raw document: a UUID made from a hash of its source and
 * content. Enqueueing the same document twice makes the same id, which
 * pg-boss refuses to insert twice, so a rerun of `brink ingest --queue`
 * queues only what is new. (The store's own idempotence is by content id,
 * so even a document queued again later is stored once.)
 */
export function jobIdOf(doc: Pick<RawDocument, 'source' | 'content'>): string {
  const hex = createHash('sha256').update(doc.source).update('\0').update(doc.content).digest('hex');
  // RFC 9562 layout: version 8 (custom, hash-based) and the RFC variant bits.
  const variant = ((parseInt(hex[16] as string, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const META_KEYS = ['url', 'title', 'published', 'lang', 'author'] as const;

/** The job's data as a raw document, or a reason it is not one (a job written by something else). */
export function jobDocument(data: unknown): { ok: true; doc: RawDocument } | { ok: false; error: string } {
  if (typeof data !== 'object' || data === null) return { ok: false, error: 'job data is not an object' };
  const d = data as Record<string, unknown>;
  if (typeof d['source'] !== 'string') return { ok: false, error: 'job data has no string "source"' };
  if (typeof d['content'] !== 'string') return { ok: false, error: 'job data has no string "content"' };
  if (d['format'] !== 'text' && d['format'] !== 'html') return { ok: false, error: 'job data "format" is neither "text" nor "html"' };
  const meta: Record<string, string> = {};
  if (typeof d['meta'] === 'object' && d['meta'] !== null) {
    const m = d['meta'] as Record<string, unknown>;
    for (const key of META_KEYS) {
      const value = m[key];
      if (typeof value === 'string') meta[key] = value;
    }
  }
  return { ok: true, doc: { source: d['source'], content: d['content'], format: d['format'], meta } };
}
