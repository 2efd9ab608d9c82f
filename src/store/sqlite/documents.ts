/** Repository of `documents`, `document_sources` and `removed` (SCHEMA.md). */
import type Database from 'better-sqlite3';
import type { DocumentRecord, Removal } from '../../document/index.ts';
import { documentValues } from '../columns.ts';
import type { DocumentRowOf, DocumentSourceRow, RemovedRow } from '../rows.ts';
import type { SourceRef } from '../types.ts';
import { statement } from './statements.ts';

/** SQLite has no boolean type: `relevant` is 0 or 1. */
type DocumentRow = DocumentRowOf<0 | 1>;

export function findDocument(db: Database.Database, id: string): Pick<DocumentRow, 'seq' | 'cluster'> | undefined {
  return statement(db, 'SELECT seq, cluster FROM documents WHERE id = ?').get(id) as Pick<DocumentRow, 'seq' | 'cluster'> | undefined;
}

export function getDocumentRow(db: Database.Database, id: string): DocumentRow | undefined {
  return statement(db, 'SELECT * FROM documents WHERE id = ?').get(id) as DocumentRow | undefined;
}

/** Inserts the document row and returns its `seq`. */
export function insertDocument(db: Database.Database, record: DocumentRecord, url: string | null, cluster: string, now: string): number {
  const result = statement(
    db,
    `INSERT INTO documents (id, source, url, lang, title, published_date, published_precision, published_method,
       published_start, published_end, text, relevant, cluster, ingested_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(...documentValues(record, url), record.relevant ? 1 : 0, cluster, now);
  return Number(result.lastInsertRowid);
}

/** Records a source for a document; false if that source was already recorded. */
export function addSource(db: Database.Database, documentId: string, source: string, url: string | null, now: string): boolean {
  const result = statement(db, 'INSERT OR IGNORE INTO document_sources (document_id, source, url, added_at) VALUES (?, ?, ?, ?)').run(
    documentId,
    source,
    url,
    now,
  );
  return result.changes > 0;
}

export function sourcesOf(db: Database.Database, documentId: string): SourceRef[] {
  const rows = statement(db, 'SELECT * FROM document_sources WHERE document_id = ? ORDER BY added_at, source').all(documentId) as DocumentSourceRow[];
  return rows.map((r) => ({ document: r.document_id, source: r.source, url: r.url }));
}

export function insertRemoved(db: Database.Database, documentId: string, removed: readonly Removal[]): void {
  const insert = statement(db, 'INSERT INTO removed (document_id, seq, text, reason) VALUES (?, ?, ?, ?)');
  removed.forEach((r, seq) => insert.run(documentId, seq, r.text, r.reason));
}

export function removedOf(db: Database.Database, documentId: string): Removal[] {
  const rows = statement(db, 'SELECT * FROM removed WHERE document_id = ? ORDER BY seq').all(documentId) as RemovedRow[];
  return rows.map((r) => ({ text: r.text, reason: r.reason }));
}
