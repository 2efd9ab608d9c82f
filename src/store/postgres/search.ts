/**
 * Full-text search over documents and quotes with PostgreSQL's text search
 * (the `search` tsvector columns and their GIN indexes, migration 001). The
 * SQLite store's counterpart is FTS5 (`documents_fts`, `quotes_fts`).
 *
 * A query is parsed with `websearch_to_tsquery` (quoted phrases, `or`, `-word`;
 * never a syntax error, whatever the user typed). Without a language it is
 * parsed once per configuration and the parses are OR-ed, so each document
 * is matched by the stemming of its own language and the GIN index still
 * serves the whole query.
 */
import type { Queryable } from './connection.ts';

/** The configurations of migration 001, by language; anything else is brink_simple. */
const CONFIGS: Readonly<Record<string, string>> = {
  en: 'brink_en',
  fr: 'brink_fr',
  de: 'brink_de',
  es: 'brink_es',
  ru: 'brink_ru',
  it: 'brink_it',
  pt: 'brink_pt',
  nl: 'brink_nl',
};
const ALL_CONFIGS = [...Object.values(CONFIGS), 'brink_simple'];

/** Results per query unless asked otherwise; a page, not a dump. */
const DEFAULT_LIMIT = 20;

/** Snippet shape, as SQLite's snippet(…, '[', ']', '…', 12): a dozen words around the hits. */
const HEADLINE = 'StartSel=[, StopSel=], MaxWords=14, MinWords=6, MaxFragments=1, FragmentDelimiter=…';

export interface SearchOptions {
  /** Only documents (or quotes of documents) in this language, the query stemmed for it. */
  readonly lang?: string;
  readonly limit?: number;
}

export interface DocumentHit {
  readonly id: string;
  readonly title: string | null;
  readonly lang: string | null;
  /** Words around the first hits, hits in [brackets]. */
  readonly snippet: string;
  readonly rank: number;
}

export interface QuoteHit {
  readonly document: string;
  readonly seq: number;
  readonly text: string;
  readonly speaker: string | null;
  readonly rank: number;
}

/** SQL for the tsquery of `$1`, and the extra filter, for a language or for all. */
function tsquery(lang: string | undefined): string {
  const configs = lang === undefined ? ALL_CONFIGS : [CONFIGS[lang] ?? 'brink_simple'];
  return configs.map((c) => `websearch_to_tsquery('${c}', $1)`).join(' || ');
}

export async function searchDocuments(db: Queryable, query: string, options: SearchOptions = {}): Promise<DocumentHit[]> {
  const params: unknown[] = [query, options.limit ?? DEFAULT_LIMIT];
  let langFilter = '';
  if (options.lang !== undefined) {
    params.push(options.lang);
    langFilter = 'AND d.lang = $3';
  }
  const { rows } = await db.query<DocumentHit>(
    `WITH q AS (SELECT ${tsquery(options.lang)} AS q)
     SELECT d.id, d.title, d.lang, ts_rank(d.search, q.q) AS rank,
            ts_headline(brink_ts_config(d.lang), d.text, q.q, '${HEADLINE}') AS snippet
     FROM documents d, q
     WHERE d.search @@ q.q ${langFilter}
     ORDER BY rank DESC, d.seq
     LIMIT $2`,
    params,
  );
  return rows;
}

export async function searchQuotes(db: Queryable, query: string, options: SearchOptions = {}): Promise<QuoteHit[]> {
  const params: unknown[] = [query, options.limit ?? DEFAULT_LIMIT];
  let langFilter = '';
  if (options.lang !== undefined) {
    params.push(options.lang);
    langFilter = 'AND d.lang = $3';
  }
  const { rows } = await db.query<QuoteHit>(
    `WITH q AS (SELECT ${tsquery(options.lang)} AS q)
     SELECT qu.document_id AS document, qu.seq, qu.text, qu.speaker_name AS speaker, ts_rank(qu.search, q.q) AS rank
     FROM quotes qu JOIN documents d ON d.id = qu.document_id, q
     WHERE qu.search @@ q.q ${langFilter}
     ORDER BY rank DESC, qu.id
     LIMIT $2`,
    params,
  );
  return rows;
}
