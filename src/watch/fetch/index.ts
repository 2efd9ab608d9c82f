/**
 * The watcher's HTTP client: conditional GETs of feeds and pages that respect
 * robots.txt and per-host politeness, retry transient failures with
 * exponential backoff, follow redirects within a limit (loops detected), and
 * refuse bodies that are too large or of the wrong kind. Every failure is a
 * FetchError naming the URL.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { backoffMs, sleep } from '../timing.ts';
import { charsetOf, decodeResponse, mediaTypeOf } from './charset.ts';
import { FetchError } from './errors.ts';
import { createAgents, requestOnce, retryAfterSeconds, type RawResponse, type RequestLimits } from './http.ts';
import { HostGate } from './politeness.ts';
import { ALLOW_ALL, DISALLOW_ALL, parseRobots, ROBOTS_MAX_BYTES, type Robots } from './robots.ts';

export { FetchError, type FetchErrorKind } from './errors.ts';
export { parseRobots, type Robots } from './robots.ts';

/** What is being fetched decides the content types accepted and how text is decoded. */
export type ResourceKind = 'feed' | 'page';

/**
 * Media types accepted per kind. Feeds are served under many XML names and,
 * by careless servers, as text/plain or octet-stream, so those are accepted
 * when the body itself starts like XML. Pages must be HTML (or XHTML).
 */
const FEED_TYPES = new Set([
  'application/rss+xml',
  'application/atom+xml',
  'application/rdf+xml',
  'application/xml',
  'text/xml',
  'application/x-rss+xml',
  'application/feed+xml',
]);
const FEED_TYPES_IF_XML = new Set(['', 'text/plain', 'application/octet-stream', 'binary/octet-stream', 'application/x-gzip']);
const PAGE_TYPES = new Set(['text/html', 'application/xhtml+xml', '']);

/** The body starts like an XML document (after a BOM and blanks). */
const XML_START = /^(?:\ufeff)?\s*<(?:\?xml|rss|feed|rdf:RDF|urlset|sitemapindex)\b/i;

export interface FetcherOptions {
  /** Sent as User-Agent; its first word (before `/`) is the robots.txt product token. */
  readonly userAgent: string;
  readonly timeoutMs: number;
  readonly maxBytes: number;
  readonly maxDecodedBytes: number;
  /** Attempts per request, first included, for 5xx, 429 and network errors. */
  readonly attempts: number;
  readonly backoffBaseMs: number;
  readonly backoffCapMs: number;
  readonly maxRedirects: number;
  readonly maxPerHost: number;
  /** Spacing between request starts to one host, unless robots.txt asks for more. */
  readonly hostDelayMs: number;
  /** Longest Crawl-delay honoured; a site asking for more is fetched at this pace. */
  readonly maxCrawlDelayMs: number;
  readonly robots: boolean;
  /** How long a robots.txt answer is trusted. */
  readonly robotsTtlMs: number;
}

/**
 * Defaults for a long-running watcher. 20 s covers a slow news site's
 * server; 5 MB covers the largest real news pages and feeds (sitemaps with
 * thousands of URLs stay under 3 MB) with room to spare; 25 MB decompressed
 * bounds a compressed response at a ratio no honest page reaches. Two
 * requests per host and a second between them is the usual courtesy for a
 * crawler that is not a search engine.
 */
export const DEFAULT_FETCHER_OPTIONS: FetcherOptions = {
  userAgent: 'BrinkWatch/0.1 (nuclear-signalling news monitor; set fetch.user_agent to add a contact)',
  timeoutMs: 20_000,
  maxBytes: 5 * 1024 * 1024,
  maxDecodedBytes: 25 * 1024 * 1024,
  attempts: 3,
  backoffBaseMs: 1_000,
  backoffCapMs: 30_000,
  maxRedirects: 5,
  maxPerHost: 2,
  hostDelayMs: 1_000,
  maxCrawlDelayMs: 30_000,
  robots: true,
  robotsTtlMs: 6 * 3_600_000,
};

/** A robots.txt that could not be fetched for a server error is retried sooner than a good one. */
const ROBOTS_ERROR_TTL_MS = 10 * 60_000;

export interface Validators {
  readonly etag?: string | null;
  readonly lastModified?: string | null;
}

export type FetchResult =
  | {
      readonly status: 'ok';
      /** Final URL, after redirects. */
      readonly url: string;
      readonly text: string;
      readonly mediaType: string;
      readonly etag: string | null;
      readonly lastModified: string | null;
    }
  | { readonly status: 'not-modified'; readonly url: string };

export interface Fetcher {
  /** GETs `url`; throws FetchError. `validators` make it conditional. */
  get(url: string, kind: ResourceKind, validators?: Validators, signal?: AbortSignal): Promise<FetchResult>;
  /** Releases keep-alive sockets. */
  close(): void;
}

function header(headers: IncomingHttpHeaders, name: string): string | null {
  const value = headers[name];
  if (Array.isArray(value)) return value[0] ?? null;
  return value ?? null;
}

function isRedirect(status: number): boolean {
  return status === 301 || status === 302 || status === 303 || status === 307 || status === 308;
}

export function createFetcher(overrides: Partial<FetcherOptions> = {}): Fetcher {
  const options: FetcherOptions = { ...DEFAULT_FETCHER_OPTIONS, ...overrides };
  const agents = createAgents(Math.max(1, options.maxPerHost));
  const gate = new HostGate(Math.max(1, options.maxPerHost), options.hostDelayMs);
  const productToken = options.userAgent.split(/[/\s]/)[0] ?? 'BrinkWatch';
  // `failure`: why robots.txt could not be had, while the host counts as closed (kept to say so, and to stay retryable).
  const robotsCache = new Map<string, { robots: Robots; expires: number; pending?: Promise<Robots>; failure?: FetchError }>();
  const limits: RequestLimits = { timeoutMs: options.timeoutMs, maxBytes: options.maxBytes, maxDecodedBytes: options.maxDecodedBytes };

  function hostDelay(origin: string): number {
    const robots = robotsCache.get(origin)?.robots;
    const asked = robots?.crawlDelay != null ? robots.crawlDelay * 1000 : 0;
    return Math.max(options.hostDelayMs, Math.min(asked, options.maxCrawlDelayMs));
  }

  /** One request through the host gate, retried with backoff while the failure is transient. */
  async function requestWithRetries(url: URL, headers: Record<string, string>, requestLimits: RequestLimits, signal?: AbortSignal): Promise<RawResponse> {
    for (let attempt = 1; ; attempt++) {
      let failure: FetchError;
      try {
        const response = await gate.run(url.host, () => requestOnce(url, headers, requestLimits, agents, signal), hostDelay(url.origin), signal);
        if (response.status < 500 && response.status !== 429 && response.status !== 408) return response;
        failure = new FetchError('http', url.href, `HTTP ${response.status}`, response.status, retryAfterSeconds(response.headers));
      } catch (error) {
        if (!(error instanceof FetchError)) throw error; // aborted sleep: shutting down
        failure = error;
      }
      if (!failure.transient || attempt >= options.attempts || signal?.aborted) throw failure;
      const asked = failure.retryAfter !== null ? failure.retryAfter * 1000 : 0;
      await sleep(Math.min(options.backoffCapMs, Math.max(asked, backoffMs(attempt, options.backoffBaseMs, options.backoffCapMs))), signal);
    }
  }

  async function loadRobots(origin: string, signal?: AbortSignal): Promise<Robots> {
    const url = new URL('/robots.txt', origin);
    const robotsLimits = { ...limits, maxBytes: ROBOTS_MAX_BYTES, maxDecodedBytes: ROBOTS_MAX_BYTES * 4 };
    try {
      // RFC 9309: follow up to five redirects for robots.txt.
      let current = url;
      for (let hop = 0; hop <= 5; hop++) {
        const response = await requestWithRetries(current, { 'user-agent': options.userAgent, accept: 'text/plain' }, robotsLimits, signal);
        const location = header(response.headers, 'location');
        if (isRedirect(response.status) && location) {
          current = new URL(location, current);
          continue;
        }
        if (response.status >= 200 && response.status < 300) {
          const decoded = decodeResponse(response.body, header(response.headers, 'content-type') ?? undefined, false);
          const robots = decoded.ok ? parseRobots(decoded.text, productToken) : ALLOW_ALL;
          robotsCache.set(origin, { robots, expires: Date.now() + options.robotsTtlMs });
          return robots;
        }
        // 4xx: the site has no rules for us (RFC 9309 §2.3.1.3).
        robotsCache.set(origin, { robots: ALLOW_ALL, expires: Date.now() + options.robotsTtlMs });
        return ALLOW_ALL;
      }
      robotsCache.set(origin, { robots: ALLOW_ALL, expires: Date.now() + options.robotsTtlMs });
      return ALLOW_ALL;
    } catch (error) {
      if (!(error instanceof FetchError)) throw error;
      // Unreachable or 5xx: assume complete disallow for a while (RFC 9309 §2.3.1.4).
      robotsCache.set(origin, { robots: DISALLOW_ALL, expires: Date.now() + ROBOTS_ERROR_TTL_MS, failure: error });
      return DISALLOW_ALL;
    }
  }

  async function robotsFor(origin: string, signal?: AbortSignal): Promise<Robots> {
    const cached = robotsCache.get(origin);
    if (cached && cached.expires > Date.now()) return cached.robots;
    if (cached?.pending) return cached.pending;
    // Concurrent requests to one new host share the one robots.txt fetch.
    const pending = loadRobots(origin, signal);
    robotsCache.set(origin, { robots: cached?.robots ?? ALLOW_ALL, expires: 0, pending });
    try {
      return await pending;
    } finally {
      const entry = robotsCache.get(origin);
      if (entry?.pending === pending) delete entry.pending;
    }
  }

  function checkType(kind: ResourceKind, url: string, mediaType: string, body: Buffer): void {
    if (kind === 'feed') {
      if (FEED_TYPES.has(mediaType) || mediaType.endsWith('+xml')) return;
      if (FEED_TYPES_IF_XML.has(mediaType) && XML_START.test(body.subarray(0, 512).toString('latin1'))) return;
      throw new FetchError('content-type', url, `expected an XML feed, got '${mediaType || 'no content type'}'`);
    }
    if (!PAGE_TYPES.has(mediaType)) throw new FetchError('content-type', url, `expected an HTML page, got '${mediaType}'`);
  }

  return {
    async get(start, kind, validators = {}, signal) {
      let url: URL;
      try {
        url = new URL(start);
      } catch {
        throw new FetchError('url', start, 'not a valid URL');
      }
      const visited = new Set<string>([url.href]);
      const chain = [url.href];
      for (let hop = 0; ; hop++) {
        if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new FetchError('url', url.href, `unsupported protocol '${url.protocol}'`);
        if (options.robots) {
          const robots = await robotsFor(url.origin, signal);
          const failure = robotsCache.get(url.origin)?.failure;
          // An unreachable robots.txt closes the host for now, but as the failure it is: the item is tried again later.
          if (failure) throw new FetchError(failure.kind, url.href, `robots.txt of ${url.host} could not be fetched (${failure.detail}); the host is skipped until it can`, failure.status);
          if (!robots.allows(url.pathname + url.search)) throw new FetchError('robots', url.href, `robots.txt of ${url.host} disallows this path`);
        }
        const headers: Record<string, string> = {
          'user-agent': options.userAgent,
          accept:
            kind === 'feed'
              ? 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1'
              : 'text/html, application/xhtml+xml;q=0.9, */*;q=0.1',
          'accept-encoding': 'gzip, deflate, br',
        };
        // Validators belong to the URL they came from: send them only on the first hop.
        if (hop === 0 && validators.etag) headers['if-none-match'] = validators.etag;
        if (hop === 0 && validators.lastModified) headers['if-modified-since'] = validators.lastModified;
        const response = await requestWithRetries(url, headers, limits, signal);
        const location = header(response.headers, 'location');
        if (isRedirect(response.status) && location) {
          let next: URL;
          try {
            next = new URL(location, url);
          } catch {
            throw new FetchError('redirect', url.href, `redirect to an invalid URL '${location}'`);
          }
          next.hash = '';
          if (visited.has(next.href)) throw new FetchError('redirect', start, `redirect loop: ${[...chain, next.href].join(' -> ')}`);
          if (hop + 1 > options.maxRedirects) throw new FetchError('redirect', start, `more than ${options.maxRedirects} redirects`);
          visited.add(next.href);
          chain.push(next.href);
          url = next;
          continue;
        }
        if (response.status === 304) return { status: 'not-modified', url: url.href };
        if (response.status < 200 || response.status >= 300) {
          throw new FetchError('http', url.href, `HTTP ${response.status}`, response.status);
        }
        const contentType = header(response.headers, 'content-type') ?? undefined;
        const mediaType = mediaTypeOf(contentType);
        checkType(kind, url.href, mediaType, response.body);
        const decoded = decodeResponse(response.body, contentType, kind === 'page');
        if (!decoded.ok) throw new FetchError('content-type', url.href, `cannot read body: ${decoded.error}${charsetOf(contentType) ? ` (charset ${charsetOf(contentType)})` : ''}`);
        return {
          status: 'ok',
          url: url.href,
          text: decoded.text,
          mediaType,
          etag: header(response.headers, 'etag'),
          lastModified: header(response.headers, 'last-modified'),
        };
      }
    },
    close() {
      agents.http.destroy();
      agents.https.destroy();
    },
  };
}
