/**
 * Repository of `signals`, `signal_sources` and `evidence`. A signal is
 * stored once per cluster: near-duplicate documents reporting the same act
 * (same actor, type and date) add a source and their evidence to the
 * existing row instead of a second signal.
 */
import type Database from 'better-sqlite3';
import type { Signal } from '../../document/index.ts';
import { periodOf } from '../periods.ts';
import type { SignalFilter, SourceRef, StoredSignal } from '../types.ts';
import { documentSignalFrom, signalKey, storedSignalFrom } from '../columns.ts';
import { actorId } from './actors.ts';
import type { DocumentSignalRow, EvidenceRow, SignalRow } from '../rows.ts';
import { statement } from './statements.ts';

export interface SavedSignals {
  readonly added: number;
  readonly merged: number;
}

export function saveSignals(db: Database.Database, documentId: string, cluster: string, signals: readonly Signal[]): SavedSignals {
  const insertSignal = statement(
    db,
    `INSERT OR IGNORE INTO signals (key, cluster, document_id, type, actor_id, target, date, date_precision, date_start, date_end,
       severity, modality, sourcing, quote, confidence)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const findSignal = statement(db, 'SELECT id FROM signals WHERE key = ?');
  const insertSource = statement(
    db,
    'INSERT OR IGNORE INTO signal_sources (signal_id, document_id, seq, quote, confidence) VALUES (?, ?, ?, ?, ?)',
  );
  const countSource = statement(db, 'UPDATE signals SET sources = sources + 1 WHERE id = ?');
  const insertEvidence = statement(
    db,
    'INSERT INTO evidence (signal_id, document_id, start_offset, end_offset, text) VALUES (?, ?, ?, ?, ?)',
  );
  let added = 0;
  let merged = 0;
  signals.forEach((s, seq) => {
    const key = signalKey(cluster, s);
    const period = periodOf(s.date);
    const inserted = insertSignal.run(
      key,
      cluster,
      documentId,
      s.type,
      actorId(db, s.actor),
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
    );
    let signalId: number;
    if (inserted.changes > 0) {
      signalId = Number(inserted.lastInsertRowid);
      added++;
    } else {
      signalId = (findSignal.get(key) as Pick<SignalRow, 'id'>).id;
      merged++;
    }
    const newSource = insertSource.run(signalId, documentId, seq, s.quote, s.confidence).changes > 0;
    if (newSource && inserted.changes === 0) countSource.run(signalId);
    for (const e of s.evidence) insertEvidence.run(signalId, documentId, e.start, e.end, e.text);
  });
  return { added, merged };
}

/**
 * The signals of one document as its record lists them: the cluster-level
 * fields, with this document's own quote, confidence and evidence.
 */
export function signalsOf(db: Database.Database, documentId: string): Signal[] {
  const rows = statement(
    db,
    `SELECT s.*, ss.seq, ss.quote AS source_quote, ss.confidence AS source_confidence,
            a.name AS actor_name, a.country AS actor_country, a.kind AS actor_kind
     FROM signal_sources ss JOIN signals s ON s.id = ss.signal_id JOIN actors a ON a.id = s.actor_id
     WHERE ss.document_id = ? ORDER BY ss.seq`,
  ).all(documentId) as DocumentSignalRow[];
  const evidenceOf = statement(db, 'SELECT * FROM evidence WHERE signal_id = ? AND document_id = ? ORDER BY id');
  return rows.map((r) => documentSignalFrom(r, evidenceOf.all(r.id, documentId) as EvidenceRow[]));
}

type ExportRow = SignalRow & {
  readonly actor_name: string;
  readonly actor_country: string | null;
  readonly actor_kind: string;
  readonly lang: string | null;
  readonly sources_json: string;
  readonly evidence_json: string;
};

/** Streams the cluster-level signals matching `filter`, oldest first, undated last. */
export function* querySignals(db: Database.Database, filter: SignalFilter): Generator<StoredSignal> {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (clause: string, value: unknown) => {
    where.push(clause);
    params.push(value);
  };
  if (filter.type !== undefined) add('s.type = ?', filter.type);
  if (filter.actor !== undefined) add('a.name = ? COLLATE NOCASE', filter.actor);
  if (filter.country !== undefined) add('a.country = ?', filter.country);
  if (filter.target !== undefined) add('s.target = ?', filter.target);
  if (filter.minSeverity !== undefined) add('s.severity >= ?', filter.minSeverity);
  if (filter.since !== undefined) add('s.date_end >= ?', filter.since);
  if (filter.until !== undefined) add('s.date_start <= ?', filter.until);
  if (filter.lang !== undefined) add('d.lang = ?', filter.lang);
  if (filter.sourcing !== undefined) add('s.sourcing = ?', filter.sourcing);
  if (filter.modality !== undefined) add('s.modality = ?', filter.modality);
  if (filter.cluster !== undefined) add('s.cluster = ?', filter.cluster);
  // Sources and evidence come back as JSON arrays built by SQLite per row, so
  // each signal is one row and the whole result is never held in memory.
  const sql = `SELECT s.*, a.name AS actor_name, a.country AS actor_country, a.kind AS actor_kind, d.lang,
      (SELECT json_group_array(json_object('document', x.document_id, 'source', x.source, 'url', x.url)) FROM (
         SELECT ds.document_id, ds.source, ds.url FROM signal_sources ss
         JOIN documents sd ON sd.id = ss.document_id
         JOIN document_sources ds ON ds.document_id = ss.document_id
         WHERE ss.signal_id = s.id ORDER BY sd.seq, ds.added_at, ds.source) x) AS sources_json,
      (SELECT json_group_array(json_object('document', e.document_id, 'start', e.start_offset, 'end', e.end_offset, 'text', e.text)) FROM (
         SELECT * FROM evidence WHERE signal_id = s.id ORDER BY id) e) AS evidence_json
    FROM signals s JOIN actors a ON a.id = s.actor_id JOIN documents d ON d.id = s.document_id
    ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY s.date_start IS NULL, s.date_start, s.id`;
  for (const r of statement(db, sql).iterate(...params) as IterableIterator<ExportRow>) {
    yield storedSignalFrom(r, JSON.parse(r.sources_json) as SourceRef[], JSON.parse(r.evidence_json) as StoredSignal['evidence']);
  }
}
