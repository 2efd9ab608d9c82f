import type { Doc } from '../../document/index.ts';
import type { Stage } from '../../pipeline/stage.ts';

/** The actors stage: to be written; passes the document through unchanged. */
export function createActors(): Stage {
  return (doc: Doc): Doc => doc;
}
