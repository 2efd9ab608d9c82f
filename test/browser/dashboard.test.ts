/**
 * The dashboard in real Chromium against a real server: what only a browser
 * can show — the chart is drawn from the store's data, filters change the
 * table, the evidence view marks the right sentence, hostile text stays
 * text, every control is reachable by keyboard, and the page fits a phone.
 * Screenshots of each view go to test-output/screenshots/.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { EVIL, MEDVEDEV_THREAT, fixtureByTitle } from '../../src/server/fixtures/store.ts';
import type { Escalation, Indicators, SignalItem } from '../../src/server/schemas.ts';
import { INGEST_TOKEN, SCREENSHOTS, SKIP, navigating, open, probe, startHarness, until, type Harness } from './harness.ts';

let h: Harness;

async function api<T>(path: string): Promise<T> {
  const res = await fetch(`${h.url}${path}`);
  assert.equal(res.status, 200, path);
  return (await res.json()) as T;
}

const shot = (page: Page, name: string) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });

describe('dashboard in Chromium', { skip: SKIP }, () => {
  before(async () => {
    h = await startHarness();
  });
  after(async () => {
    await h?.close();
  });

  test('the overview chart is drawn from the store, and a point lists its signals', async () => {
    const { page, problems } = await h.page();
    await open(page, h.url, '#/');
    const data = await api<Escalation>('/api/escalation?countries=RU,US,UA&days=1095');
    const chart = page.locator('.chart-wrap').first();
    assert.equal(await chart.locator('path.line').count(), data.series.filter((s) => s.kind === 'official').length);
    // One point per day on which a series had signals filed.
    const expectedPoints = data.series.filter((s) => s.kind === 'official').reduce((n, s) => n + s.signals.filter((c) => c > 0).length, 0);
    assert.ok(expectedPoints > 0);
    assert.equal(await chart.locator('circle.point').count(), expectedPoints);
    assert.equal(await chart.locator('circle.marker').count(), data.markers.length);
    assert.ok(data.markers.length > 0);
    await shot(page, 'overview');

    // Click the severe marker of 1 Oct 2022: the drill-down lists the hostile fixture's threat, as text.
    await page.locator('circle.marker[data-date="2022-10-01"]').click();
    await page.waitForSelector('#drilldown table.signals tbody tr[data-key]');
    const actors = await page.locator('#drilldown tbody tr[data-key] td:nth-child(3)').allTextContents();
    assert.deepEqual(actors, [EVIL.name]);

    // Keyboard: focus the chart, go to the last day, Enter lists that day's signals for the first series.
    await page.focus('.chart-wrap svg.chart');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await until(page, `text('#drilldown h2')?.includes(${JSON.stringify(formatDate(data.to!))})`);
    assert.match((await page.locator('#drilldown h2').textContent()) ?? '', /All officials/);
    assert.deepEqual(problems, []);
  });

  test('the indicators board shows types × countries with the latest item and trend', async () => {
    const { page, problems } = await h.page();
    await open(page, h.url, '#/indicators');
    const heads = await page.locator('table.board thead th').allTextContents();
    assert.deepEqual(heads.slice(0, 4), ['Type', 'RU', 'US', 'UA']);
    assert.equal(await page.locator('table.board tbody tr').count(), 11);
    // Every cell shows the latest signal the API reports for it.
    const board = await api<Indicators>('/api/indicators');
    const filled = board.cells.filter((c) => c.latest !== null);
    assert.ok(filled.length > 0);
    for (const c of filled) {
      const text = (await page.locator(`td[data-type="${c.type}"][data-country="${c.country}"]`).textContent()) ?? '';
      assert.ok(text.includes(formatDate(c.latest!.day)) && text.includes(c.latest!.actor), `${c.type}×${c.country}: ${text}`);
    }
    await shot(page, 'indicators');
    assert.deepEqual(problems, []);
  });

  test('filters change the signals table', async () => {
    const { page, problems } = await h.page();
    await open(page, h.url, '#/signals');
    const rows = page.locator('table.signals tbody tr[data-key]');
    const all = await rows.count();
    assert.ok(all > 0);
    await page.selectOption('#f-type', ['THREAT']);
    await navigating(page, () => page.click('form.filters button[type=submit]'));
    assert.match(page.url(), /type=THREAT/);
    const rowData = (key: string) => probe<(string | null)[]>(page, `data('table.signals tbody tr[data-key]', ${JSON.stringify(key)})`);
    const types = await rowData('type');
    const threats = await api<{ items: SignalItem[] }>('/api/signals?type=THREAT&limit=50');
    assert.equal(types.length, threats.items.length);
    assert.ok(types.length > 0 && types.length < all);
    assert.ok(types.every((t) => t === 'THREAT'));

    await page.selectOption('#f-min', '5');
    await navigating(page, () => page.click('form.filters button[type=submit]'));
    const severities = (await rowData('severity')).map(Number);
    assert.ok(severities.length > 0 && severities.every((s) => s >= 5));

    await page.fill('#f-q', 'Belarus');
    await page.selectOption('#f-type', []);
    await page.selectOption('#f-min', '');
    await navigating(page, () => page.press('#f-q', 'Enter'));
    const keys = await rowData('key');
    const expected = await api<{ items: SignalItem[] }>('/api/signals?q=Belarus');
    assert.deepEqual(keys, expected.items.map((s) => s.key));
    const csv = await page.locator('a[download="brink-signals.csv"]').getAttribute('href');
    assert.match(csv ?? '', /^\/api\/signals\/export\?q=Belarus&sort=-date&format=csv$/);

    await open(page, h.url, '#/signals');
    await shot(page, 'signals');
    // A bad filter shows the API's message, naming the parameter.
    await open(page, h.url, '#/signals?country=R');
    assert.match((await page.locator('[role=alert]').textContent()) ?? '', /^country:/);
    assert.deepEqual(problems.filter((p) => !p.includes('400')), []);
  });

  test('the evidence view highlights the sentence behind the selected signal', async () => {
    const wire = fixtureByTitle('Medvedev says');
    const threat = (await api<{ items: SignalItem[] }>('/api/signals?actor=Dmitry%20Medvedev&type=THREAT')).items.find((s) => s.outlets === 2)!;
    const { page, problems } = await h.page();
    await open(page, h.url, `#/doc/${wire.id}?signal=${threat.key}`);
    const active = async () => (await page.locator('.article mark.evidence.active').allTextContents()).join('');
    assert.equal(await active(), MEDVEDEV_THREAT);
    assert.equal(await page.locator('.article mark.quote').first().textContent(), 'any Russian weapon, including strategic nuclear weapons');
    assert.deepEqual(await page.locator('ul.outlets a').allTextContents(), ['Medvedev: nuclear weapons could defend annexed land']);
    assert.equal(await page.locator('details.removed').getAttribute('open'), null);
    assert.match((await page.locator('details.removed summary').textContent()) ?? '', /\(1\)/);
    await shot(page, 'evidence');

    await page.getByRole('button', { name: /Warning — Jake Sullivan/ }).click();
    assert.equal(await active(), wire.text.split('\n\n')[2]);
    assert.match(page.url(), /signal=/);
    assert.deepEqual(problems, []);
  });

  test('hostile document text renders as text and runs nothing', async () => {
    const payload = [
      'Le Kremlin brandit de nouveau la menace nucléaire',
      'Le vice-président du Conseil de sécurité russe, Dmitri Medvedev, a affirmé jeudi que la Russie pourrait utiliser « toute arme, y compris nucléaire » pour défendre les régions annexées <script>window.__xss = "ingested-script"</script> selon un message publié sur Telegram.',
      'Les experts interrogés par notre rédaction jugent cette déclaration <img src=x onerror="window.__xss=\'ingested-img\'"> plus inquiétante que les précédentes, car elle vise directement les livraisons d’armes occidentales à l’Ukraine.',
      'Washington a averti Moscou de « conséquences catastrophiques » en cas d’usage de l’arme nucléaire, a indiqué Jake Sullivan <svg onload="window.__xss=\'ingested-svg\'"></svg> dimanche à la télévision américaine.',
    ].join('\n\n');
    const res = await fetch(`${h.url}/api/ingest?source=${encodeURIComponent('javascript:window.__xss="src"')}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${INGEST_TOKEN}`, 'content-type': 'text/plain' },
      body: payload,
    });
    assert.equal(res.status, 200);
    const ingested = ((await res.json()) as { results: { ok: boolean; id: string; error: string | null }[] }).results[0]!;
    assert.ok(ingested.ok, ingested.error ?? '');
    const hostile = fixtureByTitle('<img');

    const { page, problems } = await h.page();
    const views = [
      `#/doc/${hostile.id}`,
      `#/doc/${ingested.id}`,
      '#/',
      '#/signals',
      `#/actor/${encodeURIComponent(EVIL.name)}`,
      '#/actors',
      '#/indicators',
    ];
    for (const view of views) {
      await open(page, h.url, view);
      // Give any injected handler a chance to fire.
      await page.mouse.move(300, 300);
      await page.waitForTimeout(100);
      const state = await probe<{ xss: string | null; injected: number; handlers: number; jsLinks: number }>(page, 'xssState()');
      assert.deepEqual(state, { xss: null, injected: 0, handlers: 0, jsLinks: 0 }, view);
    }
    await open(page, h.url, `#/doc/${hostile.id}`);
    assert.equal(await page.locator('.article').textContent(), hostile.text);
    assert.ok(hostile.text.includes('<script>window.__xss = "text"</script>'));
    assert.equal(await page.locator('h1').textContent(), hostile.title);
    await shot(page, 'xss-inert');
    // Whatever the cleaner kept of the ingested payload, and what it removed, is shown character for character.
    const stored = await api<{ text: string; removed: { text: string }[] }>(`/api/documents/${ingested.id}`);
    await open(page, h.url, `#/doc/${ingested.id}`);
    assert.equal(await page.locator('.article').textContent(), stored.text);
    const removedShown = await page.locator('details.removed li').allTextContents();
    assert.equal(removedShown.length, stored.removed.length);
    const shownPayload = [stored.text, ...stored.removed.map((r) => r.text)].join('\n');
    assert.match(shownPayload, /<img src=x onerror=|<script>|<svg onload=|window\.__xss/, 'the pipeline kept no trace of the payload: this check no longer tests it');
    assert.deepEqual(problems, []);
  });

  test('the keyboard reaches every control', async () => {
    const { page } = await h.page();
    for (const view of ['#/signals', '#/', `#/doc/${fixtureByTitle('Medvedev says').id}`, '#/indicators']) {
      await open(page, h.url, view);
      const count = await probe<number>(page, 'markControls()');
      const seen = new Set<string>();
      for (let i = 0; i < count * 2 + 10 && seen.size < count; i++) {
        await page.keyboard.press('Tab');
        const id = await probe<string | null>(page, 'activeControl()');
        if (id !== null) seen.add(id);
      }
      const missed = await probe<string[]>(page, `missedControls(${JSON.stringify([...seen])})`);
      assert.deepEqual(missed, [], view);
    }
  });

  test('views fit a phone screen', async () => {
    const { page, problems } = await h.page({ width: 390, height: 844 });
    for (const [view, name] of [
      ['#/', 'overview-phone'],
      ['#/signals', 'signals-phone'],
      [`#/doc/${fixtureByTitle('Medvedev says').id}`, 'evidence-phone'],
      ['#/indicators', 'indicators-phone'],
      ['#/actor/Dmitry%20Medvedev', 'actor-phone'],
    ] as const) {
      await open(page, h.url, view);
      const overflow = await probe<number>(page, 'overflow()');
      assert.ok(overflow <= 1, `${view} is ${overflow}px wider than the screen`);
      await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
    }
    await open(page, h.url, '#/actor/Dmitry%20Medvedev');
    await page.setViewportSize({ width: 1280, height: 900 });
    await shot(page, 'actor');
    assert.deepEqual(problems, []);
  });
});

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
function formatDate(day: string): string {
  const [y, m, d] = day.split('-');
  return `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
}
