/**
 * Who says a quotation, from the words around it. A `Window` is a stretch of
 * text outside quotation marks (its tokens and the actor mentions in it); the
 * rules look at the window after the quotation, then the one before it, then
 * the next sentence. They prefer people: a state or an organisation is the
 * speaker only when it stands right at the verb ("», le Kremlin a déclaré",
 * "a déclaré l'un de ces responsables"), since a state named elsewhere in the
 * clause is usually what is talked about, not who talks.
 */
import type { Mention } from '../../document/index.ts';
import type { Token } from '../actors/tokens.ts';
import type { FileLang } from '../../lexicon/index.ts';
import type { Cue, CueSet } from '../actors/cues.ts';
import type { ListLink } from '../signals/attribution.ts';

export type SpeechKind = 'say' | 'according' | 'according-start' | 'noun' | 'complementizer' | 'clause-break' | 'anaphor';

export interface Window {
  readonly from: number;
  readonly to: number;
  /** The window's text (`doc.text.slice(from, to)`). */
  readonly text: string;
  /** Folded clause-break words of the document's languages (", but", ", mais"). */
  readonly breaks: ReadonlySet<string>;
  /** Is the token a relative pronoun of the document's languages ("qui", "who", "который")? */
  readonly isRelative: (token: Token) => boolean;
  /** Is the token a pronoun standing for a state or a body as a subject ("It accused…")? */
  readonly isSubjectPronoun: (token: Token) => boolean;
  /** Is the token part of a time expression ("on Monday", "в понедельник")? */
  readonly isTime: (token: Token) => boolean;
  /**
   * How the members of a joint subject ending at document offset `from` and starting at `to` are
   * joined ("Washington and Seoul", "Les États-Unis, la Russie et le Royaume-Uni"): the signals
   * stage's one reader of such lists (`listLink` of signals/attribution.ts).
   */
  readonly listLink: (from: number, to: number) => ListLink | null;
  readonly tokens: readonly Token[];
  readonly mentions: readonly Mention[];
}

export interface SpeakerQuery {
  readonly before: Window;
  readonly after: Window;
  /** The next sentence of the paragraph, up to its first quotation, when there is one. */
  readonly following: Window | null;
  /**
   * The sentence before `before`, when a quotation of the same sentence ends `before` at its start
   * (its subject may be this quotation's: "X had called it “A,” and had called Y “B.”").
   */
  readonly lead?: Window | null;
  readonly speech: CueSet<SpeechKind>;
  readonly langs: readonly FileLang[];
}

export interface SpeakerResult {
  readonly speaker: Mention | null;
  /** A speech cue was found around the quotation (even if it named nobody). */
  readonly cue: boolean;
  /**
   * When a document speaks and no one is named ("…," the statement said; "the declaration
   * reads"): the folded words of that noun, so its issuer can be looked for in the sentences
   * before ("Russia's foreign ministry issued a statement …").
   */
  readonly document?: string;
}

/**
 * The noun of speech standing as the verb's subject, right before it ("the statement said") or,
 * inverted, right after it with at most an article between ("a indiqué le communiqué").
 */
function documentSubject(w: Window, cues: readonly Cue<SpeechKind>[], verb: Cue<SpeechKind>): string | undefined {
  const noun = cues.find((n) => n.kind === 'noun' && (n.end === verb.start || (n.start >= verb.end && n.start - verb.end <= 1)));
  if (!noun) return undefined;
  return w.tokens.slice(noun.start, noun.end).map((t) => t.key).join(' ');
}

/**
 * A state or organisation counts as the speaker when it starts at most this
 * many words after the verb ("a déclaré l'un de ces responsables": 3) or ends
 * at most this many words before it ("le Kremlin a déclaré": 1).
 */
const STATE_NEAR_VERB = 5;
/** Words after which a name is the one spoken to, not the speaker ("a déclaré à CNN", "told Reuters"). */
const ADDRESSEE_BEFORE = new Set(['à', 'a', 'au', 'aux', 'to', 'told', 'tells', 'для', 'журналистам']);
/**
 * Words after which a name is the outlet that ran an interview, never the
 * speaker: "в интервью ТАСС", "in an interview with CNN", "dans un entretien
 * au Monde" ("à"/"au" are in ADDRESSEE_BEFORE), "в интервью изданию X".
 */
const OUTLET_BEFORE = new Set(['интервью', 'with', 'изданию', 'телеканалу', 'агентству', 'газете', 'журналу', 'радиостанции', 'с', 'з']);

export function isPerson(m: Mention): boolean {
  return m.via === 'name' || m.via === 'alias' || m.via === 'surname' || m.via === 'role' || m.via === 'pronoun';
}

function offsetOf(w: Window, tokenIndex: number): number {
  return tokenIndex < w.tokens.length ? (w.tokens[tokenIndex] as Token).start : w.to;
}

/** Index of the first token starting at or after `offset`. */
function tokenAt(w: Window, offset: number): number {
  const i = w.tokens.findIndex((t) => t.start >= offset);
  return i < 0 ? w.tokens.length : i;
}

/** Articles between a verb and the one it addresses ("told the BBC", "a déclaré à l’AFP"). */
const ARTICLES = new Set(['the', 'a', 'an', 'l', 'le', 'la', 'les']);

/**
 * Words naming the addressees themselves ("сказал журналистам"): an outlet after them is whose
 * journalists they are ("журналистам ТАСС"), but a person after them is the inverted speaker
 * ("— сказал журналистам Лавров").
 */
const ADDRESSEE_NOUNS = new Set(['журналистам', 'журналістам', 'reporters', 'journalists']);

/** Words after which an outlet is the one that asked, not a speaker ("Interrogé par l'AFP, un diplomate…", "asked by Reuters"). */
const ASKED_BY = new Set(['par', 'by']);

/**
 * `beforeVerb`: the mention stands right before the verb, its subject's place; there "to" ends what
 * the subject is party to ("Countries that have signed up to the UN treaty … condemned"), not an
 * addressee ("told to"), while "в беседе с РИА Новости высказал" still names the one spoken with.
 */
function addressed(w: Window, m: Mention, beforeVerb = false): boolean {
  const i = tokenAt(w, m.start);
  let prev = w.tokens[i - 1];
  if (prev && ARTICLES.has(prev.key)) prev = w.tokens[i - 2];
  if (beforeVerb && prev?.key === 'to') return false;
  if (prev && ADDRESSEE_NOUNS.has(prev.key) && isPerson(m)) return false;
  if (prev && ASKED_BY.has(prev.key) && m.actor.kind === 'media') return true;
  return prev !== undefined && (ADDRESSEE_BEFORE.has(prev.key) || OUTLET_BEFORE.has(prev.key));
}

/**
 * The speaker a `say` cue at `cue` points to inside window `w`, searching from
 * `from` (offset); `until` (offset) ends the search after the verb: a
 * complementizer ("a déclaré qu’il…", "said that he…") opens what was said.
 */
/**
 * A person right after a noun of speech (`noun` cues of `speech-verbs.txt`), maybe after one short
 * word ("заявление Медведева", "la déclaration de Medvedev", "remarks by Medvedev"): what that person
 * said is the verb's object ("— прокомментировал заявление Медведева представитель МИД Украины"), so
 * they are not the speaker after the verb.
 */
function ownsSpeechNoun(w: Window, m: Mention, cues: readonly Cue<SpeechKind>[]): boolean {
  const i = tokenAt(w, m.start);
  return cues.some((c) => c.kind === 'noun' && (c.end === i || (c.end === i - 1 && (w.tokens[i - 1] as Token).key.length <= OWNER_LINK_LETTERS)));
}
/** Longest word linking a noun of speech to its owner ("de", "of", "by"). */
const OWNER_LINK_LETTERS = 3;

/** At most this many words between a relative pronoun and the verb of its clause ("qui avait averti", "who had earlier warned"). */
const RELATIVE_VERB_WORDS = 3;

/**
 * The antecedent of a relative pronoun opening the clause at `segment` (the offset just after its
 * comma), when the verb at token `verb` comes within `RELATIVE_VERB_WORDS` after the pronoun: the
 * mention ending right before the comma; undefined when no relative opens the clause or no mention
 * stands right before it (then the clause's subject is looked for as before).
 */
function relativeAntecedent(w: Window, segment: number, verb: number): Mention | undefined {
  if (segment <= w.from) return undefined;
  const first = tokenAt(w, segment);
  const pronoun = w.tokens[first];
  if (!pronoun || !w.isRelative(pronoun) || first >= verb || verb - first > RELATIVE_VERB_WORDS) return undefined;
  if (!/^\s*$/u.test(w.text.slice(segment - w.from, pronoun.start - w.from))) return undefined;
  const comma = segment - 1;
  if (w.text[comma - w.from] !== ',') return undefined;
  return [...w.mentions].reverse().find((m) => m.end <= comma && /^\s*$/u.test(w.text.slice(m.end - w.from, comma - w.from)));
}

/**
 * The first member of a joint subject ending with `last` ("Washington and Seoul agreed…", «Москва и Пекин
 * заявили»): states or bodies joined by a conjunction speak together, and the first named stands for
 * them (as the signals stage's list head does); `last` itself when it ends no such list.
 */
function jointHead(w: Window, last: Mention): Mention {
  let head = last;
  // A bare comma joins members only in a list a conjunction closes after them ("A, B and C").
  let closed = false;
  for (const m of w.mentions.filter((x) => x.end <= last.start).reverse()) {
    if (m.end > head.start) continue;
    const link = w.listLink(m.end, head.start);
    if (isPerson(m) || m.actor.name === head.actor.name || link === null || (link === 'comma' && !closed)) return head;
    if (link === 'conjunction') closed = true;
    head = m;
  }
  return head;
}

/**
 * Longest word taken as the preposition or article of the time expression right after it ("on
 * Friday", "в пятницу", "le 3 avril"): the dates stage marks the date, not its preposition.
 */
const TIME_LEAD_LETTERS = 2;

/** How many tokens from index `from` up to `to` are not part of a time expression. */
function wordsBetween(w: Window, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) {
    const t = w.tokens[k] as Token;
    const next = w.tokens[k + 1];
    const lead = k + 1 < to && next !== undefined && t.key.length <= TIME_LEAD_LETTERS && w.isTime(next);
    if (!w.isTime(t) && !lead) n++;
  }
  return n;
}

/** Is the mention written as an owner ("Medvedev's language", "Putin’s words")? An owner is the object's, never the verb's subject. */
function possessive(w: Window, m: Mention): boolean {
  return /^['’]s?(?!\p{L})/u.test(w.text.slice(m.end - w.from, m.end - w.from + 3));
}

/** Is the text between offsets `from` and `to` a relative clause set off by commas (", who asked not to be named,")? */
function relativeIncise(w: Window, from: number, to: number): boolean {
  const between = w.text.slice(from - w.from, to - w.from);
  if (!/^\s*,[^,]*,\s*$/u.test(between)) return false;
  const first = w.tokens[tokenAt(w, from)];
  return first !== undefined && first.start < to && w.isRelative(first);
}

function speakerOfVerb(w: Window, cue: Cue<SpeechKind>, from: number, until: number, inversion = true, cues: readonly Cue<SpeechKind>[] = []): Mention | null {
  const cueStart = offsetOf(w, cue.start);
  const cueEnd = cue.end - 1 < w.tokens.length ? (w.tokens[cue.end - 1] as Token).end : w.to;
  // The verb's clause starts after the last ", but" / ", mais" / ", но" before it.
  from = Math.max(from, lastClauseBreak(w, cue.start));
  // Subject before the verb: the first person of the phrase right before it, after the last comma
  // or dash ("On October 29, shortly before meeting Xi Jinping, President Donald Trump wrote";
  // "After talks with Rubio, Lavrov said"), else the first person of the clause ("Peskov, asked
  // about Trump, said": an incise between the subject and its verb).
  const segment = Math.max(from, lastComma(w, from, cueStart));
  const subject =
    w.mentions.find((m) => m.start >= segment && m.end <= cueStart && isPerson(m)) ??
    // "…par le président russe, qui avait averti que…": a relative pronoun opening the verb's
    // clause stands for the mention right before its comma, the verb's subject, not the sentence's.
    relativeAntecedent(w, segment, cue.start) ??
    w.mentions.find((m) => m.start >= from && m.end <= cueStart && isPerson(m));
  if (subject) return subject;
  const stateBefore = [...w.mentions].reverse().find((m) => m.end <= cueStart && m.start >= from && !isPerson(m));
  // Not one spoken with: "в беседе с РИА Новости высказал Рябков". Nor one a comma parts from the
  // verb: "Kiev a réclamé une réunion du Conseil de sécurité de l'ONU, estimant que…" — a participle
  // after a comma has the clause's subject, not the complement before it.
  // A relative incise between them does not part them ("One British official, who asked not to be
  // named, said": the relative clause describes the subject).
  const parted = stateBefore !== undefined && w.text.slice(stateBefore.end - w.from, cueStart - w.from).includes(',') && !relativeIncise(w, stateBefore.end, cueStart);
  // "The Kremlin on Monday urged…": a time phrase between the subject and its verb is circumstance.
  if (stateBefore && !parted && wordsBetween(w, tokenAt(w, stateBefore.end), cue.start) <= 1 && !addressed(w, stateBefore, wordsBetween(w, tokenAt(w, stateBefore.end), cue.start) === 0)) return jointHead(w, stateBefore);
  if (!inversion) return null;
  // Inverted: "a déclaré Kimball", "said Jake Sullivan", "заявил Песков".
  const inverted = w.mentions.find((m) => m.start >= cueEnd && m.end <= until && isPerson(m) && !addressed(w, m) && !ownsSpeechNoun(w, m, cues) && !possessive(w, m));
  if (inverted) return inverted;
  const stateAfter = w.mentions.find((m) => m.start >= cueEnd && m.end <= until && !isPerson(m) && !addressed(w, m));
  if (stateAfter && tokenAt(w, stateAfter.start) - cue.end < STATE_NEAR_VERB) return stateAfter;
  return null;
}

/**
 * A verb after a quotation attributes it only when it comes within this many
 * words ("», a-t-il déclaré aux journalistes" is 4; "”, Mykhailo Podolyak
 * écrit" 3), or, when a name follows the quotation at once, within
 * `AFTER_NAMED_MAX_WORDS` words (""…," Kimball, executive director of the
 * Arms Control Association, said"). Further on, the verb belongs to another
 * clause ("« … » débat sur … le territoire internationalement reconnu").
 */
const AFTER_VERB_MAX_WORDS = 8;
/** Words allowed between a quotation and the name that follows it ("”, Interior Minister X"). */
const NAMED_AFTER_WORDS = 3;
const AFTER_NAMED_MAX_WORDS = 30;

/**
 * Conjunctions that join a verb to the clause before the quotation ("X called
 * the decision “…” and said Washington…", "X a qualifié … « … » et a ajouté"):
 * the verb shares that clause's subject, and a name after it is what was said.
 */
const COORDINATORS = new Set(['and', 'et', 'и', 'und', 'y']);
/** Words a coordinated verb may stand after the quotation ("” and said", "» et a ajouté"). */
const COORDINATED_VERB_WORDS = 3;

/** Words a clause may have before its verb and still be an attribution (", comme l'ont confirmé", ", a-t-il déclaré"). */
const CLAUSE_LEAD_WORDS = 3;

/** Offset of the comma or dash opening the clause of token `verb`, when the verb is among its first words. */
function clauseStart(w: Window, verb: number): number | null {
  const verbOffset = offsetOf(w, verb);
  const before = w.text.slice(0, verbOffset - w.from);
  const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf('\u2014'), before.lastIndexOf('\u2013'));
  if (cut < 0) return null;
  const at = w.from + cut + 1;
  return verb - tokenAt(w, at) <= CLAUSE_LEAD_WORDS ? at : null;
}

/** Offset just after the last comma or dash in `w` between offsets `from` and `to`, or `from`. */
function lastComma(w: Window, from: number, to: number): number {
  const slice = w.text.slice(from - w.from, to - w.from);
  // A colon or semicolon closes a label or a clause too ("On Trump: Putin said he was ready to…").
  const cut = Math.max(slice.lastIndexOf(','), slice.lastIndexOf('\u2014'), slice.lastIndexOf('\u2013'), slice.lastIndexOf(':'), slice.lastIndexOf(';'));
  return cut < 0 ? from : from + cut + 1;
}

/** Offset just after the last comma + clause-break word ("…, but General Milley … told") before token `verb`, or 0. */
function lastClauseBreak(w: Window, verb: number): number {
  for (let k = verb - 1; k >= 0; k--) {
    const t = w.tokens[k] as Token;
    if (!w.breaks.has(t.key)) continue;
    const before = w.text.slice(0, t.start - w.from).replace(/\s+$/u, '');
    if (before.endsWith(',') || before.endsWith(';')) return t.end;
  }
  return 0;
}

/** Offset of the first complementizer after token `from`, or the window's end. */
function clauseEnd(w: Window, cues: readonly Cue<SpeechKind>[], from: number): number {
  const c = cues.find((x) => x.kind === 'complementizer' && x.start >= from);
  return c ? offsetOf(w, c.start) : w.to;
}

/**
 * A sentence's own subject when it is a state or an organisation: one named in
 * the first words of the sentence ("Le ministère russe des Affaires
 * étrangères a publié une déclaration sur « … »").
 */
const SUBJECT_WORDS = 3;

export function findSpeaker(q: SpeakerQuery): SpeakerResult {
  let cue = false;
  // A signature after a dash: "«…» — Медведев", "“…” — Dmitry Peskov, Kremlin spokesman".
  const signed = q.after.mentions[0];
  if (signed && /^\s*[,.]?\s*[\u2014\u2013-]\s*$/u.test(q.after.text.slice(0, signed.start - q.after.from))) {
    return { speaker: signed, cue: true };
  }
  // After the quotation: "», a déclaré X", "X told reporters", ", — сказал он", ", selon X".
  const afterCues = q.speech.all(q.after.tokens, q.langs);
  // A person named right after the quotation (titles allowed: "Interior Minister X, who…, said").
  const named = q.after.mentions[0] !== undefined && isPerson(q.after.mentions[0]) && tokenAt(q.after, q.after.mentions[0].start) <= NAMED_AFTER_WORDS;
  for (const c of afterCues) {
    if (c.kind === 'complementizer') break;
    if (c.kind === 'according-start' || c.kind === 'clause-break') continue;
    cue = true;
    let from = q.after.from;
    if (c.start > (named ? AFTER_NAMED_MAX_WORDS : AFTER_VERB_MAX_WORDS)) {
      // Far from the quotation, a verb still attributes it when it opens its own clause
      // (", comme l’ont confirmé deux responsables", ", a-t-il déclaré à NBC").
      const clause = clauseStart(q.after, c.start);
      // A far verb inside the clause the quotation goes on with ("…” to carry out the commitments the
      // two presidents agreed in April, the ministry said") is not the attribution; a later one
      // opening its own clause may be.
      if (clause === null) continue;
      // ", and urged Pyongyang to…", ", et a appelé Moscou à…": a clause joined by a conjunction has the
      // sentence's own subject, named before the quotation; a name after its verb is the one addressed.
      const opener = q.after.tokens[tokenAt(q.after, clause)];
      if (opener && COORDINATORS.has(opener.key)) break;
      // "…” bringing weapons to protect the two allies, which he said faced pressure": a relative
      // clause's verb tells what someone said of the noun before it, not who said the quotation.
      if (opener && q.after.isRelative(opener)) continue;
      from = clause;
    }
    if (c.kind === 'according') {
      // The pronoun may stand inside the cue ("по его словам", "за її словами").
      const m = q.after.mentions.find((x) => x.start >= offsetOf(q.after, c.start));
      // "le dirigeant a affirmé que… « deux Etats hostiles », selon l'agence officielle KCNA": an
      // outlet or a state's agency after the quotation is the source of a person's words, the
      // person named before it with a verb of speech.
      const source = m && !isPerson(m) && (m.actor.kind === 'media' || m.actor.country !== null) ? m : undefined;
      const said = source ? q.speech.all(q.before.tokens, q.langs).some((b) => b.kind === 'say') : false;
      const person =
        source && said
          ? q.before.mentions.find((x) => isPerson(x) && !addressed(q.before, x) && (source.actor.kind === 'media' || x.actor.country === source.actor.country))
          : undefined;
      if (person) return { speaker: person, cue };
      if (m) return { speaker: m, cue };
      continue;
    }
    if (c.kind === 'noun') continue;
    const conj = q.after.tokens[0];
    // "…onto a “special regime of combat duty,” and the nuclear claim, she said, gives…": a verb far
    // into a clause the quotation's own sentence goes on with after a coordinator is that clause's
    // incise, not the quotation's attribution; the speaker is looked for before it.
    if (conj && COORDINATORS.has(conj.key) && c.start > 1 && /,/u.test(q.after.text.slice(0, offsetOf(q.after, c.start) - q.after.from))) break;
    // Also a verb right after a conjunction further on ("X called it “…” of the resolutions and
    // said the United States would…"): it shares the subject of the clause before the quotation.
    const joinedVerb = c.start > 0 && COORDINATORS.has((q.after.tokens[c.start - 1] as Token).key) && !/,\s*$/u.test(q.after.text.slice(0, offsetOf(q.after, c.start - 1) - q.after.from));
    if ((conj && COORDINATORS.has(conj.key) && c.start <= COORDINATED_VERB_WORDS) || joinedVerb) {
      const subject = q.before.mentions.find(isPerson) ?? q.before.mentions.find((x) => tokenAt(q.before, x.start) < SUBJECT_WORDS);
      if (subject) return { speaker: subject, cue };
      break;
    }
    const m = speakerOfVerb(q.after, c, from, clauseEnd(q.after, afterCues, c.end), true, afterCues);
    // "Kim Jong Un … called for more centrifuges to “exponentially” increase…, state media KCNA
    // said": an outlet after the quotation is the source that reports the person who said it.
    // So is the state's own agency or office ("…, KCNA said", "…, the Kremlin said") after a quotation
    // its own official, named before it, said — also before an earlier quotation of the sentence
    // ("Kim said … “…” and warned that …, “…”, the Korean Central News Agency said").
    const personBefore = (fits: (x: Mention) => boolean): Mention | undefined =>
      q.before.mentions.find((x) => isPerson(x) && fits(x) && !addressed(q.before, x)) ??
      (q.lead ? q.lead.mentions.find((x) => isPerson(x) && fits(x) && !addressed(q.lead as Window, x)) : undefined);
    const reported =
      m && m.actor.kind === 'media'
        ? personBefore((x) => x.actor.kind !== 'media')
        : m && !isPerson(m) && m.actor.country !== null
          ? personBefore((x) => x.actor.country === m.actor.country)
          : undefined;
    if (reported) return { speaker: reported, cue };
    if (m) return { speaker: m, cue };
    const document = documentSubject(q.after, afterCues, c);
    if (document) return { speaker: null, cue, document };
    break;
  }
  // Before it: "X a déclaré que «…»", "according to X, “…”", "по словам X, «…»", "X: «…»".
  const beforeCues = q.speech.all(q.before.tokens, q.langs);
  // A verb coordinated with the clause before an earlier quotation of the sentence shares its
  // subject: "Medvedev … had told Trump to remember the “Dead Hand,” and had called each deadline
  // “a step towards war”" (a name after the verb is its object).
  const lead = q.before.tokens[0];
  const coordinated = beforeCues.find((c) => c.kind === 'say');
  if (q.lead && lead && COORDINATORS.has(lead.key) && coordinated && coordinated.start <= COORDINATED_VERB_WORDS) {
    const leadCue = q.speech.all(q.lead.tokens, q.langs).find((c) => c.kind === 'say');
    const limit = leadCue ? offsetOf(q.lead, leadCue.start) : q.lead.to;
    const subject = q.lead.mentions.find((m) => isPerson(m) && m.end <= limit) ?? q.lead.mentions.find(isPerson);
    if (subject) return { speaker: subject, cue: true };
  }
  for (const c of [...beforeCues].reverse()) {
    if (c.kind === 'complementizer' || c.kind === 'clause-break') continue;
    if (c.kind === 'according-start') {
      // "Pour Bruno Tertrais, chercheur à la FRS, « … »": the sentence's first word, then a person and a comma.
      const m = q.before.mentions[0];
      if (c.start === 0 && m && isPerson(m) && tokenAt(q.before, m.start) === c.end && /^\s*,/u.test(q.before.text.slice(m.end - q.before.from))) {
        return { speaker: m, cue: true };
      }
      continue;
    }
    cue = true;
    if (c.kind === 'according') {
      const m = q.before.mentions.find((x) => x.start >= offsetOf(q.before, c.start));
      // "According to the official KCNA news agency, the leader … instructed officials to expand it
      // “in a far-sighted way”": an outlet or a state's agency opening the sentence is the source; the
      // person the clause after it names (of that state, or anyone after an outlet) said the words.
      const source = m && !isPerson(m) && (m.actor.kind === 'media' || m.actor.country !== null) ? m : undefined;
      const person = source
        ? q.before.mentions.find(
            (x) => x.start >= source.end && isPerson(x) && !addressed(q.before, x) && (source.actor.kind === 'media' || x.actor.country === source.actor.country),
          )
        : undefined;
      if (person) return { speaker: person, cue };
      if (m) return { speaker: m, cue };
      continue;
    }
    // Before the quotation a name after the verb is its object ("accused U.S. forces of…"),
    // unless the verb stands in an incise (", a déclaré Medvedev, la Russie…") or opens the
    // sentence ("Как заявил Песков, «…»", "As Kirby said, “…”").
    // (Not a clause joined by a conjunction: ", and urged Pyongyang to stop its “…”" has the
    // sentence's subject, and the name after its verb is the one urged.)
    const clauseAt = clauseStart(q.before, c.start);
    const joined = clauseAt !== null && COORDINATORS.has(q.before.tokens[tokenAt(q.before, clauseAt)]?.key ?? '');
    // A subject pronoun right before the verb is its subject: "It accused Washington of creating “…”"
    // names the one accused after the verb, not the speaker.
    const pronounSubject = c.start > 0 && q.before.isSubjectPronoun(q.before.tokens[c.start - 1] as Token);
    const incise = !pronounSubject && ((clauseAt !== null && !joined) || c.start <= CLAUSE_LEAD_WORDS);
    // A verb reported by an earlier one ("Rubio said Lavrov had told him that “…”"): its subject is
    // looked for after the earlier verb, the quotation being the inner speaker's words.
    const outerCue = [...beforeCues].reverse().find((x) => x.kind === 'say' && x.end <= c.start);
    // In the same clause only: "Peskov, asked about Trump, said" has an incise between them.
    const outer = outerCue && !/[,;:\u2014\u2013]/u.test(q.before.text.slice(offsetOf(q.before, outerCue.end) - q.before.from, offsetOf(q.before, c.start) - q.before.from)) ? outerCue : undefined;
    const from = outer ? offsetOf(q.before, outer.end) : q.before.from;
    const m =
      (outer ? speakerOfVerb(q.before, c, from, clauseEnd(q.before, beforeCues, c.end), false) : null) ??
      speakerOfVerb(q.before, c, q.before.from, clauseEnd(q.before, beforeCues, c.end), incise, beforeCues);
    if (m) return { speaker: m, cue };
    const subject = q.before.mentions.find((x) => !isPerson(x) && x.end <= offsetOf(q.before, c.start));
    if (subject && tokenAt(q.before, subject.start) < SUBJECT_WORDS && !addressed(q.before, subject)) return { speaker: subject, cue };
    if (c.kind === 'say') {
      const document = documentSubject(q.before, beforeCues, c);
      if (document) return { speaker: null, cue, document };
    }
  }
  // "X: «…»", "Глава МИД РФ Сергей Лавров: «…»", "Медведев в своём канале: «…»": the sentence's first person.
  // With a verb there ("He told the BBC interviewer:"), only a name before the verb can speak.
  if (/:[\s\u2014\u2013-]*$/u.test(q.before.text)) {
    const verb = beforeCues.find((c) => c.kind === 'say');
    const limit = verb ? offsetOf(q.before, verb.start) : q.before.to;
    const candidates = q.before.mentions.filter((m) => m.end <= limit && !addressed(q.before, m));
    // Inverted before the colon: "Такое мнение в беседе с РИА Новости высказал Сергей Рябков: «…»".
    const inverted = verb ? q.before.mentions.find((m) => m.start >= limit && isPerson(m) && !addressed(q.before, m)) : undefined;
    const subject = candidates.find(isPerson) ?? inverted ?? candidates[0];
    if (subject) return { speaker: subject, cue: true };
  }
  // The next sentence attributes it: "« … ? » Mykhailo Podolyak a tweeté."
  if (q.following && q.after.tokens.length === 0) {
    const followingCues = q.speech.all(q.following.tokens, q.langs);
    // Or points back to it, then names the speaker anywhere: "«…». Об этом заявил Лавров.",
    // "« … » C'est ce qu'a déclaré Kimball.".
    if (followingCues[0]?.kind === 'anaphor' && followingCues[0].start === 0 && followingCues.some((x) => x.kind === 'say')) {
      const m = q.following.mentions.find((x) => isPerson(x) && !addressed(q.following as Window, x));
      if (m) return { speaker: m, cue: true };
    }
    const c = followingCues.find((x) => x.kind === 'say');
    if (c) {
      const cueStart = offsetOf(q.following, c.start);
      const m = q.following.mentions.find((x) => x.end <= cueStart && isPerson(x));
      if (m && m.start === q.following.mentions[0]?.start) return { speaker: m, cue: true };
    }
  }
  return { speaker: null, cue };
}
