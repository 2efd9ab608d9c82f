/**
 * Turns what a person typed into the search box into terms (`parseSearch`),
 * and those into an FTS5 query (`fts5Query`; PostgreSQL's tsquery is made
 * from the same terms in queries/postgres/search.ts) that can
 * only mean "these words" — never FTS5 syntax. Every term is emitted as a
 * double-quoted FTS5 string (inside which `"` is the only special character,
 * and we never let one through), so `NEAR(`, `OR`, `col:`, `^`, `-`, `(` and
 * stray quotes in user text are words or nothing, and MATCH never sees them raw.
 *
 * What the box understands, deliberately little:
 *   words            → all must occur (implicit AND)
 *   "a phrase"       → the words in that order («», “”, „“ count as quotes too)
 *   word*            → prefix match (at least PREFIX_MIN letters before the star)
 */
import { BadParameter } from './errors.ts';
import type { FtsQuery } from './queries/db.ts';

/** More terms than this is not a search but an attempt to make SQLite work hard. */
export const FTS_MAX_TERMS = 16;
/** A prefix shorter than this matches most of the index; we drop the star instead. */
export const PREFIX_MIN = 3;
/** Longest single token kept; longer runs are cut (no real word is longer). */
const TOKEN_MAX = 64;

/** Letters, digits and combining marks: what FTS5's unicode61 tokenizer keeps as token characters. */
const TOKEN = /[\p{L}\p{N}\p{M}]+/gu;
/** Opening and closing quote marks people use for phrases, mapped to their closer. */
const PHRASE_QUOTES: Readonly<Record<string, string>> = { '"': '"', '«': '»', '“': '”', '„': '“', '”': '”' };

/** One term of a search: a word (one token) or a phrase (several, in order); `prefix`: the last token is a prefix. */
export interface SearchTerm {
  readonly tokens: readonly string[];
  readonly prefix: boolean;
}

/**
 * What the search box said, parsed and checked, for any backend: SQLite
 * turns it into an FTS5 query (`fts5Query`), PostgreSQL into a tsquery
 * (queries/postgres/search.ts). `parseSearch` makes them: every token is
 * letters, digits and marks only, so neither backend sees query syntax.
 */
export interface SearchQuery {
  readonly terms: readonly SearchTerm[];
}

type Term = SearchTerm;

function tokensOf(text: string): string[] {
  return (text.normalize('NFKC').match(TOKEN) ?? []).map((t) => t.slice(0, TOKEN_MAX));
}

/** Splits user text into phrase and word terms; never throws. */
function parseTerms(input: string): Term[] {
  const terms: Term[] = [];
  let i = 0;
  while (i < input.length) {
    const ch = input[i]!;
    const closer = PHRASE_QUOTES[ch];
    if (closer !== undefined) {
      const end = input.indexOf(closer, i + 1);
      const body = end === -1 ? input.slice(i + 1) : input.slice(i + 1, end);
      const tokens = tokensOf(body);
      if (tokens.length > 0) terms.push({ tokens, prefix: false });
      i = end === -1 ? input.length : end + 1;
      continue;
    }
    if (/\s/u.test(ch)) {
      i++;
      continue;
    }
    let j = i;
    while (j < input.length && !/\s/u.test(input[j]!) && PHRASE_QUOTES[input[j]!] === undefined) j++;
    const chunk = input.slice(i, j);
    const tokens = tokensOf(chunk);
    if (tokens.length > 0) {
      const last = tokens[tokens.length - 1]!;
      terms.push({ tokens, prefix: chunk.endsWith('*') && last.length >= PREFIX_MIN });
    }
    i = j;
  }
  return terms;
}

/** The terms of `input`, or a `BadParameter` naming `parameter` when the text holds no searchable word or too many terms. */
export function parseSearch(input: string, parameter = 'q'): SearchQuery {
  const terms = parseTerms(input);
  if (terms.length === 0) throw new BadParameter(parameter, 'has no words to search for (letters or digits)');
  if (terms.length > FTS_MAX_TERMS) throw new BadParameter(parameter, `has ${terms.length} terms; at most ${FTS_MAX_TERMS} are allowed`);
  return { terms };
}

/**
 * The FTS5 query for a parsed search. Tokens contain only letters, digits
 * and marks, so wrapping them in double quotes needs no escaping.
 */
export function fts5Query(search: SearchQuery): FtsQuery {
  return search.terms.map((t) => `"${t.tokens.join(' ')}"${t.prefix ? '*' : ''}`).join(' ') as FtsQuery;
}

/** The FTS5 query for `input` (parseSearch, then fts5Query). */
export function toFtsQuery(input: string, parameter = 'q'): FtsQuery {
  return fts5Query(parseSearch(input, parameter));
}
