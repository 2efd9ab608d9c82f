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

export async function storeStats(db: Queryable): Promise<StoreStats> {
  const [counts, first, latest] = await Promise.all([
    db.query<Omit<StoreStats, 'firstDay' | 'latestDay'>>(`SELECT
      (SELECT count(*) FROM documents)::integer AS documents,
      (SELECT count(*) FROM clusters)::integer AS clusters,
      (SELECT count(*) FROM signals)::integer AS signals,
      (SELECT count(*) FROM quotes)::integer AS quotes,
      (SELECT count(*) FROM actors)::integer AS actors`),
    firstDay(db),
    latestDay(db),
  ]);
  return { ...counts.rows[0]!, firstDay: first, latestDay: latest };
}
