/** Store-wide figures on PostgreSQL, as ../stats.ts. */
import type { Queryable } from '../../../store/postgres/connection.ts';
import { today } from '../../days.ts';
import type { StoreStats } from '../stats.ts';

/** The newest publication day, never after today (see ../stats.ts). */
export async function latestDay(db: Queryable): Promise<string | null> {
  const { rows } = await db.query<{ d: string | null }>('SELECT max(published_start) AS d FROM documents WHERE published_start <= $1', [today()]);
  return rows[0]?.d ?? null;
}

export async function firstDay(db: Queryable): Promise<string | null> {
  const { rows } = await db.query<{ d: string | null }>('SELECT min(date_start) AS d FROM signals WHERE date_start IS NOT NULL');
  return rows[0]?.d ?? null;
}

/**
 * The counts from `store_counts` (store migration 005), which the store's
 * triggers keep in the writing transactions: exact for this snapshot, and
 * a few rows to sum where count(*) scanned a million (~140 ms at 1M
 * documents).
 */
export async function storeStats(db: Queryable): Promise<StoreStats> {
  const [counts, first, latest] = await Promise.all([
    db.query<{ name: string; n: number }>('SELECT name, sum(n)::integer AS n FROM store_counts GROUP BY name'),
    firstDay(db),
    latestDay(db),
  ]);
  const n = new Map(counts.rows.map((r) => [r.name, r.n]));
  const count = (table: string) => n.get(table) ?? 0;
  return {
    documents: count('documents'),
    clusters: count('clusters'),
    signals: count('signals'),
    quotes: count('quotes'),
    actors: count('actors'),
    firstDay: first,
    latestDay: latest,
  };
}
