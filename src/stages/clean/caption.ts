/**
 * Photo captions in scraped text. A caption describes a picture and ends on
 * its credit: the photographer and the agency, joined by slashes, in
 * brackets, after a bar or a dash, or after the caption's last full stop
 * ("… on Wednesday. Photograph: Alexander Kazakov/AP", "… in Paris. | Ludovic
 * Marin/AFP via Getty Images", "… [File: Gavriil Grigorov/Sputnik via
 * Reuters]", "… KCNA. AP", "… en una imagen de archivo EFE"). A sentence of
 * prose ends on its full stop instead, so a line ending as a sentence is never
 * a caption here. Carousels number their captions ("Item 1 of 2 …", "[1/2] …").
 */
import { fold, type LineVocabulary } from '../extract/vocabulary.ts';
import { FILE_LANGS, PhraseSet, readLexicon } from '../../lexicon/index.ts';
import { endsLikeSentence, wordCount } from './text.ts';

/** A caption with its credit is at most this many words; a longer unpunctuated line is something else. */
export const CAPTION_LINE_MAX_WORDS = 60;
/** A credit is a few names: at most this many words after its separator. */
export const CREDIT_MAX_WORDS = 12;

/** The credit in brackets at the end: "(Korean Central News Agency/Korea News Service via AP)". */
const BRACKETED_TAIL = /[([]([^()[\]]+)[)\]]$/u;
/** What a credit follows: a bar, a slash, a dash between spaces, or a full stop. */
const TAIL_SEPARATOR = /\s[|/—–]\s|[.。]\s+/gu;
/** Names joined by a slash: "Alexander Kazakov/AP", "Sputnik/Dmitry Astakhov/Pool". */
const SLASHED_NAMES = /\p{Lu}[\p{L}.'’-]*\s?\/\s?\p{Lu}/u;
/** "via Getty Images", "vía Reuters": a picture passed on by an agency. */
const VIA = /\bv[ií]a\s+\p{Lu}/u;
/** A carousel's counter opening a caption: "Item 1 of 2", "Image 3 of 12", "[1/2]". */
const CAROUSEL = /^(?:\[\d+\/\d+\]|(?:item|image|photo|slide|picture)\s+\d+\s+of\s+\d+)\s+\S/iu;

/** Whether `tail`, the end of a line after a separator, is a picture credit. */
function isCreditTail(tail: string, v: LineVocabulary): boolean {
  const t = tail.trim();
  if (t === '' || wordCount(t) > CREDIT_MAX_WORDS) return false;
  if (SLASHED_NAMES.test(t) || VIA.test(t) || v.credit.test(fold(t))) return true;
  // A label opening the credit: "File: …", "фото ОП", "Photograph: …".
  const first = fold(t.split(/[\s:]+/)[0] ?? '');
  if (v.creditLabels.has(first) || first === 'file' || first === 'photograph') return true;
  return isAgencyInCapitals(t, v) && wordCount(t) === 1;
}

/**
 * Whether a short credit line has a credit's form, not only an agency's name:
 * names joined by slashes, "via …", or a credit label first ("Photo: …",
 * "File: …"). "Reuters: Russia moves warheads to Belarus" has none.
 */
export function hasCreditForm(line: string, v: LineVocabulary): boolean {
  const t = line.trim();
  if (SLASHED_NAMES.test(t) || VIA.test(t)) return true;
  const first = fold(t.split(/[\s:]+/)[0] ?? '');
  return v.creditLabels.has(first) || first === 'file' || first === 'photograph' || t.includes('©');
}

/**
 * A word that is an agency's name as credits write it: a short name in
 * capitals ("AP", "EFE"), a longer one capitalised ("Reuters", "Sputnik").
 * A short one in lower case is a word ("ap", "ria").
 */
function isAgencyInCapitals(word: string, v: LineVocabulary): boolean {
  const w = word.trim();
  if (w.length < 2 || !v.agencies.has(fold(w))) return false;
  return w.length >= AGENCY_NAME_MIN_CHARS ? /^\p{Lu}/u.test(w) : w === w.toUpperCase() && w !== w.toLowerCase();
}

/** A credit closed by a full stop, with its separator, is at most this long ("… - Reuters."). */
const DOTTED_CREDIT_MAX_CHARS = 32;

/** From this many letters, an agency's name is only capitalised in credits ("Reuters", "Anadolu"). */
export const AGENCY_NAME_MIN_CHARS = 5;

/** A bracket's text, for a person's place in a picture: "(right)", "(à gauche)", "(второй слева)". */
const BRACKETED_WORDS = /\(([^()\d]{1,30})\)/gu;

/** Whether the line places someone in a picture in brackets ("Cho Chang-rae (right), … pose before …"). */
function placesSomeone(text: string, v: LineVocabulary): boolean {
  if (!text.includes('(')) return false;
  for (const m of text.matchAll(BRACKETED_WORDS)) {
    if (v.positions.has(fold(m[1]!).replace(/[^\p{L}\s-]/gu, '').replace(/\s+/g, ' ').trim())) return true;
  }
  return false;
}

/**
 * A photo caption ending on its credit, or a carousel's numbered caption, or a caption that places
 * people in the picture ("(right)", "(слева)"): news prose never does, whatever its credit.
 */
export function isCaptionWithCredit(line: string, v: LineVocabulary): boolean {
  const text = line.trim();
  if (CAROUSEL.test(text)) return true;
  if (wordCount(text) > CAPTION_LINE_MAX_WORDS) return false;
  if (placesSomeone(text, v)) return true;
  if (endsLikeSentence(text)) {
    // A credit closed by a full stop after its separator ("Poutine. - Reuters."): the tail is a credit still.
    if (!text.endsWith('.')) return false;
    // The credit is a few words at the end: only there are separators looked for, not across a paragraph.
    const undotted = text.slice(-DOTTED_CREDIT_MAX_CHARS, -1);
    const cuts = [...undotted.matchAll(TAIL_SEPARATOR)].map((m) => m.index + m[0].length);
    const last = cuts[cuts.length - 1];
    return last !== undefined && isAgencyInCapitals(undotted.slice(last).replace(/^[-–—]\s*/u, ''), v);
  }
  const bracketed = BRACKETED_TAIL.exec(text);
  if (bracketed && isCreditTail(bracketed[1]!, v)) return true;
  // The text after the last separator, then after the one before it ("… Moscow. Sputnik/Dmitry Astakhov/Pool via REUTERS").
  const cuts = [...text.matchAll(TAIL_SEPARATOR)].map((m) => m.index + m[0].length);
  for (const cut of cuts.slice(-2)) {
    if (isCreditTail(text.slice(cut), v)) return true;
  }
  // No separator: the agency is the last word, after the caption's own words ("… imagen de archivo EFE").
  const words = text.split(/\s+/);
  if (words.length < CAPTION_MIN_WORDS || !isAgencyInCapitals(words[words.length - 1]!, v)) return false;
  return !ATTRIBUTION_BEFORE_AGENCY.has(fold(words[words.length - 2]!.replace(/[^\p{L}]/gu, '')));
}

/**
 * Words that make the agency the source of a statement, not of a picture
 * ("…, according to AP", "…, selon l'AFP", "…, сообщает ТАСС"): a headline or
 * a teaser cites its source so.
 */
const ATTRIBUTION_BEFORE_AGENCY: ReadonlySet<string> = new Set([
  'to', 'by', 'from', 'says', 'said', 'told', 'tells', 'reports', 'reported',
  'selon', 'dapres', 'rapporte',
  'segun', 'informa', 'dijo',
  'nach', 'laut', 'berichtet', 'sagte',
  'по', 'сообщает', 'сообщило', 'передает', 'заявил', 'від', 'повідомляє', 'за',
]);

/** A caption with its agency as the last word describes a picture in at least this many words. */
export const CAPTION_MIN_WORDS = 6;

/** A speech cue plain enough to be one phrase (the file's patterns with slots or options are the quotes stage's). */
const PLAIN_CUE = /^[\p{L}\p{M}'’ -]+\*?$/u;

/**
 * The reporting verbs of `data/<lang>/speech-verbs.txt` (its `say` entries: "said", "a déclaré",
 * "заявив"): a picture's caption shows, it does not report what someone said. A one-sentence
 * lead paragraph above the lead picture's credit ("Президент Росії … заявив, що …" / "Фото:
 * Kremlin.ru") has the form of the caption the rules take there; its reporting verb tells it apart.
 */
export function loadReportingVerbs(dataDir: string): PhraseSet<true> {
  const set = new PhraseSet<true>();
  for (const lang of FILE_LANGS) {
    for (const e of readLexicon(dataDir, lang, { kind: 'speech-verbs', minFields: 2, maxFields: 2, required: false })) {
      const [phrase, kind] = e.fields as [string, string];
      if (kind === 'say' && PLAIN_CUE.test(phrase)) set.add(phrase, true);
    }
  }
  return set;
}

/**
 * A caption of one sentence closed by its source in brackets after the full stop ("A B61 nuclear
 * gravity bomb casing on display at a museum exhibit. (U.S. Air Force)", "… in Seoul on Monday.
 * (Yonhap)"): a name of a few capitalised words, no digit. A paragraph ending so is a wire story's
 * last ("… , the ministry said. (Yonhap)"): the caller keeps lines that report speech.
 */
const SOURCE_AFTER_STOP = /[.!?]["”»’]?\s+\((\p{Lu}[^()\d]{1,60})\)$/u;
export const BRACKETED_SOURCE_MAX_WORDS = 6;

export function endsOnBracketedSource(line: string): boolean {
  const m = SOURCE_AFTER_STOP.exec(line.trim());
  return m !== null && wordCount(m[1]!) <= BRACKETED_SOURCE_MAX_WORDS;
}
