/** A stored document read back as its output record (SIGNALS.md §6). */
import type { DocumentRecord } from '../../document/index.ts';
import type { Queryable } from './connection.ts';
import { recordFrom } from '../columns.ts';
import { getDocumentRow, removedOf } from './documents.ts';
import { quotesOf } from './quotes.ts';
import { signalsOf } from './signals.ts';

/**
 * The record of a stored document, or null. Its parts are read by separate
 * queries, not in one snapshot, and still always agree: a document's rows
 * never change once its transaction has committed (later saves only add
 * sources, which are not part of the record).
 */
export async function readRecord(db: Queryable, id: string): Promise<DocumentRecord | null> {
  const row = await getDocumentRow(db, id);
  if (!row) return null;
  const [removed, quotes, signals] = await Promise.all([removedOf(db, id), quotesOf(db, id), signalsOf(db, id)]);
  return recordFrom(row, { removed, quotes, signals });
}
