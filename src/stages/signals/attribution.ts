/**
 * Who performs the act a cue reports: the actor of a candidate signal
 * (SIGNALS.md §1, §3). Without a parser, the subject is approximated from
 * positions: the speaker of the quotation holding the cue; else a speaker
 * named after a reporting verb at the end of a clause (", a déclaré
 * Kimball"); else the first mention of the sentence that no preposition
 * governs; else the first after the cue.
 */
import type { ActorRef, Doc, Mention, MentionVia, Quote, Span } from '../../document/index.ts';
import type { PhraseSet } from './lexicon.ts';

/** How the actor was found; `quote` when it is the speaker of the quotation carrying the act. */
export type ActorSource = MentionVia | 'quote';

export interface Attribution {
  readonly actor: ActorRef;
  readonly via: ActorSource;
  /** The mention chosen, when one was. */
  readonly mention: Mention | null;
  /** The quotation holding the cue, when there is one. */
  readonly quote: Quote | null;
}

/**
 * A speaker named after a reporting verb ends its clause: at most this many
 * words between the clause's opening comma, dash or quote mark and the name
 * (", a déclaré Kimball", "— заявил Песков", ", said the minister").
 */
export const INVERSION_MAX_WORDS_BEFORE = 4;
/** … and at most this many words after the name before the clause closes (", a déclaré Peskov aux journalistes"). */
export const INVERSION_MAX_WORDS_AFTER = 3;
/** A governing preposition counts when it ends at most this many units before the mention (one space, an article). */
export const OBJECT_WINDOW = 5;

const CLAUSE_OPEN = /[,\u00ab\u00bb"\u201c\u201d\u201e\u2014\u2013(:]/;
const CLAUSE_CLOSE = /[,.;:!?\u00ab\u00bb"\u201c\u201d\u201e)]/;

function words(text: string): number {
  return text.split(/[\s\u00a0]+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Is the mention a speaker placed after its reporting verb, closing a clause? */
export function isInvertedSpeaker(text: string, folded: string, sentence: Span, mention: Span, subordinators: PhraseSet<true>): boolean {
  let open = -1;
  for (let i = mention.start - 1; i >= sentence.start; i--) {
    if (CLAUSE_OPEN.test(text[i] as string)) {
      open = i;
      break;
    }
  }
  if (open < 0) return false;
  const before = words(text.slice(open + 1, mention.start));
  if (before < 1 || before > INVERSION_MAX_WORDS_BEFORE) return false;
  // ", que la Russie…", "that Russia…": the subject of a reported clause, not its speaker.
  if (subordinators.test(folded, open + 1, mention.start)) return false;
  let close = sentence.end;
  for (let i = mention.end; i < sentence.end; i++) {
    if (CLAUSE_CLOSE.test(text[i] as string)) {
      close = i;
      break;
    }
  }
  return words(text.slice(mention.end, close)) <= INVERSION_MAX_WORDS_AFTER;
}

/** Is the mention governed by a preposition or object-taking word just before it? */
export function isGoverned(folded: string, mention: Span, objectWords: PhraseSet<true>): boolean {
  const from = Math.max(0, mention.start - 24);
  return objectWords.matchAll(folded, from, mention.start).some((m) => mention.start - m.end <= OBJECT_WINDOW && m.end <= mention.start);
}

export function inside(span: Span, outer: Span): boolean {
  return span.start >= outer.start && span.end <= outer.end;
}

export interface SentenceView extends Span {
  readonly index: number;
  readonly mentions: readonly Mention[];
  readonly quotes: readonly Quote[];
}

/** The actor of the act a cue at `cue` reports, or null when the sentence names none. */
export interface AttributionWords {
  readonly objectWords: PhraseSet<true>;
  readonly subordinators: PhraseSet<true>;
}

export function attribute(doc: Doc, folded: string, sentence: SentenceView, cue: Span, words: AttributionWords): Attribution | null {
  const quote = sentence.quotes.find((q) => inside(cue, q)) ?? null;
  if (quote?.speaker) return { actor: quote.speaker, via: 'quote', mention: null, quote };
  // Media outlets report acts; they are the sourcing, not the actor (unless nobody else is named).
  const candidates = sentence.mentions.filter((m) => !sentence.quotes.some((q) => inside(m, q)));
  const usable = candidates.filter((m) => m.actor.kind !== 'media');
  const inverted = usable.find((m) => isInvertedSpeaker(doc.text, folded, sentence, m, words.subordinators));
  if (inverted) return { actor: inverted.actor, via: inverted.via, mention: inverted, quote };
  const free = usable.filter((m) => !isGoverned(folded, m, words.objectWords));
  const before = free.find((m) => m.end <= cue.start);
  if (before) return { actor: before.actor, via: before.via, mention: before, quote };
  const after = free.find((m) => m.start >= cue.end);
  if (after) return { actor: after.actor, via: after.via, mention: after, quote };
  const speaker = sentence.quotes.find((q) => q.speaker)?.speaker;
  if (speaker) return { actor: speaker, via: 'quote', mention: null, quote };
  const media = candidates.find((m) => m.actor.kind === 'media');
  if (media) return { actor: media.actor, via: media.via, mention: media, quote };
  return null;
}
