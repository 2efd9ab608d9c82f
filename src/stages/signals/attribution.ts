/**
 * Who performs the act a cue reports: the actor of a candidate signal
 * (SIGNALS.md §1, §3). Without a parser, the subject is approximated from
 * positions: the speaker of the quotation holding the cue; else a speaker
 * named after a reporting verb at the end of a clause (", a déclaré
 * Kimball"); else the subject of the clause holding the cue; else the first
 * mention of the sentence that no preposition governs.
 */
import type { ActorRef, Doc, Mention, MentionVia, Quote, Span } from '../../document/index.ts';
import type { PhraseSet } from '../../lexicon/index.ts';
import type { AttributionWords } from './lexicons.ts';

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
/**
 * … or this many when a reporting verb follows the name right away: an English reporting
 * clause carries its circumstances after the verb (", the Pentagon said in a report released
 * on Wednesday", ", Peskov told reporters on a conference call").
 */
export const INVERSION_MAX_WORDS_AFTER_VERB = 9;
/** A governing preposition counts when it ends at most this many units before the mention (one space, an article). */
export const OBJECT_WINDOW = 5;
/**
 * How far around a position to look for a whole function-word phrase that may end or start
 * near it: the longest such phrase ("peu de temps avant que") fits well within it.
 */
export const PHRASE_REACH = 40;

/** At most this many words between a fronted phrase's comma and the subject it introduces ("…, Russian Defence Minister Belousov"). */
export const FRONTED_SUBJECT_WORDS = 3;

/** A person ordering a step is named at most this many units after the words saying so (room for a title). */
export const ORDERER_GAP = 40;
/** At most this many words before a place fronted with a comma ("In Washington,", "Du côté de Moscou,"). */
export const FRONTED_PLACE_WORDS = 3;
/**
 * … or this many when a person is named right after its comma: the phrase sets the scene of that
 * person's act ("Speaking to reporters in Tokyo, Blinken…", "Lors d'une conférence de presse à Berlin, Macron…").
 */
export const FRONTED_SCENE_WORDS = 8;
/**
 * An English possessive naming a body that speaks for the person's state ("Yoon's office", "Biden's
 * administration"): the body, not the person, is the clause's subject.
 */
const POSSESSIVE_BODY = /^['’]s\s+(?:office|administration|government|cabinet|ministry|press office|secretariat)\b/iu;

/**
 * Locative prepositions that can open a sentence on a place ("В Минске…", "У Мінську…", "In Minsk…",
 * "À Moscou…"): the place is where the act happens, not who acts, when a person is named after it.
 */
const LOCATIVE_LEADS: ReadonlySet<string> = new Set(['в', 'во', 'на', 'у', 'in', 'at', 'à', 'en']);

/** At most this many words (an article, a title) between a subordinator and its clause's subject ("after the Russian army"). */
export const SUBORDINATE_SUBJECT_WORDS = 2;

/** How a mention names a person (not a state or a body). */
/**
 * A place fused to "-based" ("the London-based think tank", "a Washington-based group") says where
 * someone sits, not who acts; a state fused to "-made", "-built" ("U.S.-made F-35 jets", "a
 * Soviet-designed missile") says who makes a weapon, not who acts with it: such a mention is never the
 * actor.
 */
const LOCATED = /^\.?[-\u2010\u2011](?:based|made|built|designed|supplied|manufactured|produced)\b/i;
/** Enough text after a mention to read the longest fused word of `LOCATED` (".-manufactured"). */
const LOCATED_REACH = 16;

/** A possessive role before a name in apposition ("North Korea's leader, ", "Russia's foreign minister, "). */
const POSSESSIVE_APPOSITION = /^['’]s\s+[\p{L}\s-]{1,40},\s*$/u;

const PERSON_VIAS: ReadonlySet<string> = new Set(['name', 'surname', 'alias', 'role']);

/**
 * A media outlet (an agency, a paper, a channel) reports acts: it is the sourcing, never the actor.
 * A person of the media named as such (a state-TV presenter, an editor) speaks for himself: "le
 * présentateur Dmitri Kisselev a affirmé qu'un seul missile…" is his act (SIGNALS.md §3 `media`).
 */
export function isOutlet(m: Mention): boolean {
  return m.actor.kind === 'media' && !PERSON_VIAS.has(m.via) && m.via !== 'pronoun';
}

/** Is the quotation's media speaker an outlet, i.e. no mention of the document names it as a person? */
function outletSpeaker(doc: Doc, actor: ActorRef): boolean {
  return actor.kind === 'media' && !doc.mentions.some((m) => m.actor.name === actor.name && !isOutlet(m));
}

/** What can open an inverted speaker's clause: a comma or a dash (", a déclaré Kimball", "— заявил Песков"). */
const CLAUSE_OPEN = /[,\u2014\u2013]/;
const CLAUSE_CLOSE = /[,.;:!?\u00ab\u00bb"\u201c\u201d\u201e)]/;

function words(text: string): number {
  return text.split(/[\s\u00a0]+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
/** `words` under a name that the `words` parameters of the functions below do not shadow (the signals stage counts with it too). */
export const wordCount = words;

/**
 * The document's text with its time expressions blanked (same length, so
 * offsets hold): a date between a reporting verb and its speaker (", заявил
 * 22 сентября 2025 года президент Путин", ", said on Friday the minister")
 * is circumstance, not words that push the speaker out of the clause.
 * Computed once per document, as every cue of it asks.
 */
const blanked = new WeakMap<Doc, string>();
function withoutTimes(doc: Doc): string {
  let text = blanked.get(doc);
  if (text === undefined) {
    text = doc.text;
    for (const t of doc.times) text = text.slice(0, t.start) + ' '.repeat(t.end - t.start) + text.slice(t.end);
    blanked.set(doc, text);
  }
  return text;
}

/** Is the mention a speaker placed after its reporting verb, closing a clause? */
export function isInvertedSpeaker(
  text: string,
  folded: string,
  sentence: Span,
  mention: Span,
  complementizers: PhraseSet<true>,
  subordinators?: PhraseSet<true>,
  reporting?: PhraseSet<true>,
  circumstances?: PhraseSet<true>,
): boolean {
  let open = -1;
  for (let i = mention.start - 1; i >= sentence.start; i--) {
    if (CLAUSE_OPEN.test(text[i] as string)) {
      open = i;
      break;
    }
  }
  if (open < 0) return false;
  // ", заявил в интервью РИА Новости замминистра…", ", a déclaré dans un entretien au Monde le
  // ministre…": a phrase of circumstance opened right after the reporting verb runs up to the
  // speaker and is not counted.
  const circumstance = reporting && circumstances ? circumstanceAfterVerb(folded, open + 1, mention.start, reporting, circumstances) : undefined;
  const before = words(text.slice(open + 1, circumstance ?? mention.start));
  if (before > INVERSION_MAX_WORDS_BEFORE) return false;
  // ", que la Russie…", "that Russia…": the subject of a reported clause, not its speaker.
  if (complementizers.test(folded, open + 1, mention.start)) return false;
  // ", until the United States does," / ", пока их не проведут США,": an adverbial clause's subject.
  if (subordinators?.test(folded, open + 1, mention.start)) return false;
  let close = sentence.end;
  for (let i = mention.end; i < sentence.end; i++) {
    if (CLAUSE_CLOSE.test(text[i] as string)) {
      close = i;
      break;
    }
  }
  const after = words(text.slice(mention.end, close));
  // ", he said", ", Peskov told reporters": a name right after the comma is a speaker only when a
  // reporting verb follows it at once (", Russia would respond" is the clause's own subject).
  if (before < 1) {
    if (!reporting) return false;
    const verb = reporting.matchAll(folded, mention.end, close).find((v) => /^[\s\u00a0]*$/.test(folded.slice(mention.end, v.start)));
    return verb !== undefined && after <= INVERSION_MAX_WORDS_AFTER_VERB;
  }
  if (!reporting) return after <= INVERSION_MAX_WORDS_AFTER;
  // A speaker closing the sentence stands next to a reporting verb (", a déclaré Kimball",
  // ", Peskov said"); without one the name is the subject of the clause itself (", la Russie
  // agirait en conséquence", ", Russia would respond").
  const verbAfter = reporting.matchAll(folded, mention.end, close).find((v) => /^[\s\u00a0]*$/.test(folded.slice(mention.end, v.start)));
  if (verbAfter) {
    // ", a-t-il annoncé lors d'une visite au chantier naval de Govan": a phrase of circumstance opened
    // right after the verb closes the clause and is not counted.
    const circumstance = circumstances?.matchAll(folded, verbAfter.end, close).find((c) => /^[\s\u00a0]+$/.test(folded.slice(verbAfter.end, c.start)));
    return (circumstance ? words(text.slice(mention.end, circumstance.start)) : after) <= INVERSION_MAX_WORDS_AFTER_VERB;
  }
  if (!reporting.test(folded, open + 1, close)) return false;
  // ", заявил Путин на совещании с постоянными членами Совбеза", ", a déclaré Lavrov dans un
  // entretien au Monde": after a speaker the verb came before, a phrase of circumstance opened
  // right after the name closes the clause and is not counted.
  const trailing =
    circumstances !== undefined &&
    reporting.test(folded, open + 1, mention.start) &&
    circumstances.matchAll(folded, mention.end, close).some((c) => /^[\s\u00a0]+$/.test(folded.slice(mention.end, c.start)));
  return trailing || after <= INVERSION_MAX_WORDS_AFTER;
}

/** The offset of the comma or dash opening the clause of a mention (the sentence start when there is none). */
function clauseOpenBefore(text: string, sentence: Span, mention: Span): number {
  for (let i = mention.start - 1; i >= sentence.start; i--) if (CLAUSE_OPEN.test(text[i] as string)) return i;
  return sentence.start;
}

/**
 * Where a phrase of circumstance opened right after a reporting verb starts, in the span from
 * `from` to `to` (", заявил в интервью РИА Новости…", ", a déclaré dans un entretien au
 * Monde…"), or undefined when there is none.
 */
function circumstanceAfterVerb(folded: string, from: number, to: number, reporting: PhraseSet<true>, circumstances: PhraseSet<true>): number | undefined {
  const verbs = reporting.matchAll(folded, from, to);
  return circumstances.matchAll(folded, from, to).find((c) => verbs.some((v) => /^[\s\u00a0]+$/.test(folded.slice(v.end, c.start))))?.start;
}

/** Is the mention governed by a preposition or object-taking word just before it (an article may stand between)? */
export function isGoverned(folded: string, mention: Span, words: Pick<AttributionWords, 'objectWords' | 'articles'>): boolean {
  const from = Math.max(0, mention.start - PHRASE_REACH);
  return words.objectWords.matchAll(folded, from, mention.start).some((m) => {
    const between = folded.slice(m.end, mention.start);
    if (/^\s*$/.test(between)) return true;
    const article = words.articles.matchAll(folded, m.end, mention.start)[0];
    return article !== undefined && /^\s*$/.test(folded.slice(m.end, article.start)) && /^\s*$/.test(folded.slice(article.end, mention.start));
  });
}

/** At most this many words before a mention that frames the sentence's view ("Pour le Kremlin,"). */
export const FRAME_LEAD_WORDS = 2;

/** At most this many units between a role and the name of its holder right after it ("le chancelier allemand Olaf Scholz"). */
export const ROLE_NAME_GAP = 2;

/**
 * Is the mention a name standing right after a governed role of the same person ("avec le
 * chancelier allemand Olaf Scholz", "met with Chinese President Xi Jinping")? The governing word
 * covers the whole run.
 */
export function governedRole(folded: string, mention: Mention, mentions: readonly Mention[], words: Pick<AttributionWords, 'objectWords' | 'articles'>): boolean {
  const role = mentions.find((o) => o !== mention && o.end <= mention.start && mention.start - o.end <= ROLE_NAME_GAP && o.actor.name === mention.actor.name);
  return role !== undefined && /^\s*$/.test(folded.slice(role.end, mention.start)) && isGoverned(folded, role, words);
}

/** Are both mentions people, or both states and bodies (the members of one list are of one kind)? */
function sameKind(a: Mention, b: Mention): boolean {
  return (PERSON_VIAS.has(a.via) || a.via === 'pronoun') === (PERSON_VIAS.has(b.via) || b.via === 'pronoun');
}

/**
 * Is the mention a later member of a list whose first member a preposition or object-taking word
 * governs ("signed by Putin and Xi Jinping", "talks between Russia and the United States", "подписанном
 * Путиным и Си Цзиньпином")? The governing word covers the whole list: none of its members is the
 * clause's subject. Only a conjunction with no comma before it joins here: after a comma (", and the
 * United States said") a clause of its own may start.
 */
export function governedList(
  text: string,
  folded: string,
  mention: Mention,
  mentions: readonly Mention[],
  direct: (m: Mention) => boolean,
  words: Pick<AttributionWords, 'articles' | 'conjunctions'>,
): boolean {
  // The mention's own role right before it ("and President Xi Jinping") opens its member.
  let head = mention;
  for (let k = mentions.indexOf(mention) - 1; k >= 0; k--) {
    const o = mentions[k] as Mention;
    if (o.end > head.start) continue;
    if (o.actor.name === mention.actor.name && head.start - o.end <= ROLE_NAME_GAP) {
      head = o;
      continue;
    }
    if (!sameKind(o, mention) || text.slice(o.end, head.start).includes(',') || listLink(text, folded, o.end, head.start, words) !== 'conjunction') return false;
    return direct(o) || governedList(text, folded, o, mentions, direct, words);
  }
  return false;
}

/**
 * The antecedent of the relative clause holding the cue: a relative pronoun right after a comma that
 * follows a person's mention, no stop or comma closing the clause before the cue, and no subject of its own
 * named between the pronoun and the cue ("…, which Russia suspended"); undefined otherwise.
 */
function relativeSubject(text: string, folded: string, sentence: Span, cue: Span, usable: readonly Mention[], words: Pick<AttributionWords, 'relatives'>): Mention | undefined {
  const rel = words.relatives.matchAll(folded, sentence.start, cue.start).pop();
  if (!rel) return undefined;
  const comma = text.lastIndexOf(',', rel.start);
  if (comma < sentence.start || !/^\s*$/u.test(text.slice(comma + 1, rel.start))) return undefined;
  if (/[,;:«»"“”]/u.test(text.slice(rel.end, cue.start))) return undefined;
  if (usable.some((m) => m.start >= rel.end && m.end <= cue.start)) return undefined;
  // A person: a place before the comma ("beaucoup à Washington, qui s'opposeraient…") is no antecedent.
  return usable.find((m) => m.end <= comma && /^\s*$/u.test(text.slice(m.end, comma)) && PERSON_VIAS.has(m.via));
}

/** Is the mention right after an owner word of the language, maybe with an article ("de la Marine nationale", "of the Navy")? */
function ownedBy(folded: string, mention: Span, words: Pick<AttributionWords, 'ownerWords' | 'articles'>): boolean {
  const from = Math.max(0, mention.start - PHRASE_REACH);
  return words.ownerWords.matchAll(folded, from, mention.start).some((o) => {
    const at = o.end + (/^\s*/u.exec(folded.slice(o.end, mention.start))?.[0].length ?? 0);
    return at === mention.start || articleOnly(folded, at, mention.start, words.articles);
  });
}

/** Does a phrase of the set end within `OBJECT_WINDOW` units before `position`? */
function endsJustBefore(set: PhraseSet<true>, folded: string, position: number): boolean {
  const from = Math.max(0, position - PHRASE_REACH);
  return set.matchAll(folded, from, position).some((m) => position - m.end <= OBJECT_WINDOW);
}

export function inside(span: Span, outer: Span): boolean {
  return span.start >= outer.start && span.end <= outer.end;
}

export interface SentenceView extends Span {
  readonly index: number;
  readonly mentions: readonly Mention[];
  readonly quotes: readonly Quote[];
}


/**
 * A sentence opening with a subordinate clause ("Alors que…", "While…") has
 * its main clause after the first comma; the opening clause is background.
 * The subordinator must start within this many units of the sentence start
 * (room for "Peu de temps avant que", "Shortly before").
 */
export const OPENER_MAX_OFFSET = 4;

/** End of a leading subordinate clause (its first comma), or the sentence start when there is none. */
export function openerEnd(folded: string, sentence: Span, words: AttributionWords): number {
  const first = words.subordinators.matchAll(folded, sentence.start, Math.min(sentence.end, sentence.start + PHRASE_REACH))[0];
  if (!first || first.start - sentence.start > OPENER_MAX_OFFSET) return sentence.start;
  const comma = folded.indexOf(',', first.end);
  return comma >= 0 && comma < sentence.end ? comma + 1 : sentence.start;
}

/** At most this many words in a time phrase fronted with a comma ("On October 29,", "Le 21 novembre,"). */
export const FRONTED_TIME_WORDS = 4;

/**
 * "On October 29, shortly before meeting Xi Jinping in South Korea, President Donald Trump wrote…":
 * a subordinate clause opening the sentence right after a fronted time phrase is background too;
 * where it ends, or the sentence start when there is none.
 */
function timedOpenerEnd(doc: Doc, folded: string, sentence: Span, cue: Span, words: AttributionWords): number {
  const comma = doc.text.indexOf(',', sentence.start);
  if (comma < 0 || comma >= cue.start || wordCount(doc.text.slice(sentence.start, comma)) > FRONTED_TIME_WORDS) return sentence.start;
  if (!doc.times.some((t) => t.start >= sentence.start && t.end <= comma + 1)) return sentence.start;
  const end = openerEnd(folded, { start: comma + 1, end: sentence.end }, words);
  return end > comma + 1 && end <= cue.start ? end : sentence.start;
}

/** A dash standing for the copula of a Russian or Ukrainian sentence ("Заявления Макрона — провокация"). */
const COPULA_DASH = /\s[\u2014\u2013]\s/u;

/**
 * Does the cue judge the words of the speech noun's owner rather than report them ("Заявления Макрона
 * об отправке войск — опасная эскалация", "Les propos de Macron sur la dissuasion sont une dangereuse
 * escalade, a déclaré Peskov")? The owner's own act is told inside the noun's content ("Les
 * déclarations de Poutine selon lesquelles la Russie pourrait…"); past the noun phrase, after a
 * copula dash, or in a judgement another person closes the sentence with, the cue is the judge's.
 * A step or reassurance the owner's words report stays the owner's, whoever closes the sentence.
 */
function judgesOwnersWords(text: string, folded: string, owner: Mention, inverted: Mention | undefined, cue: Span, words: AttributionWords, options: AttributeOptions): boolean {
  if (owner.end > cue.start || words.complementizers.test(folded, owner.end, cue.start)) return false;
  if (COPULA_DASH.test(text.slice(owner.end, cue.start))) return true;
  return !options.reportedAct && inverted !== undefined && inverted.start > cue.end && inverted.actor.name !== owner.actor.name;
}

/**
 * Is the mention a place named inside the sentence after a locative preposition ("Переговоры … в Каире
 * перенесены…, сообщили в МИД России", "talks in Geneva were postponed, the ministry said")? Where the
 * step happens, not who takes it. (Opening the sentence, «В Кремле заявили» is who speaks.)
 */
function placedInside(text: string, sentence: Span, m: Mention): boolean {
  const lead = /([\p{L}]+)\s+$/u.exec(text.slice(Math.max(sentence.start, m.start - 6), m.start));
  if (!lead || !LOCATIVE_LEADS.has((lead[1] as string).toLowerCase())) return false;
  return /[\p{L}\p{N}]/u.test(text.slice(sentence.start, m.start - lead[0].length));
}

/** At most this many units between a state word and the person it modifies ("Kremlin spokesman "). */
export const MODIFIER_GAP = 24;

/**
 * A wire-story dateline ("MOSCOW, Nov 19 (Reuters) - ") names a place, not an actor:
 * capitals, an optional country and date (up to 40 characters: "UNITED NATIONS, United States,
 * Dec 1, 2023"), an optional agency, a dash.
 */
const DATELINE = /^\s*\p{Lu}[\p{Lu}\p{M} .'’/-]{2,}(?:,[^-–—(\n]{0,40})?\s*(?:\([^)\n]{1,25}\))?\s*[-–—]\s+/u;

/** Where a sentence's wire dateline ends (the sentence start when it has none). */
export function datelineEnd(text: string, sentence: Span): number {
  const m = DATELINE.exec(text.slice(sentence.start, sentence.end));
  return m ? sentence.start + m[0].length : sentence.start;
}

/**
 * Is the mention followed at once (one space) by a governing word ("Байдена к", "Washington to",
 * "Moscou à")? A clause's subject goes on with its verb; a directive's object with a preposition.
 */
export function objectFollows(folded: string, mention: Span, words: Pick<AttributionWords, 'objectWords'>): boolean {
  return words.objectWords.matchAll(folded, mention.end, Math.min(folded.length, mention.end + PHRASE_REACH)).some((m) => /^\s$/u.test(folded.slice(mention.end, m.start)));
}

/** Does a phrase of the set start within `OBJECT_WINDOW` units after `position`? */
function startsJustAfter(set: PhraseSet<true>, folded: string, position: number): boolean {
  return set.matchAll(folded, position, Math.min(folded.length, position + PHRASE_REACH)).some((m) => m.start - position <= OBJECT_WINDOW);
}

/**
 * Does a phrase of the set open the text at the position, after white space only (a clause's first
 * words: "…, which", "…, подписанном", "…, since")? Phrases must end by `end`.
 */
export function opensAt(set: PhraseSet<true>, folded: string, position: number, end: number): boolean {
  const head = set.matchAll(folded, position, Math.min(end, position + PHRASE_REACH))[0];
  return head !== undefined && /^\s*$/u.test(folded.slice(position, head.start));
}

/** How near before a cue a negation must be to deny it ("n'a pas participé aux pourparlers"). */
export const NEGATION_WINDOW = 20;

/** Is the cue negated by a word just before it, in the same clause? */
export function isNegated(folded: string, cue: Span, words: AttributionWords): boolean {
  return justBefore(words.negations, folded, cue);
}

/** Is the cue a possibility or a threat rather than a step taken ("could deploy", "le droit de déployer")? */
export function isModal(folded: string, cue: Span, words: AttributionWords): boolean {
  return justBefore(words.modals, folded, cue);
}

/**
 * Is the step cue the topic of a discussion ("prêt à ouvrir la discussion sur le déploiement",
 * "ready to discuss deploying")? Offering to discuss where nuclear weapons would go is a statement
 * of policy, not a step taken.
 */
export function isDeliberated(folded: string, cue: Span, words: AttributionWords): boolean {
  return justBefore(words.deliberations, folded, cue);
}

/**
 * Is the step cue one the speaker opposes ("всегда выступала против размещения ядерного оружия в
 * космосе", "is opposed to deploying")? Opposing a step is no step taken; what the opposition says
 * (a norm restated, a warning) is read from its own words.
 */
export function isOpposed(folded: string, cue: Span, words: AttributionWords): boolean {
  return justBefore(words.oppositions, folded, cue);
}

/** How near before the noun "threat" a quantifier or counter-verb must end ("destroys every threat"). */
export const COUNTER_WINDOW = 3;

/** Is the threat noun one the speaker faces or counters ("every threat", "любую угрозу"), not one made? */
export function isCountered(folded: string, cue: Span, words: AttributionWords): boolean {
  const from = Math.max(0, cue.start - PHRASE_REACH);
  return words.counters.matchAll(folded, from, cue.start).some((m) => cue.start - m.end <= COUNTER_WINDOW);
}

/** How far before a step cue, within its clause, a condition word may stand ("if NATO nuclear weapons were deployed"). */
export const CONDITION_REACH = 60;

/** Is the step cue inside a condition ("if NATO nuclear weapons were deployed in Poland")? Then it is supposed, not taken. */
export function isSupposed(folded: string, sentence: Span, cue: Span, words: AttributionWords): boolean {
  const from = Math.max(sentence.start, cue.start - CONDITION_REACH);
  const between = folded.slice(from, cue.start);
  const cut = Math.max(between.lastIndexOf(','), between.lastIndexOf(';'), between.lastIndexOf(':'));
  return words.conditions.test(folded, cut >= 0 ? from + cut + 1 : from, cue.start);
}

function justBefore(set: PhraseSet<true>, folded: string, cue: Span): boolean {
  const from = Math.max(0, cue.start - NEGATION_WINDOW);
  const between = folded.slice(from, cue.start);
  const cut = Math.max(between.lastIndexOf(','), between.lastIndexOf(';'), between.lastIndexOf(':'));
  return set.test(folded, cut >= 0 ? from + cut + 1 : from, cue.start);
}

export interface AttributeOptions {
  /**
   * The act is one a speaker reports of someone else (a reassurance, a
   * doctrine, a deployment): "Blinken noted that Russia signed…" is Russia's.
   */
  readonly reportedAct: boolean;
  /**
   * The act is a step taken (a doctrine approved, a deployment, a treaty act), which belongs to
   * whoever took it even when someone of the same side reports it; a reassurance reported by
   * someone of the same side is the reporter's own ("Russia will not resume tests, Ryabkov said").
   */
  readonly step: boolean;
  /** Is one actor the other's adversary? */
  readonly adversaries: (a: string | null, b: string | null) => boolean;
  /**
   * Is the person one the text introduces as a spokesperson? A spokesperson reports the state's
   * step; a leader or minister announcing it ("Russia has tested…, President Putin said") takes it.
   */
  readonly spokesperson?: (name: string) => boolean;
}

/** The actor of the act a cue at `cue` reports, or null when the sentence names none. */
export function attribute(
  doc: Doc,
  folded: string,
  sentence: SentenceView,
  cue: Span,
  words: AttributionWords,
  options: AttributeOptions,
): Attribution | null {
  // "avec le chancelier allemand Olaf Scholz": a name right after its own role shares the role's
  // governing word; both are a complement, not a subject.
  // "Des responsables américains ont averti…", "Selon le New York Times, de hauts responsables
  // russes…": an indefinite article opening the sentence or a clause after its comma, spelt like a
  // preposition, governs nothing; its phrase is the subject.
  const opensWithArticle = (m: Mention): boolean => {
    const clause = Math.max(sentence.start, doc.text.lastIndexOf(',', m.start) + 1);
    return words.indefinites.matchAll(folded, clause, m.start).some((a) => /^\s*$/.test(folded.slice(clause, a.start)) && /^\s*$/.test(folded.slice(a.end, m.start)));
  };
  // "Pour le Kremlin, le déploiement… constituerait une menace": a preposition opening the sentence,
  // with its mention closed by a comma, frames whose view the sentence gives, not a complement.
  const framesView = (m: Mention): boolean =>
    wordCount(doc.text.slice(sentence.start, m.start)) <= FRAME_LEAD_WORDS && /^\s*,/u.test(doc.text.slice(m.end, m.end + 2)) && isGoverned(folded, m, words);
  // The owner of words the sentence judges ("Заявления Макрона … — опасная эскалация"), set below: a
  // complement of its speech noun, like any governed mention.
  let judgedOwner: Mention | undefined;
  // "Лондону стоит помнить…", "Washington would do well to remember…": a mention followed at once by a
  // word of address (attribution-cues `addressee`) is the one addressed, not the actor.
  const addressed = (m: Mention): boolean =>
    words.addressees.matchAll(folded, m.end, Math.min(folded.length, m.end + PHRASE_REACH)).some((a) => /^\s+$/u.test(folded.slice(m.end, a.start)));
  // "signed by Putin", "подписанный Путиным": the one who signed is the agent of the signing, not the
  // clause's subject, whatever the act (a step signed is still the signer's: the orderer rule below).
  const directlyGoverned = (m: Mention): boolean =>
    isGoverned(folded, m, words) ||
    governedRole(folded, m, sentence.mentions, words) ||
    words.orderers.matchAll(folded, Math.max(0, m.start - PHRASE_REACH), m.start).some((o) => /^\s*$/u.test(folded.slice(o.end, m.start)));
  const governed = (m: Mention): boolean =>
    m === judgedOwner ||
    addressed(m) ||
    (!opensWithArticle(m) &&
      !framesView(m) &&
      (directlyGoverned(m) || governedList(doc.text, folded, m, sentence.mentions, directlyGoverned, words)));
  const quote = sentence.quotes.find((q) => inside(cue, q)) ?? null;
  const opener = Math.max(openerEnd(folded, sentence, words), timedOpenerEnd(doc, folded, sentence, cue, words), datelineEnd(doc.text, sentence));
  // A speaker named in the sentence only as an object ("urged Russia to…") did not say the quotation.
  const speakerMentions = quote?.speaker ? sentence.mentions.filter((m) => m.actor.name === quote.speaker?.name) : [];
  const objectOnly = speakerMentions.length > 0 && speakerMentions.every((m) => governed(m));
  if (quote?.speaker && !objectOnly && !outletSpeaker(doc, quote.speaker)) {
    // "Blinken noted that in January Russia signed a statement that 'nuclear war cannot be won'":
    // the quoted text is Russia's act, reported by Blinken.
    if (options.reportedAct) {
      // The subject of the nearest "that" clause before the quotation that has one.
      for (const content of words.complementizers.matchAll(folded, sentence.start, quote.start).reverse()) {
        const subject = sentence.mentions.find(
          (m) => m.start >= content.end && m.end <= quote.start && !governed(m) && !isOutlet(m),
        );
        // "…told the assembly that Russia had violated the charter, and reaffirmed that a nuclear war
        // 'must never be fought'": a "that" after a verb joined to the main one has the main clause's
        // subject; an earlier clause's subject is not the quotation's.
        if (!subject && coordinatedVerb(doc.text, folded, sentence, content, words)) break;
        if (!subject) continue;
        if (options.adversaries(subject.actor.country, quote.speaker.country)) return { actor: subject.actor, via: subject.via, mention: subject, quote };
        break;
      }
    }
    // "Les États-Unis, la Russie, la Chine, la France et le Royaume-Uni ont affirmé ensemble qu'« … »":
    // a speaker closing a list of joint subjects before the quotation speaks with the others; the
    // list's head is returned with its mention, so the joint subject is read from it.
    const head = listHead(doc.text, folded, sentence, quote, (m) => !governed(m) && !isOutlet(m), words);
    if (head) return { actor: head.actor, via: head.via, mention: head, quote };
    return { actor: quote.speaker, via: 'quote', mention: null, quote };
  }
  // Media outlets report acts; they are the sourcing, not the actor.
  const usable = sentence.mentions.filter(
    (m) => !isOutlet(m) && m.start >= opener && !sentence.quotes.some((q) => inside(m, q)) && !LOCATED.test(doc.text.slice(m.end, m.end + LOCATED_REACH)),
  );
  const pick = (m: Mention): Attribution => ({ actor: m.actor, via: m.via, mention: m, quote });
  // "Russia will hold drills… on the orders of President Putin": a step belongs to whoever ordered it.
  if (options.step) {
    const ordered = words.orderers
      .matchAll(folded, sentence.start, sentence.end)
      // A person named, not a title alone ("по решению Верховного главнокомандующего" is the
      // ministry's formula for its own step: §1 gives the person only when the text names one).
      .map((o) => usable.find((m) => PERSON_VIAS.has(m.via) && m.via !== 'role' && m.start >= o.end && m.start - o.end <= ORDERER_GAP))
      .find((m) => m !== undefined);
    if (ordered) return pick(ordered);
  }
  // "Selon les estimations de la FAS, l'Inde disposerait de 170 ogives", "По данным СИПРИ, Китай
  // располагает…": a judgement under a source phrase opening the sentence is the source's — the party
  // it names, or nobody when it is a document or experts left unnamed ("selon le rapport") — never the
  // state it is about. A step keeps its agent ("Selon KCNA, Kim a inspecté…"), and a source that is a
  // media outlet or a person left unnamed ("selon le Wall Street Journal", "according to sources") only
  // reports the subject's act.
  const opening = options.step || options.reportedAct ? null : openingSource(doc.text, folded, sentence, words);
  // "Selon l'agence KCNA, le dirigeant a déclaré que…": a speaker of the sentence's own speaks; the
  // source only reports him.
  if (opening && !words.reporting.test(folded, opening.end, sentence.end)) {
    const named = usable.find((m) => m.start >= opening.start && m.end <= opening.end);
    if (named) return pick(named);
    if (words.reports.test(folded, opening.start, opening.end)) return null;
  }
  // "Медведев: …", "Peskov — …": a post or paragraph opening with its speaker.
  const headed = usable.find(
    (m) => !/[\p{L}\p{N}]/u.test(doc.text.slice(sentence.start, m.start)) && /^\s*[:\u2014\u2013]/.test(doc.text.slice(m.end, m.end + 3)),
  );
  if (headed) return pick(headed);
  // "Les déclarations de Poutine selon lesquelles…": the owner of a speech noun that opens the
  // clause (not "Zakharova commented on Stoltenberg's statement").
  const owner = usable.find(
    (m) => m.end <= cue.start && (endsJustBefore(words.speakerNouns, folded, m.start) || startsJustAfter(words.speakerNounsAfter, folded, m.end)),
  );
  const plain = withoutTimes(doc);
  // "Lundi, Dmitri Medvedev a menacé Kiev de…": a clause whose own subject stands before its verb has no
  // speaker placed after the verb; the name after it is the verb's object.
  const subjectBefore = (m: Mention): boolean => {
    const open = clauseOpenBefore(plain, sentence, m);
    return usable.some((o) => o.start > open && o.end <= m.start && o.actor.name !== m.actor.name && !governed(o));
  };
  const found = usable.find(
    (m) =>
      isInvertedSpeaker(plain, folded, sentence, m, words.complementizers, words.subordinators, words.reporting, words.circumstances) &&
      !governed(m) &&
      !subjectBefore(m),
  );
  if (owner && judgesOwnersWords(doc.text, folded, owner, found, cue, words, options)) judgedOwner = owner;
  const firstFree = usable.find((m) => !governed(m));
  if (owner && owner !== judgedOwner && (!firstFree || firstFree.start >= owner.start || firstFree.via === 'pronoun')) return pick(owner);
  // "China would probably consider nuclear use…, the report says", "Beijing has more than 500 warheads,
  // a new U.S. assessment says": a closing reporting clause gives the words before it to its source, the
  // state named in it ("U.S.") or, when none is, an unnamed one (a report); never to the state the words
  // are about (a step or a reported act keeps its agent: "China is adding warheads, the report says").
  const source = !found && !options.reportedAct && !options.step ? closingSource(plain, folded, sentence, words) : null;
  if (source) {
    // The speaker named after its verb ("…, заявил Лавров") is the inverted speaker's business: only an
    // unnamed source after the verb, or one named before it ("a new U.S. assessment says"), is read here.
    const named = usable.filter((m) => m.start >= source.start && m.end <= source.end);
    // Unnamed, the source owns the words only when it is a document or experts ("the report says",
    // "estiment les spécialistes"); a person left unnamed ("сообщил источник") reports the subject's act.
    if (named.length === 0) {
      if (words.reports.test(folded, source.start, source.end)) return null;
    } else if (!source.verbFirst) return pick(named[0] as Mention);
  }
  // "Burns met Naryshkin to warn Moscow…, the White House said": an institution reporting what its
  // own official did; the named official acts.
  const institution = found && (found.via === 'state' || found.via === 'organisation');
  const official =
    institution &&
    usable.some((m) => m.end <= cue.start && PERSON_VIAS.has(m.via) && m.actor.country === found.actor.country && !governed(m));
  const inverted = official ? undefined : found;
  // "Russia has tested the missile, President Putin said": a named official of the state that took
  // the step announces it as the state's own and is its actor (§1: the person if the text names
  // one); a spokesperson only reports it ("…, Peskov said" stays Russia's).
  // A pronoun after the verb (", a-t-il annoncé", ", he said") stands for the person named before.
  const announcer =
    inverted !== undefined && (PERSON_VIAS.has(inverted.via) || inverted.via === 'pronoun') && !(options.spokesperson?.(inverted.actor.name) ?? false)
      ? inverted
      : undefined;
  const ownState = (m: Mention): boolean =>
    announcer !== undefined && (m.via === 'state' || m.via === 'organisation') && m.actor.country !== null && m.actor.country === announcer.actor.country;
  // A speech act belongs to its speaker; a step taken (a doctrine approved, a deployment) to the
  // one who took it, whoever reports it ("Putin approved the doctrine, the Kremlin said").
  if (
    inverted &&
    !(
      options.reportedAct &&
      usable.some(
        (m) =>
          m !== inverted &&
          !ownState(m) &&
          m.end <= cue.start &&
          !governed(m) &&
          !placedInside(doc.text, sentence, m) &&
          (options.step || options.adversaries(m.actor.country, inverted.actor.country)),
      )
    )
  ) {
    return pick(inverted);
  }
  const free = usable.filter((m) => !governed(m));
  // "… after Russia struck": an adverbial clause before the cue has its own subject.
  const clauses = words.subordinators.matchAll(folded, opener, cue.start);
  const lastClause = clauses[clauses.length - 1];
  // "…рассказал, что будет, если Россия применит ядерное оружие": the subject of a condition is who
  // would act were it met, a supposition of the speaker's, not the actor of what the sentence reports.
  // The cue must be inside that clause: no comma between the subordinator and the cue.
  const inClause = lastClause !== undefined && !folded.slice(lastClause.end, cue.start).includes(',');
  const supposed = inClause && words.conditions.matchAll(folded, lastClause.start, lastClause.end).some((c) => c.start === lastClause.start);
  if (lastClause && inClause && !supposed) {
    // Its subject opens it ("after Russia struck", "after the Russian army"): a name further on
    // ("described the test as routine and said the United States…") is not the clause's subject.
    const subject = free.find(
      (m) => m.start >= lastClause.end && m.end <= cue.start && wordCount(doc.text.slice(lastClause.end, m.start)) <= SUBORDINATE_SUBJECT_WORDS,
    );
    if (subject) return pick(subject);
  }
  // "Le ministre répondait au président russe, qui avait averti que… des conséquences…", "Biden met
  // Putin, who warned that…": a cue inside a relative clause set off after a mention is that mention's.
  const antecedent = relativeSubject(doc.text, folded, sentence, cue, usable, words);
  if (antecedent) return pick(antecedent);
  const before = free.filter((m) => m.end <= cue.start && !(supposed && m.start >= (lastClause?.end ?? cue.start)));
  // After a leading subordinate clause the main clause's subject is the last name before the
  // first "that" ("Bien que…, l'ISW a déclaré que la Russie…" is the ISW's), or, with no "that", before
  // a reporting verb in the cue's own clause ("Since Putin had…, Lukashenko said Russia could…"; not
  // one a comma parts from the cue: "…, la Russie ait annoncé son intention d'annexer, Poutine a affirmé").
  const content =
    opener > sentence.start
      ? (words.complementizers.matchAll(folded, opener, cue.start)[0] ??
        words.reporting
          .matchAll(folded, opener, cue.start)
          .filter((v) => !/[,;:]/u.test(doc.text.slice(v.end, cue.start)))
          .pop())
      : undefined;
  const main = content ? before.filter((m) => m.end <= content.start) : before;
  let first = opener > sentence.start ? (main[main.length - 1] ?? before[0]) : before[0];
  // "In Washington, NSC spokesman John Kirby called…", "À Moscou, le porte-parole…": a capital in a
  // fronted place phrase is where, not who, when someone is named after its comma.
  if (first && (first.via === 'state' || first.via === 'organisation')) {
    const lead = doc.text.slice(sentence.start, first.start);
    const after = before[before.indexOf(first) + 1];
    const closed = /^\s*,/.test(doc.text.slice(first.end, first.end + 2));
    const place = wordCount(lead) >= 1 && wordCount(lead) <= FRONTED_PLACE_WORDS && !/[,;:]/.test(lead) && closed;
    // "Speaking to reporters in Tokyo, Blinken warned…": a longer fronted phrase ending on a place says
    // where the person named right after its comma acts.
    const scene =
      after !== undefined &&
      closed &&
      wordCount(lead) <= FRONTED_SCENE_WORDS &&
      !/[,;:]/.test(lead) &&
      PERSON_VIAS.has(after.via) &&
      wordCount(doc.text.slice(first.end, after.start)) <= FRONTED_SUBJECT_WORDS;
    if ((place || scene) && after) first = after;
    // "В Минске министр обороны Сергей Шойгу … подписал…", "In Minsk the defence ministers signed…":
    // a place after a locative preposition opening the sentence, with no comma, is where, not who,
    // when a person follows it in the same clause (alone, "В Кремле заявили" keeps the Kremlin).
    const located = LOCATIVE_LEADS.has(doc.text.slice(sentence.start, first.start).trim().toLowerCase());
    // The person stands right after the place ("В Минске министр обороны…"), not further on as a
    // complement ("У МЗС назвали рішення Путіна…" is the ministry's).
    const person = located ? before[before.indexOf(first) + 1] : undefined;
    if (person && PERSON_VIAS.has(person.via) && wordCount(doc.text.slice(first.end, person.start)) <= 1 && !/[,;:]/.test(doc.text.slice(first.end, person.start))) first = person;
  }
  // "Dans un texte publié par le centre de réflexion Hudson Institute…, l'ancien ministre juge que…",
  // "In an op-ed published by the Washington Post, Scholz argued…": a phrase opening the sentence on a
  // preposition and closed by a comma says where or in what medium; the subject follows its comma
  // (not "Pour le Kremlin, …", a short frame giving whose view the sentence is: `framesView`).
  if (first && first.via !== 'pronoun' && !framesView(first)) {
    const frameEnd = frontedFrameEnd(doc.text, folded, sentence, opener, cue, words);
    if (frameEnd !== null && first.end <= frameEnd) {
      const subject = before.find((m) => m.start > frameEnd && wordCount(doc.text.slice(frameEnd, m.start)) <= FRONTED_SUBJECT_WORDS);
      if (subject) first = subject;
    }
  }
  // "Quelques heures plus tard, lors d'une conférence de presse avec …, Mark Rutte, il a assuré…": a
  // pronoun opening its clause right after a comma is the subject the fronted phrase was waiting
  // for; a name inside that phrase is its frame.
  if (first && first.via !== 'pronoun') {
    const from = first;
    const subject = before.find(
      (m) => m.via === 'pronoun' && m.start > from.end && /,\s*$/u.test(doc.text.slice(from.end, m.start)) && words.complementizers.matchAll(folded, from.end, m.start).length === 0,
    );
    if (subject) first = subject;
  }
  // "Poland closed its border, and Nato's commander said the alliance had seen no change": a
  // clause joined by a comma and a conjunction has its own subject, the speaker of the cue that
  // follows its reporting verb.
  // "Yoon's office said South Korea remained committed…": a person owning the body that speaks is
  // not the subject; the next one named is, when there is one.
  if (first && PERSON_VIAS.has(first.via) && POSSESSIVE_BODY.test(doc.text.slice(first.end, first.end + 30))) {
    const next = before[before.indexOf(first) + 1];
    if (next) first = next;
  }
  const joined = first ? coordinatedSpeaker(doc.text, folded, before.slice(before.indexOf(first) + 1), cue, words) : undefined;
  if (joined) first = joined;
  // "Kremlin spokesman Dmitry Peskov", "Russian Foreign Minister Sergei Lavrov": a state word
  // modifying the person named right after it.
  const next = first ? before[before.indexOf(first) + 1] : undefined;
  if (first && next && (first.via === 'state' || first.via === 'organisation') && next.via !== 'state' && next.via !== 'organisation' && next.via !== 'pronoun') {
    const between = doc.text.slice(first.end, next.start);
    // "North Korea's leader, Kim Jong Un, personally guided…": a possessive role set off by commas
    // names the person in apposition, who is the subject.
    const apposed = POSSESSIVE_APPOSITION.test(between) && /^\s*,/u.test(doc.text.slice(next.end, next.end + 2));
    if (((between.length <= MODIFIER_GAP && !/[,.;:!?()«»"“”]/.test(between)) || apposed) && next.actor.country === first.actor.country) first = next;
  }
  // "Сикорский рассказал, что американцы предупредили Россию", "Sikorski said the Americans had warned
  // Russia": a verb of speech as the cue, its own subject right before it in a clause the named person
  // reports, is that subject's act when it is a third party's: not the person's own side, nor an
  // adversary (then the person accuses).
  if (first && PERSON_VIAS.has(first.via) && words.reporting.test(folded, cue.start, cue.end)) {
    // After "that", or after a bare reporting verb ("said the Americans had warned").
    const content = words.complementizers.matchAll(folded, first.end, cue.start).pop() ?? words.reporting.matchAll(folded, first.end, cue.start)[0];
    const own = content ? free.filter((m) => m.start >= content.end && m.end <= cue.start).pop() : undefined;
    if (
      own &&
      own !== first &&
      own.actor.name !== first.actor.name &&
      // At most an auxiliary between ("had warned", "ont averti").
      wordCount(doc.text.slice(own.end, cue.start)) <= 1 &&
      !/[,;:]/u.test(doc.text.slice(own.end, cue.start)) &&
      // Another side's act: what the person's own side did (a spokesman on his president) stays
      // with the rules below.
      own.actor.country !== first.actor.country &&
      !options.adversaries(own.actor.country, first.actor.country)
    ) {
      return pick(own);
    }
  }
  if (first) {
    // "Sullivan said Washington had communicated to Moscow…", "Peskov said Russia had notified
    // Washington": a past act the reported clause gives to the reporter's own state is the state's (§1).
    const reportedState = PERSON_VIAS.has(first.via) ? stateReportedDoing(doc.text, folded, first, free, cue, words) : undefined;
    if (reportedState) return pick(reportedState);
    // "Песков рассказал о главном: Путин утвердил доктрину", "Peskov had news: Putin approved…": a
    // step told in a clause after a colon belongs to that clause's own subject, not the frame's; so
    // does any act when the frame is the state or body the person speaks for ("Китайская сторона
    // выразилась осторожнее: председатель КНР Си Цзиньпин призвал…").
    const colon = doc.text.indexOf(':', first.end);
    if (colon >= 0 && colon < cue.start) {
      const own = free.find((m) => m.start > colon && m.end <= cue.start);
      const opens = own !== undefined && own !== first && wordCount(doc.text.slice(colon + 1, own.start)) <= SUBORDINATE_SUBJECT_WORDS && own.actor.kind !== 'expert';
      const frameIsBody = (first.via === 'state' || first.via === 'organisation') && own !== undefined && PERSON_VIAS.has(own.via) && own.actor.country === first.actor.country;
      if (opens && (options.step || frameIsBody)) return pick(own);
    }
    if (options.reportedAct) {
      // The subject of the reported content: after "that", or right after a bare reporting verb
      // ("The Pentagon said Russia had notified…").
      // A mention right after a bare verb and followed at once by a preposition is the verb's object,
      // the one urged ("Путин призвал Байдена к переговорам", "urged Washington to", "a exhorté Moscou
      // à"), not the subject of a reported clause, which goes on with its own verb.
      const directObject = (m: Mention): boolean => objectFollows(folded, m, words);
      const content =
        words.complementizers.matchAll(folded, first.end, cue.start)[0] ??
        words.reporting
          .matchAll(folded, first.end, cue.start)
          .find((v) => free.some((m) => m.start >= v.end && m.start - v.end <= 1 && m.end <= cue.start && !directObject(m)));
      const subject = content && free.find((m) => m.start >= content.end && m.end <= cue.start);
      if (subject && options.adversaries(subject.actor.country, first.actor.country)) return pick(subject);
      // "Лавров напомнил, что Путин объявил о размещении…", "Peskov said Putin had approved…": a step
      // the reported clause gives to a person of its own, with no quotation, is that person's, whoever
      // reports it (a reassurance is still the reporter's own: "Ryabkov said Russia would not…").
      // Only the clause's own subject, opening it, and an official (a name inside an aside is none).
      if (
        subject &&
        content &&
        options.step &&
        PERSON_VIAS.has(subject.via) &&
        subject.actor.kind === 'official' &&
        subject.actor.name !== first.actor.name &&
        wordCount(doc.text.slice(content.end, subject.start)) <= SUBORDINATE_SUBJECT_WORDS &&
        !/[,;:()]/.test(doc.text.slice(content.end, subject.start))
      ) {
        return pick(subject);
      }
    }
    return pick(first);
  }
  // "Trois SNLE de la Marine nationale ont quitté leur base", "Two bombers of the Russian air force
  // flew…": with no subject named, a step whose subject phrase is owned by a state or body (after
  // an owner word: "de", "of") is that owner's, when it is the only one named before the step.
  if (options.step) {
    // A cue with a gap may hold the subject phrase ("SNLE de la Marine nationale ont quitté").
    const named = usable.filter((m) => m.end <= cue.end && !sentence.quotes.some((q) => inside(m, q)));
    const owner = named[0];
    if (named.length === 1 && owner && (owner.via === 'state' || owner.via === 'organisation') && ownedBy(folded, owner, words)) return pick(owner);
  }
  const speaker = sentence.quotes.find((q) => q.speaker && !outletSpeaker(doc, q.speaker) && !(objectOnly && q === quote))?.speaker;
  if (speaker) return { actor: speaker, via: 'quote', mention: null, quote };
  // "In a phone call on Wednesday, Russian Defence Minister Andrei Belousov and…": a cue in a fronted
  // phrase belongs to the subject named right after its comma.
  const comma = folded.indexOf(',', cue.end);
  const fronted = !sentence.mentions.some((m) => m.start < cue.start) && !folded.slice(sentence.start, cue.start).includes(',');
  if (fronted && comma >= 0 && comma < sentence.end) {
    const subject = free.find((m) => m.start > comma && wordCount(doc.text.slice(comma + 1, m.start)) <= FRONTED_SUBJECT_WORDS);
    if (subject && !sentence.quotes.some((q) => inside(q, { start: sentence.start, end: comma }))) return pick(subject);
  }
  return null;
}

/**
 * At most this many units of title between a list's conjunction and its next member, which may be
 * a person named after a short title ("Biden and President Xi").
 */
export const LIST_TITLE_GAP = 12;

/** How two members of a list are joined: a conjunction ("and", ", et la"), or a bare comma that waits for one. */
export type ListLink = 'conjunction' | 'comma';

/**
 * The ONE reader of a list of joint subjects (the signals stage's co-subjects, the speaker list
 * before a quotation): how the members ending at `from` and starting at `to` are joined. A bare
 * comma, maybe with an article ("Les États-Unis, la Russie"), is a `comma` link; a conjunction of
 * the language, maybe after a comma, then at most an article and a title ("and Chinese leader
 * Xi", ", et le Royaume-Uni") a `conjunction` link; anything else, null. The conjunctions and
 * articles are each language's (attribution-cues `conjunction`, `article`).
 */
export function listLink(text: string, folded: string, from: number, to: number, words: Pick<AttributionWords, 'conjunctions' | 'articles'>): ListLink | null {
  if (to < from) return null;
  const comma = /^\s*,\s*/u.exec(text.slice(from, to));
  if (comma && (comma[0].length === to - from || articleOnly(folded, from + comma[0].length, to, words.articles))) return 'comma';
  const joined = words.conjunctions.matchAll(folded, from, to).find((c) => /^\s*,?\s*$/u.test(folded.slice(from, c.start)));
  if (!joined || to - from > LIST_TITLE_GAP + (joined.end - joined.start) + 1 || /[,.;:!?]/u.test(text.slice(joined.end, to))) return null;
  return 'conjunction';
}

/** Is `folded[from, to)` one article and white space? */
function articleOnly(folded: string, from: number, to: number, articles: PhraseSet<true>): boolean {
  const article = articles.matchAll(folded, from, to)[0];
  return article !== undefined && article.start === from && /^\s*$/u.test(folded.slice(article.end, to));
}

/**
 * The first member of a list of joint subjects holding the quotation's speaker before the quotation
 * ("Les États-Unis, la Russie … et le Royaume-Uni ont affirmé qu'« … »"), when there is such a list of
 * at least two of the same kind; undefined otherwise. The quotes stage names the list's first member
 * as the speaker (quotes/speaker.ts `jointHead`, by the same `listLink`); a speaker closing the list
 * is read back to its head too.
 */
function listHead(text: string, folded: string, sentence: SentenceView, quote: Quote, usable: (m: Mention) => boolean, words: AttributionWords): Mention | undefined {
  const speaker = quote.speaker;
  if (!speaker) return undefined;
  const before = sentence.mentions.filter((m) => m.end <= quote.start && usable(m));
  const last = [...before].reverse().find((m) => m.actor.name === speaker.name && m.via !== 'pronoun');
  if (!last) return undefined;
  const state = (m: Mention): boolean => m.via === 'state';
  let head = last;
  for (let k = before.indexOf(last) - 1; k >= 0; k--) {
    const m = before[k] as Mention;
    if (m.actor.name === head.actor.name) continue;
    if (state(m) !== state(last) || m.via === 'organisation' || m.via === 'pronoun' || listLink(text, folded, m.end, head.start, words) === null) break;
    head = m;
  }
  if (head !== last) return head;
  const next = before[before.indexOf(last) + 1];
  const opensList = next !== undefined && next.actor.name !== last.actor.name && state(next) === state(last) && listLink(text, folded, last.end, next.start, words) !== null;
  return opensList ? last : undefined;
}

/**
 * Where a phrase opening the sentence on a preposition ends: its first comma, before the cue
 * ("Dans un texte publié par …, ", "In an interview with CBS, "); null when the sentence opens
 * otherwise or the comma comes after the cue.
 */
function frontedFrameEnd(text: string, folded: string, sentence: Span, opener: number, cue: Span, words: AttributionWords): number | null {
  const from = Math.max(sentence.start, opener);
  const lead = words.objectWords.matchAll(folded, from, Math.min(sentence.end, from + PHRASE_REACH))[0];
  if (!lead || !/^[\s\u00a0]*$/u.test(text.slice(from, lead.start))) return null;
  const comma = text.indexOf(',', lead.end);
  return comma >= 0 && comma < cue.start ? comma + 1 : null;
}

/**
 * An English past perfect right after a clause's subject ("Washington had communicated", "Russia
 * had already notified"): the clause reports an act done before the report, not the speaker's word.
 * Verbs of perception and judgement ("Washington had seen no change", "had concluded") give the
 * speaker's own assessment instead.
 */
const PAST_PERFECT_AFTER =
  /^\s+had\s+(?:already\s+|also\s+|previously\s+|repeatedly\s+)?(?!(?:seen|noticed|observed|detected|found|identified|concluded|assessed|determined|judged|heard|learned|learnt|been)\b)\p{L}+(?:ed|en|wn|ght|nt|d)\b/u;

/**
 * The state (or body) of the person's own side that the clause the person reports has as its
 * subject, when that clause tells a past act ("Sullivan said Washington had communicated…").
 */
function stateReportedDoing(text: string, folded: string, reporter: Mention, free: readonly Mention[], cue: Span, words: AttributionWords): Mention | undefined {
  const verb = words.reporting.matchAll(folded, reporter.end, cue.start)[0];
  if (!verb || wordCount(text.slice(reporter.end, verb.start)) > INVERSION_MAX_WORDS_BEFORE) return undefined;
  const content = words.complementizers.matchAll(folded, verb.end, cue.start)[0];
  const from = content && wordCount(text.slice(verb.end, content.start)) === 0 ? content.end : verb.end;
  const subject = free.find((m) => m.start >= from && m.end <= cue.start);
  if (!subject || wordCount(text.slice(from, subject.start)) > 1) return undefined;
  if (subject.via !== 'state' && subject.via !== 'organisation') return undefined;
  if (subject.actor.country === null || subject.actor.country !== reporter.actor.country) return undefined;
  return PAST_PERFECT_AFTER.test(text.slice(subject.end, subject.end + 40)) ? subject : undefined;
}

/** At most this many words between a conjunction and the "that" of the verb it joins ("and also reaffirmed that", "et a réaffirmé que"). */
export const COORDINATED_VERB_WORDS = 3;

/**
 * Does the complementizer follow a verb joined by a conjunction, with no subject of its own between
 * ("…, and reaffirmed that", "… et a réaffirmé que", "… и подтвердил, что")? Then its clause is the
 * main subject's word, like the clause of the verb before the conjunction.
 */
function coordinatedVerb(text: string, folded: string, sentence: SentenceView, complementizer: Span, words: AttributionWords): boolean {
  const conj = words.conjunctions.matchAll(folded, Math.max(sentence.start, complementizer.start - PHRASE_REACH), complementizer.start).pop();
  if (!conj) return false;
  const between = text.slice(conj.end, complementizer.start);
  return wordCount(between) >= 1 && wordCount(between) <= COORDINATED_VERB_WORDS && !/[;:]/u.test(between) && !sentence.mentions.some((m) => m.start >= conj.end && m.end <= complementizer.start);
}

/**
 * The words of a source phrase opening the sentence ("According to the report,", « Selon les
 * estimations de la FAS, », «По данным СИПРИ,»), the cue in it or after it: from after the source word
 * to the comma that closes it, or null when the sentence opens otherwise.
 */
function openingSource(text: string, folded: string, sentence: SentenceView, words: AttributionWords): Span | null {
  const opener = words.sources.matchAll(folded, sentence.start, sentence.end)[0];
  if (!opener || /[\p{L}\p{N}]/u.test(text.slice(sentence.start, opener.start))) return null;
  const close = text.slice(opener.end, sentence.end).search(/[,\u2014\u2013]/u);
  return close < 0 ? null : { start: opener.end, end: opener.end + close };
}

/** At most this many words after the reporting verb of a clause closing the sentence on its source ("says on Tuesday"). */
export const CLOSING_SOURCE_TAIL_WORDS = 3;

/**
 * The source named by a clause that closes the sentence (", the report says", ", a new U.S. assessment
 * says", ", estime le rapport", ", говорится в докладе"): a comma or dash, then either at most
 * `INVERSION_MAX_WORDS_BEFORE` words and a reporting verb ending the clause (but for
 * `CLOSING_SOURCE_TAIL_WORDS` of circumstance), or a reporting verb and at most as many words. Returns
 * the words that may name the source (the clause, or what follows its opening verb) and whether the verb
 * opens the clause; null when the sentence does not close so. A clause joined
 * by a conjunction or a relative pronoun (", and Russia said that…", ", which Moscow says…") has an act
 * of its own, and a verb opening a reported clause ("said that…") reports no source.
 */
function closingSource(text: string, folded: string, sentence: SentenceView, words: AttributionWords): (Span & { readonly verbFirst: boolean }) | null {
  let open = -1;
  for (let i = sentence.end - 1; i >= sentence.start; i--) {
    if (CLAUSE_OPEN.test(text[i] as string)) {
      open = i;
      break;
    }
  }
  if (open < 0) return null;
  const verb = words.reporting.matchAll(folded, open + 1, sentence.end)[0];
  if (!verb) return null;
  const lead = (set: PhraseSet<true>): boolean => opensAt(set, folded, open + 1, verb.start);
  // A clause opened by "that" is reported speech ("Байден заявил, что Путин пригрозил…"); a verb opening
  // one ("said that…") reports no source.
  if (lead(words.conjunctions) || lead(words.relatives) || lead(words.complementizers) || words.complementizers.test(folded, verb.end, Math.min(sentence.end, verb.end + PHRASE_REACH))) return null;
  // ", since Putin had promised…", ", a week after Putin threatened…": a clause of background reports an
  // earlier act of its own subject, not the source of the words before it.
  if (words.subordinators.test(folded, open + 1, verb.start)) return null;
  const before = wordCount(text.slice(open + 1, verb.start));
  const closeAfter = text.slice(verb.end, sentence.end).search(CLAUSE_CLOSE);
  const after = wordCount(text.slice(verb.end, closeAfter < 0 ? sentence.end : verb.end + closeAfter));
  if (before === 0) return after >= 1 && after <= INVERSION_MAX_WORDS_BEFORE ? { start: verb.end, end: sentence.end, verbFirst: true } : null;
  return before <= INVERSION_MAX_WORDS_BEFORE && after <= CLOSING_SOURCE_TAIL_WORDS ? { start: open + 1, end: sentence.end, verbFirst: false } : null;
}

/** At most this many words from a coordinated clause's subject to its reporting verb ("Nato's supreme allied commander in Europe said"). */
export const COORDINATED_SUBJECT_WORDS = 6;

/**
 * The subject of the last clause before the cue opened by a comma and a conjunction (", and
 * Nato's … said", ", et le ministre … a déclaré"), when a reporting verb follows it before the cue.
 */
function coordinatedSpeaker(text: string, folded: string, candidates: readonly Mention[], cue: Span, words: AttributionWords): Mention | undefined {
  return candidates
    .filter((m) => {
      const conj = words.conjunctions.matchAll(folded, Math.max(0, m.start - PHRASE_REACH), m.start).pop();
      if (!conj || !/,\s*$/.test(text.slice(Math.max(0, conj.start - 3), conj.start))) return false;
      // ", mais le directeur de la CIA, William Burns, a fait valoir": the name set off by commas
      // after its role opening the clause is that clause's subject.
      const role = candidates.find(
        (o) => o !== m && o.actor.name === m.actor.name && o.start >= conj.end && o.end <= m.start && wordCount(text.slice(conj.end, o.start)) <= 1 && /^\s*,\s*$/u.test(text.slice(o.end, m.start)),
      );
      if (!role && wordCount(text.slice(conj.end, m.start)) > 1) return false;
      // The reporting verb may be the cue itself ("a fait valoir", "warned").
      const verb = words.reporting.matchAll(folded, m.end, cue.end)[0];
      const rest = verb === undefined ? '' : text.slice(m.end, verb.start).replace(role ? /^\s*,/u : /^$/u, '');
      return verb !== undefined && wordCount(rest) <= COORDINATED_SUBJECT_WORDS && !/[,;:]/.test(rest);
    })
    .pop();
}

/**
 * Is the position inside a relative clause set off by commas that does not
 * hold the cue ("Medvedev, who signed the treaty in 2010, wrote that…")? Such
 * a clause is background about someone; its time does not date the act.
 */
export function inAsideClause(text: string, folded: string, sentence: Span, position: Span, cue: Span, words: Pick<AttributionWords, 'relatives'>): boolean {
  const open = text.lastIndexOf(',', position.start);
  if (open < sentence.start) return false;
  const close = text.indexOf(',', position.end);
  const end = close < 0 || close > sentence.end ? sentence.end : close;
  if (cue.start >= open && cue.end <= end) return false;
  return opensAt(words.relatives, folded, open + 1, end);
}

/**
 * Is the span inside a parenthetical relative clause, closed by a comma within
 * the sentence ("The test-ban organisation, which runs the monitoring
 * network, said…")? Such a clause describes someone; its words are not the
 * sentence's act.
 */
export function inParentheticalClause(text: string, folded: string, sentence: Span, span: Span, words: Pick<AttributionWords, 'relatives'>): boolean {
  const open = text.lastIndexOf(',', span.start);
  if (open < sentence.start) return false;
  const close = text.indexOf(',', span.end);
  if (close < 0 || close >= sentence.end) return false;
  return opensAt(words.relatives, folded, open + 1, close);
}
