/**
 * What the fallback classifier reads of a sentence: its folded words, its
 * word pairs, and a few facts about its construction. Everything here is
 * about the language (a word, a quotation, a negation), never about which
 * document the sentence came from: numbers are left out, since in news they
 * are dates, counts and ranges that name one story's facts.
 *
 * Tried and left out, by cross-validation (README.md): the types of cue words
 * the sentence holds (on the sentences the fallback sees, the signals stage
 * set those cues aside for a reason, and the model trusted them anyway), and
 * the actor's side and kind (no change).
 */
import { forEachWord } from '../../lexicon/index.ts';

/** Facts about the sentence that words alone do not carry. */
export interface SentenceFlags {
  /** The sentence holds a quotation. */
  readonly quote: boolean;
  /** The quotation's speaker is known. */
  readonly speaker: boolean;
  /** The sentence itself names nuclear weapons (not only a context carried over from the sentence before). */
  readonly nuclear: boolean;
  /** A negation word of the language ("not", "ne … pas", "не"). */
  readonly negation: boolean;
  /** A modal word ("could", "pourrait", "может"). */
  readonly modal: boolean;
  /** A time expression naming an expected event ("next week", "will start on 10 May"). */
  readonly future: boolean;
}

/** A word made only of digits names a fact of one story (a year, a count), not a construction. */
const DIGITS = /^\p{N}+$/u;

/** Structural features, prefixed with `#` so that no word can collide with them. */
const FLAG_FEATURES: readonly (readonly [keyof SentenceFlags, string])[] = [
  ['quote', '#quote'],
  ['speaker', '#speaker'],
  ['nuclear', '#nuclear'],
  ['negation', '#negation'],
  ['modal', '#modal'],
  ['future', '#future'],
];

/**
 * The sentence's features, each once, sorted: unigrams (`word`), bigrams
 * (`word word`) and flags (`#quote`). `folded` is the sentence already folded
 * with the lexicon's `fold`, so that case and accents do not split a word.
 */
export function featuresOf(folded: string, flags: SentenceFlags): string[] {
  const words: string[] = [];
  forEachWord(folded, (start, end) => {
    const w = folded.slice(start, end);
    if (!DIGITS.test(w)) words.push(w);
  });
  const out = new Set<string>(words);
  for (let i = 1; i < words.length; i++) out.add(`${words[i - 1] as string} ${words[i] as string}`);
  for (const [key, name] of FLAG_FEATURES) if (flags[key]) out.add(name);
  return [...out].sort();
}
