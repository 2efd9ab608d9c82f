import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { after, describe, test } from 'node:test';
import { connectStore } from '../../store/index.ts';
import { urlFor, useTestDatabase } from '../../../test/store-postgres-fixture.ts';
import { connectWatchState, openSqliteWatchState, type WatchState } from '../state/index.ts';
import { createDeliveries, deliverPending, evidenceLink, formatAlertText, signBody, type Alert } from './index.ts';

const dir = mkdtempSync(join(tmpdir(), 'brink-alert-unit-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** A fresh watch state: SQLite in memory, and a new PostgreSQL store when BRINK_TEST_PG is set. */
const database = useTestDatabase('alert delivery on PostgreSQL');
let stores = 0;
const BACKENDS: { name: string; open: () => Promise<WatchState> }[] = [
  { name: 'sqlite', open: () => Promise.resolve(openSqliteWatchState(':memory:')) },
  ...(database
    ? [
        {
          name: 'postgres',
          open: async () => {
            const location = urlFor(database().url, database().name, `delivery_${stores++}`);
            await (await connectStore(location)).close();
            return connectWatchState(location);
          },
        },
      ]
    : []),
];

const alert: Alert = {
  id: 'k1',
  rules: ['ru-official-threat'],
  signal: {
    key: 'k1',
    type: 'THREAT',
    actor: { name: 'Dmitry Medvedev', country: 'RU', kind: 'official' },
    target: 'UA',
    date: '2024-11-19',
    severity: 4,
    modality: 'public',
    sourcing: 'on_record',
    quote: 'это не блеф',
    confidence: 0.9,
    cluster: 'c1',
    index: 2,
  },
  evidence: ['Ответ может быть любым, вплоть до применения ядерного оружия.'],
  document: { id: 'd1', source: 'telegram:medvedev_telegram/512', url: 'https://t.me/medvedev_telegram/512', title: null, lang: 'ru', published: { date: '2024-11-19', precision: 'day', method: 'metadata' } },
  sources: [{ document: 'd1', source: 'telegram:medvedev_telegram/512', url: 'https://t.me/medvedev_telegram/512' }],
  link: 'https://brink.example.org/#/doc/d1?signal=k1',
  origin: null,
  detectedAt: '2024-11-19T16:10:00.000Z',
};

test('evidence links follow the dashboard route; no base, no link', () => {
  assert.equal(evidenceLink('https://brink.example.org/', 'abc 1', 'k/1'), 'https://brink.example.org/#/doc/abc%201?signal=k%2F1');
  assert.equal(evidenceLink(null, 'abc', 'k1'), null);
});

test('text alerts are one readable line', () => {
  assert.equal(
    formatAlertText(alert),
    'ALERT [ru-official-threat] THREAT severity 4: Dmitry Medvedev (RU) → UA 2024-11-19 "Ответ может быть любым, вплоть до применения ядерного оружия." https://brink.example.org/#/doc/d1?signal=k1',
  );
});

test('signatures are HMAC-SHA256 of the exact body', () => {
  const body = JSON.stringify(alert);
  assert.equal(signBody('secret-secret-secret', body), `sha256=${createHmac('sha256', 'secret-secret-secret').update(body).digest('hex')}`);
  assert.notEqual(signBody('secret-secret-secret', body), signBody('secret-secret-secret', `${body} `));
});

for (const backend of BACKENDS) {
  describe(`alert delivery: ${backend.name}`, () => {
    test('JSONL delivery interrupted after writing is not written twice; stdout gets JSON when asked', async () => {
      const state = await backend.open();
      const file = join(dir, `alerts-${backend.name}.jsonl`);
      const out = new PassThrough();
      const printed: string[] = [];
      out.on('data', (c: Buffer) => printed.push(c.toString()));
      const deliveries = createDeliveries(
        [
          { type: 'jsonl', name: 'file', path: file },
          { type: 'stdout', name: 'out', format: 'json' },
        ],
        { stdout: out },
      );
      const now = '2024-11-19T16:10:00.000Z';
      const queued = (channel: string) => ({ signalKey: 'k1', channel, rules: alert.rules, payload: alert });
      assert.equal(await state.commitItem([queued('file'), queued('out')], null, now), 2);
      assert.equal(await state.commitItem([queued('file')], null, now), 0, 'one row per signal and channel');
      // A previous run wrote the line, then was killed before recording the delivery.
      writeFileSync(file, JSON.stringify(alert) + '\n');
      const claim = await state.claimAlert('k1', 'file', now);
      assert.ok(claim);
      await claim.settle(null, now);

      const report = await deliverPending(state, deliveries, { now: () => new Date('2024-11-19T16:11:00Z') });
      assert.deepEqual([report.delivered, report.failed], [2, 0]);
      assert.equal(readFileSync(file, 'utf8').trim().split('\n').length, 1);
      assert.deepEqual(JSON.parse(printed.join('')), alert);
      assert.equal((await state.alertsByStatus('delivered')).length, 2);
      assert.equal((await deliverPending(state, deliveries)).delivered, 0, 'nothing left');
      await state.close();
    });

    test('an alert for a channel removed from the config is given up, not retried forever', async () => {
      const state = await backend.open();
      await state.commitItem([{ signalKey: 'k2', channel: 'pager', rules: ['r'], payload: alert }], null, '2024-11-19T16:10:00.000Z');
      const report = await deliverPending(state, new Map());
      assert.equal(report.failed, 1);
      assert.match((await state.alertsByStatus('failed'))[0]?.last_error ?? '', /no alert channel named 'pager'/);
      await state.close();
    });
  });
}
