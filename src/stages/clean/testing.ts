/**
 * The clean stage's tests run lines through normalize then clean, as the pipeline does before it;
 * one runner for all of them (imported by the *.test.ts files beside it, never by the stage).
 */
import { createDoc, type Doc } from '../../document/index.ts';
import { createNormalize } from '../normalize/index.ts';
import { createClean } from './index.ts';

const clean = createClean();
const normalize = createNormalize();

export interface RunOptions {
  /** The input's format: 'html' after extraction, 'text' for a text file (the default). */
  readonly format?: 'text' | 'html';
  /** A caller's (metadata) title. */
  readonly title?: string;
}

/** The document `lines` become after normalize and clean. */
export function cleanLines(lines: readonly string[], options: RunOptions = {}): Doc {
  const raw = { source: 'test', content: lines.join('\n'), format: options.format ?? 'text', meta: options.title ? { title: options.title } : {} } as const;
  return clean(normalize({ ...createDoc(raw), lines: [...lines] }));
}

/** The texts of what cleaning removed, in order. */
export const removedTexts = (doc: Doc): string[] => doc.removed.map((r) => r.text);
