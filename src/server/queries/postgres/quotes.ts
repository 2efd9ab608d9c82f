/** Quote reads on PostgreSQL: filtered and searchable, newest publication first (undated last), as ../quotes.ts. */
import type { Queryable } from '../../../store/postgres/connection.ts';
import type { KeyValue } from '../../cursor.ts';
import type { QuoteListFilter } from '../../read-model.ts';
import type { QuoteItem } from '../../schemas.ts';
import { QUOTE_COLUMNS, toQuoteItem, type QuoteRow } from '../quotes.ts';
import { Params } from './params.ts';
import { resolveSearch, searchCondition } from './search.ts';

export async function listQuotes(db: Queryable, f: QuoteListFilter, limit: number, after: KeyValue[] | null): Promise<{ items: QuoteItem[]; nextKey: KeyValue[] | null }> {
  const base = new Params();
  const clauses: string[] = [];
  if (f.match !== undefined) {
    const search = await resolveSearch(db, f.match);
    clauses.push(searchCondition(search, 'q.search', 'q.text', (v) => base.add(v)));
  }
  if (f.actor !== undefined) clauses.push(`q.speaker_id IN (SELECT id FROM actors WHERE lower(name) = lower(${base.add(f.actor)}))`);
  const inList = (column: string, values: readonly string[] | undefined) => {
    if (values === undefined || values.length === 0) return;
    clauses.push(`${column} = ANY(${base.add(values)}::text[])`);
  };
  inList('q.speaker_country', f.country);
  inList('d.lang', f.lang);
  inList('q.kind', f.kind);
  if (f.from !== undefined) clauses.push(`d.published_end >= ${base.add(f.from)}`);
  if (f.to !== undefined) clauses.push(`d.published_start <= ${base.add(f.to)}`);
  const run = async (extra: (p: Params) => string[], order: string, n: number): Promise<QuoteRow[]> => {
    const p = base.fork();
    const all = [...clauses, ...extra(p)];
    const { rows } = await db.query<QuoteRow>(
      `SELECT ${QUOTE_COLUMNS} FROM quotes q JOIN documents d ON d.id = q.document_id
       WHERE ${all.join(' AND ')} ORDER BY ${order} LIMIT ${p.add(n)}`,
      p.values,
    );
    return rows;
  };
  let rows: QuoteRow[] = [];
  const inUndated = after !== null && after[0] === null;
  if (!inUndated) {
    rows = await run(
      (p) => ['d.published_start IS NOT NULL', ...(after ? [`d.published_start <= ${p.add(after[0])} AND (d.published_start < ${p.add(after[0])} OR q.id < ${p.add(after[1])}::bigint)`] : [])],
      'd.published_start DESC, q.id DESC',
      limit + 1,
    );
  }
  if (rows.length < limit + 1) {
    rows = rows.concat(await run((p) => ['d.published_start IS NULL', ...(inUndated ? [`q.id < ${p.add(after[1])}::bigint`] : [])], 'q.id DESC', limit + 1 - rows.length));
  }
  const more = rows.length > limit;
  const page = more ? rows.slice(0, limit) : rows;
  const last = page[page.length - 1];
  return { items: page.map(toQuoteItem), nextKey: more && last ? [last.published_start, last.id] : null };
}
