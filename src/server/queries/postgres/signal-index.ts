/**
 * The in-memory signal index (../signal-index.ts) loaded from PostgreSQL.
 * The time views (escalation index, indicators board, actor activity)
 * aggregate over every signal; over typed arrays that is milliseconds where
 * SQL would visit and join every row on each computation.
 *
 * Refreshed when the read model's version moves, with the signals added
 * since. Unlike SQLite's single writer, several PostgreSQL writers take ids
 * in one order and may commit in another: a smaller id can appear after a
 * larger one was loaded. So the ids skipped between loads are remembered
 * and asked for again on each refresh, for GAP_TTL_MS (no transaction saving
 * one document stays open that long; a gap left by a rolled-back save is
 * then forgotten).
 */
import type pg from 'pg';
import { SIGNAL_INDEX_COLUMNS, SIGNAL_INDEX_FROM, SignalIndexData, type SignalIndex, type SignalIndexRow } from '../signal-index.ts';

/** How long a skipped id is looked for again. */
export const GAP_TTL_MS = 10 * 60_000;
/** Skipped ids remembered at most (beyond it the oldest go first): a bound on the refresh query's size. */
const GAPS_MAX = 10_000;
/** Rows per fetch while loading: the first load of a large store streams instead of holding every row twice. */
const BATCH = 20_000;

export class PgSignalIndex {
  private readonly data = new SignalIndexData();
  private version: string | null = null;
  private readonly gaps = new Map<number, number>();
  private loading: Promise<void> | null = null;

  constructor(private readonly pool: pg.Pool) {}

  /** The index, brought up to `version` (the read model's) if it moved since the last call. */
  async at(version: string): Promise<SignalIndex> {
    while (this.version !== version) {
      if (!this.loading) {
        this.loading = this.load(version).finally(() => {
          this.loading = null;
        });
      }
      await this.loading;
    }
    return this.data;
  }

  private async load(version: string): Promise<void> {
    const now = Date.now();
    for (const [id, seen] of this.gaps) if (now - seen > GAP_TTL_MS) this.gaps.delete(id);
    const before = this.data.lastId;
    const client = await this.pool.connect();
    const found: number[] = [];
    try {
      await client.query('BEGIN READ ONLY');
      await client.query(
        `DECLARE brink_signal_index NO SCROLL CURSOR FOR
         SELECT ${SIGNAL_INDEX_COLUMNS} FROM ${SIGNAL_INDEX_FROM} WHERE s.id > $1 OR s.id = ANY($2::bigint[]) ORDER BY s.id`,
        [before, [...this.gaps.keys()]],
      );
      for (;;) {
        const { rows } = await client.query<SignalIndexRow & unknown[]>({ text: `FETCH ${BATCH} FROM brink_signal_index`, rowMode: 'array' });
        for (const r of rows) {
          this.data.add(r);
          found.push(r[0]);
        }
        if (rows.length < BATCH) break;
      }
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
    // Ids skipped past `before` are the gaps to look for next time.
    let expected = before + 1;
    for (const id of found) {
      this.gaps.delete(id);
      if (id <= before) continue;
      for (let g = expected; g < id && this.gaps.size < GAPS_MAX; g++) this.gaps.set(g, now);
      expected = id + 1;
    }
    this.version = version;
  }
}
