/**
 * One HTTP GET with hard limits, and nothing else: no redirects, no retries,
 * no politeness (the fetcher in index.ts adds those).
 *
 * Built on node:http rather than fetch() because the limits must hold on
 * both sides of decompression: the bytes on the wire are counted as they
 * arrive, and so are the bytes the decoder produces, so a small gzip bomb is
 * stopped after `maxDecodedBytes`, not after it has filled memory. One
 * deadline covers the whole exchange (connect, headers, body): a server that
 * dribbles a byte a second cannot hold a round hostage.
 */
import http, { type IncomingHttpHeaders } from 'node:http';
import https from 'node:https';
import type { Transform } from 'node:stream';
import zlib from 'node:zlib';
import { FetchError } from './errors.ts';

export interface RequestLimits {
  /** Whole exchange, in milliseconds. */
  readonly timeoutMs: number;
  /** Bytes accepted on the wire (compressed size when compressed). */
  readonly maxBytes: number;
  /** Bytes accepted after decompression. */
  readonly maxDecodedBytes: number;
}

export interface RawResponse {
  /** The URL that was requested (redirects are the caller's business). */
  readonly url: string;
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  /** Decoded body; empty for redirects and 304s, whose bodies are not read. */
  readonly body: Buffer;
}

export interface Agents {
  readonly http: http.Agent;
  readonly https: https.Agent;
}

/** Keep-alive agents: a feed and its articles usually share a host. */
export function createAgents(maxSockets: number): Agents {
  return {
    http: new http.Agent({ keepAlive: true, maxSockets }),
    https: new https.Agent({ keepAlive: true, maxSockets }),
  };
}

/** Statuses whose body we never need: the answer is in the headers. */
function bodyless(status: number): boolean {
  return status === 304 || status === 204 || (status >= 300 && status < 400);
}

function decoderFor(encoding: string, url: string): Transform | null {
  switch (encoding) {
    case '':
    case 'identity':
      return null;
    case 'gzip':
    case 'x-gzip':
    case 'deflate':
      // createUnzip detects gzip and zlib headers, so both `deflate` flavours that servers send decode.
      return zlib.createUnzip();
    case 'br':
      return zlib.createBrotliDecompress();
    default:
      throw new FetchError('encoding', url, `unsupported content encoding '${encoding}'`);
  }
}

function networkDetail(error: NodeJS.ErrnoException): string {
  return error.code ? `${error.code}: ${error.message}` : error.message;
}

/** Seconds a 429/503 asks us to wait, from `Retry-After` (seconds or an HTTP date). */
export function retryAfterSeconds(headers: IncomingHttpHeaders): number | null {
  const value = headers['retry-after'];
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, Math.round((at - Date.now()) / 1000));
}

/**
 * GETs `url` with `headers` under `limits`. Resolves with any status (the
 * caller judges it); rejects only with a FetchError (network, timeout,
 * too-large, encoding, url). `signal` aborts it as a network error.
 */
export function requestOnce(
  url: URL,
  headers: Readonly<Record<string, string>>,
  limits: RequestLimits,
  agents: Agents,
  signal?: AbortSignal,
): Promise<RawResponse> {
  const href = url.href;
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return Promise.reject(new FetchError('url', href, `unsupported protocol '${url.protocol}'`));
  }
  const transport = url.protocol === 'https:' ? https : http;
  const agent = url.protocol === 'https:' ? agents.https : agents.http;

  return new Promise<RawResponse>((resolve, reject) => {
    let settled = false;
    let response: http.IncomingMessage | null = null;
    let decoder: Transform | null = null;

    const finish = (error: FetchError | null, value?: RawResponse) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      if (error) {
        decoder?.destroy();
        response?.destroy();
        request.destroy();
        reject(error);
      } else if (value) resolve(value);
    };
    const onAbort = () => finish(new FetchError('network', href, 'aborted'));

    const request = transport.request(url, { method: 'GET', headers: { ...headers }, agent });
    const timer = setTimeout(() => finish(new FetchError('timeout', href, `no complete response within ${limits.timeoutMs} ms`)), limits.timeoutMs);
    if (signal?.aborted) {
      queueMicrotask(onAbort);
    } else signal?.addEventListener('abort', onAbort, { once: true });

    request.on('error', (error: NodeJS.ErrnoException) => finish(new FetchError('network', href, networkDetail(error))));
    request.on('response', (res) => {
      response = res;
      const status = res.statusCode ?? 0;
      if (bodyless(status)) {
        res.resume(); // drain so the socket returns to the pool
        finish(null, { url: href, status, headers: res.headers, body: Buffer.alloc(0) });
        return;
      }
      const declared = Number(res.headers['content-length']);
      if (Number.isFinite(declared) && declared > limits.maxBytes) {
        finish(new FetchError('too-large', href, `body of ${declared} bytes announced, limit ${limits.maxBytes}`, status));
        return;
      }
      try {
        decoder = decoderFor((res.headers['content-encoding'] ?? '').trim().toLowerCase(), href);
      } catch (error) {
        finish(error as FetchError);
        return;
      }
      let wire = 0;
      let decoded = 0;
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => {
        wire += chunk.length;
        if (wire > limits.maxBytes) finish(new FetchError('too-large', href, `body over ${limits.maxBytes} bytes`, status));
      });
      res.on('aborted', () => finish(new FetchError('network', href, 'connection closed mid-body', status)));
      res.on('error', (error: NodeJS.ErrnoException) => finish(new FetchError('network', href, networkDetail(error), status)));
      const sink = decoder ?? res;
      if (decoder) {
        res.pipe(decoder);
        decoder.on('error', (error) => finish(new FetchError('encoding', href, `corrupt compressed body: ${error.message}`, status)));
      }
      sink.on('data', (chunk: Buffer) => {
        if (settled) return;
        decoded += chunk.length;
        if (decoded > limits.maxDecodedBytes) {
          finish(new FetchError('too-large', href, `decompressed body over ${limits.maxDecodedBytes} bytes`, status));
          return;
        }
        chunks.push(chunk);
      });
      sink.on('end', () => {
        finish(null, { url: href, status, headers: res.headers, body: Buffer.concat(chunks) });
      });
    });
    request.end();
  });
}
