/** Store-wide figures: counts and the reference date the time views count back from. */
import { today } from '../days.ts';
import { stmt, type Db } from './db.ts';

export interface StoreStats {
  readonly documents: number;
  readonly clusters: number;
  readonly signals: number;
  readonly quotes: number;
  readonly actors: number;
  readonly firstDay: string | null;
  readonly latestDay: string | null;
}

/**
 * The latest day the store knows about: the newest publication day, but
 * never after today (a mis-dated page from "2032" must not move every
 * window of the dashboard into the future). Signals are dated on or before
 * the publication that reports them, so publications bound them.
 */
export function latestDay(db: Db): string | null {
  const row = stmt(db, 'SELECT max(published_start) AS d FROM documents WHERE published_start <= ?').get(today()) as { d: string | null };
  return row.d;
}

export function firstDay(db: Db): string | null {
  const row = stmt(db, 'SELECT min(date_start) AS d FROM signals WHERE date_start IS NOT NULL').get() as { d: string | null };
  return row.d;
}

export function storeStats(db: Db): StoreStats {
  const count = (table: 'documents' | 'clusters' | 'signals' | 'quotes' | 'actors') =>
    (stmt(db, `SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return {
    documents: count('documents'),
    clusters: count('clusters'),
    signals: count('signals'),
    quotes: count('quotes'),
    actors: count('actors'),
    firstDay: firstDay(db),
    latestDay: latestDay(db),
  };
}
