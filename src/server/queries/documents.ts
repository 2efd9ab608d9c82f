/**
 * Document reads: the searchable list and the evidence view's full record
 * (cleaned text, removed items, quotes, signals with spans, sources, and the
 * other outlets of the same duplicate cluster).
 */
import { quoteFrom } from '../../store/columns.ts';
import type { QuoteColumns } from '../../store/rows.ts';
import type { KeyValue } from '../cursor.ts';
import type { DocumentDetail, DocumentSummary } from '../schemas.ts';
import { stmt, type Db, type FtsQuery } from './db.ts';
import { signalsOfDocument } from './signals.ts';
import { Where } from './where.ts';

export interface DocumentFilter {
  readonly match?: FtsQuery | undefined;
  readonly lang?: readonly string[] | undefined;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly relevant?: boolean | undefined;
  readonly cluster?: string | undefined;
}

/** Other outlets listed on a document's page; a cluster bigger than this is summarised by its size. */
export const OUTLETS_MAX = 50;
/** Words of context around a search hit in the list's snippet. */
const SNIPPET_TOKENS = 16;

export interface DocRow {
  seq: number;
  id: string;
  source: string;
  url: string | null;
  title: string | null;
  lang: string | null;
  relevant: 0 | 1;
  published_date: string | null;
  published_precision: 'day' | 'month' | 'year' | null;
  published_method: 'metadata' | 'inferred' | null;
  published_start: string | null;
  cluster: string;
  signals: number;
  snippet: string | null;
}

/** The columns of a DocRow but its snippet; PostgreSQL selects the same, `relevant` as 0/1. */
export const SUMMARY = `d.seq, d.id, d.source, d.url, d.title, d.lang, d.relevant, d.published_date, d.published_precision,
  d.published_method, d.published_start, d.cluster,
  (SELECT count(*) FROM signal_sources ss WHERE ss.document_id = d.id) AS signals`;

export function published(r: Pick<DocRow, 'published_date' | 'published_precision' | 'published_method'>): DocumentSummary['published'] {
  return r.published_date !== null && r.published_precision !== null && r.published_method !== null
    ? { date: r.published_date, precision: r.published_precision, method: r.published_method }
    : null;
}

export function toSummary(r: DocRow): DocumentSummary {
  return {
    id: r.id,
    source: r.source,
    url: r.url,
    title: r.title,
    lang: r.lang,
    relevant: r.relevant === 1,
    published: published(r),
    cluster: r.cluster,
    signals: r.signals,
    snippet: r.snippet,
  };
}

export const DOCUMENT_KEY_ARITY = 2;

/** One page of documents, newest publication first (undated last) or oldest first. */
export function listDocuments(
  db: Db,
  f: DocumentFilter,
  sort: 'published' | '-published',
  limit: number,
  after: KeyValue[] | null,
): { items: DocumentSummary[]; nextKey: KeyValue[] | null } {
  // With a search the FTS table drives the query, so that snippet() is available.
  const from = f.match !== undefined ? 'documents_fts JOIN documents d ON d.seq = documents_fts.rowid' : 'documents d';
  const snippet = f.match !== undefined ? `snippet(documents_fts, 1, '', '', '…', ${SNIPPET_TOKENS})` : 'NULL';
  const base = new Where()
    .given('documents_fts MATCH ?', f.match)
    .oneOf('d.lang', f.lang)
    .given('d.published_end >= ?', f.from)
    .given('d.published_start <= ?', f.to)
    .given('d.relevant = ?', f.relevant === undefined ? undefined : f.relevant ? 1 : 0)
    .given('d.cluster = ?', f.cluster);
  const desc = sort === '-published';
  const cmp = desc ? '<' : '>';
  const dir = desc ? 'DESC' : 'ASC';
  const run = (where: Where, order: string, n: number) =>
    stmt(db, `SELECT ${SUMMARY}, ${snippet} AS snippet FROM ${from} ${where.sql} ORDER BY ${order} LIMIT ?`).all(...where.params, n) as DocRow[];
  let rows: DocRow[] = [];
  const inUndated = after !== null && after[0] === null;
  if (!inUndated) {
    const where = base.fork().and('d.published_start IS NOT NULL');
    if (after) where.and(`d.published_start ${cmp}= ? AND (d.published_start ${cmp} ? OR d.seq ${cmp} ?)`, after[0], after[0], after[1]);
    rows = run(where, `d.published_start ${dir}, d.seq ${dir}`, limit + 1);
  }
  if (rows.length < limit + 1) {
    const where = base.fork().and('d.published_start IS NULL');
    if (inUndated) where.and(`d.seq ${cmp} ?`, after[1]);
    rows = rows.concat(run(where, `d.seq ${dir}`, limit + 1 - rows.length));
  }
  const more = rows.length > limit;
  const page = more ? rows.slice(0, limit) : rows;
  const last = page[page.length - 1];
  return { items: page.map(toSummary), nextKey: more && last ? [last.published_start, last.seq] : null };
}

interface FullRow extends DocRow {
  text: string;
}

/** The columns of `quotes` the evidence view shows. */
export const DETAIL_QUOTE_COLUMNS = 'text, start_offset, end_offset, speaker_name, speaker_country, speaker_kind, kind';

/** The evidence view's record from its rows, as both backends read them. */
export function detailFrom(
  row: FullRow,
  parts: {
    readonly removed: DocumentDetail['removed'];
    readonly quotes: readonly QuoteColumns[];
    readonly sources: readonly { document_id: string; source: string; url: string | null }[];
    readonly outlets: readonly DocRow[];
    readonly signals: DocumentDetail['signals'];
  },
): DocumentDetail {
  return {
    id: row.id,
    source: row.source,
    url: row.url,
    title: row.title,
    lang: row.lang,
    relevant: row.relevant === 1,
    published: published(row),
    text: row.text,
    removed: parts.removed,
    quotes: parts.quotes.map(quoteFrom),
    signals: parts.signals,
    cluster: row.cluster,
    sources: parts.sources.map((s) => ({ document: s.document_id, source: s.source, url: s.url })),
    outlets: parts.outlets.map(toSummary),
  };
}

export function getDocument(db: Db, id: string): DocumentDetail | null {
  const row = stmt(db, `SELECT ${SUMMARY}, NULL AS snippet, d.text FROM documents d WHERE d.id = ?`).get(id) as FullRow | undefined;
  if (!row) return null;
  return detailFrom(row, {
    removed: stmt(db, 'SELECT text, reason FROM removed WHERE document_id = ? ORDER BY seq').all(id) as { text: string; reason: string }[],
    quotes: stmt(db, `SELECT ${DETAIL_QUOTE_COLUMNS} FROM quotes WHERE document_id = ? ORDER BY seq`).all(id) as QuoteColumns[],
    sources: stmt(db, 'SELECT document_id, source, url FROM document_sources WHERE document_id = ? ORDER BY added_at, source').all(id) as {
      document_id: string;
      source: string;
      url: string | null;
    }[],
    outlets: stmt(db, `SELECT ${SUMMARY}, NULL AS snippet FROM documents d WHERE d.cluster = ? AND d.id <> ? ORDER BY d.seq LIMIT ?`).all(
      row.cluster,
      id,
      OUTLETS_MAX,
    ) as DocRow[],
    signals: signalsOfDocument(db, id),
  });
}

/** Summaries of a cluster's first members, for the clusters list. */
export function clusterMembers(db: Db, cluster: string, limit: number): DocumentSummary[] {
  return (stmt(db, `SELECT ${SUMMARY}, NULL AS snippet FROM documents d WHERE d.cluster = ? ORDER BY d.seq LIMIT ?`).all(cluster, limit) as DocRow[]).map(
    toSummary,
  );
}
