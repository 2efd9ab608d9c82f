import type { Doc } from '../document/index.ts';

/**
 * A stage is configured once, then run on many documents (STYLE.md §3):
 * `const clean = createClean(options); clean(doc)`. A factory validates its
 * options and throws a `ConfigError` before the first article is read.
 */
export type Stage = (doc: Doc) => Doc;

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}
