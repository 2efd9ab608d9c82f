/**
 * Training examples from labelled documents (dataset.ts): a TYPE example per
 * (sentence, gold type) stated there, required or optional; a DETECTION
 * example per sentence: positive when it carries a gold evidence, negative
 * otherwise (other sentences of relevant documents, every sentence of
 * irrelevant ones).
 */
import type { LabelledDoc } from './dataset.ts';
import type { DetectExample, TypeExample } from './train.ts';

export function typeExamples(docs: readonly LabelledDoc[]): TypeExample[] {
  const out: TypeExample[] = [];
  for (const d of docs)
    for (const s of d.sentences) for (const type of new Set(s.gold.map((g) => g.type))) out.push({ sentence: s.text, type });
  return out;
}

export function detectExamples(docs: readonly LabelledDoc[]): DetectExample[] {
  return docs.flatMap((d) => d.sentences.map((s) => ({ sentence: s.text, signal: s.gold.length > 0 })));
}
