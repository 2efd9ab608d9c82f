/**
 * Markup left in text: HTML tags and attributes of a badly scraped page,
 * entities nobody decoded, script and style code, injected link lines and
 * stray identifiers. A line that is mostly residue is dropped; prose with a
 * little residue is kept with the residue taken out.
 */

/**
 * Tag names that leak from scraped pages. Named rather than any `<word …>`:
 * Korean and Chinese titles are written in angle brackets (<The Palace>).
 */
const TAG_NAMES =
  'a|abbr|article|aside|audio|b|blockquote|body|br|button|caption|cite|code|div|em|figcaption|figure|font|footer|form|h[1-6]|head|header|hr|html|i|iframe|img|input|label|li|link|main|meta|nav|noscript|ol|p|path|picture|script|section|small|source|span|strong|style|sub|sup|svg|table|tbody|td|th|thead|time|tr|u|ul|video';
// An opening, closing or self-closing tag of a known element (with attributes, if any), or a comment.
const TAG = new RegExp(`<\\/?(?:${TAG_NAMES})(?:\\s+[^<>]*)?\\/?>|<!--[\\s\\S]*?-->`, 'gi');
// An attribute assignment outside a tag (the tag was cut and its tail leaked): src=, class="…".
const ATTRIBUTE = /\b(?:src|srcset|href|class|style|alt|width|height|id|data-[a-z-]+|loading|sizes|rel|target)\s*=\s*["'“”″]?/gi;
const URL = /\b(?:https?:\/\/|www\.)\S+/gi;
// Script or style source: braces with statements, or typical openings of a script line.
const CODE = /\{[^{}]*[;:][^{}]*\}|^\s*(?:function\s*\(|var\s+\w+\s*=|(?:const|let)\s+\w+\s*=|window\.|document\.|\$\(|@media\b|\.[\w-]+\s*\{)/;

/**
 * A blogging platform's shortcode with attributes, left unexpanded
 * ("[button link=”…” type=”big”] Send us your review[/button]", "[caption
 * id=\"attachment_12\" align=\"alignleft\"]"): a widget's markup. Prose never
 * writes `[word key=…]`; a bare "[Updated]" or "[1/2]" is not one.
 */
const SHORTCODE = /\[[a-z_]+\s+[a-z_-]+\s*=[^\]]*\]/;

/**
 * Share of a line that may be markup before the line counts as residue
 * rather than prose with a stray tag: a paragraph wrapped in <p>…</p> is
 * ~10% markup, a leaked <img> tag with its URLs is well over half.
 */
export const RESIDUE_MAX_SHARE = 0.3;

/** Fewer words than this left once markup is removed: nothing of the article remains. */
const RESIDUE_MIN_WORDS = 4;

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  laquo: '«',
  raquo: '»',
  hellip: '…',
  ndash: '–',
  mdash: '—',
  eacute: 'é',
  egrave: 'è',
  agrave: 'à',
  ccedil: 'ç',
  ecirc: 'ê',
  euro: '€',
  copy: '©',
  shy: '',
  zwnj: '',
  thinsp: ' ',
  nnbsp: ' ',
};
const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));/g;

/** Decodes the HTML entities a scraper left in text (`&amp;`, `&#8217;`, `&rsquo;`). */
export function decodeEntities(line: string): string {
  return line.replace(ENTITY, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    const code = dec !== undefined ? Number(dec) : hex !== undefined ? parseInt(hex, 16) : undefined;
    if (code !== undefined) return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '';
    return NAMED_ENTITIES[name!.toLowerCase()] ?? whole;
  });
}

function words(text: string): number {
  return text.split(/\s+/).filter((t) => /[\p{L}\p{N}]{2,}/u.test(t)).length;
}

export type ResidueVerdict = { readonly kind: 'drop' } | { readonly kind: 'keep'; readonly line: string };

/**
 * Whether a line is markup residue (`drop`), or the line with any residue
 * removed (`keep`; the same string when there was none).
 */
export function judgeResidue(line: string): ResidueVerdict {
  if (CODE.test(line) || SHORTCODE.test(line)) return { kind: 'drop' };
  // TAG needs a '<', ATTRIBUTE an '=' and an entity an '&': lines without them skip those scans.
  const hasMarkup = (line.includes('<') && line.search(TAG) !== -1) || (line.includes('=') && line.search(ATTRIBUTE) !== -1);
  let text = line.includes('&') ? decodeEntities(line) : line;
  if (hasMarkup) {
    const stripped = text.replace(TAG, ' ').replace(URL, ' ').replace(ATTRIBUTE, ' ');
    const markupShare = 1 - stripped.replace(/\s+/g, '').length / Math.max(1, text.replace(/\s+/g, '').length);
    if (line.search(ATTRIBUTE) !== -1 || markupShare > RESIDUE_MAX_SHARE || words(stripped) < RESIDUE_MIN_WORDS) return { kind: 'drop' };
    text = text.replace(TAG, ' ');
  }
  // A line that is only a link stays: pages list their sources that way, and people count them as the article.
  if (!/[\p{L}\p{N}]/u.test(text)) return { kind: 'drop' };
  return { kind: 'keep', line: text === line ? line : text.replace(/\s+/g, ' ').trim() };
}

/**
 * A whole line in square brackets is a link to another story injected
 * between paragraphs ("[Las 5 armas nucleares más potentes…]"); a short one
 * ("[ CNBC ]", "[Updated]") may be a source or a tag, so at least this many words.
 */
export const BRACKET_LINK_MIN_WORDS = 4;
const BRACKET_LINE = /^\[([^[\]]+)\]$/;

export function isBracketLink(line: string): boolean {
  const m = BRACKET_LINE.exec(line.trim());
  return m !== null && words(m[1]!) >= BRACKET_LINK_MIN_WORDS;
}

/**
 * A single token of letters and digits joined by - _ / . and holding both
 * ("fr-02", "ID_4521", "img/2022"): a scraper's identifier, never prose.
 */
const IDENTIFIER = /^(?=[^\s]*\p{L})(?=[^\s]*\d)[\p{L}\d]+(?:[-_/.][\p{L}\d]+)+$/u;

export function isIdentifier(line: string): boolean {
  return IDENTIFIER.test(line.trim());
}

/**
 * A line of only hashtags, @handles, links and emoji ("#Россия #Украина",
 * "@rian_ru", "👉 t.me/channel"): a social post's tags and signature.
 */
const TAG_TOKEN = /^(?:[#@][\p{L}\p{N}_]+|(?:https?:\/\/|t\.me\/)\S+|[\p{Extended_Pictographic}\u200d\ufe0f|·•,;—–-]+)$/u;

export function isTagLine(line: string): boolean {
  // A line without '#' or '@' has no token opening with one.
  if (!line.includes('#') && !line.includes('@')) return false;
  const tokens = line.trim().split(/\s+/);
  return tokens.some((t) => /^[#@]/.test(t)) && tokens.every((t) => TAG_TOKEN.test(t));
}
