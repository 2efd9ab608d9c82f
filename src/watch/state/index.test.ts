/**
 * The watch state on each backend: SQLite, and PostgreSQL when BRINK_TEST_PG
 * is set (test/store-postgres-fixture.ts). The same tests run on both; the
 * sharing tests (two watchers on one store) run on PostgreSQL, the backend
 * made for it.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import Database from 'better-sqlite3';
import pg from 'pg';
import { createPipeline } from '../../pipeline/index.ts';
import { documentInput } from '../../ingest/index.ts';
import { toRecord } from '../../document/index.ts';
import { connectStore, type Store } from '../../store/index.ts';
import { urlFor, useTestDatabase } from '../../../test/store-postgres-fixture.ts';
import { connectWatchState, type WatchState } from './index.ts';
import { migrateWatchDown, watchVersion } from './sqlite/index.ts';
import { currentVersion, migrateDown, migrateUp } from '../../store/postgres/migrate.ts';
import { WATCH_PG_SET } from './postgres/migrations.ts';

const dir = mkdtempSync(join(tmpdir(), 'brink-watch-state-'));
after(() => rmSync(dir, { recursive: true, force: true }));

interface Backend {
  readonly name: string;
  /** A new, empty store location. */
  location(): string;
  /** Names of the watch tables present in the store. */
  watchTables(location: string): Promise<string[]>;
  /** The watch-state version, after rolling it back to `target` (null: no rollback). */
  version(location: string, target: number | null): Promise<number>;
}

const WATCH_TABLES = ['watch_alerts', 'watch_items', 'watch_sources'];

let files = 0;
const sqlite: Backend = {
  name: 'sqlite',
  location: () => join(dir, `state-${files++}.db`),
  watchTables(location) {
    const db = new Database(location, { readonly: true });
    try {
      return Promise.resolve(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'watch\\_%' ESCAPE '\\' AND name != 'watch_schema_version' ORDER BY name").pluck().all() as string[]);
    } finally {
      db.close();
    }
  },
  version(location, target) {
    const db = new Database(location);
    try {
      return Promise.resolve(target === null ? watchVersion(db) : migrateWatchDown(db, target));
    } finally {
      db.close();
    }
  },
};

const database = useTestDatabase('watch state: postgres');
let schemas = 0;
async function withClient<T>(location: string, work: (client: pg.Client, schema: string) => Promise<T>): Promise<T> {
  const url = new URL(location);
  const schema = url.searchParams.get('schema') ?? 'public';
  url.searchParams.delete('schema');
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    return await work(client, schema);
  } finally {
    await client.end();
  }
}
const postgres: Backend | null = database
  ? {
      name: 'postgres',
      location: () => urlFor(database().url, database().name, `watch_${schemas++}`),
      async watchTables(location) {
        return withClient(location, async (client, schema) => {
          const { rows } = await client.query<{ table_name: string }>(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = $1 AND table_name LIKE 'watch\\_%' AND table_name != 'watch_schema_version' ORDER BY table_name",
            [schema],
          );
          return rows.map((r) => r.table_name);
        });
      },
      async version(location, target) {
        return withClient(location, (client, schema) => (target === null ? currentVersion(client, schema, WATCH_PG_SET) : migrateDown(client, schema, target, WATCH_PG_SET)));
      },
    }
  : null;

const BACKENDS = postgres ? [sqlite, postgres] : [sqlite];

/** A store with real signals in it (two seed pages through the real pipeline) and its watch state. */
async function openBoth(backend: Backend, seeds: readonly string[] = []): Promise<{ location: string; store: Store; state: WatchState; close: () => Promise<void> }> {
  const location = backend.location();
  const store = await connectStore(location);
  const pipeline = seeds.length > 0 ? createPipeline() : null;
  for (const seed of seeds) {
    const doc = pipeline!.run({ source: seed, content: readFileSync(join('../shared/corpus/seeds', seed), 'utf8'), format: 'text', meta: {} });
    await store.saveDocument({ ...documentInput(doc), record: toRecord(doc) });
  }
  const state = await connectWatchState(location);
  return {
    location,
    store,
    state,
    close: async () => {
      await state.close();
      await store.close();
    },
  };
}

const T0 = '2024-11-19T16:00:00.000Z';
const T1 = '2024-11-19T16:05:00.000Z';
const T2 = '2024-11-19T16:10:00.000Z';

/** First answers per backend, compared across backends at the end. */
const firstKeys = new Map<string, Record<string, string | null>>();

for (const backend of BACKENDS) {
  describe(`watch state: ${backend.name}`, () => {
    test('a store never watched has no watch tables; the state creates them, versioned, and rolls back', async () => {
      const location = backend.location();
      const store = await connectStore(location);
      assert.deepEqual(await backend.watchTables(location), [], 'the store alone has no watch tables');
      const state = await connectWatchState(location);
      await state.close();
      const again = await connectWatchState(location); // opening twice migrates once
      await again.close();
      assert.deepEqual(await backend.watchTables(location), WATCH_TABLES);
      assert.equal(await backend.version(location, null), 1);
      assert.equal(await backend.version(location, 0), 0);
      assert.deepEqual(await backend.watchTables(location), []);
      assert.equal((await store.counts()).documents, 0, 'the store is untouched');
      await store.close();
    });

    test('sources: validators kept across a failed poll, failures counted then reset, schedule', async () => {
      const { state, close } = await openBoth(backend);
      try {
        assert.equal(await state.getSource('wire'), undefined);
        assert.deepEqual(await state.dueSources(['wire', 'other'], T0), ['wire', 'other'], 'never polled is due');
        await state.recordPoll({ name: 'wire', ok: true, etag: '"v1"', lastModified: 'Tue, 19 Nov 2024 15:00:00 GMT', nextDueAt: T1 }, T0);
        await state.recordPoll({ name: 'wire', ok: false, error: 'HTTP 503', nextDueAt: T2 }, T1);
        await state.recordPoll({ name: 'wire', ok: false, error: 'HTTP 503', nextDueAt: T2 }, T1);
        const failing = await state.getSource('wire');
        assert.deepEqual(
          [failing?.etag, failing?.last_modified, failing?.failures, failing?.last_error, failing?.last_ok_at, failing?.last_polled_at],
          ['"v1"', 'Tue, 19 Nov 2024 15:00:00 GMT', 2, 'HTTP 503', T0, T1],
        );
        assert.deepEqual(await state.dueSources(['wire', 'other'], T1), ['other'], 'not due before next_due_at');
        assert.deepEqual(await state.dueSources(['wire', 'other'], T2), ['wire', 'other']);
        await state.recordPoll({ name: 'wire', ok: true, etag: null, lastModified: null, nextDueAt: T2 }, T2);
        const back = await state.getSource('wire');
        assert.deepEqual([back?.etag, back?.failures, back?.last_error, back?.last_ok_at], [null, 0, null, T2]);
      } finally {
        await close();
      }
    });

    test('items: retry counts attempts, any other outcome resets them; metadata kept when not given again', async () => {
      const { state, close } = await openBoth(backend);
      try {
        const mark = { key: 'https://example.org/a', source: 'wire', version: '' };
        await state.commitItem([], { ...mark, status: 'retry', detail: 'timeout', meta: { channel: 'x' } }, T0);
        await state.commitItem([], { ...mark, status: 'retry', detail: 'timeout' }, T1);
        const retried = await state.getItem(mark.key);
        assert.deepEqual([retried?.status, retried?.attempts, retried?.meta, retried?.first_seen_at, retried?.processed_at], ['retry', 2, '{"channel":"x"}', T0, T1]);
        await state.commitItem([], { ...mark, status: 'stored', documentId: 'doc1' }, T2);
        const stored = await state.getItem(mark.key);
        assert.deepEqual([stored?.status, stored?.attempts, stored?.document_id, stored?.detail, stored?.meta], ['stored', 0, 'doc1', null, '{"channel":"x"}']);
        assert.equal(await state.getItem('https://example.org/never'), undefined);
      } finally {
        await close();
      }
    });

    test('alerts: one row per signal and channel, delivered in order, claimed, retried, given up', async () => {
      const { state, close } = await openBoth(backend);
      try {
        const alert = (signalKey: string, channel: string) => ({ signalKey, channel, rules: ['r1', 'r2'], payload: { id: signalKey } });
        assert.equal(await state.commitItem([alert('k2', 'hook'), alert('k1', 'hook'), alert('k1', 'file')], null, T0), 3);
        assert.equal(await state.commitItem([alert('k1', 'hook'), alert('k3', 'hook')], { key: 'i', source: 's', version: '', status: 'stored' }, T1), 1, 'only k3 is new');
        const pending = await state.pendingAlerts(T1, 10);
        assert.deepEqual(pending.map((r) => `${r.signal_key}:${r.channel}`), ['k1:file', 'k1:hook', 'k2:hook', 'k3:hook'], 'oldest first, then by key and channel');
        assert.deepEqual(JSON.parse(pending[0]!.rules), ['r1', 'r2']);
        assert.deepEqual(JSON.parse(pending[0]!.payload), { id: 'k1' });
        assert.deepEqual((await state.pendingAlerts(T0, 10)).length, 3, 'k3 is not due before it was created');

        const claim = await state.claimAlert('k1', 'hook', T1);
        assert.ok(claim);
        assert.equal(claim.row.status, 'pending');
        await claim.settle({ status: 'delivered' }, T2);
        assert.equal(await state.claimAlert('k1', 'hook', T2), null, 'delivered: nothing to claim');
        const done = await state.alertsByStatus('delivered');
        assert.deepEqual(done.map((r) => [r.signal_key, r.channel, r.delivered_at]), [['k1', 'hook', T2]]);

        // A failed delivery: back to pending, one attempt more, due later; then an interrupted one.
        const failing = await state.claimAlert('k2', 'hook', T1);
        assert.ok(failing);
        await failing.settle({ status: 'pending', error: 'HTTP 503', nextAttemptAt: T2, failedAttempt: true }, T1);
        assert.equal(await state.claimAlert('k2', 'hook', T1), null, 'not due again before its backoff');
        const interrupted = await state.claimAlert('k2', 'hook', T2);
        assert.ok(interrupted);
        assert.deepEqual([interrupted.row.attempts, interrupted.row.last_error], [1, 'HTTP 503']);
        await interrupted.settle(null, T2);
        const resumed = await state.claimAlert('k2', 'hook', T2);
        assert.equal(resumed?.row.status, 'delivering', 'a delivery left unsettled is found interrupted');
        await resumed?.settle({ status: 'failed', error: 'gave up', failedAttempt: true }, T2);
        const failed = await state.alertsByStatus('failed');
        assert.deepEqual(failed.map((r) => [r.signal_key, r.attempts, r.last_error]), [['k2', 2, 'gave up']]);
      } finally {
        await close();
      }
    });

    test("an actor's first signal is the store's earliest by that actor, whatever the name's case", async () => {
      const { store, state, close } = await openBoth(backend, ['seed-000.txt', 'seed-004.txt']);
      try {
        const answers: Record<string, string | null> = {};
        const byActor = new Map<string, Set<string>>();
        for await (const s of store.signals()) {
          const id = JSON.stringify([s.actor.name, s.actor.country]);
          byActor.set(id, (byActor.get(id) ?? new Set()).add(s.key));
        }
        assert.ok(byActor.size >= 2, 'the seeds have signals by several actors');
        for (const [id, keys] of byActor) {
          const [name, country] = JSON.parse(id) as [string, string | null];
          const first = await state.firstSignalKeyOfActor(name, country);
          assert.ok(first !== null && keys.has(first), `${id}: one of the actor's own signals`);
          assert.equal(await state.firstSignalKeyOfActor(name.toUpperCase(), country), first, 'case-insensitive');
          answers[id] = first;
        }
        assert.equal(await state.firstSignalKeyOfActor('Nobody Atall', null), null);
        firstKeys.set(backend.name, answers);
      } finally {
        await close();
      }
    });
  });
}

if (postgres) {
  describe('watch state shared by two watchers (postgres)', () => {
    test('the same alerts queued by both at once are written once; each is new to exactly one of them', async () => {
      const location = postgres.location();
      const store = await connectStore(location);
      const [a, b] = await Promise.all([connectWatchState(location), connectWatchState(location)]);
      try {
        const alerts = Array.from({ length: 20 }, (_, n) => ({ signalKey: `k${n}`, channel: n % 2 ? 'hook' : 'file', rules: ['r'], payload: { n } }));
        const mark = { key: 'item', source: 's', version: '', status: 'stored' as const };
        const results = await Promise.all([
          ...Array.from({ length: 4 }, () => a.commitItem(alerts, mark, T0)),
          ...Array.from({ length: 4 }, () => b.commitItem([...alerts].reverse(), mark, T0)),
        ]);
        assert.equal(results.reduce((x, y) => x + y, 0), 20, `new counts ${results.join(', ')}`);
        assert.equal((await a.pendingAlerts(T1, 100)).length, 20);
      } finally {
        await a.close();
        await b.close();
        await store.close();
      }
    });

    test('an alert claimed by one watcher is skipped by the other until it is settled', async () => {
      const location = postgres.location();
      const store = await connectStore(location);
      const [a, b] = await Promise.all([connectWatchState(location), connectWatchState(location)]);
      try {
        await a.commitItem([{ signalKey: 'k', channel: 'hook', rules: ['r'], payload: {} }], null, T0);
        const claims = await Promise.all([a.claimAlert('k', 'hook', T1), b.claimAlert('k', 'hook', T1)]);
        assert.equal(claims.filter((c) => c !== null).length, 1, 'one of the two claims succeeds');
        const held = claims.find((c) => c !== null)!;
        assert.equal(await b.claimAlert('k', 'hook', T1), null);
        assert.equal(await a.claimAlert('k', 'hook', T1), null, 'even from another connection of the same watcher');
        await held.settle({ status: 'delivered' }, T1);
        assert.equal(await b.claimAlert('k', 'hook', T2), null, 'delivered by the other: nothing to send');
        assert.equal((await b.alertsByStatus('delivered')).length, 1);
      } finally {
        await a.close();
        await b.close();
        await store.close();
      }
    });

    test('a watcher opening a schema nobody created yet creates it (tables never land in another schema)', async () => {
      const location = postgres.location();
      await withClient(location, async (client, schema) => {
        assert.equal(await migrateUp(client, schema, undefined, WATCH_PG_SET), 1);
        const { rows } = await client.query<{ n: number }>("SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = $1 AND table_name LIKE 'watch%'", [schema]);
        assert.equal(rows[0]?.n, 4, 'three tables and the version table');
      });
    });
  });
}

test('both backends name the same first signal for every actor', { skip: postgres ? false : 'BRINK_TEST_PG is not set' }, () => {
  assert.deepEqual(firstKeys.get('postgres'), firstKeys.get('sqlite'));
});
