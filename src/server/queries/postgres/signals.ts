/**
 * Signal reads on PostgreSQL: the same filters, sorts and keyset cursors as
 * ../signals.ts, the same SignalRow columns (so one mapping serves both).
 * Lists are `= ANY($n::text[])` parameters (one value: `= $n`, so that
 * signals_type_key of migration 004 gives one type's page in order), so the
 * SQL text depends only on which filters are present and how many values
 * each has. Sort keys are (date_start, date_end, id) and (severity, id), the
 * indexes of store migration 002, compared as rows so a page is one index
 * range scan.
 */
import type { Queryable } from '../../../store/postgres/connection.ts';
import type { KeyValue } from '../../cursor.ts';
import type { SignalFilter } from '../../read-model.ts';
import type { SignalItem, SignalSort } from '../../schemas.ts';
import { FILING_DAY, SIGNAL_COLUMNS, SIGNAL_FROM, toItem, type EvidenceRow, type SignalRow } from '../signals.ts';
import { Params } from './params.ts';
import { resolveSearch, searchCondition } from './search.ts';

export interface SignalPage {
  readonly items: SignalItem[];
  readonly nextKey: KeyValue[] | null;
}

/** Unstemmed words of a document, for phrase rechecks (as its search vector: title and the first 200,000 characters). */
export const DOCUMENT_WORDS = (d: string) => `coalesce(${d}.title, '') || ' ' || left(${d}.text, 200000)`;

/**
 * A search matching at most this many documents becomes the list of their
 * signals' ids, which the query starts from; a broader one is checked on
 * each row met while walking the sort order's index. PostgreSQL's estimate
 * for a tsquery cannot tell the two apart (a title number that one document
 * carries was planned as 1,350 rows, and walked 270,000 signals: 4 s at
 * 100k documents), so the documents are counted first, up to this bound.
 */
export const FTS_LIST_MAX = 2000;

async function signalWhere(db: Queryable, f: SignalFilter, p: Params): Promise<string[]> {
  const clauses: string[] = [];
  const inList = (column: string, values: readonly string[] | undefined) => {
    if (values === undefined || values.length === 0) return;
    // One value as `=`: an index on (column, sort key) then yields the page in order (= ANY does not).
    if (values.length === 1) clauses.push(`${column} = ${p.add(values[0])}::text`);
    else clauses.push(`${column} = ANY(${p.add(values)}::text[])`);
  };
  inList('s.type', f.type);
  // lower() is indexed (actors_name); SQLite's COLLATE NOCASE.
  if (f.actor !== undefined) clauses.push(`lower(a.name) = lower(${p.add(f.actor)})`);
  inList('a.country', f.country);
  inList('s.target', f.target);
  inList('a.kind', f.kind);
  if (f.minSeverity !== undefined) clauses.push(`s.severity >= ${p.add(f.minSeverity)}`);
  if (f.maxSeverity !== undefined) clauses.push(`s.severity <= ${p.add(f.maxSeverity)}`);
  if (f.from !== undefined) clauses.push(`s.date_end >= ${p.add(f.from)}`);
  if (f.to !== undefined) clauses.push(`s.date_start <= ${p.add(f.to)}`);
  inList('d.lang', f.lang);
  inList('s.sourcing', f.sourcing);
  inList('s.modality', f.modality);
  if (f.cluster !== undefined) clauses.push(`s.cluster = ${p.add(f.cluster)}`);
  if (f.match !== undefined) {
    // Any document that reported the signal counts, not only the first.
    const search = await resolveSearch(db, f.match);
    const q = new Params();
    const docs = await db.query<{ id: string }>(
      `SELECT fd.id FROM documents fd WHERE ${searchCondition(search, 'fd.search', DOCUMENT_WORDS('fd'), (v) => q.add(v))} LIMIT ${q.add(FTS_LIST_MAX + 1)}`,
      q.values,
    );
    // Two queries, not a join: the planner, expecting thousands of documents, would hash all of signal_sources.
    const found =
      docs.rows.length <= FTS_LIST_MAX
        ? (await db.query<{ id: number }>('SELECT DISTINCT signal_id AS id FROM signal_sources WHERE document_id = ANY($1::text[])', [docs.rows.map((d) => d.id)])).rows
        : null;
    if (found) {
      clauses.push(`s.id = ANY(${p.add(found.map((r) => r.id))}::bigint[])`);
    } else {
      clauses.push(
        `s.id IN (SELECT ss.signal_id FROM signal_sources ss JOIN documents fd ON fd.id = ss.document_id
           WHERE ${searchCondition(search, 'fd.search', DOCUMENT_WORDS('fd'), (v) => p.add(v))})`,
      );
    }
  }
  if (f.day !== undefined) {
    const day = p.add(f.day);
    clauses.push(`s.date_start <= ${day} AND s.date_end >= ${day} AND (${FILING_DAY}) = ${day}`);
    // The candidates, by the three ways a signal comes to be filed under a day (store migration 003):
    // the date range alone cannot narrow the scan (every signal that started before the latest day).
    clauses.push(`s.id IN (
      SELECT fs.id FROM signals fs WHERE fs.date_start = ${day}
      UNION ALL SELECT fs.id FROM signals fs WHERE fs.date_precision = 'day' AND fs.date = ${day}
      UNION ALL SELECT fs.id FROM documents fd JOIN signals fs ON fs.document_id = fd.id
        WHERE fd.published_precision = 'day' AND fd.published_date = ${day})`);
  }
  return clauses;
}

/** One page of signals; date sorts put undated signals last in both directions (two keyset phases), as on SQLite. */
export async function listSignals(db: Queryable, filter: SignalFilter, sort: SignalSort, limit: number, after: KeyValue[] | null): Promise<SignalPage> {
  const base = new Params();
  const clauses = await signalWhere(db, filter, base);
  const desc = sort.startsWith('-');
  const cmp = desc ? '<' : '>';
  const dir = desc ? 'DESC' : 'ASC';
  const run = async (extra: (p: Params) => string[], order: string, n: number): Promise<SignalRow[]> => {
    const p = base.fork();
    const all = [...clauses, ...extra(p)];
    const sql = `SELECT ${SIGNAL_COLUMNS} FROM ${SIGNAL_FROM} ${all.length ? `WHERE ${all.join(' AND ')}` : ''} ORDER BY ${order} LIMIT ${p.add(n)}`;
    return (await db.query<SignalRow>(sql, p.values)).rows;
  };

  let rows: SignalRow[];
  const bySeverity = sort === 'severity' || sort === '-severity';
  if (bySeverity) {
    rows = await run((p) => (after ? [`(s.severity, s.id) ${cmp} (${p.add(after[0])}::integer, ${p.add(after[1])}::bigint)`] : []), `s.severity ${dir}, s.id ${dir}`, limit + 1);
  } else {
    rows = [];
    const inUndated = after !== null && after[0] === null;
    if (!inUndated) {
      rows = await run(
        (p) => [
          's.date_start IS NOT NULL',
          ...(after ? [`(s.date_start, s.date_end, s.id) ${cmp} (${p.add(after[0])}::text, ${p.add(after[1])}::text, ${p.add(after[2])}::bigint)`] : []),
        ],
        `s.date_start ${dir}, s.date_end ${dir}, s.id ${dir}`,
        limit + 1,
      );
    }
    if (rows.length < limit + 1) {
      const more = await run(
        (p) => ['s.date_start IS NULL', ...(inUndated ? [`s.id ${cmp} ${p.add(after[2])}::bigint`] : [])],
        `s.id ${dir}`,
        limit + 1 - rows.length,
      );
      rows = rows.concat(more);
    }
  }
  const more = rows.length > limit;
  const pageRows = more ? rows.slice(0, limit) : rows;
  const last = pageRows[pageRows.length - 1];
  const nextKey: KeyValue[] | null = more && last ? (bySeverity ? [last.severity, last.id] : [last.date_start, last.date_end, last.id]) : null;
  return { items: await toItems(db, pageRows), nextKey };
}

/** The rows as API items, each with its evidence sentences in its first document. */
export async function toItems(db: Queryable, rows: readonly SignalRow[]): Promise<SignalItem[]> {
  if (rows.length === 0) return [];
  const { rows: ev } = await db.query<EvidenceRow>(
    `SELECT e.signal_id, e.document_id, e.start_offset, e.end_offset, e.text FROM evidence e
     JOIN signals s ON s.id = e.signal_id AND s.document_id = e.document_id
     WHERE e.signal_id = ANY($1::bigint[]) ORDER BY e.signal_id, e.start_offset`,
    [rows.map((r) => r.id)],
  );
  const bySignal = new Map<number, EvidenceRow[]>();
  for (const e of ev) {
    const list = bySignal.get(e.signal_id);
    if (list) list.push(e);
    else bySignal.set(e.signal_id, [e]);
  }
  return rows.map((r) => toItem(r, bySignal.get(r.id) ?? []));
}

/** Signals one document reported, with that document's own evidence spans and quote. */
export async function signalsOfDocument(db: Queryable, documentId: string): Promise<SignalItem[]> {
  const [{ rows }, { rows: ev }] = await Promise.all([
    db.query<SignalRow & { doc_quote: string | null }>(
      `SELECT ${SIGNAL_COLUMNS}, ss.quote AS doc_quote FROM signal_sources ss
       JOIN signals s ON s.id = ss.signal_id JOIN actors a ON a.id = s.actor_id JOIN documents d ON d.id = s.document_id
       WHERE ss.document_id = $1 ORDER BY ss.seq`,
      [documentId],
    ),
    db.query<EvidenceRow>(
      `SELECT e.signal_id, e.document_id, e.start_offset, e.end_offset, e.text FROM evidence e
       WHERE e.document_id = $1 ORDER BY e.signal_id, e.start_offset`,
      [documentId],
    ),
  ]);
  const bySignal = new Map<number, EvidenceRow[]>();
  for (const e of ev) bySignal.set(e.signal_id, [...(bySignal.get(e.signal_id) ?? []), e]);
  return rows.map((r) => ({ ...toItem(r, bySignal.get(r.id) ?? []), quote: r.doc_quote ?? r.quote }));
}

/** One signal by its dedup key, or null. */
export async function signalByKey(db: Queryable, key: string): Promise<SignalItem | null> {
  const { rows } = await db.query<SignalRow>(`SELECT ${SIGNAL_COLUMNS} FROM ${SIGNAL_FROM} WHERE s.key = $1`, [key]);
  return rows.length === 0 ? null : ((await toItems(db, rows))[0] ?? null);
}
