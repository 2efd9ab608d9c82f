/**
 * Quotation pairs of each paragraph of a document, worked out once for the
 * actors and quotes stages together.
 *
 * Both stages pair the quotation marks of every paragraph (`pairQuotes`): the
 * actors stage to know which mentions stand inside a quotation, the quotes
 * stage to find the quotations themselves. The pairs depend only on the text
 * and the sentences' paragraphs, which neither stage changes, so the last
 * document's pairs are kept and the second stage reuses them.
 */
import type { Sentence } from '../../document/index.ts';
import { pairQuotes, type QuotePair } from '../sentences/quote-marks.ts';

/** A paragraph's span (from its first sentence's start to its last one's end) and its quotation pairs. */
export interface ParagraphQuotes {
  readonly from: number;
  readonly to: number;
  readonly pairs: readonly QuotePair[];
  /** Index of the first sentence after the paragraph. */
  readonly next: number;
}

/**
 * One document's worth, keyed on the text and the sentences array itself: a
 * stage returns a new sentences array only when it changes the sentences, so
 * an identical array means identical paragraphs.
 */
let last: { text: string; sentences: readonly Sentence[]; paragraphs: readonly ParagraphQuotes[] } | null = null;

/** The quotation pairs of every paragraph of the text, in order (paragraphs as runs of sentences sharing `paragraph`). */
export function paragraphQuotes(text: string, sentences: readonly Sentence[]): readonly ParagraphQuotes[] {
  // A line read apart (a post's header) has no sentences: answered without replacing the document's pairs.
  if (sentences.length === 0) return [];
  if (last !== null && last.text === text && last.sentences === sentences) return last.paragraphs;
  const paragraphs: ParagraphQuotes[] = [];
  let i = 0;
  while (i < sentences.length) {
    const paragraph = (sentences[i] as Sentence).paragraph;
    const from = (sentences[i] as Sentence).start;
    let to = from;
    while (i < sentences.length && (sentences[i] as Sentence).paragraph === paragraph) to = (sentences[i++] as Sentence).end;
    paragraphs.push({ from, to, pairs: pairQuotes(text, from, to), next: i });
  }
  last = { text, sentences, paragraphs };
  return paragraphs;
}
