import type { Doc } from '../../document/index.ts';
import type { Stage } from '../../pipeline/stage.ts';

/** The dates stage: to be written; passes the document through unchanged. */
export function createDates(): Stage {
  return (doc: Doc): Doc => doc;
}
