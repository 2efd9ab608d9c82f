/**
 * The Overview's alerts panel in Chromium, on a store where the real watcher
 * raised alerts (src/server/fixtures/watched.ts): it lists the latest alerts
 * as the API has them, each links to the evidence view with its sentence
 * marked, it refreshes on its timer, and says how to get alerts when there
 * are none. Screenshots: test-output/screenshots/alerts*.png.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { buildWatchedStore } from '../../src/server/fixtures/watched.ts';
import type { AlertItem } from '../../src/server/schemas.ts';
import { SCREENSHOTS, SKIP, navigating, open, probe, startHarness, until, type Harness } from './harness.ts';

let h: Harness;

async function alerts(): Promise<AlertItem[]> {
  const res = await fetch(`${h.url}/api/alerts?limit=10`);
  assert.equal(res.status, 200);
  return ((await res.json()) as { items: AlertItem[] }).items;
}

/** How many times the panel has filled itself from the API. */
const loads = async (page: Page) => Number((await probe<(string | null)[]>(page, "data('#alerts', 'loaded')"))[0] ?? '0');

describe('alerts panel in Chromium', { skip: SKIP }, () => {
  before(async () => {
    h = await startHarness({ store: async (dir) => (await buildWatchedStore(dir, 'watched.db', ['seed-000.txt', 'seed-004.txt'])).path });
  });
  after(async () => {
    await h?.close();
  });

  test('the overview lists the latest alerts, and an alert opens the evidence view of its signal', async () => {
    const expected = await alerts();
    assert.ok(expected.length >= 2);
    const { page, problems } = await h.page();
    await open(page, h.url, '#/');
    await until(page, "data('#alerts', 'loaded')[0]");
    const items = page.locator('#alerts li[data-key]');
    assert.deepEqual(await probe(page, "data('#alerts li[data-key]', 'key')"), expected.map((a) => a.id));

    const first = expected[0]!;
    const text = (await items.first().textContent()) ?? '';
    for (const part of [first.signal.actor.name, ...first.rules, first.evidence!.slice(0, 80)]) assert.ok(text.includes(part), `${JSON.stringify(part)} in ${text}`);
    assert.equal(await items.first().locator('.sev').textContent(), String(first.signal.severity));
    await page.locator('#alerts').screenshot({ path: join(SCREENSHOTS, 'alerts.png') });

    // A threat alert: its Evidence link opens the document with that signal's sentence marked.
    const threat = expected.find((a) => a.signal.type === 'THREAT')!;
    await navigating(page, () => page.locator(`#alerts li[data-key="${threat.id}"] a.evidence-link`).click());
    assert.equal(new URL(page.url()).hash, `#/doc/${threat.document.id}?signal=${threat.signal.key}`);
    // The signal may rest on several sentences of the document; the alert's is one of those marked.
    const marked = (await page.locator('.article mark.evidence.active').allTextContents()).join('');
    assert.ok(threat.evidence && marked.includes(threat.evidence), `${threat.evidence} among the marked evidence: ${marked}`);
    await page.screenshot({ path: join(SCREENSHOTS, 'alerts-evidence.png'), fullPage: true });
    assert.deepEqual(problems, []);
  });

  test('with no alerts the panel says how to get them, and its timer brings new ones in', async () => {
    const { page, problems } = await h.page();
    await page.clock.install();
    // The first answer is a store's before any watcher ran; later ones are the server's own.
    let answered = 0;
    await page.route('**/api/alerts?*', async (route) => {
      if (answered++ === 0) await route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ items: [], next: null }) });
      else await route.continue();
    });
    await open(page, h.url, '#/');
    await until(page, "data('#alerts', 'loaded')[0]");
    const empty = (await page.locator('#alerts .alerts-empty').textContent()) ?? '';
    assert.match(empty, /No alerts yet/);
    assert.match(empty, /brink serve --watch/);
    assert.match(empty, /brink watch/);
    await page.locator('#alerts').screenshot({ path: join(SCREENSHOTS, 'alerts-empty.png') });

    const before = await loads(page);
    await page.clock.runFor(30_000);
    await until(page, `data('#alerts', 'loaded')[0] > ${before}`);
    assert.equal(await page.locator('#alerts .alerts-empty').count(), 0);
    assert.deepEqual(await probe(page, "data('#alerts li[data-key]', 'key')"), (await alerts()).map((a) => a.id));
    assert.deepEqual(problems, []);
  });
});
