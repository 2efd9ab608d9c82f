/**
 * Ingest over HTTP: who may, and how a request body becomes documents. The
 * analysis and saving are not here: the server is handed an `Ingestor` built
 * from the same pipeline and store path as `brink ingest` (src/cli/commands/serve.ts).
 *
 * Off unless a token is configured; then only `Authorization: Bearer <token>`
 * passes, compared in constant time so response timing does not leak how
 * much of a guess was right.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { RawDocument } from '../document/index.ts';
import { decodeBytes } from '../input/decode.ts';
import { MAX_INPUT_BYTES } from '../input/index.ts';
import { parseJsonFile, parseRecordLine } from '../input/records.ts';
import { BadBody, IngestDisabled, Unauthorized, UnsupportedMediaType } from './errors.ts';

export interface IngestOutcome {
  readonly source: string;
  readonly ok: boolean;
  readonly id: string | null;
  readonly cluster: string | null;
  readonly stored: boolean;
  readonly signalsAdded: number;
  readonly error: string | null;
}

/** Analyses and stores documents, one outcome per document, never throwing for a bad one. */
export type Ingestor = (docs: readonly RawDocument[]) => Promise<IngestOutcome[]>;

/** Largest request body: one document at the CLI's per-document limit. */
export const INGEST_MAX_BYTES = MAX_INPUT_BYTES;

/** Records in one request; more is a batch job for `brink ingest`, not an HTTP call. */
export const INGEST_MAX_RECORDS = 1000;

/** A token shorter than this is guessable; the server refuses to start with one. */
export const TOKEN_MIN_LENGTH = 16;

export const INGEST_TYPES = ['text/plain', 'text/html', 'application/json', 'application/x-ndjson'] as const;

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

/**
 * Throws unless `header` carries the configured token. Both sides are hashed
 * first so the comparison has a fixed length whatever the client sent.
 */
export function checkBearer(token: string | null, header: string | undefined): void {
  if (token === null) throw new IngestDisabled();
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  const given = match?.[1] ?? '';
  const ok = timingSafeEqual(digest(given), digest(token));
  if (!ok || given === '') throw new Unauthorized();
}

/** Metadata a text or HTML body can carry in the query string. */
export interface BodyMeta {
  readonly source?: string | undefined;
  readonly url?: string | undefined;
  readonly title?: string | undefined;
  readonly published?: string | undefined;
  readonly lang?: string | undefined;
}

export interface ParsedBody {
  readonly docs: RawDocument[];
  /** Records that could not become documents (bad JSON line, no text), by name. */
  readonly failures: IngestOutcome[];
}

const failed = (source: string, error: string): IngestOutcome => ({ source, ok: false, id: null, cluster: null, stored: false, signalsAdded: 0, error });

/**
 * The documents in a request body. `name` is the base of every document's
 * source (`http:<name>`, `http:<name>[3]` for a JSON array item,
 * `http:<name>:2` for an NDJSON line) unless the query gives one.
 */
export function parseIngestBody(contentType: string | undefined, bytes: Uint8Array, name: string, meta: BodyMeta): ParsedBody {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (!(INGEST_TYPES as readonly string[]).includes(type)) throw new UnsupportedMediaType(contentType, INGEST_TYPES);
  const decoded = decodeBytes(bytes, { html: type === 'text/html' });
  if (!decoded.ok) throw new BadBody(`body: ${decoded.error}`);
  const source = meta.source ?? name;
  if (type === 'text/plain' || type === 'text/html') {
    const docMeta = {
      ...(meta.url !== undefined ? { url: meta.url } : {}),
      ...(meta.title !== undefined ? { title: meta.title } : {}),
      ...(meta.published !== undefined ? { published: meta.published } : {}),
      ...(meta.lang !== undefined ? { lang: meta.lang } : {}),
    };
    return { docs: [{ source, content: decoded.text, format: type === 'text/html' ? 'html' : 'text', meta: docMeta }], failures: [] };
  }
  const docs: RawDocument[] = [];
  const failures: IngestOutcome[] = [];
  const take = (recordName: string, result: ReturnType<typeof parseRecordLine>) => {
    if (docs.length + failures.length >= INGEST_MAX_RECORDS) throw new BadBody(`more than ${INGEST_MAX_RECORDS} records in one request; use brink ingest for batches`);
    if (result.ok) docs.push(result.doc);
    else failures.push(failed(recordName, result.error));
  };
  if (type === 'application/json') {
    for (const item of parseJsonFile(decoded.text, source, INGEST_MAX_BYTES)) take(item.name, item.result);
  } else {
    const lines = decoded.text.split('\n');
    lines.forEach((line, i) => {
      if (line.trim() === '') return;
      const lineName = `${source}:${i + 1}`;
      take(lineName, parseRecordLine(line, lineName, INGEST_MAX_BYTES));
    });
  }
  if (docs.length === 0) {
    const first = failures[0];
    throw new BadBody(first ? `body holds no usable record: ${first.source}: ${first.error ?? ''}` : 'body holds no records');
  }
  return { docs, failures };
}
