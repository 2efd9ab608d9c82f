/**
 * The search box on PostgreSQL: the parsed terms (../../fts.ts) as a tsquery
 * over the `search` tsvectors of documents and quotes (their GIN indexes).
 * The terms mean what they mean on SQLite:
 *
 *   words      → all must occur: `&` of the terms;
 *   "a phrase" → the words in that order: `<->` between them;
 *   word*      → prefix: `:*` on the last word.
 *
 * A document is indexed with its language's configuration, so the query is
 * made once per configuration and the makings OR-ed (as the store's own
 * search.ts does): each document is matched through its own stemmer.
 *
 * Where the backends differ, by nature: PostgreSQL stems (`weapons` finds
 * `weapon`) and FTS5 (unicode61) does not, so PostgreSQL finds more
 * inflections. And its configurations drop stop words, which would make
 * `"not a bluff"` and `"bluff a not"` the same query ('bluff'); a phrase the
 * stemming configurations shorten this way is therefore checked again, word
 * for word and in order, against the unstemmed `brink_simple` vector of the
 * rows the index found (`recheck`), so word order still counts as on SQLite.
 */
import type { Queryable } from '../../../store/postgres/connection.ts';
import type { SearchQuery, SearchTerm } from '../../fts.ts';

/** The stemming configurations of store migration 001, and the one that keeps every word. */
const CONFIGS = ['brink_en', 'brink_fr', 'brink_de', 'brink_es', 'brink_ru', 'brink_it', 'brink_pt', 'brink_nl', 'brink_simple'] as const;
const SIMPLE = 'brink_simple';

export interface ResolvedSearch {
  /** The tsquery, as text for `$n::tsquery`; null when no configuration kept a word (nothing can match). */
  readonly query: string | null;
  /** A tsquery (brink_simple) the row's unstemmed words must also match, or null when no phrase lost a word. */
  readonly recheck: string | null;
  /** to_tsquery input of each term, to make the query of one configuration (`queryFor`). */
  readonly terms: readonly string[];
}

/**
 * to_tsquery input for one term. Tokens are letters, digits and marks only
 * (parseSearch), none of which is tsquery syntax, so no quoting is needed.
 */
function termText(t: SearchTerm): string {
  return `${t.tokens.join(' <-> ')}${t.prefix ? ':*' : ''}`;
}

/** One round trip: the tsquery text, and the phrase rechecks, for a parsed search. */
export async function resolveSearch(db: Queryable, search: SearchQuery): Promise<ResolvedSearch> {
  const texts = search.terms.map(termText);
  const param = (i: number) => `$${i + 1}::text`;
  const perConfig = CONFIGS.map((c) => `(${texts.map((_, i) => `to_tsquery('${c}', ${param(i)})`).join(' && ')})`);
  const phrases = search.terms.flatMap((t, i) => (t.tokens.length > 1 ? [i] : []));
  // A phrase lost a word when some stemming configuration's query has fewer nodes than brink_simple's.
  const lossy = phrases.map(
    (i) => `(SELECT bool_or(numnode(to_tsquery(c, ${param(i)})) < numnode(to_tsquery('${SIMPLE}', ${param(i)})))
            FROM unnest(ARRAY[${CONFIGS.map((c) => `'${c}'`).join(', ')}]::regconfig[]) c)`,
  );
  const checks = phrases.map((i) => `to_tsquery('${SIMPLE}', ${param(i)})::text`);
  const { rows } = await db.query<{ q: string | null; lossy: boolean[]; checks: string[] }>(
    // The configurations' queries OR-ed once each: most words stem alike in several, and a repeated
    // alternative costs its work again on every row the index returns.
    `SELECT (SELECT string_agg(DISTINCT '(' || x || ')', ' | ') FROM unnest(ARRAY[${perConfig.map((c) => `${c}::text`).join(', ')}]) x WHERE x <> '') AS q,
            ARRAY[${lossy.join(', ')}]::boolean[] AS lossy,
            ARRAY[${checks.join(', ')}]::text[] AS checks`,
    texts,
  );
  const row = rows[0]!;
  const kept = row.checks.filter((c, i) => row.lossy[i] === true && c !== '');
  return {
    query: row.q === null || row.q === '' ? null : row.q,
    recheck: kept.length > 0 ? kept.map((c) => `(${c})`).join(' & ') : null,
    terms: texts,
  };
}

/**
 * The query in one configuration (an SQL expression of type regconfig),
 * for ts_headline: the all-configurations query is nine alternatives, and
 * highlighting re-runs every alternative on every word of the text.
 */
export function queryFor(s: ResolvedSearch, config: string, add: (value: unknown) => string): string {
  return s.terms.map((t) => `to_tsquery(${config}, ${add(t)}::text)`).join(' && ');
}

/**
 * The WHERE condition for a resolved search on a row with tsvector `vector`
 * and unstemmed text `text` (title and body for documents). Null query:
 * a condition nothing satisfies.
 */
export function searchCondition(s: ResolvedSearch, vector: string, text: string, add: (value: unknown) => string): string {
  if (s.query === null) return 'false';
  const match = `${vector} @@ ${add(s.query)}::tsquery`;
  return s.recheck === null ? match : `${match} AND to_tsvector('${SIMPLE}', ${text}) @@ ${add(s.recheck)}::tsquery`;
}
