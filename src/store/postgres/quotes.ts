/** Repository of `quotes` (their `search` column is filled by a trigger). */
import type { DocumentRecord } from '../../document/index.ts';
import type { QuoteFilter, StoredQuote } from '../types.ts';
import { publishedOf, quoteFrom } from '../columns.ts';
import { actorKey } from './actors.ts';
import { streamRows, type Queryable } from './connection.ts';
import type { DocumentRowOf, QuoteRow } from '../rows.ts';
import type pg from 'pg';

export async function insertQuotes(db: Queryable, documentId: string, quotes: DocumentRecord['quotes'], actors: ReadonlyMap<string, number>): Promise<void> {
  if (quotes.length === 0) return;
  await db.query(
    `INSERT INTO quotes (document_id, seq, start_offset, end_offset, text, speaker_id, speaker_name, speaker_country, speaker_kind, kind)
     SELECT $1, q.ord - 1, q.start_offset, q.end_offset, q.text, q.speaker_id, q.speaker_name, q.speaker_country, q.speaker_kind, q.kind
     FROM unnest($2::integer[], $3::integer[], $4::text[], $5::bigint[], $6::text[], $7::text[], $8::text[], $9::text[])
       WITH ORDINALITY AS q(start_offset, end_offset, text, speaker_id, speaker_name, speaker_country, speaker_kind, kind, ord)
     ORDER BY q.ord`,
    [
      documentId,
      quotes.map((q) => q.start),
      quotes.map((q) => q.end),
      quotes.map((q) => q.text),
      quotes.map((q) => (q.speaker ? (actors.get(actorKey(q.speaker)) ?? null) : null)),
      quotes.map((q) => q.speaker?.name ?? null),
      quotes.map((q) => q.speaker?.country ?? null),
      quotes.map((q) => q.speaker?.kind ?? null),
      quotes.map((q) => q.kind),
    ],
  );
}

const QUOTE_COLUMNS = 'q.id, q.document_id, q.seq, q.start_offset, q.end_offset, q.text, q.speaker_id, q.speaker_name, q.speaker_country, q.speaker_kind, q.kind';

export async function quotesOf(db: Queryable, documentId: string): Promise<DocumentRecord['quotes'][number][]> {
  const { rows } = await db.query<QuoteRow>(`SELECT ${QUOTE_COLUMNS} FROM quotes q WHERE q.document_id = $1 ORDER BY q.seq`, [documentId]);
  return rows.map(quoteFrom);
}

type QuoteExportRow = QuoteRow & Pick<DocumentRowOf<boolean>, 'source' | 'lang' | 'published_date' | 'published_precision' | 'published_method' | 'cluster'>;

/** Streams quotes matching `filter`, in document then text order, through a cursor. */
export async function* queryQuotes(pool: pg.Pool, filter: QuoteFilter): AsyncGenerator<StoredQuote> {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (clause: (n: string) => string, value: unknown) => {
    params.push(value);
    where.push(clause(`$${params.length}`));
  };
  // lower() on both sides: case-insensitive like SQLite's NOCASE, and beyond ASCII.
  if (filter.actor !== undefined) add((p) => `lower(q.speaker_name) = lower(${p})`, filter.actor);
  if (filter.country !== undefined) add((p) => `q.speaker_country = ${p}`, filter.country);
  if (filter.lang !== undefined) add((p) => `d.lang = ${p}`, filter.lang);
  if (filter.since !== undefined) add((p) => `d.published_end >= ${p}`, filter.since);
  if (filter.until !== undefined) add((p) => `d.published_start <= ${p}`, filter.until);
  if (filter.kind !== undefined) add((p) => `q.kind = ${p}`, filter.kind);
  const sql = `SELECT ${QUOTE_COLUMNS}, d.source, d.lang, d.published_date, d.published_precision, d.published_method, d.cluster
    FROM quotes q JOIN documents d ON d.id = q.document_id
    ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY d.seq, q.seq`;
  for await (const row of streamRows<QuoteExportRow>(pool, sql, params)) {
    yield {
      document: row.document_id,
      source: row.source,
      lang: row.lang,
      published: publishedOf(row),
      cluster: row.cluster,
      ...quoteFrom(row),
    };
  }
}
