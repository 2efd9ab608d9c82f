/**
 * Row shapes as PostgreSQL returns them (STYLE.md §8): snake_case columns,
 * booleans as booleans, bigints as numbers (see connection.ts), bytea as
 * Buffer. Domain types live in src/document and ../types.ts.
 */

export interface DocumentRow {
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
  readonly relevant: boolean;
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
  readonly seq: number;
  readonly text: string;
  readonly reason: string;
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

export interface EvidenceRow {
  readonly id: number;
  readonly signal_id: number;
  readonly document_id: string;
  readonly start_offset: number;
  readonly end_offset: number;
  readonly text: string;
}
