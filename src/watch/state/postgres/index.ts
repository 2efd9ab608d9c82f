/**
 * The watcher's state in a PostgreSQL store, beside the store's tables (in
 * the store's schema, `?schema=NAME` included). Crash safety is the SQLite
 * backend's (see ../sqlite/index.ts): the store saves a document in its own
 * transaction, then the item's alerts and seen-mark are one transaction here.
 *
 * What PostgreSQL adds is watchers on several machines sharing one store:
 *
 * - Marking and queuing are race-safe by their keys: the outbox insert is
 *   `ON CONFLICT DO NOTHING` on (signal key, channel), so when two watchers
 *   process the same item at once, one row is written and only the watcher
 *   whose insert wrote it counts the alert as new; the seen-mark is an upsert.
 *   Rows are inserted in key order, so two such transactions never deadlock.
 * - Delivery is claimed: a watcher takes a session advisory lock on the
 *   alert (try-lock, never waiting), reads the row again, and delivers only
 *   if it is still due. Another watcher skips a held alert; a watcher that
 *   dies mid-send loses its connection and with it the lock, so the row,
 *   left `delivering`, is taken up as interrupted, as after a crash on SQLite.
 *   One alert therefore reaches each channel once, whichever watcher sends it.
 */
import { createHash } from 'node:crypto';
import type pg from 'pg';
import { createPool, describePgError, parseLocation, transaction, type PgLocation } from '../../../store/postgres/connection.ts';
import { StoreOpenError } from '../../../store/types.ts';
import type { AlertClaim, AlertRow, AlertUpdate, ItemMark, ItemRow, NewAlert, PollOutcome, SourceRow, WatchState } from '../types.ts';
import { migrateUp } from '../../../store/postgres/migrate.ts';
import { WATCH_PG_SET } from './migrations.ts';

/**
 * First integer of the alert-claim advisory locks: Brink's space ('BRK') with
 * tag 0x20, apart from the store's tags (src/store/postgres/locks.ts: 0x01
 * migrations, 0x02 documents, 0x40… bands).
 */
const ALERT_CLAIM_SPACE = 0x42524b20;

/** Connections of the watch state's own pool: one held by a delivery, the rest for the sources' marks. */
const POOL_SIZE = 3;

/** The second integer of an alert's lock: its schema, key and channel hashed (locks are per database, not per schema). */
function alertLock(schema: string, signalKey: string, channel: string): [number, number] {
  const hash = createHash('sha256').update(`${schema}\0${signalKey}\0${channel}`).digest();
  return [ALERT_CLAIM_SPACE, hash.readInt32BE(0)];
}

export interface PostgresWatchState extends WatchState {
  /** Connected and migrated; rejects with the StoreOpenError every other call would get. */
  ready(): Promise<void>;
}

async function markAlert(db: pg.ClientBase | pg.Pool, signalKey: string, channel: string, update: AlertUpdate, now: string): Promise<void> {
  await db.query(
    `UPDATE watch_alerts SET status = $1, last_error = $2,
       attempts = attempts + $3,
       next_attempt_at = coalesce($4, next_attempt_at),
       delivered_at = CASE WHEN $1 = 'delivered' THEN $5 ELSE delivered_at END
     WHERE signal_key = $6 AND channel = $7`,
    [update.status, update.error ?? null, update.failedAttempt ? 1 : 0, update.nextAttemptAt ?? null, now, signalKey, channel],
  );
}

async function markItem(db: pg.ClientBase, mark: ItemMark, now: string): Promise<void> {
  await db.query(
    `INSERT INTO watch_items (key, source, version, status, document_id, detail, attempts, meta, first_seen_at, processed_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9)
     ON CONFLICT (key) DO UPDATE SET
       version = excluded.version, status = excluded.status, document_id = excluded.document_id,
       detail = excluded.detail, meta = coalesce(excluded.meta, watch_items.meta), processed_at = excluded.processed_at,
       attempts = CASE WHEN excluded.status = 'retry' THEN watch_items.attempts + 1 ELSE 0 END`,
    [
      mark.key,
      mark.source,
      mark.version,
      mark.status,
      mark.documentId ?? null,
      mark.detail ?? null,
      mark.status === 'retry' ? 1 : 0,
      mark.meta ? JSON.stringify(mark.meta) : null,
      now,
    ],
  );
}

/** Inserts the alerts not queued yet, in key order; returns how many this call wrote. */
async function enqueueAlerts(db: pg.ClientBase, alerts: readonly NewAlert[], now: string): Promise<number> {
  const sorted = [...alerts].sort((a, b) => (a.signalKey < b.signalKey ? -1 : a.signalKey > b.signalKey ? 1 : a.channel < b.channel ? -1 : a.channel > b.channel ? 1 : 0));
  let added = 0;
  for (const a of sorted) {
    const { rowCount } = await db.query(
      `INSERT INTO watch_alerts (signal_key, channel, rules, payload, status, attempts, next_attempt_at, created_at)
       VALUES ($1, $2, $3, $4, 'pending', 0, $5, $5)
       ON CONFLICT (signal_key, channel) DO NOTHING`,
      [a.signalKey, a.channel, JSON.stringify(a.rules), JSON.stringify(a.payload), now],
    );
    added += rowCount ?? 0;
  }
  return added;
}

/** Rows ordered as SQLite orders them (byte-wise text). */
const ALERT_ORDER = 'created_at COLLATE "C", signal_key COLLATE "C", channel COLLATE "C"';

/**
 * Opens the watch state of the PostgreSQL store at `url`. Returns at once;
 * connecting and migrating happen in the background and every call waits for
 * them. Await `ready()` to surface a connection failure up front.
 */
export function openPostgresWatchState(url: string): PostgresWatchState {
  let location: PgLocation;
  try {
    location = parseLocation(url);
  } catch (error) {
    throw new StoreOpenError(url, (error as Error).message);
  }
  const schema = location.schema;
  const pool = createPool(location, { max: POOL_SIZE, applicationName: 'brink-watch' });
  const opening = (async () => {
    const client = await pool.connect();
    try {
      await migrateUp(client, schema, undefined, WATCH_PG_SET);
    } finally {
      client.release();
    }
  })().catch((error: unknown) => {
    throw new StoreOpenError(location.display, `watch state: ${describePgError(error, location)}`);
  });
  opening.catch(() => undefined);
  let closed = false;
  const ready = async (): Promise<pg.Pool> => {
    if (closed) throw new Error(`watch state of ${location.display} is closed`);
    await opening;
    return pool;
  };

  return {
    async ready() {
      await ready();
    },
    async getSource(name) {
      const { rows } = await (await ready()).query<SourceRow>('SELECT * FROM watch_sources WHERE name = $1', [name]);
      return rows[0];
    },
    async recordPoll(outcome: PollOutcome, now) {
      const keep = outcome.etag === undefined && outcome.lastModified === undefined;
      await (await ready()).query(
        `INSERT INTO watch_sources (name, etag, last_modified, next_due_at, last_polled_at, last_ok_at, last_error, failures)
         VALUES ($1, $2, $3, $4, $5::text, CASE WHEN $6::boolean THEN $5::text END, $7, CASE WHEN $6::boolean THEN 0 ELSE 1 END)
         ON CONFLICT (name) DO UPDATE SET
           etag = CASE WHEN $8::boolean THEN watch_sources.etag ELSE excluded.etag END,
           last_modified = CASE WHEN $8::boolean THEN watch_sources.last_modified ELSE excluded.last_modified END,
           next_due_at = excluded.next_due_at, last_polled_at = excluded.last_polled_at,
           last_ok_at = coalesce(excluded.last_ok_at, watch_sources.last_ok_at),
           last_error = excluded.last_error,
           failures = CASE WHEN $6::boolean THEN 0 ELSE watch_sources.failures + 1 END`,
        [outcome.name, outcome.etag ?? null, outcome.lastModified ?? null, outcome.nextDueAt, now, outcome.ok, outcome.error ?? null, keep],
      );
    },
    async dueSources(names, now) {
      const { rows } = await (await ready()).query<{ name: string }>(
        'SELECT name FROM watch_sources WHERE name = ANY($1::text[]) AND next_due_at IS NOT NULL AND next_due_at > $2',
        [[...names], now],
      );
      const waiting = new Set(rows.map((r) => r.name));
      return names.filter((name) => !waiting.has(name));
    },
    async getItem(key) {
      const { rows } = await (await ready()).query<ItemRow>('SELECT * FROM watch_items WHERE key = $1', [key]);
      return rows[0];
    },
    async firstSignalKeyOfActor(name, country) {
      // lower() where SQLite says COLLATE NOCASE (the store's actors_name index is on lower(name)).
      const { rows } = await (await ready()).query<{ key: string }>(
        `SELECT s.key FROM signals s JOIN actors a ON a.id = s.actor_id
         WHERE lower(a.name) = lower($1) AND a.country IS NOT DISTINCT FROM $2::text ORDER BY s.id LIMIT 1`,
        [name, country],
      );
      return rows[0]?.key ?? null;
    },
    async commitItem(alerts, mark, now) {
      return transaction(await ready(), async (client) => {
        const added = await enqueueAlerts(client, alerts, now);
        if (mark) await markItem(client, mark, now);
        return added;
      });
    },
    async pendingAlerts(now, limit) {
      const { rows } = await (await ready()).query<AlertRow>(
        `SELECT * FROM watch_alerts WHERE status IN ('pending', 'delivering') AND next_attempt_at <= $1 ORDER BY ${ALERT_ORDER} LIMIT $2`,
        [now, limit],
      );
      return rows;
    },
    async claimAlert(signalKey, channel, now): Promise<AlertClaim | null> {
      const client = await (await ready()).connect();
      const lock = alertLock(schema, signalKey, channel);
      let held = false;
      let released = false;
      const release = async () => {
        if (released) return;
        released = true;
        let broken: Error | undefined;
        try {
          if (held) await client.query('SELECT pg_advisory_unlock($1, $2)', lock);
        } catch (error) {
          broken = error as Error; // dropping the connection drops the lock with it
        }
        held = false;
        client.release(broken);
      };
      try {
        const { rows: got } = await client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1, $2) AS ok', lock);
        held = got[0]?.ok === true;
        if (!held) {
          await release();
          return null;
        }
        // Read again under the lock: another watcher may have delivered it since the listing.
        const { rows } = await client.query<AlertRow>(
          `SELECT * FROM watch_alerts WHERE signal_key = $1 AND channel = $2 AND status IN ('pending', 'delivering') AND next_attempt_at <= $3`,
          [signalKey, channel, now],
        );
        const row = rows[0];
        if (!row) {
          await release();
          return null;
        }
        await markAlert(client, signalKey, channel, { status: 'delivering' }, now);
        let settled = false;
        return {
          row,
          async settle(update, at) {
            if (settled) return;
            settled = true;
            try {
              if (update) await markAlert(client, signalKey, channel, update, at);
            } finally {
              await release();
            }
          },
        };
      } catch (error) {
        await release();
        throw error;
      }
    },
    async alertsByStatus(status) {
      const { rows } = await (await ready()).query<AlertRow>(`SELECT * FROM watch_alerts WHERE status = $1 ORDER BY created_at COLLATE "C", signal_key COLLATE "C"`, [status]);
      return rows;
    },
    async close() {
      if (closed) return;
      closed = true;
      await opening.catch(() => undefined);
      await pool.end();
    },
  };
}
