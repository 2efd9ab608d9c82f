/**
 * What both backends' migration runners apply: numbered migrations, each with
 * up and down, in sets that each record their applied versions in a table of
 * their own. The store's schema is one set; the watcher keeps its tables in
 * the same store as another set, so each refuses only versions of its own it
 * does not know, and a store no watcher opened has no watch tables.
 */
export interface Migration {
  readonly version: number;
  readonly name: string;
  /** SQL run to go from version - 1 to version. */
  readonly up: string;
  /** SQL run to go back from version to version - 1. */
  readonly down: string;
}

export interface MigrationSet {
  /** What the versions are of, for messages ("schema", "watch state"). */
  readonly label: string;
  /** Table recording applied versions; a fixed identifier, never user input. */
  readonly table: string;
  /** In order; versions are 1, 2, 3… with no gaps. */
  readonly migrations: readonly Migration[];
}
