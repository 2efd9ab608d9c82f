/**
 * Row shapes as both backends return them (STYLE.md §8): snake_case columns,
 * nested data flattened. The backends differ in one column only: SQLite has
 * no boolean type and returns `relevant` as 0/1, PostgreSQL as a boolean
 * (and its bigints as numbers, see postgres/connection.ts), so the document
 * row takes its flag type as a parameter. Domain types live in src/document
 * and ./types.ts; ./columns.ts converts rows to them for both backends.
 */

export interface DocumentRowOf<Flag extends boolean | 0 | 1> {
  readonly seq: number;
  readonly id: string;
  readonly source: string;
  readonly url: string | null;
  readonly lang: string | null;
  readonly title: string | null;
  readonly published_date: string | null;
  readonly published_precision: string | null;
  readonly published_method: string | null;
  readonly published_start: string | null;
  readonly published_end: string | null;
  readonly text: string;
  readonly relevant: Flag;
  readonly cluster: string;
  readonly ingested_at: string;
}

export interface DocumentSourceRow {
  readonly document_id: string;
  readonly source: string;
  readonly url: string | null;
  readonly added_at: string;
}

export interface RemovedRow {
  readonly document_id: string;
  readonly seq: number;
  readonly text: string;
  readonly reason: string;
}

export interface ActorRow {
  readonly id: number;
  readonly name: string;
  readonly country: string | null;
  readonly kind: string;
}

export interface QuoteRow {
  readonly id: number;
  readonly document_id: string;
  readonly seq: number;
  readonly start_offset: number;
  readonly end_offset: number;
  readonly text: string;
  readonly speaker_id: number | null;
  readonly speaker_name: string | null;
  readonly speaker_country: string | null;
  readonly speaker_kind: string | null;
  readonly kind: string;
}

/** The columns of a quote every reader of `quotes` selects (a record's quote, the evidence view's). */
export type QuoteColumns = Pick<QuoteRow, 'text' | 'start_offset' | 'end_offset' | 'speaker_name' | 'speaker_country' | 'speaker_kind' | 'kind'>;

export interface SignalRow {
  readonly id: number;
  readonly key: string;
  readonly cluster: string;
  readonly document_id: string;
  readonly type: string;
  readonly actor_id: number;
  readonly target: string | null;
  readonly date: string | null;
  readonly date_precision: string | null;
  readonly date_start: string | null;
  readonly date_end: string | null;
  readonly severity: number;
  readonly modality: string;
  readonly sourcing: string;
  readonly quote: string | null;
  readonly confidence: number;
  readonly sources: number;
}

/**
 * A signal as one document reports it: the cluster-level row joined with
 * that document's `signal_sources` row (its own quote and confidence) and
 * the actor's columns.
 */
export type DocumentSignalRow = SignalRow & {
  readonly seq: number;
  readonly source_quote: string | null;
  readonly source_confidence: number;
  readonly actor_name: string;
  readonly actor_country: string | null;
  readonly actor_kind: string;
};

export interface EvidenceRow {
  readonly id: number;
  readonly signal_id: number;
  readonly document_id: string;
  readonly start_offset: number;
  readonly end_offset: number;
  readonly text: string;
}
