/**
 * From raw matches to mentions: who each name, surname, role phrase,
 * institution and pronoun refers to. Rules, in the order they apply:
 *
 * - Full names and multi-word aliases name their person.
 * - A surname alone names a person already named in full earlier in the
 *   document (the most recent if several share it), or a `famous` person
 *   (Poutine, Шойгу), or the holder of a role phrase right next to it
 *   ("le secrétaire à la Défense, Austin"), or the one person of that
 *   surname holding an office at the document's date ("Sullivan said…" in
 *   2022), unless the surname is a word of a full name the gazetteer does not
 *   know ("Dan Sullivan"). Otherwise it is dropped.
 * - A role phrase ("le porte-parole du Kremlin", "the US defense secretary")
 *   names, in order of preference: the holder named right next to it
 *   ("Kremlin spokesman Dmitry Peskov"); a holder named elsewhere in the
 *   document; the holder at the document's date. A role of no known state
 *   ("the president", "le chef de la diplomatie") names a holder only when
 *   the article names exactly one person who held it. The date is the caller's
 *   `meta.published`, else the publication date the dates stage (which runs
 *   before this one) read in the text; failing that, it is inferred from role phrases standing
 *   next to the name of their holder ("le président américain Joe Biden"
 *   puts the article in Biden's term); with no date at all, the latest
 *   holder (years in the text are no guide: articles look back). A role that still names
 *   nobody but belongs to a known state is a mention of that state (an
 *   unnamed official speaks for the state, SIGNALS.md §1).
 *   A role after an indefinite article ("a State Department spokesperson",
 *   "un porte-parole du Kremlin") is one unnamed holder: its state. A role
 *   right before the full name of someone who does not hold it ("White House
 *   spokesman John Kirby") describes that person and names nobody. A role of
 *   no known state, or a family noun ("сказал дипломат", "a précisé le chef
 *   de l'État", "the minister added"), refers back to the holder named last
 *   as a subject (see below), else the holder named last.
 * - A lone word of a multi-word name given earlier ("Kim" after "Kim Jong
 *   Un") names that person.
 * - Institutions ("le ministère russe des Affaires étrangères") and unnamed
 *   officials ("des responsables américains") are mentions of their state;
 *   "ces responsables", "the officials" take the state of the previous
 *   unnamed-official mention.
 * - A pronoun (il/elle, he/she, он/она, celui-ci) names a person of the same
 *   gender mentioned at most `PRONOUN_SENTENCES` sentences back, outside
 *   quotation marks (a name inside a quotation is rarely what "a-t-il
 *   déclaré" refers to): in its own sentence the nearest one, in an earlier
 *   sentence that sentence's first one, its subject ("Energy Secretary Chris
 *   Wright said the tests Donald Trump ordered… "…," he told Fox News").
 *   People named in a form that is no subject are passed over while a
 *   subject is in reach: a Russian or Ukrainian oblique case ("комментируя
 *   решение Трампа", "попросил президента России"), an English possessive
 *   ("Putin's spokesman"), a mention governed by a preposition or verb of
 *   `attribution-cues.txt` ("avec Poutine", "with Putin", "к Путину").
 *   A feminine pronoun in French or Russian also refers to states (la
 *   Russie, elle; Россия, она): a state in the pronoun's own sentence, or
 *   opening an earlier one before any person, takes it.
 */
import type { ActorRef, Doc, Mention, MentionVia } from '../../document/index.ts';
import { paragraphQuotes, type QuotePairSource } from './paragraph-quotes.ts';
import { sentenceIndexer } from '../sentences/index.ts';
import type { FileLang } from '../../lexicon/index.ts';
import type { Gazetteer, RoleSpan } from './gazetteer.ts';
import type { CueSet } from './cues.ts';
import type { RawMatch } from './matcher.ts';
import type { PlaceWords } from './place-words.ts';
import { phraseKeys, type Token } from './tokens.ts';

/**
 * A demonstrative pointing to the latter, the person named last ("celui-ci", "celle-ci"): the
 * suffix written right after the pronoun.
 */
const LATTER = /^-ci(?![\p{L}])/u;
/** Longest apposition read before a name ("the powerful sister of leader"), in characters. */
const APPOSITION_MAX_CHARS = 80;
/** How far back (in sentences) a pronoun looks for its person: the current sentence and two before. */
export const PRONOUN_SENTENCES = 2;
/**
 * At least this many words after a pronoun, before its clause's next stop or comma, for it to be
 * the subject of a clause of its own ("…, il a assuré que Kiev…") rather than a parenthetical
 * reporting clause (", he said.", "Putin, he said, was…").
 */
export const CLAUSE_SUBJECT_WORDS = 3;
/** Text allowed between a role phrase and its holder's name: a comma, an article. */
const ADJACENT_GAP = /^[\s,:]*(?:(?:the|le|la|les|l['’])\s*)?$/iu;
/** Text allowed between a name and a role phrase after it ("Lavrov, the Russian foreign minister"). */
/** Between a fronted place and the body it places: its comma, maybe an article ("À Séoul, le …"). */
const FRONTED_GAP = /^\s*,\s*(?:(?:the|le|la|les|l['’])\s*)?$/iu;
/** At most this many words before a place for it to open its sentence ("À Séoul", "In Seoul"). */
export const FRONTED_PLACE_LEAD_WORDS = 1;
const APPOSITION_GAP = /^\s*,\s*(?:(?:the|a|le|la|l['’])\s*)?$/iu;
/**
 * Between a state and a role of no state that it owns in English: the possessive (with or without
 * its s: "Belarus' president"), then at most one lower-case modifier ("Belarus' authoritarian
 * president", "Russia's longtime foreign minister"). The role is that state's.
 */
const POSSESSIVE_ROLE_GAP = /^['’]s?\s+(?:\p{Ll}+(?:-\p{Ll}+)?\s+)?$/u;
/** Characters read before a token to tell whether it opens a sentence: a stop, a closing quote and a space fit. */
const SENTENCE_START_LOOKBACK = 4;
/** What ends right before a word opening a sentence: a stop, maybe a closing quote, then spaces; or a line break. */
const SENTENCE_BREAK_BEFORE = /(?:[.!?…]["»”’]?\s+|\n\s*)$/u;
/** What may stand before the text's first word: no letter or digit (spaces, a bullet, an emoji). */
const TEXT_START_BEFORE = /^[^\p{L}\p{N}]*$/u;

/**
 * Paragraphs read for a wire dateline ("MOSCOW, Oct 26 (Reuters) -"): the story's first, and the
 * lines a page may keep above it (a section label, a time stamp).
 */
const DATELINE_PARAGRAPHS = 3;

/** How many paragraph breaks (blank lines) stand before `at`, counted up to `DATELINE_PARAGRAPHS`. */
function paragraphsBefore(text: string, at: number): number {
  let n = 0;
  for (let i = text.indexOf('\n\n'); i >= 0 && i < at && n < DATELINE_PARAGRAPHS; i = text.indexOf('\n\n', i + 2)) n++;
  return n;
}

export interface RoleHolder {
  readonly person: number;
  readonly span: RoleSpan;
}

export interface ResolveContext {
  readonly gazetteer: Gazetteer;
  /** Role key → every person who held it, with the span. */
  readonly holders: ReadonlyMap<string, readonly RoleHolder[]>;
  readonly langs: readonly FileLang[];
  /** Words that put a role in the past: such a role says nothing of the article's date. */
  readonly former?: CueSet<'former'>;
  /** Per language, what governs a mention as an object ("with", "avec", "к"): such a mention is no subject. */
  readonly governors?: ReadonlyMap<FileLang, Governors>;
  /**
   * Speech cues (`speech-verbs.txt`): a mention right after an `according` cue ("по словам
   * Президента", "за словами Президента", "according to X") is the voice of its sentence, whatever
   * its case, so a later pronoun may take it.
   */
  /** Folded capitalised words that are never part of a name (`not-names.txt`): "Fort Sullivan", "Lake Austin" are places. */
  readonly notNames?: ReadonlySet<string>;
  /** Words before a name that make it a place or someone unnamed (`place-words.txt`). */
  readonly places: PlaceWords;
  readonly speech?: CueSet<'say' | 'according' | 'according-start' | 'noun' | 'complementizer' | 'clause-break' | 'anaphor'>;
}

export interface Governors {
  /** Folded word sequences (prepositions, governing verbs). */
  readonly phrases: readonly (readonly string[])[];
  /** Articles that may stand between the governing word and the mention. */
  readonly articles: ReadonlySet<string>;
  /** Folded word sequences joining conjuncts ("and", "and the", "et", "и"). */
  readonly conjunctions?: readonly (readonly string[])[];
}

interface Resolved {
  readonly match: RawMatch;
  readonly actor: ActorRef;
  readonly via: MentionVia;
  /** Gazetteer index of the person, when the gazetteer knows them. */
  readonly person: number | null;
  /** A person (known or not), as opposed to a state or an organisation. */
  readonly human: boolean;
  readonly gender: 'm' | 'f' | null;
  /** Written in a form that cannot be a clause's subject ("Путина", "Putin's"): a pronoun prefers others. */
  readonly oblique: boolean;
}

/**
 * Endings of Russian and Ukrainian nouns and adjectives in an oblique case
 * (genitive, dative, instrumental, prepositional). A role phrase whose first
 * word ends so ("пресс-секретаря", "президенту", "главой") names someone who
 * is not the subject of the clause. Nominative role words end otherwise
 * ("президент", "представитель", "официальный", "глава"); "-а"/"-я" are
 * genitive for the masculine role nouns, nominative for "глава"/"голова" and
 * feminine adjectives, which `NOMINATIVE_A` keeps.
 */
const OBLIQUE_ENDING = /(?:ого|его|ому|ему|ым|им|ыми|ими|ом|ем|ём|ой|ей|ою|ею|ові|еві|у|ю|е|і|ы|и|а|я)$/u;
const NOMINATIVE_A = /^(?:глава|голова|.*(?:ая|яя|ий|ый|ой|ниця|ица))$/u;
/** Hyphenated prefixes whose second word carries the case ("пресс-секретаря", "вице-президента"). */
const CASELESS_PREFIXES = new Set(['пресс', 'прес', 'вице', 'віце', 'экс', 'екс']);
/** Languages whose nouns show their case in their ending. */
const CASE_LANGS: ReadonlySet<FileLang> = new Set(['ru', 'uk']);

function obliqueWord(key: string): boolean {
  if (!/^[\u0400-\u04ff]+$/u.test(key)) return false;
  return OBLIQUE_ENDING.test(key) && !NOMINATIVE_A.test(key);
}

/** Each state's names of two words or more, as folded keys joined by spaces → its code; built once per gazetteer. */
const listedNames = new WeakMap<Gazetteer, ReadonlyMap<string, string>>();
function stateNamesOf(g: Gazetteer): ReadonlyMap<string, string> {
  let names = listedNames.get(g);
  if (!names) {
    const built = new Map<string, string>();
    for (const st of g.states) {
      for (const name of st.names) {
        const keys = phraseKeys(name);
        if (keys.length > 1 && !built.has(keys.join(' '))) built.set(keys.join(' '), st.code);
      }
    }
    names = built;
    listedNames.set(g, names);
  }
  return names;
}

export function resolveMentions(doc: Doc, tokens: readonly Token[], matches: readonly RawMatch[], ctx: ResolveContext): Mention[] {
  const g = ctx.gazetteer;
  const text = doc.text;
  const gap = (a: number, b: number): string => text.slice((tokens[a - 1] as Token).end, (tokens[b] as Token).start);
  const personOf = (m: RawMatch | undefined): number | null =>
    m?.kind === 'name' && m.payload.kind === 'person' ? (m.payload.ids[0] as number) : null;

  // Role phrases next to a name: which person each role names, and what that says about the date.
  const adjacentHolder = new Map<RawMatch, number>();
  // A role phrase right before a person's full name that does not hold it describes that person
  // ("White House spokesman John Kirby", "State Department spokesman Jane Doe"): it names nobody else.
  const describesName = new Set<RawMatch>();
  const confirmedSurname = new Map<RawMatch, number>();
  const windows: [string | null, string | null][] = [];
  matches.forEach((m, k) => {
    if (m.kind !== 'phrase' || m.payload.kind !== 'role' || !m.payload.role) return;
    const code = m.slotCode ?? m.payload.code;
    const all = (ctx.holders.get(m.payload.role) ?? []).filter((h) => code === null || h.span.of === code);
    const next = matches[k + 1];
    const prev = matches[k - 1];
    for (const [neighbour, between] of [
      [next, next && next.start >= m.end ? gap(m.end, next.start) : null],
      [prev, prev && prev.end <= m.start ? gap(prev.end, m.start) : null],
    ] as const) {
      if (!neighbour || between === null || neighbour.kind !== 'name') continue;
      if (neighbour === next ? !ADJACENT_GAP.test(between) : !APPOSITION_GAP.test(between)) continue;
      const ids = neighbour.payload.kind === 'person' || neighbour.payload.kind === 'surname' ? neighbour.payload.ids : [];
      const hit = all.find((h) => ids.includes(h.person));
      if (!hit) continue;
      adjacentHolder.set(m, hit.person);
      if (neighbour.payload.kind === 'surname') confirmedSurname.set(neighbour, hit.person);
      // "former President Medvedev" names him but does not date the article.
      const past = ctx.former?.endingAt(tokens, m.start, ctx.langs, 2) ?? null;
      if (past === null) windows.push([hit.span.from, hit.span.to]);
      break;
    }
    const fullName = next !== undefined && (next.kind === 'unknown' ? !next.surname : next.kind === 'name' && next.payload.kind === 'person');
    if (!adjacentHolder.has(m) && fullName && next.start >= m.end && ADJACENT_GAP.test(gap(m.end, next.start))) describesName.add(m);
    // "Linda Thomas-Greenfield, the U.S. envoy, said…": a role in apposition right after a full name
    // describes that person, even when the gazetteer does not list them under it; it names nobody else.
    // (Only a person the gazetteer knows: an unknown one is known by the role, see unknown.ts.)
    const namedBefore = prev !== undefined && prev.kind === 'name' && prev.payload.kind === 'person';
    if (!adjacentHolder.has(m) && namedBefore && prev.end <= m.start && APPOSITION_GAP.test(gap(prev.end, m.start))) describesName.add(m);
  });
  const date = documentDate(doc, windows);

  // People named in full anywhere: preferred holders of an unattached role phrase.
  const namedAnywhere = new Set<number>();
  for (const m of matches) {
    const p = personOf(m);
    if (p !== null) namedAnywhere.add(p);
  }
  for (const p of adjacentHolder.values()) namedAnywhere.add(p);
  // People named anywhere by a surname that can name only them ("— сказал Путин" at the post's end):
  // a bare role used before its holder is named ("президент предупредил Вашингтон…" under a headline
  // naming Putin) points forward to the one holder named so, when the article names no other.
  const surnamedAnywhere = new Set<number>(namedAnywhere);
  for (const m of matches) {
    if (m.kind === 'name' && m.payload.kind === 'surname' && m.payload.ids.length === 1) surnamedAnywhere.add(m.payload.ids[0] as number);
  }

  const quoted = quotedRanges(doc);
  const inQuote = (m: RawMatch): boolean => insideRange(quoted, (tokens[m.start] as Token).start);
  const sentenceOf = sentenceIndexer(doc.sentences);
  const caseLang = ctx.langs.some((l) => CASE_LANGS.has(l));
  /** Base forms of each person's name words, as the gazetteer writes them (nominative in Russian). */
  const baseWords = new Map<number, Set<string>>();
  const baseOf = (id: number): Set<string> => {
    let set = baseWords.get(id);
    if (!set) {
      const p = g.people[id];
      set = new Set(p ? [...p.names, ...p.surnames].flatMap((n) => n.split(/[\s.'’-]+/u).map((w) => w.toLowerCase().replace(/ё/g, 'е'))) : []);
      baseWords.set(id, set);
    }
    return set;
  };
  /** Whether the mention is written in a form that is no clause's subject. */
  const governors = ctx.langs.flatMap((l) => {
    const g = ctx.governors?.get(l);
    return g ? [g] : [];
  });
  /** A preposition or governing verb right before token `i`, maybe with an article between ("with the", "к"). */
  const governed = (i: number): boolean => {
    for (const gov of governors) {
      let end = i;
      const before = tokens[end - 1];
      if (before && gov.articles.has(before.key)) end--;
      for (const words of gov.phrases) {
        if (end < words.length) continue;
        if (words.every((w, k) => (tokens[end - words.length + k] as Token).key === w)) {
          // Same clause only: "…, Peskov said. With…" is not governed across a stop or comma.
          const from = (tokens[end - words.length] as Token).end;
          if (/[.,;:!?«»"“”—–]/u.test(text.slice(from, (tokens[i] as Token).start))) continue;
          if (!openingFrame(end - words.length, i)) return true;
        }
      }
    }
    return false;
  };
  /**
   * Token `i` opens its sentence: before it, a stop (maybe closing a quotation) and spaces, or a
   * line break; at the text's very start, nothing but spaces, bullets or emoji.
   */
  const opensSentenceAt = (i: number): boolean => {
    const at = (tokens[i] as Token).start;
    const before = text.slice(Math.max(0, at - SENTENCE_START_LOOKBACK), at);
    return SENTENCE_BREAK_BEFORE.test(before) || (at < SENTENCE_START_LOOKBACK && TEXT_START_BEFORE.test(before));
  };
  /**
   * A preposition opening the sentence, its person set off by a comma ("For Heather Williams,
   * director of …, the substance matters less…", "Pour Bruno Tertrais, …"): the frame names whose
   * view the sentence gives, the voice a later "she said" refers to, not a complement.
   */
  const openingFrame = (governor: number, name: number): boolean => {
    if (!opensSentenceAt(governor)) return false;
    let k = name;
    while (k < tokens.length && (tokens[k] as Token).capital) k++;
    const last = tokens[k - 1] as Token;
    return k > name && /^\s*,/u.test(text.slice(last.end, last.end + 2));
  };
  /**
   * Inside an apposition to a person named just before it ("Kim Yo Jong, the sister of leader Kim
   * Jong Un, said"): the apposition's complement, never the clause's subject. The apposition opens
   * with a comma right after that person's mention and holds no other punctuation up to this one.
   */
  const inApposition = (m: RawMatch, person: number | null): boolean => {
    let at = (tokens[m.start] as Token).start;
    let k = resolved.length - 1;
    // Its own title before it ("…, a close aide of President Joe Biden"): the apposition opens before the title.
    const title = resolved[k];
    if (title && title.via === 'role' && person !== null && title.person === person) {
      at = (tokens[title.match.start] as Token).start;
      k--;
    }
    const before = text.slice(Math.max(0, at - APPOSITION_MAX_CHARS), at);
    const comma = before.lastIndexOf(',');
    if (comma < 0 || /[,;:()"«»“”.!?\n]/u.test(before.slice(comma + 1))) return false;
    const commaAt = at - before.length + comma;
    const head = resolved[k];
    // A role phrase before the comma describes the name after it ("the defence minister, Kim Yong-hyun,").
    if (!head || !head.human || head.person === null || (head.via !== 'name' && head.via !== 'alias' && head.via !== 'surname')) return false;
    const headEnd = (tokens[head.match.end - 1] as Token).end;
    return headEnd <= commaAt && /^\s*$/u.test(text.slice(headEnd, commaAt));
  };
  /**
   * Token `i` opens the second conjunct of a person named as an object just before: a conjunction
   * ends right before it ("… with Sergei Shoigu and the chief …"), and before the conjunction, with
   * nothing but spaces between (a comma may open a new clause: "…with Putin, and Xi said"), stands
   * a person's mention in an object's form.
   */
  const conjunctOfObject = (i: number): boolean => {
    for (const gov of governors) {
      for (const words of gov.conjunctions ?? []) {
        const from = i - words.length;
        if (from < 1 || !words.every((w, k) => (tokens[from + k] as Token).key === w)) continue;
        const before = resolved[resolved.length - 1];
        const last = before && before.match.end <= from ? before : resolved[resolved.length - 2];
        if (!last || last.match.end > from || !last.human || !last.oblique) continue;
        if (/^\s+$/u.test(gap(last.match.end, from))) return true;
      }
    }
    return false;
  };
  const oblique = (m: RawMatch, person: number | null): boolean => {
    // "За словами Президента, …", "According to Peskov, …" opening the sentence: its voice.
    const according = ctx.speech?.endingAt(tokens, m.start, ctx.langs, 3);
    if (according?.kind === 'according' && opensSentenceAt(according.start)) return false;
    const last = tokens[m.end - 1] as Token;
    // English possessive: "Putin's spokesman" is about the spokesman.
    if (/^['’]s\b/u.test(text.slice(last.end, last.end + 3))) return true;
    if (governed(m.start)) return true;
    if (inApposition(m, person)) return true;
    const prev = resolved[resolved.length - 1];
    // A name right after its own role phrase is in the phrase's form ("with Defence Minister Sergei Shoigu").
    const ownRole = prev !== undefined && prev.via === 'role' && person !== null && prev.person === person && prev.match.end <= m.start && ADJACENT_GAP.test(gap(prev.match.end, m.start));
    if (ownRole && prev.oblique) return true;
    // A conjunct of an object is an object ("with Shoigu and the chief of the General Staff, Valery Gerasimov").
    if (conjunctOfObject(ownRole ? prev.match.start : m.start)) return true;
    if (!caseLang) return false;
    if (m.kind === 'name' && person !== null && (m.payload.kind === 'person' || m.payload.kind === 'surname')) {
      return /^[\u0400-\u04ff]+$/u.test(last.key) && !baseOf(person).has(last.key);
    }
    if (m.kind === 'phrase') {
      let first = tokens[m.start] as Token;
      if (CASELESS_PREFIXES.has(first.key) && m.end - m.start > 1) first = tokens[m.start + 1] as Token;
      return obliqueWord(first.key);
    }
    return false;
  };

  /** The article may stand before one qualifier ("one European diplomat", "a senior diplomat"). */
  const indefinite = (k: number): boolean => {
    const t = tokens[k];
    return t !== undefined && ctx.places.indefinites.has(t.key);
  };
  /** A role or officials phrase after an indefinite article: one unnamed person among several. */
  const oneOfSeveral = (m: RawMatch): boolean => {
    const qualified = m.start >= 2 && !/[^\p{L}\s-]/u.test(text.slice((tokens[m.start - 2] as Token).end, (tokens[m.start] as Token).start));
    return indefinite(m.start - 1) || (qualified && indefinite(m.start - 2));
  };
  /**
   * Indexes in `resolved` of one unnamed person ("a U.S. official", "a State Department
   * spokesperson"), resolved to the state: a pronoun after it in its sentence is that person ("A
   * U.S. official, speaking because he was not authorized…": the state, not the last one named).
   */
  const unnamedSpeaker = new Set<number>();

  /** A lone word after a preposition of place, with no possessive after it: a place ("in Austin"). */
  const placeNamed = (m: RawMatch): boolean => {
    if (m.end - m.start !== 1) return false;
    const word = tokens[m.start] as Token;
    const after = text.slice(word.end, word.end + 8);
    // "the Austin-based analyst": a place.
    if (/^-based\b/u.test(after)) return true;
    if (m.start === 0 || !/^\s+$/u.test(gap(m.start, m.start))) return false;
    const before = tokens[m.start - 1] as Token;
    if (/^['’]s\b/u.test(after)) return false;
    if (before.capital && ctx.places.placeNouns.has(before.key) && ctx.notNames?.has(before.key) && /^ $/u.test(gap(m.start, m.start))) return true;
    if (ctx.places.prepositions.has(before.key)) return true;
    // "from Austin, Texas", "at Austin, Texas": a town and its region after a preposition.
    return ctx.places.townPrepositions.has(before.key) && /^,\s*\p{Lu}\p{Ll}+[,.;]/u.test(text.slice(word.end, word.end + 40).replace(/^(,\s*\p{Lu}\p{Ll}+)(?:\s\p{Lu}\p{Ll}+)*/u, '$1'));
  };

  /**
   * Does mention `a` stand in a phrase fronted before `b`, the clause's subject: words before `a` in
   * its sentence, a comma after it, and `b` among the first words after the last comma before `b`?
   */
  const frontedBefore = (a: Resolved, b: Resolved): boolean => {
    const aStart = (tokens[a.match.start] as Token).start;
    const aEnd = (tokens[a.match.end - 1] as Token).end;
    const bStart = (tokens[b.match.start] as Token).start;
    const between = text.slice(aEnd, bStart);
    const comma = between.lastIndexOf(',');
    if (comma < 0) return false;
    const sentenceStart = doc.sentences[sentenceOf(aStart)]?.start ?? 0;
    const lead = text.slice(sentenceStart, aStart);
    return /\p{L}/u.test(lead) && between.slice(comma + 1).trim().split(/\s+/u).filter(Boolean).length <= FRONTED_SUBJECT_LEAD;
  };

  /** The state of the last body named with its state ("Pakistan's foreign ministry"), and its sentence. */
  let lastBody: { code: string; sentence: number } | null = null;
  /**
   * "…, the ministry said" a sentence or two after "Pakistan's foreign ministry …": a body named with
   * no state points back to the body of a named state just before it, before any dateline.
   */
  /**
   * "The Ministry of Defence declined to comment" with no dateline, body, officials or state before
   * it: the body's words, but for an article, are a name the gazetteer lists for one state (Ministry
   * of Defence, MoD → United Kingdom), which the officials phrase took from it — unless a state opens
   * its sentence or the one before (`subjectState`).
   */
  const listedState = (m: RawMatch): string | null => {
    const names = stateNamesOf(g);
    for (let k = m.start; k < m.end - 1; k++) {
      const code = names.get(tokens.slice(k, m.end).map((t) => t.key).join(' '));
      if (code !== undefined) return code;
    }
    return null;
  };
  const recentBody = (m: RawMatch): string | null => {
    if (!lastBody) return null;
    return sentenceOf((tokens[m.start] as Token).start) - lastBody.sentence <= BODY_BACK_SENTENCES ? lastBody.code : null;
  };

  const introduced = new Map<number, number>(); // person → order of last full mention
  /** Person → order of their last mention in a subject's form: what a back-reference prefers. */
  const asSubject = new Map<number, number>();
  /** Person → sentence of their last mention in a subject's form. */
  const subjectSentence = new Map<number, number>();
  /** People named as the second of two joined subjects ("Шойгу и министр обороны Беларуси Хренин"). */
  const secondConjunct = new Set<number>();
  let order = 0;
  let lastOfficialState: string | null = null;
  /** Word of a multi-word name given in full so far → that person (the latest wins). */
  const nameWords = new Map<string, number>();
  /** The same, for names given in a subject's form only: what a lone word prefers ("Kim said" after "Kim Yo Jong, the sister of leader Kim Jong Un, …"). */
  const subjectNameWords = new Map<string, number>();
  const resolved: (Resolved & { sentence: number; quoted: boolean })[] = [];
  const personActor = (id: number): ActorRef => (g.people[id] as (typeof g.people)[number]).actor;
  const stateActor = (code: string): ActorRef | null => {
    const s = g.states.find((x) => x.code === code);
    if (s) return s.actor;
    const o = g.organisations.find((x) => x.actor.country === code);
    return o ? o.actor : null;
  };

  /**
   * The state a wire story reports from: its dateline, a capital written in capitals opening the
   * text before a comma, bracket or dash ("MOSCOW, Oct 26 (Reuters) -"). An officials phrase coded
   * `home` ("the defence ministry said", no state named) is that state's, else the state of the
   * last unnamed officials.
   */
  let homeState: string | null = null;
  // The dateline opens a paragraph among the first few: a section label or a time stamp the clean
  // stage kept ("World November 5, 2023 2:14 PM UTC") may stand above it.
  for (const m of matches) {
    const first = tokens[m.start] as Token;
    if (paragraphsBefore(text, first.start) >= DATELINE_PARAGRAPHS) break;
    if (m.kind !== 'name' || m.payload.kind !== 'state' || !/(?:^|\n)[ \t]*$/u.test(text.slice(Math.max(0, first.start - 8), first.start))) continue;
    const last = tokens[m.end - 1] as Token;
    const written = text.slice(first.start, last.end);
    if (/\p{L}{2}/u.test(written) && written === written.toUpperCase() && /^\s*[,(\u2014\u2013-]/u.test(text.slice(last.end, last.end + 3))) {
      homeState = (g.states[m.payload.ids[0] as number] as (typeof g.states)[number]).code;
      break;
    }
  }

  /**
   * "The Pentagon said it was watching Russia's forces. “…,” a defense official told reporters": with
   * no dateline, no body of a named state and no unnamed officials before, an official of a body named
   * by its field (code `staff`) is of the state opening their sentence or the one before (the subject,
   * whose officials speak next), not of a state named further on. So is a body itself ("India
   * test-fired the Agni-5, the defence ministry said", "Russia tested a missile. The Ministry of
   * Defence said…", code `home`): the story's subject's ministry, not that of a state named further on
   * ("… the US bomb. The Ministry of Defence declined to comment" is still Britain's, by its name).
   */
  const subjectState = (m: RawMatch): string | null => {
    const sentence = sentenceOf((tokens[m.start] as Token).start);
    for (let s = sentence; s >= Math.max(0, sentence - 1); s--) {
      const opening = resolved.find((r) => r.sentence === s && r.match.start < m.start);
      if (!opening || opening.human || opening.quoted || opening.via !== 'state' || opening.actor.kind !== 'official') continue;
      // An owner opening the sentence ("Russia's forces were watched by…") is not its subject.
      if (/^['’]s?(?!\p{L})/u.test(text.slice((tokens[opening.match.end - 1] as Token).end))) continue;
      const lead = text.slice(doc.sentences[s]?.start ?? 0, (tokens[opening.match.start] as Token).start);
      if (lead.trim().split(/\s+/u).filter(Boolean).length <= SUBJECT_LEAD_WORDS) return opening.actor.country;
    }
    return null;
  };

  /**
   * A body several states have under one name, named with no state ("The Joint Chiefs of Staff said"
   * in a Seoul story, after "South Korea's military said"): the dateline's state, else the state of
   * the last body the article named with its state, when one of them has such a body; else the
   * state the entry names first.
   */
  const sharedOwner = (first: string | null, shared: readonly string[]): string | null => {
    const all = first === null ? shared : [first, ...shared];
    if (homeState !== null && all.includes(homeState)) return homeState;
    return lastBody !== null && shared.includes(lastBody.code) ? lastBody.code : first;
  };

  /**
   * "À Séoul, le ministère de la Défense a fait savoir…", "In Seoul, the defence ministry said…": a
   * state or capital named in a phrase opening the sentence, right before the comma that precedes an
   * officials phrase named with no state, places that body (like a dateline, for one sentence).
   */
  const frontedPlace = (m: RawMatch): string | null => {
    const at = (tokens[m.start] as Token).start;
    const sentence = sentenceOf(at);
    const place = [...resolved].reverse().find((r) => r.sentence === sentence && r.match.end <= m.start);
    if (!place || place.human || place.via !== 'state' || place.actor.country === null) return null;
    const placeStart = (tokens[place.match.start] as Token).start;
    const lead = text.slice(Math.max(doc.sentences[sentence]?.start ?? 0, text.lastIndexOf('\n', placeStart) + 1), placeStart);
    // Only the sentence's opening phrase: a preposition, at most, before the place.
    if (lead.trim().split(/\s+/u).filter(Boolean).length > FRONTED_PLACE_LEAD_WORDS || /[.!?]/u.test(lead)) return null;
    return FRONTED_GAP.test(gap(place.match.end, m.start)) ? place.actor.country : null;
  };

  /**
   * "Son bureau a fait savoir…", "his office said", "его пресс-служба": a body owned by the person a
   * possessive points back to (the last person named outside quotations, a few sentences back) speaks
   * for that person's state (SIGNALS.md §1: an office is its state).
   */
  const ownerState = (m: RawMatch): string | null => {
    const sentence = sentenceOf((tokens[m.start] as Token).start);
    const owner = [...resolved].reverse().find((r) => sentence - r.sentence <= PRONOUN_SENTENCES && r.human && !r.quoted && r.actor.country !== null);
    return owner?.actor.country ?? null;
  };

  /**
   * "India test-fired the Agni-4, the country's defence ministry said", «сообщило министерство обороны
   * страны»: the state named last before the body, outside quotations, a few sentences back — not a
   * place after a preposition of place ("Ukraine signed the deal in Budapest, the country's ministry…").
   */
  const stateNamedLast = (m: RawMatch): string | null => {
    const sentence = sentenceOf((tokens[m.start] as Token).start);
    const place = (r: RawMatch): boolean => r.start > 0 && ctx.places.prepositions.has((tokens[r.start - 1] as Token).key);
    const last = [...resolved]
      .reverse()
      .find((r) => sentence - r.sentence <= PRONOUN_SENTENCES && !r.human && !r.quoted && r.via === 'state' && r.actor.kind === 'official' && !place(r.match));
    return last?.actor.country ?? null;
  };

  /** Words of full names the gazetteer does not know, anywhere in the document. */
  const unknownNameWords = new Set<string>();
  for (const m of matches) {
    if (m.kind === 'unknown' && !m.surname) for (let k = m.start; k < m.end; k++) unknownNameWords.add((tokens[k] as Token).key);
  }
  /**
   * People the gazetteer does not know, described by a role phrase of a known state right next to
   * their name ("National Security Council spokesman Sean Savett", "Japan's defence minister, Gen
   * Nakatani", "Christophe Lemoine, the French foreign ministry spokesman"): they speak for that
   * state, as officials. Every mention of the name gets it.
   */
  const unknownOfficial = new Map<string, string>();
  /** The role those people were described by, for a later back-reference ("…," the spokesman told reporters). */
  const unknownRole = new Map<string, string>();
  matches.forEach((m, k) => {
    if (m.kind !== 'unknown' || m.surname) return;
    const prev = matches[k - 1];
    const next = matches[k + 1];
    for (const [role, between] of [
      [prev, prev && prev.end <= m.start ? gap(prev.end, m.start) : null, ADJACENT_GAP],
      [next, next && next.start >= m.end ? gap(m.end, next.start) : null, APPOSITION_GAP],
    ] as const) {
      if (role?.kind !== 'phrase' || role.payload.kind !== 'role' || between === null) continue;
      const code = role.slotCode ?? role.payload.code;
      if (code === null || code === 'prev' || code === 'home' || code === 'staff' || code === 'owner') continue;
      if (!(role === prev ? ADJACENT_GAP : APPOSITION_GAP).test(between)) continue;
      if (!unknownOfficial.has(m.name)) {
        unknownOfficial.set(m.name, code);
        if (role.payload.role) unknownRole.set(m.name, role.payload.role);
      }
      break;
    }
  });
  /** Order of the last mention of each unknown person described by a role (same counter as `introduced`). */
  const unknownOrder = new Map<string, { actor: ActorRef; gender: 'm' | 'f' | null; order: number }>();
  /**
   * The unknown person a role phrase refers back to: described by that role (or, for a family noun,
   * by one of its members) of the same state, mentioned last.
   */
  const describedUnknown = (role: string, code: string | null): { actor: ActorRef; gender: 'm' | 'f' | null; order: number } | null => {
    const members = g.families.get(role) ?? [role];
    let best: { actor: ActorRef; gender: 'm' | 'f' | null; order: number } | null = null;
    for (const [name, entry] of unknownOrder) {
      const r = unknownRole.get(name);
      if (r === undefined || !members.includes(r) || (code !== null && unknownOfficial.get(name) !== code)) continue;
      if (!best || entry.order > best.order) best = entry;
    }
    return best;
  };
  const unknownActor = (name: string): ActorRef => {
    const code = unknownOfficial.get(name);
    return code === undefined ? { name, country: null, kind: 'expert' } : { name, country: code, kind: 'official' };
  };
  /** Token index of each person's last full mention. */
  const lastFullAt = new Map<number, number>();
  /**
   * First and last words of full names the gazetteer does not know → that person and where named:
   * a lone word the gazetteer reads as a surname names the person named in full last ("Kim said"
   * after "South Korea's defence minister, Kim Yong-hyun", not Kim Jong Un named before him).
   */
  const unknownByWord = new Map<string, { actor: ActorRef; gender: 'm' | 'f' | null; at: number }>();
  const lastFullOf = (ids: readonly number[]): number => ids.reduce((best, id) => Math.max(best, lastFullAt.get(id) ?? -1), -1);

  /** The state owning a role of no state right after it ("Belarus' authoritarian president"), or null. */
  const possessor = (k: number): string | null => {
    const m = matches[k] as RawMatch;
    const before = matches[k - 1];
    if (!before || before.kind !== 'name' || before.payload.kind !== 'state' || before.end > m.start) return null;
    if (!POSSESSIVE_ROLE_GAP.test(text.slice((tokens[before.end - 1] as Token).end, (tokens[m.start] as Token).start))) return null;
    // "Russia's former president": a past holder, whom the role of no state finds among those named.
    if ((ctx.former?.endingAt(tokens, m.start, ctx.langs, 2) ?? null) !== null) return null;
    return (g.states[before.payload.ids[0] as number] as (typeof g.states)[number]).code;
  };

  for (const [k, m] of matches.entries()) {
    const start = (tokens[m.start] as Token).start;
    const sentence = sentenceOf(start);
    const push = (actor: ActorRef, via: MentionVia, person: number | null, human = person !== null, gender = person === null ? null : (g.people[person]?.gender ?? null)): void => {
      const obl = human && via !== 'pronoun' && oblique(m, person);
      resolved.push({ match: m, actor, via, person, human, gender, sentence, quoted: inQuote(m), oblique: obl });
      if (person !== null) {
        introduced.set(person, ++order);
        if (!obl) {
          const prev = resolved[resolved.length - 2];
          if (
            prev &&
            prev.human &&
            !prev.oblique &&
            prev.person !== null &&
            prev.person !== person &&
            prev.sentence === sentence &&
            JOINED_SUBJECTS.test(text.slice((tokens[prev.match.end - 1] as Token).end, (tokens[m.start] as Token).start))
          ) {
            secondConjunct.add(person);
          }
          asSubject.set(person, order);
          subjectSentence.set(person, sentence);
        }
      }
    };
    if (m.kind === 'unknown') {
      // "Kim" after "Kim Jong Un": a lone word of a full name given earlier names that person
      // (family names come first in Korean and Chinese names, so the word need not be the last).
      const key = (tokens[m.start] as Token).key;
      const known = m.end - m.start === 1 ? (subjectNameWords.get(key) ?? nameWords.get(key)) : undefined;
      const other = unknownByWord.get(key);
      if (known !== undefined && !(other && other.at > lastFullOf([known]))) {
        push(personActor(known), 'surname', known);
        continue;
      }
      push(unknownActor(m.name), m.surname ? 'surname' : 'name', null, true, m.gender);
      if (unknownRole.has(m.name)) unknownOrder.set(m.name, { actor: unknownActor(m.name), gender: m.gender, order: ++order });
      if (!m.surname) {
        const entry = { actor: unknownActor(m.name), gender: m.gender, at: m.start };
        unknownByWord.set(key, entry);
        unknownByWord.set((tokens[m.end - 1] as Token).key, entry);
      }
      continue;
    }
    if (m.kind === 'name') {
      const p = m.payload;
      const id = p.ids[0] as number;
      if (p.kind === 'person') {
        lastFullAt.set(id, m.start);
        push(personActor(id), p.canonical ? 'name' : 'alias', id);
        const asObject = resolved[resolved.length - 1]?.oblique === true;
        if (m.end - m.start > 1) {
          for (let k = m.start; k < m.end; k++) {
            nameWords.set((tokens[k] as Token).key, id);
            if (!asObject) subjectNameWords.set((tokens[k] as Token).key, id);
          }
        }
      }
      else if (p.kind === 'state') push((g.states[id] as (typeof g.states)[number]).actor, 'state', null);
      else if (p.kind === 'org') push((g.organisations[id] as (typeof g.organisations)[number]).actor, 'organisation', null);
      else {
        if (placeNamed(m)) continue;
        const other = m.end - m.start === 1 ? unknownByWord.get((tokens[m.start] as Token).key) : undefined;
        if (other && other.at > lastFullOf(p.ids)) {
          push(other.actor, 'surname', null, true, other.gender);
          continue;
        }
        // A surname that is also a word of a full name the gazetteer does not know ("Dan Sullivan")
        // is that other person's, not an official's.
        const serving = unknownNameWords.has((tokens[m.start] as Token).key) ? null : date;
        const person = pickSurname(p.ids, introduced, g, confirmedSurname.get(m), serving);
        if (person !== null) push(personActor(person), 'surname', person);
      }
      continue;
    }
    if (m.kind === 'phrase') {
      // A treaty named after a place ("the Budapest Memorandum") is no actor.
      if (m.payload.kind === 'document') continue;
      const code: string | null =
        m.slotCode ??
        (m.payload.code === 'prev'
          ? lastOfficialState
          : m.payload.code === 'home'
            ? (frontedPlace(m) ?? recentBody(m) ?? homeState ?? lastOfficialState ?? subjectState(m) ?? listedState(m))
            : m.payload.code === 'staff'
              ? (frontedPlace(m) ?? recentBody(m) ?? homeState ?? lastOfficialState ?? subjectState(m))
            : m.payload.code === 'owner'
              ? ownerState(m)
              : m.payload.code === 'country'
                ? stateNamedLast(m)
              : m.payload.code === 'its'
                ? // « Son ministère des affaires étrangères estime », "its foreign ministry says": the
                  // state the possessive points back to, the subject opening the sentence or the one before.
                  (subjectState(m) ?? stateNamedLast(m))
                : m.payload.shared
                ? sharedOwner(m.payload.code, m.payload.shared)
                : (m.payload.code ?? (m.payload.kind === 'role' ? possessor(k) : null)));
      if (m.payload.kind === 'role' && m.payload.role) {
        if (describesName.has(m)) continue;
        const anonymous = oneOfSeveral(m);
        const adjacent = adjacentHolder.get(m);
        // A role of no state refers back ("— сказал президент", "the minister added"): to anyone named
        // before it in any form, a lone famous surname ("Путин выступил…") or initials ("С.В.Лавров") too.
        const named = code === null ? new Set([...namedAnywhere, ...introduced.keys()]) : namedAnywhere;
        // "l'ancien ministre de la Défense juge que…", "the former defence minister said": a past role of
        // no state refers to the person the article names (anywhere) who held it before its date.
        // So does a past role of a named state ("the former Russian president", «бывший президент России»):
        // never its holder at the date.
        const pastRole = adjacent === undefined && !anonymous && (ctx.former?.endingAt(tokens, m.start, ctx.langs, 2) ?? null) !== null;
        const former = pastRole ? formerHolder(m.payload.role, code, date, namedAnywhere, introduced, ctx) : null;
        const person =
          adjacent ??
          former ??
          (anonymous ? null : (holderFor(m.payload.role, code, date, named, introduced, ctx, asSubject, subjectSentence, secondConjunct) ?? (code === null ? namedLater(m.payload.role, date, surnamedAnywhere, ctx) : null)));
        // A person the gazetteer does not know, described by this role and mentioned after the
        // holder found (or with none found), is whom "the spokesman" refers back to.
        const back = adjacent === undefined && !anonymous ? describedUnknown(m.payload.role, code) : null;
        if (back && back.order > (person === null ? 0 : (introduced.get(person) ?? 0))) {
          push(back.actor, 'role', null, true, back.gender);
          continue;
        }
        if (person !== null) push(personActor(person), 'role', person);
        else if (code) {
          const actor = stateActor(code);
          if (actor) push(actor, 'state', null);
          if (actor && anonymous) unnamedSpeaker.add(resolved.length - 1);
        }
        continue;
      }
      if (code) {
        const actor = stateActor(code);
        if (actor) {
          push(actor, 'state', null);
          // "Pakistan's foreign ministry called the sanctions biased. …, the ministry said": a body of
          // a named state is what "the ministry" a sentence or two later points back to (one named
          // inside a quotation is the quoted speaker's words: "“the ironclad will of the alliance”").
          if (m.payload.code !== 'home' && m.payload.code !== 'staff' && m.payload.code !== 'prev' && m.payload.code !== 'owner' && !inQuote(m)) lastBody = { code, sentence };
          if (m.payload.kind === 'officials') {
            lastOfficialState = code;
            if (oneOfSeveral(m)) unnamedSpeaker.add(resolved.length - 1);
          }
        }
      }
      continue;
    }
    // Pronoun: most recent compatible person, outside quotations, a few sentences back; a person
    // named as a subject wins over one named in an oblique form since ("Он" after "Песков …,
    // комментируя решение Трампа" is Peskov; "He" after "Putin's spokesman" is not Putin).
    // In the pronoun's own sentence the nearest subject is taken ("Peskov said he…"); in an earlier
    // sentence, the first one, which is that sentence's subject ("Energy Secretary Chris Wright said
    // the tests Donald Trump ordered… "…," he told Fox News": Wright).
    const here = inQuote(m);
    // "Celui-ci a affirmé…" after "… aux côtés de son homologue, Alexandre Loukachenko": the latter,
    // the person named last, in whatever form, not the earlier sentence's subject.
    const pronounToken = tokens[m.start] as Token;
    // Two words long, the pronoun is a latter phrase ("ce dernier", see the actors stage).
    if (LATTER.test(text.slice(pronounToken.end, pronounToken.end + 4)) || m.end - m.start > 1) {
      const last = [...resolved]
        .reverse()
        .find((r) => sentence - r.sentence <= PRONOUN_SENTENCES && r.human && r.via !== 'pronoun' && (!r.quoted || here) && (r.gender === null || r.gender === m.gender));
      if (last) {
        push(last.actor, 'pronoun', last.person, true, last.gender ?? m.gender);
        continue;
      }
    }
    // "Quelques heures plus tard, lors d'une conférence de presse avec le secrétaire général de
    // l'Alliance, Mark Rutte, il a assuré…": a pronoun opening its clause right after a comma is the
    // subject the fronted phrase before it was waiting for; people named in that phrase are its
    // frame (whom one met, where), not what the pronoun refers to — had one of them spoken, the
    // sentence would have named them as its subject.
    const pronounAt = pronounToken.start;
    const sentenceStart = text.lastIndexOf('\n', pronounAt) + 1;
    const rest = text.slice(pronounToken.end, pronounToken.end + 200).split(/[,.;:!?«»"“”]/u)[0] ?? '';
    const afterFrame =
      /,\s*$/u.test(text.slice(Math.max(sentenceStart, pronounAt - 3), pronounAt)) && rest.trim().split(/\s+/u).filter(Boolean).length >= CLAUSE_SUBJECT_WORDS;
    const inFrame = (r: (typeof resolved)[number]): boolean => afterFrame && r.sentence === sentence && (tokens[r.match.end - 1] as Token).end <= pronounAt;
    let fallback: (typeof resolved)[number] | null = null;
    let chosen: (typeof resolved)[number] | null = null;
    // A feminine pronoun in French or Russian may stand for a state (la Russie, elle; Россия, она): a
    // state in the pronoun's own sentence, or opening an earlier one before any person, takes it.
    const stateIsFeminine = m.gender === 'f' && !ctx.langs.includes('en');
    let stateIn: number | null = null;
    for (let k = resolved.length - 1; k >= 0; k--) {
      const r = resolved[k] as (typeof resolved)[number];
      if (sentence - r.sentence > PRONOUN_SENTENCES) break;
      if (chosen && r.sentence !== chosen.sentence) break;
      if (stateIn !== null && r.sentence !== stateIn) break;
      // A state named inside a quotation ("« Si la Corée du Sud choisit… », a-t-elle déclaré") is the
      // quoted speaker's words, not what the pronoun outside them stands for.
      if (r.quoted && !here) continue;
      if (!r.human) {
        if (!chosen && r.sentence === sentence && unnamedSpeaker.has(k) && !r.quoted) {
          chosen = r;
          break;
        }
        if (stateIsFeminine && r.sentence === sentence) break;
        if (stateIsFeminine && !chosen) stateIn = r.sentence;
        continue;
      }
      if (r.gender !== null && r.gender !== m.gender) continue;
      if (r.oblique || inFrame(r)) {
        fallback ??= r;
        continue;
      }
      // "Two days later, in the address in which he recognised the regions, President Vladimir Putin
      // turned…": in an earlier sentence, a pronoun inside a phrase fronted before the subject points
      // forward to that subject; the sentence's subject is the person named after the comma.
      if (chosen && chosen.sentence === r.sentence && r.sentence !== sentence && r.via === 'pronoun' && chosen.via !== 'pronoun' && frontedBefore(r, chosen)) continue;
      chosen = r;
      stateIn = null;
      if (r.sentence === sentence) break;
    }
    const pick = chosen ?? (stateIn === null ? fallback : null);
    // The frame's people stay out of reach of later pronouns too ("« … », a-t-il déclaré" in the next
    // sentence): they were named as no subject.
    if (afterFrame) resolved.forEach((r, k) => { if (r.human && inFrame(r)) resolved[k] = { ...r, oblique: true }; });
    if (pick) push(pick.actor, 'pronoun', pick.person, true, pick.gender ?? m.gender);
    if (pick && unnamedSpeaker.has(resolved.indexOf(pick))) unnamedSpeaker.add(resolved.length - 1);
  }

  return resolved.map((r) => {
    const start = (tokens[r.match.start] as Token).start;
    const end = (tokens[r.match.end - 1] as Token).end;
    return { start, end, text: text.slice(start, end), actor: r.actor, via: r.via, sentence: r.sentence };
  });
}

function pickSurname(
  ids: readonly number[],
  introduced: ReadonlyMap<number, number>,
  g: Gazetteer,
  confirmed: number | undefined,
  date: string | null,
): number | null {
  if (confirmed !== undefined) return confirmed;
  let best: number | null = null;
  let bestOrder = -1;
  for (const id of ids) {
    const o = introduced.get(id);
    if (o !== undefined && o > bestOrder) {
      best = id;
      bestOrder = o;
    }
  }
  if (best !== null) return best;
  const famous = ids.filter((id) => g.people[id]?.famous);
  if (famous.length === 1) return famous[0] as number;
  // "Sullivan said…" in an article of September 2022: of the people the surname may name, the one
  // holding an office at the document's date, when only one does.
  const serving = date === null ? [] : holdingOffice(g, ids, date);
  return serving.length === 1 ? (serving[0] as number) : null;
}

/** Of these people, those holding an office of the gazetteer at the date. */
export function holdingOffice(g: Gazetteer, ids: readonly number[], date: string): number[] {
  return ids.filter((id) => g.people[id]?.roles.some((span) => holds(span, date)));
}

function namedHolder(h: RoleHolder, named: ReadonlySet<number>, date: string | null): boolean {
  return named.has(h.person) && (date === null || holds(h.span, date));
}

/** How many sentences back "the ministry" looks for the body of a named state it points to. */
const BODY_BACK_SENTENCES = 2;
/** Words before a sentence's subject state ("The Pentagon", "On Monday the Kremlin"): an article, a short time phrase. */
const SUBJECT_LEAD_WORDS = 3;

/** At most this many words between a fronted phrase's comma and the subject it introduces ("…, President Vladimir Putin"). */
const FRONTED_SUBJECT_LEAD = 3;

function holderFor(
  role: string,
  code: string | null,
  date: string | null,
  named0: ReadonlySet<number>,
  introduced: ReadonlyMap<number, number>,
  ctx: ResolveContext,
  asSubject: ReadonlyMap<number, number> = introduced,
  subjectSentence?: ReadonlyMap<number, number>,
  secondConjunct?: ReadonlySet<number>,
): number | null {
  // A role of no known state ("the president", "le chef de la diplomatie") names a holder only when
  // the article names exactly one person who held it (at its date, when known).
  // Used after its holder was named ("a précisé le chef de l'État", "сказал дипломат"), it refers back to
  // the one named most recently.
  if (code === null) {
    const holders = (ctx.holders.get(role) ?? []).filter((h) => namedHolder(h, named0, date));
    // "Macron s'est entretenu avec Poutine. Le chef de l'État a…": the last holder named as a subject.
    let back = mostRecent(holders, asSubject) ?? mostRecent(holders, introduced);
    // "Шойгу и Хренин подписали… — заявил глава военного ведомства": two holders made subjects of
    // one sentence; the back-reference takes the one named first there, the sentence's lead.
    const lead =
      back === null || !secondConjunct?.has(back) || !subjectSentence?.has(back) ? undefined : firstInSentence(holders, asSubject, subjectSentence, subjectSentence.get(back) as number);
    if (lead !== undefined) back = lead;
    if (back !== null) return back;
    const named = new Set(holders.map((h) => h.person));
    return named.size === 1 ? (named.values().next().value as number) : null;
  }
  const all = (ctx.holders.get(role) ?? []).filter((h) => h.span.of === code);
  if (all.length === 0) return null;
  // A holder the article names: the most recently named before the phrase.
  const inDoc = all.filter((h) => namedHolder(h, named0, date));
  const newest = (pool: readonly RoleHolder[]): number =>
    ([...pool].sort((a, b) => (introduced.get(b.person) ?? 0) - (introduced.get(a.person) ?? 0))[0] as RoleHolder).person;
  if (inDoc.length > 0) return newest(inDoc);
  // A holder the article names whose term starts after the date: the date is likely off (an
  // article names an office's future holder far more rarely than the date stage errs).
  const later = date === null ? [] : all.filter((h) => named0.has(h.person) && h.span.from !== null && h.span.from > date);
  if (later.length > 0) return newest(later);
  const atDate = date === null ? latest(all) : all.filter((h) => holds(h.span, date));
  const people = new Set(atDate.map((h) => h.person));
  // Then the one holder at the date: someone the article names who held the role in another term
  // ("the Pentagon press secretary" in 2024 is not John Kirby, named for his later post). Several
  // holders at once (deputy ministers, two spokespeople) give no single answer.
  if (people.size === 1) return (atDate[0] as RoleHolder).person;
  // No holder at the date (or no date): a past holder the article names.
  const pastNamed = all.filter((h) => named0.has(h.person));
  return pastNamed.length > 0 && people.size === 0 ? newest(pastNamed) : null;
}

/**
 * The one person the article names who held the role before the date (a term ended by then), the
 * most recently introduced when several did: whom "the former defence minister" names.
 */
function formerHolder(role: string, code: string | null, date: string | null, named: ReadonlySet<number>, introduced: ReadonlyMap<number, number>, ctx: ResolveContext): number | null {
  const all = (ctx.holders.get(role) ?? []).filter((h) => code === null || h.span.of === code);
  // One who holds the role again at the date is its present holder, not a former one (Putin after 2012).
  const serving = new Set(all.filter((h) => date !== null && (h.span.from === null || h.span.from <= date) && (h.span.to === null || date < h.span.to)).map((h) => h.person));
  const past = all.filter((h) => named.has(h.person) && !serving.has(h.person) && h.span.to !== null && (date === null || h.span.to <= date));
  if (past.length === 0) return null;
  return mostRecent(past, introduced) ?? (new Set(past.map((h) => h.person)).size === 1 ? (past[0] as RoleHolder).person : null);
}

/**
 * A role of no state with no holder named before it ("президент предупредил…" opening a post under
 * its headline): the one holder of it (at the date, when known) the article names anywhere, full
 * name or unambiguous surname; several such holders give no answer.
 */
function namedLater(role: string, date: string | null, named: ReadonlySet<number>, ctx: ResolveContext): number | null {
  const people = new Set((ctx.holders.get(role) ?? []).filter((h) => namedHolder(h, named, date)).map((h) => h.person));
  return people.size === 1 ? (people.values().next().value as number) : null;
}

/** Only a conjunction between two subjects' mentions: they are joined ("Шойгу и …", "Biden and …"). */
const JOINED_SUBJECTS = /^\s+(?:и|і|та|й|and|et|und|y)\s+$/iu;

/** Of the holders last named as a subject in sentence `sentence`, the one named first there. */
function firstInSentence(holders: readonly RoleHolder[], asSubject: ReadonlyMap<number, number>, subjectSentence: ReadonlyMap<number, number>, sentence: number): number | undefined {
  let best: number | undefined;
  let bestOrder = Infinity;
  for (const h of holders) {
    const o = asSubject.get(h.person);
    if (o === undefined || subjectSentence.get(h.person) !== sentence) continue;
    if (o < bestOrder) {
      best = h.person;
      bestOrder = o;
    }
  }
  return best;
}

/** The holder among `holders` mentioned last so far, or null when none has been mentioned yet. */
function mostRecent(holders: readonly RoleHolder[], introduced: ReadonlyMap<number, number>): number | null {
  let best: number | null = null;
  let bestOrder = 0;
  for (const h of holders) {
    const o = introduced.get(h.person) ?? 0;
    if (o > bestOrder) {
      best = h.person;
      bestOrder = o;
    }
  }
  return best;
}

function holds(span: RoleSpan, date: string): boolean {
  return (span.from === null || span.from <= date) && (span.to === null || date < span.to);
}

function latest(all: readonly RoleHolder[]): RoleHolder[] {
  const current = all.filter((h) => h.span.to === null);
  if (current.length > 0) return current;
  const end = all.reduce((m, h) => ((h.span.to ?? '') > m ? (h.span.to ?? '') : m), '');
  return all.filter((h) => h.span.to === end);
}

/** `YYYY-MM-DD` (or a prefix) the document is about, or null. */
export function documentDate(doc: Doc, windows: readonly [string | null, string | null][]): string | null {
  const given = doc.meta.published ?? doc.published?.date;
  if (given && /^\d{4}(?:-\d{2}){0,2}/.test(given)) return given.slice(0, 10);
  // Within every term the article's role phrases imply: just before the earliest end.
  const ends = windows.map(([, to]) => to).filter((t): t is string => t !== null);
  const starts = windows.map(([from]) => from).filter((f): f is string => f !== null);
  if (ends.length > 0) {
    const end = ends.reduce((a, b) => (a < b ? a : b));
    const start = starts.reduce((a, b) => (a > b ? a : b), '');
    if (start <= end) return previousDay(end);
  }
  // Years in the text are no guide: articles look back ("in 2022…"), so with no date the latest holder wins.
  return null;
}

function previousDay(date: string): string {
  if (date.length < 10) return date.length === 7 ? `${date}-00` : `${date}-00-00`;
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** Whether `offset` lies in one of `ranges` (sorted, not overlapping): a binary search. */
export function insideRange(ranges: readonly (readonly [number, number])[], offset: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [a, b] = ranges[mid] as readonly [number, number];
    if (offset < a) hi = mid - 1;
    else if (offset >= b) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Offsets inside quotation marks (top-level quotes of each paragraph). */
export function quotedRanges(doc: QuotePairSource): [number, number][] {
  const ranges: [number, number][] = [];
  for (const { pairs } of paragraphQuotes(doc)) for (const q of pairs) if (q.depth === 0) ranges.push([q.open, q.end]);
  return ranges;
}

