import type { Doc } from '../../document/index.ts';
import type { Stage } from '../../pipeline/stage.ts';

/** The signals stage: to be written; passes the document through unchanged. */
export function createSignals(): Stage {
  return (doc: Doc): Doc => doc;
}
