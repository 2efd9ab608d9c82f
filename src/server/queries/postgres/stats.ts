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
 * Exact counts: PostgreSQL keeps no row count (under MVCC each snapshot sees
 * its own), so each is a scan of the table's smallest index. They run at
 * once, each on its own pooled connection, not one after another in one
 * statement. The signals, the largest table, are counted from the in-memory
 * signal index when there is one (`signalCount`): it holds every signal of
 * the store (signals are never deleted). Estimates (pg_class.reltuples)
 * would cost nothing, but the API promises counts.
 */
export async function storeStats(db: Queryable, signalCount?: () => Promise<number>): Promise<StoreStats> {
  const count = async (table: 'documents' | 'clusters' | 'signals' | 'quotes' | 'actors') =>
    (await db.query<{ n: number }>(`SELECT count(*)::integer AS n FROM ${table}`)).rows[0]!.n;
  const [documents, clusters, signals, quotes, actors, first, latest] = await Promise.all([
    count('documents'),
    count('clusters'),
    signalCount ? signalCount() : count('signals'),
    count('quotes'),
    count('actors'),
    firstDay(db),
    latestDay(db),
  ]);
  return { documents, clusters, signals, quotes, actors, firstDay: first, latestDay: latest };
}
