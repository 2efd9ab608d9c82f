import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import Database from 'better-sqlite3';
import { createApp } from './app.ts';

const db = new Database(':memory:');
const root = mkdtempSync(join(tmpdir(), 'brink-web-'));
mkdirSync(join(root, 'assets'));
writeFileSync(join(root, 'index.html'), '<!doctype html><title>x</title><script type="module" src="/assets/app-1.js"></script>');
writeFileSync(join(root, 'assets', 'app-1.js'), 'console.log(1)');
// A file outside the web root that traversal attempts aim at.
writeFileSync(join(root, '..', 'brink-web-secret.txt'), 'secret');
after(() => {
  db.close();
  rmSync(root, { recursive: true, force: true });
  rmSync(join(root, '..', 'brink-web-secret.txt'), { force: true });
});

test('serves the built dashboard with a strict CSP and cache headers', async () => {
  const app = createApp({ db, webRoot: root });
  const page = await app.request('/');
  assert.equal(page.status, 200);
  assert.match(page.headers.get('content-type') ?? '', /^text\/html/);
  const csp = page.headers.get('content-security-policy') ?? '';
  assert.match(csp, /script-src 'self'(;|$)/);
  assert.match(csp, /default-src 'none'/);
  assert.match(csp, /frame-ancestors 'none'/);
  assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
  assert.equal(page.headers.get('x-content-type-options'), 'nosniff');
  assert.equal(page.headers.get('x-frame-options'), 'DENY');
  assert.equal(page.headers.get('referrer-policy'), 'no-referrer');
  assert.equal(page.headers.get('cache-control'), 'no-cache');
  const js = await app.request('/assets/app-1.js');
  assert.equal(js.status, 200);
  assert.match(js.headers.get('content-type') ?? '', /^text\/javascript/);
  assert.match(js.headers.get('cache-control') ?? '', /immutable/);
  const again = await app.request('/assets/app-1.js', { headers: { 'if-none-match': js.headers.get('etag')! } });
  assert.equal(again.status, 304);
  assert.equal((await app.request('/favicon.ico')).status, 204);
});

test('request paths are only lookup keys: traversal finds nothing', async () => {
  const app = createApp({ db, webRoot: root });
  for (const path of ['/../brink-web-secret.txt', '/%2e%2e/brink-web-secret.txt', '/assets/..%2f..%2fbrink-web-secret.txt', '/..%5cbrink-web-secret.txt', '//etc/passwd', '/index.html%00.js']) {
    const res = await app.request(path);
    assert.equal(res.status, 404, path);
    assert.doesNotMatch(await res.text(), /secret/);
  }
});

test('API responses carry the same headers and are not cached', async () => {
  const app = createApp({ db, webRoot: null });
  const res = await app.request('/api/nothing-here');
  assert.equal(res.status, 404);
  assert.equal(res.headers.get('cache-control'), 'no-store');
  assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
  const home = await app.request('/');
  assert.equal(home.status, 404);
  assert.match(await home.text(), /build:web/);
});
