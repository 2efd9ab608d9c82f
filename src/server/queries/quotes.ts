/** Quote reads: filtered and searchable, newest publication first (undated last). */
import type { ActorKind } from '../../document/index.ts';
import type { KeyValue } from '../cursor.ts';
import type { QuoteItem } from '../schemas.ts';
import { stmt, type Db, type FtsQuery } from './db.ts';
import { Where } from './where.ts';

export interface QuoteFilter {
  readonly match?: FtsQuery | undefined;
  readonly actor?: string | undefined;
  readonly country?: readonly string[] | undefined;
  readonly lang?: readonly string[] | undefined;
  readonly kind?: readonly ('direct' | 'partial')[] | undefined;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
}

export interface QuoteRow {
  id: number;
  document_id: string;
  title: string | null;
  lang: string | null;
  published_date: string | null;
  published_precision: 'day' | 'month' | 'year' | null;
  published_method: 'metadata' | 'inferred' | null;
  published_start: string | null;
  text: string;
  start_offset: number;
  end_offset: number;
  speaker_name: string | null;
  speaker_country: string | null;
  speaker_kind: ActorKind | null;
  kind: 'direct' | 'partial';
}

export const QUOTE_KEY_ARITY = 2;

/** The columns of a QuoteRow (q = quotes, d = its document); PostgreSQL selects the same. */
export const QUOTE_COLUMNS = `q.id, q.document_id, d.title, d.lang, d.published_date, d.published_precision, d.published_method, d.published_start,
  q.text, q.start_offset, q.end_offset, q.speaker_name, q.speaker_country, q.speaker_kind, q.kind`;

export function listQuotes(db: Db, f: QuoteFilter, limit: number, after: KeyValue[] | null): { items: QuoteItem[]; nextKey: KeyValue[] | null } {
  const base = new Where()
    .given('q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)', f.match)
    .given('q.speaker_id IN (SELECT id FROM actors WHERE name = ? COLLATE NOCASE)', f.actor)
    .oneOf('q.speaker_country', f.country)
    .oneOf('d.lang', f.lang)
    .oneOf('q.kind', f.kind)
    .given('d.published_end >= ?', f.from)
    .given('d.published_start <= ?', f.to);
  const run = (where: Where, order: string, n: number) =>
    stmt(
      db,
      `SELECT ${QUOTE_COLUMNS}
       FROM quotes q JOIN documents d ON d.id = q.document_id
       ${where.sql} ORDER BY ${order} LIMIT ?`,
    ).all(...where.params, n) as QuoteRow[];

  let rows: QuoteRow[] = [];
  const inUndated = after !== null && after[0] === null;
  if (!inUndated) {
    const where = base.fork().and('d.published_start IS NOT NULL');
    if (after) where.and('d.published_start <= ? AND (d.published_start < ? OR q.id < ?)', after[0], after[0], after[1]);
    rows = run(where, 'd.published_start DESC, q.id DESC', limit + 1);
  }
  if (rows.length < limit + 1) {
    const where = base.fork().and('d.published_start IS NULL');
    if (inUndated) where.and('q.id < ?', after[1]);
    rows = rows.concat(run(where, 'q.id DESC', limit + 1 - rows.length));
  }
  const more = rows.length > limit;
  const page = more ? rows.slice(0, limit) : rows;
  const last = page[page.length - 1];
  return { items: page.map(toQuoteItem), nextKey: more && last ? [last.published_start, last.id] : null };
}

export function toQuoteItem(r: QuoteRow): QuoteItem {
  return {
    document: r.document_id,
    title: r.title,
    lang: r.lang,
    published:
      r.published_date !== null && r.published_precision !== null && r.published_method !== null
        ? { date: r.published_date, precision: r.published_precision, method: r.published_method }
        : null,
    text: r.text,
    start: r.start_offset,
    end: r.end_offset,
    speaker: r.speaker_name !== null && r.speaker_kind !== null ? { name: r.speaker_name, country: r.speaker_country, kind: r.speaker_kind } : null,
    kind: r.kind,
  };
}
