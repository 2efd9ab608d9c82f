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

function namesSite(segment: string, sites: readonly string[], host: string | null): boolean {
  const s = squash(segment);
  if (s.length < 2) return true; // a stray separator or symbol
  for (const site of sites) {
    const t = squash(site);
    if (t.length >= 2 && (s === t || (s.length >= 4 && t.includes(s)) || (t.length >= 4 && s.startsWith(t)))) return true;
  }
  if (host !== null && host.length >= 3 && (s === host || (s.length >= 4 && host.includes(s)) || s.includes(host))) return true;
  return false;
}

/** The title without the segments naming the site. */
export function stripSiteName(title: string, sites: readonly string[], url: string | undefined): string {
  const t = title.replace(/\s+/g, ' ').trim();
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
  if (last === pieces.length - 1 && first === 0) {
    // Nothing named the site: a short `|` suffix is still a section or site label.
    while (
      last > first &&
      (seps[last - 1] as string).includes('|') &&
      wordCount(pieces[last] as string) <= PIPE_SUFFIX_MAX_WORDS &&
      wordCount(pieces.slice(first, last).join(' ')) > PIPE_SUFFIX_MAX_WORDS
    )
      last--;
  }
  let out = pieces[first] as string;
  for (let i = first + 1; i <= last; i++) out += (seps[i - 1] as string) + (pieces[i] as string);
  return out.trim();
}

/** Loose agreement between a heading and a metadata title. */
function agrees(h1: string, title: string): boolean {
  const a = squash(h1);
  const b = squash(title);
  if (a.length === 0 || b.length === 0) return false;
  if (a === b) return true;
  // The h1 is the metadata title minus a suffix or prefix the stripping missed.
  return a.length >= 15 && b.includes(a) && a.length / b.length >= 0.5;
}

export interface TitleInput {
  /** Metadata titles, best first (og:title, JSON-LD headline, ..., `<title>`), unstripped. */
  readonly metaTitles: readonly string[];
  /** Texts of the page's `<h1>` elements, best first (the ones in the article container first). */
  readonly headings: readonly string[];
  readonly siteNames: readonly string[];
  readonly url: string | undefined;
}

/** Minimum words for a lone `<h1>` to be taken as the headline when metadata has no title. */
const HEADING_ONLY_MIN_WORDS = 2;

export function chooseTitle(input: TitleInput): string | null {
  const { metaTitles, headings, siteNames, url } = input;
  const stripped = metaTitles.map((t) => stripSiteName(t, siteNames, url)).filter((t) => t !== '');
  for (const t of stripped) {
    const h = headings.find((h1) => agrees(h1, t));
    if (h !== undefined) return h.trim();
  }
  if (stripped[0] !== undefined) return stripped[0];
  return headings.find((h) => wordCount(h) >= HEADING_ONLY_MIN_WORDS)?.trim() ?? null;
}
