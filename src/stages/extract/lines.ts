/**
 * Line-level boilerplate inside the article container: what the page's
 * structure does not label but its words give away.
 * - interface labels that stand alone on a line ("Advertisement", "Close",
 *   "Share this", "Reading time: 2 minutes");
 * - lines that are only a date or a byline-and-date, the article's metadata;
 * - pointers and promotions ("Read more: ...", "Subscribe to ..."), picture
 *   credits, bylines;
 * - section titles that end the article ("Related articles", "Comments",
 *   "Lire aussi"): what follows them is not the story.
 * `cleanLines` applies them all to the container's blocks.
 *
 * The words are generic publishing vocabulary of every language in
 * `data/<lang>/` (vocabulary.ts reads them), matched on the whole line or
 * its start (case- and accent-insensitively), never inside a sentence.
 */
import type { Block } from './blocks.ts';
import { endMarkerKey, fold, labelKey, type LineVocabulary } from './vocabulary.ts';

/** Longest line that can be a bare date line ("Published Tuesday, 19 November 2019, 10:32 AM GMT+1"). */
const DATE_LINE_MAX_CHARS = 100;

/** Longest line that can be an interface label or an end-of-article title. */
const LABEL_MAX_CHARS = 60;

/** A line that is only an interface label. */
export function isUiLabel(line: string, v: LineVocabulary): boolean {
  if (line.length > LABEL_MAX_CHARS) return false;
  const key = labelKey(line);
  // A line without letters or digits is decoration, unless it is underscores (a word for the scorer: keep).
  return (key === '' && !line.includes('_')) || v.labels.has(key) || v.labelPatterns.test(key);
}

/** Longest line the pointer and promotion rules judge: beyond, it is a paragraph that happens to start so. */
const PROMO_LINE_MAX_CHARS = 200;

/** A pointer to another article or a promotion of the site. */
export function isPromoLine(line: string, v: LineVocabulary): boolean {
  if (line.length > PROMO_LINE_MAX_CHARS) return false;
  const key = fold(line).trim();
  return v.pointers.test(key) || v.promos.test(key) || (v.newsletterInbox.test(key) && v.newsletterSubscribe.test(key));
}

/** Longest line that can be a picture credit. */
const CREDIT_LINE_MAX_CHARS = 100;

/** Picture credits: an agency or a "Photo:" label on a short line that is not a sentence. */
export function isCreditLine(line: string, v: LineVocabulary): boolean {
  if (line.length > CREDIT_LINE_MAX_CHARS || /[.!?…]["'”’»]?$/.test(line)) return false;
  return v.credit.test(fold(line));
}

/** Longest line that can be a byline. */
const BYLINE_MAX_CHARS = 80;

/** "By Jane Doe", "Par Jean Dupont", "Von Hans Meier and Eva Roth": a byline alone on its line. */
export function isBylineLine(line: string, v: LineVocabulary): boolean {
  return line.length <= BYLINE_MAX_CHARS && v.byline.test(line.trim().replace(/,$/, ''));
}

/**
 * A scraper joins a stamp's parts when the page set them in separate elements: the year and the
 * clock ("October 31, 20242:17 PM GMT+9Updated 3 hours ago"), a zone and the label after it. The
 * year is cut from a clock glued to it, and a capitalised label from the digit or capital before it.
 * Other lines come back as they are.
 */
export function unglueStamp(line: string): string {
  if (!GLUED_STAMP.test(line)) return line;
  return line.replace(GLUED_YEAR_CLOCK, '$1 $2').replace(GLUED_LABEL, ' ');
}
const GLUED_STAMP = /(?:19|20)\d\d\d{1,2}:\d\d/u;
const GLUED_YEAR_CLOCK = /\b((?:19|20)\d\d)(\d{1,2}:\d\d)/gu;
const GLUED_LABEL = /(?<=[\d\p{Lu}])(?=\p{Lu}\p{Ll}{2,})/gu;

/** A line that is only a date (with the words that usually surround one), as under a headline. */
export function isDateLine(line: string, v: LineVocabulary): boolean {
  if (line.length > DATE_LINE_MAX_CHARS || !/\d/.test(line) || SENTENCE_END.test(line)) return false;
  if (isDateOnly(line, v)) return true;
  const unglued = unglueStamp(line);
  if (unglued !== line && isDateOnly(unglued, v)) return true;
  if (!ROW_MARK.test(line)) return false;
  // A row of a byline's parts closed by its stamp ("TOI News Desk / TIMESOFINDIA.COM / Updated: Mar
  // 11, 2024, 19:06 IST", "Jane Doe | March 3, 2024"): the desk's and the site's names beside it are
  // not the words of a sentence. Only the last or the first part: prose does not end on a stamp
  // after a bar, nor open on one before it.
  const parts = line.split(ROW_SEPARATOR).map((p) => p.trim());
  // A stamp before the place ("Mar 6th 2025|Berlin and Paris") or after the desk's name.
  return parts.length > 1 && (isDateOnly(parts[parts.length - 1]!, v) || isDateOnly(parts[0]!, v, 0));
}

/** What joins the parts of a byline's row: a bar, a bullet or a slash, spaced, or a bar alone ("Mar 6th 2025|Berlin"). */
const ROW_SEPARATOR = /\s[|·•/]\s|\|/u;
/** A character ROW_SEPARATOR needs: a line without one is never split. */
const ROW_MARK = /[|·•/]/;

/** `maxOther`: words other than the date's a date line may carry (0: the date alone). */
function isDateOnly(line: string, v: LineVocabulary, maxOther = DATE_LINE_OTHER_WORDS): boolean {
  let numbers = 0;
  let year = false;
  let named = false;
  let other = 0;
  for (const w of labelKey(line).split(' ')) {
    if (NUMBER.test(w)) {
      numbers++;
      if (/^(19|20)\d\d$/.test(w)) year = true;
    } else if (v.dateWords.has(w)) named = true;
    else if (!v.dateFillers.has(w)) other++;
  }
  // Numbers alone are a phone number, a score or a counter unless one is a year.
  if (numbers === 0 || !(named || year)) return false;
  if (other === 0) return true;
  if (other > maxOther) return false;
  // A few other words are a byline or a label around a full date ("by Jane Doe — 18 November
  // 2019", "Posted: 2018-08-25 15:24"). Not the signature of an embedded post ("— Name (@handle)
  // November 18, 2019"), which belongs to the quoted post.
  if (!year || line.includes('@') || /^\s*[—–-]/.test(line)) return false;
  // A title of several words closed by its date after a comma is a headline ("Russian Offensive
  // Campaign Assessment, February 21, 2023", "Iran Update, June 13, 2025" has too few words to tell).
  if (other >= TITLE_BEFORE_DATE_MIN_WORDS && isTitleBeforeDate(line, v)) return false;
  // An ISO date ("2019-11-20 17:27:46") is a date however few words name it.
  return named || ISO_DATE.test(line) ? other <= DATE_LINE_OTHER_WORDS : numbers >= 3 && other <= 1;
}

const ISO_DATE = /\b(?:19|20)\d\d-[01]\d-[0-3]\d\b/;

/** Words before the comma from which a line is a dated title: a byline's name has two or three, with its "By". */
const TITLE_BEFORE_DATE_MIN_WORDS = 3;

/** "Words of a title, Date": capitalised, no digit, no byline word or separator before the first comma. */
function isTitleBeforeDate(line: string, v: LineVocabulary): boolean {
  const comma = line.indexOf(',');
  if (comma <= 0) return false;
  const head = line.slice(0, comma).trim();
  if (/[\d|·•—–]|\s-\s/.test(head) || !/^\p{Lu}/u.test(head) || isBylineLine(head, v)) return false;
  return head.split(/\s+/).length >= TITLE_BEFORE_DATE_MIN_WORDS;
}

/** Words other than date words a date line may carry, when it holds a full date. */
const DATE_LINE_OTHER_WORDS = 4;

/** A line ending as a sentence ends is a sentence, whatever dates it holds. */
const SENTENCE_END = /[.!?…]["'”’»)]?$/;

/** A number, possibly with an ordinal or clock suffix (`20th`, `1er`, `10am`). */
const NUMBER = /^\d+(st|nd|rd|th|er|e|am|pm|h\d*)?$/;

/** A title that says the article is over and something else begins. */
export function isEndMarker(line: string, v: LineVocabulary): boolean {
  if (line.length > LABEL_MAX_CHARS) return false;
  const key = endMarkerKey(line);
  return v.endMarkers.has(titleKey(key)) || v.endMarkerPatterns.test(key);
}

/** `key` without what may end a title after its words (`TITLE_END`: spaces, then a colon, full stops or an ellipsis). */
function titleKey(key: string): string {
  let end = key.length;
  while (end > 0 && TITLE_END_PUNCTUATION.includes(key.charAt(end - 1))) end--;
  while (end > 0 && key.charAt(end - 1) === ' ') end--;
  return end === key.length ? key : key.slice(0, end);
}

const TITLE_END_PUNCTUATION = ':.…';

export interface CleanOptions {
  /** Characters from which a line counts as prose when measuring progress through the article. */
  readonly proseMinChars: number;
  /** Share of the prose that must precede an end-of-article title for it to end the text. */
  readonly endMarkerAfter: number;
}

/**
 * The container's blocks as lines: drops label, date, promotion, credit and
 * byline lines, and cuts the text at a title announcing what
 * follows the article, once most of the article's text is behind it.
 */
export function cleanLines(blocks: readonly Block[], o: CleanOptions, pageHost: string | null, v: LineVocabulary): string[] {
  // Progress through the article is measured in prose: a long tail of short links must not hide the end.
  const prose = (l: string): number => (l.length >= o.proseMinChars ? l.length : 0);
  let total = 0;
  for (const b of blocks) total += prose(b.text);
  const out: string[] = [];
  let seen = 0;
  for (const b of blocks) {
    const line = b.text;
    if (seen >= total * o.endMarkerAfter && isEndMarker(line, v)) break;
    seen += prose(line);
    // A quoted post keeps its own lines (an embedded tweet's signature is a name and a date).
    if (b.kind === 'quote') {
      out.push(line);
      continue;
    }
    if (isUiLabel(line, v) || isDateLine(line, v) || isPromoLine(line, v) || isCreditLine(line, v) || isBylineLine(line, v)) continue;
    if (pageHost !== null && isOwnUrl(line, pageHost)) continue;
    if (isShoutedLink(b)) continue;
    out.push(line);
  }
  return out;
}

export function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

/** The page's own address printed as text (a "copy link" box): not part of the story. */
function isOwnUrl(line: string, pageHost: string): boolean {
  return /^https?:\/\/\S+$/.test(line) && hostOf(line) === pageHost;
}

/**
 * A link in capitals standing alone between paragraphs: the house style of
 * in-text promotions ("CLICK HERE TO GET THE APP", another story's headline),
 * where a real sentence would be in running case.
 */
function isShoutedLink(b: Block): boolean {
  if (b.linkChars < b.text.length * 0.5) return false;
  const letters = b.text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 10 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}
