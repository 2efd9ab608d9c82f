/**
 * What is specific to the PostgreSQL backend: migrations, open errors,
 * read-only stores, full-text search, and saves from several connections at
 * once (the conformance suite, test/store-conformance.test.ts, runs the
 * shared behaviour on both backends). Needs BRINK_TEST_PG; skipped without.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import pg from 'pg';
import { signatureOf } from '../src/cluster/index.ts';
import type { DocumentRecord } from '../src/document/index.ts';
import { connectStore, openStore, StoreOpenError, type Store } from '../src/store/index.ts';
import { connectPostgresStore, type PostgresStore } from '../src/store/postgres/index.ts';
import { LATEST_VERSION, migrateDown, migrateUp, STORE_MIGRATIONS } from '../src/store/postgres/migrate.ts';
import { urlFor, useTestDatabase } from './store-postgres-fixture.ts';

const database = useTestDatabase('PostgreSQL store');

const SEEDS = '../shared/corpus/seeds';
const GOLD = '../shared/corpus/html-gold';

let schemas = 0;
/** A store URL in a schema of its own. */
function freshUrl(): string {
  const db = (database as () => { url: string; name: string })();
  return urlFor(db.url, db.name, `pgtest_${schemas++}`);
}

function paragraphsOf(raw: string): string[] {
  return raw.split('\n').map((l) => l.trim()).filter((l) => l.length > 0);
}

function recordOf(text: string, source: string, lang: string, title: string | null = null): DocumentRecord {
  return {
    id: createHash('sha256').update(text).digest('hex').slice(0, 16),
    source,
    lang,
    relevant: true,
    title,
    published: null,
    text,
    removed: [],
    quotes: [],
    signals: [],
    cluster: null,
  };
}

/** A seed's body as stored text, its first line as the title. */
function seed(n: number, source = `seeds/seed-00${n}.txt`): DocumentRecord {
  const [title = null, ...body] = paragraphsOf(readFileSync(join(SEEDS, `seed-00${n}.txt`), 'utf8'));
  return recordOf(body.join('\n\n'), source, 'fr', title);
}

/** The same story republished: another outlet's header and footer, paragraphs in another order. */
function copyOf(record: DocumentRecord, outlet: number): DocumentRecord {
  const paragraphs = record.text.split('\n\n');
  const turn = outlet % paragraphs.length;
  const text = [
    `Publié par la rédaction numéro ${outlet}`,
    ...paragraphs.slice(turn),
    ...paragraphs.slice(0, turn),
    `Abonnez-vous à la lettre ${outlet} pour ne rien manquer`,
  ].join('\n\n');
  return recordOf(text, `outlet-${outlet}/story`, 'fr', record.title);
}

function input(record: DocumentRecord) {
  return { record, url: null, signature: signatureOf(record.text) };
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const parsed = new URL(url);
  const schema = parsed.searchParams.get('schema') ?? 'public';
  parsed.searchParams.delete('schema');
  const client = new pg.Client({ connectionString: parsed.toString(), options: `-c search_path=${schema}` });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function tablesOf(client: pg.Client, schema: string): Promise<string[]> {
  const { rows } = await client.query<{ t: string }>(
    'SELECT table_name AS t FROM information_schema.tables WHERE table_schema = $1 ORDER BY 1',
    [schema],
  );
  return rows.map((r) => r.t);
}

if (database) {
  test('opening applies the migrations once and records them; down removes everything up created', async () => {
    const url = freshUrl();
    const schema = new URL(url).searchParams.get('schema') as string;
    await (await connectStore(url)).close();
    await (await connectStore(url)).close();
    await withClient(url, async (client) => {
      const { rows } = await client.query('SELECT version, name FROM schema_version');
      assert.deepEqual(rows, STORE_MIGRATIONS.migrations.map((m) => ({ version: m.version, name: m.name })));
      const tables = await tablesOf(client, schema);
      for (const t of ['documents', 'document_sources', 'signals', 'evidence', 'cluster_bands', 'sketches', 'actors', 'quotes']) {
        assert.ok(tables.includes(t), t);
      }
      assert.equal(await migrateDown(client, schema, 0), 0);
      assert.deepEqual(await tablesOf(client, schema), ['schema_version']);
      const leftovers = await client.query<{ n: number }>(
        `SELECT (SELECT count(*) FROM pg_ts_config c JOIN pg_namespace n ON n.oid = c.cfgnamespace WHERE n.nspname = $1)::int
              + (SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = $1)::int AS n`,
        [schema],
      );
      assert.equal(leftovers.rows[0]?.n, 0, 'no text-search configuration or function left behind');
      assert.equal(await migrateUp(client, schema), LATEST_VERSION);
      assert.ok((await tablesOf(client, schema)).includes('signals'));
    });
  });

  test('a store written by a newer Brink is refused, naming the versions', async () => {
    const url = freshUrl();
    await (await connectStore(url)).close();
    await withClient(url, (c) => c.query("INSERT INTO schema_version VALUES (99, 'future', '2030-01-01T00:00:00Z')"));
    await assert.rejects(connectStore(url), (e: unknown) => e instanceof StoreOpenError && /99/.test(e.message) && /newer/.test(e.message));
  });

  test('open errors name the store and the reason', async () => {
    const db = (database as () => { url: string; name: string })();
    const closedPort = new URL(db.url);
    closedPort.port = '1';
    closedPort.password = 'hunter2';
    const cases: [string, RegExp][] = [
      [closedPort.toString(), /127\.0\.0\.1:1.*connection refused/],
      [urlFor(db.url, 'no_such_database_here'), /database no_such_database_here does not exist/],
    ];
    for (const [url, message] of cases) {
      await assert.rejects(connectStore(url), (e: unknown) => e instanceof StoreOpenError && message.test(e.message), url);
    }
    await assert.rejects(connectStore(closedPort.toString()), (e: unknown) => !(e as Error).message.includes('hunter2'), 'password masked');
    // The same error from the lazily opened store's first call.
    const lazy = openStore(closedPort.toString());
    await assert.rejects(lazy.counts(), /connection refused/);
    await lazy.close();
    // A schema name Brink would have to quote is refused before connecting.
    assert.throws(() => openStore(urlFor(db.url, db.name, 'Robert"); DROP')), (e: unknown) => e instanceof StoreOpenError && /schema/.test(e.message));
    await assert.rejects(connectStore(freshUrl(), { readonly: true }), /no Brink store there/);
  });

  test('a read-only store reads and refuses to write', async () => {
    const url = freshUrl();
    const writer = await connectStore(url);
    await writer.saveDocument(input(seed(4)));
    await writer.close();
    const reader = await connectStore(url, { readonly: true });
    try {
      assert.equal((await reader.counts()).documents, 1);
      await assert.rejects(reader.saveDocument(input(seed(2))), /read-only/);
    } finally {
      await reader.close();
    }
  });

  test('full-text search stems per language and folds accents', async () => {
    const store: PostgresStore = await connectPostgresStore(freshUrl());
    try {
      const french = seed(0);
      const goldFile = readdirSync(GOLD).find((f) => f.startsWith('2c46804d9db4')) as string;
      const english = recordOf((JSON.parse(readFileSync(join(GOLD, goldFile), 'utf8')) as { body: string }).body, 'en/page', 'en');
      const russian = recordOf('Кремль напомнил о применении ЯДЕРНОГО оружия. Москва не исключила ответ.', 'ru/post', 'ru');
      const speaker = { name: 'Vladimir Putin', country: 'RU', kind: 'official' } as const;
      const quoteAt = (text: string, words: string) => ({ text: words, start: text.indexOf(words), end: text.indexOf(words) + words.length, speaker, kind: 'direct' as const });
      await store.saveDocument(input({ ...french, quotes: [quoteAt(french.text, paragraphsOf(french.text)[0]?.slice(0, 60) ?? '')] }));
      await store.saveDocument(input(english));
      await store.saveDocument(input({ ...russian, quotes: [quoteAt(russian.text, 'не исключила ответ')] }));
      const ids = async (query: string, lang?: string) =>
        (await store.searchDocuments(query, lang === undefined ? {} : { lang })).map((h) => h.id);
      const cases: [string, string | undefined, string[]][] = [
        // Accents folded and French stemming: 'declaration' finds déclaré/déclarations.
        ['declaration', undefined, [french.id]],
        ['DÉCLARATIONS', 'fr', [french.id]],
        // English stemming: 'threatened' finds 'threatening'.
        ['threatened', undefined, [english.id]],
        ['threatened', 'fr', []],
        // Russian: case and inflection (ядерного оружия ← ядерное оружие).
        ['ядерное оружие', undefined, [russian.id]],
        ['ядерное оружие', 'ru', [russian.id]],
        // A phrase in quotes must appear as such; a bare word absent from all is no hit.
        ['"ядерного оружия"', undefined, [russian.id]],
        ['"оружия ядерного"', undefined, []],
        ['zzzqqq', undefined, []],
      ];
      for (const [query, lang, expected] of cases) assert.deepEqual(await ids(query, lang), expected, `${query} (${lang ?? 'any'})`);
      const [hit] = await store.searchDocuments('threatened');
      assert.match(hit?.snippet ?? '', /\[threatening\]/i);
      const quotes = await store.searchQuotes('ответы');
      assert.deepEqual(quotes.map((q) => [q.document, q.speaker]), [[russian.id, 'Vladimir Putin']]);
      // Whatever a user types is a query, never an SQL error.
      for (const odd of ['(', "'; DROP TABLE documents; --", '&|!', '']) assert.ok(Array.isArray(await store.searchDocuments(odd)), odd);
    } finally {
      await store.close();
    }
  });

  test('copies of one story saved at once from two connections end in one cluster', async () => {
    const url = freshUrl();
    // Two stores, two pools: as two worker processes would be.
    const [a, b] = [await connectStore(url), await connectStore(url)] as [Store, Store];
    try {
      const stories = [seed(0), seed(2), seed(3)];
      const rounds = 6;
      const saves: Promise<unknown>[] = [];
      for (let outlet = 0; outlet < rounds * 2; outlet++) {
        for (const story of stories) saves.push((outlet % 2 === 0 ? a : b).saveDocument(input(copyOf(story, outlet))));
      }
      await Promise.all(saves);
      const counts = await a.counts();
      assert.equal(counts.documents, stories.length * rounds * 2);
      assert.equal(counts.clusters, stories.length, 'one cluster per story, whichever connection saved its first copy');
      await withClient(url, async (c) => {
        const { rows } = await c.query('SELECT cluster, count(*)::int AS n FROM documents GROUP BY cluster');
        assert.deepEqual(rows.map((r: { n: number }) => r.n), [rounds * 2, rounds * 2, rounds * 2]);
        const sizes = await c.query<{ n: number }>('SELECT count(*)::int AS n FROM clusters c WHERE size <> (SELECT count(*) FROM documents d WHERE d.cluster = c.id)');
        assert.equal(sizes.rows[0]?.n, 0, 'cluster sizes agree with their members');
      });
    } finally {
      await a.close();
      await b.close();
    }
  });

  test('the same content saved at once from two connections is stored once, with both sources', async () => {
    const url = freshUrl();
    const [a, b] = [await connectStore(url), await connectStore(url)] as [Store, Store];
    try {
      const record = seed(4, 'first/path');
      const results = await Promise.all([
        a.saveDocument(input(record)),
        b.saveDocument(input({ ...record, source: 'second/path' })),
      ]);
      assert.deepEqual(results.map((r) => r.stored).sort(), [false, true]);
      assert.deepEqual(results.map((r) => r.sourceAdded), [true, true]);
      const counts = await a.counts();
      assert.deepEqual([counts.documents, counts.sources, counts.clusters], [1, 2, 1]);
    } finally {
      await a.close();
      await b.close();
    }
  });
}
