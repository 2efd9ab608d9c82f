/**
 * The watcher's state (types.ts): in the store's SQLite file or in its
 * PostgreSQL database, beside the store's tables, chosen by the store's
 * location as the store itself is.
 */
import { isPostgresUrl } from '../../store/postgres/connection.ts';
import { openPostgresWatchState } from './postgres/index.ts';
import { openSqliteWatchState } from './sqlite/index.ts';
import type { WatchState } from './types.ts';

export type * from './types.ts';
export { openSqliteWatchState } from './sqlite/index.ts';
export { openPostgresWatchState, type PostgresWatchState } from './postgres/index.ts';

/**
 * Opens (creating and migrating if needed) the watch state of the store at
 * `location`, which must have been opened as a store first. SQLite opens at
 * once; PostgreSQL connects in the background (every call waits for it), as
 * `openStore` does.
 */
export function openWatchState(location: string): WatchState {
  return isPostgresUrl(location) ? openPostgresWatchState(location) : openSqliteWatchState(location);
}

/** Opens the watch state and makes sure it is usable: for PostgreSQL, connected and migrated (StoreOpenError if not). */
export async function connectWatchState(location: string): Promise<WatchState> {
  if (!isPostgresUrl(location)) return openSqliteWatchState(location);
  const state = openPostgresWatchState(location);
  try {
    await state.ready();
  } catch (error) {
    await state.close();
    throw error;
  }
  return state;
}
