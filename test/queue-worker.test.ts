/**
 * Distributed ingest with real `brink worker` processes on PostgreSQL:
 * a worker SIGKILLed mid-job loses and duplicates nothing; copies of a story
 * taken by two workers at once end in one cluster; SIGTERM finishes the job
 * in hand and stops; documents that keep failing are retried, then
 * dead-lettered, listed, retried and purged. Needs BRINK_TEST_PG.
 *
 * Waits below poll the database with a generous limit: they guard against a
 * hang, they do not measure speed.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import Database from 'better-sqlite3';
import pg from 'pg';
import type { RawDocument } from '../src/document/index.ts';
import { readInputs, type InputItem } from '../src/input/index.ts';
import { startBoss, queueLocation } from '../src/queue/boss.ts';
import { deadLetters, enqueue, purgeDead, retryDead, setQueueSettings, startWorker } from '../src/queue/index.ts';
import { connectStore, type Store } from '../src/store/index.ts';
import { createTestDatabase, PG_URL, SKIP_MESSAGE, type TestDatabase } from './store-postgres-fixture.ts';
import { runCli } from '../src/cli/testing.ts';

const HTML = '../shared/corpus/html';
const SEEDS = '../shared/corpus/seeds';
/** Hang guard for every wait. */
const PATIENCE_MS = 180_000;

const dir = mkdtempSync(join(tmpdir(), 'brink-queue-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** Workers started and killed until one dies with a job in hand (each takes a few pages). */
const KILL_ATTEMPTS = 4;

async function waitFor<T>(what: string, probe: () => Promise<T | null | false>): Promise<T> {
  const deadline = Date.now() + PATIENCE_MS;
  for (;;) {
    const value = await probe();
    if (value !== null && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

interface Running {
  readonly child: ChildProcess;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stderr(): string;
}

/** A real `brink worker` process on the store at `url`; resolves once it is taking jobs. */
async function spawnWorker(url: string, ...args: string[]): Promise<Running> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', 'worker', '--db', url, '--poll', '1', '--reclaim', '1', ...args], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const running = { child, exited, stderr: () => err };
  await waitFor('the worker to start', async () => err.includes('taking documents') || (child.exitCode !== null ? Promise.reject(new Error(err)) : false));
  return running;
}

/** Runs `work` with a client on the test database. */
async function sql<T>(db: TestDatabase, work: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function jobStates(db: TestDatabase): Promise<Record<string, number>> {
  return sql(db, async (c) => {
    const { rows } = await c.query<{ state: string; n: number }>(
      "SELECT state::text AS state, count(*)::int AS n FROM pgboss.job WHERE name = 'brink-ingest' GROUP BY 1",
    );
    return Object.fromEntries(rows.map((r) => [r.state, r.n]));
  });
}

async function activeJobs(db: TestDatabase): Promise<string[]> {
  return sql(db, async (c) =>
    (await c.query<{ id: string }>("SELECT id::text AS id FROM pgboss.job WHERE name = 'brink-ingest' AND state = 'active'")).rows.map((r) => r.id),
  );
}

async function count(db: TestDatabase, table: string): Promise<number> {
  return sql(db, async (c) => (await c.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).rows[0]?.n ?? 0);
}

/** Documents as the input layer yields them. */
function items(docs: readonly RawDocument[]): Iterable<InputItem> {
  return docs.map((doc) => ({ ok: true, doc }));
}

/** A story as another outlet republishes it: its own header and footer, the paragraphs turned. */
function copyOf(seedFile: string, outlet: number): RawDocument {
  const [title = '', ...body] = readFileSync(join(SEEDS, seedFile), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
  const turn = outlet % body.length;
  const content = [title, `Publié par la rédaction numéro ${outlet}`, ...body.slice(turn), ...body.slice(0, turn), `Abonnez-vous à la lettre ${outlet}`].join('\n');
  return { source: `outlet-${outlet}/${seedFile}`, content, format: 'text', meta: {} };
}

if (PG_URL === undefined || PG_URL === '') {
  test('queue and workers', { skip: SKIP_MESSAGE }, () => undefined);
} else {
  const base = PG_URL;

  test('a worker killed mid-job loses nothing and duplicates nothing', async () => {
    const db = await createTestDatabase(base, 'brink_kill');
    try {
      // Distinct stories (no two in one cluster), so every stored record can be
      // compared field for field with a plain SQLite ingest of the same pages.
      const pages = readdirSync(HTML).filter((f) => f.endsWith('.html')).sort().slice(0, 40).map((f) => join(HTML, f));
      const sqlitePath = join(dir, 'reference.db');
      assert.equal((await runCli(['ingest', ...pages, '--db', sqlitePath])).code, 0);

      // A killed worker's job is taken again once it times out: 3 s here instead of minutes.
      await setQueueSettings(db.url, { jobTimeoutSeconds: 3, retryDelaySeconds: 1 });
      const queued = await enqueue(db.url, readInputs(pages));
      assert.deepEqual(queued, { queued: pages.length, present: 0, failed: 0 });

      // The worker polls once a second, so it can sit between two batches with nothing in hand:
      // a kill seen to land there proves nothing, and the next worker is killed in its turn.
      let inHand: string[] = [];
      for (let attempt = 1; attempt <= KILL_ATTEMPTS && inHand.length === 0; attempt++) {
        const worker = await spawnWorker(db.url, '--concurrency', '2');
        await waitFor('a job in progress after some documents are stored', async () => {
          if ((await count(db, 'documents')) < 4 * attempt) return null;
          return (await activeJobs(db)).length > 0;
        });
        worker.child.kill('SIGKILL');
        assert.equal((await worker.exited).signal, 'SIGKILL');
        // What is active now, with the worker dead, is what it had in hand.
        inHand = await activeJobs(db);
      }
      assert.ok(inHand.length > 0, `killed mid-job in one of ${KILL_ATTEMPTS} attempts`);
      assert.ok(((await jobStates(db))['created'] ?? 0) > 0, 'killed before the end of the queue');

      const second = await spawnWorker(db.url, '--concurrency', '2');
      await waitFor('every job done', async () => (await jobStates(db))['completed'] === pages.length);
      second.child.kill('SIGTERM');
      assert.equal((await second.exited).code, 0, second.stderr());

      // The jobs the killed worker had in hand were taken again and finished.
      const retried = await sql(db, async (c) =>
        (await c.query<{ state: string; retry_count: number }>("SELECT state::text, retry_count FROM pgboss.job WHERE id = ANY($1::uuid[])", [inHand])).rows,
      );
      assert.deepEqual(retried.map((r) => r.state), inHand.map(() => 'completed'));
      assert.ok(retried.every((r) => r.retry_count >= 1), 'each was retried after the kill');
      assert.deepEqual(await deadLetters(db.url), []);

      // Exactly the reference store's content: every document once, whole, with one source.
      const reference = new Database(sqlitePath, { readonly: true });
      const ids = reference.prepare('SELECT id FROM documents ORDER BY id').pluck().all() as string[];
      const tables = ['documents', 'document_sources', 'quotes', 'signal_sources', 'evidence', 'removed', 'clusters'];
      const expected = Object.fromEntries(tables.map((t) => [t, reference.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number]));
      reference.close();
      assert.equal(expected['clusters'], expected['documents'], 'the chosen pages are distinct stories');
      const got = Object.fromEntries(await Promise.all(tables.map(async (t) => [t, await count(db, t)] as const)));
      assert.deepEqual(got, expected);
      const [sqliteStore, pgStore] = [await connectStore(sqlitePath, { readonly: true }), await connectStore(db.url, { readonly: true })] as [Store, Store];
      try {
        for (const id of ids) {
          const [a, b] = [await sqliteStore.getDocument(id), await pgStore.getDocument(id)];
          assert.deepEqual({ ...b, cluster: null }, { ...a, cluster: null }, id);
          assert.deepEqual((await pgStore.documentSources(id)).map((s) => s.source), (await sqliteStore.documentSources(id)).map((s) => s.source));
        }
      } finally {
        await sqliteStore.close();
        await pgStore.close();
      }
    } finally {
      await db.drop();
    }
  });

  test('copies of one story taken by two workers at once end in one cluster', async () => {
    const db = await createTestDatabase(base, 'brink_race');
    try {
      const [a, b] = [await spawnWorker(db.url, '--concurrency', '2'), await spawnWorker(db.url, '--concurrency', '2')];
      // Queued once both are waiting, so both take copies at the same time.
      const copies = [...Array.from({ length: 16 }, (_, i) => copyOf('seed-000.txt', i)), ...Array.from({ length: 16 }, (_, i) => copyOf('seed-002.txt', 100 + i))];
      await enqueue(db.url, items(copies));
      await waitFor('every copy stored', async () => (await jobStates(db))['completed'] === copies.length);
      a.child.kill('SIGTERM');
      b.child.kill('SIGTERM');
      const exits = await Promise.all([a.exited, b.exited]);
      assert.deepEqual(exits.map((e) => e.code), [0, 0]);
      const storedBy = [a, b].map((w) => Number(/(\d+) documents stored/.exec(w.stderr())?.[1] ?? 0));
      assert.ok(storedBy.every((n) => n > 0), `both workers stored copies (${storedBy.join(' and ')})`);
      const clusters = await sql(db, async (c) =>
        (await c.query<{ story: string; clusters: number; size: number }>(
          `SELECT split_part(s.source, '/', 2) AS story, count(DISTINCT d.cluster)::int AS clusters, count(*)::int AS size
           FROM documents d JOIN document_sources s ON s.document_id = d.id GROUP BY 1 ORDER BY 1`,
        )).rows,
      );
      assert.deepEqual(clusters, [
        { story: 'seed-000.txt', clusters: 1, size: 16 },
        { story: 'seed-002.txt', clusters: 1, size: 16 },
      ]);
      assert.equal(await count(db, 'clusters'), 2);
    } finally {
      await db.drop();
    }
  });

  test('SIGTERM: the worker finishes the job in hand, takes no more, and exits cleanly', async () => {
    const db = await createTestDatabase(base, 'brink_term');
    try {
      const pages = readdirSync(HTML).filter((f) => f.endsWith('.html')).sort().slice(40, 70).map((f) => join(HTML, f));
      await enqueue(db.url, readInputs(pages));
      const worker = await spawnWorker(db.url, '--concurrency', '1');
      const inHand = await waitFor('a job in progress after a few are done', async () => {
        if (((await jobStates(db))['completed'] ?? 0) < 3) return null;
        const active = await activeJobs(db);
        return active.length > 0 ? active : null;
      });
      worker.child.kill('SIGTERM');
      const exit = await worker.exited;
      assert.deepEqual(exit, { code: 0, signal: null }, worker.stderr());
      assert.match(worker.stderr(), /stopping after the documents in hand/);
      const states = await jobStates(db);
      assert.equal(states['active'] ?? 0, 0, 'nothing left in progress');
      assert.ok((states['created'] ?? 0) > 0, 'the rest stays queued for another worker');
      const done = await sql(db, async (c) =>
        (await c.query<{ state: string }>('SELECT state::text FROM pgboss.job WHERE id = ANY($1::uuid[])', [inHand])).rows.map((r) => r.state),
      );
      assert.deepEqual(done, ['completed'], 'the job in hand at SIGTERM was finished, not abandoned');
      assert.equal(await count(db, 'documents'), states['completed']);
    } finally {
      await db.drop();
    }
  });

  test('documents that keep failing are retried, then dead-lettered, and can be retried or purged', async () => {
    const db = await createTestDatabase(base, 'brink_dead');
    try {
      const store = await connectStore(db.url);
      await store.close();
      // The store refuses every new document for now, as a store under repair would.
      await sql(db, (c) => c.query('ALTER TABLE documents ADD CONSTRAINT brink_test_closed CHECK (false) NOT VALID'));
      await setQueueSettings(db.url, { retries: 1, retryDelaySeconds: 1 });
      const good = [copyOf('seed-003.txt', 1), copyOf('seed-004.txt', 2)];
      await enqueue(db.url, items(good));
      // A job no Brink wrote: not a document at all, so retrying it cannot help.
      const boss = await startBoss(queueLocation(db.url));
      await boss.send('brink-ingest', { title: 'not a document' });
      await boss.stop({ graceful: false });

      const failures: string[] = [];
      const worker = await startWorker({ url: db.url, concurrency: 2, pollSeconds: 1, onFailure: (source, why, final) => failures.push(`${source} ${final ? 'dead' : 'retry'}: ${why}`) });
      const letters = await waitFor('three dead letters', async () => {
        const l = await deadLetters(db.url);
        return l.length === 3 ? l : null;
      });
      const bySource = Object.fromEntries(letters.map((l) => [l.source, l.error]));
      assert.match(bySource['(no source)'] ?? '', /no string "source"/);
      for (const doc of good) assert.match(bySource[doc.source] ?? '', /brink_test_closed/, doc.source);
      // The store's refusals were retried once each before they were dead-lettered; the non-document was not.
      assert.deepEqual(failures.filter((f) => f.includes(' retry: ')).length, 2, failures.join('\n'));

      const listed = await runCli(['queue', 'dead', '--db', db.url, '--json']);
      assert.equal(listed.code, 0);
      assert.deepEqual(listed.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { source: string }).source).sort(), ['(no source)', ...good.map((d) => d.source)].sort());

      await sql(db, (c) => c.query('ALTER TABLE documents DROP CONSTRAINT brink_test_closed'));
      assert.equal(await retryDead(db.url, letters.filter((l) => l.source !== '(no source)').map((l) => l.id)), 2);
      await waitFor('the retried documents stored', async () => (await count(db, 'documents')) === 2);
      assert.equal(await purgeDead(db.url), 1);
      assert.deepEqual(await deadLetters(db.url), []);
      const tally = await worker.stop();
      assert.equal(tally.stored, 2);
      const status = await runCli(['queue', 'status', '--db', db.url]);
      assert.match(status.stdout, /dead letters 0/);
    } finally {
      await db.drop();
    }
  });
}
