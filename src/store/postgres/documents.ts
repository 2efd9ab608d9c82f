/** Repository of `documents`, `document_sources` and `removed` (SCHEMA.md). */
import type { DocumentRecord, Removal } from '../../document/index.ts';
import { documentValues } from '../columns.ts';
import type { DocumentRowOf, DocumentSourceRow, RemovedRow } from '../rows.ts';
import type { SourceRef } from '../types.ts';
import type { Queryable } from './connection.ts';

type DocumentRow = DocumentRowOf<boolean>;

export async function findDocument(db: Queryable, id: string): Promise<Pick<DocumentRow, 'seq' | 'cluster'> | undefined> {
  const { rows } = await db.query<Pick<DocumentRow, 'seq' | 'cluster'>>('SELECT seq, cluster FROM documents WHERE id = $1', [id]);
  return rows[0];
}

export async function getDocumentRow(db: Queryable, id: string): Promise<DocumentRow | undefined> {
  const { rows } = await db.query<DocumentRow>(
    `SELECT seq, id, source, url, lang, title, published_date, published_precision, published_method, published_start,
       published_end, text, relevant, cluster, ingested_at FROM documents WHERE id = $1`,
    [id],
  );
  return rows[0];
}

/**
 * Inserts a new document with its cluster (created, or grown by one), its
 * first source and its removed lines, in one statement, and returns its
 * `seq`. One round trip instead of five: data-modifying CTEs all run, and
 * foreign keys are checked at the end of the statement, when the cluster and
 * document rows it adds are there.
 */
export async function insertDocument(
  db: Queryable,
  record: DocumentRecord,
  url: string | null,
  cluster: string,
  newCluster: boolean,
  now: string,
): Promise<number> {
  const { rows } = await db.query<{ seq: number }>(
    `WITH created AS (
       INSERT INTO clusters (id, size, created_at) SELECT $13, 1, $14 WHERE $15
     ), grown AS (
       UPDATE clusters SET size = size + 1 WHERE id = $13 AND NOT $15
     ), doc AS (
       INSERT INTO documents (id, source, url, lang, title, published_date, published_precision, published_method,
         published_start, published_end, text, relevant, cluster, ingested_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING seq
     ), source AS (
       INSERT INTO document_sources (document_id, source, url, added_at) VALUES ($1, $2, $3, $14)
     ), removed AS (
       INSERT INTO removed (document_id, seq, text, reason)
       SELECT $1, r.ord - 1, r.text, r.reason FROM unnest($16::text[], $17::text[]) WITH ORDINALITY AS r(text, reason, ord)
     )
     SELECT seq FROM doc`,
    [
      ...documentValues(record, url),
      record.relevant,
      cluster,
      now,
      newCluster,
      record.removed.map((r) => r.text),
      record.removed.map((r) => r.reason),
    ],
  );
  return (rows[0] as { seq: number }).seq;
}

/** Records a source for a document; false if that source was already recorded. */
export async function addSource(db: Queryable, documentId: string, source: string, url: string | null, now: string): Promise<boolean> {
  const { rowCount } = await db.query(
    'INSERT INTO document_sources (document_id, source, url, added_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING',
    [documentId, source, url, now],
  );
  return (rowCount ?? 0) > 0;
}

export async function sourcesOf(db: Queryable, documentId: string): Promise<SourceRef[]> {
  // COLLATE "C": byte order, as SQLite's BINARY, whatever the database's collation.
  const { rows } = await db.query<DocumentSourceRow>(
    'SELECT document_id, source, url FROM document_sources WHERE document_id = $1 ORDER BY added_at COLLATE "C", source COLLATE "C"',
    [documentId],
  );
  return rows.map((r) => ({ document: r.document_id, source: r.source, url: r.url }));
}

export async function removedOf(db: Queryable, documentId: string): Promise<Removal[]> {
  const { rows } = await db.query<Pick<RemovedRow, 'seq' | 'text' | 'reason'>>('SELECT seq, text, reason FROM removed WHERE document_id = $1 ORDER BY seq', [documentId]);
  return rows.map((r) => ({ text: r.text, reason: r.reason }));
}
