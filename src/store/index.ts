/**
 * Brink's storage (STYLE.md §6): the `Store` interface and the backends that
 * implement it. Callers open a store here and see only the interface.
 */
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
}

/**
 * Opens (creating and migrating if needed) the store at `location`: a SQLite
 * file path today; a `postgres://` URL once that backend exists.
 * Throws `StoreOpenError` naming the location and the reason.
 */
export function openStore(location: string, options: OpenStoreOptions = {}): Store {
  if (/^postgres(ql)?:\/\//i.test(location)) throw new StoreOpenError(location, 'the PostgreSQL backend is not built yet; give a SQLite file path');
  return openSqliteStore(location, options);
}
