/**
 * The actors stage: fills `doc.mentions` with every mention of a person,
 * state or organisation of the gazetteer, each resolved to its actor
 * (SIGNALS.md §1, §3) and tied to its sentence.
 *
 * Built once: the gazetteer (`data/gazetteer/`) and the role, institution,
 * official and pronoun phrases of each language (`data/<lang>/`) are read,
 * validated (errors name file and line) and compiled into token tries
 * (`matcher.ts`). A document is then tokenised once and scanned once, so the
 * cost grows with the article's length, not with the gazetteer's size. What
 * each match refers to is decided in `resolve.ts`.
 */
import type { ActorRef, Doc, Mention } from '../../document/index.ts';
import type { Stage } from '../../pipeline/stage.ts';
import { DEFAULT_DATA_DIR, FILE_LANGS, fileLangsFor, fold, readLexicon, type FileLang } from '../../lexicon/index.ts';
import { loadGazetteer, type Gazetteer } from './gazetteer.ts';
import { loadCueSet, type CueSet } from './cues.ts';
import { Matcher, type AdjectiveEntry, type PhraseEntry, type PhrasePayload, type PronounRule, type RawMatch } from './matcher.ts';
import { expandPattern } from './phrases.ts';
import { documentDate, holdingOffice, insideRange, quotedRanges, resolveMentions, type Governors, type RoleHolder } from './resolve.ts';
import { documentTokens, keepTokens, phraseKeys, tokenize, type Token } from './tokens.ts';
import { keepQuotePairs } from './paragraph-quotes.ts';
import { describedBackReferences, loadPersonNouns, type PersonNouns } from './described.ts';
import { loadPlaceWords, placeWordsFor, type PlaceWordsModel } from './place-words.ts';
import { loadRomanizer } from './romanize.ts';
import { caseForms } from './inflect.ts';
import { findUnknownPeople, type SpeechCue, type UnknownLexicon, type UnknownPerson } from './unknown.ts';
import { loadAllSignalLexicons, type NuclearKind } from '../signals/lexicons.ts';
import { sentenceIndexer } from '../sentences/index.ts';

export interface ActorsOptions {
  /** Directory holding `gazetteer/` and the `<lang>/` files. */
  readonly dataDir?: string;
}

export { loadGazetteer, GazetteerError, type Gazetteer, type Person, type State, type Organisation } from './gazetteer.ts';
export { tokenize, foldWord, type Token } from './tokens.ts';

/** Everything the stage compiles once; the quotes stage reuses the gazetteer. */
export interface ActorsModel {
  readonly gazetteer: Gazetteer;
  readonly matcher: Matcher;
  readonly holders: ReadonlyMap<string, readonly RoleHolder[]>;
  readonly unknown: UnknownLexicon;
  /** Words that put a role in the past ("former", "ancien", "бывший"). */
  readonly former: CueSet<'former'>;
  /** Words governing the mention after them (`object` and `article` of `attribution-cues.txt`). */
  readonly governors: ReadonlyMap<FileLang, Governors>;
  /** First-person pronouns by language (`data/<lang>/first-person.txt`): the voice of a channel's own post. */
  readonly firstPerson: ReadonlyMap<FileLang, ReadonlySet<string>>;
  /** Words before a name that make it a place or someone unnamed (`data/<lang>/place-words.txt`). */
  readonly places: PlaceWordsModel;
  /** Nouns naming a body by its kind, by language (`data/<lang>/body-nouns.txt`: "the committee", « l'agence »). */
  readonly bodyNouns: ReadonlyMap<FileLang, ReadonlySet<string>>;
  /** Nouns of trade or office that refer back to the person they described, by language (`data/<lang>/person-nouns.txt`). */
  readonly personNouns: ReadonlyMap<FileLang, PersonNouns>;
}

/** Models by data directory, so the actors and quotes stages of one pipeline read the files once. */
const MODELS = new Map<string, ActorsModel>();

function modelFor(dataDir: string): ActorsModel {
  let model = MODELS.get(dataDir);
  if (!model) {
    model = buildActorsModel(dataDir);
    MODELS.set(dataDir, model);
  }
  return model;
}

/** Source prefix of Telegram posts (`telegram:<channel>/<post>`): each post speaks with its channel's voice. */
const TELEGRAM_SOURCE = 'telegram:';

/**
 * A line saying the post was forwarded from another channel ("Переслано от:
 * Дмитрий Медведев", "Forwarded from МИД России"): the words below are that
 * channel's.
 */
const FORWARDED_LINE = /^[^\p{L}\p{N}]*(?:переслано\s+(?:от|из)|forwarded\s+from|переслано\s+з|переслано\s+від|переслане\s+з|transféré\s+de)\s*:?\s*(.+?)\s*$/iu;
/** A line holding nothing but a handle ("@medvedev_telegram", "👉 @MID_Russia"): a channel's signature. */
const HANDLE_LINE = /^[^\p{L}\p{N}@]*@([A-Za-z][A-Za-z0-9_]{2,31})[^\p{L}\p{N}]*$/u;
/** Lines at the top of a post read for a channel header or a forward line (a title may come first). */
const HEADER_LINES = 2;
/** Lines at the bottom of a post read for a signature handle (hashtags, "Подписаться", a date may follow). */
const SIGNATURE_LINES = 4;
/**
 * Letters or digits allowed around the name on a header line: none. A header
 * is the channel's name alone, maybe with emoji ("МИД России 🇷🇺"); "Медведев:
 * …" or a headline naming someone is the start of the post, not its header.
 */
const HEADER_REST = /[\p{L}\p{N}]/u;

/** A line of hashtags only ("#Медведев #НАТО"): a post's tags, not its words. */
const HASHTAG_LINE = /^\s*#[\p{L}\p{N}_]+(?:[\s,]+#[\p{L}\p{N}_]+)*\s*$/u;

/** A word every forward line holds (a part of each of `FORWARDED_LINE`'s openings), looked for in the whole text first. */
const FORWARD_WORD = /(?:переслан|forwarded|transféré)/iu;

/**
 * Offsets of the lines of a post that are its furniture, not its words: a
 * forward line, a line of hashtags, a signature handle. The clean stage
 * usually removes them; when one stays, the names on it ("Переслано от: МИД
 * России", "#Захарова") are nobody acting or speaking.
 */
function furnitureLines(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  // Most documents hold no forward line, no hashtag and no handle: their lines need no look.
  if (!FORWARD_WORD.test(text) && !text.includes('#') && !text.includes('@')) return ranges;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    if (FORWARDED_LINE.test(line) || HASHTAG_LINE.test(line) || HANDLE_LINE.test(line)) ranges.push([start, end]);
    start = end + 1;
  }
  return ranges;
}

/**
 * After the speaker at the head of a post, what makes the line a speaker's
 * header: a dash and the topic ("Медведев — о планах Запада:", "Песков — РИА
 * Новости"), or a colon ending the line ("Глава МИД РФ Сергей Лавров:"). The
 * lines below are that speaker's words, relayed.
 */
const SPEAKER_HEADER_REST = /^\s*(?:[\u2014\u2013]\s*\S.*|:[^\p{L}\p{N}]*)$/u;
/** The colon form alone, which a state or a body may head too ("МИД России:"); a dash after a capital is a dateline ("MADRID — …"). */
const COLON_HEADER_REST = /^\s*:[^\p{L}\p{N}]*$/u;
/** A speaker's header is a short line: longer, it is the post's first sentence. */
const SPEAKER_HEADER_MAX_WORDS = 12;
const PERSON_VIAS: ReadonlySet<string> = new Set(['name', 'alias', 'surname', 'role']);

/**
 * The actor a short line names: whether the line holds nothing else, and
 * whether it is a speaker's header (the name first, then `SPEAKER_HEADER_REST`).
 * A role and a name of one person side by side count as one ("Глава МИД РФ
 * Сергей Лавров").
 */
function lineMentions(line: string, doc: Doc, model: ActorsModel): { tokens: Token[]; mentions: Mention[] } {
  const langs = fileLangsFor(doc.lang);
  const tokens = tokenize(line);
  const matches = model.matcher.scan(tokens, langs.length > 0 ? langs : FILE_LANGS);
  const mentions = resolveMentions({ ...doc, text: line, sentences: [] }, tokens, matches, {
    gazetteer: model.gazetteer,
    holders: model.holders,
    langs,
    former: model.former,
    governors: model.governors,
    places: placeWordsFor(model.places, langs, doc.lang),
  });
  return { tokens, mentions };
}

/**
 * What follows the person on a headline that relays their words: a colon or dash and the claim,
 * maybe after a place ("Рябков: …", "Шойгу в Минске: …", "Медведев — о …"), or a topic ("С.В.Лавров
 * о заявлениях …", "Лукашенко о ядерном оружии: …"), maybe after the occasion, opened by "в"/"на"
 * ("С.В.Лавров в интервью «Первому каналу» о рисках …", "Рябков на брифинге о …"). A verb before
 * the topic ("Лавров заявил о …") is a news headline about the person, not a relay of their words.
 */
const RELAY_REST = /^\s*(?:[\p{L}\s-]{0,25}?\s*[:\u2014\u2013]\s|(?:(?:в|на)\s[^.!?:\u2014\u2013\n]{1,40}?\s)?(?:о|об|про)\s)/u;
/** Before the person, a briefing whose highlights the post gives ("Главное из брифинга … М.В.Захаровой"). */
const RELAY_BRIEFING = /(?:брифинг|брифінг|briefing)/iu;
/** A relaying headline is short. */
const RELAY_MAX_WORDS = 20;
/**
 * Short function words that may stand between the person and a noun of speech on a relaying
 * headline ("Каракаев в интервью газете …", "Lavrov in an interview with …"): prepositions and
 * articles, at most this many, each at most `RELAY_FUNCTION_WORD_LENGTH` letters.
 */
const RELAY_FUNCTION_WORDS = 2;
const RELAY_FUNCTION_WORD_LENGTH = 3;

/**
 * The person's words are the occasion the headline names: a noun of speech (`speech-verbs.txt`
 * `noun`: интервью, заявление, briefing) right after the person, maybe after a preposition, with no
 * verb before it ("Командующий РВСН Сергей Каракаев в интервью газете «Красная звезда»"). "Лавров
 * заявил в интервью …" is a news headline about the person.
 */
function namesOccasion(tokens: readonly Token[], after: number, model: ActorsModel, langs: readonly FileLang[]): boolean {
  let k = after;
  while (k < tokens.length && k - after < RELAY_FUNCTION_WORDS && (tokens[k] as Token).key.length <= RELAY_FUNCTION_WORD_LENGTH) {
    if (model.unknown.speech.at(tokens, k, langs)?.kind === 'noun') return true;
    k++;
  }
  return model.unknown.speech.at(tokens, k, langs)?.kind === 'noun';
}

/**
 * The person whose words a post of a body or an outlet relays, named on the line under its header
 * or forward line: "МИД России 🇷🇺 ¶ 🔹 Министр иностранных дел России С.В.Лавров о заявлениях …",
 * "Переслано от: ТАСС ¶ ⚡️Рябков: предложение … остаётся в силе". A line ending like a sentence is
 * the post's first sentence, not such a headline.
 */
function relayedSpeaker(line: string, doc: Doc, model: ActorsModel): ActorRef | null {
  if (/[.!?…]["»”]?\s*$/u.test(line)) return null;
  const { tokens, mentions } = lineMentions(line, doc, model);
  if (tokens.length > RELAY_MAX_WORDS) return null;
  const person = mentions.find((m) => PERSON_VIAS.has(m.via) && m.actor.kind !== 'media');
  if (!person) return null;
  const last = mentions.filter((m) => m.actor.name === person.actor.name && m.start >= person.start).reduce((a, m) => (m.end > a ? m.end : a), person.end);
  if (RELAY_REST.test(line.slice(last)) || RELAY_BRIEFING.test(line.slice(0, person.start))) return person.actor;
  const langs = fileLangsFor(doc.lang);
  const after = tokens.findIndex((t) => t.start >= last);
  return after >= 0 && namesOccasion(tokens, after, model, langs) ? person.actor : null;
}

function lineActor(line: string, doc: Doc, model: ActorsModel): { actor: ActorRef; alone: boolean; header: boolean; via: string } | null {
  const { tokens, mentions } = lineMentions(line, doc, model);
  const named = mentions.filter((m) => m.via !== 'pronoun');
  const first = named[0];
  if (!first) return null;
  let end = first.end;
  let k = 1;
  for (; k < named.length; k++) {
    const m = named[k] as (typeof named)[number];
    if (m.actor.name !== first.actor.name || !/^[\s,]*$/u.test(line.slice(end, m.start))) break;
    end = m.end;
  }
  const lead = !HEADER_REST.test(line.slice(0, first.start));
  const alone = k === named.length && lead && !HEADER_REST.test(line.slice(end));
  const rest = line.slice(end);
  const header =
    lead &&
    first.actor.kind !== 'media' &&
    tokens.length <= SPEAKER_HEADER_MAX_WORDS &&
    (PERSON_VIAS.has(first.via) ? SPEAKER_HEADER_REST.test(rest) : COLON_HEADER_REST.test(rest));
  return { actor: first.actor, alone, header, via: first.via };
}

/**
 * Whose channel a post copied as text is, from its own lines (`doc.lines`,
 * before cleaning removed them): a forward line at the top, a header line
 * holding only a person's or a body's name, a speaker's header ("Медведев — о
 * планах Запада:", "Глава МИД РФ Сергей Лавров:": the post relays that
 * speaker's words), or a signature handle of the gazetteer at the bottom
 * ("@MariaVladimirovnaZakharova").
 */
function postVoice(doc: Doc, model: ActorsModel): ActorRef | null {
  const lines = (doc.lines.length > 0 ? doc.lines : doc.raw.content.split('\n')).map((l) => l.trim()).filter((l) => l !== '');
  for (const [k, line] of lines.slice(0, HEADER_LINES).entries()) {
    const forwarded = FORWARDED_LINE.exec(line);
    if (forwarded) {
      const found = lineActor(forwarded[1] as string, doc, model);
      // A body's or an outlet's post relaying a person's words names that person on its next line.
      const relayed = (!found || !PERSON_VIAS.has(found.via)) && lines[k + 1] !== undefined ? relayedSpeaker(lines[k + 1] as string, doc, model) : null;
      if (relayed) return relayed;
      // A forward from a channel the gazetteer does not know says nothing of the voice.
      return found?.alone ? found.actor : null;
    }
  }
  const header = lines[0] !== undefined ? lineActor(lines[0], doc, model) : null;
  if (header?.alone && !PERSON_VIAS.has(header.via) && lines[1] !== undefined) {
    const relayed = relayedSpeaker(lines[1], doc, model);
    if (relayed) return relayed;
  }
  if (header?.alone || header?.header) return header.actor;
  for (const line of lines.slice(0, TITLE_LINES)) {
    const titled = titleVoice(line, doc, model);
    if (titled) return titled;
  }
  for (const line of [...lines.slice(-SIGNATURE_LINES), ...lines.slice(0, HEADER_LINES)]) {
    const handle = HANDLE_LINE.exec(line);
    const actor = handle ? model.gazetteer.handles.get((handle[1] as string).toLowerCase()) : undefined;
    if (actor) return actor;
  }
  return selfNamed(lines, doc, model);
}

/** Lines at the top of a document read for a title naming its speaker (a site's name and menu may come first). */
const TITLE_LINES = 6;
/** A title naming its speaker is short; longer, the line is a sentence. */
const TITLE_MAX_WORDS = 30;
/**
 * Words between the noun of speech and the speaker ("Remarks by", "Address by the", « Déclaration du »,
 * none in «Заявление МИД России»), and the length of each: short function words only.
 */
const TITLE_LINK_WORDS = 2;
const TITLE_LINK_LENGTH = 3;
/** After the speaker: nothing, punctuation ("(As Delivered)", ", …"), or a short word opening the occasion ("at", "on", «в связи», «щодо», « sur »). */
const TITLE_REST = /^\s*(?:$|[(\[,:;\u2014\u2013-]|[\p{Ll}]{1,4}(?![\p{L}]))/u;
/** First-person words outside quotations a document must hold for its title's speaker to be its voice: it speaks in the first person at all. */
const TITLE_FIRST_PERSON = 1;

/**
 * A transcript or a statement named by its title: a noun of speech (`speech-verbs.txt` `noun`)
 * opening the line, the speaker right after it, then the occasion ("Remarks by Secretary of Defense
 * Lloyd J. Austin III at the Halifax International Security Forum (As Delivered)", "Address by Prime
 * Minister Kishida at …", «Заявление МИД России в связи с …», «Заява МЗС України щодо …»). Its first
 * person and its quotations no one else says are that speaker's, when the text speaks in the first
 * person at all (a news story headlined "Statement by Putin on …" does not).
 */
function titleVoice(line: string, doc: Doc, model: ActorsModel): ActorRef | null {
  const langs = fileLangsFor(doc.lang);
  // The cheap test first: most first lines open with no noun of speech, and need no gazetteer scan.
  const words = tokenize(line);
  if (words.length === 0 || words.length > TITLE_MAX_WORDS || !(words[0] as Token).capital) return null;
  const noun = model.unknown.speech.at(words, 0, langs.length > 0 ? langs : FILE_LANGS);
  if (noun?.kind !== 'noun') return null;
  const { tokens, mentions } = lineMentions(line, doc, model);
  const named = mentions.filter((m) => m.via !== 'pronoun');
  const first = named[0];
  if (!first || first.actor.kind === 'media') return null;
  const at = tokens.findIndex((t) => t.start >= first.start);
  if (at - noun.end > TITLE_LINK_WORDS || tokens.slice(noun.end, at).some((t) => t.key.length > TITLE_LINK_LENGTH)) return null;
  // A role and the name of one person side by side are one speaker ("Prime Minister Kishida"): the name is who.
  let speaker = first;
  for (const m of named.slice(1)) {
    if (!/^[\s,]*$/u.test(line.slice(speaker.end, m.start))) break;
    speaker = m;
  }
  if (!TITLE_REST.test(line.slice(speaker.end))) return null;
  const own = new Set(langs.flatMap((l) => [...(model.firstPerson.get(l) ?? [])]));
  const quoted = quotedRanges(doc);
  let count = 0;
  for (const t of tokenize(doc.text)) if (own.has(t.key) && !insideRange(quoted, t.start) && ++count >= TITLE_FIRST_PERSON) return speaker.actor;
  return null;
}

/**
 * A statement names its own voice when it opens with a first-person pronoun and, set off by
 * commas, who that is ("We, the Leaders of the Group of Seven, meeting in Hiroshima, reaffirm…",
 * "Nous, chefs d'État et de gouvernement du G7, …", "Мы, лидеры «Большой семёрки», …"). Looked for
 * in this many lines at the top (room for a title, a section label and a date line).
 */
export const SELF_NAMING_LINES = 6;
const SELF_NAMING = /^([\p{L}]+)\s*,([^,.;:!?]{3,160}),/u;

function selfNamed(lines: readonly string[], doc: Doc, model: ActorsModel): ActorRef | null {
  const langs = fileLangsFor(doc.lang);
  const pronouns = new Set((langs.length > 0 ? langs : FILE_LANGS).flatMap((l) => [...(model.firstPerson.get(l) ?? [])]));
  for (const line of lines.slice(0, SELF_NAMING_LINES)) {
    const opening = SELF_NAMING.exec(line);
    const key = opening ? phraseKeys(opening[1] as string)[0] : undefined;
    if (!opening || key === undefined || !pronouns.has(key)) continue;
    const found = lineActor(opening[2] as string, doc, model);
    return found && found.actor.kind !== 'media' ? found.actor : null;
  }
  return null;
}

/**
 * Who speaks in the first person in this document: the channel named by
 * `meta.author` when it resolves to a gazetteer person, state or
 * organisation ("МИД России 🇷🇺" → Russia, "Дмитрий Медведев" → Medvedev);
 * without an author, the post's own forward line, header or signature handle
 * (`postVoice`). For a Telegram post any such actor; for another document
 * only a person or a non-media body (a byline "Reuters" is the outlet
 * reporting, not a voice).
 */
export function channelAuthor(doc: Doc, dataDir: string = DEFAULT_DATA_DIR): ActorRef | null {
  // The actors and quotes stages both ask, for the same input: the answer depends on the raw
  // document (its source and content), its language, lines and author, which those stages do not change.
  const cached = VOICES.get(doc.raw);
  const author = doc.meta.author;
  if (cached && cached.dataDir === dataDir && cached.lang === doc.lang && cached.lines === doc.lines && cached.author === author) return cached.actor;
  const actor = findChannelAuthor(doc, dataDir);
  VOICES.set(doc.raw, { dataDir, lang: doc.lang, lines: doc.lines, author, actor });
  return actor;
}

/** Voices already worked out, by raw document (weakly held: they go with the document). */
const VOICES = new WeakMap<object, { dataDir: string; lang: string | null; lines: readonly string[]; author: string | undefined; actor: ActorRef | null }>();

function findChannelAuthor(doc: Doc, dataDir: string): ActorRef | null {
  const model = modelFor(dataDir);
  const author = doc.meta.author?.trim();
  let actor: ActorRef | null = null;
  const byHandle = (text: string | undefined): ActorRef | null => {
    const handle = text === undefined ? null : /^@?([A-Za-z][A-Za-z0-9_]{2,31})$/u.exec(text);
    return (handle ? model.gazetteer.handles.get((handle[1] as string).toLowerCase()) : undefined) ?? null;
  };
  if (author) actor = byHandle(author) ?? lineActor(author, doc, model)?.actor ?? null;
  // A Telegram post is named after its channel's username (`telegram:medvedev_telegram/612`).
  if (!actor && doc.source.startsWith(TELEGRAM_SOURCE)) actor = byHandle(doc.source.slice(TELEGRAM_SOURCE.length).split('/')[0]);
  if (!actor && !author) actor = postVoice(doc, model);
  if (!actor) return null;
  if (doc.source.startsWith(TELEGRAM_SOURCE)) return actor;
  return actor.kind === 'media' ? null : actor;
}

export function buildActorsModel(dataDir: string = DEFAULT_DATA_DIR): ActorsModel {
  const gazetteer = loadGazetteer(dataDir);
  const codes = new Set<string>([
    ...gazetteer.states.map((s) => s.code),
    ...gazetteer.organisations.flatMap((o) => (o.actor.country ? [o.actor.country] : [])),
  ]);
  const phrases = [
    ...loadRoles(dataDir, gazetteer, codes),
    ...loadStatePhrases(dataDir, 'institutions', codes),
    ...loadStatePhrases(dataDir, 'officials', codes),
    ...loadDocumentNames(dataDir),
  ];
  const adjectives: AdjectiveEntry[] = [];
  for (const s of gazetteer.states) {
    for (const lang of FILE_LANGS) for (const text of s.adjectives[lang] ?? []) adjectives.push({ code: s.code, lang, text });
  }
  const pronouns = loadPronouns(dataDir);
  const matcher = new Matcher(gazetteer, phrases, adjectives, pronouns);
  const holders = new Map<string, RoleHolder[]>();
  gazetteer.people.forEach((p, person) => {
    for (const span of p.roles) {
      const list = holders.get(span.role) ?? [];
      list.push({ person, span });
      holders.set(span.role, list);
    }
  });
  for (const [family, members] of gazetteer.families) holders.set(family, members.flatMap((m) => holders.get(m) ?? []));
  return {
    gazetteer,
    matcher,
    holders,
    unknown: { ...loadUnknownLexicon(dataDir, pronouns), adjectives: oneWordAdjectives(gazetteer) },
    former: loadCueSet<'former'>(dataDir, 'role-modifiers', ['former']),
    governors: loadGovernors(dataDir),
    firstPerson: loadFirstPerson(dataDir),
    places: loadPlaceWords(dataDir),
    bodyNouns: loadWordLists(dataDir, 'body-nouns'),
    personNouns: loadPersonNouns(dataDir),
  };
}

/**
 * Prepositions and verbs that govern the mention after them, and the articles
 * that may stand between ("avec le président", "with Putin", "к Путину"): the
 * signals stage's `object` and `article` entries of `attribution-cues.txt`,
 * read here so that a pronoun can tell a subject from an object; and its
 * `conjunction` entries, which join an object's conjunct to it ("with Shoigu
 * and the chief of the General Staff, Valery Gerasimov").
 */
function loadGovernors(dataDir: string): Map<FileLang, Governors> {
  const out = new Map<FileLang, Governors>();
  for (const lang of FILE_LANGS) {
    const phrases: string[][] = [];
    const conjunctions: string[][] = [];
    const articles = new Set<string>();
    for (const e of readLexicon(dataDir, lang, { kind: 'attribution-cues', minFields: 2, maxFields: 2, required: false })) {
      const [kind, phrase] = e.fields as [string, string];
      const keys = phraseKeys(phrase);
      if (keys.length === 0) continue;
      if (kind === 'object') phrases.push(keys);
      else if (kind === 'conjunction') conjunctions.push(keys);
      else if (kind === 'article' && keys.length === 1) articles.add(keys[0] as string);
    }
    out.set(lang, { phrases, conjunctions, articles });
  }
  return out;
}

/** One lower-case word a line, folded, by language. */
function loadWordLists(dataDir: string, kind: string): Map<FileLang, Set<string>> {
  const out = new Map<FileLang, Set<string>>();
  for (const lang of FILE_LANGS) {
    const words = readLexicon(dataDir, lang, {
      kind,
      minFields: 1,
      maxFields: 1,
      required: false,
      check: ([word]) => (phraseKeys(word ?? '').length === 1 && word === word?.toLowerCase() ? null : `one lower-case word a line: "${word}"`),
    });
    out.set(lang, new Set(words.map((e) => phraseKeys(e.fields[0] as string)[0] as string)));
  }
  return out;
}

function loadFirstPerson(dataDir: string): Map<FileLang, Set<string>> {
  const out = new Map<FileLang, Set<string>>();
  for (const lang of FILE_LANGS) {
    const words = readLexicon(dataDir, lang, {
      kind: 'first-person',
      minFields: 1,
      maxFields: 1,
      required: false,
      check: ([word]) => (phraseKeys(word ?? '').length === 1 ? null : `a first-person pronoun is one word: "${word}"`),
    });
    out.set(lang, new Set(words.map((e) => phraseKeys(e.fields[0] as string)[0] as string)));
  }
  return out;
}

/**
 * A transcript's speaker label opening a paragraph ("MS. SINGH: We are
 * watching…", "В.Путин: Мы готовы…", "SECRETARY BLINKEN: …"): at most this
 * many words before the colon, the last of them a person's name.
 */
const LABEL = /^[ \t]*([^\n:«»"“”]{1,60}?)[ \t]*:[ \t]+\S/u;
const LABEL_MAX_WORDS = 8;

/**
 * Paragraphs of a transcript, each with its labelled speaker: the first
 * person there is that speaker's ("We have no indication…" after "MS.
 * SINGH:"). A label naming nobody ("Q:", "Вопрос:") gives no voice.
 */
function labelledParagraphs(text: string, mentions: readonly Mention[]): { from: number; to: number; actor: ActorRef }[] {
  const out: { from: number; to: number; actor: ActorRef }[] = [];
  if (mentions.length === 0) return out;
  let start = 0;
  let colon = -1;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    // A label ends in a colon: a line without one is read no further.
    if (colon < start) colon = text.indexOf(':', start);
    if (colon < 0) break;
    const label = colon < end ? LABEL.exec(text.slice(start, end)) : null;
    if (label) {
      const labelEnd = start + (label.index ?? 0) + label[0].indexOf(':');
      const named = mentions.filter((m) => m.start >= start && m.end <= labelEnd);
      const last = named[named.length - 1];
      if (last && tokenize(label[1] as string).length <= LABEL_MAX_WORDS && isPersonVia(last.via) && !/[\p{L}\p{N}]/u.test(text.slice(last.end, labelEnd))) {
        out.push({ from: labelEnd, to: end, actor: last.actor });
      }
    }
    start = end + 1;
  }
  return out;
}

function isPersonVia(via: string): boolean {
  return PERSON_VIAS.has(via);
}

/**
 * First-person words outside quotation marks: in a post of a channel that
 * resolves (`channelAuthor`), "Мы не допустим…" in the Foreign Ministry's
 * channel is the ministry speaking; in a transcript, the labelled speaker.
 */
function firstPersonWords(doc: Doc, tokens: readonly Token[], model: ActorsModel, langs: readonly FileLang[]): Token[] {
  const words = langs.flatMap((l) => [...(model.firstPerson.get(l) ?? [])]);
  if (words.length === 0) return [];
  const set = new Set(words);
  const quoted = quotedRanges(doc);
  // "мы ответим": the verb after its own pronoun is the same voice, already counted.
  return tokens.filter((t, i) => set.has(t.key) && !insideRange(quoted, t.start) && !(i > 0 && set.has((tokens[i - 1] as Token).key)));
}

/** Nuclear-term kinds that name a delivery system ("Iskander-M", "Sarmat", «Кинжал», "Minuteman III"). */
const WEAPON_SYSTEM_KINDS: ReadonlySet<NuclearKind> = new Set(['system', 'strategic']);

/**
 * Does a run of capitalised words taken for an unknown person name a weapon system of the signal
 * lexicons (nuclear-terms `system`, `strategic`)? "Iskander-M said to be nuclear-capable", "Selon
 * Iskander-M", «Искандер-М заявил»: a missile is never a speaker or an actor.
 */
function namesWeaponSystem(text: string, tokens: readonly Token[], person: UnknownPerson, langs: readonly FileLang[], dataDir: string): boolean {
  const from = (tokens[person.start] as Token).start;
  const to = (tokens[person.end - 1] as Token).end;
  const folded = fold(text);
  const lexicons = loadAllSignalLexicons(dataDir);
  return langs.some((l) => lexicons.get(l)?.nuclear.matchAll(folded, from, to).some((m) => WEAPON_SYSTEM_KINDS.has(m.value)));
}

export function createActors(options: ActorsOptions = {}): Stage {
  const dataDir = options.dataDir ?? DEFAULT_DATA_DIR;
  const model = modelFor(dataDir);
  return (input: Doc): Doc => {
    if (input.text === '') return { ...input, mentions: [] };
    // The text's tokens and quotation pairs, worked out once here, travel on the document to the quotes stage.
    const doc: Doc = { ...input, tokens: keepTokens(input), quotePairs: keepQuotePairs(input) };
    const langs = fileLangsFor(doc.lang);
    const tokens = documentTokens(doc);
    const known = familyNameAlone(doc.text, tokens, otherGivenName(doc.text, tokens, model.matcher.scan(tokens, langs), model.gazetteer, model.unknown.notNames), model.gazetteer);
    const famous = (id: number): boolean => model.gazetteer.people[id]?.famous === true;
    // A lone surname of the one person of that surname in office at the document's date is theirs.
    const date = documentDate(doc, []);
    const serving = (ids: readonly number[]): boolean => date !== null && holdingOffice(model.gazetteer, ids, date).length === 1;
    const unknown: RawMatch[] = findUnknownPeople(doc.text, tokens, known, model.unknown, langs, famous, serving)
      .filter((u) => !namesWeaponSystem(doc.text, tokens, u, langs, dataDir))
      .map((u) => ({ kind: 'unknown', ...u }));
    // An unknown name wins over a gazetteer surname inside it.
    const kept = unknown.length === 0 ? known : outside(known, unknown);
    const base = unknown.length === 0 ? known : [...kept, ...unknown].sort((a, b) => a.start - b.start);
    const latter = latterPhrases(tokens, langs, base);
    const matches = latter.length === 0 ? base : [...base, ...latter].sort((a, b) => a.start - b.start);
    const furniture = furnitureLines(doc.text);
    let mentions = resolveMentions(doc, tokens, matches, {
      gazetteer: model.gazetteer,
      holders: model.holders,
      langs,
      former: model.former,
      governors: model.governors,
      speech: model.unknown.speech,
      notNames: model.unknown.notNames,
      places: placeWordsFor(model.places, langs, doc.lang),
    }).filter(
      (m) => !insideRange(furniture, m.start),
    );
    const bodies = bodyBackReferences(doc, tokens, mentions, model, langs);
    if (bodies.length > 0) mentions = [...mentions, ...bodies].sort((a, b) => a.start - b.start);
    const described = personNounReferences(doc, tokens, mentions, model, langs);
    if (described.length > 0) mentions = [...mentions, ...described].sort((a, b) => a.start - b.start);
    const author = channelAuthor(doc, dataDir);
    const labelled = labelledParagraphs(doc.text, mentions);
    if (!author && labelled.length === 0) return { ...doc, mentions };
    // The first person is the labelled speaker's in a transcript paragraph, the channel's elsewhere.
    const sentenceAt = sentenceIndexer(doc.sentences);
    const own: Mention[] = [];
    for (const t of firstPersonWords(doc, tokens, model, langs)) {
      const actor = labelled.find((p) => p.from <= t.start && t.start < p.to)?.actor ?? author;
      if (!actor || mentions.some((m) => m.start < t.end && t.start < m.end)) continue;
      own.push({ start: t.start, end: t.end, text: doc.text.slice(t.start, t.end), actor, via: 'pronoun', sentence: sentenceAt(t.start) });
    }
    return { ...doc, mentions: [...mentions, ...own].sort((a, b) => a.start - b.start) };
  };
}

/** "— сказал депутат", "the lawmaker said": the person the noun described (`described.ts`). */
function personNounReferences(doc: Doc, tokens: readonly Token[], mentions: readonly Mention[], model: ActorsModel, langs: readonly FileLang[]): Mention[] {
  const nouns = langs.map((l) => model.personNouns.get(l)).filter((n): n is PersonNouns => n !== undefined && n.forms.size > 0);
  if (nouns.length === 0) return [];
  const indefinite = placeWordsFor(model.places, langs, doc.lang).indefinites;
  const definite = new Set(langs.flatMap((l) => [...(model.governors.get(l)?.articles ?? [])]).filter((a) => !indefinite.has(a)));
  const quoted = quotedRanges(doc);
  const sentenceAt = sentenceIndexer(doc.sentences);
  return describedBackReferences(doc, {
    tokens,
    mentions,
    nouns,
    definite,
    inQuote: (offset) => insideRange(quoted, offset),
    sentenceAt,
    sentenceStart: (offset) => doc.sentences[sentenceAt(offset)]?.start ?? 0,
  });
}

/**
 * "The Norwegian Nobel Committee … “…,” the committee wrote", « l'agence a indiqué »: a noun naming a
 * body by its kind (`body-nouns.txt`), in lower case right after a definite article, is the body
 * named last before it whose name holds that noun.
 */
function bodyBackReferences(doc: Doc, tokens: readonly Token[], mentions: readonly Mention[], model: ActorsModel, langs: readonly FileLang[]): Mention[] {
  const nouns = langs.map((l) => model.bodyNouns.get(l)).filter((s): s is ReadonlySet<string> => s !== undefined && s.size > 0);
  if (nouns.length === 0 || !mentions.some((m) => m.via === 'organisation')) return [];
  const articles = langs.flatMap((l) => [...(model.governors.get(l)?.articles ?? [])]);
  const indefinite = placeWordsFor(model.places, langs, doc.lang).indefinites;
  const definite = (key: string | undefined): boolean => key !== undefined && articles.includes(key) && !indefinite.has(key);
  const sentenceAt = sentenceIndexer(doc.sentences);
  const heads = new Map<string, ActorRef>();
  const out: Mention[] = [];
  let next = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    // The bodies named before this word, each by the body nouns its name holds.
    for (; next < mentions.length && (mentions[next] as Mention).start < t.start; next++) {
      const m = mentions[next] as Mention;
      if (m.via !== 'organisation' || m.actor.kind === 'media') continue;
      for (const key of phraseKeys(m.text)) if (nouns.some((s) => s.has(key))) heads.set(key, m.actor);
    }
    const body = t.capital ? undefined : heads.get(t.key);
    if (!body || !definite(tokens[i - 1]?.key) || mentions.some((m) => m.start <= t.start && t.end <= m.end)) continue;
    out.push({ start: t.start, end: t.end, text: doc.text.slice(t.start, t.end), actor: body, via: 'organisation', sentence: sentenceAt(t.start) });
  }
  return out;
}

/**
 * Drops a gazetteer surname written first before a capitalised word that is not the person's own
 * given name, when the person's name puts the family name first (Korean, Chinese): "Choe Hyon" (a
 * destroyer, or another Choe) is not Choe Son Hui, nor "Xi Mingze" Xi Jinping. Western names put
 * the surname last, so a word after it says nothing ("Putin Tuesday" is no name).
 */
function otherGivenName(text: string, tokens: readonly Token[], matches: readonly RawMatch[], g: Gazetteer, notNames: ReadonlySet<string>): RawMatch[] {
  const starts = new Set(matches.map((m) => m.start));
  return matches.filter((m) => {
    if (m.kind !== 'name' || m.payload.kind !== 'surname' || m.end - m.start !== 1) return true;
    const next = tokens[m.end];
    const word = tokens[m.start] as Token;
    if (!next || !next.capital || next.allCaps || starts.has(m.end) || notNames.has(next.key) || !/^[ \u00a0]$/u.test(text.slice(word.end, next.start))) return true;
    return !m.payload.ids.every((id) => {
      const names = (g.people[id]?.names ?? []).map((n) => fold(n).split(/[\s-]+/u));
      return names.some((n) => n[0] === word.key) && !names.some((n) => n[0] === word.key && n[1] === next.key);
    });
  });
}

/**
 * The family name alone of people the gazetteer never names by one word because it is shared (Kim
 * Jong Un and Kim Yo Jong list no surname: data/README.md), once the article names exactly one of
 * them in full: "During his visit, Kim inspected…" after "Kim Jong Un". An article naming both
 * leaves the word alone; so does a capitalised word after it ("Kim Yong-hyun" is someone else).
 */
function familyNameAlone(text: string, tokens: readonly Token[], matches: readonly RawMatch[], g: Gazetteer): RawMatch[] {
  const byWord = new Map<string, Set<number>>();
  for (const m of matches) {
    if (m.kind !== 'name' || m.payload.kind !== 'person' || m.end - m.start < 2) continue;
    const id = m.payload.ids[0] as number;
    if ((g.people[id]?.surnames.length ?? 1) > 0) continue;
    const key = (tokens[m.start] as Token).key;
    const ids = byWord.get(key) ?? new Set<number>();
    ids.add(id);
    byWord.set(key, ids);
  }
  if (byWord.size === 0) return [...matches];
  const taken = new Uint8Array(tokens.length);
  for (const m of matches) for (let k = m.start; k < m.end; k++) taken[k] = 1;
  const added: RawMatch[] = [];
  tokens.forEach((t, i) => {
    const ids = byWord.get(t.key);
    if (taken[i] || !t.capital || t.allCaps || ids?.size !== 1) return;
    const next = tokens[i + 1];
    if (next && next.capital && !next.allCaps && /^[ \u00a0-]$/u.test(text.slice(t.end, next.start))) return;
    added.push({ kind: 'name', start: i, end: i + 1, payload: { kind: 'surname', ids: [...ids], capital: true, caps: [], canonical: false } });
  });
  return added.length === 0 ? [...matches] : [...matches, ...added].sort((a, b) => a.start - b.start);
}

/**
 * The matches of `known` overlapping none of `others`. Both lists are in text
 * order without overlaps (as the scan and `findUnknownPeople` give them), so
 * one walk down both does; should `others` ever come otherwise, each match is
 * checked against all of them.
 */
function outside(known: readonly RawMatch[], others: readonly RawMatch[]): RawMatch[] {
  for (let k = 1; k < others.length; k++) {
    if ((others[k] as RawMatch).start < (others[k - 1] as RawMatch).end) return known.filter((m) => !others.some((o) => m.start < o.end && o.start < m.end));
  }
  const out: RawMatch[] = [];
  let o = 0;
  for (const m of known) {
    // Others ending before this match end before every later one too (known is in text order).
    while (o < others.length && (others[o] as RawMatch).end <= m.start) o++;
    const next = others[o];
    if (next === undefined || next.start >= m.end) out.push(m);
  }
  return out;
}

/**
 * Two-word demonstratives standing for the person named last, by language: "ce dernier", "cette
 * dernière" ("Selon ce dernier, …"). They become pronoun matches two words long, which the resolver
 * reads as the latter (as "celui-ci"). A single word would not do: "le dernier essai" is no person.
 */
const LATTER_PHRASES: Readonly<Partial<Record<FileLang, readonly (readonly [string, string, 'm' | 'f'])[]>>> = {
  fr: [
    ['ce', 'dernier', 'm'],
    ['cette', 'derniere', 'f'],
  ],
};

function latterPhrases(tokens: readonly Token[], langs: readonly FileLang[], taken: readonly RawMatch[]): RawMatch[] {
  const phrases = langs.flatMap((l) => LATTER_PHRASES[l] ?? []);
  if (phrases.length === 0) return [];
  const out: RawMatch[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = (tokens[i] as Token).key;
    const b = (tokens[i + 1] as Token).key;
    const hit = phrases.find(([x, y]) => x === a && y === b);
    if (!hit || taken.some((m) => m.start <= i + 1 && i < m.end)) continue;
    out.push({ kind: 'pronoun', start: i, end: i + 2, gender: hit[2] });
  }
  return out;
}

function patternCheck(pattern: string | undefined): string | null {
  try {
    expandPattern(pattern ?? '');
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

function langSet(lang: FileLang): ReadonlySet<FileLang> {
  return new Set([lang]);
}

function loadRoles(dataDir: string, gazetteer: Gazetteer, codes: ReadonlySet<string>): PhraseEntry[] {
  const entries: PhraseEntry[] = [];
  for (const lang of FILE_LANGS) {
    const file = readLexicon(dataDir, lang, {
      kind: 'roles',
      minFields: 3,
      maxFields: 3,
      required: lang !== 'uk',
      check: ([role, code, pattern]) => {
        if (!gazetteer.roles.has(role ?? '')) return `unknown role "${role}" (see data/gazetteer/roles.txt)`;
        if (code !== '-' && !codes.has(code ?? '')) return `unknown state code "${code}" (a code of data/gazetteer/states.yaml, or - when the phrase's slot gives it)`;
        return patternCheck(pattern);
      },
    });
    for (const e of file) {
      const [role, code, pattern] = e.fields as [string, string, string];
      const payload: PhrasePayload = { kind: 'role', role, code: code === '-' ? null : code, langs: langSet(lang), file: e.file, line: e.line };
      for (const steps of expandPattern(pattern)) entries.push({ steps, payload });
    }
  }
  return entries;
}

function loadStatePhrases(dataDir: string, kind: 'institutions' | 'officials', codes: ReadonlySet<string>): PhraseEntry[] {
  const entries: PhraseEntry[] = [];
  for (const lang of FILE_LANGS) {
    const file = readLexicon(dataDir, lang, {
      kind,
      minFields: 2,
      maxFields: 2,
      required: lang !== 'uk',
      check: ([code, pattern]) => {
        const ok = code === '-' || code === 'country' || code === 'its' || (code ?? '').split('/').every((c) => codes.has(c)) || (kind === 'officials' && (code === 'prev' || code === 'home' || code === 'staff' || code === 'owner'));
        if (!ok) return `unknown code "${code}" (a state code, codes of states sharing the body's name as US/KR, - when the slot gives it, country, its${kind === 'officials' ? ', prev, home, staff or owner' : ''})`;
        if (code === '-' && !/\{(?:adj|state|person)\}/.test(pattern ?? '')) return `"-" needs a slot in the pattern to give the state`;
        return patternCheck(pattern);
      },
    });
    for (const e of file) {
      const [field, pattern] = e.fields as [string, string];
      const [code, ...shared] = field.split('/') as [string, ...string[]];
      const payload: PhrasePayload = {
        kind: kind === 'institutions' ? 'institution' : 'officials',
        role: null,
        code: code === '-' ? null : code,
        ...(shared.length > 0 ? { shared } : {}),
        langs: langSet(lang),
        file: e.file,
        line: e.line,
      };
      for (const steps of expandPattern(pattern)) entries.push({ steps, payload });
    }
  }
  return entries;
}

/**
 * Treaties and agreements named after the place they were signed (`data/<lang>/document-names.txt`:
 * "the Budapest Memorandum", « les accords de Minsk »): matched as one phrase, so the place inside
 * is no state acting or speaking.
 */
function loadDocumentNames(dataDir: string): PhraseEntry[] {
  const entries: PhraseEntry[] = [];
  for (const lang of FILE_LANGS) {
    for (const e of readLexicon(dataDir, lang, { kind: 'document-names', minFields: 1, maxFields: 1, required: false, check: ([pattern]) => patternCheck(pattern) })) {
      const payload: PhrasePayload = { kind: 'document', role: null, code: null, langs: langSet(lang), file: e.file, line: e.line };
      for (const steps of expandPattern(e.fields[0] as string)) entries.push({ steps, payload });
    }
  }
  return entries;
}

function loadPronouns(dataDir: string): Map<FileLang, Map<string, PronounRule>> {
  const out = new Map<FileLang, Map<string, PronounRule>>();
  for (const lang of FILE_LANGS) {
    const map = new Map<string, PronounRule>();
    for (const e of readLexicon(dataDir, lang, {
      kind: 'pronouns',
      minFields: 2,
      maxFields: 3,
      required: lang !== 'uk',
      check: ([word, gender]) => {
        if (phraseKeys(word ?? '').length !== 1) return `a pronoun is one word: "${word}"`;
        return gender === 'm' || gender === 'f' ? null : `gender is m or f, not "${gender}"`;
      },
    })) {
      const [word, gender, impersonal] = e.fields as [string, 'm' | 'f', string | undefined];
      map.set(phraseKeys(word)[0] as string, {
        gender,
        impersonal: (impersonal ?? '')
          .split(',')
          .map((p) => phraseKeys(p))
          .filter((k) => k.length > 0),
      });
    }
    out.set(lang, map);
  }
  return out;
}

/** The states' one-word adjectives in every language ("American", "russe", "российский"), folded. */
function oneWordAdjectives(gazetteer: Gazetteer): Set<string> {
  const out = new Set<string>();
  for (const s of gazetteer.states) {
    for (const lang of FILE_LANGS) {
      for (const text of s.adjectives[lang] ?? []) {
        const keys = phraseKeys(text);
        if (keys.length === 1) out.add(keys[0] as string);
      }
    }
  }
  return out;
}

const SPEECH_KINDS: readonly SpeechCue[] = ['say', 'according', 'according-start', 'noun', 'complementizer', 'clause-break', 'anaphor'];

function loadUnknownLexicon(dataDir: string, pronouns: ReadonlyMap<FileLang, ReadonlyMap<string, PronounRule>>): UnknownLexicon {
  const titles = new Map<FileLang, Map<string, 'm' | 'f' | null>>();
  const descriptors = new Map<FileLang, Set<string>>();
  const starters = new Set<string>();
  const notNames = new Set<string>();
  for (const lang of FILE_LANGS) {
    const required = lang !== 'uk';
    const t = new Map<string, 'm' | 'f' | null>();
    for (const e of readLexicon(dataDir, lang, {
      kind: 'person-titles',
      minFields: 2,
      maxFields: 2,
      required,
      check: ([title, gender]) =>
        phraseKeys(title ?? '').length !== 1 && !/-/.test(title ?? '')
          ? `a title is one word: "${title}"`
          : gender === 'm' || gender === 'f' || gender === '-'
            ? null
            : `gender is m, f or -, not "${gender}"`,
    })) {
      const [title, gender] = e.fields as [string, string];
      // "г-н" is one title written as two words: key it on its last word.
      const keys = phraseKeys(title);
      t.set(keys[keys.length - 1] as string, gender === '-' ? null : (gender as 'm' | 'f'));
    }
    titles.set(lang, t);
    descriptors.set(
      lang,
      new Set(
        readLexicon(dataDir, lang, {
          kind: 'person-descriptors',
          minFields: 1,
          maxFields: 1,
          required,
          check: ([word]) => (phraseKeys(word ?? '').length >= 1 ? null : `no letters in "${word}"`),
          // Russian and Ukrainian descriptors in every case ("по словам политолога Ивана Петрова").
        }).flatMap((e) => caseForms(phraseKeys(e.fields[0] as string)[0] as string)),
      ),
    );
    for (const e of readLexicon(dataDir, lang, { kind: 'sentence-starters', minFields: 1, maxFields: 1, required })) {
      starters.add(phraseKeys(e.fields[0] as string)[0] as string);
    }
    for (const k of pronouns.get(lang)?.keys() ?? []) starters.add(k);
    for (const e of readLexicon(dataDir, lang, {
      kind: 'not-names',
      minFields: 1,
      maxFields: 1,
      required,
      check: ([word]) => (phraseKeys(word ?? '').length === 1 ? null : `one word a line: "${word}"`),
    })) {
      // Russian and Ukrainian ones in every case ("научный сотрудник Института Европы").
      for (const form of caseForms(phraseKeys(e.fields[0] as string)[0] as string)) notNames.add(form);
    }
  }
  return {
    notNames,
    speech: loadCueSet<SpeechCue>(dataDir, 'speech-verbs', SPEECH_KINDS),
    titles,
    descriptors,
    starters,
    romanizer: loadRomanizer(dataDir),
    particles: loadWordLists(dataDir, 'name-particles'),
  };
}
