/**
 * Repository of `signals`, `signal_sources` and `evidence`. A signal is
 * stored once per cluster: near-duplicate documents reporting the same act
 * (same actor, type and date) add a source and their evidence to the
 * existing row instead of a second signal.
 */
import type pg from 'pg';
import type { DatePrecision, Modality, Signal, SignalType, Sourcing } from '../../document/index.ts';
import { periodOf } from '../periods.ts';
// The dedup key is part of the stored data (SCHEMA.md `signals.key`): both
// backends must compute the very same one, or a store moved by `brink
// migrate` would count a signal twice when a copy of its story arrives.
import { signalKey } from '../sqlite/signals.ts';
import type { SignalFilter, SourceRef, StoredSignal } from '../types.ts';
import { actorFromColumns, actorKey } from './actors.ts';
import { streamRows, type Queryable } from './connection.ts';
import type { EvidenceRow, SignalRow } from './rows.ts';

export interface SavedSignals {
  readonly added: number;
  readonly merged: number;
}

/**
 * Stores a document's signals. Concurrent documents of one cluster may race
 * for the same key: `ON CONFLICT DO NOTHING` waits for the other transaction
 * and then yields, and the following SELECT (a new statement, so a new
 * snapshot under READ COMMITTED) sees the row it committed.
 */
export async function saveSignals(
  db: Queryable,
  documentId: string,
  cluster: string,
  signals: readonly Signal[],
  actors: ReadonlyMap<string, number>,
): Promise<SavedSignals> {
  let added = 0;
  let merged = 0;
  const evidence = { signal: [] as number[], start: [] as number[], end: [] as number[], text: [] as string[] };
  for (const [seq, s] of signals.entries()) {
    const key = signalKey(cluster, s);
    const period = periodOf(s.date);
    const inserted = await db.query<{ id: number }>(
      `INSERT INTO signals (key, cluster, document_id, type, actor_id, target, date, date_precision, date_start, date_end,
         severity, modality, sourcing, quote, confidence)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
       ON CONFLICT (key) DO NOTHING RETURNING id`,
      [
        key,
        cluster,
        documentId,
        s.type,
        actors.get(actorKey(s.actor)),
        s.target,
        s.date,
        period?.precision ?? null,
        period?.start ?? null,
        period?.end ?? null,
        s.severity,
        s.modality,
        s.sourcing,
        s.quote,
        s.confidence,
      ],
    );
    let signalId: number;
    const fresh = inserted.rows[0];
    if (fresh) {
      signalId = fresh.id;
      added++;
    } else {
      const found = await db.query<{ id: number }>('SELECT id FROM signals WHERE key = $1', [key]);
      signalId = (found.rows[0] as { id: number }).id;
      merged++;
    }
    const source = await db.query(
      'INSERT INTO signal_sources (signal_id, document_id, seq, quote, confidence) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING',
      [signalId, documentId, seq, s.quote, s.confidence],
    );
    if ((source.rowCount ?? 0) > 0 && !fresh) await db.query('UPDATE signals SET sources = sources + 1 WHERE id = $1', [signalId]);
    for (const e of s.evidence) {
      evidence.signal.push(signalId);
      evidence.start.push(e.start);
      evidence.end.push(e.end);
      evidence.text.push(e.text);
    }
  }
  if (evidence.signal.length > 0) {
    await db.query(
      `INSERT INTO evidence (signal_id, document_id, start_offset, end_offset, text)
       SELECT e.signal_id, $1, e.start_offset, e.end_offset, e.text
       FROM unnest($2::bigint[], $3::integer[], $4::integer[], $5::text[]) WITH ORDINALITY AS e(signal_id, start_offset, end_offset, text, ord)
       ORDER BY e.ord`,
      [documentId, evidence.signal, evidence.start, evidence.end, evidence.text],
    );
  }
  return { added, merged };
}

type JoinedSignalRow = SignalRow & {
  readonly seq: number;
  readonly source_quote: string | null;
  readonly source_confidence: number;
  readonly actor_name: string;
  readonly actor_country: string | null;
  readonly actor_kind: string;
};

/**
 * The signals of one document as its record lists them: the cluster-level
 * fields, with this document's own quote, confidence and evidence.
 */
export async function signalsOf(db: Queryable, documentId: string): Promise<Signal[]> {
  const { rows } = await db.query<JoinedSignalRow>(
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
  return rows.map((r) => ({
    type: r.type as SignalType,
    actor: actorFromColumns(r.actor_name, r.actor_country, r.actor_kind),
    target: r.target,
    date: r.date,
    severity: r.severity,
    modality: r.modality as Modality,
    sourcing: r.sourcing as Sourcing,
    quote: r.source_quote,
    evidence: (bySignal.get(r.id) ?? []).map((e) => ({ start: e.start_offset, end: e.end_offset, text: e.text })),
    confidence: r.source_confidence,
  }));
}

type ExportRow = SignalRow & {
  readonly actor_name: string;
  readonly actor_country: string | null;
  readonly actor_kind: string;
  readonly lang: string | null;
  readonly sources_list: SourceRef[];
  readonly evidence_list: StoredSignal['evidence'];
};

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
  // Sources and evidence come back as JSON arrays built per row, so each
  // signal is one row and the cursor never holds more than a batch.
  const sql = `SELECT s.*, a.name AS actor_name, a.country AS actor_country, a.kind AS actor_kind, d.lang,
      (SELECT coalesce(json_agg(json_build_object('document', ds.document_id, 'source', ds.source, 'url', ds.url)
                 ORDER BY sd.seq, ds.added_at COLLATE "C", ds.source COLLATE "C"), '[]'::json)
         FROM signal_sources ss
         JOIN documents sd ON sd.id = ss.document_id
         JOIN document_sources ds ON ds.document_id = ss.document_id
         WHERE ss.signal_id = s.id) AS sources_list,
      (SELECT coalesce(json_agg(json_build_object('document', e.document_id, 'start', e.start_offset, 'end', e.end_offset, 'text', e.text)
                 ORDER BY e.id), '[]'::json)
         FROM evidence e WHERE e.signal_id = s.id) AS evidence_list
    FROM signals s JOIN actors a ON a.id = s.actor_id JOIN documents d ON d.id = s.document_id
    ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY s.date_start COLLATE "C" NULLS LAST, s.id`;
  for await (const r of streamRows<ExportRow>(pool, sql, params)) {
    yield {
      key: r.key,
      type: r.type as SignalType,
      actor: actorFromColumns(r.actor_name, r.actor_country, r.actor_kind),
      target: r.target,
      date: r.date,
      datePrecision: r.date_precision as DatePrecision | null,
      severity: r.severity,
      modality: r.modality as Modality,
      sourcing: r.sourcing as Sourcing,
      quote: r.quote,
      confidence: r.confidence,
      cluster: r.cluster,
      document: r.document_id,
      lang: r.lang,
      sources: r.sources_list,
      evidence: r.evidence_list,
    };
  }
}
