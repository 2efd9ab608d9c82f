/**
 * The watcher's alerts feed on PostgreSQL, as ../alerts.ts: one item per
 * signal key, newest first. The watch tables on PostgreSQL bear the SQLite
 * ones' names and columns (src/watch/state/); `rules` and `payload` hold
 * JSON (read as text, so either a text or a jsonb column serves). A store
 * never watched has no `watch_alerts`: an empty feed, not an error, checked
 * on every call since `brink serve --watch` creates the table while the
 * server runs.
 */
import type { Queryable } from '../../../store/postgres/connection.ts';
import type { KeyValue } from '../../cursor.ts';
import type { AlertFilter, Page } from '../../read-model.ts';
import type { AlertItem } from '../../schemas.ts';
import { toItem, type OutboxRow } from '../alerts.ts';
import { Params } from './params.ts';

export async function hasWatchTables(db: Queryable): Promise<boolean> {
  // to_regclass looks the name up on the search path: the store's schema.
  const { rows } = await db.query<{ t: string | null }>("SELECT to_regclass('watch_alerts')::text AS t");
  return rows[0]?.t != null;
}

/** Timestamps as the watcher writes them (ISO text); a timestamp column would come back as a Date. */
const iso = (v: unknown): string => (v instanceof Date ? v.toISOString() : String(v));

export async function listAlerts(db: Queryable, f: AlertFilter, limit: number, after: KeyValue[] | null): Promise<Page<AlertItem>> {
  if (!(await hasWatchTables(db))) return { items: [], nextKey: null };
  const p = new Params();
  const where: string[] = [];
  if (f.rule !== undefined) {
    where.push(`signal_key IN (SELECT a.signal_key FROM watch_alerts a, jsonb_array_elements_text(a.rules::jsonb) j(rule) WHERE j.rule = ${p.add(f.rule)})`);
  }
  const having: string[] = [];
  if (f.since !== undefined) having.push(`min(created_at) >= ${p.add(f.since)}`);
  if (after) {
    const created = p.add(after[0]);
    having.push(`(min(created_at) < ${created} OR (min(created_at) = ${created} AND signal_key < ${p.add(after[1])}))`);
  }
  const { rows: keys } = await db.query<{ signal_key: string; created: unknown }>(
    `SELECT signal_key, min(created_at) AS created FROM watch_alerts
     ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
     GROUP BY signal_key
     ${having.length ? `HAVING ${having.join(' AND ')}` : ''}
     ORDER BY created DESC, signal_key DESC LIMIT ${p.add(limit + 1)}`,
    p.values,
  );
  const more = keys.length > limit;
  const page = more ? keys.slice(0, limit) : keys;
  if (page.length === 0) return { items: [], nextKey: null };
  const { rows } = await db.query<Omit<OutboxRow, 'created_at' | 'delivered_at'> & { created_at: unknown; delivered_at: unknown }>(
    `SELECT signal_key, channel, rules::text AS rules, payload::text AS payload, status, created_at, delivered_at FROM watch_alerts
     WHERE signal_key = ANY($1::text[]) ORDER BY signal_key, created_at, channel`,
    [page.map((k) => k.signal_key)],
  );
  const byKey = new Map<string, OutboxRow[]>();
  for (const r of rows) {
    const row: OutboxRow = { ...r, created_at: iso(r.created_at), delivered_at: r.delivered_at === null ? null : iso(r.delivered_at) };
    const list = byKey.get(r.signal_key);
    if (list) list.push(row);
    else byKey.set(r.signal_key, [row]);
  }
  const items = page.flatMap((k) => {
    const group = byKey.get(k.signal_key);
    return group ? [toItem(group)] : [];
  });
  const last = page[page.length - 1]!;
  return { items, nextKey: more ? [iso(last.created), last.signal_key] : null };
}
