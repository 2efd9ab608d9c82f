/**
 * Why a fetch failed, as a small typed error (STYLE.md §9): the runner decides
 * from `kind` whether to retry now, try again next round, or give the item up,
 * and the message always names the URL.
 */
export type FetchErrorKind =
  /** Connection refused/reset, DNS failure, socket hang-up. */
  | 'network'
  /** The whole exchange took longer than the timeout. */
  | 'timeout'
  /** A status the caller cannot use (4xx, or 5xx after the last retry). */
  | 'http'
  /** Body (on the wire or decompressed) over the limit. */
  | 'too-large'
  /** A content encoding we cannot or would not decode, or a corrupt compressed body. */
  | 'encoding'
  /** Content-Type that is not what this kind of resource should be. */
  | 'content-type'
  /** robots.txt disallows the path for our user agent. */
  | 'robots'
  /** Redirect loop, too many redirects, or a redirect to an unusable URL. */
  | 'redirect'
  /** Not an http(s) URL. */
  | 'url';

/** Kinds worth another attempt: the same request may well succeed later. */
const TRANSIENT: ReadonlySet<FetchErrorKind> = new Set(['network', 'timeout']);

export class FetchError extends Error {
  override readonly name = 'FetchError';
  constructor(
    readonly kind: FetchErrorKind,
    readonly url: string,
    readonly detail: string,
    /** HTTP status when the server answered. */
    readonly status: number | null = null,
    /** Seconds the server asked us to wait (Retry-After), when it said. */
    readonly retryAfter: number | null = null,
  ) {
    super(`${url}: ${detail}`);
  }

  /** Whether retrying (now, with backoff, or next round) can help. */
  get transient(): boolean {
    if (TRANSIENT.has(this.kind)) return true;
    return this.kind === 'http' && this.status !== null && (this.status >= 500 || this.status === 429 || this.status === 408);
  }
}
