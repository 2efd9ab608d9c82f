/**
 * The API in-process (`app.request`), on a store built from the seed corpus
 * through the real pipeline plus hand-written records whose signals are
 * known exactly (fixtures/store.ts). Every test runs on each backend
 * (fixtures/backends.ts): SQLite, and PostgreSQL when BRINK_TEST_PG is set.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { periodOf } from '../store/index.ts';
import { createApp, type App } from './app.ts';
import { apiBackends } from './fixtures/backends.ts';
import { all, get, type Page } from './fixtures/requests.ts';
import { daysBetween } from './days.ts';
import { HALF_LIFE_DAYS } from './escalation.ts';
import { MEDVEDEV_THREAT, buildTestStore, fixtureByTitle } from './fixtures/store.ts';
import type { ReadModel } from './read-model.ts';
import type { DocumentDetail, Escalation, Indicators, SignalItem } from './schemas.ts';

for (const backend of apiBackends('API')) {
  describe(backend.name, () => {
    let dir: string;
    let full: string;
    let reads: ReadModel;
    let app: App;
    let fixturesReads: ReadModel;
    let fixturesApp: App;
    const count = (table: string) => backend.count(full, table);

    before(async () => {
      dir = mkdtempSync(join(tmpdir(), 'brink-api-'));
      full = backend.location(dir, 'full');
      const built = await buildTestStore(dir, { location: full });
      assert.deepEqual(built.seedFailures, [], 'seed documents failed in the pipeline');
      reads = await backend.open(full);
      app = createApp({ reads, webRoot: null });
      const fixtures = backend.location(dir, 'fixtures');
      await buildTestStore(dir, { location: fixtures, seeds: false });
      fixturesReads = await backend.open(fixtures);
      fixturesApp = createApp({ reads: fixturesReads, webRoot: null });
    });

    after(async () => {
      await reads?.close();
      await fixturesReads?.close();
      rmSync(dir, { recursive: true, force: true });
    });

    describe('signals', () => {
      test('each filter narrows to matching rows only, and every row of the store is reachable', async () => {
        const everything = await all<SignalItem>(app, '/api/signals?limit=3');
        const total = await count('signals');
        assert.equal(everything.length, total);
        assert.equal(new Set(everything.map((s) => s.key)).size, total, 'a signal appeared on two pages');
        const rows: [string, (s: SignalItem) => boolean][] = [
          ['type=THREAT', (s) => s.type === 'THREAT'],
          ['type=WARNING,ASSESSMENT', (s) => s.type === 'WARNING' || s.type === 'ASSESSMENT'],
          ['country=RU', (s) => s.actor.country === 'RU'],
          ['country=ru,us', (s) => s.actor.country === 'RU' || s.actor.country === 'US'],
          ['actor=dmitry%20medvedev', (s) => s.actor.name === 'Dmitry Medvedev'],
          ['target=UA', (s) => s.target === 'UA'],
          ['kind=expert', (s) => s.actor.kind === 'expert'],
          ['minSeverity=4', (s) => s.severity >= 4],
          ['minSeverity=2&maxSeverity=4', (s) => s.severity >= 2 && s.severity <= 4],
          // A partial date is its period: it matches when the period overlaps the range.
          ['from=2022-09-23&to=2022-10-31', (s) => { const p = periodOf(s.date); return p !== null && p.end >= '2022-09-23' && p.start <= '2022-10-31'; }],
          ['lang=en', (s) => s.lang === 'en'],
          ['sourcing=on_record', (s) => s.sourcing === 'on_record'],
          ['modality=private', (s) => s.modality === 'private'],
        ];
        for (const [query, ok] of rows) {
          const got = await all<SignalItem>(app, `/api/signals?${query}&limit=2`);
          const expected = everything.filter(ok);
          assert.ok(expected.length > 0, `${query}: the test store has no matching signal`);
          assert.deepEqual(got.map((s) => s.key).sort(), expected.map((s) => s.key).sort(), query);
        }
      });

      test('a story carried by two outlets is one signal with two outlets', async () => {
        const page = await get<Page<SignalItem>>(fixturesApp, '/api/signals?actor=Dmitry%20Medvedev&type=THREAT');
        // Outlets one and two are one cluster; outlet three wrote its own article about the same act.
        assert.equal(page.items.length, 2);
        assert.deepEqual(page.items.map((s) => s.outlets).sort(), [1, 2]);
        const wire = page.items.find((s) => s.outlets === 2)!;
        assert.equal(wire.quote, 'any Russian weapon, including strategic nuclear weapons');
        assert.deepEqual(wire.evidence.map((e) => e.text), [MEDVEDEV_THREAT]);
      });

      test('sorts page without gaps in both directions, undated last', async () => {
        for (const sort of ['date', '-date', 'severity', '-severity']) {
          const rows = await all<SignalItem>(app, `/api/signals?sort=${sort}&limit=2`);
          const total = await count('signals');
          assert.equal(rows.length, total, sort);
          const key = (s: SignalItem) => (sort.endsWith('date') ? (periodOf(s.date)?.start ?? null) : s.severity);
          const keys = rows.map(key);
          const dated = keys.filter((k) => k !== null);
          const sorted = [...dated].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
          if (sort.startsWith('-')) sorted.reverse();
          assert.deepEqual(dated, sorted, sort);
          const firstNull = keys.indexOf(null);
          if (firstNull !== -1) assert.ok(keys.slice(firstNull).every((k) => k === null), `${sort}: undated signals are not last`);
        }
      });

      test('searches the reporting articles, with user text made safe', async () => {
        const page = await get<Page<SignalItem>>(fixturesApp, '/api/signals?q=catastrophic');
        assert.ok(page.items.length > 0);
        // Every signal of the two Sullivan articles, and nothing from the others.
        assert.ok(page.items.every((s) => s.cluster === page.items[0]!.cluster));
        const phrase = await get<Page<SignalItem>>(fixturesApp, `/api/signals?q=${encodeURIComponent('"not a bluff"')}`);
        assert.ok(phrase.items.length > 0);
        const reversed = await get<Page<SignalItem>>(fixturesApp, `/api/signals?q=${encodeURIComponent('"bluff a not"')}`);
        assert.equal(reversed.items.length, 0);
      });

      test('an unknown key is a 404; a known one returns the signal', async () => {
        const one = (await get<Page<SignalItem>>(fixturesApp, '/api/signals?limit=1')).items[0]!;
        const got = await get<SignalItem>(fixturesApp, `/api/signals/${one.key}`);
        assert.deepEqual(got, one);
        await get(fixturesApp, '/api/signals/nope', 404);
      });
    });

    describe('documents', () => {
      test('the evidence view gets the text with spans that point at the evidence', async () => {
        const wire = fixtureByTitle('Medvedev says');
        const doc = await get<DocumentDetail>(fixturesApp, `/api/documents/${wire.id}`);
        assert.equal(doc.text, wire.text);
        assert.equal(doc.signals.length, 3);
        for (const s of doc.signals) {
          assert.ok(s.evidence.length > 0);
          for (const e of s.evidence) {
            assert.equal(e.document, doc.id);
            assert.equal(doc.text.slice(e.start, e.end), e.text);
          }
        }
        for (const q of doc.quotes) assert.equal(doc.text.slice(q.start, q.end), q.text);
        assert.deepEqual(doc.removed, [{ text: 'Share on Facebook', reason: 'share-buttons' }]);
        assert.deepEqual(doc.sources.map((s) => s.url), ['https://outlet-one.example/medvedev-nuclear']);
        assert.deepEqual(doc.outlets.map((o) => o.title), ['Medvedev: nuclear weapons could defend annexed land']);
      });

      test('the second outlet shows its own evidence offsets and the first as another outlet', async () => {
        const second = fixtureByTitle('Medvedev: nuclear');
        const doc = await get<DocumentDetail>(fixturesApp, `/api/documents/${second.id}`);
        for (const s of doc.signals) for (const e of s.evidence) assert.equal(doc.text.slice(e.start, e.end), e.text);
        assert.deepEqual(doc.outlets.map((o) => o.title), ['Medvedev says any Russian weapon could defend annexed regions']);
      });

      test('lists, searches with snippets, and 404s on unknown ids', async () => {
        const seeds = await all<{ id: string; source: string }>(app, '/api/documents?limit=2');
        assert.equal(seeds.length, await count('documents'));
        const hits = await get<Page<{ title: string; snippet: string }>>(fixturesApp, '/api/documents?q=Belarus');
        assert.deepEqual(hits.items.map((d) => d.title), ['Putin says Russia will station tactical nuclear weapons in Belarus']);
        assert.match(hits.items[0]!.snippet, /Belarus/);
        // Diacritics fold: the seed corpus is French.
        const fr = await get<Page<unknown>>(app, '/api/documents?q=nucleaire');
        assert.ok(fr.items.length > 0, 'no French seed document matches "nucleaire"');
        await get(app, '/api/documents/does-not-exist', 404);
      });

      test('clusters list the two-outlet story', async () => {
        const page = await get<Page<{ size: number; documents: { title: string }[] }>>(fixturesApp, '/api/clusters');
        assert.equal(page.items.length, 1);
        assert.equal(page.items[0]!.size, 2);
      });
    });

    describe('quotes and actors', () => {
      test('quotes filter by speaker and search their text', async () => {
        const byActor = await get<Page<{ text: string; speaker: { name: string } }>>(fixturesApp, '/api/quotes?actor=DMITRY%20MEDVEDEV');
        assert.deepEqual(byActor.items.map((q) => q.text), ['any Russian weapon, including strategic nuclear weapons']);
        const search = await get<Page<{ text: string }>>(fixturesApp, '/api/quotes?q=strategic');
        assert.equal(search.items.length, 1);
        assert.equal((await get<Page<unknown>>(fixturesApp, '/api/quotes?q=bluff')).items.length, 0);
      });

      test('actors are listed by activity and described one by one', async () => {
        const list = await all<{ name: string; signals: number }>(fixturesApp, '/api/actors?limit=2');
        const counts = list.map((a) => a.signals);
        assert.deepEqual(counts, [...counts].sort((a, b) => b - a));
        assert.equal(list[0]!.name, 'Dmitry Medvedev');
        const detail = await get<{ actor: { signals: number }; byMonth: { month: string; signals: number }[] }>(fixturesApp, '/api/actors/dmitry%20medvedev');
        assert.equal(detail.actor.signals, 2);
        assert.deepEqual(detail.byMonth, [{ month: '2022-09', signals: 2, maxSeverity: 4 }]);
        await get(fixturesApp, '/api/actors/Nobody%20Here', 404);
      });
    });

    describe('escalation index', () => {
      test('counts each act once, weights by severity, and decays with the half-life', async () => {
        const e = await get<Escalation>(fixturesApp, '/api/escalation?from=2022-09-20&to=2022-10-20');
        const at = (series: string, date: string) => {
          const s = e.series.find((x) => x.name === series)!;
          return s.values[e.dates.indexOf(date)]!;
        };
        assert.equal(e.halfLifeDays, HALF_LIFE_DAYS);
        assert.deepEqual(e.series.map((s) => s.name), ['all', 'RU', 'US', 'UA', 'experts']);
        // Medvedev's threat (severity 4, weight 8) was carried by three documents in two clusters: counted once.
        assert.equal(at('RU', '2022-09-21'), 0);
        assert.equal(at('RU', '2022-09-22'), 8);
        // Sullivan's warning is dated 2022-09 and filed on its report's publication day.
        assert.equal(at('US', '2022-09-22'), 2);
        assert.equal(at('all', '2022-09-22'), 10);
        assert.equal(at('experts', '2022-09-22'), 1);
        const f = 2 ** (-1 / HALF_LIFE_DAYS);
        // On 1 October the hostile fixture adds a severity-5 threat (weight 16) to RU.
        assert.ok(Math.abs(at('RU', '2022-10-01') - (8 * f ** 9 + 16)) < 0.01);
        assert.ok(Math.abs(at('RU', '2022-10-06') - (8 * 0.5 + 16 * f ** 5)) < 0.01);
        const ru = e.series.find((s) => s.name === 'RU')!;
        assert.equal(ru.signals[e.dates.indexOf('2022-09-22')], 1);
        assert.deepEqual(
          e.markers.map((m) => [m.date, m.severity, m.series]),
          [['2022-10-01', 5, 'RU']],
        );
      });

      test('the signals behind a point are the ones filed under that day', async () => {
        const page = await get<Page<SignalItem>>(fixturesApp, '/api/escalation/signals?series=RU&date=2022-09-22');
        assert.deepEqual([...new Set(page.items.map((s) => `${s.type} ${s.actor.name}`))], ['THREAT Dmitry Medvedev']);
        const us = await get<Page<SignalItem>>(fixturesApp, '/api/escalation/signals?series=US&date=2022-09-22');
        assert.deepEqual(us.items.map((s) => s.type), ['WARNING']);
        const experts = await get<Page<SignalItem>>(fixturesApp, '/api/escalation/signals?series=experts&date=2022-09-22');
        assert.deepEqual(experts.items.map((s) => s.actor.name), ['Federation of American Scientists']);
        await get(fixturesApp, '/api/escalation/signals?series=R%20U&date=2022-09-22', 400);
      });

      test('defaults to the latest day in the store', async () => {
        const e = await get<Escalation>(fixturesApp, '/api/escalation');
        assert.equal(e.asOf, '2023-03-25');
        assert.equal(e.to, '2023-03-25');
        assert.equal(e.dates[e.dates.length - 1], '2023-03-25');
        const ru = e.series.find((s) => s.name === 'RU')!.values.at(-1)!;
        const expected = 32 + 8 * 2 ** (-daysBetween('2022-09-22', '2023-03-25') / HALF_LIFE_DAYS) + 16 * 2 ** (-daysBetween('2022-10-01', '2023-03-25') / HALF_LIFE_DAYS);
        assert.ok(Math.abs(ru - expected) < 0.01, `${ru} ≠ ${expected}`);
      });
    });

    describe('indicators', () => {
      test('latest signal, window counts and trends per type × country', async () => {
        const board = await get<Indicators>(fixturesApp, '/api/indicators?asOf=2022-10-01&countries=RU,US,UA');
        assert.deepEqual(board.countries, ['RU', 'US', 'UA']);
        const cell = (type: string, country: string) => board.cells.find((c) => c.type === type && c.country === country)!;
        const threat = cell('THREAT', 'RU');
        assert.equal(threat.latest?.day, '2022-10-01');
        assert.equal(threat.latest?.severity, 5);
        const w = Object.fromEntries(threat.windows.map((x) => [x.days, x]));
        // Last 7 days (24 Sep – 1 Oct]: the hostile threat; the 7 before: Medvedev's.
        assert.deepEqual([w[7]!.count, w[7]!.previous, w[7]!.trend, w[7]!.maxSeverity], [1, 1, 'flat', 5]);
        assert.deepEqual([w[30]!.count, w[30]!.previous, w[30]!.trend, w[30]!.maxSeverity], [2, 0, 'new', 5]);
        assert.equal(cell('WARNING', 'UA').latest?.day, '2022-09-24');
        assert.equal(cell('POSTURE', 'RU').latest, null, 'a signal after asOf leaked into the board');
        const later = await get<Indicators>(fixturesApp, '/api/indicators');
        assert.equal(later.asOf, '2023-03-25');
        const threatLater = later.cells.find((c) => c.type === 'THREAT' && c.country === 'RU')!;
        // Nothing in the last 7 or 30 days; in 90 days, none against the hostile threat of 1 October in the 90 before.
        assert.deepEqual(threatLater.windows.map((x) => x.trend), ['none', 'none', 'down']);
      });
    });

    describe('validation', () => {
      test('invalid parameters are a 400 naming the parameter', async () => {
        const rows: [string, string][] = [
          ['/api/signals?type=BOMB', 'type'],
          ['/api/signals?type=THREAT&type=WARNING', 'type'],
          ['/api/signals?minSeverity=10', 'minSeverity'],
          ['/api/signals?minSeverity=-1', 'minSeverity'],
          ['/api/signals?maxSeverity=abc', 'maxSeverity'],
          ['/api/signals?minSeverity=6&maxSeverity=2', 'minSeverity'],
          ['/api/signals?from=2022-13-01', 'from'],
          ['/api/signals?from=2022-02-30', 'from'],
          ['/api/signals?to=yesterday', 'to'],
          ['/api/signals?from=2023-01-01&to=2022-01-01', 'from'],
          ['/api/signals?limit=0', 'limit'],
          ['/api/signals?limit=100000000000000000000000', 'limit'],
          ['/api/signals?limit=1e400', 'limit'],
          ['/api/signals?sort=random', 'sort'],
          ['/api/signals?cursor=not-a-cursor', 'cursor'],
          ['/api/signals?country=R', 'country'],
          ['/api/signals?lang=french', 'lang'],
          ['/api/signals?sourcing=rumour', 'sourcing'],
          ['/api/signals?modality=secret', 'modality'],
          ['/api/signals?kind=god', 'kind'],
          [`/api/signals?q=${'x'.repeat(201)}`, 'q'],
          ['/api/signals?q=%22%22', 'q'],
          [`/api/signals?q=${encodeURIComponent('a b c d e f g h i j k l m n o p q')}`, 'q'],
          ['/api/documents?relevant=maybe', 'relevant'],
          ['/api/escalation?asOf=2022-1-1', 'asOf'],
          ['/api/escalation?days=0', 'days'],
          ['/api/indicators?countries=RU,%3Cscript%3E', 'countries'],
          ['/api/escalation/signals?series=RU', 'date'],
          [`/api/actors/${'x'.repeat(201)}`, 'name'],
        ];
        for (const [url, parameter] of rows) {
          const body = await get<{ error: { code: string; parameter: string; message: string } }>(app, url, 400);
          assert.equal(body.error.parameter, parameter, url);
          assert.ok(body.error.message.startsWith(`${parameter}:`), `${url}: ${body.error.message}`);
        }
      });

      test('a cursor from another sort is refused', async () => {
        const page = await get<Page<unknown>>(fixturesApp, '/api/signals?limit=1&sort=-date');
        assert.ok(page.next);
        const body = await get<{ error: { parameter: string } }>(fixturesApp, `/api/signals?limit=1&sort=severity&cursor=${page.next}`, 400);
        assert.equal(body.error.parameter, 'cursor');
      });

      test('hostile query strings give 400 or results, never 500', async () => {
        const hostile = [
          '"', '""', "'", "' OR 1=1 --", '"; DROP TABLE signals; --', 'NEAR(nuclear bluff)', 'nuclear AND', 'OR', 'NOT nuclear', '*', 'a*',
          'title:nuclear', '{text}: x', '^nuclear', '(((', ')))', '\u0000', '\u202e', '🙂', 'ядерное оружие', 'nucléaire', 'x'.repeat(200),
          '%', '_', '\\', '%00', '<script>alert(1)</script>', '${jndi:ldap://x}', '../../etc/passwd',
        ];
        const endpoints = ['/api/signals?q=', '/api/documents?q=', '/api/quotes?q=', '/api/actors?q=', '/api/signals?actor=', '/api/signals?cluster=', '/api/quotes?actor='];
        for (const endpoint of endpoints) {
          for (const value of hostile) {
            const res = await app.request(endpoint + encodeURIComponent(value));
            assert.ok(res.status === 200 || res.status === 400, `${endpoint}${JSON.stringify(value)} → ${res.status}`);
            const body = (await res.json()) as { items?: unknown[]; error?: { message: string } };
            assert.ok(Array.isArray(body.items) || typeof body.error?.message === 'string');
          }
        }
        const raw = ['/api/signals?q=%', '/api/signals?q=%E0%A4%A', '/api/signals?type=%FF', '/api/documents/%2e%2e%2fpackage.json', '/api/actors/%00', '/api/signals?limit=%20', '/api/signals?&&&=&='];
        for (const url of raw) {
          const res = await app.request(url);
          assert.ok([200, 400, 404].includes(res.status), `${url} → ${res.status}`);
        }
      });
    });

    describe('openapi', () => {
      test('is generated from the schemas that validate requests', async () => {
        const doc = await get<{ openapi: string; paths: Record<string, Record<string, { parameters?: { name: string; schema: { maximum?: number; enum?: string[] } }[] }>> }>(app, '/openapi.json');
        assert.match(doc.openapi, /^3\.1/);
        for (const path of ['/api/signals', '/api/signals/export', '/api/documents', '/api/documents/{id}', '/api/quotes', '/api/actors', '/api/actors/{name}', '/api/clusters', '/api/escalation', '/api/escalation/signals', '/api/indicators', '/api/ingest', '/api/stats']) {
          assert.ok(doc.paths[path], `${path} is not documented`);
        }
        const params = doc.paths['/api/signals']!['get']!.parameters!;
        const names = params.map((p) => p.name);
        for (const n of ['type', 'actor', 'country', 'target', 'kind', 'minSeverity', 'maxSeverity', 'from', 'to', 'lang', 'sourcing', 'modality', 'q', 'sort', 'cursor', 'limit']) {
          assert.ok(names.includes(n), `/api/signals lacks ${n}`);
        }
        assert.equal(params.find((p) => p.name === 'minSeverity')!.schema.maximum, 9);
        assert.deepEqual(params.find((p) => p.name === 'sort')!.schema.enum, ['date', '-date', 'severity', '-severity']);
      });
    });

    describe('export', () => {
      test('CSV and JSON carry every filtered row', async () => {
        const csv = await (await fixturesApp.request('/api/signals/export?format=csv&country=RU')).text();
        const lines = csv.trimEnd().split('\r\n');
        const expected = (await all<SignalItem>(fixturesApp, '/api/signals?country=RU&limit=1')).length;
        assert.equal(lines.length, expected + 1);
        assert.match(lines[0]!, /^key,type,actor,country/);
        const json = JSON.parse(await (await fixturesApp.request('/api/signals/export?format=json&country=RU')).text()) as SignalItem[];
        assert.equal(json.length, expected);
        assert.ok(json.every((s) => s.actor.country === 'RU'));
        const res = await fixturesApp.request('/api/signals/export?format=csv');
        assert.match(res.headers.get('content-disposition') ?? '', /attachment/);
        await get(fixturesApp, '/api/signals/export?format=xml', 400);
      });
    });
  });
}
