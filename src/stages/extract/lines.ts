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
 * Phrases are generic publishing vocabulary in the languages Brink reads,
 * matched on the whole line (case- and accent-insensitively), never inside
 * a sentence.
 */
import type { Block } from './blocks.ts';

/** Lines that are only a widget or section label. Compared after `labelKey`. */
const UI_LABELS: readonly string[] = [
  // English
  'advertisement',
  'advert',
  'ad',
  'ads',
  'sponsored',
  'sponsored content',
  'caption',
  'close',
  'hide caption',
  'toggle caption',
  'enlarge this image',
  'image',
  'photo',
  'video',
  'text size',
  'share',
  'share this',
  'share this article',
  'share this story',
  'share on facebook',
  'share on twitter',
  'share this on whatsapp',
  'tweet',
  'email',
  'print',
  'print this article',
  'comments',
  'comment',
  'leave a comment',
  'leave a reply',
  'post a comment',
  'show comments',
  'view comments',
  'tell us what you think',
  'topics',
  'tags',
  'filed under',
  'related',
  'read more',
  'show more',
  'load more',
  'continue reading',
  'click to expand',
  'skip to content',
  'scroll back to top',
  'back to top',
  'subscribe',
  'sign up',
  'log in',
  'like this story share it with a friend',
  'about the author',
  'follow us',
  'author',
  'publish date',
  'dont miss',
  'don t miss',
  'explore further',
  'read later',
  'save for later',
  'view gallery',
  'view all',
  'show all',
  // French
  'publicite',
  'partager',
  'partager sur facebook',
  'partager sur twitter',
  'imprimer',
  'commentaires',
  'commenter',
  'reagir',
  'lire la suite',
  'lire plus',
  'voir plus',
  'fermer',
  "s'abonner",
  'abonnez vous',
  // German
  'anzeige',
  'werbung',
  'teilen',
  'drucken',
  'kommentare',
  'weiterlesen',
  'mehr lesen',
  'schliessen',
  // Spanish / Portuguese / Italian
  'publicidad',
  'publicidade',
  'pubblicita',
  'compartir',
  'compartilhar',
  'condividi',
  'comentarios',
  'comentarios',
  'leer mas',
  'leia mais',
  'cerrar',
  'fechar',
  // Russian / Ukrainian
  'реклама',
  'поделиться',
  'комментарии',
  'коментарі',
  'читать далее',
  'читати далі',
  'закрыть',
  'закрити',
  'поділитися',
  // Malay / Indonesian (advertisement label common on regional sites)
  'iklan',
];

/** Slide and gallery counters ("Image 2 of 5", "1 / 12", "View all (23)"). */
const COUNTER = /^((image|photo|picture|slide|foto|bild|фото)s? )?\d+ (of|sur|von|de|из|з) \d+$|^(view|show|see) all \d+$/;

/** Lines starting with these (then a colon or the line's end) are reading-time or UI notes. */
const UI_PREFIXES = /^(filed under|reading time|read time|temps de lecture|tempo de leitura|tiempo de lectura|lesezeit|время чтения|час читання|text size|font size)\b/;

/**
 * Titles of what follows an article: related links, reader comments, more
 * from the site. When one stands alone on a line after most of the article
 * text, the article has ended.
 */
const END_MARKERS = new RegExp(
  '^(' +
    [
      // English
      'related( articles| stories| posts| news| content| coverage| reading| links| videos| topics)?',
      'more (stories|articles|news|from|on this|great|in|like this)\\b.*',
      'you (may|might) (also )?(like|enjoy|be interested in)\\b.*',
      'recommended( for you| stories| articles| reading)?',
      'read (more|next|also)( about this)?',
      'also read',
      'see also',
      'trending( now| stories)?',
      'popular( now| stories| on\\b.*)?',
      'most (read|popular|viewed|shared)',
      'top stories',
      'latest (news|stories|articles)',
      'comments?( \\(\\d+\\))?',
      '\\d+ comments?',
      'leave a (comment|reply)',
      'join the (conversation|discussion)',
      'what do you think',
      'tell us what you think',
      // French
      'a lire (aussi|egalement)',
      'lire aussi',
      'voir aussi',
      'sur le meme (sujet|theme)',
      'articles? (lies|similaires|connexes)',
      'dans la meme rubrique',
      'les plus lus',
      'commentaires?',
      'vous aimerez aussi',
      'a voir aussi',
      // German
      'mehr zum thema',
      'das konnte sie auch interessieren',
      'auch interessant',
      'weitere artikel',
      'verwandte artikel',
      'meistgelesen',
      'kommentare',
      // Spanish / Portuguese / Italian
      'noticias relacionadas',
      'te puede interesar',
      'tambien te puede interesar',
      'mas noticias',
      'lee tambien',
      'voce pode gostar',
      'leia tambem',
      'veja tambem',
      'noticias relacionadas',
      'articoli correlati',
      'potrebbe interessarti',
      // Russian / Ukrainian
      'читайте также',
      'смотрите также',
      'похожие (новости|статьи|материалы)',
      'другие (новости|материалы)',
      'комментарии',
      'читайте також',
      'дивіться також',
      'схожі (новини|статті)',
      'коментарі',
    ].join('|') +
    ')\\s*[:.…]*$',
);

/** Month and weekday names, and the words date lines wrap them in, in the languages Brink reads. */
const DATE_WORD = new RegExp(
  '^(' +
    [
      'jan(uary)?',
      'feb(ruary)?',
      'mar(ch)?',
      'apr(il)?',
      'may',
      'june?',
      'july?',
      'aug(ust)?',
      'sept?(ember)?',
      'oct(ober)?',
      'nov(ember)?',
      'dec(ember)?',
      'mon(day)?',
      'tue(s|sday)?',
      'wed(nesday)?',
      'thu(rs|rsday)?',
      'fri(day)?',
      'sat(urday)?',
      'sun(day)?',
      'janvier',
      'fevrier',
      'mars',
      'avril',
      'mai',
      'juin',
      'juillet',
      'aout',
      'septembre',
      'octobre',
      'novembre',
      'decembre',
      'lundi',
      'mardi',
      'mercredi',
      'jeudi',
      'vendredi',
      'samedi',
      'dimanche',
      'januar',
      'februar',
      'marz',
      'juni',
      'juli',
      'oktober',
      'dezember',
      'montag',
      'dienstag',
      'mittwoch',
      'donnerstag',
      'freitag',
      'samstag',
      'sonntag',
      'enero',
      'febrero',
      'marzo',
      'abril',
      'mayo',
      'junio',
      'julio',
      'agosto',
      'septiembre',
      'setembro',
      'octubre',
      'outubro',
      'noviembre',
      'novembro',
      'diciembre',
      'dezembro',
      'janeiro',
      'fevereiro',
      'marco',
      'maio',
      'junho',
      'julho',
      'segunda',
      'terca',
      'quarta',
      'quinta',
      'sexta',
      'feira',
      'sabado',
      'domingo',
      'lunes',
      'martes',
      'miercoles',
      'jueves',
      'viernes',
      'января',
      'февраля',
      'марта',
      'апреля',
      'мая',
      'июня',
      'июля',
      'августа',
      'сентября',
      'октября',
      'ноября',
      'декабря',
      'січня',
      'лютого',
      'березня',
      'квітня',
      'травня',
      'червня',
      'липня',
      'серпня',
      'вересня',
      'жовтня',
      'листопада',
      'грудня',
      'published',
      'updated',
      'posted',
      'last',
      'modified',
      'publie',
      'mis',
      'jour',
      'veroffentlicht',
      'aktualisiert',
      'uhr',
      'publicado',
      'actualizado',
      'atualizado',
      'опубликовано',
      'обновлено',
      'опубліковано',
      'оновлено',
      'года',
      'today',
      'yesterday',
      'hier',
      'heute',
      'gestern',
      'hoy',
      'ayer',
      'hoje',
      'ontem',
      'сегодня',
      'вчера',
      'сьогодні',
      'вчора',
    ].join('|') +
    ')$',
  'u',
);

/** Words that go with a date or time but are no evidence of one on their own ("10 p.m." may be a schedule). */
const DATE_FILLER = /^(at|on|le|a|am|um|el|de|as|в|г|p|m|pm|gmt|utc|bst|cet|cest|est|edt|pst|pdt|msk|th|st|nd|rd|er)$/;

/** Longest line that can be a bare date line ("Published Tuesday, 19 November 2019, 10:32 AM GMT+1"). */
const DATE_LINE_MAX_CHARS = 100;

/**
 * Lowercase with the accents of Latin letters dropped (é → e, ü → u), the
 * form the phrase lists are written in. Cyrillic letters keep their marks:
 * й and ё are letters of their own, not accented и and е.
 */
function fold(line: string): string {
  return line
    .normalize('NFKD')
    .replace(/(?<=[A-Za-z])[\u0300-\u036f]+/g, '')
    .normalize('NFC')
    .toLowerCase();
}

/** `fold`, with punctuation turned to single spaces. */
export function labelKey(line: string): string {
  return fold(line)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const UI_LABEL_SET = new Set(UI_LABELS.map(labelKey));

/** A line that is only an interface label. */
export function isUiLabel(line: string): boolean {
  if (line.length > 60) return false;
  const key = labelKey(line);
  // A line without letters or digits is decoration, unless it is underscores (a word for the scorer: keep).
  return (key === '' && !line.includes('_')) || UI_LABEL_SET.has(key) || UI_PREFIXES.test(key) || COUNTER.test(key);
}

/**
 * An inline pointer to another article ("Related: ...", "READ MORE: ...",
 * "Lire aussi : ..."): a label, a colon, a headline.
 */
const POINTER_PREFIX = new RegExp(
  '^\\[?(' +
    [
      'related( post| article| story| stories| content| coverage| video| reading)?',
      'read (more|also|next)',
      'see (more|also)',
      'also( read| see)?',
      'more',
      'watch',
      'listen',
      'recommended',
      'lire (aussi|egalement)',
      'a lire (aussi|egalement)',
      'voir aussi',
      'a voir',
      'lesen sie (auch|mehr)',
      'mehr (dazu|zum thema)',
      'auch interessant',
      'lee (tambien|mas)',
      'leia (tambem|mais)',
      'veja (tambem|mais)',
      'leggi anche',
      'читайте (также|еще|ещё|також)',
      'смотрите также',
      'дивіться також',
      'по теме',
      'на тему',
    ].join('|') +
    ')\\s*[:|]',
);

/** Calls to follow, subscribe or get the app: the site talking about itself. */
const SELF_PROMO =
  /^(follow|like) (us|[\p{L}\p{N}'’ ]{1,40}) on (facebook|twitter|instagram|youtube|linkedin|telegram)|^subscribe (to|now)\b|^click here to (subscribe|sign up|join)|^click here to get (the|our) [\p{L}\p{N}'’ ]{1,40} app|^get (the|our) [\p{L}\p{N}'’ ]{1,40} (app|newsletter)|^abonnez-vous\b|^suivez-nous\b|^abonnieren sie\b|^folgen sie uns\b|^подписывайтесь\b|^подпишитесь\b|^підписуйтесь\b/iu;

/** Longest line the pointer and promotion rules judge: beyond, it is a paragraph that happens to start so. */
const PROMO_LINE_MAX_CHARS = 200;

/** Newsletter boxes: an inbox and a subscription in one short line. */
const NEWSLETTER_INBOX = /\b(inbox|newsletters?|boite mail|boîte mail|postfach|почт\w*|рассылк\w*)\b/iu;
const NEWSLETTER_SUBSCRIBE = /\b(subscrib\w*|sign up|signing up|abonn\w*|inscri\w*|abonnier\w*|anmeld\w*|подпис\w*|suscri\w*)/iu;

/** A pointer to another article or a promotion of the site. */
export function isPromoLine(line: string): boolean {
  if (line.length > PROMO_LINE_MAX_CHARS) return false;
  const key = fold(line).trim();
  return POINTER_PREFIX.test(key) || SELF_PROMO.test(key) || (NEWSLETTER_INBOX.test(key) && NEWSLETTER_SUBSCRIBE.test(key));
}

/**
 * Picture credits: an agency or a "Photo:" label on a short line that is
 * not a sentence.
 */
const CREDIT = /\b(getty images|shutterstock|istock(photo)?|alamy|ap photo|afp|reuters|epa|dpa|sipa|ria novosti|tass|photo courtesy|courtesy of)\b|^(photo|photos|image|picture|credit|credits|foto|fotos|bild|crédit|crédits|фото|источник фото|illustration)\s*:\s*\S|©/iu;
const CREDIT_LINE_MAX_CHARS = 100;

export function isCreditLine(line: string): boolean {
  if (line.length > CREDIT_LINE_MAX_CHARS || /[.!?…]["'”’»]?$/.test(line)) return false;
  return CREDIT.test(line);
}

/** "By Jane Doe", "Par Jean Dupont", "Von Hans Meier and Eva Roth": a byline alone on its line. */
const BYLINE = /^([Bb]y|[Pp]ar|[Vv]on|[Pp]or|[Dd]i|[Dd]e|[Оо]т|[Аа]вторы?:?|[Аа]втор(ка)?:?)\s+(\p{Lu}[\p{L}.'’-]*)(\s+(and|et|und|y|e|и|і|&|,)?\s*\p{Lu}?[\p{L}.'’-]*){0,6}$/u;

export function isBylineLine(line: string): boolean {
  return line.length <= 80 && BYLINE.test(line.trim().replace(/,$/, ''));
}

/** A line that is only a date (with the words that usually surround one), as under a headline. */
export function isDateLine(line: string): boolean {
  if (line.length > DATE_LINE_MAX_CHARS || !/\d/.test(line) || SENTENCE_END.test(line)) return false;
  let numbers = 0;
  let year = false;
  let named = false;
  let other = 0;
  for (const w of labelKey(line).split(' ')) {
    if (NUMBER.test(w)) {
      numbers++;
      if (/^(19|20)\d\d$/.test(w)) year = true;
    } else if (DATE_WORD.test(w)) named = true;
    else if (!DATE_FILLER.test(w)) other++;
  }
  // Numbers alone are a phone number, a score or a counter unless one is a year.
  if (numbers === 0 || !(named || year)) return false;
  if (other === 0) return true;
  // A few other words are a byline or a label around a full date ("by Jane Doe — 18 November
  // 2019", "Posted: 2018-08-25 15:24"). Not the signature of an embedded post ("— Name (@handle)
  // November 18, 2019"), which belongs to the quoted post.
  if (!year || line.includes('@') || /^\s*[—–-]/.test(line)) return false;
  return named ? other <= DATE_LINE_OTHER_WORDS : numbers >= 3 && other <= 1;
}

/** Words other than date words a date line may carry, when it holds a full date. */
const DATE_LINE_OTHER_WORDS = 4;

/** A line ending as a sentence ends is a sentence, whatever dates it holds. */
const SENTENCE_END = /[.!?…]["'”’»)]?$/;

/** A number, possibly with an ordinal or clock suffix (`20th`, `1er`, `10am`). */
const NUMBER = /^\d+(st|nd|rd|th|er|e|am|pm|h\d*)?$/;

/** A title that says the article is over and something else begins. */
export function isEndMarker(line: string): boolean {
  if (line.length > 60) return false;
  // Keep the ellipsis and colon the pattern allows, drop the rest of the punctuation.
  const key = fold(line)
    .replace(/[^\p{L}\p{N}:.…()]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return END_MARKERS.test(key);
}

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
export function cleanLines(blocks: readonly Block[], o: CleanOptions, pageHost: string | null): string[] {
  // Progress through the article is measured in prose: a long tail of short links must not hide the end.
  const prose = (l: string): number => (l.length >= o.proseMinChars ? l.length : 0);
  let total = 0;
  for (const b of blocks) total += prose(b.text);
  const out: string[] = [];
  let seen = 0;
  for (const b of blocks) {
    const line = b.text;
    if (seen >= total * o.endMarkerAfter && isEndMarker(line)) break;
    seen += prose(line);
    // A quoted post keeps its own lines (an embedded tweet's signature is a name and a date).
    if (b.kind === 'quote') {
      out.push(line);
      continue;
    }
    if (isUiLabel(line) || isDateLine(line) || isPromoLine(line) || isCreditLine(line) || isBylineLine(line)) continue;
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
