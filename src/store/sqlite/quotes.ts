/** Repository of `quotes` (and, through triggers, `quotes_fts`). */
import type Database from 'better-sqlite3';
import type { DocumentRecord } from '../../document/index.ts';
import type { QuoteFilter, StoredQuote } from '../types.ts';
import { publishedOf, quoteFrom } from '../columns.ts';
import { actorId } from './actors.ts';
import type { DocumentRowOf, QuoteRow } from '../rows.ts';
import { statement } from './statements.ts';

export function insertQuotes(db: Database.Database, documentId: string, quotes: DocumentRecord['quotes']): void {
  const insert = statement(
    db,
    `INSERT INTO quotes (document_id, seq, start_offset, end_offset, text, speaker_id, speaker_name, speaker_country, speaker_kind, kind)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  quotes.forEach((q, seq) => {
    const speaker = q.speaker;
    insert.run(
      documentId,
      seq,
      q.start,
      q.end,
      q.text,
      speaker ? actorId(db, speaker) : null,
      speaker?.name ?? null,
      speaker?.country ?? null,
      speaker?.kind ?? null,
      q.kind,
    );
  });
}

export function quotesOf(db: Database.Database, documentId: string): DocumentRecord['quotes'][number][] {
  return (statement(db, 'SELECT * FROM quotes WHERE document_id = ? ORDER BY seq').all(documentId) as QuoteRow[]).map(quoteFrom);
}

type QuoteExportRow = QuoteRow & Pick<DocumentRowOf<0 | 1>, 'source' | 'lang' | 'published_date' | 'published_precision' | 'published_method' | 'cluster'>;

/** Streams quotes matching `filter`, in document then text order, one row at a time. */
export function* queryQuotes(db: Database.Database, filter: QuoteFilter): Generator<StoredQuote> {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.actor !== undefined) {
    where.push('q.speaker_name = ? COLLATE NOCASE');
    params.push(filter.actor);
  }
  if (filter.country !== undefined) {
    where.push('q.speaker_country = ?');
    params.push(filter.country);
  }
  if (filter.lang !== undefined) {
    where.push('d.lang = ?');
    params.push(filter.lang);
  }
  if (filter.since !== undefined) {
    where.push('d.published_end >= ?');
    params.push(filter.since);
  }
  if (filter.until !== undefined) {
    where.push('d.published_start <= ?');
    params.push(filter.until);
  }
  if (filter.kind !== undefined) {
    where.push('q.kind = ?');
    params.push(filter.kind);
  }
  const sql = `SELECT q.*, d.source, d.lang, d.published_date, d.published_precision, d.published_method, d.cluster
    FROM quotes q JOIN documents d ON d.id = q.document_id
    ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY d.seq, q.seq`;
  for (const row of statement(db, sql).iterate(...params) as IterableIterator<QuoteExportRow>) {
    const q = quoteFrom(row);
    yield {
      document: row.document_id,
      source: row.source,
      lang: row.lang,
      published: publishedOf(row),
      cluster: row.cluster,
      ...q,
    };
  }
}
