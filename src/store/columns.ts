/**
 * What every backend computes the same way from the same columns: the
 * signal dedup key and the conversion of signal rows to domain objects. Each
 * backend keeps its own row types (SQLite 0/1, PostgreSQL booleans…); these
 * functions take only the columns both return alike.
 */
import { createHash } from 'node:crypto';
import type { ActorKind, ActorRef, DatePrecision, Modality, Signal, SignalType, Sourcing } from '../document/index.ts';
import type { SourceRef, StoredSignal } from './types.ts';

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
