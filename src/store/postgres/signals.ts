/**
 * Repository of `signals`, `signal_sources` and `evidence`. A signal is
 * stored once per cluster: near-duplicate documents reporting the same act
 * (same actor, type and date) add a source and their evidence to the
 * existing row instead of a second signal.
 */
import type pg from 'pg';
import type { Signal } from '../../document/index.ts';
import { periodOf } from '../periods.ts';
// The dedup key is part of the stored data (SCHEMA.md `signals.key`): both
// backends must compute the very same one, or a store moved by `brink
// migrate` would count a signal twice when a copy of its story arrives.
import { documentSignalFrom, signalKey, storedSignalFrom } from '../columns.ts';
import type { SignalFilter, SourceRef, StoredSignal } from '../types.ts';
import { actorKey } from './actors.ts';
import { streamBatches, type Queryable } from './connection.ts';
import type { DocumentSignalRow, EvidenceRow, SignalRow } from '../rows.ts';

export interface SavedSignals {
  readonly added: number;
  readonly merged: number;
}

/**
 * Stores a document's signals, set-wise: five statements whatever their
 * number, with the same outcome as saving them one by one in list order (the
 * first of two equal keys in one document makes the row; the second merges
 * into it and adds only its evidence).
 *
 * Concurrent documents of one cluster may race for the same key:
 * `ON CONFLICT DO NOTHING` waits for the other transaction and then yields,
 * and the following SELECT (a new statement, so a new snapshot under READ
 * COMMITTED) sees the row it committed.
 */
export async function saveSignals(
  db: Queryable,
  documentId: string,
  cluster: string,
  signals: readonly Signal[],
  actors: ReadonlyMap<string, number>,
): Promise<SavedSignals> {
  if (signals.length === 0) return { added: 0, merged: 0 };
  const keys = signals.map((s) => signalKey(cluster, s));
  const periods = signals.map((s) => periodOf(s.date));
  const inserted = await db.query<{ key: string }>(
    `INSERT INTO signals (key, cluster, document_id, type, actor_id, target, date, date_precision, date_start, date_end,
       severity, modality, sourcing, quote, confidence)
     SELECT s.key, $1, $2, s.type, s.actor_id, s.target, s.date, s.date_precision, s.date_start, s.date_end,
            s.severity, s.modality, s.sourcing, s.quote, s.confidence
     FROM unnest($3::text[], $4::text[], $5::bigint[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[],
                 $11::integer[], $12::text[], $13::text[], $14::text[], $15::double precision[])
       WITH ORDINALITY AS s(key, type, actor_id, target, date, date_precision, date_start, date_end,
                            severity, modality, sourcing, quote, confidence, ord)
     ORDER BY s.ord
     ON CONFLICT (key) DO NOTHING RETURNING key`,
    [
      cluster,
      documentId,
      keys,
      signals.map((s) => s.type),
      signals.map((s) => actors.get(actorKey(s.actor))),
      signals.map((s) => s.target),
      signals.map((s) => s.date),
      periods.map((p) => p?.precision ?? null),
      periods.map((p) => p?.start ?? null),
      periods.map((p) => p?.end ?? null),
      signals.map((s) => s.severity),
      signals.map((s) => s.modality),
      signals.map((s) => s.sourcing),
      signals.map((s) => s.quote),
      signals.map((s) => s.confidence),
    ],
  );
  const ours = new Set(inserted.rows.map((r) => r.key));
  const found = await db.query<{ id: number; key: string }>('SELECT id, key FROM signals WHERE key = ANY($1::text[])', [[...new Set(keys)]]);
  const idOf = new Map(found.rows.map((r) => [r.key, r.id]));
  const ids = keys.map((k) => idOf.get(k) as number);
  // Linked once per signal row, by its first mention in this document.
  const linked = await db.query<{ signal_id: number }>(
    `INSERT INTO signal_sources (signal_id, document_id, seq, quote, confidence)
     SELECT l.signal_id, $1, l.ord - 1, l.quote, l.confidence
     FROM unnest($2::bigint[], $3::text[], $4::double precision[]) WITH ORDINALITY AS l(signal_id, quote, confidence, ord)
     ORDER BY l.ord
     ON CONFLICT DO NOTHING RETURNING signal_id`,
    [documentId, ids, signals.map((s) => s.quote), signals.map((s) => s.confidence)],
  );
  // A row made by another document gains this one as a source.
  const grown = linked.rows.map((r) => r.signal_id).filter((id) => !ours.has(keys[ids.indexOf(id)] as string));
  if (grown.length > 0) await db.query('UPDATE signals SET sources = sources + 1 WHERE id = ANY($1::bigint[])', [grown]);
  const evidence = signals.flatMap((s, i) => s.evidence.map((e) => ({ signal: ids[i] as number, ...e })));
  if (evidence.length > 0) {
    await db.query(
      `INSERT INTO evidence (signal_id, document_id, start_offset, end_offset, text)
       SELECT e.signal_id, $1, e.start_offset, e.end_offset, e.text
       FROM unnest($2::bigint[], $3::integer[], $4::integer[], $5::text[]) WITH ORDINALITY AS e(signal_id, start_offset, end_offset, text, ord)
       ORDER BY e.ord`,
      [documentId, evidence.map((e) => e.signal), evidence.map((e) => e.start), evidence.map((e) => e.end), evidence.map((e) => e.text)],
    );
  }
  return { added: ours.size, merged: signals.length - ours.size };
}

/**
 * The signals of one document as its record lists them: the cluster-level
 * fields, with this document's own quote, confidence and evidence.
 */
export async function signalsOf(db: Queryable, documentId: string): Promise<Signal[]> {
  const { rows } = await db.query<DocumentSignalRow>(
    `SELECT s.*, ss.seq, ss.quote AS source_quote, ss.confidence AS source_confidence,
            a.name AS actor_name, a.country AS actor_country, a.kind AS actor_kind
     FROM signal_sources ss JOIN signals s ON s.id = ss.signal_id JOIN actors a ON a.id = s.actor_id
     WHERE ss.document_id = $1 ORDER BY ss.seq`,
    [documentId],
  );
  if (rows.length === 0) return [];
  const evidence = await db.query<EvidenceRow>('SELECT * FROM evidence WHERE document_id = $1 ORDER BY id', [documentId]);
  const bySignal = new Map<number, EvidenceRow[]>();
  for (const e of evidence.rows) {
    const list = bySignal.get(e.signal_id) ?? [];
    list.push(e);
    bySignal.set(e.signal_id, list);
  }
  return rows.map((r) => documentSignalFrom(r, bySignal.get(r.id) ?? []));
}

type ExportRow = SignalRow & {
  readonly actor_name: string;
  readonly actor_country: string | null;
  readonly actor_kind: string;
  readonly lang: string | null;
};

/** Sources and evidence of a batch of signals, in two queries, grouped by signal. */
async function detailsOf(db: Queryable, ids: readonly number[]) {
  const sources = await db.query<{ signal_id: number; document: string; source: string; url: string | null }>(
    `SELECT ss.signal_id, ds.document_id AS document, ds.source, ds.url
     FROM signal_sources ss
     JOIN documents sd ON sd.id = ss.document_id
     JOIN document_sources ds ON ds.document_id = ss.document_id
     WHERE ss.signal_id = ANY($1::bigint[])
     ORDER BY ss.signal_id, sd.seq, ds.added_at COLLATE "C", ds.source COLLATE "C"`,
    [ids],
  );
  const evidence = await db.query<EvidenceRow>(
    'SELECT * FROM evidence WHERE signal_id = ANY($1::bigint[]) ORDER BY signal_id, id',
    [ids],
  );
  const sourcesOf = new Map<number, SourceRef[]>();
  for (const r of sources.rows) {
    const list = sourcesOf.get(r.signal_id) ?? [];
    list.push({ document: r.document, source: r.source, url: r.url });
    sourcesOf.set(r.signal_id, list);
  }
  const evidenceOf = new Map<number, StoredSignal['evidence'][number][]>();
  for (const e of evidence.rows) {
    const list = evidenceOf.get(e.signal_id) ?? [];
    list.push({ document: e.document_id, start: e.start_offset, end: e.end_offset, text: e.text });
    evidenceOf.set(e.signal_id, list);
  }
  return { sourcesOf, evidenceOf };
}

/** Streams the cluster-level signals matching `filter`, oldest first, undated last, through a cursor. */
export async function* querySignals(pool: pg.Pool, filter: SignalFilter): AsyncGenerator<StoredSignal> {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (clause: (p: string) => string, value: unknown) => {
    params.push(value);
    where.push(clause(`$${params.length}`));
  };
  if (filter.type !== undefined) add((p) => `s.type = ${p}`, filter.type);
  // lower() on both sides: case-insensitive like SQLite's NOCASE (and beyond ASCII); actors_name indexes lower(name).
  if (filter.actor !== undefined) add((p) => `lower(a.name) = lower(${p})`, filter.actor);
  if (filter.country !== undefined) add((p) => `a.country = ${p}`, filter.country);
  if (filter.target !== undefined) add((p) => `s.target = ${p}`, filter.target);
  if (filter.minSeverity !== undefined) add((p) => `s.severity >= ${p}`, filter.minSeverity);
  if (filter.since !== undefined) add((p) => `s.date_end >= ${p}`, filter.since);
  if (filter.until !== undefined) add((p) => `s.date_start <= ${p}`, filter.until);
  if (filter.lang !== undefined) add((p) => `d.lang = ${p}`, filter.lang);
  if (filter.sourcing !== undefined) add((p) => `s.sourcing = ${p}`, filter.sourcing);
  if (filter.modality !== undefined) add((p) => `s.modality = ${p}`, filter.modality);
  if (filter.cluster !== undefined) add((p) => `s.cluster = ${p}`, filter.cluster);
  // The signal rows come through the cursor; their sources and evidence are
  // read per batch (two queries for up to 500 signals). Aggregating them in
  // the cursor's own query would be evaluated below its sort, for every
  // matching signal, before the first row. No COLLATE "C" on date_start: it
  // is always a full YYYY-MM-DD day, which sorts the same in every collation,
  // so the (type|actor_id|…, date_start) indexes deliver the order.
  const sql = `SELECT s.*, a.name AS actor_name, a.country AS actor_country, a.kind AS actor_kind, d.lang
    FROM signals s JOIN actors a ON a.id = s.actor_id JOIN documents d ON d.id = s.document_id
    ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY s.date_start NULLS LAST, s.id`;
  for await (const { rows, db } of streamBatches<ExportRow>(pool, sql, params)) {
    const { sourcesOf, evidenceOf } = await detailsOf(db, rows.map((r) => r.id));
    for (const r of rows) {
      yield storedSignalFrom(r, sourcesOf.get(r.id) ?? [], evidenceOf.get(r.id) ?? []);
    }
  }
}
