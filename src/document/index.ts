/**
 * The one object that travels through every pipeline stage (STYLE.md §4).
 *
 * A stage receives a `Doc` and returns a new `Doc` with its own field filled
 * in; it never edits the one it was given (§5). Trouble that does not stop the
 * document (an unreadable date, an unknown speaker) becomes a `Message`, not an
 * exception; a `fatal` message means the document could not be processed and
 * the caller reports it as a failure naming the document.
 */
import type { DocQuotePairs } from '../stages/actors/paragraph-quotes.ts';
import type { DocTokens } from '../stages/actors/tokens.ts';

/** What the input layer hands to the pipeline: decoded text plus what the caller knew. */
export interface RawDocument {
  /** Path, URL or `<stdin>`: the name every error about this document uses. */
  readonly source: string;
  /** Decoded content (already a JS string: the input layer handles encodings). */
  readonly content: string;
  readonly format: 'text' | 'html';
  readonly meta: DocumentMeta;
}

/** Metadata known from outside the text (JSON record fields, feed items, HTML meta tags). */
export interface DocumentMeta {
  readonly url?: string;
  readonly title?: string;
  /** ISO date or date-time string as given by the caller or the page's metadata. */
  readonly published?: string;
  readonly lang?: string;
  readonly author?: string;
}

export type MessageLevel = 'info' | 'warning' | 'fatal';

export interface Message {
  readonly level: MessageLevel;
  /** Stage name, e.g. `quotes`. */
  readonly stage: string;
  readonly text: string;
}

/** A half-open range of UTF-16 code units in `Doc.text`. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export type ActorKind = 'official' | 'expert' | 'media' | 'intl_org';

/** An actor as the output contract spells it (SIGNALS.md §3). */
export interface ActorRef {
  readonly name: string;
  /** ISO 3166-1 alpha-2, an organisation code (NATO, UN, EU, IAEA), or null. */
  readonly country: string | null;
  readonly kind: ActorKind;
}

/** A removed line or block and why (SIGNALS.md §6 `removed`). */
export interface Removal {
  readonly text: string;
  readonly reason: string;
}

export interface Sentence extends Span {
  readonly text: string;
  /** Index of the paragraph (blank-line separated block of `Doc.text`). */
  readonly paragraph: number;
}

/** How an actor mention was recognised. */
export type MentionVia = 'name' | 'alias' | 'surname' | 'role' | 'pronoun' | 'state' | 'organisation';

export interface Mention extends Span {
  readonly text: string;
  readonly actor: ActorRef;
  readonly via: MentionVia;
  /** Index into `Doc.sentences`. */
  readonly sentence: number;
}

export interface Quote extends Span {
  /** The quoted words, without the quote marks. */
  readonly text: string;
  readonly speaker: ActorRef | null;
  readonly kind: 'direct' | 'partial';
  readonly sentence: number;
}

export type DatePrecision = 'day' | 'month' | 'year';

export interface Published {
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY` according to `precision`. */
  readonly date: string;
  readonly precision: DatePrecision;
  readonly method: 'metadata' | 'inferred';
}

/** A time expression found in the text, resolved against the publication date. */
export interface TimeExpression extends Span {
  readonly text: string;
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
  readonly date: string;
  readonly precision: DatePrecision;
  readonly sentence: number;
  /**
   * Set when the expression does not date a past act: `since` when it starts a
   * background span ("since the war began on 24 February"), `future` when it
   * names an expected event ("referendums are due from 23 to 27 September").
   */
  readonly governedBy?: 'since' | 'future';
}

export const SIGNAL_TYPES = [
  'THREAT',
  'WARNING',
  'REASSURANCE',
  'CONTACT',
  'DOCTRINE',
  'POSTURE',
  'ARMS_CONTROL',
  'ASSESSMENT',
  'ACCUSATION',
  'PLANNING',
  'USE',
] as const;
export type SignalType = (typeof SIGNAL_TYPES)[number];

export type Modality = 'public' | 'private';
export type Sourcing = 'on_record' | 'anonymous' | 'reported' | 'disputed';

export interface Evidence extends Span {
  readonly text: string;
}

export interface Signal {
  readonly type: SignalType;
  readonly actor: ActorRef;
  readonly target: string | null;
  readonly date: string | null;
  readonly severity: number;
  readonly modality: Modality;
  readonly sourcing: Sourcing;
  readonly quote: string | null;
  readonly evidence: readonly Evidence[];
  readonly confidence: number;
}

/** The document as it moves through the pipeline. Fields start empty and stages fill them. */
export interface Doc {
  /** Stable content id (hash of the cleaned text). Empty until the clean stage sets it. */
  readonly id: string;
  readonly source: string;
  readonly raw: RawDocument;
  /** Caller metadata merged with what the page itself declares (extract stage). */
  readonly meta: DocumentMeta;
  /**
   * Candidate lines of the article before line-level cleaning: the text
   * input's lines, or the blocks the HTML extractor kept, one per line.
   */
  readonly lines: readonly string[];
  readonly lang: string | null;
  readonly title: string | null;
  /** Cleaned main text, paragraphs separated by blank lines. */
  readonly text: string;
  readonly removed: readonly Removal[];
  readonly published: Published | null;
  readonly sentences: readonly Sentence[];
  readonly mentions: readonly Mention[];
  readonly quotes: readonly Quote[];
  readonly times: readonly TimeExpression[];
  readonly relevant: boolean;
  readonly signals: readonly Signal[];
  readonly cluster: string | null;
  readonly messages: readonly Message[];
  /**
   * Working views of `text` one stage works out for the stages after it, so
   * that they are not worked out again (not part of the output record): the
   * word tokens and each paragraph's quotation pairs, which the actors stage
   * makes and the quotes stage reads. Each holds the text (and sentences) it
   * was made from, and its readers check them: a copy of the document with
   * other text (one line read apart) does not take it. Absent until made.
   */
  readonly tokens?: DocTokens;
  readonly quotePairs?: DocQuotePairs;
}

/** A fresh document: everything the stages fill in is empty. */
export function createDoc(raw: RawDocument): Doc {
  return {
    id: '',
    source: raw.source,
    raw,
    meta: raw.meta,
    lines: [],
    lang: null,
    title: null,
    text: '',
    removed: [],
    published: null,
    sentences: [],
    mentions: [],
    quotes: [],
    times: [],
    relevant: false,
    signals: [],
    cluster: null,
    messages: [],
  };
}

/** Returns a copy of `doc` with one more message. */
export function withMessage(doc: Doc, level: MessageLevel, stage: string, text: string): Doc {
  return { ...doc, messages: [...doc.messages, { level, stage, text }] };
}

/** The first fatal message, if the document could not be processed. */
export function fatalOf(doc: Doc): Message | undefined {
  return doc.messages.find((m) => m.level === 'fatal');
}

/** The output record of SIGNALS.md §6. */
export interface DocumentRecord {
  readonly id: string;
  readonly source: string;
  readonly lang: string | null;
  readonly relevant: boolean;
  readonly title: string | null;
  readonly published: Published | null;
  readonly text: string;
  readonly removed: readonly Removal[];
  readonly quotes: readonly {
    text: string;
    start: number;
    end: number;
    speaker: ActorRef | null;
    kind: 'direct' | 'partial';
  }[];
  readonly signals: readonly Signal[];
  readonly cluster: string | null;
}

export function toRecord(doc: Doc): DocumentRecord {
  return {
    id: doc.id,
    source: doc.source,
    lang: doc.lang,
    relevant: doc.relevant,
    title: doc.title,
    published: doc.published,
    text: doc.text,
    removed: doc.removed,
    quotes: doc.quotes.map((q) => ({ text: q.text, start: q.start, end: q.end, speaker: q.speaker, kind: q.kind })),
    signals: doc.signals,
    cluster: doc.cluster,
  };
}
