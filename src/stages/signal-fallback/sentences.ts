/**
 * The sentences the fallback may speak about, and what it knows of each:
 * nuclear context (the signals stage's own reading), the actor the sentence
 * gives (a quotation's speaker, else its subject mention), whether a signal
 * already rests on it, and the classifier's features. The training script
 * reads the same view, so the model learns from what the stage will see.
 */
import type { ActorRef, Doc, Mention, Quote, Sentence, Span } from '../../document/index.ts';
import { fold, LEXICON_LANGS, type LexiconLang } from '../../lexicon/index.ts';
import { datelineEnd, isGoverned, MODIFIER_GAP, openerEnd } from '../signals/attribution.ts';
import { sentenceContexts, type ContextKind } from '../signals/context.ts';
import type { SignalLexicon } from '../signals/lexicons.ts';
import { featuresOf } from './features.ts';

/** The actor a sentence gives, and where. */
export interface SentenceActor {
  readonly actor: ActorRef;
  /** The quotation's span for a speaker, the mention's for a subject. */
  readonly span: Span;
  readonly quote: Quote | null;
  readonly mention: Mention | null;
}

export interface SentenceView {
  readonly index: number;
  readonly sentence: Sentence;
  readonly context: ContextKind;
  /** The actor the sentence gives, or null (found on first call). */
  readonly actor: () => SentenceActor | null;
  /** A signal of the signals stage already has this sentence as evidence. */
  readonly covered: boolean;
  /** The classifier's features of the sentence (computed on first call). */
  readonly features: () => readonly string[];
}

/** The lexicon language of a document, or null when Brink has no lexicons for it (the fallback then stays silent). */
export function lexiconLang(lang: string | null): LexiconLang | null {
  return LEXICON_LANGS.find((l) => l === lang) ?? null;
}

/**
 * The sentence's subject: its first mention after any opening subordinate
 * clause or wire dateline that no preposition or object verb governs
 * ("Russia warned…", not "…warned Russia"). Mentions of people come resolved
 * by the actors stage (a pronoun or a role names the person). A state or body
 * that only qualifies the person named just after it ("US Energy Secretary
 * Chris Wright", "Kremlin spokesman Dmitry Peskov") gives way to that person
 * (§1: the actor is the person when the text names one). A first mention
 * inside reported content is no subject.
 */
function subjectOf(doc: Doc, folded: string, s: Sentence, mentions: readonly Mention[], lex: SignalLexicon): Mention | null {
  const from = Math.max(openerEnd(folded, s, lex), datelineEnd(doc.text, s));
  const i = mentions.findIndex((m) => m.start >= from && !isGoverned(folded, m, lex));
  const subject = mentions[i];
  // A mention after "that" / "que" / "что" is the subject of reported content ("the institute
  // estimated that China…"): whoever reports it is someone the sentence does not name as a mention.
  if (!subject || lex.complementizers.test(folded, from, subject.start)) return null;
  const next = mentions[i + 1];
  const qualifier = subject.via === 'state' || subject.via === 'organisation';
  const person = next !== undefined && next.via !== 'state' && next.via !== 'organisation';
  if (qualifier && person && next.start - subject.end <= MODIFIER_GAP && !/[,.;:!?()«»"“”]/.test(folded.slice(subject.end, next.start))) return next;
  return subject;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Every sentence of the document with what the fallback needs. `folded` is
 * `fold(doc.text)`; `lex` the signals lexicon of the document's language.
 */
export function sentenceViews(doc: Doc, lex: SignalLexicon): SentenceView[] {
  const folded = fold(doc.text);
  const sentences = doc.sentences;
  const quotesOf = sentences.map((s) => doc.quotes.filter((q) => overlaps(q, s)));
  const titleFolded = doc.title ? fold(doc.title) : '';
  const nuclearTitle = lex.nuclear.matchAll(titleFolded).some((m) => m.value === 'weapon' || m.value === 'strategic' || m.value === 'radiological' || m.value === 'regime');
  const contexts = sentenceContexts(
    folded,
    sentences.map((s, i) => ({ start: s.start, end: s.end, paragraph: s.paragraph, quoted: (quotesOf[i] as Quote[]).length > 0 })),
    lex,
    nuclearTitle,
  );
  const evidence = doc.signals.flatMap((sig) => sig.evidence);
  return sentences.map((s, index): SentenceView => {
    const quotes = quotesOf[index] as Quote[];
    const context = contexts[index]?.context ?? 'none';
    const spoken = quotes.find((q) => q.speaker !== null) ?? null;
    const findActor = (): SentenceActor | null => {
      if (spoken?.speaker) return { actor: spoken.speaker, span: spoken, quote: spoken, mention: null };
      const mentions = doc.mentions.filter((m) => m.start >= s.start && m.end <= s.end && !quotes.some((q) => overlaps(q, m))).sort((x, y) => x.start - y.start);
      const subject = subjectOf(doc, folded, s, mentions, lex);
      return subject ? { actor: subject.actor, span: subject, quote: null, mention: subject } : null;
    };
    let actor: SentenceActor | null | undefined;
    const whole: Span = { start: s.start, end: s.end };
    // The actor and the features cost phrase matching over the sentence: found only for a sentence
    // someone asks about (the stage asks only about uncovered sentences in nuclear context).
    let features: readonly string[] | null = null;
    return {
      index,
      sentence: s,
      context,
      actor: () => (actor === undefined ? (actor = findActor()) : actor),
      covered: evidence.some((e) => overlaps(e, whole)),
      features: () =>
        (features ??= featuresOf(folded.slice(s.start, s.end), {
          quote: quotes.length > 0,
          speaker: spoken !== null,
          nuclear: context === 'direct',
          negation: lex.negations.test(folded, s.start, s.end),
          modal: lex.modals.test(folded, s.start, s.end),
          future: doc.times.some((t) => t.governedBy === 'future' && overlaps(t, whole)),
        })),
    };
  });
}
