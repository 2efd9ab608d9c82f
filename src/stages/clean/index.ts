/**
 * Clean stage: line-level boilerplate filter over the extracted, normalised
 * lines of a document (text input or HTML blocks alike). It decides the
 * headline, keeps the article's own lines, and reports every other line in
 * `removed` with a reason, so nothing disappears unexplained.
 *
 * Evidence, from the surest to the most contextual:
 *  1. the line's own content: markup residue, furniture lexicons
 *     (`data/<lang>/furniture.txt`: share buttons, ads, "Lire aussi", credits,
 *     newsletter prompts…; also tried without a Telegram footer's emoji),
 *     navigation rows ("Home > World", "Telegram | VK"), injected bracketed
 *     links, stray identifiers, lines of hashtags and handles, short `©`
 *     credits; in text input, short lines with no letter (clock times, counters);
 *  2. the headline: copies and truncated copies of it are dropped, short
 *     lines above it are the page header (site name, section) and the same
 *     lines further down its footer, and in text input the first short line
 *     under it is the section label; a short emoji-led line under a post's last
 *     paragraph is the channel's signature;
 *  3. position: the caption under a bare caption label; the items right under
 *     a list heading ("More on this story", "Lire aussi :"), past lines other
 *     rules removed; a "what you need to know" box and its labelled items; in
 *     text input, a run of short tags after the last paragraph, and a
 *     headline-like line standing between two prose paragraphs, which is a
 *     teaser for another story;
 *  4. the page's form (text input, for furniture no lexicon knows): what
 *     stands above the headline, labels between the byline and the first
 *     paragraph, short lines printed twice, short lines between two widgets,
 *     a video's title under its label, and past the last paragraph and a box
 *     the lines that are not sentences (the page's tail).
 * Prose is never removed by a context rule: it takes lines short of a
 * paragraph (a caption, a teaser, a tag, one sentence at most), so every
 * paragraph of the article stays.
 */
import { createHash } from 'node:crypto';
import { type Doc, type Removal, withMessage } from '../../document/index.ts';
import type { Stage } from '../../pipeline/stage.ts';
import { type FurnitureEntry, type FurnitureHit, FurnitureMatcher, loadFurniture, FURNITURE_LANGUAGES, DEFAULT_DATA_DIR } from './furniture.ts';
import { authorBoxLines, bylineNames } from './author.ts';
import { CAPTION_MIN_WORDS, endsOnBracketedSource, hasCreditForm, isCaptionWithCredit, loadReportingVerbs } from './caption.ts';
import { findHeadline, HEADLINE_MAX_WORDS, HEADLINE_MIN_WORDS, HEADLINE_PREFERRED_WORDS, isHeadlineShaped, isPullQuote, isSiteTitle, isTitleCopy, isTopicRow } from './headline.ts';
import { isBracketLink, isIdentifier, isTagLine, judgeResidue } from './residue.ts';
import { endsLikeSentence, isNfkcStable, isProse, isTitleCased, PROSE_MIN_WORDS, SPACES_TO_COLLAPSE, sentenceBreaks, startsLikeHeadline, wordCount, wordKey } from './text.ts';
import { isBylineLine, isCreditLine, isDateLine, isPromoLine, isUiLabel } from '../extract/lines.ts';
import { fold, type LineVocabulary, loadVocabulary } from '../extract/vocabulary.ts';

export interface CleanOptions {
  /** Languages whose furniture lexicon is loaded (all are applied to every document). */
  readonly languages: readonly string[];
  readonly dataDir: string;
  /** Use these entries instead of reading the data files (tests). */
  readonly furniture?: readonly FurnitureEntry[];
  /**
   * The extract stage's page vocabulary (widget labels, pointers and promotions,
   * picture credits, bylines: `data/<lang>/page-labels.txt` and its kin), applied to text input,
   * whose lines never went through the extract stage's line rules. Read from `dataDir` when absent.
   */
  readonly vocabulary?: LineVocabulary;
}

export const DEFAULT_CLEAN_OPTIONS: CleanOptions = { languages: FURNITURE_LANGUAGES, dataDir: DEFAULT_DATA_DIR };

/**
 * A teaser of another story has a headline's length: at least this many
 * words (section subheadings of the article itself are shorter: "La « bombe
 * sale » de l'Ukraine", "What happens next")...
 */
export const TEASER_MIN_WORDS = 8;
/** ...and at most this many. */
export const TEASER_MAX_WORDS = 30;
/** Teasers come one, two or three in a row between paragraphs; more is a list with no heading, or the article's own. */
export const TEASER_RUN_MAX_LINES = 3;

/**
 * Lines above the headline of at most this many words (and not a sentence)
 * are the page's header: site name, section, kicker. Longer ones are kept: a
 * standfirst printed above the headline is still the article. A kicker of at
 * most KICKER_MAX_WORDS words may end in a colon ("Atomwaffen-Teststopp:").
 */
export const SITE_NAME_MAX_WORDS = 6;

/** Items of a "what you need to know" box are `Label: text` with a label of at most this many words. */
export const BOX_LABEL_MAX_WORDS = 5;
const LABELLED = /^([^:.!?]{1,60}?)\s?:\s+\S/;

/**
 * A dateline is mostly date and time ("Updated: Oct. 27, 2022 5:14 p.m. ET"
 * has 3 of 7 tokens with digits); a sentence that opens with "Updated" or
 * "Publié" and cites one number is prose.
 */
export const DATELINE_DIGIT_SHARE = 0.25;

function digitShare(line: string): number {
  const tokens = line.split(/\s+/).filter((t) => t !== '');
  return tokens.filter((t) => /\d/.test(t)).length / Math.max(1, tokens.length);
}

/**
 * Emoji, flags, arrows and bullets that decorate a line ("👉 Подписаться на
 * канал", "Кремль. Новости | Подписаться 🇷🇺"): a Telegram footer is the same
 * furniture with or without them, so lexicon entries are also tried on the
 * line without its decoration.
 */
const DECORATION = /^[\p{Extended_Pictographic}\p{Regional_Indicator}\p{So}\u200d\ufe0f\u20e3•·▪►▶→\s]+|[\p{Extended_Pictographic}\p{Regional_Indicator}\p{So}\u200d\ufe0f\u20e3•·▪►▶→\s]+$/gu;

/** DECORATION matches only at the ends of a line: a line whose first and last characters are not decoration has none. */
const DECORATION_FIRST = /^[\p{Extended_Pictographic}\p{Regional_Indicator}\p{So}\u200d\ufe0f\u20e3•·▪►▶→\s]/u;
const DECORATION_LAST = /[\p{Extended_Pictographic}\p{Regional_Indicator}\p{So}\u200d\ufe0f\u20e3•·▪►▶→\s]$/u;

function undecorated(line: string): string {
  // A list item's bullet as a scraper writes it in plain text ("* Monde", "- Skip to content"), and
  // a link written as Markdown, the whole line ("[Monde](https://…/monde)"): its text is the item.
  let unbulleted = LIST_BULLET.test(line) ? line.replace(LIST_BULLET, '') : line;
  const link = unbulleted.startsWith('[') ? MARKDOWN_LINK.exec(unbulleted) : null;
  if (link) unbulleted = link[1]!.trim();
  // The end is tested on the last two units (one character, or a surrogate pair): DECORATION's
  // trailing alternative is tried from every position of a long line, this costs one test.
  if (!DECORATION_FIRST.test(unbulleted) && !DECORATION_LAST.test(unbulleted.slice(-2))) return unbulleted;
  return unbulleted.replace(DECORATION, '');
}

/** A whole line that is one Markdown link: `[text](target)`. */
const MARKDOWN_LINK = /^\[([^[\]]+)\]\([^()\s]*\)$/;

/** A bullet a scraper turns a list item into ("* ", "- ", "+ "): menus and link lists come so. */
const LIST_BULLET = /^[*+\-]\s+(?=\S)/;

/**
 * A badge in capitals glued by the scraper to the line it labels ("NEWYou can now listen to Fox
 * News articles!", "LIVEUpdates"): lexicon entries are also tried on the line without it. A
 * capitalised word follows the badge directly, which no acronym in prose does ("NATO's", "USA").
 */
const BADGE = /^\p{Lu}{2,9}(?=\p{Lu}\p{Ll})/u;

/**
 * A video's duration or a feed's time before a separator, glued by the scraper to the widget line
 * it belongs to ("02:14 - Source: CNN", "1:02:10 | Watch more"): lexicon entries are also tried on
 * the line without it. Only entries: a live entry's "15:40 - The ministry said…" stays prose.
 */
const LEADING_DURATION = /^\d{1,2}:\d{2}(?::\d{2})?\s*[-–—|·•]\s+/;

/** A word glued to one or two durations: a player's label and its clock ("VIDEO2:1402:14"). */
const TIMED_LABEL = /^(\p{L}{3,12})\s?\d{1,2}:\d{2}(?:\s?\d{1,2}:\d{2})?$/u;

/** A line that opens with an emoji or a flag. */
const DECORATED = /^[\p{Extended_Pictographic}\p{Regional_Indicator}]/u;
const DECORATED_END = /[\p{Extended_Pictographic}\p{Regional_Indicator}]\ufe0f?$/u;

/** Words of a channel's signature under its last post paragraph: a name ("🔹 Минобороны России"). */
export const SIGNATURE_MAX_WORDS = 4;

/**
 * A post's footer as a Telegram page or export prints it: an eye (or another pictograph), the
 * view count, perhaps abbreviated ("1,4M", "87.3K", "12,5 тыс."), then nothing, a separator or the
 * stamp's first number ("👁 1,4M · 6 июл 2022 в 12:41", "👁 12.3K  10:15"). The count is followed
 * by no word of its own: "🔥 5 ракет сбито" is a post's item.
 */
const VIEW_COUNTER = /^\p{Extended_Pictographic}\ufe0f?\s*\d{1,3}(?:[.,]\d{1,3})?\s?(?:[KkMmКкМм]|тыс\.?)?(?:\s+(?:views?|vues|просмотр\p{L}*|перегляд\p{L}*))?(?:$|\s*[·•|]\s*|\s+(?=\d))/u;
/**
 * The same count without its pictograph, as a page's text gives it ("1.4K views 12:41", "87,3K",
 * "1 205 просмотров"): an abbreviated count or the word for views, then as above. A bare number
 * alone is the letterless rule's.
 */
const BARE_VIEW_COUNTER = /^\d{1,3}(?:[.,\s]\d{1,3})?\s?(?:[KkMmКкМм]|тыс\.?)(?:\s+(?:views?|vues|просмотр\p{L}*|перегляд\p{L}*))?(?:$|\s*[·•|]\s*|\s+(?=\d))|^\d{1,3}(?:[.,\s]\d{1,3})?\s?(?:views?|vues|просмотр\p{L}*|перегляд\p{L}*)(?:$|\s*[·•|]\s*|\s+(?=\d))/u;
/**
 * The header a Telegram client writes over a post copied from it: the channel's name and the
 * stamp in brackets ("Дмитрий Медведев, [06.07.2022 12:41]", "[06.07.2022 12:41] МИД России:").
 * The dates stage reads the stamp from the raw lines; the actors stage the name from `doc.lines`.
 */
const COPIED_POST_STAMP = /\[\d{1,2}[./]\d{1,2}[./]\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?\]/u;
/** Words of the channel's name beside the stamp. */
export const COPIED_POST_NAME_MAX_WORDS = 4;
/** The stamp after the count is a date and a time: a few words at most. */
export const VIEW_COUNTER_MAX_WORDS = 10;

/**
 * The channel's name over a post copied as text ("Дмитрий Медведев", "Военкор Полярный Z",
 * "Политика 24/7"): with no headline found, a first line of at most SIGNATURE_MAX_WORDS words, not
 * a sentence and no label (no colon), right above a paragraph or the post's own title (a longer
 * line: "Боррель пообещал «уничтожить» российскую армию"). A post's title that short ends on its
 * colon ("🗞 Главное за 8 июля:"). The actors stage reads the post's voice from its lines before cleaning
 * (`doc.lines`), so the name still speaks.
 */
function isChannelHeader(line: string, next: string): boolean {
  const n = wordCount(next);
  return wordCount(line) <= SIGNATURE_MAX_WORDS && !endsLikeSentence(line) && !line.includes(':') && n >= CHANNEL_NEXT_MIN_WORDS && n > wordCount(line);
}
/** The line under a channel's name is the post's title or its first paragraph: at least this many words, and more than the name. */
export const CHANNEL_NEXT_MIN_WORDS = 4;

/**
 * A navigation line is a row of short labels joined by separators that prose
 * never strings together: breadcrumbs ("Home > World > Europe"), sections
 * ("World | Europe"), topic lists ("North Korea · Japan · Nuclear weapons"),
 * a channel's links ("Telegram | VK | OK"). Each label has at most this many
 * words; a headline with a site suffix ("… | Reuters") has a longer part.
 */
export const NAV_LABEL_MAX_WORDS = 4;
const NAV_SEPARATOR = /\s+(?:[>›|•·]|\/\/)\s+/;

/** A character NAV_SEPARATOR needs: a line without one is never split. */
const NAV_MARK = /[>›|•·/]/;

function isNavigation(line: string): boolean {
  if (!NAV_MARK.test(line)) return false;
  const parts = line.split(NAV_SEPARATOR);
  if (parts.length < 2) return false;
  return parts.every((p) => {
    const n = wordCount(p);
    // Digits make a part data (a date range, a score), not a label.
    return n >= 1 && n <= NAV_LABEL_MAX_WORDS && !/[.!?;:,]$/.test(p.trim()) && !/\d/.test(p);
  });
}

/**
 * A breadcrumb rooted at a page's home ("Home / India News / PM Modi address to nation LIVE
 * Updates", "Accueil > Monde > Europe"): its first part is a menu item of the lexicons, the parts
 * are joined by a slash or an arrow, and the last may be the page's own title (a breadcrumb ends
 * on the page it leads to). A headline with a slash ("Russia / Ukraine: …") opens on no menu item.
 */
const CRUMB_SEPARATOR = /\s+(?:[>›»|/]|\/\/)\s+/;
const CRUMB_MARK = /[>›»|/]/;
/** The root is a short menu item ("Home", "Accueil", "Главная"). */
export const CRUMB_ROOT_MAX_WORDS = 2;

function isCrumbLabel(part: string): boolean {
  const n = wordCount(part);
  return n >= 1 && n <= NAV_LABEL_MAX_WORDS && !/[.!?;:,]$/.test(part.trim()) && !/\d/.test(part);
}

/**
 * A line with a `©` and at most this many words is a credit or a legal
 * footer, whatever its last character ("© EDICIONES EL PAÍS S.L.", "© 2025
 * МИА «Россия сегодня»"); a paragraph that mentions a copyright is longer.
 */
export const COPYRIGHT_MAX_WORDS = 15;
/** A legal notice opening on the copyright sign has at most this many words. */
export const COPYRIGHT_NOTICE_MAX_WORDS = 60;
const COPYRIGHT_FIRST = /^(?:©|\(c\)\s)/i;
/** The same notice spelled out: "Copyright 2022 The Associated Press.", "Copyright (c) 2024 Reuters". */
const COPYRIGHT_YEAR = /^copyright\s+(?:\(c\)\s*)?(?:19|20)\d\d\b/i;

/**
 * In scraped text, a line of at most this many tokens and no letter at all is
 * a widget's residue: a feed's clock time ("17:42"), a counter ("0"), a
 * player's "00:00/05:12". Text input only: in a page, such a block may be a
 * table cell or a figure the extractor kept as the article's data.
 */
export const LETTERLESS_MAX_TOKENS = 3;
const HAS_LETTER = /\p{L}/u;

/**
 * A tag is a name or a topic: at most this many words ("Wladimir Putin",
 * "Ядерна зброя", "Military And Defense")...
 */
export const TAG_MAX_WORDS = 4;
/** ...no sentence ending, and none of the characters of data or handles (times, counts, paths, @, #, %). */
const NOT_A_TAG = /[\d:/@#%]/;

function isTag(line: string): boolean {
  return wordCount(line) <= TAG_MAX_WORDS && !endsLikeSentence(line) && !NOT_A_TAG.test(line);
}

/**
 * A tag list is at least this many tags in a row after the last paragraph:
 * an article may end on one or two short lines (a signature, "Джерело: МЗС"),
 * seldom on three. Text input only: in a page the extractor kept such blocks
 * as the article's own data (a fare table, a poll's answers).
 */
export const TAG_RUN_MIN_LINES = 3;

/**
 * The line under a caption label is the caption when it has at most this many
 * words ("President Putin says Russia will not test unless the US does
 * first"); a longer one is the article's paragraph under an empty label.
 */
export const CAPTION_MAX_WORDS = 30;

/**
 * A widget's label glued to its counter by the scraper ("share2",
 * "comments12"): lower-case letters, then digits, alone on the line. Names
 * of aircraft and summits are capitalised ("G7", "Su57").
 */
const GLUED_COUNTER = /^\p{Ll}+\d+$/u;

/**
 * Link texts a scraper joined with no space, several in one word
 * ("PartagerFacebookXWhatsAppMail", "Бывший СССРУкраинаПолитика"): a word
 * with at least this many joins, a lower-case letter running into a capital
 * or an acronym into a capitalised word. Names have one at most ("WhatsApp",
 * "McDonald's", "YouTube").
 */
export const JOINED_LINK_MIN_JOINS = 2;
/** A row of joined links is short: at most this many words, and no sentence. */
export const JOINED_LINKS_MAX_WORDS = 6;
const JOIN = /\p{Ll}(?=\p{Lu})|\p{Lu}(?=\p{Lu}\p{Ll}{2})/gu;

function isJoinedLinks(line: string): boolean {
  if (wordCount(line) > JOINED_LINKS_MAX_WORDS || endsLikeSentence(line)) return false;
  return line.split(/\s+/).some((token) => (token.match(JOIN)?.length ?? 0) >= JOINED_LINK_MIN_JOINS);
}

/** A menu item that is an abbreviation with its full stops ("U.S.", "U.K."): not a sentence for all its stop. */
const DOTTED_ABBREVIATION = /^(?:\p{Lu}\.){2,}$/u;

/**
 * A caption under its credit line has at most this many words, unless it is
 * printed twice: a standfirst may stand under a lead picture's credit too,
 * and standfirsts are longer ("Moscou avait annoncé ces manœuvres début mai
 * en réponse à des déclarations occidentales jugées « provocatrices »").
 */
export const CAPTION_UNDER_CREDIT_MAX_WORDS = 15;
/**
 * A standfirst printed right under the headline, above the lead picture's credit, has at least
 * this many words (a teaser's length); a caption there is a few words, a place, a name.
 */
export const STANDFIRST_UNDER_HEADLINE_MIN_WORDS = 8;

/**
 * The headline's byline or date line stands within this many lines under it
 * (a standfirst, a kicker, an audio player between): farther down, a date is
 * the article's own.
 */
export const LEAD_ANCHOR_MAX_LINES = 8;

/** A video's description under its title is one sentence of at most this many words; a lead paragraph is longer. */
export const VIDEO_DESCRIPTION_MAX_WORDS = 15;

/**
 * After the last paragraph, this many headline-shaped lines in a row are a list of other stories;
 * one alone may be the article's last words without a full stop, or its source.
 */
export const TEASER_TAIL_MIN_LINES = 2;

/**
 * Furniture that opens the page's own sections under the article: past the last paragraph, what
 * follows one of these is the page's. Not advertising or credits: they stand between paragraphs.
 */
const TAIL_OPENERS: ReadonlySet<string> = new Set(['read-also', 'comment-form', 'newsletter', 'footer', 'cookie-notice', 'tags', 'share-buttons', 'sidebar', 'repeated', 'author-box', 'contact', 'promotion', 'page-label']);

/**
 * Between the byline or date line and the first paragraph, a line of at most this many words that
 * is not a sentence is a widget's label or the author's role ("Senior News Reporter", "Journaliste
 * au service International"); a standfirst there is longer.
 */
export const LEAD_LABEL_MAX_WORDS = 6;

/** A kicker of one or two words and a separator opening a line ("VIDÉO - ", "EN VIDÉO : "). */
const VIDEO_KICKER = /^([\p{L}]+(?:\s[\p{L}]+)?)\s?[-–—:|]\s+/u;

/**
 * A text with at least this many blank lines per other line separates every line by one (a
 * scraper's habit): a blank line there does not end a list.
 */
export const BLANK_SEPARATED_SHARE = 0.8;

/**
 * Reasons of a widget's own lines (buttons, boxes, labels, players), for the lines between two of
 * them. Not bylines, dates, credits or captions: those stand beside the article's own lines.
 */
const WIDGET_REASONS: ReadonlySet<string> = new Set([
  'share-buttons', 'newsletter', 'comment-form', 'cookie-notice', 'sidebar', 'advertising', 'audio-player',
  'page-label', 'promotion', 'reading-time', 'label', 'repeated', 'video-label', 'video', 'embed-box',
]);
/** Lines between two widgets: at most this many... */
export const SANDWICH_MAX_LINES = 2;
/** ...of at most this many words, none a sentence. */
export const SANDWICH_LINE_MAX_WORDS = 12;

/**
 * A short line with an e-mail address is a contact line ("Write to Laurence Norman at
 * laurence.norman@wsj.com", "Contact: press@nato.int"): the article quotes no address in so
 * few words.
 */
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/u;
export const CONTACT_LINE_MAX_WORDS = 15;

/**
 * A reader's comment between its stamp and its reply button has at most this many words: a few
 * sentences. The button is a comment form's line of one or two words ("Reply", "Répondre",
 * "Ответить"), not its longer prompts.
 */
export const COMMENT_MAX_WORDS = 80;
export const REPLY_BUTTON_MAX_WORDS = 2;
/** A commenter's stamp may carry the name and a verb ("Jean-Marc dit : 30 août 2024 à 10 h 12 min"): a short line with a year. */
export const COMMENT_STAMP_MAX_WORDS = 12;
/** A commenter's name or handle over the comment's stamp. */
export const COMMENTER_MAX_WORDS = 3;
function isReplyButton(line: string): boolean {
  return wordCount(line) <= REPLY_BUTTON_MAX_WORDS;
}

/** A rank alone on its line in a "most read" list: "1", "2.", "03". */
const RANK_LINE = /^\d{1,2}\.?$/;

/** A clock time alone on its line ("15:40", "09.22"): a feed's or a player's. */
const CLOCK_LINE = /^\d{1,2}[:.]\d{2}$/;

/**
 * A reading time or a player's length, a number of minutes with at most two words around it ("3
 * min read", "Lecture 1 min.", "1 мин. чтения", "Estimated 3 minutes", "Lesedauer: 4 Min."): each
 * site words it its own way, all put a number before a minute's unit. News prose writes no such
 * line alone; a subheading that did ("Within 15 minutes") would be optional in any gold. The units
 * of the six languages Brink reads.
 */
const MINUTES_LINE = /^(?:[\p{L}:]+\s+){0,2}\(?\d{1,3}\s?(?:min|mins|minutes?|minuten|minutos?|мин|минут[аы]?|хв|хвилин[аиу]?)\.?\)?(?:\s+[\p{L}:]+\.?){0,2}$/iu;

/**
 * A picture's bare credit, a photographer's name and the agency after a slash ("Дмитрий
 * Рогулин/ТАСС", "Dmitry Astakhov / Sputnik", "Ludovic Marin/AFP"): capitalised words only, at most
 * BARE_CREDIT_MAX_WORDS of them. A headline or a sentence has more words or its punctuation.
 */
const BARE_CREDIT = /^\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3}\s?\/\s?\p{Lu}[\p{L}.'’-]*(?:\s?[/\s]\s?\p{Lu}[\p{L}.'’-]*){0,3}$/u;
export const BARE_CREDIT_MAX_WORDS = 6;

/** A wire desk's editor initials closing its copy ("burs/gv/rl", "jk/ams"): a slug, not prose. */
const DESK_SLUG = /^[a-z]{2,5}(?:\/[a-z]{2,5}){1,5}$/;

/** A show's name over its player's length ("The Current", "As It Happens"): at most this many words. */
export const PLAYER_NAME_MAX_WORDS = 4;

/** A download's size under its link ("245kb", "1,2 Mo", "3 МБ"): a widget's, never prose. */
const FILE_SIZE_LINE = /^\d+(?:[.,]\d+)?\s?(?:[kmg]b|[kmg]o|[кмг]б)$/iu;

/**
 * A report's footnote: its mark ("[3]", "(3)", "3.", "³") and a link, a source of the report's
 * sentences, not one of them ("[3] https://www.interfax.ru/…", "2. Statement by …, https://…").
 */
const FOOTNOTE_LINK = /^(?:\[\d{1,3}\]|\(\d{1,3}\)|\d{1,3}\.|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)\s.*?\bhttps?:\/\/\S/u;
/** A footnote cites a source in a sentence or two at most; a numbered paragraph with a link is longer. */
export const FOOTNOTE_MAX_WORDS = 40;

/** A pointer naming a topic ("Read more about the war in Ukraine") is a heading's length. */
export const POINTER_HEADING_MAX_WORDS = 8;

/** A name's initial ("Vladimir V. Putin"): its full stop ends no sentence. */
const INITIAL = /(?<!\p{L})\p{Lu}\.(?=\s+\p{Lu})/gu;

/** A list item's mark: a dash, a bullet, a number with its bracket or stop. */
const LIST_MARK = /^\s*(?:[-–—•·*]|\d{1,2}[.)])\s/u;

/** A sign-up button is a word or two ("Sign up", "Anmelden", "S'inscrire"). */
export const SIGN_UP_MAX_WORDS = 3;

/** A stamp without a year is short: a number, a unit, "ago" ("Updated 2 hours ago", "vor 3 Stunden"). */
export const RELATIVE_STAMP_MAX_WORDS = 5;
const STAMP_YEAR = /\b(?:19|20)\d\d\b|\d[./-]\d{1,2}[./-]\d/;
/** A clock time makes a stamp a feed's ("15:40"), which the feed rule reads with the headline under it. */
const CLOCK_IN_LINE = /\d[:.h]\d\d/;

/**
 * A live page's key-event link or a feed's item opens on its age, then its headline ("52m ago
 * Putin: nuclear weapons in Belarus 'a deterrent'", "il y a 2 h Zelensky à Kyiv", "2 часа назад
 * Путин…"): digits and a unit, never a comma after the stamp (an entry's sentence "5 hours ago, the
 * ministry said…" stays).
 */
const AGE_LED = /^(?:from\s+)?(?:\d{1,3}\s?(?:s|m|h|d|mins?|hrs?|minutes?|hours?|days?)\s+ago|il y a \d{1,3}\s?(?:min|h|j|minutes?|heures?|jours?)|vor \d{1,3}\s?(?:Min\.?|Std\.?|Minuten|Stunden|Tagen)|hace \d{1,3}\s?(?:min|h|minutos?|horas?|días?)|\d{1,3}\s?(?:мин|ч|минут[ауы]?|час(?:а|ов)?|хв|год|хвилин[иу]?|годин[иу]?)\.?\s+(?:назад|тому))(?=$|\s+[^\s,])/iu;
export function isAgeLedItem(line: string): boolean {
  return AGE_LED.test(line) && wordCount(line) <= TEASER_MAX_WORDS && !isProse(line);
}

/**
 * A teaser list's items cut by the site at a fixed length, the word then dots ("Ukraine claims to
 * have retaken village in the south as..."): two or more in a row are other stories' headlines.
 */
const TRUNCATED_TEASER = /\p{L}(?:\.{3}|…)$/u;
export const TRUNCATED_RUN_MIN_LINES = 2;
function isTruncatedTeaser(text: string): boolean {
  const n = wordCount(text);
  return n >= KICKER_MAX_WORDS + 1 && n <= TEASER_MAX_WORDS && TRUNCATED_TEASER.test(text) && sentenceBreaks(text) === 0;
}

/** A line of the fine print under a page's copyright notice has at most this many words (a disclaimer, a data note). */
export const FINE_PRINT_MAX_WORDS = 25;

/** A person's name alone on a line: two to four capitalised words, initials allowed ("Lauren C. Williams"). */
const BARE_NAME = /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}(?:\.|[\p{L}'’-]+)){1,3}$/u;

/** A masthead named in the tail is a site's name of at least this many characters ("Mediapart", "The Moscow Times"), not a section's initials. */
export const MASTHEAD_MIN_CHARS = 5;

/**
 * A caption closes on the day its picture was taken, with the year: "…, Oct. 22, 2025.", "… on
 * March 5, 2025.", "… ce mercredi 29 octobre 2025.", "… 5. März 2025.", "… 21.11.2024.".
 */
const CAPTION_DATE_END = /(?:\d{1,2}(?:er|st|nd|rd|th)?\.?\s+\p{L}+\.?|\p{L}+\.?\s+\d{1,2},|\d{1,2}[./]\d{1,2}[./])\s*(?:19|20)\d\d(?:\s?(?:г\.|года|року|р\.))?\s*\.$/u;
/** The date closing a caption is in its last this many characters ("ce mercredi 29 octobre 2025."). */
const CAPTION_DATE_END_CHARS = 40;
/** The year right before the final stop (a Russian "г." or "года" between them): the cheap test first. */
const YEAR_BEFORE_END = /(?:19|20)\d\d\D{0,7}$/;
const YEAR_BEFORE_END_CHARS = 12;
/** Quotation marks: a caption quotes no one. */
const QUOTE_MARK = /["«»“”„]/u;
/**
 * Whether a line quotes someone: English quotation marks, or guillemets around a few words at
 * least (a name or a label in guillemets, «Новая газета Европа», «нежелательной организацией», is
 * no quotation).
 */
const ENGLISH_QUOTE = /["“”„]/u;
const GUILLEMETS = /«([^»]*)»/gu;
export const QUOTATION_MIN_WORDS = 4;
function quotesSomeone(text: string): boolean {
  if (ENGLISH_QUOTE.test(text)) return true;
  if (!text.includes('«')) return false;
  for (const m of text.matchAll(GUILLEMETS)) if (wordCount(m[1]!) >= QUOTATION_MIN_WORDS) return true;
  return false;
}
/** A donation or subscription button under a site's appeal is a few words ("Поддержать", "Faites un don au Devoir"). */
export const APPEAL_BUTTON_MAX_WORDS = 5;
/** A box's title asking to join or subscribe to the site ("Join the U.S. Naval Institute"): at most this many words. */
export const BOX_TITLE_MAX_WORDS = 8;
/** An appeal's line is at most this long: a box's blurb, not a paragraph... */
export const APPEAL_LINE_MAX_WORDS = 30;
/** ...or this long when it speaks to the reader ("…our operations depend on the support of readers like you…"). */
export const APPEAL_LETTER_MAX_WORDS = 100;

/** A byline with the author's role after a comma is a line of at most this many words, short of a paragraph. */
export const BYLINE_WITH_ROLE_MAX_WORDS = 25;

/** Section labels stacked under a headline above its date line: a rubric and its sub-rubric, seldom more. */
export const SECTION_LABELS_MAX_LINES = 3;
/** A section's name opens on a capital letter; a list item opens on a dash, a bullet, an emoji or a small letter. */
const SECTION_NAME_START = /^\p{Lu}/u;

/** Bylines name people: the word after "By"/"Par"/"Von" is capitalised. */
const CAPITALISED_NEXT = /^\s*[\p{Lu}]/u;

const STAGE = 'clean';

/** Lines whose verdicts the stage remembers (see `judgeLine`): a few hundred pages' worth. */
export const JUDGED_MAX_LINES = 8192;

interface Verdict {
  reason: string | null;
  /** The line as kept (residue removed). */
  text: string;
  /** The line is only the heading of a list of links ("More on this story", "Read more:"). */
  listHeading?: boolean;
  /** The line is only a caption label ("Image caption,", "Légende :"): the caption is the line under it. */
  captionLabel?: boolean;
}

/**
 * Widgets whose lines come as a box: a line standing between two lines of
 * one of them belongs to it. Not advertising or sidebar labels: an
 * "Advertisement" mark stands between the article's own paragraphs. An
 * `embed-box` is a widget a page frames with its own skip and end lines
 * ("Skip Podcast and continue reading" … "End of Podcast"): its short lines
 * are the widget's; a post's paragraphs in it are prose and stay.
 */
const BOX_REASONS: ReadonlySet<string> = new Set(['newsletter', 'share-buttons', 'comment-form', 'cookie-notice', 'embed-box']);
/** A box holds a few lines of its own between its furniture lines: at most this many... */
export const BOX_RUN_MAX_LINES = 3;
/** ...each of at most this many words and no paragraph (a blurb, a button, a link): the article's sentences stay. */
export const BOX_LINE_MAX_WORDS = 25;

/**
 * Reasons whose bare heading opens a list of links to other pages. Not
 * `sidebar`: "Menu", "Skip to content" or "Follow us" may stand right above
 * the article's own lines.
 */
const LIST_REASONS: ReadonlySet<string> = new Set(['read-also']);

/**
 * Whether a furniture line is only a list's heading: the entry is the whole
 * line, or the line adds nothing but a colon, or a section name of a word or
 * two, with a colon ("More from World:") or without ("Mehr aus Europa").
 */
function isListHeading(line: string, hit: FurnitureHit): boolean {
  if (!LIST_REASONS.has(hit.reason)) return false;
  if (hit.entry.mode === 'line') return true;
  const rest = line.slice(hit.entry.text.length).trim();
  if (rest === '' || rest === ':') return true;
  // A heading naming the site before its colon: "À voir également sur Le HuffPost :".
  if (/:$/.test(rest) && wordCount(rest) <= LIST_HEADING_COLON_EXTRA_WORDS) return true;
  if (wordCount(rest) > LIST_HEADING_EXTRA_WORDS) return false;
  // After an entry ending in a colon ("Read more:") the words are a teaser's, not a section's.
  return /:$/.test(rest) || (SECTION_NAME.test(rest) && !hit.entry.text.endsWith(':'));
}

/** A list heading with a section's name after it is short: at most this many words. */
export const SECTIONED_HEADING_MAX_WORDS = 6;

/** Words a list heading may add before a closing colon ("… sur Le HuffPost :", "… from The Associated Press:"). */
export const LIST_HEADING_COLON_EXTRA_WORDS = 4;

/** Words a list heading may add to its lexicon entry ("More from World:", "Más sobre Ucrania", "Mehr aus Europa"). */
export const LIST_HEADING_EXTRA_WORDS = 2;

/**
 * A section name added without a colon: words only, no punctuation. "Lire
 * aussi : La Russie" has a colon and "Mehr aus Europa." is a sentence: both
 * are a teaser, not a heading.
 */
const SECTION_NAME = /^[\p{L}\p{N}][\p{L}\p{N}\s'’-]*$/u;

/**
 * What ends a list of links: a line ending in a full stop, colon or
 * semicolon, inside closing quotes or not (a sentence of prose; the next
 * heading). Teasers end in "?", "!", "…" or a quoted word ("Wie viele
 * Sprengköpfe hat Moskau?", "Trump will Treffen mit Putin nicht
 * \"verschwenden\""), so those do not end it; a second sentence in the line does.
 */
const LIST_END = /[.:;]["'»”’)\]]*$/;

/**
 * Items under a list heading are other stories' headlines: at most
 * TEASER_MAX_WORDS words, with no sentence ending ("1 Météo. Orages :
 * vigilance orange levée…" opens on a section name), or ending as a teaser
 * may (LIST_END) in a single sentence.
 */
function isListItem(line: string): boolean {
  if (wordCount(line) > TEASER_MAX_WORDS) return false;
  // A title-cased teaser of two sentences ("Ukraine Is Not Deterred. Should the West Be?") is a
  // headline still: a paragraph never capitalises its every word.
  return !endsLikeSentence(line) || (!LIST_END.test(line) && (sentenceBreaks(line) === 0 || isTitleCased(line)));
}

/**
 * Under the headline, before the first paragraph, a line of at most this
 * many words that is not a sentence is the section or a label of the page
 * ("World | Europe", "Breaking News", "Analysis"): a standfirst is longer.
 */
export const KICKER_MAX_WORDS = 3;

function idOf(title: string | null, text: string): string {
  const joined = `${title ?? ''}\n${text}`;
  // Most documents (ASCII, French, Russian) are their own NFKC: they skip a normalisation of their whole text.
  const normalised = (isNfkcStable(joined) ? joined : joined.normalize('NFKC')).toLowerCase().replace(SPACES_TO_COLLAPSE, ' ').trim();
  return createHash('sha256').update(normalised).digest('hex').slice(0, 16);
}

function isLabelled(line: string): boolean {
  const m = LABELLED.exec(line);
  return m !== null && wordCount(m[1]!) <= BOX_LABEL_MAX_WORDS;
}

export function createClean(options: Partial<CleanOptions> = {}): Stage {
  const o: CleanOptions = { ...DEFAULT_CLEAN_OPTIONS, ...options };
  const matcher = new FurnitureMatcher(o.furniture ?? loadFurniture(o.languages, o.dataDir));
  const vocabulary = o.vocabulary ?? loadVocabulary(o.dataDir).lines;
  const reportingVerbs = loadReportingVerbs(o.dataDir);

  /**
   * A scraped text's lines never went through the extract stage's line rules: the same words
   * that give furniture away in a page's blocks (a widget's label, "Read more: …", a picture
   * credit, a byline) give it away here. In a page, the extract stage has applied them. Not its
   * date lines: the dates stage reads the publication date from the text's dated lines.
   */
  function pageVocabularyReason(line: string): string | null {
    if (isUiLabel(line, vocabulary)) return 'page-label';
    if (isPromoLine(line, vocabulary)) return 'promotion';
    // A headline may name an agency ("Reuters: Russia moves warheads…"): a credit has a credit's form
    // or is too short for a headline.
    if (isCreditLine(line, vocabulary) && (wordCount(line) < HEADLINE_MIN_WORDS || hasCreditForm(line, vocabulary))) return 'image-credit';
    if (isBylineLine(line, vocabulary)) return 'byline';
    return null;
  }

  /**
   * A list heading of the lexicon followed by a section's name ("Most Read World", "Les plus lus
   * International"): the line less its last one or two words is a `read-also` heading entry.
   */
  function sectionedListHeading(line: string): FurnitureHit | null {
    // The shape tests first: they fail fast on a paragraph, which is then never split.
    if (endsLikeSentence(line) || !SECTION_NAME.test(line)) return null;
    const words = line.split(/\s+/);
    if (words.length < 2 || words.length > SECTIONED_HEADING_MAX_WORDS) return null;
    for (let cut = 1; cut <= LIST_HEADING_EXTRA_WORDS && cut < words.length; cut++) {
      const hit = matcher.match(words.slice(0, -cut).join(' '));
      if (hit && LIST_REASONS.has(hit.reason) && hit.entry.mode === 'line') return hit;
    }
    return null;
  }

  /**
   * A stamp without a year ("4 hours ago", "il y a 3 heures", "2 години тому", "6 March"): a live
   * page's entry time or a teaser's age, never the article's prose, and no publication date either
   * (the dates stage reads the raw lines). A date line with a year stays under the headline's rules.
   */
  function isRelativeStamp(line: string): boolean {
    return wordCount(line) <= RELATIVE_STAMP_MAX_WORDS && !STAMP_YEAR.test(line) && !CLOCK_IN_LINE.test(line) && isDateLine(line, vocabulary);
  }

  /** Whether `line` is a breadcrumb rooted at a menu item of the lexicons (see CRUMB_SEPARATOR). */
  function isBreadcrumb(line: string): boolean {
    if (!CRUMB_MARK.test(line)) return false;
    const parts = line.split(CRUMB_SEPARATOR);
    if (parts.length < 2) return false;
    const root = parts[0]!;
    if (wordCount(root) > CRUMB_ROOT_MAX_WORDS || !isCrumbLabel(root) || matcher.match(root)?.entry.mode !== 'line') return false;
    const last = parts[parts.length - 1]!;
    const lastFits = isCrumbLabel(last) || (parts.length >= 3 && wordCount(last) <= HEADLINE_MAX_WORDS && !endsLikeSentence(last));
    return lastFits && parts.slice(1, -1).every(isCrumbLabel);
  }

  /** A title led by a video label and a separator ("VIDÉO - …", "Video: …"): a video's, under the headline. */
  function isVideoKicker(line: string): boolean {
    const m = VIDEO_KICKER.exec(line);
    return m !== null && matcher.match(m[1]!)?.reason === 'video-label' && isHeadlineShaped(line.slice(m[0].length));
  }

  /**
   * Verdicts of lines already judged, by input kind and line: a verdict depends on the line alone
   * (and the stage's fixed lexicons), and a site prints the same menus, share rows, widgets and
   * footers on every page, so most of a batch's furniture lines were judged before. Each document
   * gets a copy (the context rules rewrite verdicts). Cleared when full: memory stays flat.
   */
  const judgedText = new Map<string, Verdict>();
  const judgedPage = new Map<string, Verdict>();

  function judgeLine(line: string, textInput: boolean): Verdict {
    const judged = textInput ? judgedText : judgedPage;
    const known = judged.get(line);
    if (known !== undefined) return { ...known };
    const verdict = judgeLineAnew(line, textInput);
    if (judged.size >= JUDGED_MAX_LINES) judged.clear();
    judged.set(line, { ...verdict });
    return verdict;
  }

  /** Judges one line on its own content (rule 1 of the header); `textInput` for a scraped text, not a page's blocks. */
  function judgeLineAnew(line: string, textInput: boolean): Verdict {
    const residue = judgeResidue(line);
    if (residue.kind === 'drop') return { reason: 'html-residue', text: line };
    const text = residue.line;
    const confirm = (line: string) => ({ reason, entry }: FurnitureHit) => {
      if (reason === 'byline') return CAPITALISED_NEXT.test(line.slice(entry.text.length)) && !/[.!?]$/.test(line);
      if (reason === 'dateline') return digitShare(line) >= DATELINE_DIGIT_SHARE;
      // "Reporting by our correspondents in Kyiv" is a credit; "Reporting by the Guardian showed it." is prose.
      if (reason === 'tagline' && entry.mode === 'prefix') return !endsLikeSentence(line);
      return true;
    };
    const bare = undecorated(text);
    const unbadged = BADGE.test(bare) ? bare.replace(BADGE, '') : null;
    const untimed = textInput && LEADING_DURATION.test(bare) ? bare.replace(LEADING_DURATION, '') : null;
    const hit =
      matcher.match(text, confirm(text)) ??
      (bare !== text && bare !== '' ? matcher.match(bare, confirm(bare)) : null) ??
      (unbadged ? matcher.match(unbadged, confirm(unbadged)) : null) ??
      (untimed ? matcher.match(untimed, confirm(untimed)) : null);
    if (hit) return { reason: hit.reason, text, listHeading: isListHeading(bare, hit), captionLabel: hit.reason === 'image-caption' };
    // A player's label glued to its durations ("VIDEO2:1402:14", "Vidéo 01:32"): the video's label.
    const timedLabel = textInput ? TIMED_LABEL.exec(bare) : null;
    if (timedLabel && matcher.match(timedLabel[1]!)?.reason === 'video-label') return { reason: 'video-label', text };
    const sectioned = textInput ? sectionedListHeading(bare) : null;
    if (sectioned) return { reason: sectioned.reason, text, listHeading: true };
    if (isNavigation(bare) || (textInput && isTopicRow(bare))) return { reason: 'navigation', text };
    if (textInput && isBreadcrumb(bare)) return { reason: 'navigation', text };
    if (isBracketLink(text)) return { reason: 'read-also', text };
    if (isIdentifier(text)) return { reason: 'residue', text };
    if (isTagLine(text)) return { reason: 'tags', text };
    if (text.includes('©') && wordCount(text) <= COPYRIGHT_MAX_WORDS) return { reason: 'image-credit', text };
    if (COPYRIGHT_YEAR.test(text) && wordCount(text) <= COPYRIGHT_MAX_WORDS) return { reason: 'footer', text };
    // A legal notice opening on the sign is the footer's, however long ("© THE FINANCIAL TIMES LTD
    // 2025. FT and 'Financial Times' are trademarks of…"): no sentence of news opens so.
    if (COPYRIGHT_FIRST.test(text) && wordCount(text) <= COPYRIGHT_NOTICE_MAX_WORDS) return { reason: 'footer', text };
    if (textInput && !HAS_LETTER.test(text) && wordCount(text) <= LETTERLESS_MAX_TOKENS) return { reason: 'residue', text };
    if (textInput && (VIEW_COUNTER.test(text) || BARE_VIEW_COUNTER.test(text)) && wordCount(text) <= VIEW_COUNTER_MAX_WORDS) return { reason: 'counter', text };
    if (textInput && text.includes('[') && COPIED_POST_STAMP.test(text)) {
      const name = text.replace(COPIED_POST_STAMP, ' ');
      if (wordCount(name) <= COPIED_POST_NAME_MAX_WORDS && !endsLikeSentence(name.replace(/[\s,:]+$/u, '').trim() || 'x')) return { reason: 'header', text };
    }
    if (textInput && FOOTNOTE_LINK.test(text) && wordCount(text) <= FOOTNOTE_MAX_WORDS) return { reason: 'footnote', text };
    if (textInput && GLUED_COUNTER.test(text)) return { reason: 'residue', text };
    if (textInput && MINUTES_LINE.test(text)) return { reason: 'reading-time', text };
    if (textInput && FILE_SIZE_LINE.test(text)) return { reason: 'residue', text };
    if (textInput && DESK_SLUG.test(text)) return { reason: 'residue', text };
    // The name before the slash in its own case: "ISLAMABAD/NEW DELHI" is a dateline's places.
    if (textInput && text.includes('/') && wordCount(text) <= BARE_CREDIT_MAX_WORDS && BARE_CREDIT.test(text) && /\p{Ll}/u.test(text.slice(0, text.indexOf('/')))) return { reason: 'image-credit', text };
    if (textInput && isRelativeStamp(text)) return { reason: 'dateline', text };
    if (textInput && /^[\d\p{L}]/u.test(text) && isAgeLedItem(text)) return { reason: 'feed', text };
    // The '@' first: the address pattern, tried at every letter of a long paragraph, was a third of the stage's time.
    if (textInput && text.includes('@') && wordCount(text) <= CONTACT_LINE_MAX_WORDS && EMAIL.test(text)) return { reason: 'contact', text };
    if (textInput && isJoinedLinks(text)) return { reason: 'navigation', text };
    const vocabularyReason = textInput ? pageVocabularyReason(bare === '' ? text : bare) : null;
    if (vocabularyReason !== null) return { reason: vocabularyReason, text };
    return { reason: null, text };
  }

  return (doc: Doc): Doc => {
    const lines = doc.lines.map((l) => l.trim());
    const textInput = doc.raw.format === 'text';
    const verdicts: Verdict[] = lines.map((l) => (l === '' ? { reason: 'blank', text: '' } : judgeLine(l, textInput)));

    // 2. The headline and its copies.
    const metaTitle = doc.meta.title?.replace(/\s+/g, ' ').trim() || null;
    let title: string | null = metaTitle;
    let headline = -1;
    if (metaTitle) {
      for (let i = 0, seen = 0; i < lines.length && seen < 10; i++) {
        if (lines[i] === '') continue;
        seen++;
        if (isTitleCopy(lines[i]!, metaTitle)) {
          headline = i;
          break;
        }
      }
    } else {
      // Bylines and date lines anchor the headline: it stands right above them.
      const anchors = verdicts.map((v, i) => v.reason === 'byline' || v.reason === 'dateline' || (lines[i] !== '' && isDateLine(lines[i]!, vocabulary)));
      const usable = verdicts.map((v, i) => v.reason === null && !anchors[i]);
      headline = findHeadline(lines, usable, anchors);
      if (headline !== -1) title = verdicts[headline]!.text;
    }
    if (headline !== -1) {
      verdicts[headline] = { reason: 'headline', text: lines[headline]! };
      const siteNames = new Set<string>();
      // The line right above the headline, when it is a headline of its own: the pick may have
      // been the standfirst under the real headline; kept, the article loses nothing either way.
      let above = headline - 1;
      while (above >= 0 && verdicts[above]!.reason !== null) above--;
      const rival = above >= 0 && isHeadlineShaped(lines[above]!) && wordCount(lines[above]!) >= HEADLINE_PREFERRED_WORDS && !isSiteTitle(lines[above]!) && !isTopicRow(lines[above]!) ? above : -1;
      for (let i = 0; i < headline; i++) {
        const v = verdicts[i]!;
        // A kicker may end in a colon ("Atomwaffen-Teststopp:") or a full stop ("Vu des États-Unis.").
        const kicker = v.reason === null && wordCount(v.text) <= KICKER_MAX_WORDS && /[:.]$/.test(v.text);
        if (v.reason === null && wordCount(v.text) <= SITE_NAME_MAX_WORDS && (!endsLikeSentence(v.text) || DOTTED_ABBREVIATION.test(v.text) || kicker)) {
          v.reason = 'site-name';
          siteNames.add(wordKey(v.text));
        } else if (v.reason === null && i + 1 < headline && isPullQuote(v.text, lines[i + 1]!)) {
          // A site's testimonial over its attribution ("“… an important resource for students…”" /
          // "– Former Senator, …"), a sentence for all its full stop: the header's, as its attribution.
          v.reason = 'header';
        } else if (v.reason === null && isSiteTitle(v.text)) {
          // The site's own title, longer than a name: "Sky News - Breaking News | UK News & World News headlines".
          v.reason = 'site-name';
        } else if (textInput && v.reason === null && i !== rival && !endsLikeSentence(v.text) && wordCount(v.text) <= TEASER_MAX_WORDS) {
          // A tagline, a ticker, a banner ("Exclusive news, data and analytics for financial market
          // professionals", "EN DIRECT - Guerre en Ukraine : suivez…"): the headline is looked for
          // above the first paragraph, so what stands above it is the page's header. No annotated
          // page has an article line above its headline. A sentence stays: a real headline ending on
          // its full stop is no candidate, and the line chosen below it would otherwise cost it.
          v.reason = 'header';
        }
      }
      // The same line under the article is the page's footer ("Le Figaro", "EL PAÍS").
      for (let i = headline + 1; siteNames.size > 0 && i < lines.length; i++) {
        const v = verdicts[i]!;
        if (v.reason === null && siteNames.has(wordKey(v.text))) v.reason = 'site-name';
      }
    } else if (textInput) {
      // 2'. No headline: a post copied as text may open on its channel's name.
      const first = overBlanks(verdicts, -1, 1);
      const v = verdicts[first];
      const next = verdicts[overBlanks(verdicts, first, 1)];
      if (v !== undefined && v.reason === null && next !== undefined && isChannelHeader(v.text, next.text)) v.reason = 'site-name';
    }
    if (title !== null) {
      for (let i = 0; i < lines.length; i++) {
        const v = verdicts[i]!;
        if (i !== headline && v.reason !== 'blank' && isTitleCopy(lines[i]!, title)) v.reason = 'title-repeat';
      }
    }

    // 2a. Photo captions ending on their credit, under the headline (text input: in a page, the
    // extract stage saw the figure). Not above it nor in a text without one: a headline or a post
    // may end on its source ("… – TASS").
    if (textInput && headline !== -1) {
      for (let i = headline + 1; i < verdicts.length; i++) {
        const v = verdicts[i]!;
        if (v.reason !== null) continue;
        // One sentence of a caption's length closed by its bracketed source, reporting no one.
        // A wire paragraph closed by its agency reports speech ("…, the ministry said. (Yonhap)"): no caption.
        const bracketed = endsOnBracketedSource(v.text);
        const reports = bracketed && reportingVerbs.test(fold(v.text));
        if (reports) continue;
        const sourced = bracketed && wordCount(v.text) <= CAPTION_MAX_WORDS && sentenceBreaks(v.text) === 0;
        if (!sourced && !isCaptionWithCredit(v.text, vocabulary)) continue;
        // A byline's row closed by its stamp ("News Desk / SITE.COM / Updated: Mar 11, 2024") ends on
        // a slash and a name as a credit does: it is the headline's date line.
        if (isDateLine(v.text, vocabulary)) {
          v.reason = 'dateline';
          continue;
        }
        v.reason = 'image-caption';
        // The same caption printed right above without its credit (the picture's alternative text).
        let j = i - 1;
        while (j > headline && verdicts[j]!.reason === 'blank') j--;
        const above = verdicts[j]!;
        const bare = above.text.replace(/[\s.…]+$/u, '');
        if (j > headline && above.reason === null && wordCount(bare) >= HEADLINE_MIN_WORDS && v.text.startsWith(bare)) above.reason = 'image-caption';
      }
    }

    // 2a''. A picture's caption written as a sentence anywhere under the headline ("Russian President
    // Vladimir Putin chairs a meeting via video link in Moscow, Oct. 22, 2025." / "Alexander
    // Kazakov/Pool/AFP/Getty"): one sentence of a caption's length, closed by the day the picture
    // was taken with its year, quoting and reporting no one, right above the picture's bare credit.
    // A paragraph of one sentence above a picture has the picture's caption between it and the
    // credit; one closed by a full date right above a credit alone is rarer than a caption so.
    if (textInput && headline !== -1) {
      for (let i = headline + 1; i < verdicts.length; i++) {
        const v = verdicts[i]!;
        // The end only: the pattern, unanchored at its start, would be tried from every position of a paragraph.
        if (v.reason !== null || !v.text.endsWith('.') || !YEAR_BEFORE_END.test(v.text.slice(-YEAR_BEFORE_END_CHARS)) || !CAPTION_DATE_END.test(v.text.slice(-CAPTION_DATE_END_CHARS))) continue;
        const n = wordCount(v.text);
        if (n < CAPTION_MIN_WORDS || n > CAPTION_MAX_WORDS || sentenceBreaks(v.text) > 0 || QUOTE_MARK.test(v.text) || reportingVerbs.test(fold(v.text))) continue;
        let j = i + 1;
        while (j < verdicts.length && verdicts[j]!.reason === 'blank') j++;
        if (verdicts[j]?.reason === 'image-credit') v.reason = 'image-caption';
      }
    }

    // 2a'. The author box: the byline's name alone again after the first paragraph, its role, its bio.
    if (textInput) {
      const names = verdicts.flatMap((v) => (v.reason === 'byline' ? bylineNames(v.text) : []));
      // A byline that goes on to the author's role in a sentence ("By Anna Leclerc, a senior fellow
      // at the Center for…."), kept for its full stop: its part before the comma names the author.
      for (let i = headline + 1, seen = 0; headline !== -1 && i < verdicts.length && seen < LEAD_ANCHOR_MAX_LINES; i++) {
        const v = verdicts[i]!;
        if (v.reason === 'blank') continue;
        seen++;
        const comma = v.reason === null ? v.text.indexOf(',') : -1;
        if (comma > 0 && wordCount(v.text) <= BYLINE_WITH_ROLE_MAX_WORDS && isBylineLine(v.text.slice(0, comma), vocabulary)) names.push(...bylineNames(v.text.slice(0, comma)));
      }
      // A name alone on its line under the headline, without "By" ("Karen Lau", "Lauren C. Williams",
      // "Мария Орлова"): the author's, or a kicker ("North Korea"). Its box is taken only where the
      // name stands alone again after the article.
      const firstProse = verdicts.findIndex((v) => v.reason === null && isProse(v.text));
      const bareNames: string[] = [];
      // Between the headline and the first paragraph: a name after the article is a tag or a box's.
      for (let i = headline + 1, seen = 0; headline !== -1 && i < firstProse && seen < LEAD_ANCHOR_MAX_LINES; i++) {
        const v = verdicts[i]!;
        if (v.reason === 'blank') continue;
        seen++;
        if (v.reason === null && BARE_NAME.test(v.text)) bareNames.push(v.text);
      }
      const authorLines = verdicts.map((v) => ({ text: v.text, blank: v.reason === 'blank', removed: v.reason !== null && v.reason !== 'blank' }));
      const from = firstProse === -1 ? verdicts.length : firstProse + 1;
      const box = [...authorBoxLines(authorLines, names, from), ...authorBoxLines(authorLines, bareNames, from, false)];
      for (const i of box) verdicts[i]!.reason = 'author-box';
    }

    // The lines under the headline's byline or date line, its anchor (among the
    // LEAD_ANCHOR_MAX_LINES non-blank lines under the headline), in order, read as the walk goes:
    // blank lines and further bylines or date lines passed over; none when no anchor is there.
    function* underLeadAnchor(headline: number): Generator<number> {
      let anchored = false;
      for (let k = headline + 1, seen = 0; k < verdicts.length; k++) {
        const v = verdicts[k]!;
        if (v.reason === 'blank') continue;
        if (!anchored && ++seen > LEAD_ANCHOR_MAX_LINES) return;
        if (v.reason === 'byline' || v.reason === 'dateline' || (v.reason === null && isDateLine(v.text, vocabulary))) anchored = true;
        else if (anchored) yield k;
      }
    }

    // The lead picture's caption may be a sentence ("Le président chinois Xi Jinping salue les troupes…
    // le 3 septembre 2025 à Pékin." / "afp.com/GREG BAKER"): the first sentence the rules kept under
    // the headline's byline or date line, of one sentence and a caption's length, when a credit
    // line stands right under it. Where no picture is, that line is the lead paragraph, and no
    // credit follows it. Index, or -1.
    const leadPictureCaption = (headline: number): number => {
      if (headline === -1 || !textInput) return -1;
      for (const k of underLeadAnchor(headline)) {
        const v = verdicts[k]!;
        // Shorter lines are a widget's ("Lecture en 4 min."), neither caption nor paragraph.
        if (v.reason !== null || !endsLikeSentence(v.text) || wordCount(v.text) < CAPTION_MIN_WORDS) continue;
        if (wordCount(v.text) > CAPTION_MAX_WORDS || sentenceBreaks(v.text) > 0 || reportingVerbs.test(fold(v.text))) return -1;
        let below = k + 1;
        while (below < verdicts.length && verdicts[below]!.reason === 'blank') below++;
        // A picture's credit has a credit's form (names joined by slashes, "©", "via", "Photo:"); an
        // agency's bare name under a one-sentence brief is its signature ("… a-t-il dit." / "AFP").
        const credit = verdicts[below];
        return credit?.reason === 'image-credit' && (/[/©]/.test(credit.text) || hasCreditForm(credit.text, vocabulary)) ? k : -1;
      }
      return -1;
    };

    // 2a''. A caption beside its credit line ("Wladimir Putin bei der Marineparade" / "Foto: Mikhail
    // Metzel / AP", or the credit first): the kept line right above or below a credit, short and not
    // a sentence, and its copy right under it (a picture's caption printed again as its alternative
    // text, "… - РИА Новости, 1920, 05.11.2025"). Text input.
    if (textInput) {
      const isCaptionShaped = (v: Verdict | undefined): v is Verdict =>
        v !== undefined && v.reason === null && wordCount(v.text) <= CAPTION_MAX_WORDS && !endsLikeSentence(v.text);
      // The standfirst, the first line the rules kept under the headline, may stand right above the
      // lead picture's credit with no caption between ("Маневры продлятся до 16 сентября…" / "©
      // Минобороны РФ/ТАСС"): longer than a short caption, it stays.
      const standfirst = headline === -1 ? -1 : verdicts.findIndex((v, k) => k > headline && v.reason === null);
      const leadCaption = leadPictureCaption(headline);
      for (let i = 0; i < verdicts.length; i++) {
        if (verdicts[i]!.reason !== 'image-credit') continue;
        for (const step of [-1, 1] as const) {
          const j = overBlanks(verdicts, i, step);
          const v = verdicts[j];
          if (step === -1 && v !== undefined && j === leadCaption) {
            v.reason = 'image-caption';
            continue;
          }
          // Between a picture's label (a credit label alone: "Image", "Фото") and its credit ("Image" / "Russia's president, Vladimir V.
          // Putin, during a meeting in Moscow this month." / "Credit...Sputnik, via Reuters"), one sentence is the caption.
          if (step === -1 && v !== undefined && v.reason === null && j !== standfirst && wordCount(v.text) <= CAPTION_MAX_WORDS && sentenceBreaks(v.text.replace(INITIAL, '')) === 0) {
            const label = verdicts[overBlanks(verdicts, j, -1)];
            if (label !== undefined && label.reason !== null && label.reason !== 'blank' && vocabulary.creditLabels.has(fold(label.text).replace(/[^\p{L}]/gu, ''))) {
              v.reason = 'image-caption';
              continue;
            }
          }
          if (!isCaptionShaped(v)) continue;
          // Right under the headline, nothing between, a standfirst's length is shorter ("Путин подписал
          // закон…" / "Россия при этом сохранит мораторий на ядерные испытания, пока их не проведут США" /
          // "Фото: РИА Новости/…"); a caption there is a few words ("Танки на полигоне Борисовский").
          const minWords = overBlanks(verdicts, headline, 1) === j ? STANDFIRST_UNDER_HEADLINE_MIN_WORDS : CAPTION_UNDER_CREDIT_MAX_WORDS + 1;
          if (j === standfirst && wordCount(v.text) >= minWords) continue;
          const copy = verdicts[overBlanks(verdicts, j, 1)];
          const printedTwice = copy !== undefined && copy.reason === null && isTitleCopy(copy.text, v.text);
          // Under a credit, a standfirst without a final stop may stand too: it is longer, and never printed twice.
          if (step === 1 && !printedTwice && wordCount(v.text) > CAPTION_UNDER_CREDIT_MAX_WORDS) continue;
          v.reason = 'image-caption';
          if (printedTwice) copy.reason = 'image-caption';
        }
      }
    }

    // 2b. The section label under the headline: the first line the other rules kept (text input:
    // in a page, the extractor already kept only the article's blocks), and the capitalised labels
    // stacked under it up to the date line ("Briefing Room" / "Statements and Releases" / "November
    // 16, 2024"). Not further down: short lines there are the article's own list or subheadings.
    const underHeadline = headline === -1 ? -1 : verdicts.findIndex((v, i) => i > headline && v.reason === null);
    if (underHeadline !== -1 && doc.raw.format === 'text') {
      const isLabel = (text: string): boolean => wordCount(text) <= KICKER_MAX_WORDS && !endsLikeSentence(text) && !/\d/.test(text);
      const v = verdicts[underHeadline]!;
      if (isLabel(v.text)) {
        v.reason = 'section';
        // More labels only when the page's date or byline line closes them: above an article's own
        // list ("Key figures" / "Warheads deployed" / "Launchers") stands no date line.
        const stacked: number[] = [];
        for (let i = underHeadline + 1; i < verdicts.length && i - underHeadline <= SECTION_LABELS_MAX_LINES + 1; i++) {
          const next = verdicts[i]!;
          if (next.reason === 'blank') continue;
          const anchor = next.reason === 'dateline' || next.reason === 'byline' || (next.reason === null && isDateLine(next.text, vocabulary));
          if (anchor) {
            for (const j of stacked) verdicts[j]!.reason = 'section';
            break;
          }
          if (next.reason !== null || !isLabel(next.text) || !SECTION_NAME_START.test(next.text) || stacked.length >= SECTION_LABELS_MAX_LINES) break;
          stacked.push(i);
        }
      }
    }

    // 2b'. Widget labels between the headline's byline or date line and the first paragraph
    // ("Abonnés", "FOLLOW", "Senior News Reporter", "Suivre"): short lines, no sentence, no number.
    // The article has not begun there (its subheadings and lists come after a paragraph), and the
    // date lines, with their numbers, stay for the dates stage.
    if (textInput && headline !== -1) {
      for (const k of underLeadAnchor(headline)) {
        const v = verdicts[k]!;
        if (v.reason !== null) continue;
        // Any other line the rules kept ends the labels: a live page's clock time and the heading of
        // its first entry ("08.40 BST" / "Seoul's reaction") are the page's content.
        // A pointer ending on its colon is a label too ("Follow all the updates here:"): no paragraph
        // has begun for it to introduce.
        if (wordCount(v.text) > LEAD_LABEL_MAX_WORDS || (endsLikeSentence(v.text) && !v.text.endsWith(':')) || /\d/.test(v.text)) break;
        v.reason = 'label';
      }
    }

    // 2b''. A short line printed twice or more ("Share full article", "Asia Pacific", "Sky News",
    // "SKIP ADVERTISEMENT"): a page prints its widgets and menus in its header, between paragraphs
    // and in its footer; an article does not repeat a label of its own. Text input: short lines, no
    // sentence; one of the copies may already be known furniture.
    if (textInput) {
      const seen = new Map<string, number[]>();
      verdicts.forEach((v, i) => {
        if (v.reason === 'blank' || v.reason === 'headline' || wordCount(v.text) > SITE_NAME_MAX_WORDS || endsLikeSentence(v.text)) return;
        const key = wordKey(v.text);
        if (key === '') return;
        const at = seen.get(key);
        if (at) at.push(i);
        else seen.set(key, [i]);
      });
      for (const at of seen.values()) {
        if (at.length < 2) continue;
        for (const i of at) if (verdicts[i]!.reason === null) verdicts[i]!.reason = 'repeated';
      }
    }

    // 2c'. A reader's comment: the words between a commenter's stamp ("18 novembre 2023 à 12 h 31
    // min", "Сегодня, 10:14", "2 hours ago", "Jean-Marc dit : 30 août 2024 à 10 h 12 min") and the
    // comment's reply button. No article line stands between a time and a "Reply"; a live entry
    // under its time is followed by the next entry. Only below a paragraph of the article: the
    // page's own date line over a one-paragraph story and a "Comments" link under it look the same.
    const firstParagraph = verdicts.findIndex((v, i) => i > headline && v.reason === null && isProse(v.text));
    if (textInput && headline !== -1 && firstParagraph !== -1) {
      for (let i = firstParagraph + 2; i < verdicts.length; i++) {
        const v = verdicts[i]!;
        if (v.reason !== null || wordCount(v.text) > COMMENT_MAX_WORDS) continue;
        const before = overBlanks(verdicts, i, -1);
        const after = overBlanks(verdicts, i, 1);
        const button = verdicts[after];
        if (before <= firstParagraph || button?.reason !== 'comment-form' || !isReplyButton(button.text)) continue;
        const stamp = verdicts[before]!.text;
        const dated = STAMP_YEAR.test(stamp) && wordCount(stamp) <= COMMENT_STAMP_MAX_WORDS && !endsLikeSentence(stamp);
        if (!dated && !isDateLine(stamp, vocabulary) && !CLOCK_IN_LINE.test(stamp) && !isRelativeStamp(stamp)) continue;
        v.reason = 'comment';
        if (verdicts[before]!.reason === null) verdicts[before]!.reason = 'comment';
        // The commenter's name over the stamp: a name or a handle, not a sentence.
        const name = overBlanks(verdicts, before, -1);
        const n = name === -1 ? undefined : verdicts[name];
        if (n !== undefined && n.reason === null && wordCount(n.text) <= COMMENTER_MAX_WORDS && !endsLikeSentence(n.text)) n.reason = 'comment';
      }
    }

    // 2c. A channel's signature: after the last paragraph of a post, a short line opening with an
    // emoji ("🔹 Минобороны России"). Higher up, emoji open the post's own items.
    if (doc.raw.format === 'text') {
      for (let i = verdicts.length - 1; i >= 0; i--) {
        const v = verdicts[i]!;
        if (v.reason !== null) continue;
        if (isProse(v.text)) break;
        if (wordCount(v.text) <= SIGNATURE_MAX_WORDS && !endsLikeSentence(v.text) && DECORATED.test(v.text)) v.reason = 'footer';
      }
    }

    // 2d. A tag list with no heading: in scraped text, after the article's last paragraph, a run
    // of short unpunctuated lines ("США", "Россия", "Владимир Путин", "Ядерное оружие").
    if (textInput) {
      markFinePrint(verdicts, headline);
      const lastProse = lastProseLine(verdicts);
      if (lastProse !== -1) {
        markRuns(verdicts, lastProse + 1, isTag, TAG_RUN_MIN_LINES, 'tags');
        // 2d'. Other stories' headlines listed after the last paragraph under a heading no lexicon
        // knows ("Trending Now", "La rédaction vous conseille"): TEASER_TAIL_MIN_LINES headline-shaped
        // lines or more in a row, furniture between them allowed. The article ends on a paragraph.
        markRuns(verdicts, lastProse + 1, isHeadlineShaped, TEASER_TAIL_MIN_LINES, 'teaser');
      }
    }

    // 2e''. A video under its label, after the headline: the video's title (headline-shaped) and
    // its one-sentence description ("Video" / "Trump vows to hold talks with Russia, China" /
    // "President Trump discusses his plans during an Oval Office event."). A paragraph is never a
    // title, and a lead paragraph is longer than a description. Text input: in a page, the
    // extractor saw the player's markup.
    const next = (from: number): number => {
      let j = from + 1;
      while (j < verdicts.length && verdicts[j]!.reason === 'blank') j++;
      return j;
    };
    for (let i = headline + 1; textInput && headline !== -1 && i < verdicts.length; i++) {
      let title: number;
      if (verdicts[i]!.reason === 'video-label') {
        title = next(i);
        const t = verdicts[title];
        if (t === undefined || t.reason !== null || !isHeadlineShaped(t.text)) continue;
        t.reason = 'video';
      } else if (verdicts[i]!.reason === null && isVideoKicker(verdicts[i]!.text)) {
        // The label as the title's kicker: "VIDÉO - Vladimir Poutine s'exprime au club Valdaï".
        title = i;
        verdicts[i]!.reason = 'video';
      } else continue;
      const d = verdicts[next(title)];
      if (d !== undefined && d.reason === null && wordCount(d.text) <= VIDEO_DESCRIPTION_MAX_WORDS && sentenceBreaks(d.text) === 0) d.reason = 'video';
    }

    // 2e. A caption under its label: the next line, if it is short enough for a caption.
    for (let i = 0; i < verdicts.length; i++) {
      if (!verdicts[i]!.captionLabel) continue;
      let j = i + 1;
      while (j < verdicts.length && verdicts[j]!.reason === 'blank') j++;
      const v = verdicts[j];
      if (v !== undefined && v.reason === null && wordCount(v.text) <= CAPTION_MAX_WORDS) v.reason = 'image-caption';
    }

    // 2e'. A news feed: a headline under a clock time ("15:40" / "В Подмосковье выпал первый снег").
    // Not a live page's entries: they are sentences, and this takes only headline-shaped lines.
    if (textInput) {
      for (let i = 1; i < verdicts.length; i++) {
        const v = verdicts[i]!;
        if (v.reason !== null || endsLikeSentence(v.text) || wordCount(v.text) > TEASER_MAX_WORDS) continue;
        let j = i - 1;
        while (j >= 0 && verdicts[j]!.reason === 'blank') j--;
        if (j < 0 || !CLOCK_LINE.test(lines[j]!)) continue;
        v.reason = 'feed';
        // An audio or video box between paragraphs: the show's name over the episode's length ("The
        // Current" / "24:30" / the episode's title), under a paragraph of the article. A live page's
        // entry stamp stands under the last entry's paragraph or its share button, not under a name.
        let k = j - 1;
        while (k >= 0 && verdicts[k]!.reason === 'blank') k--;
        const label = verdicts[k];
        if (label === undefined || label.reason !== null || wordCount(label.text) > PLAYER_NAME_MAX_WORDS || endsLikeSentence(label.text) || /\d/.test(label.text)) continue;
        let p = k - 1;
        while (p >= 0 && verdicts[p]!.reason === 'blank') p--;
        if (p < 0 || verdicts[p]!.reason !== null || !isProse(verdicts[p]!.text)) continue;
        label.reason = 'audio-player';
        // The box's one-line description under the episode's title, as under a video's label.
        let d = i + 1;
        while (d < verdicts.length && verdicts[d]!.reason === 'blank') d++;
        const description = verdicts[d];
        if (description !== undefined && description.reason === null && wordCount(description.text) <= VIDEO_DESCRIPTION_MAX_WORDS && sentenceBreaks(description.text) === 0) description.reason = 'audio-player';
      }
    }

    // 2f'. A newsletter's blurb right above its sign-up button: one sentence saying where the mail
    // arrives ("The latest news from RFE/RL's newsroom, delivered in one email every weekday." /
    // "Sign up"; "… jeden Werktag im Postfach." / "Anmelden"). An article's sentence names no inbox
    // with a button under it. Text input; before the box rule, which then takes the box's name.
    if (textInput) {
      for (let i = 0; i < verdicts.length; i++) {
        const v = verdicts[i]!;
        if (v.reason !== null) continue;
        // The button first: it is the rare part, and folding every short line is not free.
        let j = i + 1;
        while (j < verdicts.length && verdicts[j]!.reason === 'blank') j++;
        const button = verdicts[j];
        if (button === undefined || button.reason === null) continue;
        if (button.reason !== 'newsletter' && (wordCount(button.text) > SIGN_UP_MAX_WORDS || !vocabulary.newsletterSubscribe.test(fold(button.text)))) continue;
        if (wordCount(v.text) <= BOX_LINE_MAX_WORDS && sentenceBreaks(v.text) === 0 && vocabulary.newsletterInbox.test(fold(v.text))) v.reason = 'newsletter';
      }
    }

    // 2f. Inside a widget's box: a short line (not a paragraph) between two lines of the same
    // newsletter, share, comment or consent box ("Newsletter Monde" / "Chaque jeudi, un tour du monde
    // de l'actualité en 5 minutes." / "S'inscrire") is the box's own text. Text input.
    if (textInput) {
      for (let i = 1; i < verdicts.length - 1; i++) {
        const above = verdicts[overBlanks(verdicts, i, -1)]?.reason;
        if (verdicts[i]!.reason !== null || above === undefined || above === null || !BOX_REASONS.has(above)) continue;
        // The run of kept lines from here, each short of a paragraph's length, up to the next furniture line.
        const run: number[] = [];
        let j = i;
        for (; j < verdicts.length && run.length <= BOX_RUN_MAX_LINES; j++) {
          const w = verdicts[j]!;
          if (w.reason === 'blank') continue;
          if (w.reason !== null || wordCount(w.text) > BOX_LINE_MAX_WORDS || isProse(w.text)) break;
          run.push(j);
        }
        // The box closes on its own kind of line, or on its legal small print ("En vous inscrivant, vous acceptez…").
        const below = verdicts[j]?.reason;
        if (run.length > 0 && run.length <= BOX_RUN_MAX_LINES && (below === above || below === 'footer')) for (const r of run) verdicts[r]!.reason = above;
      }
    }

    // 2g. Between two widgets: up to SANDWICH_MAX_LINES short lines that are not sentences, with a
    // widget's line right above and right below ("Gift this article" / "Have a confidential tip?
    // Get in touch" / "Before it's here, it's on the Bloomberg Terminal" / "LEARN MORE"), are the
    // widgets' own text. Text input; the article's sentences, and its subheadings under a paragraph,
    // have no widget on both sides.
    if (textInput) {
      const isWidget = (v: Verdict | undefined): boolean => v !== undefined && v.reason !== null && WIDGET_REASONS.has(v.reason);
      for (let i = 0; i < verdicts.length; i++) {
        if (!isWidget(verdicts[i])) continue;
        const run: number[] = [];
        let j = i + 1;
        for (; j < verdicts.length && run.length <= SANDWICH_MAX_LINES; j++) {
          const w = verdicts[j]!;
          if (w.reason === 'blank') continue;
          if (w.reason !== null || wordCount(w.text) > SANDWICH_LINE_MAX_WORDS || endsLikeSentence(w.text)) break;
          // A date line stays for the dates stage, wherever it stands.
          if (isDateLine(w.text, vocabulary)) break;
          run.push(j);
        }
        if (run.length > 0 && run.length <= SANDWICH_MAX_LINES && isWidget(verdicts[j])) for (const r of run) verdicts[r]!.reason = 'widget';
      }
    }

    // 3. Lists of links: the items right under a "More on this story" or "Read more:" heading, up
    // to a blank line, the headline or a line that is not an item. Lines other rules removed inside
    // the list (a tag "Politics" that is also a section name, a "Published" date) do not end it.
    // A text that sets a blank line between all its lines says nothing by one: there only the
    // other ends end a list.
    const blanks = verdicts.filter((v) => v.reason === 'blank').length;
    const blankSeparated = blanks >= (verdicts.length - blanks) * BLANK_SEPARATED_SHARE;
    for (let i = 0; i < verdicts.length; i++) {
      if (!verdicts[i]!.listHeading) continue;
      for (let j = i + 1; j < verdicts.length; j++) {
        const v = verdicts[j]!;
        if (v.reason === 'blank' && blankSeparated) continue;
        if (v.reason === 'blank' || v.reason === 'headline') break;
        if (v.reason !== null) continue;
        // In a ranked list ("1", headline, "2", headline…) the rank vouches for the item, whatever
        // its punctuation ("The EU wants to spend €800B on defense. Here's where…").
        const ranked = RANK_LINE.test(lines[j - 1] ?? '') && wordCount(v.text) <= TEASER_MAX_WORDS;
        if (!ranked && !isListItem(v.text)) break;
        v.reason = verdicts[i]!.reason;
      }
    }

    // 3a. A "what you need to know" box: its heading, then its `Label: text` items.
    for (let i = 0; i < verdicts.length; i++) {
      if (verdicts[i]!.reason !== 'sidebar-box') continue;
      for (let j = i + 1; j < verdicts.length; j++) {
        const v = verdicts[j]!;
        if (v.reason === 'blank') continue;
        if (v.reason === null && !isLabelled(v.text)) break;
        if (v.reason === null) v.reason = 'sidebar';
      }
    }

    // 3d. Teasers cut at a fixed length, two or more in a row under a widget's line (a list's
    // heading, its carousel buttons): a post's paragraphs may trail off on dots too, but no widget
    // stands over them.
    for (let i = 0; textInput && i < verdicts.length; i++) {
      const v = verdicts[i]!;
      if (v.reason === null || v.reason === 'blank' || v.reason === 'headline') continue;
      const run: number[] = [];
      let j = i + 1;
      for (; j < verdicts.length; j++) {
        const w = verdicts[j]!;
        if (w.reason === 'blank') continue;
        if (w.reason !== null && run.length === 0) break;
        if (w.reason !== null) continue;
        if (!isTruncatedTeaser(w.text)) break;
        run.push(j);
      }
      if (run.length >= TRUNCATED_RUN_MIN_LINES) for (const r of run) verdicts[r]!.reason = 'teaser';
    }

    // 3c'. The site speaking of itself under the article ("Mediapart est un journal indépendant, il
    // ne reçoit aucune subvention ni publicité.", "We are facing unprecedented challenges. … has
    // designated The Moscow Times as …", "Soutenez Mediapart"): past the article's last paragraph
    // and a box or list that opens the page's own sections, the lines that name the site's
    // masthead (the first header line above the headline), and report no one's words (an article
    // ending "…, he told The Moscow Times." reports). Read from the end, up to the last paragraph
    // that does not name the site. Text input, before the tail rule, which then finds the
    // article's real last paragraph.
    const masthead = headline === -1 ? undefined : verdicts.slice(0, headline).find((v) => v.reason === 'site-name');
    const name = masthead && masthead.text.length >= MASTHEAD_MIN_CHARS ? fold(masthead.text) : null;
    const namesSite = (text: string): boolean => {
      const folded = fold(text);
      const at = name === null ? -1 : folded.indexOf(name);
      return at !== -1 && !/[\p{L}\p{N}]/u.test(folded.charAt(at - 1)) && !/[\p{L}\p{N}]/u.test(folded.charAt(at + name!.length));
    };

    // 3c''. A site's appeal over its donation or subscription button ("Мы работаем только благодаря
    // читателям" / "Каждый день мы рассказываем…, без цензуры. Помогите нам…" / "Поддержать"; "Le
    // Devoir est indépendant" / "… Notre journalisme existe grâce à vous." / "Faites un don"): up to
    // BOX_RUN_MAX_LINES kept lines right above the button, each quoting and reporting no one and
    // naming the site or speaking as the newsroom to its reader ("we", "our", "you", "nous",
    // "вы"). One of them is the box's title (a short line, no sentence) or names the site: an
    // article's last paragraphs ("We assess that…", a think tank's) have neither over a button.
    if (textInput && headline !== -1) {
      const firstProse = verdicts.findIndex((v, k) => k > headline && v.reason === null && isProse(v.text));
      for (let i = Math.max(firstProse, headline) + 1; firstProse !== -1 && i < verdicts.length; i++) {
        const button = verdicts[i]!;
        if ((button.reason !== 'newsletter' && button.reason !== 'promotion') || wordCount(button.text) > APPEAL_BUTTON_MAX_WORDS || endsLikeSentence(button.text)) continue;
        const run: number[] = [];
        let titled = false;
        let addressed = false;
        let j = i - 1;
        for (; j > firstProse && run.length < BOX_RUN_MAX_LINES; j--) {
          const v = verdicts[j]!;
          if (v.reason === 'blank') continue;
          if (v.reason !== null || quotesSomeone(v.text) || reportingVerbs.test(fold(v.text))) break;
          const folded = fold(v.text);
          const you = vocabulary.newsletterYou.test(folded);
          // A line speaking to the reader may run longer: an appeal's letter, never a news paragraph.
          if (wordCount(v.text) > (you ? APPEAL_LETTER_MAX_WORDS : APPEAL_LINE_MAX_WORDS)) break;
          const site = namesSite(v.text);
          if (!site && !you && !vocabulary.newsletterReader.test(folded)) break;
          run.push(j);
          if (you) addressed = true;
          if (site || (wordCount(v.text) <= BOX_LABEL_MAX_WORDS + 1 && !endsLikeSentence(v.text))) titled = true;
        }
        // Or the box stands between the page's widgets (an error prompt, a topic row above it) and
        // speaks to its reader ("Нам нужна ваша помощь…", "…readers like you"): no article line does both.
        while (j > firstProse && verdicts[j]!.reason === 'blank') j--;
        const boxed = run.length > 0 && j > firstProse && verdicts[j]!.reason !== null;
        if (titled || (boxed && addressed)) for (const r of run) verdicts[r]!.reason = 'promotion';
        else if (run.length === 0 && j > firstProse) {
          // One blurb between a box's title asking to join or subscribe to the site and its button
          // ("Join the U.S. Naval Institute" / "Members receive Proceedings…" / "Become a Member"). A
          // pointer naming the site ("More from The Herald") asks for nothing.
          const blurb = verdicts[j]!;
          let t = j - 1;
          while (t > firstProse && verdicts[t]!.reason === 'blank') t--;
          const title = verdicts[t]!;
          if (blurb.reason === null && wordCount(blurb.text) <= APPEAL_LINE_MAX_WORDS && sentenceBreaks(blurb.text) === 0 && !quotesSomeone(blurb.text) && !reportingVerbs.test(fold(blurb.text)) && t > firstProse && title.reason !== 'blank' && !endsLikeSentence(title.text) && namesSite(title.text) && wordCount(title.text) <= BOX_TITLE_MAX_WORDS && vocabulary.newsletterSubscribe.test(fold(title.text))) {
            blurb.reason = 'promotion';
            if (title.reason === null) title.reason = 'promotion';
          }
        }
      }
    }

    if (textInput && headline !== -1) {
      const promos: number[] = [];
      let opened = false;
      for (let i = verdicts.length - 1; name !== null && i > headline; i--) {
        const v = verdicts[i]!;
        if (v.reason === 'blank') continue;
        if (v.reason !== null) {
          if (promos.length > 0 && (TAIL_OPENERS.has(v.reason) || v.listHeading)) opened = true;
          continue;
        }
        if (namesSite(v.text) && !reportingVerbs.test(fold(v.text))) {
          promos.push(i);
          opened = false;
          continue;
        }
        if (isProse(v.text)) break;
      }
      // The box or list must stand between the article's last paragraph and the site's first line.
      if (opened) for (const i of promos) verdicts[i]!.reason = 'promotion';
    }

    // 3c. The page's tail: past the article's last paragraph and a line that opens the page's own
    // sections (a list's heading, a comment form, a newsletter box, share buttons, a menu item, the
    // footer's legal lines), the lines left that are not sentences are the page's: links to other
    // stories under headings no lexicon knows, menus, names. A sentence stays (an article may end
    // on short paragraphs after a box), and so does an unpunctuated line of a paragraph's length.
    if (textInput) {
      markFinePrint(verdicts, headline);
      const lastProse = lastProseLine(verdicts);
      let tail = false;
      for (let i = lastProse + 1; lastProse !== -1 && i < verdicts.length; i++) {
        const v = verdicts[i]!;
        if (v.reason === 'blank') continue;
        if (v.reason !== null) {
          if (TAIL_OPENERS.has(v.reason) || v.listHeading) tail = true;
          continue;
        }
        if (!tail) continue;
        // A widget's label opening its box ("Gutscheine:", "Partners:"): a colon ends no sentence there.
        if (/:$/.test(v.text) && wordCount(v.text) <= KICKER_MAX_WORDS) {
          v.reason = 'tail';
          continue;
        }
        if (endsLikeSentence(v.text)) continue;
        const n = wordCount(v.text);
        if (n < PROSE_MIN_WORDS || (n <= TEASER_MAX_WORDS && sentenceBreaks(v.text) === 0)) v.reason = 'tail';
      }
    }

    // 3b. Teasers: headline-shaped lines standing between two prose paragraphs. Text input only:
    // in a page, the extractor saw the markup (a teaser is a link, a subheading an h2) and has
    // already judged such lines; here they would be the article's own subheadings.
    const kept = verdicts.map((v, i) => (v.reason === null ? i : -1)).filter((i) => i !== -1);
    // A paragraph comes next, maybe under a subheading of the article (shorter than a teaser).
    const proseFollows = (k: number): boolean => {
      const next = verdicts[kept[k]!];
      if (next === undefined) return false;
      if (isProse(next.text)) return true;
      const after = verdicts[kept[k + 1]!];
      return wordCount(next.text) < TEASER_MIN_WORDS && !endsLikeSentence(next.text) && after !== undefined && isProse(after.text);
    };
    // A teaser is headline-shaped: one sentence, or two with no final stop ("Jeux vidéo : la Switch 2
    // arrivera-t-elle avant Noël ? Les rumeurs s'emballent"), no paragraph's full stop at its end.
    const isTeaserShaped = (text: string): boolean => {
      const n = wordCount(text);
      if (n < TEASER_MIN_WORDS || n > TEASER_MAX_WORDS) return false;
      if (endsLikeSentence(text) || sentenceBreaks(text) > 1 || !startsLikeHeadline(text)) return false;
      // A post's own items open with an emoji ("🔸 За його словами, …") or a list mark ("— Путин
      // заявил, что …", "1) …") and often lack a full stop.
      // A post's paragraph may close on an emoji instead of a stop ("… сопровождали истребители иностранных государств 😉"); a teaser never does.
      // Nor does one close on a sentence and its source in brackets ("… the ministry said. (Yonhap)").
      return !DECORATED.test(text) && !LIST_MARK.test(text) && !DECORATED_END.test(text) && !endsOnBracketedSource(text);
    };
    // Under a pointer that names a topic, not a story ("Read more about the war in Ukraine", no
    // colon, no story after it): up to TEASER_RUN_MAX_LINES teaser-shaped lines are its links.
    for (let i = 0; textInput && i < verdicts.length; i++) {
      const v = verdicts[i]!;
      if (v.reason !== 'read-also' || v.listHeading || v.text.includes(':') || endsLikeSentence(v.text) || wordCount(v.text) > POINTER_HEADING_MAX_WORDS) continue;
      for (let j = i + 1, taken = 0; j < verdicts.length && taken < TEASER_RUN_MAX_LINES; j++) {
        const w = verdicts[j]!;
        if (w.reason === 'blank') continue;
        if (w.reason !== null || !isTeaserShaped(w.text)) break;
        w.reason = 'read-also';
        taken++;
      }
    }

    // Up to TEASER_RUN_MAX_LINES of them in a row between two paragraphs.
    // A short label may head them ("Важно", "Read this next"): it goes with them.
    const isTeaserLabel = (text: string): boolean => wordCount(text) <= KICKER_MAX_WORDS && !endsLikeSentence(text) && !/\d/.test(text);
    for (let k = 1; doc.raw.format === 'text' && k < kept.length - 1; k++) {
      const labelled = k >= 2 && isTeaserLabel(verdicts[kept[k - 1]!]!.text) && isProse(verdicts[kept[k - 2]!]!.text);
      if (!isProse(verdicts[kept[k - 1]!]!.text) && !labelled) continue;
      let end = k;
      while (end < kept.length && end - k < TEASER_RUN_MAX_LINES && isTeaserShaped(verdicts[kept[end]!]!.text)) end++;
      if (end === k || !proseFollows(end)) continue;
      for (let r = labelled && !isProse(verdicts[kept[k - 1]!]!.text) ? k - 1 : k; r < end; r++) verdicts[kept[r]!]!.reason = 'teaser';
      k = end;
    }

    const body: string[] = [];
    const removed: Removal[] = [];
    verdicts.forEach((v, i) => {
      if (v.reason === null) body.push(v.text);
      else if (v.reason !== 'blank' && v.reason !== 'headline') removed.push({ text: lines[i]!, reason: v.reason });
    });
    let text = body.join('\n\n');
    // A post whose one statement was taken for its headline ("⚡️Медведев: если США …, мы вправе …"
    // over its views counter): with nothing else left, that line is the text, and the post has no
    // headline. A metadata title is the caller's word and stays.
    if (text === '' && headline !== -1 && !metaTitle) {
      text = lines[headline]!;
      title = null;
    }
    let out: Doc = { ...doc, id: idOf(title, text), title, text, removed };
    if (text === '') out = withMessage(out, 'warning', STAGE, 'no article text left after cleaning');
    else if (title === null && wordCount(text) >= HEADLINE_MIN_WORDS) out = withMessage(out, 'info', STAGE, 'no headline found');
    return out;
  };
}

export type { FurnitureEntry } from './furniture.ts';
export { loadFurniture, parseFurniture } from './furniture.ts';

/**
 * The fine print under the page's last copyright notice ("Data is a real-time snapshot *Data is
 * delayed at least 15 minutes.") is the footer's: short lines, none a paragraph of news. Only when
 * the notice sits in the footer, the line above it furniture too, not the article's.
 */
function markFinePrint(verdicts: Verdict[], headline: number): void {
  let notice = -1;
  for (let i = verdicts.length - 1; i > headline && notice === -1; i--) {
    const v = verdicts[i]!;
    if (v.reason === 'footer' && (v.text.includes('©') || /\bcopyright\b/i.test(v.text))) notice = i;
  }
  let above = notice - 1;
  while (above > headline && verdicts[above]!.reason === 'blank') above--;
  const inFooter = notice !== -1 && above > headline && verdicts[above]!.reason !== null;
  const finePrint = inFooter ? verdicts.slice(notice + 1).filter((v) => v.reason === null) : [];
  if (finePrint.length > 0 && finePrint.every((v) => wordCount(v.text) <= FINE_PRINT_MAX_WORDS)) for (const v of finePrint) v.reason = 'footer';
}

/** The index of the last kept line that reads as prose, or -1. */
/**
 * The index of the first line that is not blank going from `from` (not included) in `step`'s
 * direction: -1 or `verdicts.length` when there is none.
 */
function overBlanks(verdicts: readonly Verdict[], from: number, step: 1 | -1): number {
  let j = from + step;
  while (j >= 0 && j < verdicts.length && verdicts[j]!.reason === 'blank') j += step;
  return j;
}

function lastProseLine(verdicts: readonly Verdict[]): number {
  for (let i = verdicts.length - 1; i >= 0; i--) {
    if (verdicts[i]!.reason === null && isProse(verdicts[i]!.text)) return i;
  }
  return -1;
}

/**
 * From `from` to the end, runs of at least `min` kept lines that `fits`, each
 * line of a run given `reason`. Furniture other rules removed stands among a
 * footer's links ("Mentions légales", "© …"): it neither ends a run nor counts
 * in it; any other kept line ends one.
 */
function markRuns(verdicts: Verdict[], from: number, fits: (text: string) => boolean, min: number, reason: string): void {
  let run: number[] = [];
  for (let i = from; i <= verdicts.length; i++) {
    const v = verdicts[i];
    if (v !== undefined && v.reason !== null) continue;
    if (v !== undefined && fits(v.text)) {
      run.push(i);
      continue;
    }
    if (run.length >= min) for (const r of run) verdicts[r]!.reason = reason;
    run = [];
  }
}
