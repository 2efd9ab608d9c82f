/**
 * RSS 2.0 (and 0.9x/1.0), Atom 1.0 and sitemaps (news sitemaps, plain
 * sitemaps, sitemap indexes) to one list of items. Element names are matched
 * by local name, and by namespace where two vocabularies share a name, since
 * real feeds bind prefixes loosely.
 *
 * Dates are kept with the publisher's offset (`2024-11-21T10:00:00+03:00`):
 * the day an article was published is the publisher's local day, which the
 * UTC instant may not be.
 */
import { child, childText, childrenNamed, NS, parseXml, XmlError, type XmlElement } from './xml.ts';

export { XmlError } from './xml.ts';

export type FeedKind = 'rss' | 'atom' | 'rdf' | 'sitemap' | 'sitemap-index';

export interface FeedItem {
  /** Stable identity inside its feed: guid/id, else link, else title + date. */
  readonly id: string;
  /** Absolute article URL, when the item has one. */
  readonly link: string | null;
  readonly title: string | null;
  /** ISO 8601 with offset when the feed gave one. */
  readonly published: string | null;
  /** Last modification (Atom `updated`, sitemap `lastmod`), ISO 8601. */
  readonly updated: string | null;
  /** Summary or full content as HTML (or plain text), whichever is longer. */
  readonly content: string | null;
  readonly author: string | null;
  /** Item language when the feed says (news sitemap, `dc:language`, `xml:lang`), else the channel's. */
  readonly lang: string | null;
}

export interface Feed {
  readonly kind: FeedKind;
  readonly title: string | null;
  readonly lang: string | null;
  readonly items: readonly FeedItem[];
  /** For a sitemap index: the sitemaps it lists, newest first when dated. */
  readonly sitemaps: readonly string[];
}

export class FeedError extends Error {
  override readonly name = 'FeedError';
  constructor(
    readonly source: string,
    readonly detail: string,
  ) {
    super(`${source}: ${detail}`);
  }
}

/** RFC 822 zone names feeds still use, as offsets. */
const ZONES: Readonly<Record<string, string>> = {
  UT: '+00:00', UTC: '+00:00', GMT: '+00:00', Z: '+00:00',
  EST: '-05:00', EDT: '-04:00', CST: '-06:00', CDT: '-05:00',
  MST: '-07:00', MDT: '-06:00', PST: '-08:00', PDT: '-07:00',
  CET: '+01:00', CEST: '+02:00', MSK: '+03:00', EET: '+02:00', EEST: '+03:00', BST: '+01:00',
};

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** `Thu, 21 Nov 2024 10:00:00 +0300` (weekday, seconds and zone optional). */
const RFC822 = /^(?:[A-Za-z]{2,}\.?,?\s*)?(\d{1,2})\s+([A-Za-z]{3})[A-Za-z]*\.?\s+(\d{2,4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{2}:?\d{2}|[A-Za-z]{1,5})?\s*$/;
/** ISO 8601 / RFC 3339 as Atom and sitemaps write it (date alone allowed). */
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;

const pad = (n: number | string) => String(n).padStart(2, '0');

function offset(zone: string | undefined): string | null {
  if (!zone) return '+00:00'; // RFC 822 without a zone: assume UTC, as readers do
  const upper = zone.toUpperCase();
  const named = ZONES[upper];
  if (named) return named;
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  return m ? `${m[1]}${m[2]}:${m[3]}` : null;
}

function validDate(y: number, mo: number, d: number, h = 0, mi = 0, s = 0): boolean {
  const t = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d && h < 24 && mi < 60 && s < 61;
}

/** A feed date to ISO 8601 keeping its offset; null when unreadable. */
export function normaliseDate(value: string | undefined): string | null {
  if (!value) return null;
  const text = value.trim();
  let m = ISO.exec(text);
  if (m) {
    const [, y, mo, d, h, mi, s, zone] = m;
    if (!validDate(Number(y), Number(mo), Number(d), Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0))) return null;
    if (h === undefined) return `${y}-${mo}-${d}`;
    const z = zone ? (zone.toUpperCase() === 'Z' ? 'Z' : offset(zone)) : '';
    return `${y}-${mo}-${d}T${h}:${mi}:${s ?? '00'}${z ?? ''}`;
  }
  m = RFC822.exec(text);
  if (m) {
    const [, d, mon, yRaw, h, mi, s, zone] = m;
    const month = MONTHS.indexOf(mon!.toLowerCase()) + 1;
    let year = Number(yRaw);
    if (yRaw!.length === 2) year += year < 50 ? 2000 : 1900;
    const z = offset(zone);
    if (month > 0 && z && validDate(year, month, Number(d), Number(h), Number(mi), Number(s ?? 0))) {
      return `${year}-${pad(month)}-${pad(d!)}T${pad(h!)}:${mi}:${s ?? '00'}${z}`;
    }
  }
  // Anything else the runtime can read, as a UTC instant.
  const t = Date.parse(text);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

/** All character data under an element (for content that arrived as unescaped markup). */
function deepText(element: XmlElement): string {
  return element.text + element.children.map(deepText).join('');
}

function absolute(link: string | undefined, base: string): string | null {
  if (!link) return null;
  try {
    const url = new URL(link.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function longest(...values: (string | undefined)[]): string | null {
  let best: string | null = null;
  for (const v of values) if (v && v.trim() && (!best || v.trim().length > best.length)) best = v.trim();
  return best;
}

function contentOf(element: XmlElement | undefined): string | undefined {
  if (!element) return undefined;
  const text = element.text.trim() || deepText(element).trim();
  return text || undefined;
}

function fallbackId(title: string | null, published: string | null, index: number): string {
  return title || published ? `${title ?? ''}|${published ?? ''}` : `#${index}`;
}

function rssItems(container: XmlElement, base: string, channelLang: string | null): FeedItem[] {
  return childrenNamed(container, 'item').map((item, index) => {
    const guid = childText(item, 'guid');
    const rdfAbout = item.attrs['rdf:about'];
    const link = absolute(childText(item, 'link') ?? (child(item, 'guid')?.attrs['ispermalink'] !== 'false' ? guid : undefined), base);
    const title = childText(item, 'title') ?? null;
    const published = normaliseDate(childText(item, 'pubdate') ?? childText(item, 'date', NS.dc) ?? childText(item, 'published'));
    return {
      id: guid ?? rdfAbout ?? link ?? fallbackId(title, published, index),
      link,
      title,
      published,
      updated: normaliseDate(childText(item, 'updated')),
      content: longest(contentOf(child(item, 'encoded', NS.content)), contentOf(child(item, 'description'))),
      author: childText(item, 'creator', NS.dc) ?? childText(item, 'author') ?? null,
      lang: childText(item, 'language', NS.dc) ?? channelLang,
    };
  });
}

function atomLink(entry: XmlElement, base: string): string | null {
  const links = childrenNamed(entry, 'link');
  const alternate = links.find((l) => (l.attrs['rel'] ?? 'alternate') === 'alternate' && (!l.attrs['type'] || /html/i.test(l.attrs['type'])));
  return absolute((alternate ?? links.find((l) => !l.attrs['rel']))?.attrs['href'], base);
}

function atomEntries(feed: XmlElement, base: string, feedLang: string | null): FeedItem[] {
  return childrenNamed(feed, 'entry').map((entry, index) => {
    const link = atomLink(entry, base);
    const title = contentOf(child(entry, 'title')) ?? null;
    const published = normaliseDate(childText(entry, 'published') ?? childText(entry, 'issued') ?? childText(entry, 'updated'));
    const author = child(entry, 'author');
    return {
      id: childText(entry, 'id') ?? link ?? fallbackId(title, published, index),
      link,
      title,
      published,
      updated: normaliseDate(childText(entry, 'updated')),
      content: longest(contentOf(child(entry, 'content')), contentOf(child(entry, 'summary'))),
      author: (author && childText(author, 'name')) ?? null,
      lang: entry.attrs['xml:lang'] ?? feedLang,
    };
  });
}

function sitemapItems(urlset: XmlElement, base: string): FeedItem[] {
  const items: FeedItem[] = [];
  for (const url of childrenNamed(urlset, 'url')) {
    const link = absolute(childText(url, 'loc'), base);
    if (!link) continue;
    const news = child(url, 'news', NS.news) ?? child(url, 'news');
    const publication = news && child(news, 'publication');
    const title = (news && childText(news, 'title')) ?? null;
    const published = normaliseDate(news && childText(news, 'publication_date'));
    items.push({
      id: link,
      link,
      title,
      published,
      updated: normaliseDate(childText(url, 'lastmod')),
      content: null,
      author: null,
      lang: (publication && childText(publication, 'language')) ?? null,
    });
  }
  return items;
}

/**
 * Parses a feed fetched from `source` (its final URL, used to resolve
 * relative links). Throws FeedError naming the source when the XML is broken
 * or is not a feed.
 */
export function parseFeed(xml: string, source: string): Feed {
  let root: XmlElement;
  try {
    root = parseXml(xml);
  } catch (error) {
    if (error instanceof XmlError) throw new FeedError(source, `invalid XML: ${error.message}`);
    throw error;
  }
  const base = source;
  switch (root.name) {
    case 'rss': {
      const channel = child(root, 'channel');
      if (!channel) throw new FeedError(source, 'RSS without a <channel>');
      const lang = childText(channel, 'language') ?? null;
      // RSS 0.91 and some generators put items beside the channel instead of in it.
      const items = [...rssItems(channel, base, lang), ...rssItems(root, base, lang)];
      return { kind: 'rss', title: childText(channel, 'title') ?? null, lang, items, sitemaps: [] };
    }
    case 'rdf': {
      const channel = child(root, 'channel');
      const lang = (channel && childText(channel, 'language', NS.dc)) ?? null;
      return { kind: 'rdf', title: (channel && childText(channel, 'title')) ?? null, lang, items: rssItems(root, base, lang), sitemaps: [] };
    }
    case 'feed': {
      const lang = root.attrs['xml:lang'] ?? null;
      return { kind: 'atom', title: contentOf(child(root, 'title')) ?? null, lang, items: atomEntries(root, base, lang), sitemaps: [] };
    }
    case 'urlset':
      return { kind: 'sitemap', title: null, lang: null, items: sitemapItems(root, base), sitemaps: [] };
    case 'sitemapindex': {
      const entries = childrenNamed(root, 'sitemap')
        .map((s) => ({ loc: absolute(childText(s, 'loc'), base), lastmod: normaliseDate(childText(s, 'lastmod')) }))
        .filter((s): s is { loc: string; lastmod: string | null } => s.loc !== null);
      const time = (d: string | null) => (d ? Date.parse(d) || 0 : 0);
      entries.sort((a, b) => time(b.lastmod) - time(a.lastmod));
      return { kind: 'sitemap-index', title: null, lang: null, items: [], sitemaps: entries.map((e) => e.loc) };
    }
    default:
      throw new FeedError(source, `not a feed: the root element is <${root.name}>, expected <rss>, <feed>, <rdf:RDF>, <urlset> or <sitemapindex>`);
  }
}
