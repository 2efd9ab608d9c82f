/**
 * The dashboard's client for the Brink API. Response types come from the
 * server's zod schemas (type-only import: no zod in the bundle), so a change
 * of shape on the server fails the dashboard's type-check.
 */
import type {
  ActorDetail,
  AlertItem,
  ActorSummary,
  DocumentDetail,
  Escalation,
  Indicators,
  QuoteItem,
  SignalItem,
  Stats,
} from '../../src/server/schemas.ts';

export type { ActorDetail, AlertItem, ActorSummary, DocumentDetail, Escalation, Indicators, QuoteItem, SignalItem, Stats };

export interface Page<T> {
  readonly items: T[];
  readonly next: string | null;
}

/** An API error, carrying the server's message (which names the offending parameter). */
export class ApiFailure extends Error {
  override readonly name = 'ApiFailure';
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export type Params = Readonly<Record<string, string | number | undefined | null>>;

/** `path?params`, skipping empty values. */
export function apiUrl(path: string, params: Params = {}): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') search.set(k, String(v));
  const qs = search.toString();
  return qs ? `${path}?${qs}` : path;
}

async function get<T>(path: string, params: Params = {}, signal?: AbortSignal): Promise<T> {
  const res = await fetch(apiUrl(path, params), { headers: { accept: 'application/json' }, ...(signal ? { signal } : {}) });
  if (!res.ok) {
    let message = `${res.status} ${res.statusText}`;
    try {
      const body = (await res.json()) as { error?: { message?: string } };
      if (body.error?.message) message = body.error.message;
    } catch {
      // keep the status line
    }
    throw new ApiFailure(res.status, message);
  }
  return (await res.json()) as T;
}

export const api = {
  stats: (signal?: AbortSignal) => get<Stats>('/api/stats', {}, signal),
  escalation: (params: Params, signal?: AbortSignal) => get<Escalation>('/api/escalation', params, signal),
  escalationSignals: (params: Params, signal?: AbortSignal) => get<Page<SignalItem>>('/api/escalation/signals', params, signal),
  indicators: (params: Params, signal?: AbortSignal) => get<Indicators>('/api/indicators', params, signal),
  signals: (params: Params, signal?: AbortSignal) => get<Page<SignalItem>>('/api/signals', params, signal),
  quotes: (params: Params, signal?: AbortSignal) => get<Page<QuoteItem>>('/api/quotes', params, signal),
  document: (id: string, signal?: AbortSignal) => get<DocumentDetail>(`/api/documents/${encodeURIComponent(id)}`, {}, signal),
  actors: (params: Params, signal?: AbortSignal) => get<Page<ActorSummary>>('/api/actors', params, signal),
  actor: (name: string, signal?: AbortSignal) => get<ActorDetail>(`/api/actors/${encodeURIComponent(name)}`, {}, signal),
  alerts: (params: Params, signal?: AbortSignal) => get<Page<AlertItem>>('/api/alerts', params, signal),
};
