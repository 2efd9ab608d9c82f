/**
 * Signal reads: the filtered, keyset-paginated list (table, export, chart
 * drill-down) and the rows-to-API mapping. Filters are built with `Where`
 * (where.ts), so the SQL text depends only on which filters are present.
 */
import type { ActorKind, Modality, SignalType, Sourcing } from '../../document/index.ts';
import type { KeyValue } from '../cursor.ts';
import type { SignalItem, SignalSort } from '../schemas.ts';
import { stmt, type Db, type FtsQuery } from './db.ts';
import { Where } from './where.ts';

export interface SignalFilter {
  readonly type?: readonly SignalType[] | undefined;
  readonly actor?: string | undefined;
  readonly country?: readonly string[] | undefined;
  readonly target?: readonly string[] | undefined;
  readonly kind?: readonly ActorKind[] | undefined;
  readonly minSeverity?: number | undefined;
  readonly maxSeverity?: number | undefined;
  /** `YYYY-MM-DD`: the signal's date period ends on or after it. */
  readonly from?: string | undefined;
  /** `YYYY-MM-DD`: the signal's date period starts on or before it. */
  readonly to?: string | undefined;
  readonly lang?: readonly string[] | undefined;
  readonly sourcing?: readonly Sourcing[] | undefined;
  readonly modality?: readonly Modality[] | undefined;
  readonly cluster?: string | undefined;
  /** Signals reported by a document whose title or text matches. */
  readonly match?: FtsQuery | undefined;
  /** Signals the escalation index files under this day (see FILING_DAY). */
  readonly day?: string | undefined;
}

/**
 * The day the escalation index files a signal under (README, "The escalation index"):
 * its own date at day precision; for a month or year, the reporting
 * document's publication day when that day lies inside the period (the
 * contract dates "X said" at the publication month, so the publication day
 * is the best day we have), else the first day of the period; NULL when the
 * signal is undated. Needs `s` = signals and `d` = its first document.
 */
export const FILING_DAY = `CASE
    WHEN s.date_precision = 'day' THEN s.date
    WHEN s.date_start IS NULL THEN NULL
    WHEN d.published_precision = 'day' AND d.published_date BETWEEN s.date_start AND s.date_end THEN d.published_date
    ELSE s.date_start
  END`;

export const SIGNAL_FROM = `signals s JOIN actors a ON a.id = s.actor_id JOIN documents d ON d.id = s.document_id`;

/**
 * A search matching at most this many documents drives the query from the
 * match list; a broader one is checked row by row while walking the sort
 * index. Measured on 100k documents / 300k signals (bench/api.ts): building
 * the list costs ~2 ms per 1,000 matching documents, the per-row check ~1 ms
 * per 1,000 signals walked, so the list wins while it is short.
 */
export const FTS_LIST_MAX = 2000;

/** How many documents a search matches (cheap: FTS5 counts from its doclists). */
function matchCount(db: Db, match: FtsQuery): number {
  return (stmt(db, 'SELECT count(*) AS n FROM documents_fts WHERE documents_fts MATCH ?').get(match) as { n: number }).n;
}

/** The columns of a SignalRow; PostgreSQL selects the same (queries/postgres/signals.ts). */
export const SIGNAL_COLUMNS = `s.id, s.key, s.type, a.name AS actor_name, a.country AS actor_country, a.kind AS actor_kind,
  s.target, s.date, s.date_precision, s.date_start, s.date_end, ${FILING_DAY} AS day, s.severity, s.modality, s.sourcing,
  s.quote, s.confidence, s.cluster, s.document_id, d.title, d.lang, s.sources`;

export interface SignalRow {
  id: number;
  key: string;
  type: SignalType;
  actor_name: string;
  actor_country: string | null;
  actor_kind: ActorKind;
  target: string | null;
  date: string | null;
  date_precision: 'day' | 'month' | 'year' | null;
  date_start: string | null;
  date_end: string | null;
  day: string | null;
  severity: number;
  modality: Modality;
  sourcing: Sourcing;
  quote: string | null;
  confidence: number;
  cluster: string;
  document_id: string;
  title: string | null;
  lang: string | null;
  sources: number;
}

export interface EvidenceRow {
  signal_id: number;
  document_id: string;
  start_offset: number;
  end_offset: number;
  text: string;
}

/** The WHERE clause of a filter, conditions in a fixed order. `broadMatch`: the search matches many documents. */
export function signalWhere(f: SignalFilter, broadMatch = false): Where {
  const w = new Where()
    .oneOf('s.type', f.type)
    .given('a.name = ? COLLATE NOCASE', f.actor)
    .oneOf('a.country', f.country)
    .oneOf('s.target', f.target)
    .oneOf('a.kind', f.kind)
    .given('s.severity >= ?', f.minSeverity)
    .given('s.severity <= ?', f.maxSeverity)
    .given('s.date_end >= ?', f.from)
    .given('s.date_start <= ?', f.to)
    .oneOf('d.lang', f.lang)
    .oneOf('s.sourcing', f.sourcing)
    .oneOf('s.modality', f.modality)
    .given('s.cluster = ?', f.cluster);
  // Any document that reported the signal counts, not only the first. A
  // narrow search is a list the query starts from; a broad one is a check
  // on each row met while walking the sort order.
  w.given(
    broadMatch
      ? `EXISTS (SELECT 1 FROM signal_sources ss JOIN documents fd ON fd.id = ss.document_id
           JOIN documents_fts ON documents_fts.rowid = fd.seq WHERE ss.signal_id = s.id AND documents_fts MATCH ?)`
      : `s.id IN (SELECT ss.signal_id FROM signal_sources ss WHERE ss.document_id IN (
           SELECT fd.id FROM documents_fts JOIN documents fd ON fd.seq = documents_fts.rowid WHERE documents_fts MATCH ?))`,
    f.match,
  );
  // The range test lets SQLite use the date index before computing the filing day.
  if (f.day !== undefined) w.and(`s.date_start <= ? AND s.date_end >= ? AND (${FILING_DAY}) = ?`, f.day, f.day, f.day);
  return w;
}

export interface SignalPageResult {
  readonly items: SignalItem[];
  /** Sort key of the last row when more rows follow, else null. */
  readonly nextKey: KeyValue[] | null;
}

/**
 * Key of a row in each sort. Date sorts use (date_start, date_end, id): the
 * full key of the store's `signals_date` index (rowid last), so a page is an
 * index range scan with no sort step; severity sorts use (severity, id), the
 * `signals_severity` index.
 */
export function signalKeyArity(sort: SignalSort): number {
  return sort === 'severity' || sort === '-severity' ? 2 : 3;
}

/**
 * One page of signals. Date sorts put undated signals after the dated ones in
 * both directions (two keyset phases), so that "newest first" starts with news.
 */
export function listSignals(
  db: Db,
  filter: SignalFilter,
  sort: SignalSort,
  limit: number,
  after: KeyValue[] | null,
  tuning: { readonly ftsListMax?: number } = {},
): SignalPageResult {
  const broadMatch = filter.match !== undefined && matchCount(db, filter.match) > (tuning.ftsListMax ?? FTS_LIST_MAX);
  const base = signalWhere(filter, broadMatch);
  const desc = sort.startsWith('-');
  const cmp = desc ? '<' : '>';
  const dir = desc ? 'DESC' : 'ASC';
  const bySeverity = sort === 'severity' || sort === '-severity';
  // Filters on type, country, severity, dates, language… keep a good share of
  // the rows, so the fastest page walks the sort order's index and stops at the
  // limit; SQLite's planner instead often gathers every row of one country and
  // sorts them (20× slower at 300k signals). Narrow filters — an actor, a
  // cluster, a day, a rare search — are left to the planner.
  const narrow = filter.actor !== undefined || filter.cluster !== undefined || filter.day !== undefined || (filter.match !== undefined && !broadMatch);
  const from = narrow ? SIGNAL_FROM : SIGNAL_FROM.replace('signals s', `signals s INDEXED BY ${bySeverity ? 'signals_severity' : 'signals_date'}`);
  const run = (where: Where, order: string, n: number): SignalRow[] =>
    stmt(db, `SELECT ${SIGNAL_COLUMNS} FROM ${from} ${where.sql} ORDER BY ${order} LIMIT ?`).all(...where.params, n) as SignalRow[];

  let rows: SignalRow[];
  if (bySeverity) {
    const where = base.fork();
    if (after) where.and(`(s.severity, s.id) ${cmp} (?, ?)`, after[0], after[1]);
    rows = run(where, `s.severity ${dir}, s.id ${dir}`, limit + 1);
  } else {
    rows = [];
    const inUndated = after !== null && after[0] === null;
    if (!inUndated) {
      const where = base.fork().and('s.date_start IS NOT NULL');
      if (after) where.and(`(s.date_start, s.date_end, s.id) ${cmp} (?, ?, ?)`, after[0], after[1], after[2]);
      rows = run(where, `s.date_start ${dir}, s.date_end ${dir}, s.id ${dir}`, limit + 1);
    }
    if (rows.length < limit + 1) {
      const where = base.fork().and('s.date_start IS NULL');
      if (inUndated) where.and(`s.id ${cmp} ?`, after[2]);
      rows = rows.concat(run(where, `s.id ${dir}`, limit + 1 - rows.length));
    }
  }

  const more = rows.length > limit;
  const pageRows = more ? rows.slice(0, limit) : rows;
  const last = pageRows[pageRows.length - 1];
  const nextKey: KeyValue[] | null = more && last ? (bySeverity ? [last.severity, last.id] : [last.date_start, last.date_end, last.id]) : null;
  return { items: toItems(db, pageRows), nextKey };
}

/** Evidence sentences of the given signals in their first document, by signal id. */
function evidenceFor(db: Db, rows: readonly SignalRow[]): Map<number, EvidenceRow[]> {
  const out = new Map<number, EvidenceRow[]>();
  if (rows.length === 0) return out;
  const firstDoc = new Map(rows.map((r) => [r.id, r.document_id]));
  const ev = stmt(
    db,
    `SELECT e.signal_id, e.document_id, e.start_offset, e.end_offset, e.text FROM evidence e
     WHERE e.signal_id IN (SELECT value FROM json_each(?)) ORDER BY e.signal_id, e.start_offset`,
  ).all(JSON.stringify(rows.map((r) => r.id))) as EvidenceRow[];
  for (const e of ev) {
    if (firstDoc.get(e.signal_id) !== e.document_id) continue;
    const list = out.get(e.signal_id) ?? [];
    list.push(e);
    out.set(e.signal_id, list);
  }
  return out;
}

export function toItems(db: Db, rows: readonly SignalRow[]): SignalItem[] {
  const evidence = evidenceFor(db, rows);
  return rows.map((r) => toItem(r, evidence.get(r.id) ?? []));
}

export function toItem(r: SignalRow, evidence: readonly EvidenceRow[]): SignalItem {
  return {
    key: r.key,
    type: r.type,
    actor: { name: r.actor_name, country: r.actor_country, kind: r.actor_kind },
    target: r.target,
    date: r.date,
    datePrecision: r.date_precision,
    day: r.day,
    severity: r.severity,
    modality: r.modality,
    sourcing: r.sourcing,
    quote: r.quote,
    confidence: r.confidence,
    cluster: r.cluster,
    document: r.document_id,
    title: r.title,
    lang: r.lang,
    outlets: r.sources,
    evidence: evidence.map((e) => ({ document: e.document_id, start: e.start_offset, end: e.end_offset, text: e.text })),
  };
}

/**
 * Signals one document reported, with that document's own evidence spans
 * (offsets into its text) and its own quote for the signal.
 */
export function signalsOfDocument(db: Db, documentId: string): SignalItem[] {
  const rows = stmt(
    db,
    `SELECT ${SIGNAL_COLUMNS}, ss.quote AS doc_quote FROM signal_sources ss
     JOIN signals s ON s.id = ss.signal_id JOIN actors a ON a.id = s.actor_id JOIN documents d ON d.id = s.document_id
     WHERE ss.document_id = ? ORDER BY ss.seq`,
  ).all(documentId) as (SignalRow & { doc_quote: string | null })[];
  if (rows.length === 0) return [];
  const ev = stmt(
    db,
    `SELECT e.signal_id, e.document_id, e.start_offset, e.end_offset, e.text FROM evidence e
     WHERE e.document_id = ? ORDER BY e.signal_id, e.start_offset`,
  ).all(documentId) as EvidenceRow[];
  const bySignal = new Map<number, EvidenceRow[]>();
  for (const e of ev) bySignal.set(e.signal_id, [...(bySignal.get(e.signal_id) ?? []), e]);
  return rows.map((r) => ({ ...toItem(r, bySignal.get(r.id) ?? []), quote: r.doc_quote ?? r.quote }));
}

/** One signal by its dedup key, or null. */
export function signalByKey(db: Db, key: string): SignalItem | null {
  const row = stmt(db, `SELECT ${SIGNAL_COLUMNS} FROM ${SIGNAL_FROM} WHERE s.key = ?`).get(key) as SignalRow | undefined;
  return row ? (toItems(db, [row])[0] ?? null) : null;
}
