/**
 * The storage contract the rest of Brink uses (STYLE.md §6). Backends live in
 * one folder each (`sqlite/` now, `postgres/` later) and implement `Store`;
 * nothing here names a driver, so callers never learn which one they hold.
 *
 * Every method is async even though better-sqlite3 is synchronous: a network
 * database cannot be, and callers written against promises work with both.
 */
import type { Signature } from '../cluster/index.ts';
import type { ActorRef, DatePrecision, DocumentRecord, Modality, Published, SignalType, Sourcing } from '../document/index.ts';

/** What ingest hands the store for one analysed document. */
export interface DocumentInput {
  /** The output record (SIGNALS.md §6). Its `cluster` is ignored: the store assigns clusters. */
  readonly record: DocumentRecord;
  /** The document's canonical URL when known (page metadata, JSON record), else null. */
  readonly url: string | null;
  /** MinHash signature of `record.text`; null when the text has no words (the document is its own cluster). */
  readonly signature: Signature | null;
}

export interface SaveResult {
  /** False when a document with the same content id was already stored (nothing was added but maybe a source). */
  readonly stored: boolean;
  /** The content id. */
  readonly id: string;
  /** The cluster the document belongs to (for a new cluster, the document's own id). */
  readonly cluster: string;
  /** True when a stored document joined an existing cluster (a near-duplicate of earlier content). */
  readonly nearDuplicate: boolean;
  /** True when this call recorded a new source (path/URL) for the content. */
  readonly sourceAdded: boolean;
  /** Cluster-level signals this document created. */
  readonly signalsAdded: number;
  /** Signals of this document that were already known in its cluster (counted once, source added). */
  readonly signalsMerged: number;
}

/** Filters shared by signal and quote queries; every field narrows, absent fields do not. */
export interface SignalFilter {
  readonly type?: SignalType;
  /** Actor name, compared case-insensitively and exactly. */
  readonly actor?: string;
  /** Actor country or organisation code (`RU`, `NATO`). */
  readonly country?: string;
  readonly target?: string;
  readonly minSeverity?: number;
  /** `YYYY-MM-DD`: signals whose date period ends on or after it (undated signals are left out). */
  readonly since?: string;
  /** `YYYY-MM-DD`: signals whose date period starts on or before it (undated signals are left out). */
  readonly until?: string;
  /** Language of the document that first reported the signal. */
  readonly lang?: string;
  readonly sourcing?: Sourcing;
  readonly modality?: Modality;
  /** Only signals of this cluster. */
  readonly cluster?: string;
}

export interface QuoteFilter {
  /** Speaker name, case-insensitive, exact. */
  readonly actor?: string;
  /** Speaker country or organisation code. */
  readonly country?: string;
  readonly lang?: string;
  /** `YYYY-MM-DD`: quotes of documents published in a period ending on or after it. */
  readonly since?: string;
  /** `YYYY-MM-DD`: quotes of documents published in a period starting on or before it. */
  readonly until?: string;
  readonly kind?: 'direct' | 'partial';
}

export interface SourceRef {
  readonly document: string;
  readonly source: string;
  readonly url: string | null;
}

/** One deduplicated signal as stored: counted once per cluster, with every document that reported it. */
export interface StoredSignal {
  /** The dedup key: same cluster, actor, type and date give the same key. */
  readonly key: string;
  readonly type: SignalType;
  readonly actor: ActorRef;
  readonly target: string | null;
  readonly date: string | null;
  readonly datePrecision: DatePrecision | null;
  readonly severity: number;
  readonly modality: Modality;
  readonly sourcing: Sourcing;
  readonly quote: string | null;
  readonly confidence: number;
  readonly cluster: string;
  /** The first document that reported it. */
  readonly document: string;
  readonly lang: string | null;
  /** Every document (and its sources) that reported it, first first. */
  readonly sources: readonly SourceRef[];
  /** Evidence sentences from every reporting document; offsets are into that document's text. */
  readonly evidence: readonly { readonly document: string; readonly start: number; readonly end: number; readonly text: string }[];
}

export interface StoredQuote {
  readonly document: string;
  readonly source: string;
  readonly lang: string | null;
  readonly published: Published | null;
  readonly cluster: string;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly speaker: ActorRef | null;
  readonly kind: 'direct' | 'partial';
}

export interface StoreCounts {
  readonly documents: number;
  readonly sources: number;
  readonly clusters: number;
  readonly signals: number;
  readonly quotes: number;
  readonly actors: number;
}

export interface Store {
  /**
   * Stores one analysed document in one transaction: all of its rows or none.
   * Idempotent: the same content again adds nothing, except its source when
   * that path/URL is new.
   */
  saveDocument(input: DocumentInput): Promise<SaveResult>;
  /** The stored document as its record (first source; this document's own quotes, evidence and quote per signal). */
  getDocument(id: string): Promise<DocumentRecord | null>;
  /** Every source (path/URL) recorded for a content id, first first. */
  documentSources(id: string): Promise<readonly SourceRef[]>;
  /** The cluster id of a stored document, or null if it is not stored. */
  clusterOf(id: string): Promise<string | null>;
  /** Content ids in a cluster, in the order they were stored. */
  clusterMembers(cluster: string): AsyncIterable<string>;
  /** Streams signals matching the filter, oldest date first (undated last); never loads the table. */
  signals(filter?: SignalFilter): AsyncIterable<StoredSignal>;
  /** Streams quotes matching the filter, in document then text order. */
  quotes(filter?: QuoteFilter): AsyncIterable<StoredQuote>;
  counts(): Promise<StoreCounts>;
  close(): Promise<void>;
}

/** The store could not be opened or migrated; the message names the path and why. */
export class StoreOpenError extends Error {
  override readonly name = 'StoreOpenError';
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`cannot open store ${path}: ${reason}`);
  }
}
