/**
 * The article's headline. Metadata titles (og:title, JSON-LD headline,
 * `<title>`) are reliable about *which* article but often carry the site's
 * name (" - The Daily Planet", "| Reuters"); the page's `<h1>` is the
 * headline as shown but on some pages is the site logo. So: take the
 * metadata title with the site name stripped, and prefer an `<h1>` that
 * agrees with it.
 */

/** Separators between a headline and the site name in `<title>`-like strings. */
const SITE_SEPARATOR = /\s+(?:[|\-–—·•»~/]|::)\s+|\s*[|•»]\s*/;

/** A `|` separated suffix of at most this many words is site furniture even when it does not name the site ("| Opinion"). */
const PIPE_SUFFIX_MAX_WORDS = 4;

const QUOTES = /[‘’‚‛′`´]/g;
const DOUBLE_QUOTES = /[“”„‟″«»]/g;

/** The comparison form of a title (as the scorer compares them): NFKC, lowercase, straight quotes, single spaces. */
export function normaliseTitle(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(QUOTES, "'").replace(DOUBLE_QUOTES, '"').replace(/\s+/g, ' ').trim();
}

/** Letters and digits only: for "does this segment name the site" comparisons. */
function squash(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

function wordCount(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

/** The registrable-looking core of a host name: `www.example-news.co.uk` → `examplenews`. */
function hostCore(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parts = new URL(url).hostname.toLowerCase().split('.').filter((p) => p !== 'www');
    // Drop the public suffix (one or two short labels such as `com`, `co.uk`).
    while (parts.length > 1 && (parts[parts.length - 1] as string).length <= 3) parts.pop();
    const core = parts[parts.length - 1];
    return core ? core.replace(/[^a-z0-9]/g, '') : null;
  } catch {
    return null;
  }
}

/**
 * How much longer than a site's name a segment may be and still be that
 * name ("The Washington Post" for `washingtonpost`): a headline that merely
 * contains the name ("The Guardian view on ...") is much longer.
 */
const SITE_NAME_LENGTH_RATIO = 0.4;

function sameName(a: string, b: string): boolean {
  if (a.length < 2 || b.length < 2) return false;
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.includes(short) && short.length / long.length >= SITE_NAME_LENGTH_RATIO;
}

function namesSite(segment: string, sites: readonly string[], host: string | null): boolean {
  const s = squash(segment);
  if (s.length < 2) return true; // a stray separator or symbol
  if (sites.some((site) => sameName(s, squash(site)))) return true;
  return host !== null && sameName(s, host);
}

/** The title without the segments naming the site. */
/** Entities left in metadata by double escaping (`&amp;#039;` arrives as `&#039;`). */
const RESIDUAL_ENTITY = /&(#\d{1,7}|#x[0-9a-f]{1,6}|amp|quot|apos|lt|gt|nbsp);/gi;
const NAMED: Readonly<Record<string, string>> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ' };

function decodeResidualEntities(s: string): string {
  return s.replace(RESIDUAL_ENTITY, (m, body: string) => {
    const b = body.toLowerCase();
    if (b.startsWith('#')) {
      const code = b[1] === 'x' ? parseInt(b.slice(2), 16) : parseInt(b.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return NAMED[b] ?? m;
  });
}

export function stripSiteName(title: string, sites: readonly string[], url: string | undefined): string {
  const t = decodeResidualEntities(title).replace(/\s+/g, ' ').trim();
  const parts = t.split(SITE_SEPARATOR);
  if (parts.length < 2) return t;
  const host = hostCore(url);
  // Separators are kept so that the headline's own dashes survive the rejoin.
  const seps: string[] = [];
  const pieces: string[] = [];
  let rest = t;
  for (let i = 0; i < parts.length; i++) {
    const m = i < parts.length - 1 ? SITE_SEPARATOR.exec(rest) : null;
    if (m === null) {
      pieces.push(rest);
      break;
    }
    pieces.push(rest.slice(0, m.index));
    seps.push(m[0]);
    rest = rest.slice(m.index + m[0].length);
  }
  let first = 0;
  let last = pieces.length - 1;
  while (last > first && namesSite(pieces[last] as string, sites, host)) last--;
  while (first < last && namesSite(pieces[first] as string, sites, host)) first++;
  // A short `|` suffix is a section or site label even when it does not name the site ("| Opinion").
  while (
    last > first &&
    (seps[last - 1] as string).includes('|') &&
    wordCount(pieces[last] as string) <= PIPE_SUFFIX_MAX_WORDS &&
    wordCount(pieces.slice(first, last).join(' ')) > PIPE_SUFFIX_MAX_WORDS
  )
    last--;
  let out = pieces[first] as string;
  for (let i = first + 1; i <= last; i++) out += (seps[i - 1] as string) + (pieces[i] as string);
  return out.trim();
}

/** Word-token Dice overlap at or above which a heading and a metadata title word the same headline ("HS Roundup" / "High School Roundup"). */
const AGREEMENT_DICE = 0.7;

function words(s: string): string[] {
  return s.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

function dice(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const w of a) counts.set(w, (counts.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of b) {
    const c = counts.get(w) ?? 0;
    if (c > 0) {
      shared++;
      counts.set(w, c - 1);
    }
  }
  return (2 * shared) / (a.length + b.length);
}

/** Loose agreement between a heading and a metadata title. */
function agrees(heading: string, title: string): boolean {
  const a = squash(heading);
  const b = squash(title);
  if (a.length === 0 || b.length === 0) return false;
  if (a === b) return true;
  // The heading is the metadata title minus a suffix or prefix the stripping missed.
  if (a.length >= 15 && b.includes(a) && a.length / b.length >= 0.5) return true;
  return dice(words(heading), words(title)) >= AGREEMENT_DICE;
}

/** A block of the page that may be the visible headline. */
export interface HeadlineCandidate {
  readonly text: string;
  /** `h1`..`h6`, or the tag of the block element holding the text. */
  readonly tag: string;
  /** Inside the article container, or just before it (where a headline sits). */
  readonly near: boolean;
  /** Inside page furniture: a headline there must agree with the metadata to be taken. */
  readonly furniture: boolean;
  /** Blocks between it and the start of the article container. */
  readonly distance: number;
}

export interface TitleInput {
  /** Metadata titles, best first (og:title, JSON-LD headline, ..., `<title>`), unstripped. */
  readonly metaTitles: readonly string[];
  /** Blocks that may be the headline: every `<h1>` and the blocks near the container, in page order. */
  readonly candidates: readonly HeadlineCandidate[];
  readonly siteNames: readonly string[];
  readonly url: string | undefined;
}

/** The candidate nearest the article container, the first in page order on a tie. */
function closest(cs: readonly HeadlineCandidate[]): HeadlineCandidate | undefined {
  let best: HeadlineCandidate | undefined;
  for (const c of cs) if (best === undefined || c.distance < best.distance) best = c;
  return best;
}

/** Longest text taken for a headline found outside a heading element: beyond, it is a standfirst. */
const HEADLINE_MAX_CHARS = 300;

/** Fewest letters and digits for a heading to be a headline rather than a label ("Menu", "News"). */
const HEADLINE_MIN_CHARS = 8;

/**
 * The visible headline when the page has one, else the metadata title
 * without the site name. In order: an `<h1>` by the article that agrees
 * with the metadata; any `<h1>` that agrees; an `<h1>` by the article even
 * if the metadata words it differently (an SEO or social title); a block by
 * the article whose text agrees with the metadata title (a headline in a `<dt>` or
 * `<div>`); the stripped metadata title; the first `<h1>`.
 */
export function chooseTitle(input: TitleInput): string | null {
  const { metaTitles, candidates, siteNames, url } = input;
  const host = hostCore(url);
  const stripped = [...new Set(metaTitles.map((t) => stripSiteName(t, siteNames, url)).filter((t) => t !== ''))];
  const usable = (c: HeadlineCandidate): boolean => squash(c.text).length >= HEADLINE_MIN_CHARS && !namesSite(c.text, siteNames, host);
  const h1s = candidates.filter((c) => c.tag === 'h1' && usable(c));
  const agreeing = (c: HeadlineCandidate): boolean => stripped.some((t) => agrees(c.text, t));

  const pick =
    h1s.find((c) => c.near && agreeing(c)) ??
    h1s.find(agreeing) ??
    closest(h1s.filter((c) => c.near && !c.furniture)) ??
    candidates.find((c) => c.near && usable(c) && c.text.length <= HEADLINE_MAX_CHARS && agreeing(c));
  if (pick !== undefined) return pick.text.trim();
  if (stripped[0] !== undefined) return stripped[0];
  return candidates.find((c) => c.tag === 'h1' && c.text.trim() !== '')?.text.trim() ?? null;
}
