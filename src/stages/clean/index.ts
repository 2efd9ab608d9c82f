import { createHash } from 'node:crypto';
import type { Doc } from '../../document/index.ts';
import type { Stage } from '../../pipeline/stage.ts';

/** Keeps non-empty lines; the first is the title. Boilerplate filtering: to be written. */
export function createClean(): Stage {
  return (doc: Doc): Doc => {
    const lines = doc.lines.map((l) => l.trim()).filter((l) => l.length > 0);
    const title = doc.meta.title ?? lines[0] ?? null;
    const body = doc.meta.title ? lines : lines.slice(1);
    const text = body.join('\n\n');
    const id = createHash('sha256').update(text).digest('hex').slice(0, 16);
    return { ...doc, id, title, text };
  };
}
