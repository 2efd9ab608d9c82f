/**
 * The signals stage's language data, one compiled set per language, loaded
 * and validated once when the stage is built.
 */
import { SIGNAL_TYPES, type SignalType } from '../../document/index.ts';
import {
  allOf,
  fold,
  isPhrase,
  LEXICON_LANGS,
  LexiconError,
  oneOf,
  PhraseSet,
  readLexicon,
  type EntryCheck,
  type LexiconLang,
  type LexiconSpec,
} from '../../lexicon/index.ts';
import { loadGazetteer } from '../actors/gazetteer.ts';

/**
 * `strategic`: a delivery system that exists only to carry nuclear weapons (an ICBM, Bulava,
 * Minuteman): weapon context on its own and a system for the cues that need one; `system`: a
 * nuclear-capable, often dual-use, system (Iskander, "ballistic missile").
 */
export const NUCLEAR_KINDS = ['weapon', 'nuclear', 'system', 'strategic', 'radiological', 'regime', 'anaphor'] as const;
export type NuclearKind = (typeof NUCLEAR_KINDS)[number];
const NEEDS = ['weapon', 'system', 'radiological', 'regime'] as const;
export const SOURCING_KINDS = ['anonymous-source', 'anonymous', 'reported', 'attribution', 'disputed', 'denial', 'official-media'] as const;
export type SourcingKind = (typeof SOURCING_KINDS)[number];
export const ESCALATORS = ['veiled', 'target', 'military'] as const;
export type Escalator = (typeof ESCALATORS)[number];
/**
 * Target codes a target cue may name besides the gazetteer's: the collective West, which no state or
 * organisation of the gazetteer stands for. Any state (states.yaml) or organisation with a code
 * (organisations.yaml) can be a target.
 */
export const COLLECTIVE_TARGETS = ['WEST'] as const;
/** A target code's shape: ISO 3166-1 alpha-2 or an organisation code (NATO, IAEA, CTBTO). */
const TARGET_CODE = /^[A-Z][A-Z0-9]{1,5}$/;
const BACKGROUND = ['history', 'recommendation', 'question'] as const;
const ATTRIBUTION_KINDS = [
  'object',
  'complementizer',
  'subordinator',
  'speaker-noun',
  'speaker-noun-after',
  'negation',
  'article',
  'modal',
  'indefinite',
  'spokesperson',
  'relative',
  'orderer',
  'deliberation',
  'counter',
  'aimed-at',
  'condition',
  'conjunction',
  'pair',
  'state-pair',
  'circumstance',
  'owner',
  'owner-bare',
  'opposition',
  'topic',
  'addressee',
  'report',
  'source',
] as const;
/** The one value an `owner-bare` entry may take: the language marks a step's owner by case alone. */
const OWNER_BARE_VALUES = ['genitive'] as const;

export interface Cue {
  readonly type: SignalType;
  /** Severity the cue implies, when it says more than its type's base level. */
  readonly severity?: number;
  /** Nuclear-term kind the sentence must also contain. */
  readonly needs?: (typeof NEEDS)[number];
  /** Only for an actor of that side. */
  readonly side?: 'east' | 'west';
  /** An assessment framing what follows: act cues after it are the content assessed. */
  readonly frame?: true;
  /**
   * A hedged prediction of a party's conduct ("would likely", "will probably"): a frame in the mouth
   * of an observer, but a party's own side predicting its conduct ("Medvedev said Russia would
   * likely use nuclear weapons if…") states the party's intent, so there it frames nothing. On an
   * act cue ("would likely use"): the act only in the mouth of the party's own side.
   */
  readonly hedge?: true;
  /** A reporting verb that is an assessment only in an expert's mouth ("noted", "a noté"). */
  readonly experts?: true;
  /** A judgement held inside a government (a fear, an estimate, intelligence). */
  readonly internal?: true;
  /** A condemnation or refusal of nuclear threats: a warning whoever speaks, never a veiled threat. */
  readonly condemns?: true;
  /** A condition restricting use ("only if"): a threat of the same actor in the sentence is the doctrine's content. */
  readonly condition?: true;
  /**
   * A refusal or denial ("ruled out", "a exclu"): a threat cue after it in the sentence is what is
   * refused, not made; with a condition after it, the refusal says when weapons would not be used.
   */
  readonly refuses?: true;
  /**
   * A step that breaks a regime or raises the stakes (a violation, a withdrawal, a resumed test, a
   * deployment): negated just before it ("не нарушала мораторий", "has not deployed"), it is
   * compliance or a denial of intent, a reassurance (§4 level 0), not merely no act.
   */
  readonly breach?: true;
  /**
   * A veiled threat formula ("мало не покажется", "это не блеф", "ответ будет молниеносным"): in
   * the own voice of an official of a nuclear-armed state (their channel, their statement), or said by
   * such an official in a document about nuclear weapons, it is a threat even where its sentence names
   * no nuclear weapon (§2 THREAT "veiled terms").
   */
  readonly veiled?: true;
  /**
   * Talks taken up again ("ready to reschedule", "resume the talks"): the talks are those the sentence
   * before named, so the contact holds in a sentence that only continues a nuclear one.
   */
  readonly resumes?: true;
  /**
   * Said of the actor's adversary: the cue counts only when the party named last before it (its
   * agent: "Putin said Ukraine intended to build nuclear weapons") is the actor's adversary. The same
   * words with the actor's own side as agent ("Kim vowed to build more nuclear weapons") are no such act.
   */
  readonly adversary?: true;
  /**
   * Said with its recipient as subject ("Британия получит ядерный ответ", "London would receive a nuclear
   * response"): the party named before it is the one the threat is aimed at, never the threat's agent.
   */
  readonly received?: true;
  /**
   * An act whose object is another act ("asked China to urge the Kremlin not to…", "warned its allies
   * that the submarine might be preparing a test"): act, warning and contact cues after it in the
   * sentence are what it passes on, asks for or rules out, not acts of their own.
   */
  readonly governs?: true;
  /**
   * A step called off ("postponed", "cancelled", "called off"): it holds only beside a step of the
   * same actor in its sentence (a test, an exercise, a launch), which it turns into a reassurance.
   */
  readonly callsoff?: true;
  /**
   * Said of the actor's own side: the cue counts unless the party named last before it is another
   * state ("we will have to have one as well", "Either Ukraine will have nuclear weapons" in Zelensky's
   * mouth; not "Putin said Kyiv will have nuclear weapons").
   */
  readonly own?: true;
  /**
   * A step told in the passive with no agent ("was fired", "a été tiré", «был применён», «застосовано»):
   * its actor is the state fielding the system it names (system-owners.txt), not whoever reports it.
   */
  readonly agentless?: true;
  /**
   * Set by the stage, not a data option: a step cue the speaker opposes ("против размещения"),
   * read as a reassurance unless the step opposed is the adversary's.
   */
  readonly opposed?: true;
  /** Set by the stage, not a data option: a breach cue negated ("has not withdrawn"), read as compliance. */
  readonly denied?: true;
  /** `file:line`, for diagnostics. */
  readonly origin: string;
  /**
   * Set at load, not a data option: for a phrase with a gap ("urged ... to use") that holds no
   * negation of its own, its head words (those before the first "..."), matched from the cue's start.
   * A negation in the gap past them turns down the act the phrase names ("urged Russia not to use").
   */
  readonly gapHead?: RegExp;
}

function parseOptions(text: string): Omit<Cue, 'type' | 'origin'> | string {
  const out: {
    severity?: number;
    needs?: (typeof NEEDS)[number];
    side?: 'east' | 'west';
    frame?: true;
    hedge?: true;
    experts?: true;
    internal?: true;
    condemns?: true;
    condition?: true;
    refuses?: true;
    breach?: true;
    veiled?: true;
    resumes?: true;
    adversary?: true;
    received?: true;
    governs?: true;
    callsoff?: true;
    own?: true;
    agentless?: true;
  } = {};
  for (const part of text.split(',').map((p) => p.trim())) {
    const [key, value] = part.split('=').map((p) => p.trim());
    if (key === 'sev' && /^[0-9]$/.test(value ?? '')) out.severity = Number(value);
    else if (key === 'needs' && NEEDS.includes(value as (typeof NEEDS)[number])) out.needs = value as (typeof NEEDS)[number];
    else if (key === 'side' && (value === 'east' || value === 'west')) out.side = value;
    else if (key === 'frame' && value === undefined) out.frame = true;
    else if (key === 'hedge' && value === undefined) out.hedge = true;
    else if (key === 'experts' && value === undefined) out.experts = true;
    else if (key === 'internal' && value === undefined) out.internal = true;
    else if (key === 'condemns' && value === undefined) out.condemns = true;
    else if (key === 'condition' && value === undefined) out.condition = true;
    else if (key === 'refuses' && value === undefined) out.refuses = true;
    else if (key === 'breach' && value === undefined) out.breach = true;
    else if (key === 'veiled' && value === undefined) out.veiled = true;
    else if (key === 'resumes' && value === undefined) out.resumes = true;
    else if (key === 'adversary' && value === undefined) out.adversary = true;
    else if (key === 'received' && value === undefined) out.received = true;
    else if (key === 'governs' && value === undefined) out.governs = true;
    else if (key === 'callsoff' && value === undefined) out.callsoff = true;
    else if (key === 'own' && value === undefined) out.own = true;
    else if (key === 'agentless' && value === undefined) out.agentless = true;
    else return `unknown option "${part}" (expected sev=0..9, needs=${NEEDS.join('|')}, side=east|west, frame, hedge, experts, internal, condemns, condition, refuses, breach, veiled, resumes, adversary, received, governs, callsoff, own, agentless)`;
  }
  return out;
}

const checkOptions: EntryCheck = (fields) => {
  if (fields[2] === undefined) return null;
  const parsed = parseOptions(fields[2]);
  return typeof parsed === 'string' ? parsed : null;
};

const twoFields = (kinds: readonly string[], what: string): EntryCheck => allOf(oneOf(0, kinds, what), isPhrase(1));

export const SIGNAL_LEXICONS = {
  cues: { kind: 'signal-cues', minFields: 2, maxFields: 3, check: allOf(oneOf(0, SIGNAL_TYPES, 'signal type'), isPhrase(1), checkOptions) },
  nuclear: { kind: 'nuclear-terms', minFields: 2, maxFields: 2, check: twoFields(NUCLEAR_KINDS, 'nuclear term kind') },
  civil: { kind: 'civil-nuclear', minFields: 1, maxFields: 1, check: isPhrase(0) },
  /** Phrases whose nuclear word is a figure of speech ("the nuclear option" of a parliament); a language may have none. */
  figurative: { kind: 'nuclear-figurative', minFields: 1, maxFields: 1, check: isPhrase(0), required: false },
  sourcing: { kind: 'sourcing-cues', minFields: 2, maxFields: 2, check: twoFields(SOURCING_KINDS, 'sourcing kind') },
  modality: { kind: 'modality-cues', minFields: 1, maxFields: 1, check: isPhrase(0) },
  severity: { kind: 'severity-cues', minFields: 2, maxFields: 2, check: twoFields(ESCALATORS, 'escalator') },
  targets: {
    kind: 'target-cues',
    minFields: 2,
    maxFields: 2,
    check: allOf((fields) => (TARGET_CODE.test(fields[0] ?? '') ? null : `a target code is upper case, like RU or NATO: "${fields[0]}"`), isPhrase(1)),
  },
  background: { kind: 'background-cues', minFields: 2, maxFields: 2, check: twoFields(BACKGROUND, 'background kind') },
  attribution: {
    kind: 'attribution-cues',
    minFields: 2,
    maxFields: 2,
    check: allOf(twoFields(ATTRIBUTION_KINDS, 'attribution kind'), (fields) =>
      fields[0] === 'owner-bare' && !OWNER_BARE_VALUES.includes(fields[1] as (typeof OWNER_BARE_VALUES)[number])
        ? `owner-bare takes ${OWNER_BARE_VALUES.join(' | ')}: "${fields[1]}"`
        : null,
    ),
  },
  /**
   * The one state fielding a named nuclear-capable system ("Zircon" → RU): a use, launch or test of it
   * told with no agent ("was fired", «был применён») is that state's step.
   */
  owners: {
    kind: 'system-owners',
    minFields: 2,
    maxFields: 2,
    check: allOf((fields) => (/^[A-Z]{2}$/.test(fields[0] ?? '') ? null : `an owner is an ISO 3166-1 alpha-2 state code, like RU: "${fields[0]}"`), isPhrase(1)),
  },
  /** Fixed terms holding a cue word that reports no act ("early-warning radar", "launch on warning"). */
  notCues: { kind: 'not-cues', minFields: 1, maxFields: 1, check: isPhrase(0) },
  /** First-person pronouns: in an official's own post they are the official speaking. */
  firstPerson: { kind: 'first-person', minFields: 1, maxFields: 1, check: isPhrase(0) },
  /**
   * Pronouns that stand for a state, a body or a group as a sentence's subject ("It said…", "They
   * added…"): a statement reported so goes on from the actor of the sentence before.
   */
  subjectPronouns: { kind: 'subject-pronouns', minFields: 1, maxFields: 1, check: isPhrase(0), required: false },
  /**
   * Possessive endings written right after a party's name ("Russia's"): the noun after is the party's.
   * Only languages that mark the owner so have the file.
   */
  possessives: {
    kind: 'possessive-marks',
    minFields: 1,
    maxFields: 1,
    check: (fields) => (/^\S+$/u.test(fields[0] ?? '') ? null : `a possessive ending is written with no space: "${fields[0]}"`),
    required: false,
  },
  /** The quotes stage's speech cues; the signals stage reads only their reporting verbs (`say`). */
  speech: { kind: 'speech-verbs', minFields: 2, maxFields: 2, check: isPhrase(0) },
} as const satisfies Record<string, LexiconSpec>;

/** The word classes attribution reads: who is governed, negated, reported or ordered, per language. */
export interface AttributionWords {
  readonly objectWords: PhraseSet<true>;
  readonly complementizers: PhraseSet<true>;
  readonly subordinators: PhraseSet<true>;
  readonly speakerNouns: PhraseSet<true>;
  readonly speakerNounsAfter: PhraseSet<true>;
  readonly negations: PhraseSet<true>;
  readonly articles: PhraseSet<true>;
  readonly modals: PhraseSet<true>;
  /** An indefinite article: "a State Department spokesperson" is someone the text does not name. */
  readonly indefinites: PhraseSet<true>;
  /** A spokesperson's title: one who reports what the state did rather than doing it. */
  readonly spokespeople: PhraseSet<true>;
  /** A relative pronoun opening a clause set off by commas ("Medvedev, who signed the treaty in 2010,"). */
  readonly relatives: PhraseSet<true>;
  /** Words naming who ordered a step, just before that person ("on the orders of President Putin"). */
  readonly orderers: PhraseSet<true>;
  /** Words making a step the topic of a discussion ("ready to discuss the deployment of…"): a policy statement, not a step. */
  readonly deliberations: PhraseSet<true>;
  /** A preposition opening a digest's topic line ("🔹 О заявлениях Вашингтона…", "On the talks:"): a label, no act. */
  readonly topics: PhraseSet<true>;
  /** Words making a step one the speaker opposes ("выступает против размещения", "opposed to deploying"): no step taken. */
  readonly oppositions: PhraseSet<true>;
  /** A word right after a mention making it the one addressed, not the actor ("Лондону стоит помнить", "Washington would do well to"). */
  readonly addressees: PhraseSet<true>;
  /** A document, or experts left unnamed ("the report says", "analysts say", «говорится в докладе»): a clause closing a sentence on one owns the words before it. */
  readonly reports: PhraseSet<true>;
  /** A word opening a source phrase ("according to", « selon », «по данным»): the judgement after it is the source's. */
  readonly sources: PhraseSet<true>;
  /** Words before the noun "threat" making it one the speaker faces, not makes ("destroys every threat"). */
  readonly counters: PhraseSet<true>;
  /** Words after the noun "threat" naming whom it is aimed at ("une menace contre la Russie", "угроза для России"). */
  readonly aimedAt: PhraseSet<true>;
  /** Words opening a condition ("if", "si", "если"): a step inside one is supposed, not taken. */
  readonly conditions: PhraseSet<true>;
  /** Conjunctions joining the people of a joint subject ("and", "et", "и"). */
  readonly conjunctions: PhraseSet<true>;
  /** Phrases pointing back to two people named before ("the two leaders", "les deux présidents"). */
  readonly pairs: PhraseSet<true>;
  /** Phrases pointing back to two states named before ("both sides", "the two countries", "les deux pays"). */
  readonly statePairs: PhraseSet<true>;
  /** Reporting verbs ("said", "a déclaré", "заявил"): a speaker placed after the content stands next to one. */
  readonly reporting: PhraseSet<true>;
  /**
   * Words opening a sentence that points back to what the sentence before said, naming its speaker
   * ("Об этом заявил Шойгу.", "Про це повідомив Юсов.", "C'est ce qu'a déclaré…"): the quotes stage's
   * `anaphor` speech cues, read here for acts stated before their speaker is named.
   */
  readonly pointersBack: PhraseSet<true>;
  /**
   * Prepositions opening a phrase of circumstance beside an inverted speaker: the medium, the
   * interview, the occasion ("заявил в интервью РИА Новости Рябков", "a déclaré Lavrov dans un
   * entretien au Monde"). Such a phrase is not words that push the speaker out of the clause.
   */
  readonly circumstances: PhraseSet<true>;
  /**
   * Words between a step and the party that owns it ("the exercises of NATO", "les exercices de la
   * Russie"): such a step is the party's, what the actor speaks about.
   */
  readonly ownerWords: PhraseSet<true>;
  /**
   * The language puts a step's owner in a bare genitive right after it ("учения НАТО", "навчання
   * Росії"): a party right after the step owns it with no word between.
   */
  readonly bareGenitiveOwner: boolean;
}

export interface SignalLexicon extends AttributionWords {
  readonly lang: LexiconLang;
  readonly cues: PhraseSet<Cue>;
  readonly nuclear: PhraseSet<NuclearKind>;
  readonly civil: PhraseSet<true>;
  /** Figures of speech ("nuclear option"): the nuclear terms inside them make no nuclear context. */
  readonly figurative: PhraseSet<true>;
  readonly sourcing: PhraseSet<SourcingKind>;
  readonly modality: PhraseSet<true>;
  readonly severity: PhraseSet<Escalator>;
  readonly targets: PhraseSet<string>;
  /** The one state fielding a named nuclear-capable system, by the system's names. */
  readonly owners: PhraseSet<string>;
  readonly background: PhraseSet<string>;
  readonly firstPerson: PhraseSet<true>;
  /** Pronoun subjects that stand for a state, body or group ("It said…"). */
  readonly subjectPronouns: PhraseSet<true>;
  /** Possessive endings, folded ("'s"), longest first; none where the language has none. */
  readonly possessives: readonly string[];
  /** Terms whose cue words report no act: cues inside them are ignored. */
  readonly notCues: PhraseSet<true>;
}

/** The codes a target may take: every state and organisation code of the gazetteer, and the collective West. */
export function targetCodes(dataDir: string): ReadonlySet<string> {
  const gazetteer = loadGazetteer(dataDir);
  return new Set<string>([
    ...COLLECTIVE_TARGETS,
    ...gazetteer.states.map((s) => s.code.toUpperCase()),
    ...gazetteer.organisations.flatMap((o) => (o.actor.country ? [o.actor.country.toUpperCase()] : [])),
  ]);
}

/** Every target entry whose code is no gazetteer code, as `file:line` messages. */
function unknownTargets(entries: readonly { code: string; origin: string }[], codes: ReadonlySet<string>): string[] {
  return entries
    .filter((e) => !codes.has(e.code))
    .map((e) => `${e.origin}: "${e.code}" is no state or organisation code of data/gazetteer (nor ${COLLECTIVE_TARGETS.join(', ')})`);
}

export function loadSignalLexicon(dataDir: string, lang: LexiconLang): SignalLexicon {
  const { lexicon, targetEntries } = readSignalLexicon(dataDir, lang);
  const unknown = unknownTargets(targetEntries, targetCodes(dataDir));
  if (unknown.length > 0) throw new LexiconError(unknown.join('\n'));
  return lexicon;
}

/**
 * A gapped phrase's head words as a pattern from the cue's start, or null for a phrase with no gap or
 * with a negation of its own ("ne ... pas", whose gap is its own construction, not an act turned down).
 */
function gapHeadOf(phrase: string, negations: PhraseSet<true>): RegExp | null {
  const gap = phrase.indexOf('...');
  if (gap < 0 || negations.test(fold(phrase))) return null;
  const headWords = phrase.slice(0, gap).trim().split(/\s+/).length;
  return new RegExp(String.raw`^(?:[^\p{L}\p{N}]*[\p{L}\p{N}'’-]+){${headWords}}`, 'u');
}

function readSignalLexicon(dataDir: string, lang: LexiconLang): { lexicon: SignalLexicon; targetEntries: { code: string; origin: string }[] } {
  const targetEntries: { code: string; origin: string }[] = [];
  const load = (spec: LexiconSpec) => readLexicon(dataDir, lang, spec);
  const attribution = (() => {
    const sets: Record<(typeof ATTRIBUTION_KINDS)[number], PhraseSet<true>> = {
      object: new PhraseSet(),
      complementizer: new PhraseSet(),
      subordinator: new PhraseSet(),
      'speaker-noun': new PhraseSet(),
      'speaker-noun-after': new PhraseSet(),
      negation: new PhraseSet(),
      article: new PhraseSet(),
      modal: new PhraseSet(),
      indefinite: new PhraseSet(),
      spokesperson: new PhraseSet(),
      relative: new PhraseSet(),
      orderer: new PhraseSet(),
      deliberation: new PhraseSet(),
      counter: new PhraseSet(),
      'aimed-at': new PhraseSet(),
      condition: new PhraseSet(),
      conjunction: new PhraseSet(),
      pair: new PhraseSet(),
      'state-pair': new PhraseSet(),
      circumstance: new PhraseSet(),
      owner: new PhraseSet(),
      'owner-bare': new PhraseSet(),
      opposition: new PhraseSet(),
      topic: new PhraseSet(),
      addressee: new PhraseSet(),
      report: new PhraseSet(),
      source: new PhraseSet(),
    };
    let bareGenitiveOwner = false;
    for (const e of load(SIGNAL_LEXICONS.attribution)) {
      if (e.fields[0] === 'owner-bare') bareGenitiveOwner = true;
      else sets[e.fields[0] as (typeof ATTRIBUTION_KINDS)[number]].add(e.fields[1] as string, true);
    }
    return {
      objectWords: sets.object,
      complementizers: sets.complementizer,
      subordinators: sets.subordinator,
      speakerNouns: sets['speaker-noun'],
      speakerNounsAfter: sets['speaker-noun-after'],
      negations: sets.negation,
      articles: sets.article,
      modals: sets.modal,
      indefinites: sets.indefinite,
      spokespeople: sets.spokesperson,
      relatives: sets.relative,
      orderers: sets.orderer,
      deliberations: sets.deliberation,
      oppositions: sets.opposition,
      topics: sets.topic,
      addressees: sets.addressee,
      reports: sets.report,
      sources: sets.source,
      counters: sets.counter,
      aimedAt: sets['aimed-at'],
      conditions: sets.condition,
      conjunctions: sets.conjunction,
      pairs: sets.pair,
      statePairs: sets['state-pair'],
      circumstances: sets.circumstance,
      ownerWords: sets.owner,
      bareGenitiveOwner,
      reporting: (() => {
        const set = new PhraseSet<true>();
        for (const e of load(SIGNAL_LEXICONS.speech)) if (e.fields[1] === 'say') set.add(e.fields[0] as string, true);
        return set;
      })(),
      pointersBack: (() => {
        const set = new PhraseSet<true>();
        for (const e of load(SIGNAL_LEXICONS.speech)) if (e.fields[1] === 'anaphor') set.add(e.fields[0] as string, true);
        return set;
      })(),
    };
  })();
  const cues = new PhraseSet<Cue>();
  for (const e of load(SIGNAL_LEXICONS.cues)) {
    const options = e.fields[2] === undefined ? {} : (parseOptions(e.fields[2]) as Omit<Cue, 'type' | 'origin'>);
    const gapHead = gapHeadOf(e.fields[1] as string, attribution.negations);
    cues.add(e.fields[1] as string, { type: e.fields[0] as SignalType, ...options, origin: `${e.file}:${e.line}`, ...(gapHead ? { gapHead } : {}) });
  }
  const tagged = <T extends string>(spec: LexiconSpec): PhraseSet<T> => {
    const set = new PhraseSet<T>();
    for (const e of load(spec)) set.add(e.fields[1] as string, e.fields[0] as T);
    return set;
  };
  const plain = (spec: LexiconSpec): PhraseSet<true> => {
    const set = new PhraseSet<true>();
    for (const e of load(spec)) set.add(e.fields[0] as string, true);
    return set;
  };
  const lexicon: SignalLexicon = {
    lang,
    cues,
    nuclear: tagged<NuclearKind>(SIGNAL_LEXICONS.nuclear),
    civil: plain(SIGNAL_LEXICONS.civil),
    figurative: plain(SIGNAL_LEXICONS.figurative),
    sourcing: tagged<SourcingKind>(SIGNAL_LEXICONS.sourcing),
    modality: plain(SIGNAL_LEXICONS.modality),
    severity: tagged<Escalator>(SIGNAL_LEXICONS.severity),
    targets: (() => {
      const set = new PhraseSet<string>();
      for (const e of load(SIGNAL_LEXICONS.targets)) {
        set.add(e.fields[1] as string, e.fields[0] as string);
        targetEntries.push({ code: e.fields[0] as string, origin: `${e.file}:${e.line}` });
      }
      return set;
    })(),
    background: tagged<string>(SIGNAL_LEXICONS.background),
    owners: tagged<string>(SIGNAL_LEXICONS.owners),
    firstPerson: plain(SIGNAL_LEXICONS.firstPerson),
    subjectPronouns: plain(SIGNAL_LEXICONS.subjectPronouns),
    possessives: load(SIGNAL_LEXICONS.possessives)
      .map((e) => e.fields[0] as string)
      .sort((a, b) => b.length - a.length),
    notCues: plain(SIGNAL_LEXICONS.notCues),
    ...attribution,
  };
  return { lexicon, targetEntries };
}

/** Lexicons by data directory: the signals and relevance stages of one pipeline both read them. */
const LEXICONS = new Map<string, ReadonlyMap<LexiconLang, SignalLexicon>>();

/** Every language's signal lexicon of a data directory, read and checked once per process. */
export function loadAllSignalLexicons(dataDir: string): ReadonlyMap<LexiconLang, SignalLexicon> {
  let lexicons = LEXICONS.get(dataDir);
  if (!lexicons) {
    lexicons = readAllSignalLexicons(dataDir);
    LEXICONS.set(dataDir, lexicons);
  }
  return lexicons;
}

function readAllSignalLexicons(dataDir: string): ReadonlyMap<LexiconLang, SignalLexicon> {
  // Every lexicon line is checked before the gazetteer is read, so a bad cue line is reported as
  // such even where the gazetteer cannot be read.
  const read = LEXICON_LANGS.map((lang) => [lang, readSignalLexicon(dataDir, lang)] as const);
  const unknown = unknownTargets(read.flatMap(([, r]) => r.targetEntries), targetCodes(dataDir));
  if (unknown.length > 0) throw new LexiconError(unknown.join('\n'));
  return new Map(read.map(([lang, r]) => [lang, r.lexicon]));
}
