/**
 * What the browser tests share: a dashboard built from the current web/
 * sources (Vite, into a temp dir), a store built from the seed corpus plus the
 * fixture records, a real `brink serve` on a free loopback port, and Chromium.
 * Tests skip — saying why — only when /usr/bin/chromium is absent.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { buildTestStore } from '../../src/server/fixtures/store.ts';
import { startServer, type RunningServer } from '../../src/server/index.ts';

export const CHROMIUM = '/usr/bin/chromium';
export const SKIP = existsSync(CHROMIUM) ? false : `browser tests need Chromium at ${CHROMIUM} (apt-get install chromium); skipped`;
export const ROOT = join(import.meta.dirname, '..', '..');
export const SCREENSHOTS = join(ROOT, 'test-output', 'screenshots');
/** In-page helpers (plain JS, see the file). */
const PROBES = join(import.meta.dirname, 'probes.js');
export const INGEST_TOKEN = 'browser-test-token-0123456789abcdef';

const CHROMIUM_ARGS = ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export interface Harness {
  readonly url: string;
  readonly browser: Browser;
  readonly storePath: string;
  /** A page with listeners that record console errors, page errors and dialogs (an alert() is an XSS). */
  page(viewport?: { width: number; height: number }): Promise<{ page: Page; problems: string[] }>;
  close(): Promise<void>;
}

async function defaultStore(dir: string): Promise<string> {
  const { path, seedFailures } = await buildTestStore(dir);
  if (seedFailures.length > 0) throw new Error(`seed documents failed: ${seedFailures.join('; ')}`);
  return path;
}

/** `store` builds the store to serve in the given temp dir (default: seeds plus fixture records). */
export async function startHarness(options: { readonly store?: (dir: string) => Promise<string> } = {}): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'brink-browser-'));
  const webRoot = join(dir, 'web');
  await build({ configFile: join(ROOT, 'web', 'vite.config.ts'), logLevel: 'silent', build: { outDir: webRoot, emptyOutDir: true, sourcemap: false } });
  const path = await (options.store ?? defaultStore)(dir);
  let server: RunningServer | null = null;
  let browser: Browser | null = null;
  try {
    server = await startServer({ db: path, port: 0, host: '127.0.0.1', ingestToken: INGEST_TOKEN, webRoot });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  } catch (error) {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  mkdirSync(SCREENSHOTS, { recursive: true });
  const b = browser;
  const s = server;
  return {
    url: s.url,
    browser: b,
    storePath: path,
    async page(viewport = { width: 1280, height: 900 }) {
      const context = await b.newContext({ viewport });
      await context.addInitScript({ path: PROBES });
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
      page.on('console', (m) => {
        if (m.type() === 'error') problems.push(`console: ${m.text()}`);
      });
      page.on('dialog', (d) => {
        problems.push(`dialog: ${d.message()}`);
        void d.dismiss();
      });
      return { page, problems };
    },
    async close() {
      await b.close();
      await s.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Calls one of probes.js's helpers in the page; `call` is e.g. `renders()` or `data("tr", "key")`. */
export async function probe<T>(page: Page, call: string): Promise<T> {
  return page.evaluate<T>(`brinkProbe.${call}`);
}

/**
 * Waits until a probe call is truthy, polling from Node: the page's CSP
 * (script-src 'self', no eval) forbids Playwright's string predicates — as it should.
 */
export async function until(page: Page, call: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe<unknown>(page, call))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for brinkProbe.${call}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Navigates to a hash route and waits until the view has rendered. */
export async function open(page: Page, base: string, hash: string): Promise<void> {
  await page.goto(`${base}/${hash}`);
  await until(page, 'ready()');
}

/** Runs `action` (which navigates inside the app) and waits until the next view has rendered. */
export async function navigating(page: Page, action: () => Promise<unknown>): Promise<void> {
  const before = await probe<number>(page, 'renders()');
  await action();
  await until(page, `renders() > ${before}`);
}
