/**
 * Nuclear-weapon context of each sentence (SIGNALS.md §1): a sentence names
 * nuclear weapons, a nuclear-capable system, a radiological weapon or a
 * nuclear regime; or says "nuclear" with no civil-nuclear word near; or
 * continues a sentence that does (a quotation continued, the next sentence of
 * the paragraph).
 */
import type { Span } from '../../document/index.ts';
import type { PhraseMatch } from '../../lexicon/index.ts';
import type { NuclearKind, SignalLexicon } from './lexicons.ts';
import { literalTerms } from '../relevance/weapon-news.ts';

export type ContextKind = 'direct' | 'inherited' | 'civil' | 'none';

export interface SentenceContext {
  readonly kinds: ReadonlySet<NuclearKind>;
  readonly civil: boolean;
  readonly context: ContextKind;
}

/** Nuclear kinds that make weapon context whatever else the sentence says. */
const WEAPON_KINDS: readonly NuclearKind[] = ['weapon', 'strategic', 'radiological', 'regime'];

/**
 * A nuclear-capable system ("Iskander", "ballistic missile") alone is weapon
 * context only if the document names nuclear weapons somewhere: a missile
 * strike story without any nuclear word is not a nuclear signal.
 */
export const SYSTEM_NEEDS_NUCLEAR_DOCUMENT = true;

/** How many sentences in a row may inherit context from one that names nuclear weapons. */
export const INHERITANCE_CHAIN = 3;

/**
 * A document is about a nuclear act when one of its first this many
 * sentences (headline, lead) is in weapon context: a later sentence pointing
 * back to "the announcement", "the move", "the claim" is about that act, in
 * whatever paragraph reactions come.
 */
export const LEAD_SENTENCES = 3;
/** A lead sentence is prose: at least this many words (section names, dates and share buttons left over by cleaning are not). */
export const LEAD_MIN_WORDS = 8;

/**
 * A live page's entry headings and time stamps ("13:20 GMT", "Kremlin: no decision to test yet"):
 * paragraphs of at most this many words with no closing punctuation. They pass the context of the
 * entry before on to the entry's first sentence instead of breaking it.
 */
export const HEADING_MAX_WORDS = 10;

export function isHeading(folded: string, s: Span): boolean {
  const text = folded.slice(s.start, s.end).trim();
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return words <= HEADING_MAX_WORDS && (!/[.!?;:»"”')]$/.test(text) || DIGEST_TOPIC.test(text));
}

/**
 * A digest's topic line opens with a bullet mark and ends with a colon ("🔹 О рисках ядерной войны:",
 * "▪️ On the New START treaty:"): a heading for the paragraph under it, though it ends in punctuation.
 */
const DIGEST_TOPIC = /^[^\p{L}\p{N}«"“„'(\[]+\s*\p{L}[^]*:$/u;

export interface ContextInput extends Span {
  readonly paragraph: number;
  /** The sentence carries a quotation (a continued statement inherits its speaker's context). */
  readonly quoted: boolean;
}

export function sentenceContexts(folded: string, sentences: readonly ContextInput[], lex: SignalLexicon, nuclearTitle = false): SentenceContext[] {
  // A nuclear word inside a figure of speech ("a nuclear option against the right to a jury trial") is
  // no nuclear term at all.
  const terms = literalTerms(folded, lex.nuclear, lex.figurative);
  const documentNuclear = terms.some((m) => m.value !== 'system' && m.value !== 'anaphor');
  let next = 0;
  const direct = sentences.map((s): SentenceContext => {
    // Sentences and terms both run in text order: one pass over the terms serves every sentence.
    while (next < terms.length && (terms[next] as Span).start < s.start) next++;
    const kinds = new Set<NuclearKind>();
    for (let k = next; k < terms.length; k++) {
      const term = terms[k] as PhraseMatch<NuclearKind>;
      if (term.start >= s.end) break;
      if (term.end <= s.end) kinds.add(term.value);
    }
    // A strategic system is a system for the cues that need one (a launch, a test).
    if (kinds.has('strategic')) kinds.add('system');
    const civil = lex.civil.test(folded, s.start, s.end);
    const weapon = WEAPON_KINDS.some((k) => kinds.has(k)) || (kinds.has('system') && (!SYSTEM_NEEDS_NUCLEAR_DOCUMENT || documentNuclear));
    if (weapon) return { kinds, civil, context: 'direct' };
    if (kinds.has('nuclear')) return { kinds, civil, context: civil ? 'civil' : 'direct' };
    return { kinds, civil, context: civil ? 'civil' : 'none' };
  });
  // Inheritance: the sentences after one in context, within its paragraph (a quotation or
  // "he added" going on), and the first sentence of the next paragraph.
  const prose = sentences
    .map((s, i) => ({ i, words: folded.slice(s.start, s.end).split(/\s+/).filter((w) => /\p{L}/u.test(w)).length }))
    .filter((x) => x.words >= LEAD_MIN_WORDS)
    .slice(0, LEAD_SENTENCES);
  const nuclearLead = prose.some((x) => direct[x.i]?.context === 'direct');
  const out: SentenceContext[] = [];
  let run = 0;
  direct.forEach((c, i) => {
    // The opening sentence under a headline that names nuclear weapons continues the headline.
    if (i === 0 && c.context === 'none' && nuclearTitle) {
      run = 1;
      out.push({ ...c, context: 'inherited' });
      return;
    }
    if (c.context !== 'none' || i === 0) {
      run = 0;
      out.push(c);
      return;
    }
    const previous = out[i - 1] as SentenceContext;
    const s = sentences[i] as ContextInput;
    const p = sentences[i - 1] as ContextInput;
    const carries =
      (previous.context === 'direct' || (previous.context === 'inherited' && run < INHERITANCE_CHAIN)) &&
      (s.paragraph === p.paragraph || s.quoted || previous.context === 'direct' || (previous.context === 'inherited' && isHeading(folded, p)));
    if (carries) {
      run += 1;
      out.push({ ...c, context: 'inherited' });
    } else if (nuclearLead && c.kinds.has('anaphor')) {
      run = 0;
      out.push({ ...c, context: 'inherited' });
    } else {
      run = 0;
      out.push(c);
    }
  });
  return out;
}
