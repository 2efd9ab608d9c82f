/**
 * Is the document itself weapon news? A judgement over the whole document,
 * made apart from the signals stage, so that a nuclear-signalling story whose
 * acts no cue names (an analysis of a doctrine debate, a test launch told in
 * plain facts, a communiqué) still counts as relevant (SIGNALS.md §6, §8).
 *
 * It rests on three things a reader weighs: how much of the text names
 * weapons (their delivery systems, regimes and treaties), where it does so
 * (headline, lead), and whether officials act on them (a sentence naming both
 * a weapon and an official or an international body). Commentators' advice,
 * a film about the bomb or a parliamentary "nuclear option" name weapons
 * without an official acting on them, or only in passing.
 */
import type { ActorRef, Doc, MentionVia, Span } from '../../document/index.ts';
import { PhraseSet, type PhraseMatch } from '../../lexicon/index.ts';
import type { NuclearKind } from '../signals/lexicons.ts';

/** Nuclear-term kinds that name weapons, their delivery systems or their regimes. */
export const WEAPON_KINDS: ReadonlySet<string> = new Set(['weapon', 'system', 'strategic', 'radiological', 'regime']);

/**
 * The lead: a news story states its subject in its first sentences, so a
 * weapon named there is what the story is about, not background.
 */
export const LEAD_SENTENCES = 2;
/**
 * A text where at least this share of the sentences name weapons is about
 * weapons whoever speaks in it (a short channel post on a missile's
 * deployment); below it, weapon words may be background to other news.
 */
export const DENSE_SHARE = 0.5;
/** …counted only from this many weapon sentences, so that a two-line aside is not "dense". */
export const MIN_DENSE_SENTENCES = 3;

/**
 * Weapon sentences that date events at least this many years before the
 * document's publication, as many as the undated weapon sentences or more and
 * with none dated later, make it a history piece (a book review on Truman's
 * decision, a museum's exhibition on the first Soviet bomb), not news of a
 * signal: twenty years reaches back past the Cold War and its aftermath but
 * not to acts today's stories recall as recent (the 2015 Iran deal, North
 * Korea's 2017 test).
 */
export const HISTORY_YEARS = 20;

/**
 * Officials or states acting on weapons in this many sentences are the story
 * even when no person is named and the lead is about something else (a
 * communiqué's "the Allies condemn…", "they recall…"); one such sentence may
 * be an aside.
 */
export const MIN_ACTING_SENTENCES = 2;

/** Actor kinds whose mention means a state or an international body acts (SIGNALS.md §3 `kind`). */
const ACTING_KINDS: ReadonlySet<string> = new Set(['official', 'intl_org']);
/**
 * Mentions by which a person or office holder is named, not a bare state or
 * body: "NATO should strengthen…" in an expert's advice names the alliance as
 * an object of advice, while "Kirby said…" or "the commander-in-chief said…"
 * is someone acting.
 */
const PERSON_VIA: ReadonlySet<MentionVia> = new Set(['name', 'alias', 'surname', 'role', 'pronoun']);

export interface WeaponNews {
  /** Sentences of the text that name a weapon, a delivery system or a regime. */
  readonly weaponSentences: number;
  /** All sentences of the text. */
  readonly sentences: number;
  /** The headline names a weapon. */
  readonly inTitle: boolean;
  /** One of the first `LEAD_SENTENCES` sentences names a weapon. */
  readonly inLead: boolean;
  /**
   * Sentences naming a weapon and an official, a state or an international body, less those
   * the signals' background cues call generic history or advice ("experts… should").
   */
  readonly acting: number;
  /** …of which the official is named as a person or an office holder. */
  readonly actingPerson: number;
  /** An official acts on weapons in one of the lead's sentences. */
  readonly actingInLead: boolean;
  /** The document speaks in an official's voice (a minister's or ministry's channel, an official's byline). */
  readonly officialVoice: boolean;
  /** The weapon sentences date only events `HISTORY_YEARS` or more before the publication. */
  readonly historical: boolean;
}

/** The matches of `nuclear` in `folded` (all kinds), less those inside a figurative phrase ("nuclear option"). */
export function literalTerms(folded: string, nuclear: PhraseSet<NuclearKind>, figurative: PhraseSet<true>): PhraseMatch<NuclearKind>[] {
  const terms = nuclear.matchAll(folded);
  if (terms.length === 0) return terms;
  const figures = figurative.matchAll(folded);
  if (figures.length === 0) return terms;
  return terms.filter((t) => !figures.some((f) => f.start < t.end && t.start < f.end));
}

/** Weapon-kind matches of `nuclear` in `folded`, less those inside a figurative phrase. */
export function weaponTerms(folded: string, nuclear: PhraseSet<NuclearKind>, figurative: PhraseSet<true>): PhraseMatch<NuclearKind>[] {
  return literalTerms(folded, nuclear, figurative).filter((m) => WEAPON_KINDS.has(m.value));
}

/**
 * Kinds that make a sentence name nuclear weapons on their own. A dual-capable
 * `system` ("ballistic missiles", "Kinzhal", "nuclear-powered submarines") does
 * only beside a nuclear word of its own: a conventional missile strike on a
 * city, or a submarine deal, is war or arms news, not nuclear news.
 */
const NEWS_KINDS: ReadonlySet<string> = new Set(['weapon', 'strategic', 'radiological', 'regime']);

/**
 * Spans of `folded` (in text order) that name nuclear weapons for a reader judging
 * the document: the `NEWS_KINDS` terms, and `system` terms of a sentence (of `sentences`,
 * or the whole text) that also says "nuclear" outside them. A bare "nuclear" alone does
 * not: "nuclear brinkmanship" in an expert's headline, "nuclear power" in the lead of
 * their advice or "nuclear-powered submarines" are not weapon news, even with no civil word
 * in the text.
 */
function newsTerms(
  folded: string,
  nuclear: PhraseSet<NuclearKind>,
  figurative: PhraseSet<true>,
  sentences: readonly Span[],
): Span[] {
  const terms = literalTerms(folded, nuclear, figurative);
  const systems = terms.filter((m) => m.value === 'system');
  const bare = terms.filter((m) => m.value === 'nuclear' && !systems.some((x) => x.start < m.end && m.start < x.end));
  const spans: readonly Span[] = sentences.length > 0 ? sentences : [{ start: 0, end: folded.length }];
  const within = (m: Span, s: Span) => m.start >= s.start && m.start < s.end;
  return terms.filter(
    (m) =>
      NEWS_KINDS.has(m.value) ||
      (m.value === 'system' && spans.some((s) => within(m, s) && bare.some((b) => within(b, s)))),
  );
}

/** The year of a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date. */
function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/**
 * Whether the dated weapon sentences (`armed`, sentence indexes) all date events `HISTORY_YEARS`
 * or more before the document's publication (or, without one, before the latest year it names).
 */
function isHistorical(doc: Doc, armed: ReadonlySet<number>): boolean {
  const years = doc.times.map((t) => yearOf(t.date)).filter((y) => Number.isFinite(y));
  const now = doc.published ? yearOf(doc.published.date) : Math.max(...years);
  if (!Number.isFinite(now)) return false;
  // A weapon sentence dated recently tells news; otherwise weapon sentences dated only in the
  // past, as many as the undated ones or more, make a history piece.
  const old = new Set<number>();
  for (const t of doc.times) {
    if (!armed.has(t.sentence)) continue;
    if (now - yearOf(t.date) < HISTORY_YEARS) return false;
    old.add(t.sentence);
  }
  return old.size > 0 && old.size >= armed.size - old.size;
}

/**
 * Measures `doc` with one language's lexicons. `folded` is the folded text
 * (`doc.text`), `foldedTitle` the folded headline.
 */
export function measureWeaponNews(
  doc: Doc,
  folded: string,
  foldedTitle: string,
  nuclear: PhraseSet<NuclearKind>,
  figurative: PhraseSet<true>,
  background: PhraseSet<string> = new PhraseSet<string>(),
  voice: ActorRef | null = null,
): WeaponNews {
  const terms = newsTerms(folded, nuclear, figurative, doc.sentences);
  const inTitle = foldedTitle.length > 0 && newsTerms(foldedTitle, nuclear, figurative, []).length > 0;
  // The sentences holding a weapon term: both lists are in text order.
  const armed = new Set<number>();
  let t = 0;
  doc.sentences.forEach((s: Span, i) => {
    while (t < terms.length && (terms[t] as Span).start < s.start) t++;
    if (t < terms.length && (terms[t] as Span).start < s.end) armed.add(i);
  });
  const advice = new Set<number>();
  for (const i of armed) {
    const s = doc.sentences[i] as Span;
    if (background.matchAll(folded, s.start, s.end).length > 0) advice.add(i);
  }
  const acting = new Set<number>();
  const actingPerson = new Set<number>();
  for (const m of doc.mentions) {
    if (!armed.has(m.sentence) || advice.has(m.sentence) || !ACTING_KINDS.has(m.actor.kind)) continue;
    acting.add(m.sentence);
    if (PERSON_VIA.has(m.via)) actingPerson.add(m.sentence);
  }
  let inLead = false;
  let actingInLead = false;
  for (let i = 0; i < LEAD_SENTENCES; i++) {
    if (armed.has(i)) inLead = true;
    if (acting.has(i)) actingInLead = true;
  }
  return {
    weaponSentences: armed.size,
    sentences: doc.sentences.length,
    inTitle,
    inLead,
    acting: acting.size,
    actingPerson: actingPerson.size,
    actingInLead,
    officialVoice: voice !== null && ACTING_KINDS.has(voice.kind),
    historical: isHistorical(doc, armed),
  };
}

/**
 * Weapon news, unless it is history: weapons fill the text; or the headline
 * and the lead both name them (a test launch told in the passive, with no
 * one named); or officials act on weapons and the story is about them (a
 * person or office holder is the one acting, or the act is in the lead, or
 * officials act in several sentences, or the headline names weapons, or the
 * document is an official's own post), not an institution named once further
 * down.
 */
export function isWeaponNews(n: WeaponNews): boolean {
  if (n.historical) return false;
  const dense = n.weaponSentences >= MIN_DENSE_SENTENCES && n.weaponSentences >= DENSE_SHARE * n.sentences;
  const headlineAndLead = n.inTitle && n.inLead;
  // An official's own post or article that names weapons is that official acting on them.
  const ownVoice = n.officialVoice && n.weaponSentences >= 1;
  const officialsAct = ownVoice || n.actingPerson >= 1 || n.actingInLead || n.acting >= MIN_ACTING_SENTENCES || (n.acting >= 1 && n.inTitle);
  return dense || headlineAndLead || officialsAct;
}
