/**
 * The quotes stage: fills `doc.quotes` (SIGNALS.md §5) with each quotation of
 * the text, its speaker and whether it is a full utterance (`direct`) or a
 * fragment inside the reporter's sentence (`partial`).
 *
 * 1. Quotation marks are paired per paragraph by `pairQuotes` (every style,
 *    mixed marks, nesting; an unclosed quotation runs to the paragraph end).
 *    Top-level quotations are the candidates; a quotation nested in another
 *    is kept only when the words around it inside the outer one attribute it
 *    ("le président Poutine a déclaré … “tous les systèmes d’armes”").
 * 2. The speaker is looked for, in order (`speaker.ts`): a speech cue after
 *    the quotation in its sentence ("», a déclaré Kimball", "Peskov told
 *    reporters", "— сказал он"); one before it ("X a déclaré que «…»",
 *    "according to X", "по словам X", "X : «…»"); the next sentence when the
 *    quotation ends its own and the next one attributes it ("« … ? » Mykhailo
 *    Podolyak a tweeté."); then carried: from the previous quotation of the
 *    paragraph, from the next one when this one has no cue ("« A. » « B »,
 *    a déclaré X"), from the last speaker of the paragraph, or from the last
 *    quotation of the previous paragraph when this paragraph opens with a
 *    quotation. Speakers are the actors stage's mentions, so pronouns and role
 *    phrases arrive already resolved to the person.
 *    Russian and Ukrainian dialogue lines ("— Мы готовы, — сказал он.") are
 *    quotations with the dashes as marks. In a channel's own post (a
 *    Telegram post, a page whose `meta.author` resolves, a post copied as
 *    text with a forward line, a header naming its speaker or a signature
 *    handle: `channelAuthor` of the actors stage), a quotation with no other
 *    speaker is the channel author's.
 * 3. Scare quotes are dropped: a term after a naming word ("so-called",
 *    "appelées", "так называемая"); a fragment of at most `SCARE_MAX_WORDS`
 *    words after an article ("des « référendums »"), written as a title
 *    ("« 60 Minutes »") or with no speech cue in its sentence; and any
 *    fragment that has neither a speaker nor a speech cue.
 */
import type { Doc, Mention, Quote, Sentence } from '../../document/index.ts';
import type { Stage } from '../../pipeline/stage.ts';
import { tokenize, tokensIn, type Token } from '../actors/tokens.ts';
import { DEFAULT_DATA_DIR, fileLangsFor, fold, type FileLang, type LexiconLang } from '../../lexicon/index.ts';
import type { QuotePair } from '../sentences/quote-marks.ts';
import { paragraphQuotes } from '../actors/paragraph-quotes.ts';
import { sentenceIndexer } from '../sentences/index.ts';
import { loadCueSet, type CueSet } from '../actors/cues.ts';
import { channelAuthor } from '../actors/index.ts';
import { insideRange } from '../actors/resolve.ts';
import { findSpeaker, isPerson, type SpeechKind, type Window } from './speaker.ts';
import { loadAllSignalLexicons, type SignalLexicon } from '../signals/lexicons.ts';
import { datelineEnd, listLink, type ListLink } from '../signals/attribution.ts';

export interface QuotesOptions {
  /** Directory holding `<lang>/speech-verbs.txt`, `<lang>/scare-quote-markers.txt` and the signal lexicons (their relative pronouns). */
  readonly dataDir?: string;
}

/**
 * A quoted term this short (in words) is a scare quote unless a speech cue
 * stands in its sentence and no article precedes it: "des « référendums »" is
 * a term, "la réaction serait “consécutive”, affirmant…" a fragment of speech.
 * Three covers the terms seen in news ("escalate to de-escalate" has three).
 */
export const SCARE_MAX_WORDS = 3;
/** A quoted title ("« 60 Minutes »", "“Iron Dome”"): every word capitalised, at most this many words. */
const TITLE_MAX_WORDS = 4;
/**
 * Share of capitalised words above which a longer quotation inside a sentence
 * with no speaker is a title ("The Medium is the Message" has 3 of 5: articles
 * and short words stay lower case in English titles).
 */
const TITLE_CAPITALS = 0.6;

/** Words after a quotation within which its own reporting verb stands ("», — цитирует издание политика": 1). */
const ATTRIBUTION_VERB_WORDS = 4;

/** How many sentences back a quotation with no cue looks for the paragraph's last speaker. */
const LAST_SPEAKER_SENTENCES = 4;

type MarkerKind = 'naming' | 'determiner';

interface Candidate {
  readonly pair: QuotePair;
  readonly start: number;
  readonly end: number;
  /** Offset just after the closing mark (or the paragraph end). */
  readonly after: number;
  readonly paragraph: number;
}

export function createQuotes(options: QuotesOptions = {}): Stage {
  const dataDir = options.dataDir ?? DEFAULT_DATA_DIR;
  const speech = loadCueSet<SpeechKind>(dataDir, 'speech-verbs', ['say', 'according', 'according-start', 'noun', 'complementizer', 'clause-break', 'anaphor']);
  const markers = loadCueSet<MarkerKind>(dataDir, 'scare-quote-markers', ['naming', 'determiner']);
  // The relative pronouns are the signal lexicons' (attribution-cues `relative`), read once per data
  // directory for the signals stage too.
  const lexicons = loadAllSignalLexicons(dataDir);
  return (doc: Doc): Doc => {
    const quotes = findQuotes(doc, speech, markers, lexicons);
    // In a channel's own post, a quotation nobody else says is the channel's.
    const author = quotes.some((q) => q.speaker === null) ? channelAuthor(doc, dataDir) : null;
    return { ...doc, quotes: author ? quotes.map((q) => (q.speaker === null ? { ...q, speaker: author } : q)) : quotes };
  };
}

function findQuotes(doc: Doc, speech: CueSet<SpeechKind>, markers: CueSet<MarkerKind>, lexicons: ReadonlyMap<LexiconLang, SignalLexicon>): Quote[] {
  const text = doc.text;
  const sentences = doc.sentences;
  if (text === '' || sentences.length === 0) return [];
  const langs = fileLangsFor(doc.lang);
  const breaks = speech.wordsOf('clause-break', langs);
  // A relative pronoun ("le président russe, qui avait averti que…") has the pronoun's antecedent as
  // its verb's subject: a token is one when a relative phrase of its languages spans it exactly.
  const relatives = langs.flatMap((l) => lexicons.get(l)?.relatives ?? []);
  const folded = fold(text);
  const isRelative = (t: Token): boolean => relatives.some((r) => r.test(folded, t.start, t.end));
  // A pronoun standing for a state or a body as a sentence's subject ("It accused Washington of…"):
  // the signal lexicons' `subject-pronouns`.
  const subjectPronouns = langs.flatMap((l) => lexicons.get(l)?.subjectPronouns ?? []);
  const isSubjectPronoun = (t: Token): boolean => subjectPronouns.some((r) => r.test(folded, t.start, t.end));
  const times = doc.times.map((t): [number, number] => [t.start, t.end]).sort((a, b) => a[0] - b[0]);
  const isTime = (t: Token): boolean => insideRange(times, t.start);
  const lists = langs.flatMap((l) => lexicons.get(l) ?? []);
  const joint = (from: number, to: number): ListLink | null => {
    for (const lex of lists) {
      const link = listLink(text, folded, from, to, lex);
      if (link !== null) return link;
    }
    return null;
  };
  const sentenceAt = sentenceIndexer(sentences);

  // Candidates per paragraph.
  const paragraphs: { from: number; to: number; top: Candidate[]; inner: Candidate[] }[] = [];
  // The actors stage paired these paragraphs' quotation marks already: the pairs are shared.
  const spans = paragraphQuotes(doc);
  for (const { from, to, pairs: paired, next: i } of spans) {
    const top: Candidate[] = [];
    const inner: Candidate[] = [];
    const dialogue = langs.some((l) => DIALOGUE_LANGS.has(l)) ? dialoguePairs(text, from, to, speech, langs) : [];
    const inDialogue = (offset: number): boolean => dialogue.some((d) => d.open < offset && offset < d.end);
    const pairs = [...paired];
    const continued = continuedSingle(text, from, to, pairs, sentences[i]);
    if (continued) pairs.push(continued);
    for (const pair of pairs) {
      const c = candidate(text, pair, paragraphs.length);
      if (c) (pair.depth === 0 && !inDialogue(pair.open) ? top : inner).push(c);
    }
    for (const pair of dialogue) {
      const c = candidate(text, pair, paragraphs.length);
      if (c) top.push(c);
    }
    top.sort((a, b) => a.pair.open - b.pair.open);
    paragraphs.push({ from, to, top, inner });
  }
  const quoted = paragraphs.flatMap((p) => p.top.map((c) => [c.pair.open, c.after] as const));
  // A wire dateline ("KARUIZAWA, Japan, April 18 (AFP) - ") names where the story was filed: its place
  // and agency say nothing of who speaks.
  const datelines = sentences.map((s): [number, number] => [s.start, datelineEnd(text, s)]).filter(([from, to]) => to > from);
  const mentions = doc.mentions.filter((m) => !insideRange(quoted, m.start) && !insideRange(datelines, m.start));

  const window = (from: number, to: number): Window => {
    const tokens = from < to ? tokensIn(doc, from, to, true) : [];
    return { from, to, text: text.slice(from, to), breaks, isRelative, isSubjectPronoun, isTime, listLink: joint, tokens, mentions: mentionsIn(mentions, from, to) };
  };

  type Found = { c: Candidate; speaker: Mention | null; cue: boolean; document?: string };
  /** The quotation's own attribution follows it ("», — цитирует издание политика", "," he told the paper). */
  const verbAfter = (c: Candidate): boolean => {
    const end = (sentences[sentenceAt(Math.max(c.pair.open, c.after - 1))] as Sentence).end;
    const tokens = c.after < end ? tokensIn(doc, c.after, end, true) : [];
    return speech.all(tokens, langs).some((x) => x.kind === 'say' && x.start < ATTRIBUTION_VERB_WORDS);
  };
  const perParagraph: Found[][] = paragraphs.map((para) =>
    para.top.map((c, k) => {
      const sOpen = sentenceAt(c.pair.open);
      const sClose = sentenceAt(Math.max(c.pair.open, c.after - 1));
      // A quoted title before the quotation ("Коротченко в беседе с «Известиями» отметил, что «…»") is
      // part of the reporting clause, as one after it is: the window runs back past it.
      const prev = para.top.slice(0, k).reverse().find((x) => !quotedTitle(doc, x));
      const next = para.top[k + 1];
      const openSentence = sentences[sOpen] as Sentence;
      const closeSentence = sentences[sClose] as Sentence;
      const beforeFrom = Math.max(openSentence.start, prev && prev.after <= c.pair.open ? prev.after : 0);
      // A quoted title after the quotation ("— заявил в эфире телеканала «Россия 1» Песков") is
      // part of the attribution clause: the window runs past it.
      const stop = para.top.slice(k + 1).find((x) => !quotedTitle(doc, x));
      const afterTo = Math.min(closeSentence.end, stop ? stop.pair.open : Infinity);
      const before = window(beforeFrom, c.pair.open);
      const after = window(c.after, Math.max(c.after, afterTo));
      const nextSentence = sentences[sClose + 1];
      const following =
        nextSentence && nextSentence.paragraph === closeSentence.paragraph
          ? window(nextSentence.start, Math.min(nextSentence.end, next && next.pair.open >= nextSentence.start ? next.pair.open : Infinity))
          : null;
      const lead = beforeFrom > openSentence.start ? window(openSentence.start, beforeFrom) : null;
      const result = findSpeaker({ before, after, following, speech, langs, lead });
      return result.document ? { c, speaker: null, cue: result.cue, document: result.document } : { c, speaker: result.speaker, cue: result.cue };
    }),
  );

  // A quotation left open at a paragraph's end goes on in the next paragraph,
  // whose opening quotation usually carries the attribution.
  perParagraph.forEach((found, p) => {
    const last = found[found.length - 1];
    const next = perParagraph[p + 1]?.[0];
    const nextPara = paragraphs[p + 1];
    if (!last || last.speaker || last.c.pair.close !== null || !next?.speaker || !nextPara) return;
    if (!/\p{L}/u.test(text.slice(nextPara.from, next.c.pair.open))) last.speaker = next.speaker;
  });

  /**
   * The body that reported, in the sentence before, what a document of no named issuer says ("…
   * Об этом сообщила пресс-служба армии. «…», — говорится в заявлении.", "…, the ministry said. "…,"
   * the statement added"): the statement is its. Only a body or state, and only when that sentence
   * names no other actor (two states "stressed" something: whose document it is stays unknown).
   */
  const reportingBody = (sentence: number): Mention | null => {
    const st = sentences[sentence - 1];
    if (!st) return null;
    const result = findSpeaker({ before: window(st.start, st.end), after: window(st.end, st.end), following: null, speech, langs });
    const body = result.speaker;
    if (!body || isPerson(body) || body.actor.kind === 'media') return null;
    return mentionsIn(mentions, st.start, st.end).every((m) => m.actor.name === body.actor.name) ? body : null;
  };

  const out: Quote[] = [];
  let previousParagraphSpeaker: Mention | null = null;
  paragraphs.forEach((para, p) => {
    const found = perParagraph[p] as Found[];
    // Carrying speakers across the paragraph's quotations.
    found.forEach((f, k) => {
      if (f.speaker) return;
      if (f.document) {
        f.speaker = issuerOf(doc, mentions, sentences, sentenceAt(f.c.pair.open), f.document) ?? reportingBody(sentenceAt(f.c.pair.open));
        if (f.speaker) return;
      }
      const prev = found[k - 1];
      const next = found[k + 1];
      if (prev?.speaker) {
        f.speaker = prev.speaker;
        // In the same sentence the earlier quotation's reporting verb governs this one too ("said
        // India would not tolerate “any nuclear blackmail” and would strike “precisely and decisively”").
        if (prev.cue && sentenceAt(prev.c.pair.open) === sentenceAt(f.c.pair.open)) f.cue = true;
        return;
      }
      if (next?.speaker && next.cue && !f.cue && /^[\s,;:.!?…—–-]*$/u.test(text.slice(f.c.after, next.c.pair.open))) {
        f.speaker = next.speaker;
        return;
      }
      const last = lastSpeakerBefore(doc, mentions, sentences, sentenceAt(f.c.pair.open), speech, langs);
      if (last) {
        f.speaker = last;
        return;
      }
      const opensParagraph = !/\p{L}/u.test(text.slice(para.from, f.c.pair.open));
      if (k === 0 && opensParagraph && previousParagraphSpeaker) {
        f.speaker = previousParagraphSpeaker;
        return;
      }
      // A paragraph ending with a colon introduces the quotation opening the next one
      // ("Medvedev wrote on Telegram:¶"…""): read its last sentence as the words before it.
      const prevPara = paragraphs[p - 1];
      if (k === 0 && opensParagraph && prevPara && /:\s*$/u.test(text.slice(prevPara.from, prevPara.to))) {
        const last = sentences[sentenceAt(Math.max(prevPara.from, prevPara.to - 1))] as Sentence;
        const lastQuote = prevPara.top[prevPara.top.length - 1];
        const before = window(Math.max(last.start, lastQuote ? lastQuote.after : 0), prevPara.to);
        const result = findSpeaker({ before, after: window(f.c.after, f.c.after), following: null, speech, langs });
        if (result.speaker) f.speaker = result.speaker;
      }
      // A reporting verb that names no one ("…», — цитирует издание политика", "…," he told the
      // paper, his name a paragraph up) opening a paragraph: the person whose words the previous
      // paragraph reports ("Об этом заявил Дмитрий Медведев.") is the one still speaking.
      if (!f.speaker && f.cue && !f.document && k === 0 && prevPara && verbAfter(f.c)) {
        const prevSentence = sentenceAt(Math.max(prevPara.from, prevPara.to - 1));
        const last = lastSpeakerBefore(doc, mentions, sentences, prevSentence + 1, speech, langs, (sentences[prevSentence] as Sentence).paragraph, (st) => {
          const result = findSpeaker({ before: window(st.start, st.end), after: window(st.end, st.end), following: null, speech, langs });
          return result.speaker && isPerson(result.speaker) ? result.speaker : null;
        });
        if (last) f.speaker = last;
      }
    });

    let lastSpeaker: Mention | null = null;
    for (const f of found) {
      const quote = toQuote(doc, f.c, f.speaker, f.cue, sentenceAt, speech, markers, langs);
      if (quote) out.push(quote);
      if (quote && f.speaker) lastSpeaker = f.speaker;
    }
    previousParagraphSpeaker = lastSpeaker;
    // Nested quotations attributed inside the outer one.
    for (const c of para.inner) {
      const outer = found.find((f) => f.c.pair.open < c.pair.open && c.pair.open < f.c.after);
      if (!outer || !out.some((q) => q.start === outer.c.start)) continue;
      const inside = window(Math.max(outer.c.start, (sentences[sentenceAt(c.pair.open)] as Sentence).start), c.pair.open);
      const insideMentions = mentionsIn(doc.mentions, inside.from, inside.to);
      const result = findSpeaker({ before: { ...inside, mentions: insideMentions }, after: window(c.after, c.after), following: null, speech, langs });
      if (!result.speaker || !isPerson(result.speaker)) continue;
      const quote = toQuote(doc, c, result.speaker, true, sentenceAt, speech, markers, langs);
      if (quote) out.push({ ...quote, kind: 'partial' });
    }
  });
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Languages whose press writes direct speech as a dialogue line: a paragraph
 * opening with a dash, the words, then ", — сказал он." and maybe ". — "
 * with more words ("— Мы готовы к переговорам, — сказал он.").
 */
const DIALOGUE_LANGS: ReadonlySet<FileLang> = new Set(['ru', 'uk']);
/** The tail after the closing dash must have its speech verb among its first words ("— сказал он", "— заявил в среду Лавров"). */
const DIALOGUE_VERB_WORDS = 3;
/** How much of the tail is read for the verb. */
const DIALOGUE_TAIL_CHARS = 80;

/**
 * Dialogue lines of a paragraph as quotation pairs, the dashes as marks. A
 * paragraph opening with a dash is speech only when a closing ", —" is
 * followed by a speech verb: Telegram posts use dashes for lists too. After
 * such a tail, ". — " opens more words of the same speaker, closed by the
 * next ", — <verb>" or running to the paragraph's end.
 */
function dialoguePairs(text: string, from: number, to: number, speech: CueSet<SpeechKind>, langs: readonly FileLang[]): QuotePair[] {
  const lead = /^\s*[\u2014\u2013]\s/u.exec(text.slice(from, to));
  if (!lead) return [];
  const pairs: QuotePair[] = [];
  let open = from + lead[0].search(/[\u2014\u2013]/u);
  while (open < to) {
    const closing = /[,!?…]\s*([\u2014\u2013])\s/gu;
    const rest = text.slice(open + 1, to);
    let close: number | null = null;
    for (let m = closing.exec(rest); m; m = closing.exec(rest)) {
      const dash = open + 1 + m.index + m[0].length - 2;
      const tailEnd = Math.min(to, dash + 1 + DIALOGUE_TAIL_CHARS);
      const tokens = tokensIn(text, dash + 1, tailEnd, true);
      if (speech.all(tokens, langs).some((c) => c.kind === 'say' && c.start < DIALOGUE_VERB_WORDS)) {
        close = dash;
        break;
      }
    }
    if (close === null) {
      // Words after a speech tail run on to the paragraph's end; a first line with no tail is no speech.
      if (pairs.length > 0) pairs.push({ open, close: null, end: to, depth: 0, single: false });
      break;
    }
    pairs.push({ open, close, end: close + 1, depth: 0, single: false });
    const more = /[.!?…]\s+([\u2014\u2013])\s/u.exec(text.slice(close + 1, to));
    if (!more) break;
    open = close + 1 + more.index + more[0].length - 2;
  }
  return pairs;
}

/** A short quotation whose every word is capitalised or a number: a title or a name ("«Россия 1»", "“Meet the Press”" is not: "the"). */
function quotedTitle(doc: Doc, c: Candidate): boolean {
  const text = doc.text;
  const words = tokensIn(doc, c.start, c.end, true);
  return words.length > 0 && words.length <= TITLE_MAX_WORDS && words.every((w) => w.capital || /^\d/u.test(w.key)) && !/[.!?…]$/u.test(text.slice(c.start, c.end));
}

/** Single quotation marks that open a quotation: ‘ and the straight '. */
const SINGLE_OPENERS = /['\u2018]/u;

/**
 * A quotation in single marks left open at a paragraph's end, where the next paragraph opens with
 * a single mark: the British convention for a quotation running over paragraphs ("'We will
 * consider it once we receive reliable information.¶'That includes …'"). The pairing drops
 * unclosed single marks, far more often apostrophes; here the opener must stand at the paragraph's
 * or a sentence's start, outside every pair, and the next paragraph's opening mark confirms it.
 */
function continuedSingle(text: string, from: number, to: number, pairs: readonly QuotePair[], next: Sentence | undefined): QuotePair | null {
  if (!next || !SINGLE_OPENERS.test(text[next.start] ?? '')) return null;
  const inside = (at: number): boolean => pairs.some((p) => p.open <= at && at < p.end);
  const opener = /(?:^|[.!?…]['\u2019]?\s+)(['\u2018])\p{Lu}/gu;
  const paragraph = text.slice(from, to);
  let found: number | null = null;
  for (let m = opener.exec(paragraph); m; m = opener.exec(paragraph)) {
    const at = from + m.index + m[0].length - 2;
    if (!inside(at)) found = at;
  }
  if (found === null) return null;
  // The quotation must run to the end: no closing single mark after it.
  if (/[\u2019]\s|['\u2019]$|['\u2019][,.;:!?]/u.test(text.slice(found + 1, to).replace(/\p{L}['\u2019]\p{L}/gu, 'xx'))) return null;
  return { open: found, close: null, end: to, depth: 0, single: true };
}

function candidate(text: string, pair: QuotePair, paragraph: number): Candidate | null {
  let start = pair.open + 1;
  let end = pair.close ?? pair.end;
  while (start < end && /\s/u.test(text[start] as string)) start++;
  while (end > start && /[\s,]/u.test(text[end - 1] as string)) end--;
  if (!/[\p{L}\p{N}]/u.test(text.slice(start, end))) return null;
  return { pair, start, end, after: pair.close === null ? pair.end : pair.close + 1, paragraph };
}

function toQuote(
  doc: Doc,
  c: Candidate,
  speaker: Mention | null,
  cue: boolean,
  sentenceAt: (offset: number) => number,
  speech: CueSet<SpeechKind>,
  markers: CueSet<MarkerKind>,
  langs: readonly FileLang[],
): Quote | null {
  const text = doc.text;
  const sentenceIndex = sentenceAt(c.start);
  const sentence = doc.sentences[sentenceIndex] as Sentence;
  const words = tokensIn(doc, c.start, c.end, true);
  const lead = text.slice(Math.min(sentence.start, c.pair.open), c.pair.open);
  const beforeTokens = tokenize(lead);
  const marker = markers.endingAt(beforeTokens, beforeTokens.length, langs);
  const content = text.slice(c.start, c.end);
  const direct = /^[\p{Lu}\p{N}]/u.test(content) || !/\p{L}/u.test(lead) || /[.!?…]$/u.test(content);
  // "what he called “aggressive statements”", "ce qu'il a appelé « chantage nucléaire »": a term named
  // by a person is that person's words, a partial quotation; "so-called", "dubbed" by nobody name a term.
  const leadStart = Math.min(sentence.start, c.pair.open);
  const namer = marker?.kind === 'naming' ? termNamer(doc, leadStart + (beforeTokens[marker.start] as Token).start) : null;
  if (marker?.kind === 'naming' && !namer) return null;
  const who = speaker ?? namer;
  const cued = cue || namer !== null;
  if (!direct && words.length <= SCARE_MAX_WORDS) {
    // "…a rappelé que les Etats-Unis avaient créé un « précédent »", "Kim said … that its “war
    // deterrent” had to be ready", "plaide pour la création d'une « Otan asiatique »", "a exprimé sa
    // « vive préoccupation », a déclaré Hayashi": after an article, a term in a sentence where a named
    // speaker's reporting verb stands before it, or attributes it after it, is the speaker's word, a
    // partial quotation; a term after an article anywhere else is a scare quote.
    // After a plural article only a phrase of several words is: a single word keeps a label the
    // reporter quotes ("…après l'achèvement des « référendums »"), where "aurait des « conséquences
    // graves »" quotes the speaker. A topic preposition or a negative determiner ("щодо «брудної
    // бомби»", "никакой «грязной бомбы»") names a term whatever its length.
    const article = marker?.kind === 'determiner' ? (beforeTokens[marker.start] as Token).key : null;
    const speakersArticle = article !== null && (SINGULAR_DETERMINERS.has(article) || (PLURAL_DETERMINERS.has(article) && words.length > 1));
    // An attribution after the term names a person ("…, a déclaré Yoshimasa Hayashi"): a state or body
    // found there is rather an agent of some other word ("une « bombe sale », une accusation rejetée par Kiev").
    if (marker?.kind === 'determiner' && !(speakersArticle && who && ((cue && isPerson(who)) || reportedContent(speech.all(beforeTokens, langs))))) return null;
    if (!cued) return null;
  }
  // A title inside a sentence ("une interview avec « 60 Minutes » de CBS"), speech cue or not.
  const title = words.length <= TITLE_MAX_WORDS && words.every((w) => w.capital || /^\d/.test(w.key)) && !/[.!?…]$/u.test(content);
  if (title && /\p{L}/u.test(lead) && (words.length > 1 || !cued)) return null;
  if (!direct && !who && !cued) return null;
  // A title of a work inside a sentence ("perform “Takin’ It to the Streets”"): most words capitalised, nobody says it.
  const capitalised = words.filter((w) => w.capital).length;
  if (!who && words.length >= 3 && capitalised / words.length >= TITLE_CAPITALS && /\p{L}/u.test(lead)) return null;
  // A few words inside a sentence that nobody said ("the use of “We.”", "a rating of “hazardous.”").
  if (!who && words.length <= SCARE_MAX_WORDS && /\p{L}/u.test(lead)) return null;
  const introduced = speech.endingAt(beforeTokens, beforeTokens.length, langs, 3)?.kind === 'say';
  // From the end of the words, so that a comma left inside the marks ("It is," he said) still counts.
  const trail = text.slice(c.end, Math.min(Math.max(sentence.end, c.after), c.after + 40)).replace(/^[\s»”“"’'›]+/u, ' ');
  // ", — сказал он" right after it: the dash attribution of speech, never a name's.
  const dashAttribution = words.length > 1 && /^\s*[,!?…]\s*[\u2014\u2013-]\s+\p{Ll}/u.test(trail);
  if (!introduced && !dashAttribution && isQuotedName(content, words, lead, trail)) return null;
  return {
    text: content,
    start: c.start,
    end: c.end,
    speaker: who ? who.actor : null,
    kind: direct ? 'direct' : 'partial',
    sentence: sentenceIndex,
  };
}

/**
 * Singular articles and possessives (folded) of the languages that have them: a short term after one,
 * inside someone's reported words, is the speaker's own term ("un « précédent »", "its “war
 * deterrent”"). Plural ones ("des « référendums »", "these “elections”") mark a label the reporter
 * quotes; Russian and Ukrainian have no articles, and their determiner markers are topic prepositions
 * and negative determiners ("щодо", "никакой"), which name a term too.
 */
const SINGULAR_DETERMINERS: ReadonlySet<string> = new Set([
  'un', 'une', 'le', 'la', 'l', 'son', 'sa', 'leur', 'notre', 'ce', 'cet', 'cette', 'du', 'au',
  'a', 'an', 'the', 'its', 'his', 'her', 'their', 'our', 'this',
  'ein', 'eine', 'einen', 'einer', 'der', 'die', 'das', 'den', 'sein', 'seine', 'ihr', 'ihre',
  'el', 'una', 'su',
]);

/** Plural articles and possessives (folded): after one, a single quoted word is a label, a phrase the speaker's words. */
const PLURAL_DETERMINERS: ReadonlySet<string> = new Set(['des', 'les', 'ces', 'ses', 'leurs', 'nos', 'aux', 'these', 'those', 'unos', 'unas', 'los', 'las', 'sus']);

/** Is there a reporting verb among the cues before a quotation in its sentence ("a rappelé que…", "plaide pour…")? */
function reportedContent(cues: readonly { kind: SpeechKind; start: number }[]): boolean {
  return cues.some((c) => c.kind === 'say');
}

/**
 * What may stand between a person and the naming word after them: spaces, maybe a short auxiliary
 * of at most three letters ("has called", "a appelé").
 */
const NAMER_GAP = /^\s+(?:\p{L}{1,3}\s+)?$/u;

/** A person mentioned right before the naming word at `at` ("what he called", "qu'il a appelé"), who names the term. */
function termNamer(doc: Doc, at: number): Mention | null {
  let found: Mention | null = null;
  for (const m of doc.mentions) {
    if (m.end > at) break;
    found = m;
  }
  if (!found || !isPerson(found)) return null;
  return NAMER_GAP.test(doc.text.slice(found.end, at)) ? found : null;
}

/**
 * A name in quotation marks, the way Russian writes names of programmes,
 * papers, weapons and companies («Вести недели», «Сармат», «Росатом») and
 * news everywhere writes titles: a few words starting with a capital, in the
 * middle of a sentence (or opening it, followed by its verb), not ending
 * like a sentence. After a colon or a
 * complementizer it would rather open reported speech ("que « Les craintes
 * … »"), unless the sentence goes on with a lower-case word after it ("что
 * «Сармат» готов").
 */
function isQuotedName(content: string, words: readonly Token[], lead: string, trail: string): boolean {
  if (words.length > SCARE_MAX_WORDS || !words[0]?.capital || /[.!?…]$/u.test(content)) return false;
  // At the start of a sentence, a name is the subject: a lower-case verb follows ("«Сармат» поставлен…").
  if (!/\p{L}/u.test(lead)) return /^\s*\p{Ll}/u.test(trail);
  const opensSpeech = /(?:[:—–-]|(?:^|[^\p{L}])(?:que|qu|that|что|що))\s*$/iu.test(lead.replace(/['’]\s*$/u, ' '));
  return !opensSpeech || /^\s*\p{Ll}/u.test(trail);
}

/** The speaker of the last sentence before `sentence` in `paragraph` (its own by default) that reports speech by a person. */
function lastSpeakerBefore(
  doc: Doc,
  mentions: readonly Mention[],
  sentences: readonly Sentence[],
  sentence: number,
  speech: CueSet<SpeechKind>,
  langs: readonly FileLang[],
  paragraph: number = (sentences[sentence] as Sentence).paragraph,
  /** The speaker of a sentence whose subject does not stand before its verb ("Об этом заявил X"). */
  inverted?: (st: Sentence) => Mention | null,
): Mention | null {
  const stop = Math.max(0, sentence - LAST_SPEAKER_SENTENCES);
  for (let s = sentence - 1; s >= stop && (sentences[s] as Sentence).paragraph === paragraph; s--) {
    const st = sentences[s] as Sentence;
    const tokens: Token[] = tokensIn(doc, st.start, st.end, false);
    const cue = speech.all(tokens, langs).find((c) => c.kind === 'say');
    if (!cue) continue;
    const cueStart = (tokens[cue.start] as Token).start;
    const subject = mentionsIn(mentions, st.start, cueStart).find(isPerson) ?? inverted?.(st);
    if (subject) return subject;
  }
  return null;
}

/**
 * Who issued the document a quotation is attributed to ("…," the statement said): the first
 * speaker named, outside quotations, before that noun in the nearest earlier sentence that uses it
 * ("Russia's foreign ministry issued a statement …", "Putin signed a decree …"), at most
 * `LAST_SPEAKER_SENTENCES` back; the quotation's own sentence counts too ("In a statement, the
 * ministry said …, the statement added"). Nobody when no such sentence names one: a document's
 * voice is never guessed from a name merely nearby.
 */
function issuerOf(doc: Doc, mentions: readonly Mention[], sentences: readonly Sentence[], sentence: number, noun: string): Mention | null {
  const stop = Math.max(0, sentence - LAST_SPEAKER_SENTENCES);
  for (let s = sentence; s >= stop; s--) {
    const st = sentences[s] as Sentence;
    const tokens = tokensIn(doc, st.start, st.end, false);
    const words = noun.split(' ');
    const at = tokens.findIndex((_, i) => words.every((w, k) => tokens[i + k]?.key === w));
    if (at < 0) continue;
    const nounStart = (tokens[at] as Token).start;
    const issuer = mentionsIn(mentions, st.start, nounStart)[0];
    if (issuer) return issuer;
  }
  return null;
}

/** The mentions (sorted by start) lying wholly inside [from, to): a binary search, then a walk. */
function mentionsIn(mentions: readonly Mention[], from: number, to: number): Mention[] {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((mentions[mid] as Mention).start < from) lo = mid + 1;
    else hi = mid;
  }
  const out: Mention[] = [];
  for (let i = lo; i < mentions.length && (mentions[i] as Mention).start < to; i++) {
    if ((mentions[i] as Mention).end <= to) out.push(mentions[i] as Mention);
  }
  return out;
}

