/**
 * What the read queries need from a database: better-sqlite3's synchronous
 * `prepare`. Queries are plain functions taking this first (STYLE.md §8), with
 * parameterised SQL only; the PostgreSQL backend will get its own folder of
 * the same functions. Statements come from the store's per-connection cache:
 * the SQL text of a query depends only on which filters are present, so the
 * cache stays small.
 */
import type Database from 'better-sqlite3';
import { statement } from '../../store/sqlite/statements.ts';

export type Db = Database.Database;

export const stmt = statement;

/**
 * A search string that has been through `toFtsQuery` (src/server/fts.ts).
 * Query functions accept only this type for MATCH, so raw user text cannot
 * reach FTS5 by accident.
 */
export type FtsQuery = string & { readonly __brand: 'FtsQuery' };
