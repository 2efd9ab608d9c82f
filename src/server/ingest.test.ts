/**
 * POST /api/ingest: off without a token, bearer-only with one, body formats,
 * limits; and one end-to-end run through the real pipeline and store, read
 * back through the API.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import Database from 'better-sqlite3';
import type { RawDocument } from '../document/index.ts';
import { openStore, type Store } from '../store/index.ts';
import { openSqliteDatabase } from '../store/sqlite/index.ts';
import { createApp } from './app.ts';
import { createIngestor } from './index.ts';
import { checkBearer, type Ingestor } from './ingest.ts';

const TOKEN = 'a-long-enough-test-token-0123456789';

/** Records what it is given and answers as an ingestor that stored everything. */
function recordingIngestor(): { ingest: Ingestor; seen: RawDocument[] } {
  const seen: RawDocument[] = [];
  return {
    seen,
    ingest: (docs) => {
      seen.push(...docs);
      return Promise.resolve(docs.map((d, i) => ({ source: d.source, ok: true, id: `id-${i}`, cluster: `id-${i}`, stored: true, signalsAdded: 0, error: null })));
    },
  };
}

const memory = new Database(':memory:');
after(() => memory.close());

function post(app: ReturnType<typeof createApp>, body: string | Uint8Array<ArrayBuffer>, headers: Record<string, string>, query = '') {
  return app.request(`/api/ingest${query}`, { method: 'POST', body, headers });
}

test('without a configured token, ingest is refused whatever the request says', async () => {
  const { ingest, seen } = recordingIngestor();
  const app = createApp({ db: memory, ingest, ingestToken: null });
  const res = await post(app, 'some text', { 'content-type': 'text/plain', authorization: `Bearer ${TOKEN}` });
  assert.equal(res.status, 403);
  assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'ingest_disabled');
  assert.equal(seen.length, 0);
});

test('with a token, only the exact bearer token passes', async () => {
  const { ingest, seen } = recordingIngestor();
  const app = createApp({ db: memory, ingest, ingestToken: TOKEN });
  const refused = [undefined, '', 'Bearer', `Bearer ${TOKEN}x`, `Bearer ${TOKEN.slice(0, -1)}`, `Basic ${TOKEN}`, TOKEN, `Bearer  ${TOKEN} extra`];
  for (const authorization of refused) {
    const headers: Record<string, string> = { 'content-type': 'text/plain' };
    if (authorization !== undefined) headers['authorization'] = authorization;
    const res = await post(app, 'some text', headers);
    assert.equal(res.status, 401, String(authorization));
  }
  assert.equal(seen.length, 0);
  const ok = await post(app, 'some text', { 'content-type': 'text/plain', authorization: `Bearer ${TOKEN}` });
  assert.equal(ok.status, 200);
  const lower = await post(app, 'some text', { 'content-type': 'text/plain', authorization: `bearer ${TOKEN}` });
  assert.equal(lower.status, 200);
  assert.equal(seen.length, 2);
});

test('checkBearer compares whole tokens', () => {
  assert.doesNotThrow(() => checkBearer(TOKEN, `Bearer ${TOKEN}`));
  assert.throws(() => checkBearer(TOKEN, `Bearer ${TOKEN.toUpperCase()}`));
  assert.throws(() => checkBearer(null, `Bearer ${TOKEN}`));
});

test('text, HTML, JSON and NDJSON bodies become documents; others are refused', async () => {
  const { ingest, seen } = recordingIngestor();
  const app = createApp({ db: memory, ingest, ingestToken: TOKEN });
  const auth = { authorization: `Bearer ${TOKEN}` };

  let res = await post(app, 'Le Kremlin a mis en garde.', { ...auth, 'content-type': 'text/plain; charset=utf-8' }, '?source=wire-1&published=2022-09-22&url=https%3A%2F%2Fx.example%2Fa');
  assert.equal(res.status, 200);
  assert.deepEqual(seen.at(-1), { source: 'wire-1', content: 'Le Kremlin a mis en garde.', format: 'text', meta: { url: 'https://x.example/a', published: '2022-09-22' } });

  res = await post(app, '<html><body><p>Hi</p></body></html>', { ...auth, 'content-type': 'text/html' });
  assert.equal(res.status, 200);
  assert.equal(seen.at(-1)?.format, 'html');

  res = await post(app, JSON.stringify([{ text: 'one', url: 'https://a.example/1' }, { html: '<p>two</p>' }, { nothing: true }]), { ...auth, 'content-type': 'application/json' });
  assert.equal(res.status, 200);
  const results = ((await res.json()) as { results: { ok: boolean; error: string | null }[] }).results;
  assert.deepEqual(results.map((r) => r.ok), [true, true, false]);
  assert.match(results[2]!.error ?? '', /neither "text" nor "html"/);

  res = await post(app, '{"text":"a"}\n\nnot json\n{"text":"b"}\n', { ...auth, 'content-type': 'application/x-ndjson' });
  assert.equal(res.status, 200);
  const nd = ((await res.json()) as { results: { source: string; ok: boolean }[] }).results;
  assert.deepEqual(nd.map((r) => r.ok), [true, true, false]);

  for (const [body, type, status] of [
    ['x', 'application/xml', 415],
    ['{"text": ', 'application/json', 400],
    ['[]', 'application/json', 400],
    ['', 'text/plain', 400],
  ] as const) {
    const r = await post(app, body, type ? { ...auth, 'content-type': type } : auth);
    assert.equal(r.status, status, `${type} ${JSON.stringify(body)}`);
  }
  // Bytes without a content type (a string body would default to text/plain).
  const untyped = await post(app, new TextEncoder().encode('x'), auth);
  assert.equal(untyped.status, 415);
  const bad = await post(app, 'x', { ...auth, 'content-type': 'text/plain' }, '?published=' + 'x'.repeat(100));
  assert.equal(bad.status, 400);
  assert.equal(((await bad.json()) as { error: { parameter: string } }).error.parameter, 'published');
});

test('a body over the limit is a 413 before the ingestor sees it', async () => {
  const { ingest, seen } = recordingIngestor();
  const app = createApp({ db: memory, ingest, ingestToken: TOKEN, ingestMaxBytes: 1024 });
  const res = await post(app, 'x'.repeat(4096), { authorization: `Bearer ${TOKEN}`, 'content-type': 'text/plain' });
  assert.equal(res.status, 413);
  assert.equal(seen.length, 0);
});

let dir: string;
let store: Store;
let db: Database.Database;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'brink-ingest-'));
});
after(async () => {
  db?.close();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

test('ingest runs the real pipeline and store, and the API sees the result at once', async () => {
  const path = join(dir, 'ingest.db');
  store = openStore(path);
  db = openSqliteDatabase(path, { readonly: true });
  const app = createApp({ db, ingest: createIngestor(store), ingestToken: TOKEN });
  const before = (await (await app.request('/api/stats')).json()) as { documents: number; ingest: boolean };
  assert.equal(before.documents, 0);
  assert.equal(before.ingest, true);
  const text =
    'Moscou menace\n\nLe président russe Vladimir Poutine a déclaré mercredi que la Russie utiliserait « tous les moyens à sa disposition » pour défendre son territoire. « Ce n’est pas du bluff », a-t-il ajouté.';
  const res = await post(app, text, { authorization: `Bearer ${TOKEN}`, 'content-type': 'text/plain' }, '?source=http-test&published=2022-09-21');
  assert.equal(res.status, 200);
  const [result] = ((await res.json()) as { results: { ok: boolean; id: string; stored: boolean; error: string | null }[] }).results;
  assert.ok(result?.ok, result?.error ?? 'no result');
  assert.equal(result.stored, true);
  // The read connection is not the store's: the stats cache must notice the write.
  const afterStats = (await (await app.request('/api/stats')).json()) as { documents: number };
  assert.equal(afterStats.documents, 1);
  const doc = (await (await app.request(`/api/documents/${result.id}`)).json()) as { text: string; sources: { source: string }[] };
  assert.match(doc.text, /tous les moyens/);
  assert.deepEqual(doc.sources.map((s) => s.source), ['http-test']);
  // The same content again adds nothing.
  const again = await post(app, text, { authorization: `Bearer ${TOKEN}`, 'content-type': 'text/plain' }, '?source=http-test');
  const [second] = ((await again.json()) as { results: { ok: boolean; stored: boolean }[] }).results;
  assert.deepEqual([second?.ok, second?.stored], [true, false]);
});
