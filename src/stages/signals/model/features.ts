/**
 * The features the signal model reads from one sentence: its folded words
 * (fold.ts: lower case, Latin accents removed), each long word's first
 * letters (a cheap stem that carries French, Russian and Ukrainian
 * inflections: "menace", "menacé", "menaces" share "menac"; "угрожает",
 * "угрожал" share "угрож"), and adjacent word pairs (constructions such as
 * "not bluff", "no sign", "ready to"). Words are found by the one word reader,
 * `forEachWord`.
 */
import { fold, forEachWord } from '../../../lexicon/index.ts';

/**
 * Letters kept as a word's stem. Five keeps apart most verb classes of the
 * four languages ("threa|t", "warn", "deplo|y") while merging their endings;
 * shorter words are their own stem and get no separate feature.
 */
export const STEM_LETTERS = 5;
/** Digits carry dates and counts, not the act: one shared feature for any number. */
const NUMBER_WORD = '#';
/** Sentence-start marker for the first bigram (a sentence opening "No …" differs from one containing "no"). */
const START = '^';

/**
 * Calls `visit` with each feature of the sentence, once per occurrence
 * (callers that need presence deduplicate). Feature prefixes: `w:` word,
 * `s:` stem, `b:` word pair, `q` a quotation mark in the sentence.
 */
export function forEachFeature(sentence: string, visit: (feature: string) => void): void {
  const folded = fold(sentence);
  let prev = START;
  forEachWord(folded, (start, end) => {
    let word = folded.slice(start, end);
    if (/^\d/u.test(word)) word = NUMBER_WORD;
    visit('w:' + word);
    if (word.length > STEM_LETTERS) visit('s:' + word.slice(0, STEM_LETTERS));
    visit('b:' + prev + ' ' + word);
    prev = word;
  });
  if (folded.includes('"')) visit('q');
}

/** The distinct features of a sentence, in first-seen order. */
export function sentenceFeatures(sentence: string): string[] {
  const seen = new Set<string>();
  forEachFeature(sentence, (f) => seen.add(f));
  return [...seen];
}
