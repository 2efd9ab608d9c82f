import type { Doc } from '../../document/index.ts';
import type { Stage } from '../../pipeline/stage.ts';

/** Unicode NFC and space normalisation of every candidate line. */
export function createNormalize(): Stage {
  return (doc: Doc): Doc => ({
    ...doc,
    lines: doc.lines.map((line) => line.normalize('NFC').replace(/[\u00a0\u202f\t]/g, ' ').trimEnd()),
  });
}
