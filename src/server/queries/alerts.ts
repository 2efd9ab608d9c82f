/**
 * Alert reads: the watcher's outbox (`watch_alerts`, src/watch/state/) as a
 * feed, newest first. The outbox holds one row per (signal key, channel);
 * the feed shows one alert per signal key, with the rules matched over every
 * channel, when it was first raised, and how each channel's delivery went.
 *
 * The watch tables exist only in stores a watcher has opened; a store never
 * watched has no alerts, which is an empty feed, not an error. The check is
 * made on every call because `brink serve --watch` creates them while the
 * server is already running.
 */
import type { KeyValue } from '../cursor.ts';
import type { AlertItem } from '../schemas.ts';
import { stmt, type Db } from './db.ts';

export interface AlertFilter {
  readonly rule?: string | undefined;
  /** ISO date-time (UTC, as the watcher writes `created_at`): alerts raised at or after it. */
  readonly since?: string | undefined;
}

/** Sort key: (first created_at, signal_key), both descending. */
export const ALERT_KEY_ARITY = 2;

export interface OutboxRow {
  signal_key: string;
  channel: string;
  rules: string;
  payload: string;
  status: 'pending' | 'delivering' | 'delivered' | 'failed';
  created_at: string;
  delivered_at: string | null;
}

export function hasWatchTables(db: Db): boolean {
  return stmt(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'watch_alerts'").get() !== undefined;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

const record = (v: unknown): Record<string, unknown> => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/**
 * One feed item from a signal's outbox rows. The payload is what channels
 * were sent (src/watch/alerts `Alert`); it is read defensively, since a row
 * written by another Brink version may lack a field.
 */
export function toItem(rows: readonly OutboxRow[]): AlertItem {
  const first = rows[0]!;
  const payload = record(parseJson(first.payload));
  const signal = record(payload['signal']);
  const actor = record(signal['actor']);
  const document = record(payload['document']);
  const rules: string[] = [];
  for (const r of rows) for (const name of strings(parseJson(r.rules))) if (!rules.includes(name)) rules.push(name);
  const kind = str(actor['kind']);
  return {
    id: first.signal_key,
    rules,
    createdAt: rows.reduce((min, r) => (r.created_at < min ? r.created_at : min), first.created_at),
    signal: {
      key: str(signal['key']) ?? first.signal_key,
      type: (str(signal['type']) ?? 'THREAT') as AlertItem['signal']['type'],
      actor: {
        name: str(actor['name']) ?? '',
        country: str(actor['country']),
        kind: (kind === 'official' || kind === 'expert' || kind === 'media' || kind === 'intl_org' ? kind : 'official'),
      },
      target: str(signal['target']),
      date: str(signal['date']),
      severity: typeof signal['severity'] === 'number' ? Math.trunc(signal['severity']) : 0,
    },
    evidence: strings(payload['evidence'])[0] ?? null,
    document: { id: str(document['id']) ?? '', source: str(document['source']) ?? '', url: str(document['url']), title: str(document['title']) },
    sources: (Array.isArray(payload['sources']) ? payload['sources'] : []).map(record).map((s) => ({
      document: str(s['document']) ?? '',
      source: str(s['source']) ?? '',
      url: str(s['url']),
    })),
    deliveries: rows.map((r) => ({ channel: r.channel, status: r.status, deliveredAt: r.delivered_at })),
  };
}

export function listAlerts(db: Db, f: AlertFilter, limit: number, after: KeyValue[] | null): { items: AlertItem[]; nextKey: KeyValue[] | null } {
  if (!hasWatchTables(db)) return { items: [], nextKey: null };
  const where: string[] = [];
  const whereParams: unknown[] = [];
  if (f.rule !== undefined) {
    where.push('signal_key IN (SELECT a.signal_key FROM watch_alerts a, json_each(a.rules) j WHERE j.value = ?)');
    whereParams.push(f.rule);
  }
  const having: string[] = [];
  const havingParams: unknown[] = [];
  if (f.since !== undefined) {
    having.push('created >= ?');
    havingParams.push(f.since);
  }
  if (after) {
    having.push('(created < ? OR (created = ? AND signal_key < ?))');
    havingParams.push(after[0], after[0], after[1]);
  }
  const keys = stmt(
    db,
    `SELECT signal_key, min(created_at) AS created FROM watch_alerts
     ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
     GROUP BY signal_key
     ${having.length ? `HAVING ${having.join(' AND ')}` : ''}
     ORDER BY created DESC, signal_key DESC LIMIT ?`,
  ).all(...whereParams, ...havingParams, limit + 1) as { signal_key: string; created: string }[];
  const more = keys.length > limit;
  const page = more ? keys.slice(0, limit) : keys;
  if (page.length === 0) return { items: [], nextKey: null };
  const rows = stmt(
    db,
    `SELECT signal_key, channel, rules, payload, status, created_at, delivered_at FROM watch_alerts
     WHERE signal_key IN (SELECT value FROM json_each(?)) ORDER BY signal_key, created_at, channel`,
  ).all(JSON.stringify(page.map((k) => k.signal_key))) as OutboxRow[];
  const byKey = new Map<string, OutboxRow[]>();
  for (const r of rows) {
    const list = byKey.get(r.signal_key);
    if (list) list.push(r);
    else byKey.set(r.signal_key, [r]);
  }
  const items = page.flatMap((k) => {
    const group = byKey.get(k.signal_key);
    return group ? [toItem(group)] : [];
  });
  const last = page[page.length - 1]!;
  return { items, nextKey: more ? [last.created, last.signal_key] : null };
}
