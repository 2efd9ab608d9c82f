/**
 * What every backend computes the same way from the same columns: the
 * signal dedup key and the conversion of rows (./rows.ts) to domain objects
 * and records. Each backend only selects the rows; what a row means is said
 * once, here.
 */
import { createHash } from 'node:crypto';
import type {
  ActorKind,
  ActorRef,
  DatePrecision,
  DocumentRecord,
  Modality,
  Published,
  Signal,
  SignalType,
  Sourcing,
} from '../document/index.ts';
import type { DocumentRowOf, DocumentSignalRow, EvidenceRow, QuoteColumns } from './rows.ts';
import { periodOf } from './periods.ts';
import type { SourceRef, StoredSignal } from './types.ts';

type RecordQuote = DocumentRecord['quotes'][number];

/** The dedup key of a signal within its cluster (SCHEMA.md `signals.key`); both backends must agree on it. */
export function signalKey(cluster: string, signal: Pick<Signal, 'type' | 'actor' | 'date'>): string {
  const identity = JSON.stringify([cluster, signal.type, signal.actor.name, signal.actor.country, signal.actor.kind, signal.date]);
  return createHash('sha256').update(identity).digest('hex').slice(0, 24);
}

export function actorFromColumns(name: string, country: string | null, kind: string): ActorRef {
  return { name, country, kind: kind as ActorKind };
}

/** A signal row joined with its actor and first document's language, as both backends select it. */
export interface SignalColumns {
  readonly key: string;
  readonly cluster: string;
  readonly document_id: string;
  readonly type: string;
  readonly actor_name: string;
  readonly actor_country: string | null;
  readonly actor_kind: string;
  readonly target: string | null;
  readonly date: string | null;
  readonly date_precision: string | null;
  readonly severity: number;
  readonly modality: string;
  readonly sourcing: string;
  readonly quote: string | null;
  readonly confidence: number;
  readonly lang: string | null;
}

export function storedSignalFrom(r: SignalColumns, sources: readonly SourceRef[], evidence: StoredSignal['evidence']): StoredSignal {
  return {
    key: r.key,
    type: r.type as SignalType,
    actor: actorFromColumns(r.actor_name, r.actor_country, r.actor_kind),
    target: r.target,
    date: r.date,
    datePrecision: r.date_precision as DatePrecision | null,
    severity: r.severity,
    modality: r.modality as Modality,
    sourcing: r.sourcing as Sourcing,
    quote: r.quote,
    confidence: r.confidence,
    cluster: r.cluster,
    document: r.document_id,
    lang: r.lang,
    sources,
    evidence,
  };
}

export function publishedOf(row: Pick<DocumentRowOf<boolean | 0 | 1>, 'published_date' | 'published_precision' | 'published_method'>): Published | null {
  if (row.published_date === null || row.published_precision === null || row.published_method === null) return null;
  return {
    date: row.published_date,
    precision: row.published_precision as DatePrecision,
    method: row.published_method as Published['method'],
  };
}

/** A quote of a record from its row: the columns every reader of `quotes` selects. */
export function quoteFrom(row: QuoteColumns): RecordQuote {
  return {
    text: row.text,
    start: row.start_offset,
    end: row.end_offset,
    speaker: row.speaker_name !== null && row.speaker_kind !== null ? actorFromColumns(row.speaker_name, row.speaker_country, row.speaker_kind) : null,
    kind: row.kind as RecordQuote['kind'],
  };
}

/** A signal as one document's record lists it, with that document's evidence rows. */
export function documentSignalFrom(r: DocumentSignalRow, evidence: readonly EvidenceRow[]): Signal {
  return {
    type: r.type as SignalType,
    actor: actorFromColumns(r.actor_name, r.actor_country, r.actor_kind),
    target: r.target,
    date: r.date,
    severity: r.severity,
    modality: r.modality as Modality,
    sourcing: r.sourcing as Sourcing,
    quote: r.source_quote,
    evidence: evidence.map((e) => ({ start: e.start_offset, end: e.end_offset, text: e.text })),
    confidence: r.source_confidence,
  };
}

/** A stored document's output record (SIGNALS.md §6) from its row and its parts, read by the backend. */
export function recordFrom(
  row: DocumentRowOf<boolean | 0 | 1>,
  parts: Pick<DocumentRecord, 'removed' | 'quotes' | 'signals'>,
): DocumentRecord {
  return {
    id: row.id,
    source: row.source,
    lang: row.lang,
    relevant: row.relevant === true || row.relevant === 1,
    title: row.title,
    published: publishedOf(row),
    text: row.text,
    removed: parts.removed,
    quotes: parts.quotes,
    signals: parts.signals,
    cluster: row.cluster,
  };
}

/**
 * The values of a document row's columns from `id` to `text`, in the order
 * both backends' INSERTs list them (SCHEMA.md); each backend appends
 * `relevant` in its own type, then `cluster` and `ingested_at`.
 */
export function documentValues(record: DocumentRecord, url: string | null): readonly (string | null)[] {
  const published = record.published;
  const period = published ? periodOf(published.date) : null;
  return [
    record.id,
    record.source,
    url,
    record.lang,
    record.title,
    published?.date ?? null,
    published?.precision ?? null,
    published?.method ?? null,
    period?.start ?? null,
    period?.end ?? null,
    record.text,
  ];
}
