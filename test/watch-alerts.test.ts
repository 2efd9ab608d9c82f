/**
 * Alerts end to end: rules on stored signals, one alert per distinct signal
 * (the same story from several outlets, later rounds, a new watcher, a
 * replayed item), delivery to a JSONL file, stdout and a webhook that fails
 * twice before it accepts, signed with HMAC-SHA256.
 *
 * The signals stage is replaced by a table (sentence → signal) so that these
 * tests pin the watcher's behaviour, not the extraction's; everything else is
 * the real pipeline, store and servers. Each test runs on SQLite, and on
 * PostgreSQL when BRINK_TEST_PG is set, where two watchers sharing one store
 * (as on two machines) are tested too.
 */
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { after, describe, test } from 'node:test';
import Database from 'better-sqlite3';
import { createPool, parseLocation } from '../src/store/postgres/connection.ts';
import type { Doc, Signal } from '../src/document/index.ts';
import { createPipeline, type Pipeline } from '../src/pipeline/index.ts';
import { createWatcher, parseConfig, SIGNATURE_HEADER, type Alert, type Watcher } from '../src/watch/index.ts';
import { articleHtml, rssXml, type FeedItemSpec } from '../src/watch/testing/news.ts';
import { serve, startServer, type TestServer } from '../src/watch/testing/server.ts';
import { urlFor, useTestDatabase } from './store-postgres-fixture.ts';

const dir = mkdtempSync(join(tmpdir(), 'brink-alerts-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** Where a test's store lives, and plain SQL on it (the watch tables have the same names and columns on both). */
interface Backend {
  readonly name: string;
  store(base: string): string;
  rows<T>(store: string, sql: string): Promise<T[]>;
}

async function scalar(backend: Backend, store: string, sql: string): Promise<unknown> {
  const [row] = await backend.rows<Record<string, unknown>>(store, sql);
  return row ? Object.values(row)[0] : undefined;
}

const sqlite: Backend = {
  name: 'sqlite',
  store: (base) => join(base, 'brink.db'),
  rows<T>(store: string, sql: string) {
    const db = new Database(store);
    try {
      const statement = db.prepare(sql);
      return Promise.resolve((statement.reader ? statement.all() : (statement.run(), [])) as T[]);
    } finally {
      db.close();
    }
  },
};

const database = useTestDatabase('watch alerts on PostgreSQL');
let schemas = 0;
const postgres: Backend | null = database
  ? {
      name: 'postgres',
      store: () => urlFor(database().url, database().name, `alerts_${schemas++}`),
      async rows<T>(store: string, sql: string) {
        // The store's own pool: its search_path is the store's schema, and counts come back as numbers.
        const pool = createPool(parseLocation(store), { max: 1 });
        try {
          return (await pool.query(sql)).rows as T[];
        } finally {
          await pool.end();
        }
      },
    }
  : null;

const BACKENDS = postgres ? [sqlite, postgres] : [sqlite];

const SECRET = 'test-secret-of-enough-length';
// No timeout here: the fetcher's default applies, so a loaded machine cannot turn a slow answer into a retry.
const FAST = { hostDelayMs: 0, backoffBaseMs: 5, backoffCapMs: 20, attempts: 2 };

const THREAT_SENTENCE = 'Former Russian President Dmitry Medvedev said on Tuesday that Moscow could use nuclear weapons if Western missiles struck deep inside Russia, adding that this was not a bluff.';
const POSTURE_SENTENCE = 'NATO began its annual Steadfast Noon nuclear exercise on Monday, with sixty aircraft taking part over Belgium and the North Sea.';

const SECOND_THREAT = 'Dmitry Medvedev wrote on Monday that Russia’s patience was running out and that nuclear weapons remained the final argument.';

/** The stand-in signals stage: a signal for each known sentence found in the cleaned text. */
const TABLE: readonly { sentence: string; signal: Omit<Signal, 'evidence'> }[] = [
  {
    sentence: THREAT_SENTENCE,
    signal: { type: 'THREAT', actor: { name: 'Dmitry Medvedev', country: 'RU', kind: 'official' }, target: 'WEST', date: '2024-11-19', severity: 4, modality: 'public', sourcing: 'on_record', quote: 'not a bluff', confidence: 0.9 },
  },
  {
    sentence: SECOND_THREAT,
    signal: { type: 'THREAT', actor: { name: 'Dmitry Medvedev', country: 'RU', kind: 'official' }, target: 'WEST', date: '2024-12-02', severity: 4, modality: 'public', sourcing: 'on_record', quote: null, confidence: 0.9 },
  },
  {
    sentence: POSTURE_SENTENCE,
    signal: { type: 'POSTURE', actor: { name: 'NATO', country: 'NATO', kind: 'intl_org' }, target: null, date: '2024-10-14', severity: 1, modality: 'public', sourcing: 'on_record', quote: null, confidence: 0.8 },
  },
];

function tablePipeline(): Pipeline {
  const real = createPipeline();
  return {
    run(raw) {
      const doc: Doc = real.run(raw);
      const signals: Signal[] = [];
      for (const { sentence, signal } of TABLE) {
        const start = doc.text.indexOf(sentence);
        if (start !== -1) signals.push({ ...signal, evidence: [{ start, end: start + sentence.length, text: sentence }] });
      }
      return { ...doc, signals, relevant: signals.length > 0 };
    },
  };
}

/** The same wire story as each outlet prints it: its own furniture, one sentence of its own. */
function wireStory(outlet: string, extra: string): string[] {
  return [
    THREAT_SENTENCE,
    'The remarks came hours after President Vladimir Putin approved an updated nuclear doctrine that lowers the threshold for a nuclear response.',
    'Western officials said they saw no change in Russia’s nuclear posture and urged restraint, while Kyiv dismissed the statement as intimidation.',
    'The doctrine says an attack by a non-nuclear state with the participation of a nuclear power would be treated as a joint attack on Russia.',
    `${extra} (${outlet})`,
  ];
}

interface Hook {
  readonly server: TestServer;
  readonly received: { body: string; signature: string | undefined; delivery: string | undefined; status: number }[];
}

/** A webhook receiver that answers 500 to its first two requests, then 200. */
async function startHook(): Promise<Hook> {
  const received: Hook['received'] = [];
  const server = await startServer({
    '/hook': async (req, res) => {
      const chunks: Buffer[] = [];
      for await (const c of req) chunks.push(c as Buffer);
      const status = received.length < 2 ? 500 : 200;
      received.push({
        body: Buffer.concat(chunks).toString('utf8'),
        signature: req.headers[SIGNATURE_HEADER] as string | undefined,
        delivery: req.headers['x-brink-delivery'] as string | undefined,
        status,
      });
      res.writeHead(status).end();
    },
  });
  return { server, received };
}

function config(news: TestServer, hook: TestServer, base: string, outlets: readonly string[]) {
  return parseConfig(
    [
      'dashboard: https://brink.example.org/',
      'sources:',
      ...outlets.map((o) => `  - {name: ${o}, type: rss, url: "${news.origin}/${o}.xml"}`),
      'rules:',
      '  - {name: ru-official-threat, type: THREAT, country: RU, actor_kind: official, min_severity: 4}',
      '  - {name: posture, type: [POSTURE, DOCTRINE], channels: [file]}',
      '  - {name: new-actor, new_actor: true, min_severity: 2}',
      'alerts:',
      '  - {type: jsonl, name: file, path: alerts.jsonl}',
      '  - {type: stdout, format: json}',
      `  - {type: webhook, name: hook, url: "${hook.origin}/hook", secret_env: HOOK_SECRET, attempts: 4}`,
    ].join('\n'),
    join(base, 'watch.yaml'),
    { HOOK_SECRET: SECRET },
  );
}

function readAlerts(path: string): Alert[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Alert);
}

function publish(news: TestServer, outlet: string, extra: string, withPosture = false): void {
  const paragraphs = wireStory(outlet, extra);
  news.route(`/${outlet}/story`, serve(articleHtml({ title: 'Medvedev warns West over missile strikes', paragraphs, published: '2024-11-19T15:00:00Z', site: outlet }), 'text/html'));
  const items: FeedItemSpec[] = [{ title: 'Medvedev warns West', link: `${news.origin}/${outlet}/story`, pubDate: 'Tue, 19 Nov 2024 15:00:00 GMT' }];
  if (withPosture) {
    news.route(
      `/${outlet}/exercise`,
      serve(
        articleHtml({
          title: 'NATO starts nuclear exercise',
          paragraphs: [POSTURE_SENTENCE, 'The alliance said the exercise was routine and not linked to current events.', 'Officials said no live weapons were used during the drills, which last two weeks.', 'Russia was notified in advance, an alliance spokesperson told reporters in Brussels.'],
          published: '2024-10-14T10:00:00Z',
          site: outlet,
        }),
        'text/html',
      ),
    );
    items.push({ title: 'NATO exercise', link: `${news.origin}/${outlet}/exercise`, pubDate: 'Mon, 14 Oct 2024 10:00:00 GMT' });
  }
  news.route(`/${outlet}.xml`, serve(rssXml(outlet, news.origin, items), 'application/rss+xml'));
}

function watcherFor(
  news: TestServer,
  hook: TestServer,
  base: string,
  store: string,
  outlets: readonly string[],
  stdout: NodeJS.WritableStream,
  now?: () => Date,
): Watcher {
  return createWatcher({
    ...(now ? { now } : {}),
    config: config(news, hook, base, outlets),
    store,
    stdout,
    log: () => undefined,
    fetch: FAST,
    webhookBackoffMs: 5,
    pipeline: tablePipeline(),
  });
}

for (const backend of BACKENDS) {
  describe(`alerts: ${backend.name}`, () => {
  test('one alert per distinct signal: across outlets, rounds, restarts; webhook retried and signed', async () => {
    const base = join(dir, `${backend.name}-main`);
    mkdirSync(base);
    const store = backend.store(base);
    const news = await startServer();
    const hook = await startHook();
    const stdout = new PassThrough();
    const printed: string[] = [];
    stdout.on('data', (c: Buffer) => printed.push(c.toString()));
    publish(news, 'wire-a', 'Reporting by our Moscow bureau.', true);
    publish(news, 'wire-b', 'Additional reporting from Kyiv.');
    let watcher = watcherFor(news, hook.server, base, store, ['wire-a', 'wire-b'], stdout);
    const jsonl = join(base, 'alerts.jsonl');
    try {
      const first = await watcher.runRound({ all: true });
      assert.deepEqual(first.alerts.errors, []);
      const clusters = await scalar(backend, store, "SELECT CAST(count(DISTINCT cluster) AS integer) AS n FROM documents WHERE source LIKE '%/story'");
      assert.equal(clusters, 1, 'the two outlets printed one story');

      const alerts = readAlerts(jsonl);
      const threat = alerts.filter((a) => a.signal.type === 'THREAT');
      assert.equal(threat.length, 1, 'two outlets, one alert');
      assert.deepEqual(threat[0]?.rules, ['ru-official-threat', 'new-actor']);
      assert.equal(threat[0]?.evidence[0], THREAT_SENTENCE);
      assert.equal(threat[0]?.signal.index, 0);
      assert.equal(threat[0]?.link, `https://brink.example.org/#/doc/${threat[0]?.document.id}?signal=${threat[0]?.id}`);
      assert.equal(threat[0]?.document.published?.date, '2024-11-19');
      assert.ok((threat[0]?.sources.length ?? 0) >= 1);
      const posture = alerts.filter((a) => a.signal.type === 'POSTURE');
      assert.deepEqual(posture.map((a) => a.rules), [['posture']], 'severity 1: not a new-actor alert (min_severity 2)');

      // The webhook: two 500s, then accepted; every attempt signed; never the file-only posture alert.
      assert.deepEqual(hook.received.map((r) => r.status), [500, 500, 200]);
      for (const r of hook.received) {
        assert.equal(r.signature, `sha256=${createHmac('sha256', SECRET).update(r.body).digest('hex')}`);
        assert.equal(r.delivery, `${threat[0]?.id}:hook`);
      }
      assert.equal((JSON.parse(hook.received[2]!.body) as Alert).signal.actor.name, 'Dmitry Medvedev');
      assert.equal(printed.join('').trim().split('\n').length, 1, 'stdout got the threat alert, once');

      // A third outlet runs the story the next day; a later round; then a new watcher on the same store.
      publish(news, 'wire-c', 'Compiled from agency reports.');
      await watcher.close();
      watcher = watcherFor(news, hook.server, base, store, ['wire-a', 'wire-b', 'wire-c'], stdout);
      await watcher.runRound({ all: true });
      await watcher.runRound({ all: true });
      assert.equal(news.hits('/wire-c/story').length, 1);
      assert.equal(readAlerts(jsonl).length, 2);
      assert.equal(hook.received.length, 3);

      // A new act by the same actor, in another story: alerted, but he is no longer a new actor.
      news.route(
        '/wire-d/story',
        serve(
          articleHtml({
            title: 'Medvedev repeats warning',
            paragraphs: [
              SECOND_THREAT,
              'He did not say which weapons he had in mind, and the Kremlin declined to comment on his remarks.',
              'Analysts in Moscow said the former president often speaks more bluntly than officials still in office.',
              'European governments said they would not be intimidated and would keep supplying air defence systems.',
            ],
            published: '2024-12-02T09:00:00Z',
            site: 'wire-d',
          }),
          'text/html',
        ),
      );
      news.route('/wire-d.xml', serve(rssXml('wire-d', news.origin, [{ title: 'Medvedev repeats warning', link: `${news.origin}/wire-d/story` }]), 'application/rss+xml'));
      await watcher.close();
      watcher = watcherFor(news, hook.server, base, store, ['wire-a', 'wire-b', 'wire-c', 'wire-d'], stdout);
      await watcher.runRound({ all: true });
      const latest = readAlerts(jsonl).filter((a) => a.signal.date === '2024-12-02');
      assert.equal(latest.length, 1);
      assert.deepEqual(latest[0]?.rules, ['ru-official-threat']);
      assert.equal(hook.received.length, 4);
    } finally {
      await watcher.close();
      await news.close();
      await hook.server.close();
    }
  });

  test('an item replayed after a kill between the store and the seen-mark alerts exactly once', async () => {
    const base = join(dir, `${backend.name}-replay`);
    mkdirSync(base);
    const store = backend.store(base);
    const news = await startServer();
    const hook = await startHook();
    hook.received.push({ body: '', signature: undefined, delivery: undefined, status: 0 }, { body: '', signature: undefined, delivery: undefined, status: 0 }); // accept at once
    publish(news, 'wire-a', 'Reporting by our Moscow bureau.');
    const sink = new PassThrough().resume();
    let watcher = watcherFor(news, hook.server, base, store, ['wire-a'], sink);
    try {
      const jsonl = join(base, 'alerts.jsonl');
      await watcher.runRound({ all: true });
      assert.equal(readAlerts(jsonl).length, 1);
      assert.equal(hook.received.length, 3);
      await watcher.close();

      // The state a kill between saveDocument and the item's transaction leaves: the document stored,
      // no seen-mark, no alert rows, and so nothing delivered anywhere.
      for (const table of ['watch_items', 'watch_alerts', 'watch_sources']) await backend.rows(store, `DELETE FROM ${table}`);
      rmSync(jsonl);
      hook.received.length = 2;

      watcher = watcherFor(news, hook.server, base, store, ['wire-a'], sink);
      await watcher.runRound({ all: true });
      await watcher.runRound({ all: true });
      assert.equal(await scalar(backend, store, 'SELECT count(*) AS n FROM documents'), 1);
      assert.equal(await scalar(backend, store, 'SELECT count(*) AS n FROM signals'), 1);
      assert.equal(await scalar(backend, store, "SELECT count(*) AS n FROM watch_alerts WHERE status = 'delivered'"), 3, 'one per channel');
      assert.equal(hook.received.length, 3, 'delivered once after the replay');
      assert.equal(readAlerts(jsonl).length, 1);
    } finally {
      await watcher.close();
      await news.close();
      await hook.server.close();
    }
  });

  test('a webhook that keeps failing leaves the alert pending for a later round, then gives it up', async () => {
    const base = join(dir, `${backend.name}-down`);
    mkdirSync(base);
    const store = backend.store(base);
    const news = await startServer();
    const down = await startServer({
      '/hook': (_req, res) => {
        res.writeHead(503).end();
      },
    });
    publish(news, 'wire-a', 'Reporting by our Moscow bureau.');
    let clock = Date.parse('2024-11-19T16:00:00Z');
    const watcher = watcherFor(news, down, base, store, ['wire-a'], new PassThrough().resume(), () => new Date(clock));
    type HookRow = { status: string; attempts: number; next_attempt_at: string; last_error: string };
    const hookRow = async (): Promise<HookRow> => {
      const [row] = await backend.rows<HookRow>(store, "SELECT status, attempts, next_attempt_at, last_error FROM watch_alerts WHERE channel = 'hook'");
      assert.ok(row, 'the hook alert is queued');
      return row;
    };
    try {
      const round = await watcher.runRound({ all: true });
      assert.match(round.alerts.errors.join('\n'), /hook: webhook http:\/\/127\.0\.0\.1:\d+\/hook: HTTP 503/);
      assert.equal(down.hits('/hook').length, 4, 'attempts: 4 within the delivery');
      const row = await hookRow();
      assert.deepEqual([row.status, row.attempts], ['pending', 1]);
      assert.ok(row.next_attempt_at > new Date(clock).toISOString(), 'retried after a backoff, not at once');
      await watcher.runRound();
      assert.equal(down.hits('/hook').length, 4, 'not due yet');

      // Rounds over the following days: each due delivery fails again, until the alert is given up.
      for (let day = 0; day < 20 && (await hookRow()).status === 'pending'; day++) {
        clock += 5 * 3_600_000;
        await watcher.runRound();
      }
      const last = await hookRow();
      assert.deepEqual([last.status, last.attempts], ['failed', 12]);
      assert.match(last.last_error, /HTTP 503/);
      assert.equal(down.hits('/hook').length, 12 * 4);
    } finally {
      await watcher.close();
      await news.close();
      await down.close();
    }
  });
  });
}

if (postgres) {
  test('two watchers sharing one PostgreSQL store poll the same feeds at once: each item stored once, one alert per signal and channel, each sent once', async () => {
    const store = postgres.store('');
    const bases = [join(dir, 'shared-1'), join(dir, 'shared-2')];
    const news = await startServer();
    const hook = await startHook();
    hook.received.push({ body: '', signature: undefined, delivery: undefined, status: 0 }, { body: '', signature: undefined, delivery: undefined, status: 0 }); // accept at once
    publish(news, 'wire-a', 'Reporting by our Moscow bureau.', true);
    publish(news, 'wire-b', 'Additional reporting from Kyiv.');
    publish(news, 'wire-c', 'Compiled from agency reports.');
    const printed: string[][] = [[], []];
    const watchers = bases.map((base, i) => {
      mkdirSync(base);
      const stdout = new PassThrough();
      stdout.on('data', (c: Buffer) => printed[i]!.push(c.toString()));
      return watcherFor(news, hook.server, base, store, ['wire-a', 'wire-b', 'wire-c'], stdout);
    });
    try {
      const rounds = [];
      for (let round = 0; round < 3; round++) rounds.push(...(await Promise.all(watchers.map((w) => w.runRound({ all: true })))));
      const sources = rounds.flatMap((r) => r.sources);
      assert.deepEqual(sources.flatMap((s) => s.problems), []);
      assert.equal(sources.reduce((n, s) => n + s.stored, 0), 4, 'four pages, each stored by one watcher');
      assert.equal(sources.reduce((n, s) => n + s.alerts, 0), 4, 'each alert new to exactly one watcher');
      assert.equal(await scalar(postgres, store, 'SELECT count(*) AS n FROM documents'), 4);
      assert.equal(await scalar(postgres, store, 'SELECT count(*) AS n FROM signals'), 2, 'one threat (three outlets, one cluster) and one posture');
      assert.equal(await scalar(postgres, store, "SELECT count(*) AS n FROM watch_items WHERE status = 'stored'"), 4);
      const outbox = await postgres.rows<{ channel: string; status: string }>(store, 'SELECT channel, status FROM watch_alerts ORDER BY channel COLLATE "C", signal_key COLLATE "C"');
      assert.deepEqual(outbox.map((r) => r.channel).sort(), ['file', 'file', 'hook', 'stdout-1']);
      assert.ok(outbox.every((r) => r.status === 'delivered'), JSON.stringify(outbox));

      // Delivered once, by whichever watcher claimed it: the webhook once, the two file alerts once across both files, stdout once.
      assert.equal(hook.received.length - 2, 1);
      const filed = bases.flatMap((base) => readAlerts(join(base, 'alerts.jsonl')));
      assert.deepEqual(filed.map((a) => a.signal.type).sort(), ['POSTURE', 'THREAT']);
      assert.equal(printed.flat().join('').trim().split('\n').length, 1);
      assert.equal(rounds.reduce((n, r) => n + r.alerts.delivered, 0), 4);
    } finally {
      for (const w of watchers) await w.close();
      await news.close();
      await hook.server.close();
    }
  });
}
