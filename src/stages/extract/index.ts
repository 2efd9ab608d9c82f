import type { Doc } from '../../document/index.ts';
import type { Stage } from '../../pipeline/stage.ts';

/** Splits the input into candidate lines. HTML main-content extraction: to be written. */
export function createExtract(): Stage {
  return (doc: Doc): Doc => {
    const content = doc.raw.format === 'html' ? doc.raw.content.replace(/<[^>]*>/g, '\n') : doc.raw.content;
    return { ...doc, lines: content.split('\n') };
  };
}
