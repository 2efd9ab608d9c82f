/**
 * The signals stage (SIGNALS.md §1–§4): for each sentence in nuclear-weapon
 * context, the signal types its cues report, the actor who acts, and the
 * act's target, date, severity, modality, sourcing, quotation and evidence;
 * then one signal per (actor, act).
 */
import type { ActorRef, Doc, Mention, MentionVia, Quote, Sentence, Signal, SignalType, Span, TimeExpression } from '../../document/index.ts';
import type { Stage } from '../../pipeline/stage.ts';
import { buildGrammar, type TimeGrammar } from '../dates/grammar.ts';
import {
  attribute,
  datelineEnd,
  inAsideClause,
  inParentheticalClause,
  inside,
  isCountered,
  isDeliberated,
  isGoverned,
  isModal,
  isNegated,
  NEGATION_WINDOW,
  isOpposed,
  isSupposed,
  CONDITION_REACH,
  listLink,
  openerEnd,
  opensAt,
  wordCount,
  type Attribution,
  type SentenceView,
} from './attribution.ts';
import { isHeading, sentenceContexts, type SentenceContext } from './context.ts';
import {
  adversaries,
  BASE_SEVERITY,
  blocOf,
  dateOf,
  EAST,
  escalatorsIn,
  narrativeYear,
  severityOf,
  sideOf,
  sourcingOf,
  strongerSourcing,
  targetOf,
  THREAT_CAPABLE,
  WEST_ALIGNED,
} from './fields.ts';
import { DEFAULT_DATA_DIR, fold, LEXICON_LANGS, PhraseSet, type LexiconLang, type PhraseMatch } from '../../lexicon/index.ts';
import { GAZETTEER_LANGS, loadGazetteer } from '../actors/gazetteer.ts';
import { channelAuthor } from '../actors/index.ts';
import { loadAllSignalLexicons, type Cue, type NuclearKind, type SignalLexicon } from './lexicons.ts';
import { mergeCandidates, type Candidate } from './merge.ts';
import { MIN_REPORTED_CONFIDENCE } from './confidence.ts';
import { withoutUnlikelyTypes } from './model/veto.ts';
import { DEFAULT_MODEL_PATH, loadModel } from './model/model.ts';

export interface SignalsOptions {
  /** Where the `<lang>/*.txt` lexicons live (default: the repository's `data/`). */
  readonly dataDir?: string;
  /** The learned model's file (default: `data/models/signals.json`); null: rules only. */
  readonly model?: string | null;
  /** Confidence under which a signal is not reported (default `MIN_REPORTED_CONFIDENCE`); 0: every rule signal. */
  readonly minConfidence?: number;
}

/** Confidence of a candidate before the evidence for it is weighed. */
export const BASE_CONFIDENCE = 0.5;
/** The sentence itself names nuclear weapons (not only a continued context). */
export const WEAPON_TERM_BONUS = 0.15;
/** The actor is a quoted speaker or named after a reporting verb: attribution is sure. */
export const SURE_ACTOR_BONUS = 0.1;
/** The cue is in the actor's own quoted words. */
export const QUOTED_CUE_BONUS = 0.1;
/** Context inherited from the sentence before: the act may be about something else. */
export const INHERITED_CONTEXT_PENALTY = 0.15;
export { MIN_REPORTED_CONFIDENCE } from './confidence.ts';

/**
 * A deployment offered for discussion ("prêt à ouvrir la discussion sur le déploiement d'avions
 * porteurs de l'arme nucléaire chez des alliés") states nuclear policy: a routine doctrine
 * statement (§4 level 1), not a posture change.
 */
export const DISCUSSED_STEP_SEVERITY = 1;
/** Breach cues at this severity or below name a violation (not a withdrawal), which a modal before them only supposes. */
export const SUPPOSED_BREACH_SEVERITY = 2;
/** An assessment at this severity judges the risk serious (§4 level 2), the content a warning verb may carry. */
export const SERIOUS_RISK_SEVERITY = 2;
/** Alliances whose members' nuclear weapons deter for them: a party to nuclear signalling, not a neutral body. */
const NUCLEAR_ALLIANCES: ReadonlySet<string> = new Set(['NATO']);
/** A frame at this severity or below denies what follows ("no sign", "do not believe"); above it, it says it may be so. */
export const LOW_RISK_FRAME_SEVERITY = 1;
/**
 * Nuclear terms that make a document about nuclear weapons for a veiled threat formula elsewhere in it:
 * weapons named or a treaty on them ("suspended its participation in the New START treaty"), not a
 * missile type alone (a missile-strike story is no nuclear story) nor the bare word "nuclear" (a
 * power-plant story).
 */
const VEILED_CONTEXT_KINDS: readonly NuclearKind[] = ['weapon', 'strategic', 'regime'];

/** Acts a speaker can report of someone else ("Blinken noted that Russia signed a statement…"). */
const REPORTABLE: ReadonlySet<SignalType> = new Set(['REASSURANCE', 'DOCTRINE', 'POSTURE', 'ARMS_CONTROL', 'USE', 'CONTACT']);
/** Acts a negation just before the cue denies ("did not take part in the talks"). */
const NEGATABLE: ReadonlySet<SignalType> = new Set(['CONTACT', 'PLANNING', 'POSTURE', 'ARMS_CONTROL', 'DOCTRINE', 'USE']);

/** A warning that names a counter-step (a mirror test, a military-technical answer): §4 level 3. */
export const COUNTER_STEP_SEVERITY = 3;
/** Nuclear-term kinds that name the weapons themselves (not a regime, a system or the bare adjective). */
const WEAPON_TERMS: ReadonlySet<string> = new Set(['weapon', 'strategic', 'radiological']);

/** Steps a speaker can say it opposes ("against deploying", "против выхода из договора"). */
const STEP_OPPOSABLE: ReadonlySet<SignalType> = new Set(['POSTURE', 'ARMS_CONTROL', 'USE']);

/** Steps taken, which a modal before the cue turns into a mere possibility ("could deploy"). */
const STEPS: ReadonlySet<SignalType> = new Set(['POSTURE', 'USE']);
/** A possible step ("could be stationed") sits this many levels under the step taken (§4). */
export const POSSIBLE_STEP_DISCOUNT = 1;

/**
 * Treaty cues at or under this level name compliance (abide by, adhere to, stay within limits), not a
 * treaty act that breaks or suspends; one level above, a treaty or moratorium merely named.
 */
export const COMPLIANCE_SEVERITY = 0;
/** Regime cues at or under this level offer or discuss arms control (talks, readiness), not a treaty act. */
export const OFFERED_REGIME_SEVERITY = 1;

/** Types that are acts of their own: an assessment cue next to one of them is part of that act. */
const ACT_TYPES: ReadonlySet<SignalType> = new Set(['THREAT', 'ACCUSATION', 'REASSURANCE', 'DOCTRINE', 'POSTURE', 'ARMS_CONTROL', 'PLANNING', 'USE']);

/**
 * Acts that absorb an assessment cue of the same actor in their sentence: the act types and a
 * warning ("met Naryshkin to warn of the risks of nuclear use" is a warning, not also a judgement).
 */
const ABSORBS_ASSESSMENT: ReadonlySet<SignalType> = new Set([...ACT_TYPES, 'WARNING', 'CONTACT']);

/** An adversary's policy an official can judge in a sentence of their own ("assesses that Putin would…"). */
const JUDGED_POLICY: readonly SignalType[] = ['DOCTRINE', 'THREAT'];

/** Steps taken, which a spokesperson only reports: the step is the state's or its leader's (§1). */
const REPORTED_STEPS: ReadonlySet<SignalType> = new Set(['DOCTRINE', 'POSTURE', 'ARMS_CONTROL', 'USE']);

/**
 * A spokesperson's title stands at most this many units before the person's
 * name ("Kremlin spokesman Dmitry Peskov", "пресс-секретарь президента Дмитрий Песков").
 */
export const SPOKESPERSON_TITLE_REACH = 40;

/** A pronoun subject's reporting verb follows it within this many words ("It also said", "They later added"). */
export const PRONOUN_VERB_GAP_WORDS = 1;

/** At most this many units between a state-media phrase and the reporting word it qualifies ("state media reported"). */
export const OFFICIAL_MEDIA_GAP = 12;
/** A speech noun ends at most this many units before the officials it names ("statements by Western officials"). */
export const SPEAKER_NOUN_GAP = 14;

function speakerNounBefore(lex: SignalLexicon, folded: string, cue: Span): boolean {
  const from = Math.max(0, cue.start - SPEAKER_NOUN_GAP - 40);
  return lex.speakerNouns.matchAll(folded, from, cue.start).some((n) => cue.start - n.end <= SPEAKER_NOUN_GAP && !/[,.;:]/.test(folded.slice(n.end, cue.start)));
}

/** State names used when no mention in the document marks a name as a state. */
const COMMON_STATES = new Set([
  'russia',
  'united states',
  'ukraine',
  'united kingdom',
  'france',
  'china',
  'belarus',
  'north korea',
  'germany',
  'poland',
  'iran',
  'india',
  'pakistan',
  'israel',
]);

/**
 * A state adjective opening a sentence's subject ("Russian forces began drills", "Les forces russes
 * ont commencé") names the state acting when no actor is named: it stands at most this many words
 * after the sentence's start.
 */
export const STATE_ADJECTIVE_SUBJECT_WORDS = 3;

/**
 * The gazetteer's state adjectives per language, as written (languages whose adjectives the actors
 * stage declines — Russian, Ukrainian — are left out: their written form is only the nominative).
 */
function stateAdjectives(dataDir: string): Map<string, PhraseSet<StateAdjective>> {
  const out = new Map<string, PhraseSet<StateAdjective>>();
  const gazetteer = loadGazetteer(dataDir);
  for (const lang of GAZETTEER_LANGS.filter((l) => l !== 'ru' && l !== 'uk')) {
    const set = new PhraseSet<StateAdjective>();
    for (const state of gazetteer.states) {
      for (const adjective of state.adjectives[lang] ?? []) set.add(adjective, { actor: state.actor, capitals: /^[\p{Lu}.]+$/u.test(adjective) });
    }
    out.set(lang, set);
  }
  return out;
}

interface StateAdjective {
  readonly actor: ActorRef;
  /** Written in capitals ("US"): only a capitalised occurrence is the adjective (not the pronoun "us"). */
  readonly capitals: boolean;
}

export function createSignals(options: SignalsOptions = {}): Stage {
  const dataDir = options.dataDir ?? DEFAULT_DATA_DIR;
  const lexicons = loadAllSignalLexicons(dataDir);
  const adjectives = stateAdjectives(dataDir);
  const states = gazetteerStates(dataDir);
  const grammars = new Map<LexiconLang, TimeGrammar>(LEXICON_LANGS.map((l) => [l, buildGrammar(dataDir, l)]));
  const model = options.model === null ? null : loadModel(options.model ?? DEFAULT_MODEL_PATH);
  const minConfidence = options.minConfidence ?? MIN_REPORTED_CONFIDENCE;
  return (doc: Doc): Doc => {
    if (doc.text.trim() === '') return { ...doc, signals: [] };
    const folded = fold(doc.text);
    const lang = pickLanguage(doc.lang, folded, lexicons);
    const lex = lexicons.get(lang) as SignalLexicon;
    const grammar = grammars.get(lang) as TimeGrammar;
    const signals = findSignals(doc, folded, lex, grammar, adjectives.get(lang) ?? null, states, dataDir).filter((s) => s.confidence >= minConfidence);
    // The learned model (model/) vetoes a rule signal whose type it finds most unlikely in its evidence.
    return { ...doc, signals: model ? withoutUnlikelyTypes(signals, model) : signals };
  };
}

/** The document's language, or for an unknown one the lexicon that finds the most nuclear words. */
function pickLanguage(lang: string | null, folded: string, lexicons: ReadonlyMap<LexiconLang, SignalLexicon>): LexiconLang {
  const own = LEXICON_LANGS.find((l) => l === lang);
  if (own) return own;
  let best: LexiconLang = 'en';
  let bestCount = -1;
  for (const [l, lex] of lexicons) {
    const count = lex.nuclear.matchAll(folded).length + lex.cues.matchAll(folded).length;
    if (count > bestCount) [best, bestCount] = [l, count];
  }
  return best;
}

/** Paragraph sentences when the document has no segmentation yet. */
function sentencesOf(doc: Doc): readonly Sentence[] {
  if (doc.sentences.length > 0) return doc.sentences;
  const out: Sentence[] = [];
  let offset = 0;
  doc.text.split('\n\n').forEach((para, paragraph) => {
    out.push({ start: offset, end: offset + para.length, text: para, paragraph });
    offset += para.length + 2;
  });
  return out;
}

interface Party {
  readonly code: string;
  readonly span: Span;
}

/** The gazetteer's states by code (upper case): the one list of their usual names. */
function gazetteerStates(dataDir: string): ReadonlyMap<string, ActorRef> {
  return new Map(loadGazetteer(dataDir).states.map((s) => [s.code.toUpperCase(), s.actor]));
}

/** The state a country code speaks for: as the document names it, else its usual name (the gazetteer's). */
function stateFinder(doc: Doc, states: ReadonlyMap<string, ActorRef>): (country: string) => ActorRef | null {
  return (country) => {
    const named = doc.mentions.find((m) => m.via === 'state' && m.actor.country?.toUpperCase() === country.toUpperCase());
    return named ? named.actor : (states.get(country.toUpperCase()) ?? null);
  };
}

/**
 * "A State Department spokesperson said…": a role after an indefinite article
 * is an unnamed official, who speaks for the state (§1), even when the actor
 * list resolved the role to whoever holds it. Returns the document with those
 * mentions, and the quotations they alone speak in their sentence, given to
 * the state, plus the set of what was so re-attributed.
 */
function withUnnamedOfficials(doc: Doc, folded: string, lex: SignalLexicon, states: ReadonlyMap<string, ActorRef>): { doc: Doc; unnamed: Set<Mention | Quote> } {
  const unnamed = new Set<Mention | Quote>();
  const stateOf = stateFinder(doc, states);
  const remapped = new Map<Mention, Mention>();
  for (const m of doc.mentions) {
    if (m.via !== 'role' || m.actor.kind !== 'official' || m.actor.country === null) continue;
    const article = lex.indefinites.matchAll(folded, Math.max(0, m.start - 4), m.start).find((a) => /^\s+$/.test(folded.slice(a.end, m.start)));
    if (!article || (article.start > 0 && /[\p{L}\p{N}]/u.test(folded[article.start - 1] as string))) continue;
    const state = stateOf(m.actor.country);
    if (!state) continue;
    const next: Mention = { ...m, actor: state };
    remapped.set(m, next);
    unnamed.add(next);
  }
  if (remapped.size === 0) return { doc, unnamed };
  const mentions = doc.mentions.map((m) => remapped.get(m) ?? m);
  const quotes = doc.quotes.map((q) => {
    if (!q.speaker) return q;
    const role = [...remapped.entries()].find(([old]) => old.sentence === q.sentence && old.actor.name === q.speaker?.name);
    // The person is named in the sentence after all: the quotation stays theirs.
    const named = doc.mentions.some((m) => m.sentence === q.sentence && m.actor.name === q.speaker?.name && !remapped.has(m));
    if (!role || named) return q;
    const next: Quote = { ...q, speaker: role[1].actor };
    unnamed.add(next);
    return next;
  });
  return { doc: { ...doc, mentions, quotes }, unnamed };
}

/** People the document introduces with a spokesperson's title. */
function spokespeopleOf(doc: Doc, folded: string, lex: SignalLexicon): Set<string> {
  const out = new Set<string>();
  for (const m of doc.mentions) {
    if (m.via === 'state' || m.via === 'organisation' || m.actor.kind !== 'official') continue;
    const from = Math.max(0, m.start - SPOKESPERSON_TITLE_REACH);
    // The title names the first person after it ("spokesman Dmitry Peskov told reporters Putin…"
    // makes Peskov, not Putin, a spokesperson).
    const title = lex.spokespeople
      .matchAll(folded, from, m.end)
      .find((t) => !/[.!?\n]/.test(folded.slice(t.end, m.start)) && !doc.mentions.some((o) => o.start >= t.end && o.end <= m.start && o.actor.name !== m.actor.name));
    if (title) out.add(m.actor.name);
  }
  return out;
}

function findSignals(
  original: Doc,
  folded: string,
  lex: SignalLexicon,
  grammar: TimeGrammar,
  adjectives: PhraseSet<StateAdjective> | null,
  states: ReadonlyMap<string, ActorRef>,
  dataDir: string,
): Signal[] {
  const { doc, unnamed } = withUnnamedOfficials(original, folded, lex, states);
  // Whose own post this is (the channel author, a forward line, a header, a signature handle):
  // the actors stage's one answer, which the quotes stage uses too.
  const author = channelAuthor(doc, dataDir);
  const spokespeople = spokespeopleOf(doc, folded, lex);
  const sentences = sentencesOf(doc);
  const views: SentenceView[] = sentences.map((s, index) => ({
    index,
    start: s.start,
    end: s.end,
    mentions: doc.mentions.filter((m) => m.start >= s.start && m.end <= s.end).sort((a, b) => a.start - b.start),
    quotes: doc.quotes.filter((q) => q.start < s.end && q.end > s.start),
  }));
  // A headline naming nuclear weapons puts the post's opening sentence in their context (a channel
  // post whose body opens with the quotation its headline sums up).
  const titleFolded = doc.title ? fold(doc.title) : '';
  const nuclearTitle = lex.nuclear.matchAll(titleFolded).some((m) => m.value === 'weapon' || m.value === 'strategic' || m.value === 'radiological' || m.value === 'regime');
  // A nuclear-armed state's official speaking in their own voice (their channel, their statement):
  // a veiled threat formula there needs no nuclear word ("мало не покажется", "ответ будет
  // молниеносным"), so its sentence is taken as in nuclear context.
  const ownVoice = author !== null && author.kind === 'official' && THREAT_CAPABLE.has((author.country ?? '').toUpperCase()) && !COMMON_STATES.has(normName(author.name));
  const direct = sentenceContexts(
    folded,
    sentences.map((s, i) => ({ start: s.start, end: s.end, paragraph: s.paragraph, quoted: (views[i] as SentenceView).quotes.length > 0 })),
    lex,
    nuclearTitle,
  );
  // So is the formula in a document about nuclear weapons, in a sentence naming an actor of a
  // nuclear-armed state ("Putin warned that anyone who interfered would face consequences never
  // seen in history", the nuclear word two paragraphs on); whose threat it is is settled below.
  const weaponDocument = nuclearTitle || direct.some((c) => c.context === 'direct' && VEILED_CONTEXT_KINDS.some((k) => c.kinds.has(k)));
  const contexts = direct.map((c, i) => {
    const s = sentences[i] as Sentence;
    const nuclearArmed = (views[i] as SentenceView).mentions.some((m) => THREAT_CAPABLE.has((m.actor.country ?? '').toUpperCase()));
    return c.context === 'none' && (ownVoice || (weaponDocument && nuclearArmed)) && lex.cues.matchAll(folded, s.start, s.end).some((m) => m.value.veiled)
      ? { ...c, context: 'inherited' as const }
      : c;
  });
  // Cheap gate (STYLE.md §12): most news never comes near nuclear weapons. A sentence out of
  // nuclear context is skipped below before any cue is read, so with none in context there is
  // no candidate, and the document-wide work that only serves candidates is not done.
  if (!contexts.some((c) => c.context === 'direct' || c.context === 'inherited')) return [];
  const stateNames = new Set([...COMMON_STATES, ...doc.mentions.filter((m) => m.via === 'state').map((m) => normName(m.actor.name))]);
  const actTimes = doc.times.filter((t) => t.governedBy === undefined);
  const narrative = narrativeYear(actTimes, doc.published);
  const unnamedSources = anonymousSourceCountries(doc, folded, lex);
  const candidates: Candidate[] = [];
  const namedAfter = speakersNamedAfter(doc, folded, sentences, views, lex);
  // The actor of the sentence before, for a continuation that names nobody ("This is not a bluff.",
  // "The leaders confirmed that…"): its act's actor, else its first free mention.
  let previousActor: { index: number; paragraph: number; att: Attribution } | null = null;
  const stateOfCountry = stateFinder(doc, states);
  // A step reported in a sentence that names nobody and quotes no one ("Strategic bombers flew over
  // the Barents Sea.") is taken by the state's forces, not by the person the sentence before named.
  const continued = (att: Attribution, type: SignalType, view: SentenceView): Attribution => {
    const person = att.via !== 'state' && att.via !== 'organisation' && att.actor.kind === 'official' && att.actor.country !== null;
    const state = person && REPORTED_STEPS.has(type) && view.quotes.length === 0 ? stateOfCountry(att.actor.country) : null;
    return state ? { actor: state, via: 'state', mention: null, quote: null } : { ...att, quote: null };
  };

  // Transcripts ("Vladimir Putin: Good afternoon, colleagues." and the paragraphs after it): the
  // speaker a turn's label names speaks every sentence of the turn.
  const turns = transcriptTurns(doc.text, sentences, views);

  // The last sentence in weapon context of its own that names talks or a treaty act ("Russia has
  // postponed a meeting of the commission that oversees New START"): the talks a next sentence
  // offers to reschedule or resume are those.
  let talksSentence = -1;
  sentences.forEach((sentence, i) => {
    const ctx = contexts[i] as SentenceContext;
    const view = views[i] as SentenceView;
    const prior = previousActor;
    // Remember who this sentence is about, for a next sentence that names nobody.
    const subject = view.mentions.find((m) => m.actor.kind !== 'media' && m.via !== 'pronoun');
    previousActor = subject ? { index: i, paragraph: sentence.paragraph, att: { actor: subject.actor, via: subject.via, mention: null, quote: null } } : null;
    if (ctx.context !== 'direct' && ctx.context !== 'inherited') return;
    // "🔹 О заявлениях Вашингтона о возобновлении ядерных испытаний": a digest's topic line labels
    // what follows; the act is in the paragraph under it.
    if (isHeading(folded, sentence) && lex.topics.matchAll(folded, sentence.start, sentence.end).some((t) => wordCount(doc.text.slice(sentence.start, t.start)) === 0)) return;
    // Cues in a leading subordinate clause ("Alors que le risque…,") are the reporter's background.
    const opener = openerEnd(folded, sentence, lex);
    // "When Russia's foreign ministry announced on Monday that Moscow no longer considered itself
    // bound…, it removed…": a leading clause in which someone announces something reports that act;
    // its cues count, and the clause's subject is their actor.
    const reporter = reportingOpener(doc.text, folded, sentence, opener, view, lex);
    const nuclearSpans = lex.nuclear.matchAll(folded, sentence.start, sentence.end).filter((m) => m.value !== 'anaphor');
    const fixedTerms = lex.notCues.matchAll(folded, sentence.start, sentence.end);
    const matched = lex.cues.matchAll(folded, reporter ? sentence.start : opener, sentence.end).filter((c) => !fixedTerms.some((t) => inside(c, t)));
    const continuesTalks = talksSentence === i - 1;
    if (ctx.context === 'direct' && matched.some((c) => c.value.type === 'CONTACT' || c.value.type === 'ARMS_CONTROL')) talksSentence = i;
    const modalSteps = new Set<PhraseMatch<Cue>>();
    // A cue's quotation within the sentence: a relative clause ending the quoted words («…конфронтации,
    // которая может перерасти в ядерную войну», — заявил Путин) is closed by the quotation's end, not
    // by the comma that parts the quotation from its speaker.
    const quotationOf = (c: Span): Span | undefined => {
      const q = view.quotes.find((x) => inside(c, x));
      return q && { start: Math.max(q.start, sentence.start), end: Math.min(q.end, sentence.end) };
    };
    const cues = withoutRefusedThreats(withoutGovernedActs(withoutFramedActs(usableCues(withoutOwnSideHedges(matched, view.mentions, doc.text), ctx))), folded, sentence, lex)
      .map((c) => (c.value.type === 'POSTURE' && isDeliberated(folded, c, lex) ? { ...c, value: { ...c.value, type: 'DOCTRINE' as const, severity: DISCUSSED_STEP_SEVERITY } } : c))
      // "Has not ruled out", "n'a pas exclu le recours": a refusal negated is the veiled threat — when
      // its sentence names the nuclear option itself ("could not be ruled out", said of sending ground
      // troops in a sentence that merely follows a nuclear one, threatens no nuclear use).
      .map((c) =>
        c.value.refuses && isNegated(folded, c, lex) ? (ctx.context === 'direct' ? { ...c, value: { type: 'THREAT' as const, origin: c.value.origin } } : null) : c,
      )
      .filter((c): c is PhraseMatch<Cue> => c !== null)
      // "Россия не нарушала мораторий", "n'a pas déployé": a breach denied is compliance.
      .map((c) =>
        c.value.breach && breachNegated(folded, c, matched, lex) ? { ...c, value: { type: 'REASSURANCE' as const, severity: 0, denied: true as const, origin: c.value.origin } } : c,
      )
      // "Russia had always been against deploying nuclear weapons in space", "выступает против
      // размещения": a step opposed is a norm restated, a reassurance (unless the adversary's: below).
      .map((c) =>
        STEP_OPPOSABLE.has(c.value.type) && isOpposed(folded, c, lex)
          ? { ...c, value: { type: 'REASSURANCE' as const, severity: 0, opposed: true as const, origin: c.value.origin } }
          : c,
      )
      .map((c) => {
        // "Could deploy", "pourrait reprendre les essais": a possible step is still said, one level
        // under the step itself; whose and what kind of act it is is settled once the actor is known.
        if (!STEPS.has(c.value.type) || !isModal(folded, c, lex)) return c;
        const possible = { ...c, value: { ...c.value, severity: Math.max(0, (c.value.severity ?? BASE_SEVERITY[c.value.type]) - POSSIBLE_STEP_DISCOUNT) } };
        modalSteps.add(possible);
        return possible;
      })
      .filter(
        (c) =>
          // "Any such deployment would be a violation of the treaty": a breach supposed is a judgement
          // of what a step would be, not a treaty act (withdrawals, at higher levels, stay possible steps).
          !(c.value.type === 'ARMS_CONTROL' && c.value.breach && (c.value.severity ?? BASE_SEVERITY.ARMS_CONTROL) <= SUPPOSED_BREACH_SEVERITY && isModal(folded, c, lex)) &&
          !(NEGATABLE.has(c.value.type) && isNegated(folded, c, lex)) &&
          !negatedInGap(folded, c, lex) &&
          // "если Вашингтон нарушит мораторий": a step or treaty act inside a condition is supposed.
          !((STEPS.has(c.value.type) || c.value.type === 'ARMS_CONTROL' || c.value.breach) && isSupposed(folded, sentence, c, lex)) &&
          // "…ответит, если Россия применит ядерное оружие": an act inside a condition that names its own
          // subject, beside the answer's words outside it, is what the condition supposes of that
          // subject, not an act it performs ("If necessary Russia will use…" has no answer apart: kept).
          !(
            ACT_TYPES.has(c.value.type) &&
            supposedOfParty(folded, sentence, c, lex, view.mentions) &&
            matched.some((o) => o !== c && !isSupposed(folded, sentence, o, lex))
          ) &&
          !(c.value.type === 'THREAT' && c.value.side === 'east' && isCountered(folded, c, lex)) &&
          !inParentheticalClause(doc.text, folded, quotationOf(c) ?? sentence, c, lex),
      )
      .filter((c) => !askedAbout(folded, sentence, c, lex));
    if (cues.length === 0) return;
    // The reporter's own question ("how should democracies respond…?") reports no act.
    if (/\?\s*$/.test(doc.text.slice(sentence.start, sentence.end)) && !view.quotes.some((q) => q.end >= sentence.end - 2)) return;
    // The reporter's background, not a speaker's quoted words ("« au plus haut depuis des décennies »").
    // A background phrase inside a cue is part of the act's words ("higher than it had been for decades").
    const background = lex.background
      .matchAll(folded, sentence.start, sentence.end)
      .some((b) => b.value !== 'question' && !view.quotes.some((q) => inside(b, q)) && !cues.some((c) => inside(b, c)));
    const recommends = lex.background.matchAll(folded, sentence.start, sentence.end).some((b) => b.value === 'recommendation');
    const parties: Party[] = [
      ...view.mentions.filter((m) => m.actor.country !== null).map((m) => ({ code: (m.actor.country as string).toUpperCase(), span: m })),
      ...lex.targets.matchAll(folded, sentence.start, sentence.end).map((m) => ({ code: m.value, span: { start: m.start, end: m.end } })),
    ].sort((a, b) => a.span.start - b.span.start);

    // "The two leaders affirmed…": a sentence naming nobody points back to the two people last named.
    // The pair phrase is the subject when no one is named before it but in a leading clause ("According
    // to a White House readout, the two leaders…"); places and objects named after it ("…nuclear weapons
    // in Ukraine") are no subject.
    const pairPhrase = lex.pairs.matchAll(folded, opener, sentence.end)[0];
    const subjectBefore = (p: Span): boolean => view.mentions.some((m) => m.start >= opener && m.start < p.start && !doc.text.slice(m.end, p.start).includes(','));
    const pair = pairPhrase && !subjectBefore(pairPhrase) ? lastTwoPeople(doc, sentence.start) : null;
    // "Both sides reiterated that any nuclear attack by the DPRK…": with no subject of its own, a
    // sentence opening on a pair of parties points back to the two states last named.
    const statePair = lex.statePairs.matchAll(folded, sentence.start, sentence.end)[0];
    const states = statePair && wordCount(doc.text.slice(sentence.start, statePair.start)) <= STATE_PAIR_LEAD_WORDS ? lastTwoStates(doc, folded, lex, sentence.start) : null;
    // A sentence opening on a pronoun subject and a reporting verb ("It said…", "They added that…").
    const pronoun = lex.subjectPronouns.matchAll(folded, sentence.start, sentence.end)[0];
    const pronounReport =
      pronoun !== undefined &&
      wordCount(doc.text.slice(sentence.start, pronoun.start)) === 0 &&
      lex.reporting.matchAll(folded, pronoun.end, sentence.end).some((r) => wordCount(doc.text.slice(pronoun.end, r.start)) <= PRONOUN_VERB_GAP_WORDS);
    // "…, a week after President Vladimir Putin announced plans to deploy…": a clause of background
    // inside the sentence reports an earlier act; its people are not the main act's actor, and an act
    // whose lead cue stands in it is that earlier act, its subject's.
    const sequels = sequelClauses(doc.text, folded, sentence, opener, view, lex);
    const sentenceView = view;
    // The statements of the sentence: the main clause (found among the people outside clauses of
    // background), then each clause of background (its subject's act, found among the clause's people).
    // Each is an act of its own, even of one type: "Lukashenko warned that Belarus would use nuclear
    // weapons…, a week after Putin threatened to…" is Lukashenko's threat and Putin's.
    const statements: { span: Span; view: SentenceView; acts: SentenceActs }[] = [
      { span: sentence, view: sequels.length === 0 ? view : { ...view, mentions: view.mentions.filter((m) => !sequels.some((k) => inside(m, k))) }, acts: new Map() },
      ...sequels.map((k) => ({
        span: k,
        view: { ...sentenceView, mentions: sentenceView.mentions.filter((m) => inside(m, k)), quotes: sentenceView.quotes.filter((q) => inside(q, k)) },
        acts: new Map(),
      })),
    ];
    // A cue's statement: the clause of background it stands in, with the quotation it is in if any ("…
    // after Putin ordered the forces onto a "special regime of combat duty""); a quotation reaching out
    // of the clause is the main clause's.
    const statementOf = (c: PhraseMatch<Cue>): number => {
      const quote = sentenceView.quotes.find((q) => q.speaker && inside(c, q));
      return sequels.findIndex((k) => inside(c, k) && (!quote || inside(quote, k))) + 1;
    };
    // The nuclear terms of the main clause: a main-clause cue that needs a term named only in a clause
    // of background, beside a cue of its type there, tells that clause's act ("Poutine a lancé son
    // avertissement… après que la Russie a frappé… avec son missile Oreshnik": the launch is the strike).
    const mainKinds = new Set(lex.nuclear.matchAll(folded, sentence.start, sentence.end).filter((n) => !sequels.some((k) => inside(n, k))).map((n) => n.value));
    if (mainKinds.has('strategic')) mainKinds.add('system');
    const groups = new Map<string, { type: SignalType; statement: number; cues: PhraseMatch<Cue>[] }>();
    for (const cue of cues) {
      let statement = statementOf(cue);
      if (statement === 0 && !needsMet(cue.value, mainKinds)) {
        const other = cues.find((c) => c.value.type === cue.value.type && statementOf(c) > 0);
        if (other) statement = statementOf(other);
      }
      const key = `${statement} ${cue.value.type}`;
      const group = groups.get(key);
      if (group) group.cues.push(cue);
      else groups.set(key, { type: cue.value.type, statement, cues: [cue] });
    }
    for (const { type, statement, cues: typeCues } of groups.values()) {
      const quoted = typeCues.filter((c) => sentenceView.quotes.some((q) => q.speaker && inside(c, q)));
      if (background && quoted.length === 0) continue;
      // The cue that carries the act: one in the speaker's quoted words, else the one nearest a
      // nuclear term ("a lancé son avertissement… après que la Russie a frappé… avec l'Oreshnik").
      const lead = (quoted[0] ?? nearestToNuclear(typeCues, nuclearSpans)) as PhraseMatch<Cue>;
      const { span, view, acts } = statements[statement] as { span: Span; view: SentenceView; acts: SentenceActs };
      // A possible step is said, not taken: it is the speaker's, whoever would take it.
      const possible = STEPS.has(type) && typeCues.every((c) => modalSteps.has(c));
      // "Russian nuclear-capable bombers flew over the Baltic, prompting NATO to…": with no one named
      // before the cue, a state adjective opening the subject names the actor.
      const adjectival =
        // (a person named after the cue may be its inverted speaker: "…, Lukashenko said").
        view.mentions.every((m) => m.start > lead.start && (m.via === 'state' || m.via === 'organisation')) && !view.quotes.some((q) => inside(lead, q))
          ? adjectiveSubject(doc.text, folded, sentence, opener, adjectives)
          : null;
      let att: Attribution | null =
        adjectival ??
        attribute(doc, folded, view, lead, lex, {
          reportedAct: REPORTABLE.has(type) && !possible,
          // A doctrine stated as its condition of use ("only in response to…") is what the speaker
          // says the doctrine is, not a step the speaker reports: it stays the speaker's.
          step: REPORTED_STEPS.has(type) && !possible && !statedPolicy(type, typeCues),
          adversaries,
          spokesperson: (name) => spokespeople.has(name),
        });
      // "Putin's nuclear saber-rattling is dangerous and irresponsible." in a speech: the owner of what a
      // condemnation judges is its object, not who condemns; with no verb of speech in the sentence the
      // condemnation is the voice's the text goes on in (the document's, the sentence before's).
      // So is a threat word the owner's ("Putin's nuclear threats are irresponsible", « les menaces de
      // Poutine sont irresponsables », «угрозы Путина безответственны»): the condemned threat, not one
      // made in this sentence.
      const owner = att?.mention ?? null;
      const judgedOwner =
        owner !== null &&
        cues.some((c) => c.value.condemns) &&
        // (the condemnation after its owner's noun; the threat word itself the owner's)
        ((type === 'WARNING' && owner.end <= lead.start && cues.some((c) => owns(doc.text, folded, owner, c, lex, 'genitive'))) ||
          (type === 'THREAT' && typeCues.some((c) => owns(doc.text, folded, owner, c, lex, 'genitive')))) &&
        view.quotes.length === 0 &&
        !lex.reporting.test(folded, sentence.start, sentence.end);
      if (judgedOwner && type === 'THREAT') continue;
      if (judgedOwner) att = null;
      // "The report also estimates that … India has overtaken Pakistan": a state named in the clause the
      // judgement's words govern is what is judged, not the judge (one named after them without a "that"
      // may be their inverted source: « …, estiment les services de renseignement sud-coréens »).
      if (type === 'ASSESSMENT' && att?.via === 'state' && att.mention !== null && att.mention.start >= lead.end && lex.complementizers.test(folded, lead.end, att.mention.start)) att = null;
      // "Россия оставляет за собой право… Об этом заявил Сергей Шойгу.": the speaker the next
      // sentence names states what this one says, unless this one names its own person.
      // "According to a White House readout, the two leaders reiterated…": the source named in the
      // leading clause reports the pair's act.
      if (reporter && lead.end <= opener) att = reporter;
      if (pair && pairPhrase && att !== null && att.mention !== null && att.mention.start < pairPhrase.start) att = null;
      // The readout's quotation, given to its source, is still the pair's words: the source only reports them.
      if (pair && att !== null && att.via === 'quote' && !pair.some((p) => p.actor.name === att?.actor.name)) att = null;
      const later = namedAfter[i] ?? null;
      if (later && (att === null || att.via === 'state' || att.via === 'organisation') && speaksFor(later, att, type, possible, spokespeople)) att = later;
      // "Russia could use its arsenal only in exceptional cases, Putin told the forum": the person the
      // closing attribution names speaks for the state the sentence made its actor.
      const closing = trailingSpeaker(doc.text, folded, sentence, view, lex);
      if (
        closing &&
        att !== null &&
        (att.via === 'state' || att.via === 'organisation') &&
        att.actor.country === closing.actor.country &&
        // A step taken stays the state's ("North Korea launched its largest ICBM, Kim said" is the
        // state's launch); what the speaker says the state would do, or its doctrine, is the speaker's.
        (!REPORTED_STEPS.has(type) || possible || statedPolicy(type, typeCues))
      ) {
        att = closing;
      }
      att =
        att ??
        (pair ? { actor: pair[0].actor, via: pair[0].via, mention: null, quote: null } : null) ??
        (states ? { actor: states[0].actor, via: states[0].via, mention: null, quote: null } : null) ??
        (view.mentions.length === 0 && prior && prior.index === i - 1 && prior.paragraph === sentence.paragraph ? continued(prior.att, type, view) : null) ??
        // In an official's own post, what no one else in the sentence says ("we", "I", a sentence
        // with no speaker) is the official speaking.
        (author ? { actor: author, via: 'pronoun' as const, mention: null, quote: null } : null);
      // "It said any nuclear attack by the North would be met with…": a pronoun subject reporting a
      // statement goes on from the actor of the sentence before, whoever the statement names.
      // A step keeps the agent the sentence names for it ("It says China is expanding its arsenal").
      const stepAgent = REPORTED_STEPS.has(type) && att !== null && att.mention !== null;
      if (pronounReport && prior && prior.index === i - 1 && prior.paragraph === sentence.paragraph && (att === null || att.via !== 'quote') && !stepAgent) {
        att = continued(prior.att, type, view);
      }
      // "Russia is ready to respond…" in Putin's turn of a transcript: his state speaking is he speaking.
      const turn = turns[i] ?? null;
      // "A so-called dirty bomb, Ukraine can make that" in his turn: the adversary a speaker's sentence is
      // about is what he speaks of, not who speaks (a step the adversary took stays the adversary's).
      // Named after the act's words, it is their object, not a speaker the turn quotes ("В Госдепартаменте
      // США назвали…" opens with its speaker).
      const spokenOf = (a: Attribution): boolean =>
        a.via === 'state' && a.mention !== null && a.mention.start >= lead.start && !REPORTED_STEPS.has(type) && adversaries(a.actor.country, turn?.actor.country ?? null);
      if (turn && (att === null || (att.via === 'state' && att.actor.country === turn.actor.country) || spokenOf(att))) att = turn;
      // "Украинская сторона утверждает, что по Киеву был применён «Циркон»", "a Zircon missile was fired
      // at Kyiv, Ukraine's air force said": a step told with no agent is the state's that fields the
      // system named, not the reporter's, even its own official's («…был проведён, сообщил Шойгу»).
      // (A passive inside a relative clause is the main clause's step told again: "Putin presided over an
      // exercise in which a Yars was fired" is Putin's.)
      const agentless = STEPS.has(type) && !possible && typeCues.some((c) => c.value.agentless && !lex.relatives.test(folded, span.start, c.start));
      const fielder = agentless ? fieldingState(lex, folded, span, stateOfCountry) : null;
      if (fielder && !(att?.via === 'state' && att.actor.country?.toUpperCase() === fielder.country)) att = { actor: fielder, via: 'state', mention: null, quote: null };
      // "…росія вперше застосувала «Циркон»": a step whose agent the actors stage did not take for a
      // mention (Ukrainian writes «росія», «рф» lower case on purpose) is still the state its party word
      // names, just before the verb (a mention the attribution passed over stays passed over).
      const agent = att === null && STEPS.has(type) && !possible ? partyBefore(parties, lead.start, null, folded, lex) : null;
      const bareAgent = agent && !view.mentions.some((m) => m === agent.span) && wordCount(doc.text.slice(agent.span.end, lead.start)) <= UNNAMED_AGENT_GAP_WORDS;
      const agentState = agent && bareAgent ? stateOfCountry(agent.code) : null;
      if (agentState) att = { actor: agentState, via: 'state', mention: null, quote: null };
      if (!att) continue;
      // "Как ответит на это Россия, догадаться несложно" in Medvedev's own post: the official speaks
      // for his state; a step the state took stays the state's.
      if (author && att.via === 'state' && att.actor.country === author.country && !REPORTED_STEPS.has(type)) {
        att = { actor: author, via: 'pronoun', mention: null, quote: att.quote };
      }
      const side = sideOf(att.actor.country);
      const expert = att.actor.kind === 'expert' || att.actor.kind === 'media';
      const ownCountry = att.actor.country;
      const actorAtt: Attribution = att;
      const kept = typeCues.filter(
        (c) =>
          (!c.value.side || c.value.side === side) &&
          // «режим, который угрожает применить ядерное оружие» in a Western speaker's sentence: the use is
          // the object of a threat verb that is not the speaker's (a threat of the other side's, described),
          // so it is no threat of the speaker's either.
          !typeCues.some((o) => o.value.side !== undefined && o.value.side !== side && o.end <= c.start && wordCount(doc.text.slice(o.end, c.start)) === 0 && !typeCues.some((m) => m.start === o.start && m.value.side === side)) &&
          (!c.value.experts || expert) &&
          // "Putin said Kyiv intended to build nuclear weapons": a cue said of the adversary needs the
          // adversary as its agent, the party named last before it.
          // Negated ("urged all states not to develop nuclear weapons"), it claims nothing of anyone.
          (!c.value.adversary || (adversaryAgent(parties, c, actorAtt, ownCountry, folded, lex) && !isNegated(folded, c, lex))) &&
          // "Either Ukraine will have nuclear weapons…" in Zelensky's mouth: a cue of one's own side needs
          // no other state as its agent, and holds only unnegated.
          (!c.value.own || (ownAgent(parties, c, actorAtt, ownCountry, folded, lex) && !isNegated(folded, c, lex))) &&
          // "Monitoring Russia's nuclear exercises": a step the adversary owns is the object, not the
          // actor's; opposing it ("против размещения ракет США") reassures no one.
          !((REPORTED_STEPS.has(type) || c.value.opposed) && ownedByAdversary(doc.text, folded, parties, c, ownCountry, lex)) &&
          // "Called for more nuclear weapons to counter the threats of the United States", « face aux
          // menaces des États-Unis », «в ответ на угрозы США»: the threat word owned by the adversary
          // names the threat the speaker answers, not one the speaker makes. (A party right before the
          // word may be its subject, "said Kyiv threatened the world": the accusation settled below.)
          !(c.value.type === 'THREAT' && c.value.side === 'east' && ownedByAdversary(doc.text, folded, parties, c, ownCountry, lex, 'none')),
      );
      if (kept.length === 0) continue;
      // "Повітряні сили ЗСУ повідомили про пуск міжконтинентальної балістичної ракети": a launch, test or
      // strike of a nuclear-capable system is a nuclear-armed state's (or one hosting such weapons); a
      // state without them named for it reports someone else's launch, or fires a conventional missile.
      const launcher = att.actor.country?.toUpperCase() ?? '';
      if (STEPS.has(type) && att.actor.kind === 'official' && launcher !== '' && !THREAT_CAPABLE.has(launcher) && kept.every((c) => c.value.needs === 'system')) continue;
      let finalType: SignalType = type;
      let typeKept = kept;
      // "Tehran has not announced a withdrawal from the NPT, the Russian diplomat said": a breach denied of
      // another state, named as the clause's agent, is the speaker's judgement of that state's conduct
      // (§2 ASSESSMENT, no indicators: §4 level 1); a reassurance denies one's own side's intent.
      const deniedOf = type === 'REASSURANCE' && kept.every((c) => c.value.denied) ? partyBefore(parties, lead.start, att.mention, folded, lex) : null;
      if (deniedOf && deniedOf.code !== (att.actor.country ?? '').toUpperCase()) {
        finalType = 'ASSESSMENT';
        typeKept = kept.map((c) => ({ ...c, value: { ...c.value, type: 'ASSESSMENT' as const, severity: LOW_RISK_FRAME_SEVERITY } }));
      }
      // "China's foreign ministry said it hoped the United States would earnestly abide by its
      // commitments under the test-ban treaty": compliance the speaker asks of its adversary, named as
      // the clause's agent, is a demand on the adversary (§2 WARNING), not a treaty act of the speaker's.
      const level = (c: PhraseMatch<Cue>): number => c.value.severity ?? BASE_SEVERITY.ARMS_CONTROL;
      const complier = type === 'ARMS_CONTROL' ? partyBefore(parties, lead.start, att.mention, folded, lex) : null;
      const demanded =
        complier !== null &&
        kept.some((c) => level(c) <= COMPLIANCE_SEVERITY) &&
        kept.every((c) => level(c) <= COMPLIANCE_SEVERITY + 1) &&
        adversaries(blocOf(complier.code), att.actor.country);
      if (demanded) {
        finalType = 'WARNING';
        typeKept = kept.map((c) => ({ ...c, value: { ...c.value, type: 'WARNING' as const, severity: BASE_SEVERITY.WARNING, condemns: true as const } }));
      }
      // "Selon le renseignement américain, Moscou envisagerait…": a judgement, or a possible step,
      // that a source of the other side gives is the source's.
      const source = possible || type === 'ASSESSMENT' ? sourceOpener(doc.text, folded, sentence, lex, adjectives, view) : null;
      if (source && adversaries(source.actor.country, att.actor.country)) att = source;
      if (possible) {
        // A possible step: the adversary's, named as its agent ("US officials said Russia could
        // deploy…") or given by a source of the other side (above), is the speaker's or the source's
        // judgement; the speaker's own side's on a condition ("Russia could resume testing if
        // Washington did") is a threat; else an announced possible step.
        const agent = partyBefore(parties, lead.start, att.mention, folded, lex);
        const againstAgent = (agent !== null && adversaries(blocOf(agent.code), att.actor.country)) || att === source;
        if (againstAgent) finalType = 'ASSESSMENT';
        // (A clause of background's step is conditioned only by its own words.)
        else if (lex.conditions.test(folded, span.start, span.end)) finalType = 'THREAT';
        if (finalType !== type) typeKept = kept.map((c) => ({ ...c, value: { ...c.value, type: finalType, severity: BASE_SEVERITY[finalType] + (againstAgent ? 1 : 0) } }));
      }
      if (type === 'REASSURANCE') {
        // "Kirby said Russia's weapon was not active and had not been deployed": a denial made about
        // the adversary, named as the clause's subject, is the speaker's judgement of it.
        const agent = partyBefore(parties, lead.start, att.mention, folded, lex);
        const judge = agent && view.mentions.find((m) => m === agent.span);
        if (agent !== null && adversaries(blocOf(agent.code), att.actor.country)) {
          finalType = 'ASSESSMENT';
          typeKept = kept.map((c) => ({ ...c, value: { ...c.value, type: finalType, severity: BASE_SEVERITY.ASSESSMENT } }));
          // The denial was reported as the adversary's: the judgement is the speaker's.
          if (judge && judge.actor.kind !== 'media') att = { actor: judge.actor, via: judge.via, mention: judge, quote: null };
        }
      }
      // Experts, think tanks and media judge; they do not threaten, warn or negotiate (§3 kinds). A
      // state broadcaster's figure (a media person with a state) who says a missile could wipe out a
      // country threatens on the state's behalf: that threat stays a threat.
      const stateVoice = att.actor.kind === 'media' && att.actor.country !== null && finalType === 'THREAT';
      if ((att.actor.kind === 'expert' || att.actor.kind === 'media') && !stateVoice) finalType = 'ASSESSMENT';
      // "Guterres warned that humanity was one miscalculation away from nuclear annihilation": an
      // international organisation's warning addressed to no party (no state but its own named, no
      // condemnation) names a risk: an assessment (§2), not a warning of consequences to someone.
      // An alliance with nuclear weapons of its own is a party: its warnings stay warnings.
      if (
        finalType === 'WARNING' &&
        att.actor.kind === 'intl_org' &&
        !NUCLEAR_ALLIANCES.has(att.actor.country?.toUpperCase() ?? '') &&
        !kept.some((c) => c.value.condemns) &&
        parties.every((p) => p.code === att.actor.country?.toUpperCase())
      ) {
        finalType = 'ASSESSMENT';
        typeKept = kept.map((c) => ({ ...c, value: { ...c.value, type: 'ASSESSMENT' as const } }));
      }
      // "Политолог Караганов призвал Россию «снизить порог применения»": a commentator's
      // recommendation is no act (§1), even in the commentator's quoted words.
      if ((att.actor.kind === 'expert' || att.actor.kind === 'media') && recommends) continue;
      // "Обговорив це з колегами з країн G7", "Biden discussed it with Zelensky": talks with one's
      // own allies are consultation, not a contact between adversaries or a mediation (§2 CONTACT).
      if (finalType === 'CONTACT' && alliedCounterpart(parties, lead, att)) continue;
      // "Ukrainian and Russian delegations were due to hold talks", "NATO leaders will hold a summit":
      // talks are about nuclear risk only when their sentence says so; a sentence that merely
      // follows a nuclear one reports talks on something else — unless that sentence named nuclear talks
      // or a treaty act itself ("Washington was ready to reschedule", after Russia postponed a New START
      // meeting): the talks are then those.
      if (finalType === 'CONTACT' && ctx.context !== 'direct' && quoted.length === 0 && !(continuesTalks && kept.some((c) => c.value.resumes))) continue;
      if (finalType === 'THREAT') {
        // Whose threat the word names: its agent before it ("the West had threatened…"), or for the
        // Russian side's own formulas ("legitimate target", "retaliation") the speaker's.
        // A threat said with its recipient as subject ("Британия получит ядерный ответ") has no agent before it.
        const threatWord = side !== 'east' || lead.value.side === 'east';
        const received = kept.some((c) => c.value.received && c.start <= lead.start);
        const agent = threatWord && !received ? partyBefore(parties, lead.start, att.mention, folded, lex) : null;
        if (threatWord && side === 'east' && aimedAtOwnSide(parties, lead, att.actor.country, folded, lex)) {
          // "A vu dans ce discours une menace directe contre la Russie": a threat aimed at the
          // speaker's side is one the speaker accuses the other of.
          finalType = 'ACCUSATION';
        } else if (agent && adversaries(blocOf(agent.code), att.actor.country)) {
          // "X said the adversary threatened…": an accusation when X is on the Russian side, else only a
          // report — unless the use is said possible ("Zelensky said Putin could use nuclear weapons»,
          // «Путін може застосувати»): the speaker's judgement that the risk is serious (§2 ASSESSMENT).
          const possibleUse = kept.some((c) => lex.modals.test(folded, c.start, c.end) || isModal(folded, c, lex));
          if (side === 'east') finalType = 'ACCUSATION';
          else if (possibleUse) {
            finalType = 'ASSESSMENT';
            typeKept = kept.map((c) => ({ ...c, value: { ...c.value, type: 'ASSESSMENT' as const, severity: SERIOUS_RISK_SEVERITY } }));
          } else continue;
        } else if (!THREAT_CAPABLE.has((att.actor.country ?? '').toUpperCase())) continue;
      }
      // A Russian-side "warning" of consequences is a veiled threat (§2 THREAT); a condemnation
      // of nuclear threats stays what it is.
      // Only a nuclear-armed actor (or one hosting the weapons) threatens (§2 THREAT): Iran's "would bear
      // responsibility for the consequences" stays a warning.
      if (finalType === 'WARNING' && side === 'east' && !demanded && !kept.every((c) => c.value.condemns) && THREAT_CAPABLE.has((att.actor.country ?? '').toUpperCase())) {
        finalType = 'THREAT';
      }
      const existing = acts.get(finalType);
      if (existing) existing.cues.push(...typeKept);
      else acts.set(finalType, { att, cues: typeKept });
    }
    for (const [statement, { span: statementSpan, view: statementView, acts }] of statements.entries()) {
      settleTypes(acts, lex.modality.test(folded, sentence.start, sentence.end), lex.conditions.test(folded, statementSpan.start, statementSpan.end), folded, lex, view.mentions);
      // "Если США возобновят ядерные испытания, Россия будет вынуждена действовать зеркально": the
      // Russian side's answer to a breach the other side might commit (a test, a violation, a
      // deployment), with no nuclear use named in the answer, warns of a counter-step (§4 level 3).
      const threat = acts.get('THREAT');
      if (threat && sideOf(threat.att.actor.country) === 'east' && !acts.has('WARNING')) {
        const breach = matched.find((c) => c.value.breach && isSupposed(folded, sentence, c, lex));
        // The answer is the clause after the condition ("if Washington tests, Russia will respond in
        // kind"), or, with the condition last ("Russia would act accordingly if anyone broke the
        // moratorium"), the words before it.
        const answerFirst = breach !== undefined && threat.cues.every((c) => c.end <= breach.start);
        const clauseEnd = breach ? (answerFirst ? sentence.start : folded.indexOf(',', breach.end)) : -1;
        const answerEnd = answerFirst && breach ? breach.start : sentence.end;
        // An answer naming the weapons, or targets ("станут законными целями", sev ≥ 4), is a threat.
        const useNamed =
          clauseEnd >= 0 &&
          (nuclearSpans.some((n) => n.start >= clauseEnd && n.end <= answerEnd && WEAPON_TERMS.has(n.value)) ||
            threat.cues.some((c) => (c.value.severity ?? BASE_SEVERITY.THREAT) > COUNTER_STEP_SEVERITY));
        if (breach && clauseEnd >= 0 && clauseEnd < sentence.end && !useNamed) {
          acts.delete('THREAT');
          acts.set('WARNING', { att: threat.att, cues: threat.cues.map((c) => ({ ...c, value: { ...c.value, type: 'WARNING' as const, severity: COUNTER_STEP_SEVERITY } })) });
        }
      }
      // "US intelligence assesses that Putin would use nuclear weapons only if…": the adversary's
      // doctrine or threat in the clause an official's judgement governs is what is judged, not an act.
      const judged = acts.get('ASSESSMENT');
      if (judged) {
        const from = Math.min(...judged.cues.map((c) => c.end));
        for (const type of JUDGED_POLICY) {
          const act = acts.get(type);
          const governed = act?.cues.every((c) => c.start > from && lex.complementizers.test(folded, from, c.start));
          if (act && governed && adversaries(act.att.actor.country, judged.att.actor.country)) acts.delete(type);
        }
      }
      // A possible step beside another act of the same actor is that act's content ("se réserve le
      // droit de déployer son arsenal" in a doctrine; "could strike, he warned").
      for (const type of STEPS) {
        const step = acts.get(type);
        if (step && step.cues.every((c) => modalSteps.has(c)) && [...acts.entries()].some(([t, a]) => t !== type && a.att.actor.name === step.att.actor.name)) {
          acts.delete(type);
        }
      }

      for (const [type, { att, cues: typeCues }] of acts) {
        // "Emmanuel Macron et le Premier ministre britannique Keir Starmer ont signé…": each person of a
        // joint subject performs the act.
        const partner =
          pair && att.actor.name === pair[0].actor.name
            ? [{ actor: pair[1].actor, via: pair[1].via, mention: null, quote: null }]
            : states && att.mention === null && att.actor.name === states[0].actor.name
              ? [{ actor: states[1].actor, via: states[1].via, mention: null, quote: null }]
              : [];
        for (const one of [att, ...partner, ...coSubjects(doc.text, folded, statementView, att, lex)]) {
          candidates.push(
            buildCandidate(doc, folded, lex, grammar, {
              sentence,
              index: i,
              view,
              ctx,
              parties,
              type,
              att: one,
              cues: typeCues,
              actTimes,
              sentences,
              stateNames,
              narrative,
              unnamedSources,
              unnamed,
              spokespeople,
              background: statement > 0,
            }),
          );
        }
      }
    }
    // The next sentence that names nobody goes on from the main clause's last act, else a clause's.
    const lastAct = [...(statements.find((st) => st.acts.size > 0)?.acts.values() ?? [])].pop();
    if (lastAct) previousActor = { index: i, paragraph: sentence.paragraph, att: lastAct.att };
  });

  return mergeCandidates(inheritAdjacentDates(candidates), stateOfCountry).sort((a, b) => (a.evidence[0]?.start ?? 0) - (b.evidence[0]?.start ?? 0));
}

/** A verb of speech ends at most this many units before a subordinator whose phrase sits before its "that". */
export const SEQUEL_VERB_REACH = 40;
/** At most this many words (a day, a place) between such a verb and the subordinator ("said on Monday after"). */
export const SEQUEL_VERB_GAP_WORDS = 2;

/** At most this many words (an article, a title) between a subordinator and its clause's subject. */
export const SEQUEL_SUBJECT_WORDS = 2;

/**
 * Clauses of background inside a sentence: an adverbial clause opened after the sentence's start by
 * a subordinator ("…, a week after President Putin announced plans to deploy…", "days after Russia
 * said…"), up to the next comma, semicolon or the sentence's end — or, right after a verb of speech,
 * up to that verb's "that" ("said after Putin's announcement that it had seen no indication…"). Only
 * a clause whose own subject follows the subordinator counts. A leading clause is the opener's (cues there are not read).
 */
function sequelClauses(text: string, folded: string, sentence: Span, opener: number, view: SentenceView, lex: SignalLexicon): Span[] {
  const out: Span[] = [];
  const from = Math.max(sentence.start, opener);
  for (const sub of lex.subordinators.matchAll(folded, from, sentence.end)) {
    if (out.some((k) => sub.start < k.end) || wordCount(text.slice(sentence.start, sub.start)) === 0) continue;
    const stop = /[,;:]/.exec(text.slice(sub.end, sentence.end));
    let end = stop ? sub.end + stop.index : sentence.end;
    // "Said after Putin's announcement that…": a phrase between a verb of speech and its "that" ends
    // there, whatever its length (the main verb's content follows). (Not the subordinator's own "que".)
    const verbBefore = lex.reporting
      .matchAll(folded, Math.max(sentence.start, sub.start - SEQUEL_VERB_REACH), sub.start)
      .some((v) => !/[,;:]/.test(text.slice(v.end, sub.start)) && wordCount(text.slice(v.end, sub.start)) <= SEQUEL_VERB_GAP_WORDS);
    const that = verbBefore ? lex.complementizers.matchAll(folded, sub.end, end).find((c) => c.start >= sub.end) : undefined;
    if (that) end = that.start;
    const clause = { start: sub.start, end };
    // Its own subject right after the subordinator ("after Russia said", "a week after President Putin
    // announced", "since the Russian leader announced"): "described the test as routine and said the
    // United States…" opens no clause of someone else's act.
    const names = view.mentions.some((m) => inside(m, clause) && m.actor.kind !== 'media' && wordCount(text.slice(sub.end, m.start)) <= SEQUEL_SUBJECT_WORDS);
    // Elsewhere the clause must report something of its own (a verb of speech, a speech noun, a cue):
    // "a day after the USS Kentucky, an Ohio-class submarine, docked" is cut by its commas, no clause.
    const reports = that !== undefined || lex.reporting.test(folded, sub.end, end) || lex.speakerNouns.test(folded, sub.end, end) || lex.cues.test(folded, sub.end, end);
    if (names && reports) out.push(clause);
  }
  return out;
}

/**
 * The subject of a leading subordinate clause that reports an announcement ("When China's foreign
 * ministry announced on July 17 that Beijing was suspending…,"): the first free mention of the
 * clause before its reporting verb. Null when the sentence opens with no such clause (a clause of
 * background, "As the risk grows,", "As Russia threatened nuclear strikes,", reports no words).
 */
function reportingOpener(text: string, folded: string, sentence: Span, opener: number, view: SentenceView, lex: SignalLexicon): Attribution | null {
  if (opener <= sentence.start) return null;
  // A verb of speech followed by what was said ("announced … that"): not a verb that is itself the
  // act reported as background ("As Russia threatened nuclear strikes,").
  const verb = lex.reporting.matchAll(folded, sentence.start, opener).find((v) => lex.complementizers.test(folded, v.end, opener));
  if (!verb) return null;
  const subject = view.mentions.find((m) => m.start >= sentence.start && m.end <= verb.start && m.actor.kind !== 'media' && !isGoverned(folded, m, lex));
  if (!subject || wordCount(text.slice(subject.end, verb.start)) > REPORTING_OPENER_GAP_WORDS) return null;
  return { actor: subject.actor, via: subject.via, mention: subject, quote: null };
}

/** At most this many words between the subject of a reporting opener and its verb ("Russia's foreign ministry announced"). */
export const REPORTING_OPENER_GAP_WORDS = 3;

/** A bullet point of a digest opens with a mark, not a letter, a digit or a quotation ("▪️", "🔹", "•", "-"). */
const DIGEST_BULLET = /^[^\p{L}\p{N}«"“„'(\[]/u;

/** How a transcript turn's label names its speaker in any case: by a name, never by a state or a body. */
const TURN_LABEL_VIAS: ReadonlySet<MentionVia> = new Set(['name', 'alias', 'surname']);

/** A transcript turn's label ("Vladimir Putin:", "GEN. RYDER:", "Q:") has at most this many words. */
export const TURN_LABEL_WORDS = 10;

/**
 * Per sentence, the speaker of the transcript turn it belongs to: a paragraph opening with a short
 * label and a colon starts a turn, the person the label names speaking until the next label (a
 * label in capitals naming no one, "Q:", ends the turn). Null outside transcripts.
 */
function transcriptTurns(text: string, sentences: readonly Sentence[], views: readonly SentenceView[]): (Attribution | null)[] {
  const out: (Attribution | null)[] = sentences.map(() => null);
  let current: Attribution | null = null;
  let paragraph = -1;
  let digest: Attribution | null = null;
  sentences.forEach((s, i) => {
    if (s.paragraph !== paragraph) {
      paragraph = s.paragraph;
      const own = text.slice(s.start, s.end);
      // A digest: "Главное из послания Путина Федеральному собранию:" over bullet points ("▪️ Западу
      // следует понять…") gives the points to the person the heading names; a paragraph that is no
      // bullet point ends the list.
      if (digest && !DIGEST_BULLET.test(own)) digest = null;
      if (/:\s*$/u.test(own)) {
        const named = (views[i] as SentenceView).mentions.find((m) => TURN_LABEL_VIAS.has(m.via) && m.actor.kind === 'official');
        digest = named ? { actor: named.actor, via: named.via, mention: null, quote: null } : null;
        if (digest) current = null;
      } else if (digest) {
        out[i] = digest;
        return;
      }
      const label = /^([^:\n]{1,120}):\s/u.exec(own);
      if (label && wordCount(label[1] as string) <= TURN_LABEL_WORDS && !/[,;!?"“”«»]/.test(label[1] as string)) {
        const end = s.start + (label[1] as string).length;
        const capitals = (label[1] as string) === (label[1] as string).toUpperCase();
        // A transcript labels a turn by the speaker's name ("Vladimir Putin:", "GEN. RYDER:"), or by a
        // role only in its capitals ("THE PRESIDENT:"); a role in a headline's case ("North Korean
        // defence minister: submarine visit could…") is a live blog's entry title, no turn.
        const named = (views[i] as SentenceView).mentions.find(
          (m) => m.end <= end && (TURN_LABEL_VIAS.has(m.via) || (capitals && m.via === 'role')) && m.actor.kind !== 'media',
        );
        // A label naming no one ("Q:", "QUESTION:") is written in capitals; "Let me stress:" is speech.
        if (named) current = { actor: named.actor, via: named.via, mention: null, quote: null };
        else if (capitals) current = null;
      }
    }
    out[i] = current;
  });
  return out;
}

/** At most this many words between a closing attribution's comma and the speaker's name (a title: ", Security Council Secretary Nikolay Patrushev said"). */
export const CLOSING_SPEAKER_WORDS = 6;

/**
 * The speaker a sentence's closing attribution names ("…, Putin told the plenary session.", "…,
 * Security Council Secretary Nikolay Patrushev has said."): a person named after the sentence's last
 * comma, with a reporting verb in that closing clause and no "that" after it (", Putin said that…"
 * opens a clause of its own). Null when the sentence closes otherwise.
 */
function trailingSpeaker(text: string, folded: string, sentence: Span, view: SentenceView, lex: SignalLexicon): Attribution | null {
  const comma = text.lastIndexOf(',', sentence.end - 1);
  if (comma <= sentence.start) return null;
  const person = view.mentions.find((m) => m.start > comma && m.via !== 'state' && m.via !== 'organisation' && m.actor.kind !== 'media' && m.actor.country !== null);
  if (!person || wordCount(text.slice(comma + 1, person.start)) > CLOSING_SPEAKER_WORDS) return null;
  const verb = lex.reporting.matchAll(folded, comma, sentence.end)[0];
  if (!verb || lex.complementizers.test(folded, verb.end, sentence.end)) return null;
  return { actor: person.actor, via: person.via, mention: person, quote: null };
}

/** At most this many sentences before a sentence pointing back ("Об этом заявил X.") are X's, within its paragraph. */
export const POINTED_BACK_SENTENCES = 2;
/** At most this many words before the pointing-back words open their sentence ("Как об этом…"). */
export const POINTER_LEAD_WORDS = 1;

/**
 * "…, если Вашингтон поступит так же. Об этом заявил журналистам Сергей Рябков.", "Про це повідомив
 * Андрій Юсов.": a sentence opening with words that point back and a reporting verb names the
 * speaker of the sentences before it in its paragraph (the Russian and Ukrainian news habit of
 * stating the act first and its source after). Per sentence, that speaker or null.
 */
function speakersNamedAfter(doc: Doc, folded: string, sentences: readonly Sentence[], views: readonly SentenceView[], lex: SignalLexicon): (Attribution | null)[] {
  const out: (Attribution | null)[] = sentences.map(() => null);
  sentences.forEach((s, i) => {
    const pointer = lex.pointersBack.matchAll(folded, s.start, s.end)[0];
    if (!pointer || wordCount(doc.text.slice(s.start, pointer.start)) > POINTER_LEAD_WORDS) return;
    const verb = lex.reporting.matchAll(folded, pointer.end, s.end)[0];
    if (!verb) return;
    // "Об этом говорится в совместном заявлении, подписанном по итогам переговоров Путина и Си": a clause
    // set off after the verb's own by a participle of signing or a relative pronoun qualifies the
    // document; the people it names do not speak.
    const comma = doc.text.slice(verb.end, s.end).search(/[,;:]/u);
    const asideFrom = comma < 0 ? s.end : verb.end + comma + 1;
    const aside = opensAt(lex.orderers, folded, asideFrom, s.end) || opensAt(lex.relatives, folded, asideFrom, s.end);
    // Media report acts; they are the sourcing ("Об этом сообщает ТАСС"), and a governed name is an object.
    const named = (views[i] as SentenceView).mentions.filter(
      (m) => m.start >= pointer.end && (!aside || m.start < asideFrom) && m.actor.kind !== 'media' && !isGoverned(folded, m, lex),
    );
    // A person before an institution ("представитель Головного управления разведки … Андрей Юсов"
    // names the agency inside the person's title).
    const speaker = named.find((m) => m.via !== 'state' && m.via !== 'organisation') ?? named[0];
    if (!speaker) return;
    for (let k = i - 1; k >= 0 && k >= i - POINTED_BACK_SENTENCES && (sentences[k] as Sentence).paragraph === s.paragraph; k--) {
      const own = (views[k] as SentenceView).mentions.some((m) => m.via !== 'state' && m.via !== 'organisation' && m.actor.kind !== 'media');
      if (own) break;
      out[k] = { actor: speaker.actor, via: speaker.via, mention: null, quote: null };
    }
  });
  return out;
}

/**
 * May the speaker named after a sentence take its act from the state the sentence made its actor?
 * A speech act is the speaker's whoever its subject; a step taken stays the state's when a
 * spokesperson reports it, or when the state is the speaker's adversary ("США возобновили
 * испытания. Об этом заявил Рябков.").
 */
function speaksFor(later: Attribution, att: Attribution | null, type: SignalType, possible: boolean, spokespeople: ReadonlySet<string>): boolean {
  if (!REPORTED_STEPS.has(type) || possible) return true;
  if (spokespeople.has(later.actor.name)) return false;
  return att === null || !adversaries(att.actor.country, later.actor.country);
}

/** The state whose adjective opens the sentence's subject ("Russian forces…", "Les forces russes…"), as an attribution. */
function adjectiveSubject(text: string, folded: string, sentence: Span, opener: number, adjectives: PhraseSet<StateAdjective> | null): Attribution | null {
  if (!adjectives) return null;
  const from = Math.max(sentence.start, opener);
  const found = adjectives.matchAll(folded, from, sentence.end).find((a) => {
    const written = text.slice(a.start, a.end);
    return wordCount(text.slice(from, a.start)) <= STATE_ADJECTIVE_SUBJECT_WORDS && (!a.value.capitals || written === written.toUpperCase());
  });
  return found ? { actor: found.value.actor, via: 'state', mention: null, quote: null } : null;
}

/** At most this many words between an opening "according to"/"selon" and the source it names. */
export const SOURCE_OPENER_WORDS = 4;

/**
 * The source an opening attribution names ("According to US intelligence,", "Selon le renseignement
 * américain,", "Selon des responsables américains,"): a state mention or a state adjective in the
 * phrase before the first comma. The source judges what the sentence reports.
 */
function sourceOpener(
  text: string,
  folded: string,
  sentence: Span,
  lex: SignalLexicon,
  adjectives: PhraseSet<StateAdjective> | null,
  view: SentenceView,
): Attribution | null {
  const comma = folded.indexOf(',', sentence.start);
  if (comma < 0 || comma > sentence.end) return null;
  const cue = lex.sourcing.matchAll(folded, sentence.start, comma).find((m) => m.value === 'attribution' && wordCount(text.slice(sentence.start, m.start)) === 0);
  if (!cue || wordCount(text.slice(cue.end, comma)) > SOURCE_OPENER_WORDS) return null;
  const mention = view.mentions.find((m) => m.start >= cue.end && m.end <= comma && m.actor.country !== null && m.actor.kind === 'official');
  if (mention) return { actor: mention.actor, via: mention.via, mention, quote: null };
  const adjective = adjectives?.matchAll(folded, cue.end, comma).find((a) => !a.value.capitals || text.slice(a.start, a.end) === text.slice(a.start, a.end).toUpperCase());
  return adjective ? { actor: adjective.value.actor, via: 'state', mention: null, quote: null } : null;
}

/** How far back, in paragraphs, "the two leaders" may point: a readout names them in its opening. */
export const PAIR_REACH_PARAGRAPHS = 4;

/** The last two different people named before a position, within `PAIR_REACH_PARAGRAPHS` paragraphs, most recent last. */
function lastTwoPeople(doc: Doc, position: number): readonly [Mention, Mention] | null {
  const sentence = doc.sentences.find((s) => s.start <= position && position < s.end);
  const fromParagraph = (sentence?.paragraph ?? 0) - PAIR_REACH_PARAGRAPHS;
  const people: Mention[] = [];
  for (const m of [...doc.mentions].filter((x) => x.end <= position).sort((a, b) => b.start - a.start)) {
    const at = doc.sentences.find((s) => s.start <= m.start && m.start < s.end);
    if (at && at.paragraph < fromParagraph) break;
    if (m.via === 'state' || m.via === 'organisation' || m.actor.kind === 'media' || m.actor.kind === 'expert') continue;
    if (!people.some((p) => p.actor.name === m.actor.name)) people.push(m);
    if (people.length === 2) return [people[1] as Mention, people[0] as Mention];
  }
  return null;
}

/** At most this many words before "both sides" / "the two countries" for it to be the sentence's subject (a fronted date or place). */
export const STATE_PAIR_LEAD_WORDS = 4;

/**
 * The last two different states named before a position as subjects (not governed: "an attack by
 * the DPRK against the United States" names neither party), within `PAIR_REACH_PARAGRAPHS`
 * paragraphs, most recent last.
 */
function lastTwoStates(doc: Doc, folded: string, lex: SignalLexicon, position: number): readonly [Mention, Mention] | null {
  const sentence = doc.sentences.find((s) => s.start <= position && position < s.end);
  const fromParagraph = (sentence?.paragraph ?? 0) - PAIR_REACH_PARAGRAPHS;
  const states: Mention[] = [];
  for (const m of [...doc.mentions].filter((x) => x.end <= position).sort((a, b) => b.start - a.start)) {
    const at = doc.sentences.find((s) => s.start <= m.start && m.start < s.end);
    if (at && at.paragraph < fromParagraph) break;
    if (m.via !== 'state' || m.actor.country === null || isGoverned(folded, m, lex)) continue;
    if (!states.some((p) => p.actor.country === m.actor.country)) states.push(m);
    if (states.length === 2) return [states[1] as Mention, states[0] as Mention];
  }
  return null;
}

/**
 * The other people of a joint subject the actor's mention heads: people named right after it,
 * joined by a conjunction ("Macron et … Starmer", "Biden and Xi"), with nothing but an article or
 * a role mention of the same person between.
 */
function coSubjects(text: string, folded: string, view: SentenceView, att: Attribution, lex: SignalLexicon): Attribution[] {
  const listed = jointSubjects(text, folded, view, att, lex, true);
  // A comma list is the sentence's subject only when it opens the sentence ("The United States, Britain
  // and France condemned…"), not when its first name ends a leading phrase ("After talks with Scholz,
  // Biden and Macron warned…").
  const first = [att, ...listed].map((a) => a.mention).filter((m): m is Mention => m !== null).sort((a, b) => a.start - b.start)[0];
  // A wire dateline before it ("UNITED NATIONS, Jan 3 — China, France, Russia…") is no leading phrase.
  const head = Math.max(view.start, datelineEnd(text, view));
  if (first && wordCount(text.slice(head, first.start)) > LIST_HEAD_WORDS) return jointSubjects(text, folded, view, att, lex, false);
  return listed;
}

/** A comma list of joint subjects opens its sentence: at most this many words ("The") before its first name. */
export const LIST_HEAD_WORDS = 1;

function jointSubjects(text: string, folded: string, view: SentenceView, att: Attribution, lex: SignalLexicon, commas: boolean): Attribution[] {
  if (!att.mention || att.via === 'organisation' || att.via === 'pronoun') return [];
  const out: Attribution[] = [];
  // "Russia and the United States agreed…": states join states, people join people.
  const sameKind = (m: Mention): boolean => (att.via === 'state') === (m.via === 'state');
  let previous: Mention = att.mention;
  // "Britain, France and Germany warned…": members joined by a bare comma count once the list closes
  // with a conjunction; till then they wait.
  let pending: Attribution[] = [];
  const after = view.mentions.filter((m) => m.start >= previous.end);
  for (let k = 0; k < after.length; k++) {
    const m = after[k] as Mention;
    if (m.actor.name === previous.actor.name) {
      // The same person named twice in a row (a role, then the name).
      if (m.start - previous.end <= 1) previous = m;
      continue;
    }
    const link = listLink(text, folded, previous.end, m.start, lex);
    if (link === null || (link === 'comma' && !commas)) break;
    if (!sameKind(m) || m.via === 'organisation' || m.via === 'pronoun' || m.actor.kind === 'media') break;
    const one: Attribution = { actor: m.actor, via: m.via, mention: m, quote: null };
    if (link === 'comma') pending.push(one);
    else {
      out.push(...pending, one);
      pending = [];
    }
    previous = m;
    // Its own name right after its role ("le Premier ministre britannique Keir Starmer").
    const next = after[k + 1];
    if (next && next.actor.name === m.actor.name && next.start - m.end <= 1) {
      previous = next;
      k++;
    }
  }
  return [...coSubjectsBefore(text, folded, view, att, lex, commas && out.length > 0, commas), ...out];
}

/**
 * Co-subjects named before the actor's mention ("Macron et Starmer ont signé" when the attribution
 * chose the second). A bare comma joins them only in a list that closes with a conjunction, after the
 * actor (`closedAfter`) or between the actor and them.
 */
function coSubjectsBefore(text: string, folded: string, view: SentenceView, att: Attribution, lex: SignalLexicon, closedAfter: boolean, commas = true): Attribution[] {
  const out: Attribution[] = [];
  // The first mention of the actor's own run (a role right before the name: "Belarusian President").
  let head = att.mention as Mention;
  let closed = closedAfter;
  const before = view.mentions.filter((m) => m.end <= head.start).reverse();
  for (const m of before) {
    if (m.actor.name === head.actor.name && head.start - m.end <= 1) {
      head = m;
      continue;
    }
    const link = listLink(text, folded, m.end, head.start, lex);
    if (link === null || (link === 'comma' && !(closed && commas))) break;
    if ((att.via === 'state') !== (m.via === 'state') || m.via === 'organisation' || m.via === 'pronoun' || m.actor.kind === 'media' || m.actor.name === att.actor.name) break;
    if (link === 'conjunction') closed = true;
    if (!out.some((o) => o.actor.name === m.actor.name)) out.push({ actor: m.actor, via: m.via, mention: m, quote: null });
    head = m;
  }
  return out;
}

function nearestToNuclear(cues: readonly PhraseMatch<Cue>[], nuclear: readonly Span[]): PhraseMatch<Cue> | undefined {
  if (nuclear.length === 0) return cues[0];
  const gapTo = (c: Span): number => Math.min(...nuclear.map((n) => (n.end <= c.start ? c.start - n.end : c.end <= n.start ? n.start - c.end : 0)));
  return [...cues].sort((a, b) => gapTo(a) - gapTo(b) || a.start - b.start)[0];
}

/**
 * Cues whose `needs` the sentence meets, without those inside a longer cue: the longer phrase says
 * what its words mean there ("refrain from nuclear threats" is a condemnation, not "threats", nor
 * the bare "refrain from" that would carry none of its options).
 */
function usableCues(matches: readonly PhraseMatch<Cue>[], ctx: SentenceContext): PhraseMatch<Cue>[] {
  const met = matches.filter((m) => needsMet(m.value, ctx.kinds));
  return met.filter((m) => !met.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start));
}

/** Are the nuclear terms a cue needs among these kinds? */
function needsMet(cue: Cue, kinds: ReadonlySet<NuclearKind>): boolean {
  // A strategic system exists only to carry nuclear weapons: it names them for the cues that need them.
  return !cue.needs || kinds.has(cue.needs) || (cue.needs === 'weapon' && kinds.has('strategic'));
}

type SentenceActs = Map<SignalType, { att: Attribution; cues: PhraseMatch<Cue>[] }>;

/** The §2 ties between types found in one sentence. */
/**
 * An act of `type` whose cues all stay at or under `maxLevel`, beside a
 * reassurance of the same side, is what the reassurance says, not an act of
 * its own: it goes.
 */
function absorbIntoReassurance(acts: SentenceActs, type: SignalType, maxLevel: number, folded: string, contentAfter = false): void {
  const act = acts.get(type);
  const reassurance = acts.get('REASSURANCE');
  if (!act || !reassurance || act.att.actor.country !== reassurance.att.actor.country) return;
  // "Called on the nuclear powers to negotiate a treaty on no-first-use": reassuring words that
  // complete the act's own phrase (no comma or "and" between) are its content, not an act absorbing it.
  if (contentAfter && reassurance.cues.every((r) => act.cues.some((c) => c.end <= r.start && !/[,;]|\band\b/.test(folded.slice(c.end, r.start))))) return;
  if (act.cues.every((c) => (c.value.severity ?? BASE_SEVERITY[type]) <= maxLevel)) acts.delete(type);
}

/** `conditional`: the statement holds a condition word ("if", « si », «если»). */
function settleTypes(acts: SentenceActs, privateSentence: boolean, conditional: boolean, folded: string, lex: SignalLexicon, mentions: readonly Mention[]): void {
  // "Postponed the Minuteman III test launch to avoid escalation": a step called off is a reassurance,
  // which replaces the step it names; with no step of its actor beside it, the verb calls off nothing
  // of nuclear weight (a meeting, a trip).
  const calledOff = acts.get('REASSURANCE');
  if (calledOff && calledOff.cues.every((c) => c.value.callsoff)) {
    const step = acts.get('POSTURE');
    if (step && step.att.actor.country === calledOff.att.actor.country) acts.delete('POSTURE');
    else acts.delete('REASSURANCE');
  }
  // A Western actor's sentence with a warning and the word "threat" condemns a threat.
  if (acts.has('WARNING') && acts.has('THREAT') && sideOf(acts.get('THREAT')?.att.actor.country ?? null) !== 'east') acts.delete('THREAT');
  // "Xi said the world should jointly oppose the use of, or threats to use, nuclear weapons", "la
  // menace ou l'utilisation d'armes nucléaires doit être combattue": the bare threat word beside a
  // condemnation in the same actor's sentence, before or after it, is what is condemned, whoever speaks.
  const condemnation = acts.get('WARNING');
  const condemned = acts.get('THREAT');
  if (condemnation && condemned && condemned.att.actor.name === condemnation.att.actor.name && condemnation.cues.some((c) => c.value.condemns)) {
    if (condemned.cues.every((c) => c.value.side === 'east')) acts.delete('THREAT');
  }
  const threat = acts.get('THREAT');
  // The Russian side's "warning" about a provocation is the accusation itself.
  if (threat && acts.get('ACCUSATION')?.att.actor.name === threat.att.actor.name && threat.cues.every((c) => c.value.type === 'WARNING')) {
    acts.delete('THREAT');
  }
  // "Pledged to keep strengthening the country's nuclear forces", « renforcer la capacité de riposte
  // nucléaire »: a build-up of one's own forces read in the same words as a threat (the Russian side's
  // promise of a counter-step), or with a threat word inside its object, is a posture step (§2: what
  // one's weapons are and will be); only a condition in the statement ("would have to bolster its
  // forces if NATO deploys…") makes it the threat of a counter-step.
  const buildUp = acts.get('POSTURE');
  const counterStep = acts.get('THREAT');
  if (buildUp && counterStep && counterStep.att.actor.name === buildUp.att.actor.name && counterStep.cues.every((t) => buildUp.cues.some((p) => inside(t, p)))) {
    acts.delete(conditional ? 'POSTURE' : 'THREAT');
  }
  // "Called on all nuclear powers to withdraw the nuclear weapons they keep outside their territory",
  // « à rapatrier les armes déployées hors de leur territoire »: the deployment (or the warning to refrain
  // from it) named inside the same actor's regime act is what the act would undo, no act of its own; so is
  // the answer in kind inside « répondra de manière symétrique si les Etats-Unis procèdent à un essai
  // nucléaire »; and a plain warning verb reporting the regime act (« …, a averti Riabkov ») is its
  // reporting verb, not a warning of its own.
  const regime = acts.get('ARMS_CONTROL');
  const plainWarning = (c: PhraseMatch<Cue>): boolean => c.value.type === 'WARNING' && !c.value.condemns && (c.value.severity ?? BASE_SEVERITY.WARNING) <= BASE_SEVERITY.WARNING;
  for (const type of ['POSTURE', 'WARNING', 'THREAT'] as const) {
    const undone = acts.get(type);
    const within = (u: PhraseMatch<Cue>): boolean => regime !== undefined && regime.cues.some((r) => inside(u, r));
    if (regime && undone && undone.att.actor.name === regime.att.actor.name && undone.cues.every((u) => within(u) || plainWarning(u))) {
      acts.delete(type);
    }
  }
  // "Called NATO's nuclear exercises a provocation": the step an actor accuses someone of is the
  // other side's, named as the object of the accusation, not a step of the actor's own.
  const accusation = acts.get('ACCUSATION');
  if (accusation && acts.get('POSTURE')?.att.actor.name === accusation.att.actor.name) acts.delete('POSTURE');
  // "Discussed the risk of nuclear escalation in a phone call": what adversaries discuss together is
  // the contact's content, not internal planning.
  if (acts.has('PLANNING') && acts.get('CONTACT')?.att.actor.name === acts.get('PLANNING')?.att.actor.name) acts.delete('PLANNING');
  // "Officials discussed the conditions under which Moscow could use…": the use deliberated is the
  // planning's content, not a threat.
  if (acts.has('THREAT') && acts.get('PLANNING')?.att.actor.name === acts.get('THREAT')?.att.actor.name) acts.delete('THREAT');
  // "Во время учений будут отработаны вопросы планирования применения…": the planning an
  // exercise rehearses is the exercise's content, not a deliberation of its own.
  // But a step named after the deliberation ("в альянсе идут консультации о том, чтобы вывести часть
  // ядерных боеголовок…", "are discussing whether to put bombers on alert") is what is deliberated,
  // not a step taken: the planning stays and the step goes.
  const planning = acts.get('PLANNING');
  const posture = acts.get('POSTURE');
  if (planning && posture && posture.att.actor.name === planning.att.actor.name) {
    const deliberated = posture.cues.every((p) => planning.cues.some((c) => c.end <= p.start));
    acts.delete(deliberated ? 'POSTURE' : 'PLANNING');
  }
  // "Would use nuclear weapons only if its existence were threatened": a condition of use stated by
  // the actor is a doctrine statement, of which the conditional use is the content.
  const doctrine = acts.get('DOCTRINE');
  if (doctrine && acts.get('THREAT')?.att.actor.name === doctrine.att.actor.name && doctrine.cues.some((c) => c.value.condition)) acts.delete('THREAT');
  // "China followed a defensive nuclear strategy and would never be the first to use nuclear
  // weapons": a routine restatement of doctrine beside a reassurance of the same side is the
  // reassurance's content.
  absorbIntoReassurance(acts, 'DOCTRINE', BASE_SEVERITY.DOCTRINE, folded);
  // "Россия остаётся приверженной Договору… и не намерена первой нарушать мораторий": a treaty
  // named under the level of a treaty act (a mere mention, not a suspension or a withdrawal) beside
  // a reassurance of the same side is what the reassurance commits to, not an act of its own.
  absorbIntoReassurance(acts, 'ARMS_CONTROL', BASE_SEVERITY.ARMS_CONTROL - 1, folded, true);
  // "Шойгу предупредил, что шагов до ядерной коллизии остаётся всё меньше": the Russian side's warning
  // verb (read as its veiled threat) whose content is a judgement of serious risk (§4 level 2), stated
  // as a fact (not "would risk a nuclear war", a consequence threatened), is that judgement. Only one
  // plain warning verb, before the judgement, makes it so. So in anyone's mouth: "the committee warned
  // that the taboo against the use of nuclear weapons was fraying" warns no one of consequences (§2).
  const judgement = acts.get('ASSESSMENT');
  const riskAt = judgement
    ? Math.min(...judgement.cues.filter((c) => (c.value.severity ?? BASE_SEVERITY.ASSESSMENT) >= SERIOUS_RISK_SEVERITY && !isModal(folded, c, lex)).map((c) => c.start))
    : Infinity;
  for (const type of ['THREAT', 'WARNING'] as const) {
    const warned = acts.get(type);
    const only = warned?.cues.length === 1 ? warned.cues[0] : undefined;
    const plain =
      only !== undefined &&
      only.value.type === 'WARNING' &&
      !only.value.condemns &&
      (only.value.severity ?? BASE_SEVERITY.WARNING) <= BASE_SEVERITY.WARNING &&
      riskAt !== Infinity &&
      only.end <= riskAt;
    // A warning addressed to someone ("warned Moscow of the grave risks…") stays a warning: no one is
    // named between the verb and the judgement.
    const unaddressed = type === 'THREAT' || (only !== undefined && !mentions.some((m) => m.start >= only.end && m.end <= riskAt));
    if (judgement && warned && plain && unaddressed && warned.att.actor.name === judgement.att.actor.name) acts.delete(type);
  }
  // An assessment cue beside the same actor's act is part of that act — except a judgement of no
  // indicators beside a condemnation ("had seen no change in Russia's nuclear posture, while calling
  // its rhetoric dangerous and irresponsible"): two acts, the judgement and the condemnation.
  const assessment = acts.get('ASSESSMENT');
  const lowRisk = assessment !== undefined && assessment.cues.some((c) => c.value.frame) && assessment.cues.every((c) => (c.value.severity ?? BASE_SEVERITY.ASSESSMENT) <= LOW_RISK_FRAME_SEVERITY);
  // "Said the threat of nuclear war was increasing, but insisted Russia would not be the first to use
  // it": a reporting verb between the judgement and the act makes them two statements.
  const apart = (a: { cues: PhraseMatch<Cue>[] }): boolean =>
    assessment !== undefined &&
    a.cues.every((c) =>
      // The judgement first, then a verb reporting the act ("…, but insisted that…"); a closing
      // attribution after an act ("…, Putin told the forum when asked about the risk") splits nothing.
      assessment.cues.every((j) => j.end <= c.start && lex.reporting.test(folded, j.end, c.start)),
    );
  const absorbs = (t: SignalType, a: { cues: PhraseMatch<Cue>[] }): boolean =>
    ABSORBS_ASSESSMENT.has(t) && !(lowRisk && t === 'WARNING' && a.cues.every((c) => c.value.condemns)) && !apart(a);
  if (assessment && [...acts.entries()].some(([t, a]) => absorbs(t, a) && a.att.actor.name === assessment.att.actor.name)) acts.delete('ASSESSMENT');
  // "Russia did notify the United States ahead of the exercise": the step a contact announces,
  // named after it, is the contact's content, not a step reported of its own.
  const contact = acts.get('CONTACT');
  const step = acts.get('POSTURE');
  if (contact && step && contact.att.actor.name === step.att.actor.name && step.cues.every((p) => contact.cues.some((c) => c.end <= p.start))) acts.delete('POSTURE');
  // "Willing to engage Russia on arms control without preconditions": readiness for arms control (§4
  // level 0-1) beside a contact of the same actor is what the talks offered are about, not a regime act.
  const talks = acts.get('CONTACT');
  const offered = acts.get('ARMS_CONTROL');
  if (talks && offered && talks.att.actor.name === offered.att.actor.name && offered.cues.every((c) => (c.value.severity ?? BASE_SEVERITY.ARMS_CONTROL) <= OFFERED_REGIME_SEVERITY)) {
    acts.delete('ARMS_CONTROL');
  }
  // "The Pentagon said China was expanding its nuclear arsenal": the adversary's build-up judged by the
  // speaker, in the very words of a step, is the judgement, not a step announced.
  const judgedBuildUp = acts.get('ASSESSMENT')?.cues.filter((c) => c.value.adversary) ?? [];
  const builtUp = acts.get('POSTURE');
  if (builtUp && judgedBuildUp.length > 0 && builtUp.cues.every((p) => judgedBuildUp.some((j) => j.start === p.start && j.end === p.end))) acts.delete('POSTURE');
  // A private communication whose content is a warning or an accusation is that, not a contact.
  if (acts.has('CONTACT') && (acts.has('ACCUSATION') || (acts.has('WARNING') && privateSentence))) acts.delete('CONTACT');
}

/**
 * "A exclu toute riposte nucléaire", "ruled out a nuclear response": a threat cue after a refusal
 * is what is refused, not a threat made. With a condition after the refusal ("… si la Russie
 * employait l'arme atomique en Ukraine") the refusal says when weapons would not be used: a
 * doctrine statement (§2 DOCTRINE), at the routine level.
 */
function withoutRefusedThreats(cues: readonly PhraseMatch<Cue>[], folded: string, sentence: Span, lex: SignalLexicon): PhraseMatch<Cue>[] {
  const refusal = cues.find((c) => c.value.refuses && !isNegated(folded, c, lex));
  if (!refusal) return [...cues];
  // The condition must be the refusal's own ("ruled out a nuclear response if Russia used…"), not one
  // in what someone else is then reported to say ("…, a day after Abe said the country should…").
  const conditional = lex.conditions.matchAll(folded, refusal.end, sentence.end).some((c) => !lex.reporting.test(folded, refusal.end, c.start));
  return cues
    .filter((c) => !(c.value.type === 'THREAT' && c.start >= refusal.end))
    .map((c) => (c === refusal && conditional ? { ...c, value: { ...c.value, type: 'DOCTRINE' as const, severity: BASE_SEVERITY.DOCTRINE } } : c));
}

/** At most this many words between a hedged party and its hedge ("Russia would likely", "the Kremlin itself would probably"). */
export const HEDGED_PARTY_GAP_WORDS = 2;

/**
 * "Dmitry Medvedev said Russia would likely use nuclear weapons if…": a hedge whose party (named just
 * before it) is of the same state as a person or body named before the party (the speaker) is that side
 * predicting its own conduct, its intent stated: the hedge frames nothing and the hedged act
 * ("would likely use") stands. Otherwise ("Putin would probably authorize…" with no one of his side
 * before him, "Blinken said Russia would likely…") the hedge is the speaker's assessment framing the
 * act, and a hedged act cue goes (its hedge, inside it, frames what it names).
 */
function withoutOwnSideHedges(cues: readonly PhraseMatch<Cue>[], mentions: readonly Mention[], text: string): PhraseMatch<Cue>[] {
  const ownSide = (c: PhraseMatch<Cue>): boolean => {
    const party = mentions.findLast((m) => m.end <= c.start);
    if (!party || party.actor.country === null || wordCount(text.slice(party.end, c.start)) > HEDGED_PARTY_GAP_WORDS) return false;
    const country = party.actor.country;
    // The speaker is another person or body: the party's own title ("Russian President Vladimir Putin
    // would probably…") or a state named before it (mostly an adjective) is no speaker.
    return mentions.some(
      (m) => m.end <= party.start && m.actor.name !== party.actor.name && m.via !== 'pronoun' && m.via !== 'state' && m.actor.kind !== 'media' && m.actor.country === country,
    );
  };
  return cues.filter((c) => !c.value.hedge || (c.value.frame === true) !== ownSide(c));
}

/**
 * "Peskov was asked whether he was confident that Putin would not resort to nuclear weapons": a cue
 * after a question put to someone (background-cues 'question'), up to the end of its clause, is what
 * was asked, no act. The answer after a comma ("Asked whether…, Peskov said…") keeps its cues.
 */
function askedAbout(folded: string, sentence: Span, cue: Span, lex: SignalLexicon): boolean {
  return lex.background.matchAll(folded, sentence.start, cue.start).some((q) => q.value === 'question' && !/[,;:]/.test(folded.slice(q.end, cue.start)));
}

/**
 * Is a breach cue denied by a negation just before it? Not when another cue ends between the
 * negation and the breach: the negation is that cue's ("Москва не оставит без ответа размещение
 * ракет": the answer is negated, the deployment is its object, no deployment denied).
 */
/**
 * A condition of use this close after a negated step makes the negation restrictive (« n'utiliserait
 * l'arme nucléaire qu'en cas d'agression », "would not use them unless attacked"): a doctrine's
 * condition, not a denial.
 */
export const RESTRICTIVE_CONDITION_REACH = 40;

function breachNegated(folded: string, breach: PhraseMatch<Cue>, matched: readonly PhraseMatch<Cue>[], lex: SignalLexicon): boolean {
  if (!isNegated(folded, breach, lex)) return false;
  if (matched.some((o) => o.value.condition && o.start >= breach.end && o.start - breach.end <= RESTRICTIVE_CONDITION_REACH)) return false;
  const before = matched.filter((o) => o !== breach && o.end <= breach.start && breach.start - o.end <= NEGATION_WINDOW);
  if (before.length === 0) return true;
  const lastEnd = Math.max(...before.map((o) => o.end));
  return lex.negations.test(folded, lastEnd, breach.start);
}

/**
 * "Urged Russia not to use nuclear weapons", read by "urged ... to use": a negation among the words a
 * phrase's gap spans, after a word of the gap's own (the agent it is asked of), where the phrase itself
 * holds none, turns down the act the phrase names (asked not to be done, said not to be so); the cue
 * does not report that act.
 */
function negatedInGap(folded: string, cue: PhraseMatch<Cue>, lex: SignalLexicon): boolean {
  if (!cue.value.gapHead) return false;
  // The gap proper: past the phrase's head words, so that a negation of the head itself ("ne céderons
  // pas à la menace", "céd* ... à la menace") is the phrase's own construction, not the gap's.
  const head = cue.value.gapHead.exec(folded.slice(cue.start, cue.end));
  const gapStart = cue.start + (head ? head[0].length : 0);
  return lex.negations.matchAll(folded, gapStart, cue.end).some((n) => n.start >= gapStart && wordCount(folded.slice(gapStart, n.start)) >= 1);
}

/**
 * "No sign that Russia is moving its weapons": an act cue after a framing
 * assessment is the content assessed, not an act of its own.
 */
function withoutFramedActs(cues: readonly PhraseMatch<Cue>[]): PhraseMatch<Cue>[] {
  const frame = cues.find((c) => c.value.frame);
  if (!frame) return [...cues];
  // An accusation stays one when framed as a fear ("Ukraine fears Russia prepares a false-flag attack")
  // or as the other side's possible preparation ("told his counterparts that Kyiv could be preparing
  // a dirty bomb provocation"): a frame that says something may be so (above the low-risk level of a
  // denial such as "no longer believe Putin plans… a dirty bomb") leaves the claim the act.
  const possibility = (frame.value.severity ?? BASE_SEVERITY.ASSESSMENT) > LOW_RISK_FRAME_SEVERITY;
  // A hedge's own words may open an act cue ("would likely use"): under the hedge it is the content too.
  const contentFrom = frame.value.hedge ? frame.start : frame.end;
  return cues.filter((c) => c === frame || c.start < contentFrom || (c.value.type === 'ACCUSATION' && (!c.value.side || possibility)) || !ACT_TYPES.has(c.value.type));
}

/**
 * "Asked China and India to urge the Kremlin not to cross the nuclear line", "warned its allies that
 * the submarine might be preparing a test", "its nuclear status was irreversible and any dialogue on
 * denuclearisation would be rejected": act, warning and contact cues after a cue that governs them are
 * what it asks for, passes on or rules out, not acts of their own.
 */
function withoutGovernedActs(cues: readonly PhraseMatch<Cue>[]): PhraseMatch<Cue>[] {
  const governing = cues.find((c) => c.value.governs);
  if (!governing) return [...cues];
  // A cue that starts inside the governing one and runs past it ("allow it to strike | strike targets")
  // is content too.
  // A judgement passed on keeps the steps it reports as facts ("informed its allies that Russia had
  // moved Iskander missiles"): whose steps they are is the attribution's; a frame sets aside those
  // only supposed ("might be preparing a test").
  const content = (c: PhraseMatch<Cue>): boolean =>
    (ACT_TYPES.has(c.value.type) || c.value.type === 'WARNING' || c.value.type === 'CONTACT') && !(governing.value.type === 'ASSESSMENT' && REPORTED_STEPS.has(c.value.type));
  return cues.filter((c) => c === governing || c.start < governing.start || c.end <= governing.end || !content(c));
}

/**
 * The party named last before a position, other than the actor's own mention;
 * with `clause`, only one in the same clause (no comma or "that" between):
 * the agent of a threat verb ("the West had threatened").
 */
function partyBefore(
  parties: readonly Party[],
  position: number,
  actorMention: Mention | null,
  folded?: string,
  clause?: SignalLexicon,
): Party | null {
  let found: Party | null = null;
  for (const p of parties) {
    if (p.span.end > position) break;
    if (actorMention && p.span.start < actorMention.end && p.span.end > actorMention.start) continue;
    found = p;
  }
  if (found && folded !== undefined && clause) {
    const between = folded.slice(found.span.end, position);
    if (/[,;:]/.test(between) || clause.complementizers.test(folded, found.span.end, position)) return null;
  }
  return found;
}

/**
 * Is the cue inside a condition whose own subject (a party named between the condition word and the
 * cue: "if Russia used", "якщо Росія завдасть") is its agent? Then the act is supposed of that
 * party: the speaker's answer, not the condition, is what the sentence says.
 */
function supposedOfParty(folded: string, sentence: Span, cue: Span, lex: SignalLexicon, mentions: readonly Mention[]): boolean {
  if (!isSupposed(folded, sentence, cue, lex)) return false;
  const condition = lex.conditions.matchAll(folded, Math.max(sentence.start, cue.start - CONDITION_REACH), cue.start).pop();
  if (!condition) return false;
  return mentions.some((m) => m.start >= condition.end && m.end <= cue.start) || lex.targets.test(folded, condition.end, cue.start);
}

/** At most this many words of the step's object between a step and its owner in the bare genitive ("размещения ядерного оружия США"). */
export const OWNED_OBJECT_WORDS = 2;
/** At most this many words of adjectives between an owner's possessive and the step it owns ("Russia's large nuclear exercises"). */
export const OWNER_ADJECTIVES = 2;
/** Adjectives, between a possessive ending and the noun it owns. */
const OWNER_ADJECTIVE_RUN = /^(?:\s+[\p{L}-]+)*\s+$/u;

/**
 * Does the folded text from `from` (the end of a party's name) to `to` (a noun) make the party the noun's
 * owner by a possessive ending of the language (possessive-marks: "Russia's nuclear exercises"), with
 * at most `OWNER_ADJECTIVES` words between?
 */
function possessiveOwner(folded: string, from: number, to: number, lex: SignalLexicon): boolean {
  const between = folded.slice(from, to);
  const mark = lex.possessives.find((m) => between.startsWith(m));
  if (mark === undefined) return false;
  const rest = between.slice(mark.length);
  return OWNER_ADJECTIVE_RUN.test(rest) && wordCount(rest) <= OWNER_ADJECTIVES;
}

/**
 * Is the step cue owned by a party that is the actor's adversary: a possessive before it ("Russia's
 * nuclear exercises") or a genitive after it, marked by an owner word of the language ("les
 * exercices nucléaires de la Russie", attribution-cues `owner`) or, where the language says so
 * (`owner-bare | genitive`), by case alone ("учения НАТО", "навчання Росії")? Such a step is what
 * the actor speaks about, not a step the actor takes. `bare` says where an unmarked party beside the
 * noun owns it.
 */
function ownedByAdversary(text: string, folded: string, parties: readonly Party[], cue: Span, country: string | null, lex: SignalLexicon, bare: BareOwner = 'any'): boolean {
  const owner = parties.find((p) => owns(text, folded, p.span, cue, lex, bare));
  return owner !== undefined && adversaries(blocOf(owner.code), country);
}

/**
 * Where a party with no mark beside a noun owns it: `any`, right before ("NATO deployment") or, in a
 * language of the genitive, right after it; `genitive`, only after (a party right before may be the
 * subject: "Les Alliés condamnent"); `none` (a word that may be a verb: "Kyiv threatened", «пригрозил
 * США»).
 */
type BareOwner = 'any' | 'genitive' | 'none';

/** Does the party named at `party` own the noun at `cue` (possessive before it, owner word or genitive after it; see ownedByAdversary)? */
function owns(text: string, folded: string, party: Span, cue: Span, lex: SignalLexicon, bare: BareOwner): boolean {
  if (party.end <= cue.start) {
    const between = text.slice(party.end, cue.start);
    // "Russia's nuclear exercises"; "решение США разместить", "NATO deployment": the party right
    // before the step names its owner (not "NATO by deploying": a preposition makes it an object).
    return possessiveOwner(folded, party.end, cue.start, lex) || (bare === 'any' && /^\s+$/.test(between) && !lex.objectWords.test(folded, party.start, cue.start));
  }
  if (party.start < cue.end) return false;
  const between = folded.slice(cue.end, party.start);
  if (/^\s+$/.test(between) && lex.bareGenitiveOwner && bare !== 'none') return true;
  // "размещения ядерного оружия США": the step's own object in the genitive, then its owner.
  if (lex.bareGenitiveOwner && bare !== 'none' && /^[\s\p{L}-]+$/u.test(between) && wordCount(between) <= OWNED_OBJECT_WORDS && !lex.objectWords.test(folded, cue.end, party.start)) return true;
  // « les menaces nucléaires de Poutine »: adjectives may stand between the noun and its owner word.
  const of = lex.ownerWords.matchAll(folded, cue.end, party.start).find((m) => OWNER_ADJECTIVE_RUN.test(folded.slice(cue.end, m.start) || ' ') && wordCount(folded.slice(cue.end, m.start)) <= OWNER_ADJECTIVES);
  if (!of) return false;
  const rest = folded.slice(of.end, party.start);
  return /^\s*$/.test(rest) || lex.articles.matchAll(folded, of.end, party.start).some((a) => /^\s*$/.test(folded.slice(of.end, a.start)) && /^\s*$/.test(folded.slice(a.end, party.start)));
}

/**
 * Is the party named nearest a contact cue, other than the actor and the actor's own state, on the
 * actor's own side of the confrontation (both aligned with the West, or both of the Russian side)?
 * That party is the one talked with.
 */
function alliedCounterpart(parties: readonly Party[], cue: Span, att: Attribution): boolean {
  const own = (att.actor.country ?? '').toUpperCase();
  if (own === '') return false;
  const gap = (p: Party): number => (p.span.end <= cue.start ? cue.start - p.span.end : Math.max(0, p.span.start - cue.end));
  const others = parties.filter((p) => p.code !== own && !(att.mention && p.span.start < att.mention.end && p.span.end > att.mention.start));
  const nearest = [...others].sort((a, b) => gap(a) - gap(b))[0];
  if (!nearest) return false;
  return (WEST_ALIGNED.has(nearest.code) && WEST_ALIGNED.has(own)) || (EAST.has(nearest.code) && EAST.has(own));
}

/** Is the party named last before the cue in its clause, other than the actor's own mention, the actor's adversary? */
function adversaryAgent(parties: readonly Party[], cue: Span, att: Attribution, country: string | null, folded: string, lex: SignalLexicon): boolean {
  // In the cue's own clause: "a resolution drafted by the United States that called on all states not
  // to develop nuclear weapons" names no agent of the development.
  const agent = partyBefore(parties, cue.start, att.mention, folded, lex);
  return agent !== null && adversaries(blocOf(agent.code), country);
}

/** At most this many units from the end of a threat word to the party it is aimed at ("une menace directe contre la Russie"). */
/** Whether the party named last before a cue in its clause, if any, is the actor's own state. */
function ownAgent(parties: readonly Party[], cue: Span, att: Attribution, country: string | null, folded: string, lex: SignalLexicon): boolean {
  const agent = partyBefore(parties, cue.start, att.mention, folded, lex);
  return agent === null || agent.code === (country ?? '').toUpperCase();
}

export const AIMED_AT_REACH = 30;

/** Is the threat word followed, in its clause, by an aimed-at word and a party of the speaker's own side? */
function aimedAtOwnSide(parties: readonly Party[], cue: Span, country: string | null, folded: string, lex: SignalLexicon): boolean {
  const party = parties.find((p) => p.span.start >= cue.end && p.span.start - cue.end <= AIMED_AT_REACH);
  if (!party || /[,;:.]/.test(folded.slice(cue.end, party.span.start))) return false;
  const own = party.code === (country ?? '').toUpperCase() || (sideOf(party.code) === 'east' && sideOf(country) === 'east');
  return own && lex.aimedAt.test(folded, cue.end, party.span.start);
}

/** A party word that no mention took stands at most this many words before its step's verb ("росія вперше застосувала"). */
export const UNNAMED_AGENT_GAP_WORDS = 2;

/** The one state fielding the named systems of a statement (system-owners.txt), or null for none or several. */
function fieldingState(lex: SignalLexicon, folded: string, span: Span, stateOf: (country: string) => ActorRef | null): ActorRef | null {
  const codes = new Set(lex.owners.matchAll(folded, span.start, span.end).map((m) => m.value));
  return codes.size === 1 ? stateOf([...codes][0] as string) : null;
}

function normName(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

interface BuildInput {
  readonly sentence: Sentence;
  readonly index: number;
  readonly view: SentenceView;
  readonly ctx: SentenceContext;
  readonly parties: readonly Party[];
  readonly type: SignalType;
  readonly att: Attribution;
  readonly cues: readonly PhraseMatch<Cue>[];
  readonly actTimes: readonly TimeExpression[];
  readonly sentences: readonly Sentence[];
  readonly stateNames: ReadonlySet<string>;
  readonly narrative: string | null;
  readonly unnamedSources: ReadonlySet<string>;
  /** Mentions and quotations of unnamed officials, given to their state. */
  readonly unnamed: ReadonlySet<Mention | Quote>;
  /** People introduced with a spokesperson's title. */
  readonly spokespeople: ReadonlySet<string>;
  /** The act is told in a clause of background of its sentence. */
  readonly background: boolean;
}

function buildCandidate(doc: Doc, folded: string, lex: SignalLexicon, grammar: TimeGrammar, input: BuildInput): Candidate {
  const { sentence, index, view, ctx, parties, type, att, cues, actTimes, sentences, stateNames, narrative, unnamedSources, unnamed, spokespeople, background } = input;
  const lead = cues[0] as PhraseMatch<Cue>;
  const actor: ActorRef = att.actor;
  const person = att.via === 'quote' || att.via === 'name' || att.via === 'alias' || att.via === 'surname' || att.via === 'pronoun' || att.via === 'role'
    ? !stateNames.has(normName(actor.name))
    : false;

  const inSentence = (t: TimeExpression): boolean => t.start >= sentence.start && t.end <= sentence.end;
  const sentenceTimes = actTimes.filter((t) => inSentence(t) && !inAsideClause(doc.text, folded, sentence, t, lead, lex));
  const paragraphTimes = actTimes.filter((t) => {
    const s = sentences.findIndex((x) => t.start >= x.start && t.end <= x.end);
    return s >= 0 && s < index && sentences[s]?.paragraph === sentence.paragraph;
  });
  const { date, explicit } = dateOf({
    sentenceTimes,
    paragraphTimes,
    cue: lead,
    undatedPast: grammar.undatedPast.test(folded, sentence.start, sentence.end),
    published: doc.published,
    narrativeYear: narrative,
  });

  const escalators = escalatorsIn(lex.severity, folded, sentence, lead, lex.subordinators);
  const severity = severityOf({
    type,
    cueSeverities: cues.map((c) => c.value.severity).filter((s): s is number => s !== undefined),
    explicitWeapon: ctx.kinds.has('weapon'),
    escalators,
    actorSide: sideOf(actor.country),
  });

  // A private channel is the actor's when the actor is the last party named before it ("the
  // United States sent private messages…"), not when it belongs to someone else in the sentence.
  const privateCue = lex.modality.matchAll(folded, sentence.start, sentence.end).some((m) => {
    // The recipient ("fait savoir à Moscou, par des canaux privés") is governed, not the channel's owner.
    const owner = view.mentions.filter((x) => x.end <= m.start && x.actor.kind !== 'media' && !isGoverned(folded, x, lex)).pop();
    // The actor's own state owns the channel its spokesperson reports ("Price said the United States
    // had conveyed privately…").
    const ownState = (owner?.via === 'state' || owner?.via === 'organisation') && owner.actor.country !== null && owner.actor.country === actor.country;
    return !owner || owner.actor.name === actor.name || ownState || (att.mention !== null && owner === att.mention);
  });

  const officialMedia = lex.sourcing.matchAll(folded, sentence.start, sentence.end).filter((m) => m.value === 'official-media');
  const sourcingCues = lex.sourcing.matchAll(folded, sentence.start, sentence.end).filter((m) => {
    // "Statements by Western officials": officials whose words are discussed, not the text's source.
    if ((m.value === 'anonymous' || m.value === 'anonymous-source') && speakerNounBefore(lex, folded, m)) return false;
    // A state's own media ("state media reported", "selon les médias d'État") is its official voice.
    if ((m.value === 'reported' || m.value === 'attribution') && officialMedia.some((o) => Math.abs(m.start - o.end) <= OFFICIAL_MEDIA_GAP || Math.abs(o.start - m.end) <= OFFICIAL_MEDIA_GAP)) {
      return false;
    }
    return m.value !== 'official-media';
  });
  // A rebuttal often follows an accusation in the next sentence ("Kyiv rejected the claim").
  const next = sentences[index + 1];
  if (type === 'ACCUSATION' && next && next.paragraph === sentence.paragraph) {
    sourcingCues.push(...lex.sourcing.matchAll(folded, next.start, next.end).filter((m) => m.value === 'disputed' || m.value === 'denial'));
  } else if (type === 'ACCUSATION' && next) {
    // Wire copy puts the rebuttal in a paragraph of its own ("X offered no evidence for the claim").
    sourcingCues.push(...lex.sourcing.matchAll(folded, next.start, next.end).filter((m) => m.value === 'disputed'));
  }
  // The agency of a wire dateline ("MOSCOW, Nov 19 (Reuters) -") is the publisher itself, not
  // another outlet whose report the text relays.
  const ownDateline = datelineEnd(doc.text, sentence);
  const mediaNamed = doc.mentions.some(
    (m) => m.start >= ownDateline && m.end <= sentence.end && m.actor.kind === 'media' && m.actor.name !== actor.name,
  );
  const ownSourcing = sourcingOf({
    cues: sourcingCues,
    namedActor: person,
    mediaNamed,
    deniedByOther: (position) => {
      const party = partyBefore(parties, position, null);
      if (!party) return true;
      return party.code !== (actor.country ?? '').toUpperCase();
    },
  });

  // An account the text attributes once to a state's unnamed officials ("according to US
  // officials…") goes on in later sentences about that state without repeating it.
  const state = actor.kind === 'official' && stateNames.has(normName(actor.name));
  const unnamedOfficial = (att.mention !== null && unnamed.has(att.mention)) || (att.quote !== null && att.via === 'quote' && unnamed.has(att.quote));
  const sourcing =
    (ownSourcing === 'on_record' && state && unnamedSources.has((actor.country ?? '').toUpperCase())) || unnamedOfficial
      ? strongerSourcing(ownSourcing, 'anonymous')
      : ownSourcing;
  // A government's internal judgement (its fears, estimates, intelligence) known through unnamed
  // sources or another outlet's report was not made public: it is a leak.
  const leaked = state && (sourcing === 'anonymous' || sourcing === 'reported') && cues.some((c) => c.value.internal);
  const modality = privateCue || type === 'PLANNING' || leaked ? 'private' : 'public';

  const quote = att.quote ?? view.quotes.find((q: Quote) => q.speaker && q.speaker.name === actor.name) ?? null;
  const target = targetOf(type, actor, parties, att.mention);

  let confidence = BASE_CONFIDENCE;
  if (ctx.kinds.has('weapon')) confidence += WEAPON_TERM_BONUS;
  if (att.via === 'quote' || (att.mention && person)) confidence += SURE_ACTOR_BONUS;
  if (att.quote && inside(lead, att.quote)) confidence += QUOTED_CUE_BONUS;
  if (ctx.context === 'inherited') confidence -= INHERITED_CONTEXT_PENALTY;

  const signal: Signal = {
    type,
    actor,
    target,
    date,
    severity,
    modality,
    sourcing,
    quote: quote ? quote.text : null,
    evidence: [{ start: sentence.start, end: sentence.end, text: doc.text.slice(sentence.start, sentence.end) }],
    confidence: Math.round(Math.min(0.95, Math.max(0.05, confidence)) * 100) / 100,
  };
  return {
    signal,
    sentences: [index],
    explicitDate: explicit,
    person,
    state: actor.kind === 'official' && stateNames.has(normName(actor.name)),
    // A spokesperson's words about a private communication report the state's act: the spokesperson
    // did not speak in that channel (§1 "Peskov said Russia had notified Washington").
    reporter:
      person &&
      (REPORTED_STEPS.has(type) || modality === 'private') &&
      spokespeople.has(actor.name) &&
      !askedOf(folded, view, lead, actor, lex) &&
      !statedPolicy(type, cues),
    ...(background ? { background: true as const } : {}),
  };
}

/**
 * Is the act a policy stated rather than a step taken: a doctrine stated as its condition of use, or a
 * regime stance at the level of an offer or a demand ("called on all nuclear powers to withdraw the
 * weapons they keep abroad", §4 level 1)? It is its speaker's, not the signer's or the state's.
 */
function statedPolicy(type: SignalType, cues: readonly PhraseMatch<Cue>[]): boolean {
  if (type === 'ARMS_CONTROL') {
    // (Compliance, level 0, "remains faithful to the treaty", is left as a step the state keeps.)
    return cues.every((c) => (c.value.severity ?? BASE_SEVERITY.ARMS_CONTROL) <= OFFERED_REGIME_SEVERITY && (c.value.severity ?? BASE_SEVERITY.ARMS_CONTROL) > COMPLIANCE_SEVERITY);
  }
  return type === 'DOCTRINE' && cues.every((c) => c.value.condition === true);
}

/**
 * "He dismissed calls for China to join the talks", "urged Russia to return to the treaty": the
 * step is asked of the speaker's state, named last before the cue as an object (a preposition or a
 * verb governs it), not reported as taken; what the speaker says of it is the speaker's own.
 */
function askedOf(folded: string, view: SentenceView, cue: Span, actor: ActorRef, lex: SignalLexicon): boolean {
  if (actor.country === null) return false;
  const state = view.mentions.filter((m) => (m.via === 'state' || m.via === 'organisation') && m.actor.country === actor.country && m.end <= cue.start).pop();
  return state !== undefined && isGoverned(folded, state, lex);
}

/**
 * Countries whose unnamed officials the text cites as its sources: the mention
 * an anonymous-sourcing cue holds or is followed by ("selon des responsables
 * américains", "US officials said").
 */
export const ANONYMOUS_SOURCE_REACH = 30;

function anonymousSourceCountries(doc: Doc, folded: string, lex: SignalLexicon): Set<string> {
  const out = new Set<string>();
  for (const cue of lex.sourcing.matchAll(folded).filter((m) => m.value === 'anonymous-source')) {
    // The mention inside the cue ("des responsables américains"), else the nearest after it, else before.
    const near = doc.mentions.filter(
      (m) => m.actor.country !== null && m.actor.kind === 'official' && m.end > cue.start - ANONYMOUS_SOURCE_REACH && m.start < cue.end + ANONYMOUS_SOURCE_REACH,
    );
    const distance = (m: Mention): number => (m.start >= cue.start ? Math.max(0, m.start - cue.end) : ANONYMOUS_SOURCE_REACH + cue.start - m.end);
    const mention = near.sort((a, b) => distance(a) - distance(b))[0];
    if (mention && mention.via !== 'name' && mention.via !== 'surname' && mention.via !== 'alias') out.add((mention.actor.country as string).toUpperCase());
  }
  return out;
}

/**
 * A statement continued in the next sentence (a quotation going on, "he
 * added") keeps the date the first sentence gave it.
 */
function inheritAdjacentDates(candidates: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of candidates) {
    const previous = [...out]
      .reverse()
      .find((p) => p.signal.actor.name === c.signal.actor.name && (p.signal.type === c.signal.type || p.explicitDate));
    const adjacent = previous && (previous.sentences[previous.sentences.length - 1] as number) + 1 === c.sentences[0];
    if (!c.explicitDate && adjacent && previous) {
      out.push({ ...c, signal: { ...c.signal, date: previous.signal.date }, explicitDate: previous.explicitDate });
    } else out.push(c);
  }
  return out;
}
