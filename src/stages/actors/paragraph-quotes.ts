/**
 * Quotation pairs of each paragraph of a document, worked out once for the
 * actors and quotes stages together.
 *
 * Both stages pair the quotation marks of every paragraph (`pairQuotes`): the
 * actors stage to know which mentions stand inside a quotation, the quotes
 * stage to find the quotations themselves. The pairs depend only on the text
 * and the sentences' paragraphs, which neither stage changes, so the actors
 * stage keeps them on the document (`Doc.quotePairs`) and the quotes stage
 * reads them there.
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
 * A document's paragraph quotation pairs, with the text and the sentences
 * array they were worked out from: a stage returns a new sentences array only
 * when it changes the sentences, so the same array means the same paragraphs,
 * and a copy of the document with other text (one line of it) does not take them.
 */
export interface DocQuotePairs {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly paragraphs: readonly ParagraphQuotes[];
}

/** What the pairing needs of a document (a `Doc`, or a copy of one with other text). */
export interface QuotePairSource {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly quotePairs?: DocQuotePairs;
}

/**
 * The quotation pairs of every paragraph of the document's text, in order
 * (paragraphs as runs of sentences sharing `paragraph`): those kept on the
 * document for its text and sentences, or worked out now.
 */
export function paragraphQuotes(doc: QuotePairSource): readonly ParagraphQuotes[] {
  const kept = doc.quotePairs;
  if (kept !== undefined && kept.text === doc.text && kept.sentences === doc.sentences) return kept.paragraphs;
  return pairParagraphs(doc.text, doc.sentences);
}

/** The document's pairs, to keep on it (`{ ...doc, quotePairs }`) for the stages after. */
export function keepQuotePairs(doc: QuotePairSource): DocQuotePairs {
  return { text: doc.text, sentences: doc.sentences, paragraphs: paragraphQuotes(doc) };
}

function pairParagraphs(text: string, sentences: readonly Sentence[]): readonly ParagraphQuotes[] {
  const paragraphs: ParagraphQuotes[] = [];
  let i = 0;
  while (i < sentences.length) {
    const paragraph = (sentences[i] as Sentence).paragraph;
    const from = (sentences[i] as Sentence).start;
    let to = from;
    while (i < sentences.length && (sentences[i] as Sentence).paragraph === paragraph) to = (sentences[i++] as Sentence).end;
    paragraphs.push({ from, to, pairs: pairQuotes(text, from, to), next: i });
  }
  return paragraphs;
}
