/**
 * The conformance suite every `Store` backend must pass (STYLE.md §7): the
 * same tests, run once per backend: SQLite, and PostgreSQL when
 * BRINK_TEST_PG is set (test/store-postgres-fixture.ts).
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { signatureOf } from '../src/cluster/index.ts';
import type { DocumentRecord, Signal } from '../src/document/index.ts';
import { openStore, type Store, type StoredSignal } from '../src/store/index.ts';
import { postgresBackends } from './store-postgres-fixture.ts';

const dir = mkdtempSync(join(tmpdir(), 'brink-store-'));
after(() => rmSync(dir, { recursive: true, force: true }));

let opened = 0;
const BACKENDS: { name: string; open: () => Store }[] = [
  { name: 'sqlite', open: () => openStore(join(dir, `conformance-${opened++}.db`)) },
  // PostgreSQL when BRINK_TEST_PG names a server; otherwise a skipped test says so.
  ...postgresBackends(),
];

const SEED = readFileSync('../shared/corpus/seeds/seed-004.txt', 'utf8');
const OTHER = readFileSync('../shared/corpus/seeds/seed-002.txt', 'utf8');

function paragraphsOf(raw: string): string[] {
  return raw.split('\n').map((l) => l.trim()).filter((l) => l.length > 0);
}

/** A span of `text` given the words it starts with: offsets that really point into the text. */
function spanOf(text: string, needle: string): { start: number; end: number; text: string } {
  const start = text.indexOf(needle);
  assert.ok(start >= 0, `not in text: ${needle}`);
  return { start, end: start + needle.length, text: needle };
}

const PUTIN = { name: 'Vladimir Putin', country: 'RU', kind: 'official' } as const;
const REUTERS = { name: 'Reuters', country: null, kind: 'media' } as const;

/** A record as the pipeline would output it, built from a real seed text. */
function recordOf(raw: string, source: string, overrides: Partial<DocumentRecord> = {}): DocumentRecord {
  const [title = null, ...body] = paragraphsOf(raw);
  const text = body.join('\n\n');
  const id = createHash('sha256').update(text).digest('hex').slice(0, 16);
  return {
    id,
    source,
    lang: 'fr',
    relevant: true,
    title,
    published: { date: '2024-11-28', precision: 'day', method: 'metadata' },
    text,
    removed: [{ text: 'Vous pouvez partager cette histoire sur les réseaux sociaux :', reason: 'share-buttons' }],
    quotes: [],
    signals: [],
    cluster: null,
    ...overrides,
  };
}

/** The seed with its real quotes and two signals whose evidence is a real sentence of it. */
function annotated(raw: string, source: string): DocumentRecord {
  const base = recordOf(raw, source);
  const quote = spanOf(base.text, 'se réserve le droit');
  const warning = spanOf(base.text, 'Le président russe Vladimir Poutine a averti');
  const assessment = spanOf(base.text, 'Les États-Unis estiment');
  const signals: Signal[] = [
    {
      type: 'WARNING',
      actor: PUTIN,
      target: 'UA',
      date: '2024-11-21',
      severity: 3,
      modality: 'public',
      sourcing: 'on_record',
      quote: quote.text,
      evidence: [warning],
      confidence: 0.8,
    },
    {
      type: 'ASSESSMENT',
      actor: { name: 'United States', country: 'US', kind: 'official' },
      target: 'RU',
      date: '2024-11',
      severity: 1,
      modality: 'private',
      sourcing: 'reported',
      quote: null,
      evidence: [assessment],
      confidence: 0.6,
    },
  ];
  return { ...base, quotes: [{ ...quote, speaker: PUTIN, kind: 'partial' }], signals };
}

function input(record: DocumentRecord, url: string | null = null) {
  return { record, url, signature: signatureOf(record.text) };
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

/** A republication of the same story: other boilerplate, paragraphs moved, a word changed. */
function republished(raw: string): string {
  const [title = '', ...body] = paragraphsOf(raw);
  const moved = [...body.slice(2), ...body.slice(0, 2)].join('\n').replace('jeudi', 'ce jeudi');
  return `${title}\nPublicité\n${moved}\nAbonnez-vous à notre lettre d'information quotidienne pour ne rien manquer`;
}

for (const backend of BACKENDS) {
  describe(`store conformance: ${backend.name}`, () => {
    test('a saved document reads back as the same record', async () => {
      const store = backend.open();
      const record = annotated(SEED, 'seeds/seed-004.txt');
      const saved = await store.saveDocument(input(record, 'https://example.org/a'));
      assert.deepEqual(saved, {
        stored: true,
        id: record.id,
        cluster: record.id,
        nearDuplicate: false,
        sourceAdded: true,
        signalsAdded: 2,
        signalsMerged: 0,
      });
      assert.deepEqual(await store.getDocument(record.id), { ...record, cluster: record.id });
      assert.equal(await store.getDocument('0000000000000000'), null);
      await store.close();
    });

    test('the same content again adds nothing but a new source', async () => {
      const store = backend.open();
      const record = annotated(SEED, 'a/seed-004.txt');
      await store.saveDocument(input(record));
      const before = await store.counts();
      const again = await store.saveDocument(input(record));
      assert.equal(again.stored, false);
      assert.equal(again.sourceAdded, false);
      assert.deepEqual(await store.counts(), before);
      const elsewhere = await store.saveDocument(input({ ...record, source: 'https://other.example/story' }, 'https://other.example/story'));
      assert.equal(elsewhere.stored, false);
      assert.equal(elsewhere.sourceAdded, true);
      assert.deepEqual(await store.counts(), { ...before, sources: before.sources + 1 });
      assert.deepEqual(
        (await store.documentSources(record.id)).map((s) => s.source),
        ['a/seed-004.txt', 'https://other.example/story'],
      );
      await store.close();
    });

    test('a republished copy joins the cluster and its signals count once, with both sources', async () => {
      const store = backend.open();
      const first = annotated(SEED, 'outlet-a/story.txt');
      const copy = annotated(republished(SEED), 'outlet-b/story.txt');
      assert.notEqual(copy.id, first.id);
      const other = recordOf(OTHER, 'outlet-c/other.txt', {
        signals: [{ ...(first.signals[0] as Signal), evidence: [spanOf(recordOf(OTHER, '').text, paragraphsOf(OTHER)[1]?.slice(0, 40) ?? '')] }],
      });
      await store.saveDocument(input(first));
      const savedCopy = await store.saveDocument(input(copy));
      assert.equal(savedCopy.cluster, first.id);
      assert.equal(savedCopy.nearDuplicate, true);
      assert.deepEqual([savedCopy.signalsAdded, savedCopy.signalsMerged], [0, 2]);
      const savedOther = await store.saveDocument(input(other));
      assert.equal(savedOther.cluster, other.id, 'another story must not join');
      assert.equal(savedOther.signalsAdded, 1, 'the same act in another story is another signal row');
      assert.deepEqual(await collect(store.clusterMembers(first.id)), [first.id, copy.id]);

      const warnings = await collect(store.signals({ type: 'WARNING', cluster: first.id }));
      assert.equal(warnings.length, 1);
      const w = warnings[0] as StoredSignal;
      assert.deepEqual(w.sources.map((s) => s.source), ['outlet-a/story.txt', 'outlet-b/story.txt']);
      assert.deepEqual(w.evidence.map((e) => e.document), [first.id, copy.id]);
      for (const e of w.evidence) {
        const doc = e.document === first.id ? first : copy;
        assert.equal(doc.text.slice(e.start, e.end), e.text, 'evidence offsets point into their own document');
      }
      assert.equal((await store.counts()).signals, 3);
      // The copy's own record still lists its signals, with its own evidence.
      const copyBack = await store.getDocument(copy.id);
      assert.deepEqual(copyBack?.signals, copy.signals);
      await store.close();
    });

    test('signal filters narrow as documented', async () => {
      const store = backend.open();
      const record = annotated(SEED, 'f/seed-004.txt');
      await store.saveDocument(input(record));
      await store.saveDocument(
        input(
          recordOf(OTHER, 'f/seed-002.txt', {
            lang: 'en',
            signals: [
              {
                type: 'THREAT',
                actor: REUTERS,
                target: null,
                date: null,
                severity: 6,
                modality: 'public',
                sourcing: 'disputed',
                quote: null,
                evidence: [],
                confidence: 0.3,
              },
            ],
          }),
        ),
      );
      const types = async (filter: Parameters<Store['signals']>[0]) => (await collect(store.signals(filter))).map((s) => s.type).sort();
      const cases: [Parameters<Store['signals']>[0], string[]][] = [
        [{}, ['ASSESSMENT', 'THREAT', 'WARNING']],
        [{ type: 'WARNING' }, ['WARNING']],
        [{ actor: 'vladimir putin' }, ['WARNING']],
        [{ country: 'US' }, ['ASSESSMENT']],
        [{ target: 'RU' }, ['ASSESSMENT']],
        [{ minSeverity: 3 }, ['THREAT', 'WARNING']],
        [{ minSeverity: 7 }, []],
        // The assessment is dated 2024-11 (a month): it overlaps any day of November.
        [{ since: '2024-11-22' }, ['ASSESSMENT']],
        [{ since: '2024-11-21' }, ['ASSESSMENT', 'WARNING']],
        [{ until: '2024-11-01' }, ['ASSESSMENT']],
        [{ until: '2024-10-31' }, []],
        [{ since: '2024-11-01', until: '2024-11-30' }, ['ASSESSMENT', 'WARNING']],
        [{ lang: 'en' }, ['THREAT']],
        [{ sourcing: 'reported' }, ['ASSESSMENT']],
        [{ modality: 'private' }, ['ASSESSMENT']],
        [{ type: 'WARNING', country: 'US' }, []],
      ];
      for (const [filter, expected] of cases) assert.deepEqual(await types(filter), expected, JSON.stringify(filter));
      // Dated signals come first, oldest first; undated last.
      assert.deepEqual((await collect(store.signals())).map((s) => s.date), ['2024-11', '2024-11-21', null]);
      await store.close();
    });

    test('quotes are exported with their speaker and document, filterable', async () => {
      const store = backend.open();
      const record = annotated(SEED, 'q/seed-004.txt');
      await store.saveDocument(input(record));
      await store.saveDocument(input(recordOf(OTHER, 'q/seed-002.txt', { lang: 'en', quotes: [{ ...spanOf(recordOf(OTHER, '').text, 'nucléaire'), speaker: null, kind: 'direct' }] })));
      const all = await collect(store.quotes());
      assert.equal(all.length, 2);
      assert.deepEqual(all[0], {
        document: record.id,
        source: 'q/seed-004.txt',
        lang: 'fr',
        published: record.published,
        cluster: record.id,
        text: 'se réserve le droit',
        start: record.quotes[0]?.start,
        end: record.quotes[0]?.end,
        speaker: PUTIN,
        kind: 'partial',
      });
      assert.equal((await collect(store.quotes({ actor: 'Vladimir Putin' }))).length, 1);
      assert.equal((await collect(store.quotes({ country: 'RU' }))).length, 1);
      assert.equal((await collect(store.quotes({ lang: 'en' })))[0]?.speaker, null);
      assert.equal((await collect(store.quotes({ since: '2024-11-29' }))).length, 0);
      assert.equal((await collect(store.quotes({ until: '2024-11-28' }))).length, 2);
      assert.equal((await collect(store.quotes({ kind: 'direct' }))).length, 1);
      await store.close();
    });

    test('a document that cannot be stored leaves no row behind', async () => {
      const store = backend.open();
      const good = annotated(SEED, 't/good.txt');
      const [warning] = good.signals as [Signal];
      // A severity of 12 is off the ladder: the backend refuses it after the
      // document row and its first signal were written, inside the transaction.
      const broken = recordOf(OTHER, 't/bad.txt', { signals: [warning, { ...warning, date: '2020-01-01', severity: 12 }] });
      await store.saveDocument(input(good));
      const before = await store.counts();
      await assert.rejects(store.saveDocument(input(broken)));
      assert.deepEqual(await store.counts(), before);
      assert.equal(await store.getDocument(broken.id), null);
      // And the store still works afterwards.
      const fixed = await store.saveDocument(input({ ...broken, signals: [warning] }));
      assert.equal(fixed.stored, true);
      await store.close();
    });
  });
}
