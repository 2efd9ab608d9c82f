/**
 * What the API reads, as one async interface over either backend: one
 * method per query the app runs, each returning the rows the API sends.
 * `sqliteReadModel` (queries/sqlite.ts) wraps the synchronous, tuned SQLite
 * queries of queries/*.ts; `postgresReadModel` (queries/postgres/) runs the
 * same queries on PostgreSQL. Both take keys from the same sorts, so a
 * cursor means the same thing on either (cursor.ts).
 */
import type { KeyValue } from './cursor.ts';
import type { SearchQuery } from './fts.ts';
import type { ActorFilter } from './queries/actors.ts';
import type { AlertFilter } from './queries/alerts.ts';
import type { DocumentFilter } from './queries/documents.ts';
import type { EscalationParams } from './queries/escalation.ts';
import type { QuoteFilter } from './queries/quotes.ts';
import type { SignalFilter as SqliteSignalFilter } from './queries/signals.ts';
import type { StoreStats } from './queries/stats.ts';
import type {
  ActorDetail,
  ActorSummary,
  AlertItem,
  ClusterItem,
  DocumentDetail,
  DocumentSummary,
  Escalation,
  Indicators,
  QuoteItem,
  SignalItem,
  SignalSort,
} from './schemas.ts';

export { ACTOR_KEY_ARITY } from './queries/actors.ts';
export { ALERT_KEY_ARITY } from './queries/alerts.ts';
export { CLUSTER_KEY_ARITY } from './queries/clusters.ts';
export { DOCUMENT_KEY_ARITY } from './queries/documents.ts';
export { QUOTE_KEY_ARITY } from './queries/quotes.ts';
export { signalKeyArity } from './queries/signals.ts';
export type { ActorFilter, AlertFilter, EscalationParams, StoreStats };

/** A filter whose full-text search is the parsed search box (each backend makes its own query of it). */
type Searched<F> = Omit<F, 'match'> & { readonly match?: SearchQuery | undefined };

export type SignalFilter = Searched<SqliteSignalFilter>;
export type DocumentListFilter = Searched<DocumentFilter>;
export type QuoteListFilter = Searched<QuoteFilter>;

export interface Page<T> {
  readonly items: T[];
  /** Sort key of the last item when more follow, else null. */
  readonly nextKey: KeyValue[] | null;
}

export interface IndicatorParams {
  readonly asOf?: string | undefined;
  readonly countries?: readonly string[] | undefined;
}

export interface ReadModel {
  /** Which backend, for messages. */
  readonly backend: 'sqlite' | 'postgres';
  /**
   * A token that changes whenever the store may have changed (never stays
   * the same across a change): the app keeps aggregates until it moves.
   */
  version(): Promise<string>;
  stats(): Promise<StoreStats>;
  signals(filter: SignalFilter, sort: SignalSort, limit: number, after: KeyValue[] | null): Promise<Page<SignalItem>>;
  signal(key: string): Promise<SignalItem | null>;
  documents(filter: DocumentListFilter, sort: 'published' | '-published', limit: number, after: KeyValue[] | null): Promise<Page<DocumentSummary>>;
  document(id: string): Promise<DocumentDetail | null>;
  quotes(filter: QuoteListFilter, limit: number, after: KeyValue[] | null): Promise<Page<QuoteItem>>;
  actors(filter: ActorFilter, limit: number, after: KeyValue[] | null): Promise<Page<ActorSummary>>;
  actor(name: string): Promise<ActorDetail | null>;
  clusters(minSize: number, limit: number, after: KeyValue[] | null): Promise<Page<ClusterItem>>;
  escalation(params: EscalationParams): Promise<Escalation>;
  indicators(params: IndicatorParams): Promise<Indicators>;
  alerts(filter: AlertFilter, limit: number, after: KeyValue[] | null): Promise<Page<AlertItem>>;
  /** Loads what the first dashboard visit would otherwise wait for (the in-memory signal index). */
  warm(): Promise<void>;
  close(): Promise<void>;
}
