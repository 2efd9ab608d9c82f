import type { Doc, Sentence } from '../../document/index.ts';
import type { Stage } from '../../pipeline/stage.ts';

/** Sentence segmentation: one sentence per paragraph until the real segmenter lands. */
export function createSentences(): Stage {
  return (doc: Doc): Doc => {
    const sentences: Sentence[] = [];
    let offset = 0;
    doc.text.split('\n\n').forEach((para, paragraph) => {
      sentences.push({ start: offset, end: offset + para.length, text: para, paragraph });
      offset += para.length + 2;
    });
    return { ...doc, sentences };
  };
}
