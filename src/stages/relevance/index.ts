import type { Doc } from '../../document/index.ts';
import type { Stage } from '../../pipeline/stage.ts';

/** The relevance stage: to be written; passes the document through unchanged. */
export function createRelevance(): Stage {
  return (doc: Doc): Doc => doc;
}
