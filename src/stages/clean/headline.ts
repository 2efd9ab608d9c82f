/**
 * The headline and its copies. Scraped pages repeat the headline (page title,
 * then the article's h1, then a share card) and sometimes cut or strip a copy
 * of its accents ("Les Etats Unis se preparent a une eventuelle attaque
 * nucleaire de"); the article keeps one, as `title`.
 */
import { endsLikeSentence, isProse, sentenceBreaks, wordCount, wordKey } from './text.ts';

/** A headline has at least this many words: fewer is a site name, a section or a kicker. */
export const HEADLINE_MIN_WORDS = 4;
/** ...and at most this many: beyond it the line is a paragraph, and the text has no headline. */
export const HEADLINE_MAX_WORDS = 35;
/**
 * How many non-empty lines from the top (not counting known furniture) the
 * headline is looked for in: a scraped page may put a site's whole section
 * menu, a dozen lines and more, above it.
 */
export const HEADLINE_SEARCH_LINES = 30;
/**
 * A truncated copy keeps at least this share of the headline's characters
 * (and HEADLINE_MIN_WORDS words): a mere opening word or two is not a copy.
 */
export const TRUNCATED_COPY_MIN_SHARE = 0.5;
/** Words a copy may add after the headline: a site name suffix (" - Le Monde", " | Reuters"). */
export const TITLE_SUFFIX_MAX_WORDS = 6;

/** Whether `line` is the headline again, cut short, or with a site suffix. */
export function isTitleCopy(line: string, title: string): boolean {
  const l = wordKey(line);
  const t = wordKey(title);
  if (l === '' || t === '') return false;
  if (l === t) return true;
  // Keys' words are one space apart; counted only for a line that may be a copy (most are not).
  const lw = (): number => l.split(' ').length;
  // A cut copy stops mid-phrase; one ending in a colon is a section label that shares the headline's opening.
  if (t.startsWith(l) && lw() >= HEADLINE_MIN_WORDS && l.length >= t.length * TRUNCATED_COPY_MIN_SHARE && !/:\s*$/.test(line)) return true;
  if (l.startsWith(`${t} `) && lw() - t.split(' ').length <= TITLE_SUFFIX_MAX_WORDS && !endsLikeSentence(line)) return true;
  return false;
}

/**
 * A site's suffix after a headline's copy opens on a separator (" - Le
 * Monde", " | Reuters", ": live updates"); a cut copy's full line goes on
 * with words instead ("…, une première" → "…, une première historique").
 */
const SUFFIX_SEPARATOR = /^[-–—|:·•/([]/u;
/** What a cut copy may end on: an ellipsis, dots, spaces. */
const CUT_MARK = /[\s.…]+$/u;

/** Whether `longer` is `shorter` (a cut copy) continued with words, not with a site's suffix. */
export function isContinuation(longer: string, shorter: string): boolean {
  const head = shorter.replace(CUT_MARK, '');
  if (!longer.startsWith(head)) return false;
  const rest = longer.slice(head.length).trim();
  return rest !== '' && !SUFFIX_SEPARATOR.test(rest);
}

/**
 * Headline-shaped: a handful of words, one sentence at most, not ending like
 * a sentence of prose (a question or exclamation mark is fine).
 */
export function isHeadlineShaped(line: string): boolean {
  const n = wordCount(line);
  if (n < HEADLINE_MIN_WORDS || n > HEADLINE_MAX_WORDS) return false;
  if (sentenceBreaks(line) > 0) return false;
  return !endsLikeSentence(line) || /[?!]["»”’]*$/.test(line) || QUOTED_LAST_WORDS.test(line);
}

/**
 * A headline may end on a quoted word or phrase ("…, Moscou dénonce une
 * « menace »"): a closing quote with no sentence punctuation inside it.
 */
const QUOTED_LAST_WORDS = /[\p{L}\p{N}]\s?["»”]$/u;

/**
 * Site names and section labels are short; headlines seldom are: among
 * several headline-shaped lines above the article, the first with this many
 * words is preferred ("Le Journal du Soir" over the headline below it).
 */
export const HEADLINE_PREFERRED_WORDS = 6;

/**
 * A site's own title, the home page's `<title>` a scraper keeps at the top:
 * the site's name, a separator, a tagline ("Le Monde.fr - Actualités et
 * Infos en France et dans le monde", "The Guardian - Back to home"). The
 * name opens the line in at most this many words; a headline's attribution
 * comes last instead ("… ракетою – Повітряні сили"), and a kicker in
 * capitals ("EN DIRECT - …", "VIDÉO - …") opens a real headline.
 */
export const SITE_TITLE_NAME_MAX_WORDS = 3;
const SITE_TITLE_SEPARATOR = /\s[-–—|]\s/;
const HAS_LOWER_CASE = /\p{Ll}/u;

/**
 * Link texts a scraper joined with no space: a word in lower case runs into a
 * capitalised one ("Skip to main contentSkip to navigation"). Names with an
 * inner capital start with a capital ("WhatsApp", "LinkedIn") or have a
 * shorter head ("iPhone", "eBay").
 */
const JOINED_LINKS = /(?:^|\s)\p{Ll}{4,}\p{Lu}\p{Ll}/u;

/** A site's title or joined link texts: never the headline. */
export function isSiteTitle(line: string): boolean {
  if (JOINED_LINKS.test(line)) return true;
  // "Sky News - Breaking News | UK News & World News headlines": a tagline may have parts of its own.
  const parts = line.split(SITE_TITLE_SEPARATOR);
  if (parts.length < 2) return false;
  const name = parts[0]!;
  return wordCount(name) <= SITE_TITLE_NAME_MAX_WORDS && HAS_LOWER_CASE.test(name);
}

/**
 * Index (into `lines`) of the headline among the first lines, or -1.
 * `usable[i]` is false for lines already known to be furniture.
 *
 * Only lines above the first prose paragraph are candidates. A line repeated
 * there is the headline (pages print it twice before the article starts; a
 * line repeated further down is a list item or a refrain). Otherwise the
 * first headline-shaped line of HEADLINE_PREFERRED_WORDS words, or failing
 * that the first headline-shaped line, a site's title never. When the text opens with a paragraph,
 * it has no headline (a Telegram post, a bare article body).
 */
export function findHeadline(lines: readonly string[], usable: readonly boolean[], anchors: readonly boolean[] = []): number {
  const window: number[] = [];
  for (let i = 0; i < lines.length && window.length < HEADLINE_SEARCH_LINES; i++) {
    if (usable[i] && lines[i]!.trim() !== '') window.push(i);
  }
  // A long headline ending on a quoted word is not a paragraph, though it ends on a closing quote.
  // A pull quote and its attribution are neither the first paragraph nor the headline: out of the window.
  for (let k = 0; k + 1 < window.length; k++) {
    if (!isPullQuote(lines[window[k]!]!, lines[window[k + 1]!]!)) continue;
    const [quote, attribution] = [window[k]!, window[k + 1]!];
    usable = usable.map((u, i) => u && i !== quote && i !== attribution);
    window.splice(k, 2);
    k--;
  }
  const firstProse = window.findIndex((i) => isProse(lines[i]!) && !(QUOTED_LAST_WORDS.test(lines[i]!) && isHeadlineShaped(lines[i]!)));
  const top = firstProse === -1 ? window : window.slice(0, firstProse);
  // The line the byline or date line hangs from outranks a line printed twice: a photo caption is
  // printed twice too (as the picture's text and its alternative), below the date line.
  const anchored = anchoredHeadline(lines, usable, anchors, top);
  if (anchored !== -1) return anchored;
  for (let a = 0; a < top.length; a++) {
    const i = top[a]!;
    if (!isHeadlineShaped(lines[i]!)) continue;
    for (let b = a + 1; b < top.length; b++) {
      if (!isTitleCopy(lines[top[b]!]!, lines[i]!)) continue;
      // The first print was the cut one (a page's header or breadcrumb): the longer line goes on
      // with the headline's own words, not a site's name after a separator.
      return isContinuation(lines[top[b]!]!, lines[i]!) && isHeadlineShaped(lines[top[b]!]!) ? top[b]! : i;
    }
  }
  const shaped = top.filter((i) => isHeadlineShaped(lines[i]!) && !isSiteTitle(lines[i]!));
  const preferred = shaped.find((i) => wordCount(lines[i]!) >= HEADLINE_PREFERRED_WORDS);
  if (preferred !== undefined) return preferred;
  // All short: the longest, the first of equals. A post's channel name ("Штык и перо Z") stands
  // over its title ("Боррель пообещал «уничтожить» российскую армию"), a kicker over a headline.
  let longest = -1;
  for (const i of shaped) if (longest === -1 || wordCount(lines[i]!) > wordCount(lines[longest]!)) longest = i;
  return longest;
}

/** A quotation the whole line, and an attribution opening on a dash under it. */
const WHOLLY_QUOTED = /^["“«„].*["”»“][.!]?$/u;
const ATTRIBUTION = /^[–—-]\s*\p{Lu}/u;

/**
 * A site's testimonial or a pull quote in its header: a line that is one quotation with its
 * attribution on the next line, opening on a dash ("“… an important resource for students…”" /
 * "– Former Senator, …"). No first paragraph is printed so; it does not end the search for the headline.
 */
export function isPullQuote(line: string, next: string): boolean {
  return WHOLLY_QUOTED.test(line.trim()) && ATTRIBUTION.test(next.trim());
}

/**
 * Lines between the headline and its byline or date line ("By Jane Doe",
 * "Updated 2:18 AM EDT, September 28, 2023"), not counting furniture: a
 * standfirst, a kicker. A page's tagline or a row of topics above the
 * headline ("Exclusive news, data and analytics for…", "News Feed, Russia,
 * Ukraine, War") is farther up.
 */
export const ANCHOR_MAX_DISTANCE = 3;
/** Usable lines walked up from the anchor in all, short ones included: a byline block is a few lines. */
export const ANCHOR_MAX_WALK = 5;

/**
 * The headline as the line the byline or date line hangs from: among the
 * ANCHOR_MAX_DISTANCE usable lines above the first such anchor (which stands
 * among the first lines, at most that far below the first paragraph), the
 * first headline-shaped one of HEADLINE_PREFERRED_WORDS words, else the first
 * headline-shaped one; a standfirst without a final stop comes under the
 * headline. There a headline may be two sentences without a final stop
 * ("Путин подписал указ… Теперь Россия может…"), a house style no paragraph
 * has. -1 when the text has no such anchor near a headline-shaped line.
 */
function anchoredHeadline(lines: readonly string[], usable: readonly boolean[], anchors: readonly boolean[], top: readonly number[]): number {
  if (top.length === 0) return -1;
  const end = top[top.length - 1]! + 1;
  // A month's date above the headline (a journal's issue, "November 2023") is an anchor too; the
  // headline hangs from the next one ("November 2023" again, "By …"): an anchor whose line above is
  // no headline of HEADLINE_PREFERRED_WORDS words gives way to the next one that has one.
  let fallback = -1;
  for (let anchor = 0, tried = 0; anchor <= end + ANCHOR_MAX_DISTANCE && tried < ANCHOR_TRIES; anchor++) {
    if (!anchors[anchor]) continue;
    tried++;
    const chosen = hangingFrom(lines, usable, anchors, anchor);
    if (chosen !== -1 && wordCount(lines[chosen]!) >= HEADLINE_PREFERRED_WORDS) return chosen;
    if (fallback === -1) fallback = chosen;
  }
  return fallback;
}

/** Anchors tried from the top of the page for the headline: the first, and one under it. */
export const ANCHOR_TRIES = 2;

/** The headline hanging from one anchor (see anchoredHeadline), or -1. */
function hangingFrom(lines: readonly string[], usable: readonly boolean[], anchors: readonly boolean[], anchor: number): number {
  // Up the page from the anchor: ANCHOR_MAX_DISTANCE usable lines, not counting the short ones a
  // byline block may hold between the headline and its date ("Rafael M. Mañueco" / "Moscú"), up to
  // ANCHOR_MAX_WALK usable lines in all.
  // Above the first headline-shaped line, one short line may be a kicker between the headline and
  // its standfirst ("GUERRE EN UKRAINE"); a second is the page's menu: the walk ends.
  const above: number[] = [];
  let counted = 0;
  let shapedSeen = false;
  let shortAfterShaped = 0;
  for (let i = anchor - 1, walked = 0; i >= 0 && counted < ANCHOR_MAX_DISTANCE && walked < ANCHOR_MAX_WALK; i--) {
    if (lines[i]!.trim() === '') continue;
    const short = wordCount(lines[i]!) < HEADLINE_MIN_WORDS;
    // A menu item known as furniture ("Europe", "Markets") is the menu all the same: it counts
    // among the short lines that end the walk, though it is never a candidate.
    if (!usable[i]) {
      if (short && !anchors[i] && shapedSeen && ++shortAfterShaped > 1) break;
      continue;
    }
    if (short && shapedSeen && ++shortAfterShaped > 1) break;
    walked++;
    above.unshift(i);
    // A picture's caption written as sentences ("An F-35A at a US air base. The aircraft can…
    // Photograph: …") stands between a headline and its byline on many pages; it is no candidate
    // and does not count against the distance, or the headline above it would be out of reach.
    if (!short && !(sentenceBreaks(lines[i]!) > 0 && !isTwoSentenceHeadline(lines[i]!))) counted++;
    if (isHeadlineShaped(lines[i]!) || isTwoSentenceHeadline(lines[i]!)) shapedSeen = true;
  }
  const shaped = above.filter((i) => {
    const line = lines[i]!;
    return !isSiteTitle(line) && !isTopicRow(line) && (isHeadlineShaped(line) || isTwoSentenceHeadline(line));
  });
  // A menu printed on one line ("Politics Economy World Ideas Books Podcasts") is as long as a
  // headline: a line of only capitalised words, no small word and no punctuation, yields to one that has.
  const preferred = (i: number): boolean => wordCount(lines[i]!) >= HEADLINE_PREFERRED_WORDS;
  const chosen = shaped.find((i) => preferred(i) && !isCapitalisedRow(lines[i]!)) ?? shaped.find(preferred) ?? shaped[0] ?? -1;
  if (chosen === -1) return -1;
  // A cut print of the headline above the full one (a breadcrumb's, a header's): the full one.
  const full = shaped.find((i) => i > chosen && isContinuation(lines[i]!, lines[chosen]!));
  return full ?? chosen;
}

/** Only capitalised words a space apart, nothing else: a menu's row, or a headline in full title case. */
const CAPITALISED_ROW = /^\p{Lu}[\p{L}&-]*(?: (?:\p{Lu}[\p{L}&-]*|&))+$/u;
export function isCapitalisedRow(line: string): boolean {
  return CAPITALISED_ROW.test(line.trim());
}

/**
 * A row of topics joined by commas ("News Feed, Russia, Ukraine, War,
 * Missile attacks"): at least this many parts, each a name of at most
 * TOPIC_MAX_WORDS words with a capital, and no sentence ending. A headline
 * listing names goes on with a verb ("Russia, China, Iran and North Korea
 * hold drills"), a longer part.
 */
export const TOPIC_ROW_MIN_PARTS = 4;
export const TOPIC_MAX_WORDS = 3;

export function isTopicRow(line: string): boolean {
  if (endsLikeSentence(line) || /\d/.test(line)) return false;
  const parts = line.split(/\s*,\s*/);
  return parts.length >= TOPIC_ROW_MIN_PARTS && parts.every((p) => /^\p{Lu}/u.test(p) && wordCount(p) >= 1 && wordCount(p) <= TOPIC_MAX_WORDS);
}

function isTwoSentenceHeadline(line: string): boolean {
  const n = wordCount(line);
  return n >= HEADLINE_MIN_WORDS && n <= HEADLINE_MAX_WORDS && sentenceBreaks(line) === 1 && !endsLikeSentence(line);
}
