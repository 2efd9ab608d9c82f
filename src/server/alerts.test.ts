/**
 * GET /api/alerts in-process, on a store where the real watcher (drop folder,
 * real pipeline, two rules, a JSONL channel) raised alerts over two rounds
 * (fixtures/watched.ts), and on a store no watcher ever opened. Every test
 * runs on each backend (fixtures/backends.ts): SQLite, and PostgreSQL when
 * BRINK_TEST_PG is set.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Alert } from '../watch/index.ts';
import { createApp, type App } from './app.ts';
import { apiBackends } from './fixtures/backends.ts';
import { all, get, type Page } from './fixtures/requests.ts';
import { buildTestStore } from './fixtures/store.ts';
import { WATCH_RULES, buildWatchedStore } from './fixtures/watched.ts';
import type { ReadModel } from './read-model.ts';
import type { AlertItem, DocumentDetail, SignalItem } from './schemas.ts';

for (const backend of apiBackends('alerts API')) {
  describe(backend.name, () => {
    let dir: string;
    let reads: ReadModel;
    let app: App;
    let plain: string;
    let plainReads: ReadModel;
    let plainApp: App;
    /** What the watcher wrote to its JSONL channel: the alerts it delivered. */
    let delivered: Alert[];
    const alerts = (url: string) => all<AlertItem>(app, url);

    before(async () => {
      dir = mkdtempSync(join(tmpdir(), 'brink-alerts-api-'));
      const watched = await buildWatchedStore(dir, 'watched.db', ['seed-000.txt', 'seed-004.txt'], backend.location(dir, 'watched'));
      delivered = readFileSync(join(dir, 'watched', 'alerts.jsonl'), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Alert);
      reads = await backend.open(watched.path);
      app = createApp({ reads, webRoot: null });
      plain = backend.location(dir, 'plain');
      await buildTestStore(dir, { location: plain, seeds: false });
      plainReads = await backend.open(plain);
      plainApp = createApp({ reads: plainReads, webRoot: null });
    });

    after(async () => {
      await reads?.close();
      await plainReads?.close();
      rmSync(dir, { recursive: true, force: true });
    });

    test('every alert the watcher delivered is in the feed, once, newest first, with its signal, evidence and sources', async () => {
      assert.ok(delivered.length >= 2, `the watcher raised ${delivered.length} alerts`);
      const page = await get<Page<AlertItem>>(app, '/api/alerts?limit=200');
      assert.equal(page.next, null);
      const items = page.items;
      assert.deepEqual(items.map((a) => a.id).sort(), delivered.map((a) => a.id).sort(), 'one feed item per delivered alert');

      // Newest first: createdAt never increases, and the second round's document comes before the first's.
      for (let i = 1; i < items.length; i++) assert.ok(items[i - 1]!.createdAt >= items[i]!.createdAt, `${items[i - 1]!.createdAt} before ${items[i]!.createdAt}`);
      const docs = [...new Set(items.map((a) => a.document.id))];
      assert.equal(docs.length, 2, 'both rounds raised alerts');
      const firstOf = (doc: string) => items.findIndex((a) => a.document.id === doc);
      const lastOf = (doc: string) => items.map((a) => a.document.id).lastIndexOf(doc);
      assert.ok(lastOf(docs[0]!) < firstOf(docs[1]!), 'the later round’s alerts all come first');

      for (const a of items) {
        const sent = delivered.find((d) => d.id === a.id)!;
        assert.deepEqual(a.rules, sent.rules);
        assert.ok(a.rules.includes(WATCH_RULES.any));
        assert.equal(a.rules.includes(WATCH_RULES.threats), a.signal.type === 'THREAT');
        assert.deepEqual(a.deliveries.map((d) => [d.channel, d.status]), [['file', 'delivered']]);
        assert.equal(a.evidence, sent.evidence[0] ?? null);
        assert.deepEqual(a.sources, sent.sources);
        assert.ok(a.sources.some((s) => s.document === a.document.id));

        // The same signal as the signals API has it, and its evidence is a sentence of the document's text.
        const signal = await get<SignalItem>(app, `/api/signals/${encodeURIComponent(a.signal.key)}`);
        assert.deepEqual(
          [a.signal.type, a.signal.actor, a.signal.target, a.signal.date, a.signal.severity],
          [signal.type, signal.actor, signal.target, signal.date, signal.severity],
        );
        const doc = await get<DocumentDetail>(app, `/api/documents/${encodeURIComponent(a.document.id)}`);
        assert.ok(a.evidence && doc.text.includes(a.evidence), `evidence of ${a.id} not in its document`);
        assert.ok(doc.signals.some((s) => s.key === a.signal.key), 'the document lists the signal (what the evidence view selects)');
      }
    });

    test('pages of two follow the cursor through the same list, without repeats', async () => {
      const whole = await alerts('/api/alerts?limit=200');
      const paged = await alerts('/api/alerts?limit=2');
      assert.deepEqual(paged.map((a) => a.id), whole.map((a) => a.id));
      const first = await get<Page<AlertItem>>(app, '/api/alerts?limit=2');
      assert.equal(first.items.length, 2);
      assert.ok(whole.length <= 2 || first.next !== null);
    });

    test('rule= keeps the alerts that rule raised; since= those raised from that instant', async () => {
      const whole = await alerts('/api/alerts?limit=200');
      const threats = await alerts(`/api/alerts?rule=${WATCH_RULES.threats}&limit=1`);
      assert.ok(threats.length > 0, 'the seed pages carry threats');
      assert.deepEqual(threats.map((a) => a.id), whole.filter((a) => a.signal.type === 'THREAT').map((a) => a.id));
      assert.deepEqual((await alerts(`/api/alerts?rule=${WATCH_RULES.any}`)).map((a) => a.id), whole.map((a) => a.id));
      assert.deepEqual(await alerts('/api/alerts?rule=no-such-rule'), []);
      // A rule name is matched exactly, never as a pattern.
      assert.deepEqual(await alerts('/api/alerts?rule=%25'), []);

      const newest = whole[0]!.createdAt;
      assert.deepEqual((await alerts(`/api/alerts?since=${encodeURIComponent(newest)}`)).map((a) => a.id), whole.filter((a) => a.createdAt >= newest).map((a) => a.id));
      assert.ok(whole.some((a) => a.createdAt < newest), 'the first round is older');
      assert.equal((await alerts('/api/alerts?since=2000-01-01')).length, whole.length);
      assert.deepEqual(await alerts('/api/alerts?since=2999-01-01T00:00:00%2B02:00'), []);
    });

    test('a store never watched has an empty feed, not an error', async () => {
      assert.deepEqual(await get<Page<AlertItem>>(plainApp, '/api/alerts'), { items: [], next: null });
      assert.deepEqual(await get<Page<AlertItem>>(plainApp, `/api/alerts?rule=${WATCH_RULES.threats}&since=2024-01-01`), { items: [], next: null });
      // The tables are still absent: the read created nothing.
      assert.equal(await backend.hasTable(plain, 'watch_alerts'), false);
    });

    test('a server already running sees the watch tables and alerts a watcher adds later (brink serve --watch)', async () => {
      const late = await buildTestStore(dir, { location: backend.location(dir, 'late'), seeds: false });
      const lateReads = await backend.open(late.path);
      try {
        const lateApp = createApp({ reads: lateReads, webRoot: null });
        assert.deepEqual(await get<Page<AlertItem>>(lateApp, '/api/alerts'), { items: [], next: null });
        await buildWatchedStore(dir, 'late.db', ['seed-001.txt'], late.path);
        const page = await get<Page<AlertItem>>(lateApp, '/api/alerts?limit=200');
        assert.ok(page.items.length > 0, 'the new alerts, not a cached empty page');
        assert.ok(page.items.every((a) => a.document.id === page.items[0]!.document.id));
      } finally {
        await lateReads.close();
      }
    });

    test('bad parameters are 400s naming the parameter', async () => {
      const signalsCursor = (await get<Page<unknown>>(app, '/api/signals?limit=1')).next;
      assert.ok(signalsCursor);
      const cases: [string, string][] = [
        ['limit=0', 'limit'],
        ['limit=201', 'limit'],
        ['limit=ten', 'limit'],
        ['since=yesterday', 'since'],
        ['since=2024-02-30', 'since'],
        ['since=2024-11-19T15:00:00', 'since'],
        ['rule=', 'rule'],
        [`rule=${'x'.repeat(101)}`, 'rule'],
        ['cursor=not*a*cursor', 'cursor'],
        [`cursor=${signalsCursor}`, 'cursor'],
      ];
      for (const [query, parameter] of cases) {
        const body = await get<{ error: { code: string; parameter?: string } }>(app, `/api/alerts?${query}`, 400);
        assert.deepEqual([body.error.code, body.error.parameter], ['bad_parameter', parameter], query);
      }
    });

    test('the endpoint is described in /openapi.json', async () => {
      const spec = await get<{ paths: Record<string, { get?: { parameters?: { name: string }[]; responses: Record<string, unknown> } }> }>(app, '/openapi.json');
      const op = spec.paths['/api/alerts']?.get;
      assert.ok(op, 'GET /api/alerts is documented');
      assert.deepEqual(op.parameters?.map((p) => p.name).sort(), ['cursor', 'limit', 'rule', 'since']);
      assert.ok(op.responses['200'] && op.responses['400']);
    });
  });
}
