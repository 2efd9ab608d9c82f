import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Sentence } from '../../document/index.ts';
import { pairQuotes } from '../sentences/quote-marks.ts';
import { keepQuotePairs, paragraphQuotes } from './paragraph-quotes.ts';

const TEXT = 'Peskov said: « Nous ne l’excluons pas. » Then he left.\n\nShe replied: “No.” And “not now”.';

/** Sentences of TEXT by hand: two in the first paragraph, one in the second. */
function sentencesOf(text: string): Sentence[] {
  const spans: [number, number, number][] = [
    [0, text.indexOf(' Then'), 0],
    [text.indexOf('Then'), text.indexOf('\n'), 0],
    [text.indexOf('She'), text.length, 1],
  ];
  return spans.map(([start, end, paragraph]) => ({ start, end, paragraph, text: text.slice(start, end) }));
}

test('paragraphQuotes pairs each paragraph (runs of sentences sharing a paragraph index)', () => {
  const sentences = sentencesOf(TEXT);
  const paragraphs = paragraphQuotes({ text: TEXT, sentences });
  assert.equal(paragraphs.length, 2);
  const [first, second] = paragraphs;
  assert.deepEqual({ from: first?.from, to: first?.to, next: first?.next }, { from: 0, to: TEXT.indexOf('\n'), next: 2 });
  assert.deepEqual(first?.pairs, pairQuotes(TEXT, 0, TEXT.indexOf('\n')));
  assert.equal(first?.pairs.length, 1);
  assert.deepEqual({ from: second?.from, to: second?.to, next: second?.next }, { from: TEXT.indexOf('She'), to: TEXT.length, next: 3 });
  assert.equal(second?.pairs.length, 2);
  assert.deepEqual(paragraphQuotes({ text: TEXT, sentences: [] }), []);
});

test('pairs kept on a document are read back only for the same text and the same sentences array', () => {
  const sentences = sentencesOf(TEXT);
  const kept = keepQuotePairs({ text: TEXT, sentences });
  assert.equal(paragraphQuotes({ text: TEXT, sentences, quotePairs: kept }), kept.paragraphs);
  // Equal but new sentences: worked out again, with the same result.
  const again = paragraphQuotes({ text: TEXT, sentences: [...sentences], quotePairs: kept });
  assert.notEqual(again, kept.paragraphs);
  assert.deepEqual(again, kept.paragraphs);
  // A line read apart (other text, no sentences) does not take the document's pairs.
  assert.deepEqual(paragraphQuotes({ text: 'He said “yes”.', sentences: [], quotePairs: kept }), []);
});
