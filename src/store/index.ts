/**
 * Brink's storage (STYLE.md §6): the `Store` interface and the backends that
 * implement it. Callers open a store here and see only the interface.
 */
import { connectPostgresStore, isPostgresUrl, openPostgresStore } from './postgres/index.ts';
import { openSqliteStore } from './sqlite/index.ts';
import { StoreOpenError, type Store } from './types.ts';

export { StoreOpenError };
export type {
  DocumentInput,
  QuoteFilter,
  SaveResult,
  SignalFilter,
  SourceRef,
  Store,
  StoreCounts,
  StoredQuote,
  StoredSignal,
} from './types.ts';
export { isDay, periodOf } from './periods.ts';
export type { Period } from './periods.ts';

export interface OpenStoreOptions {
  /** Open an existing store for reading only; it must exist and have the current schema. */
  readonly readonly?: boolean;
  /** PostgreSQL only: connections the store may open (a worker running N jobs at once wants N + 1). */
  readonly poolSize?: number;
}

/** The store file used when neither `--db` nor `BRINK_DB` names one. */
export const DEFAULT_STORE = 'brink.db';

/** The store a command uses: `--db` when given, else the `BRINK_DB` environment variable, else brink.db. */
export function storeLocation(given: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  if (given !== undefined && given !== '') return given;
  const fromEnv = env['BRINK_DB'];
  return fromEnv !== undefined && fromEnv !== '' ? fromEnv : DEFAULT_STORE;
}

/**
 * Opens (creating and migrating if needed) the store at `location`: a
 * `postgres://` or `postgresql://` URL for PostgreSQL (`?schema=NAME` to use
 * a schema other than public), anything else a SQLite file path.
 * Throws `StoreOpenError` naming the location and the reason. A PostgreSQL
 * store connects in the background and its first call reports a connection
 * failure; use `connectStore` to find out at once.
 */
export function openStore(location: string, options: OpenStoreOptions = {}): Store {
  if (isPostgresUrl(location)) {
    return openPostgresStore(location, {
      ...(options.readonly !== undefined ? { readonly: options.readonly } : {}),
      ...(options.poolSize !== undefined ? { poolSize: options.poolSize } : {}),
    });
  }
  return openSqliteStore(location, options.readonly !== undefined ? { readonly: options.readonly } : {});
}

/**
 * Opens the store and makes sure it is usable before returning: for
 * PostgreSQL, connected and migrated. Commands use this so that a wrong URL
 * or a server that is down is one clear error before any work starts.
 */
export async function connectStore(location: string, options: OpenStoreOptions = {}): Promise<Store> {
  if (!isPostgresUrl(location)) return openStore(location, options);
  return connectPostgresStore(location, {
    ...(options.readonly !== undefined ? { readonly: options.readonly } : {}),
    ...(options.poolSize !== undefined ? { poolSize: options.poolSize } : {}),
  });
}
