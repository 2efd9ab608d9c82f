/**
 * What a page says about itself: headline, publication date, language,
 * canonical URL, author. Sources, strongest first, are the structured ones
 * a publisher fills for search engines and social cards (JSON-LD,
 * OpenGraph, article:*, Dublin Core, vendor analytics tags), then the
 * visible page (`<h1>`, `<time>`).
 */
import type { DocumentMeta } from '../../document/index.ts';
import type { PageHead } from './parse.ts';

/** The fields of a schema.org object we read. */
interface LdArticle {
  readonly types: readonly string[];
  readonly headline: string | null;
  readonly published: string | null;
  readonly author: string | null;
  readonly lang: string | null;
  readonly url: string | null;
  readonly body: string | null;
  readonly publisher: string | null;
}

/** schema.org types of an article-like object, the ones whose headline is the page's headline. */
const ARTICLE_TYPE = /article|posting|report|review|news|story|blog/i;
/** Types describing the page rather than its article: a fallback. */
const PAGE_TYPE = /webpage|itempage/i;

function str(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return str(v[0]);
  return null;
}

function nameOf(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v)) {
    const names = v.map(nameOf).filter((n): n is string => n !== null);
    return names.length ? names.join(', ') : null;
  }
  if (v !== null && typeof v === 'object') return str((v as Record<string, unknown>)['name']);
  return null;
}

function urlOf(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (v !== null && typeof v === 'object' && !Array.isArray(v)) return str((v as Record<string, unknown>)['@id']) ?? str((v as Record<string, unknown>)['url']);
  return null;
}

/** Control characters that pages leave raw inside JSON strings, which JSON.parse refuses. */
const JSON_CONTROL = /[\u0000-\u001f]+/g;

function parseJson(text: string): unknown {
  const t = text.trim().replace(/^<!--|-->$/g, '').replace(/^\/\/\s*<!\[CDATA\[|\/\/\s*\]\]>$/g, '');
  try {
    return JSON.parse(t);
  } catch {
    try {
      return JSON.parse(t.replace(JSON_CONTROL, ' '));
    } catch {
      return null;
    }
  }
}

/** Every schema.org object in the page's JSON-LD blocks, `@graph` and nested arrays flattened. */
export function jsonLdObjects(scripts: readonly string[]): LdArticle[] {
  const out: LdArticle[] = [];
  const visit = (v: unknown, depth: number): void => {
    if (depth > 6 || v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      for (const x of v) visit(x, depth + 1);
      return;
    }
    const o = v as Record<string, unknown>;
    const type = o['@type'];
    const types = (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
    if (types.length) {
      out.push({
        types,
        headline: str(o['headline']) ?? str(o['name']),
        published: str(o['datePublished']) ?? str(o['dateCreated']),
        author: nameOf(o['author']) ?? nameOf(o['creator']),
        lang: str(o['inLanguage']),
        url: urlOf(o['url']) ?? urlOf(o['mainEntityOfPage']),
        body: str(o['articleBody']),
        publisher: nameOf(o['publisher']),
      });
    }
    if (o['@graph'] !== undefined) visit(o['@graph'], depth + 1);
    if (o['mainEntity'] !== undefined) visit(o['mainEntity'], depth + 1);
  };
  for (const s of scripts) visit(parseJson(s), 0);
  return out;
}

/** The JSON-LD object describing the article, if the page has one. */
export function ldArticle(objects: readonly LdArticle[]): LdArticle | null {
  return (
    objects.find((o) => o.types.some((t) => ARTICLE_TYPE.test(t))) ??
    objects.find((o) => o.types.some((t) => PAGE_TYPE.test(t))) ??
    null
  );
}

function firstMeta(head: PageHead, keys: readonly string[]): string | null {
  for (const k of keys) {
    const v = head.metas.get(k);
    if (v) for (const x of v) if (x.trim() !== '') return x.trim();
  }
  return null;
}

/** Publication-date metas, most specific first. */
const DATE_METAS = [
  'article:published_time',
  'og:article:published_time',
  'og:published_time',
  'datepublished',
  'article.published',
  'publishdate',
  'publish-date',
  'publish_date',
  'pubdate',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'dcterms.date',
  'dc.date.created',
  'dcterms.created',
  'date',
  'og:updated_time',
  'article:modified_time',
];

const AUTHOR_METAS = ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'dcterms.creator', 'byl'];

const LANG_METAS = ['content-language', 'og:locale', 'dc.language', 'language'];

/** A language tag's primary subtag, lowercase (`en-US` → `en`, `fr_FR` → `fr`), or null if it is not one. */
export function primaryLanguage(tag: string | null): string | null {
  if (tag === null) return null;
  const m = /^\s*([a-zA-Z]{2,3})(?:[-_][a-zA-Z0-9]+)*\s*(?:,|$)/.exec(tag);
  return m?.[1] ? m[1].toLowerCase() : null;
}

/** Publication years outside this range are placeholders or parse accidents. */
const MIN_YEAR = 1900;
const MAX_YEAR = 2200;

/** ISO dates as they come; other date strings the JS date parser reads, as ISO. */
export function normaliseDate(value: string | null): string | null {
  if (value === null) return null;
  const v = value.trim();
  if (/^\d{4}-\d{2}(-\d{2})?([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i.test(v)) {
    // CMS placeholders such as 0001-01-01 are no date.
    const year = Number(v.slice(0, 4));
    return year >= MIN_YEAR && year <= MAX_YEAR ? v.replace(' ', 'T') : null;
  }
  // Unix timestamps (seconds or milliseconds), as some analytics tags give them.
  if (/^\d{10}(\d{3})?$/.test(v)) return new Date(Number(v) * (v.length === 10 ? 1000 : 1)).toISOString();
  const t = Date.parse(v);
  if (Number.isNaN(t)) return null;
  const year = new Date(t).getUTCFullYear();
  return year >= MIN_YEAR && year <= MAX_YEAR ? new Date(t).toISOString() : null;
}

/** An absolute http(s) URL, resolving a relative one against `base` when given. */
function absoluteUrl(href: string | null, base: string | undefined): string | null {
  if (href === null) return null;
  try {
    const u = base ? new URL(href, base) : new URL(href);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

function authorOf(head: PageHead, ld: LdArticle | null): string | null {
  if (ld?.author) return ld.author;
  const a = firstMeta(head, AUTHOR_METAS);
  // `article:author` is often a profile URL rather than a name.
  return a !== null && !/^https?:\/\//i.test(a) ? a : null;
}

export interface PageFacts {
  readonly meta: DocumentMeta;
  /** The JSON-LD `articleBody`, when the page gives one: a fallback for pages that render text by script. */
  readonly ldBody: string | null;
  /** Site names the page declares (og:site_name, publisher), for stripping title suffixes. */
  readonly siteNames: readonly string[];
  /** Title candidates from metadata, best first, unstripped. */
  readonly metaTitles: readonly string[];
}

/** Everything but the headline, which needs the body (see title.ts). */
export function pageFacts(head: PageHead, baseUrl: string | undefined): PageFacts {
  const ld = ldArticle(jsonLdObjects(head.jsonLd));
  const publishedInBody = head.bodyDates.find((d) => d.published)?.value ?? null;
  const published =
    normaliseDate(ld?.published ?? null) ??
    normaliseDate(firstMeta(head, DATE_METAS)) ??
    normaliseDate(publishedInBody) ??
    normaliseDate(head.bodyDates[0]?.value ?? null);
  const lang =
    primaryLanguage(head.htmlLang) ?? primaryLanguage(firstMeta(head, LANG_METAS)) ?? primaryLanguage(ld?.lang ?? null);
  const url =
    absoluteUrl(head.canonical, baseUrl) ?? absoluteUrl(firstMeta(head, ['og:url']), baseUrl) ?? absoluteUrl(ld?.url ?? null, baseUrl);
  const author = authorOf(head, ld);

  const meta: { -readonly [K in keyof DocumentMeta]: DocumentMeta[K] } = {};
  if (published !== null) meta.published = published;
  if (lang !== null) meta.lang = lang;
  if (url !== null) meta.url = url;
  if (author !== null) meta.author = author;

  const siteNames = [firstMeta(head, ['og:site_name']), firstMeta(head, ['application-name']), ld?.publisher ?? null].filter(
    (s): s is string => s !== null,
  );
  const metaTitles = [
    firstMeta(head, ['og:title']),
    ld?.headline ?? null,
    firstMeta(head, ['twitter:title']),
    firstMeta(head, ['headline']),
    firstMeta(head, ['title', 'dc.title', 'sailthru.title', 'parsely-title']),
    head.title.trim() || null,
  ].filter((s): s is string => s !== null);
  return { meta, ldBody: ld?.body ?? null, siteNames, metaTitles };
}
