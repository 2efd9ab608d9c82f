import type { Doc } from '../../document/index.ts';
import type { Stage } from '../../pipeline/stage.ts';

/** The quotes stage: to be written; passes the document through unchanged. */
export function createQuotes(): Stage {
  return (doc: Doc): Doc => doc;
}
