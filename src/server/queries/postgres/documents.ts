/**
 * Document reads on PostgreSQL: the searchable list (with snippets from
 * ts_headline) and the evidence view's full record, as ../documents.ts
 * returns them. Rows have the SQLite DocRow shape (`relevant` as 0/1).
 */
import type { Queryable } from '../../../store/postgres/connection.ts';
import type { QuoteColumns } from '../../../store/rows.ts';
import type { KeyValue } from '../../cursor.ts';
import type { DocumentListFilter } from '../../read-model.ts';
import type { DocumentDetail, DocumentSummary } from '../../schemas.ts';
import { DETAIL_QUOTE_COLUMNS, OUTLETS_MAX, detailFrom, toSummary, type DocRow } from '../documents.ts';
import { Params } from './params.ts';
import { queryFor, resolveSearch, searchCondition, type ResolvedSearch } from './search.ts';
import { DOCUMENT_WORDS, signalsOfDocument } from './signals.ts';

/**
 * The snippet of a search hit, as SQLite's snippet(…, 16): a fragment of
 * about sixteen words of the text around the hits, no markers.
 */
const HEADLINE = 'StartSel="", StopSel="", MaxWords=16, MinWords=8, MaxFragments=1';

export const SUMMARY = `d.seq, d.id, d.source, d.url, d.title, d.lang, d.relevant::integer AS relevant, d.published_date, d.published_precision,
  d.published_method, d.published_start, d.cluster,
  (SELECT count(*) FROM signal_sources ss WHERE ss.document_id = d.id)::integer AS signals`;
const SUMMARY_FIELDS = ['seq', 'id', 'source', 'url', 'title', 'lang', 'relevant', 'published_date', 'published_precision', 'published_method', 'published_start', 'cluster', 'signals'];

/** One page of documents, newest publication first (undated last) or oldest first. */
export async function listDocuments(
  db: Queryable,
  f: DocumentListFilter,
  sort: 'published' | '-published',
  limit: number,
  after: KeyValue[] | null,
): Promise<{ items: DocumentSummary[]; nextKey: KeyValue[] | null }> {
  const base = new Params();
  const clauses: string[] = [];
  let search: ResolvedSearch | null = null;
  if (f.match !== undefined) {
    search = await resolveSearch(db, f.match);
    clauses.push(searchCondition(search, 'd.search', DOCUMENT_WORDS('d'), (v) => base.add(v)));
  }
  if (f.lang && f.lang.length > 0) clauses.push(`d.lang = ANY(${base.add(f.lang)}::text[])`);
  if (f.from !== undefined) clauses.push(`d.published_end >= ${base.add(f.from)}`);
  if (f.to !== undefined) clauses.push(`d.published_start <= ${base.add(f.to)}`);
  if (f.relevant !== undefined) clauses.push(`d.relevant = ${base.add(f.relevant)}`);
  if (f.cluster !== undefined) clauses.push(`d.cluster = ${base.add(f.cluster)}`);
  const desc = sort === '-published';
  const cmp = desc ? '<' : '>';
  const dir = desc ? 'DESC' : 'ASC';
  const run = async (extra: (p: Params) => string[], order: string, n: number): Promise<DocRow[]> => {
    const p = base.fork();
    const all = [...clauses, ...extra(p)];
    // The page first, then the snippets of its rows only: ts_headline re-parses the whole text.
    const where = `WHERE ${all.join(' AND ')} ORDER BY ${order} LIMIT ${p.add(n)}`;
    if (search === null) return (await db.query<DocRow>(`SELECT ${SUMMARY}, NULL AS snippet FROM documents d ${where}`, p.values)).rows;
    // An ellipsis where the fragment does not reach the start or the end of the text, as SQLite's snippet().
    const { rows } = await db.query<DocRow>(
      `SELECT ${SUMMARY_FIELDS.map((c) => `x.${c}`).join(', ')},
         CASE WHEN starts_with(x.text, h.h) THEN '' ELSE '…' END || h.h || CASE WHEN right(x.text, length(h.h)) = h.h THEN '' ELSE '…' END AS snippet
       FROM (SELECT ${SUMMARY}, d.text FROM documents d ${where}) x,
         LATERAL (SELECT brink_ts_config(x.lang) AS c) c,
         LATERAL (SELECT ts_headline(c.c, x.text, ${queryFor(search, 'c.c', (v) => p.add(v))}, '${HEADLINE}') AS h) h
       ORDER BY ${order.replace(/\bd\./g, 'x.')}`,
      p.values,
    );
    return rows;
  };
  let rows: DocRow[] = [];
  const inUndated = after !== null && after[0] === null;
  if (!inUndated) {
    rows = await run(
      (p) => ['d.published_start IS NOT NULL', ...(after ? [`(d.published_start, d.seq) ${cmp} (${p.add(after[0])}::text, ${p.add(after[1])}::bigint)`] : [])],
      `d.published_start ${dir}, d.seq ${dir}`,
      limit + 1,
    );
  }
  if (rows.length < limit + 1) {
    const more = await run((p) => ['d.published_start IS NULL', ...(inUndated ? [`d.seq ${cmp} ${p.add(after[1])}::bigint`] : [])], `d.seq ${dir}`, limit + 1 - rows.length);
    rows = rows.concat(more);
  }
  const more = rows.length > limit;
  const page = more ? rows.slice(0, limit) : rows;
  const last = page[page.length - 1];
  return { items: page.map(toSummary), nextKey: more && last ? [last.published_start, last.seq] : null };
}

/** The evidence view's record: its queries run at once, each on a pooled connection. */
export async function getDocument(db: Queryable, id: string): Promise<DocumentDetail | null> {
  const { rows } = await db.query<DocRow & { text: string }>(`SELECT ${SUMMARY}, NULL AS snippet, d.text FROM documents d WHERE d.id = $1`, [id]);
  const row = rows[0];
  if (!row) return null;
  const [removed, quotes, sources, outlets, signals] = await Promise.all([
    db.query<{ text: string; reason: string }>('SELECT text, reason FROM removed WHERE document_id = $1 ORDER BY seq', [id]),
    db.query<QuoteColumns>(`SELECT ${DETAIL_QUOTE_COLUMNS} FROM quotes WHERE document_id = $1 ORDER BY seq`, [id]),
    db.query<{ document_id: string; source: string; url: string | null }>(
      // Byte order, as SQLite sorts text.
      'SELECT document_id, source, url FROM document_sources WHERE document_id = $1 ORDER BY added_at COLLATE "C", source COLLATE "C"',
      [id],
    ),
    db.query<DocRow>(`SELECT ${SUMMARY}, NULL AS snippet FROM documents d WHERE d.cluster = $1 AND d.id <> $2 ORDER BY d.seq LIMIT $3`, [row.cluster, id, OUTLETS_MAX]),
    signalsOfDocument(db, id),
  ]);
  return detailFrom(row, {
    removed: removed.rows,
    quotes: quotes.rows,
    sources: sources.rows,
    outlets: outlets.rows,
    signals,
  });
}
