/**
 * A real HTTP server on 127.0.0.1 for the watcher's tests and benchmark:
 * routes are plain handlers, every request is logged, and `close()` ends
 * open connections too (a slow route must not keep a test alive).
 *
 * It lives beside the code rather than under test/ because bench/watch.ts
 * serves its feeds with it as well.
 */
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Handler = (req: IncomingMessage, res: ServerResponse, url: URL) => void | Promise<void>;

export interface LoggedRequest {
  readonly path: string;
  readonly headers: IncomingMessage['headers'];
  readonly at: number;
}

export interface TestServer {
  /** `http://127.0.0.1:PORT` */
  readonly origin: string;
  readonly requests: LoggedRequest[];
  /** Sets (or replaces) the handler of an exact path (query string excluded). */
  route(path: string, handler: Handler): void;
  /** Requests whose path (query excluded) equals `path`. */
  hits(path: string): LoggedRequest[];
  /** Requests in flight right now, and the most ever at once. */
  readonly concurrency: { current: number; max: number };
  close(): Promise<void>;
}

export async function startServer(routes: Record<string, Handler> = {}): Promise<TestServer> {
  const table = new Map(Object.entries(routes));
  const requests: LoggedRequest[] = [];
  const concurrency = { current: 0, max: 0 };
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push({ path: url.pathname, headers: req.headers, at: Date.now() });
    concurrency.current++;
    concurrency.max = Math.max(concurrency.max, concurrency.current);
    let counted = true;
    const done = () => {
      if (counted) concurrency.current--;
      counted = false;
    };
    res.on('close', done);
    const handler = table.get(url.pathname);
    if (!handler) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    Promise.resolve(handler(req, res, url)).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    concurrency,
    route(path, handler) {
      table.set(path, handler);
    },
    hits(path) {
      return requests.filter((r) => r.path === path);
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** A handler that always answers `body` with `contentType` (and optional extra headers). */
export function serve(body: string | Buffer, contentType: string, headers: Record<string, string> = {}): Handler {
  return (_req, res) => {
    res.writeHead(200, { 'content-type': contentType, ...headers }).end(body);
  };
}
