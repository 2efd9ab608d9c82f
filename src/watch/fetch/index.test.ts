import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import zlib from 'node:zlib';
import { startServer, serve, type TestServer } from '../testing/server.ts';
import { createFetcher, FetchError, type FetcherOptions } from './index.ts';

const RSS = '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>';
const HTML = '<!doctype html><html><head><title>A</title></head><body><p>Text</p></body></html>';

/** Fast settings: tests must not wait on real politeness delays or backoff. */
const FAST: Partial<FetcherOptions> = { hostDelayMs: 0, backoffBaseMs: 5, backoffCapMs: 20, timeoutMs: 2_000, attempts: 3 };

let server: TestServer;
before(async () => {
  server = await startServer();
});
after(async () => {
  await server.close();
});

async function failure(promise: Promise<unknown>): Promise<FetchError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof FetchError, `expected a FetchError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected the fetch to fail');
}

test('conditional GET: validators are sent back and a 304 is reported as not modified', async () => {
  server.route('/cond.xml', (req, res) => {
    if (req.headers['if-none-match'] === '"v1"') {
      res.writeHead(304).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"', 'last-modified': 'Thu, 21 Nov 2024 10:00:00 GMT' }).end(RSS);
  });
  const fetcher = createFetcher(FAST);
  try {
    const first = await fetcher.get(`${server.origin}/cond.xml`, 'feed');
    assert.equal(first.status, 'ok');
    assert.ok(first.status === 'ok' && first.text.includes('<rss'));
    assert.ok(first.status === 'ok' && first.etag === '"v1"' && first.lastModified === 'Thu, 21 Nov 2024 10:00:00 GMT');
    const second = await fetcher.get(`${server.origin}/cond.xml`, 'feed', { etag: '"v1"', lastModified: 'Thu, 21 Nov 2024 10:00:00 GMT' });
    assert.equal(second.status, 'not-modified');
    const hits = server.hits('/cond.xml');
    assert.equal(hits.at(-1)?.headers['if-modified-since'], 'Thu, 21 Nov 2024 10:00:00 GMT');
  } finally {
    fetcher.close();
  }
});

test('5xx is retried with backoff until it succeeds; permanent 5xx fails after the last attempt', async () => {
  let calls = 0;
  server.route('/flaky.xml', (_req, res) => {
    calls++;
    if (calls <= 2) res.writeHead(503, { 'content-type': 'text/plain' }).end('busy');
    else res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(RSS);
  });
  server.route('/down.xml', (_req, res) => {
    res.writeHead(500, { 'content-type': 'text/plain' }).end('boom');
  });
  const fetcher = createFetcher(FAST);
  try {
    const ok = await fetcher.get(`${server.origin}/flaky.xml`, 'feed');
    assert.equal(ok.status, 'ok');
    assert.equal(calls, 3);
    const error = await failure(fetcher.get(`${server.origin}/down.xml`, 'feed'));
    assert.equal(error.kind, 'http');
    assert.equal(error.status, 500);
    assert.equal(error.transient, true);
    assert.equal(server.hits('/down.xml').length, 3);
  } finally {
    fetcher.close();
  }
});

test('4xx is not retried', async () => {
  server.route('/gone.xml', (_req, res) => {
    res.writeHead(410).end();
  });
  const fetcher = createFetcher(FAST);
  try {
    const error = await failure(fetcher.get(`${server.origin}/gone.xml`, 'feed'));
    assert.equal(error.status, 410);
    assert.equal(error.transient, false);
    assert.equal(server.hits('/gone.xml').length, 1);
  } finally {
    fetcher.close();
  }
});

test('a response slower than the timeout is abandoned', async () => {
  const timers: NodeJS.Timeout[] = [];
  server.route('/slow.xml', (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    res.write('<?xml version="1.0"?><rss>');
    // Dribble one byte every 100 ms: never done within the 300 ms timeout.
    const timer = setInterval(() => res.write(' '), 100);
    timers.push(timer);
    res.on('close', () => clearInterval(timer));
  });
  const fetcher = createFetcher({ ...FAST, timeoutMs: 300, attempts: 2 });
  try {
    const error = await failure(fetcher.get(`${server.origin}/slow.xml`, 'feed'));
    assert.equal(error.kind, 'timeout');
    assert.match(error.message, /slow\.xml/);
    assert.equal(server.hits('/slow.xml').length, 2, 'a timeout counts as transient and is retried');
  } finally {
    timers.forEach(clearInterval);
    fetcher.close();
  }
});

test('redirects are followed; a loop is detected and named', async () => {
  server.route('/old.xml', (_req, res) => {
    res.writeHead(301, { location: '/new.xml' }).end();
  });
  server.route('/new.xml', serve(RSS, 'application/rss+xml'));
  server.route('/loop-a', (_req, res) => {
    res.writeHead(302, { location: '/loop-b' }).end();
  });
  server.route('/loop-b', (_req, res) => {
    res.writeHead(302, { location: '/loop-a' }).end();
  });
  let n = 0;
  server.route('/chain', (_req, res) => {
    res.writeHead(302, { location: `/chain?step=${++n}` }).end();
  });
  const fetcher = createFetcher(FAST);
  try {
    const moved = await fetcher.get(`${server.origin}/old.xml`, 'feed');
    assert.equal(moved.url, `${server.origin}/new.xml`);
    const loop = await failure(fetcher.get(`${server.origin}/loop-a`, 'feed'));
    assert.equal(loop.kind, 'redirect');
    assert.match(loop.message, /redirect loop: .*loop-a -> .*loop-b -> .*loop-a/);
    const endless = await failure(fetcher.get(`${server.origin}/chain`, 'feed'));
    assert.equal(endless.kind, 'redirect');
    assert.match(endless.message, /more than 5 redirects/);
    assert.ok(server.hits('/chain').length <= 6);
  } finally {
    fetcher.close();
  }
});

test('bodies over the limit are refused, announced or streamed', async () => {
  const big = Buffer.alloc(3 * 1024 * 1024, 'a');
  server.route('/big-announced.xml', serve(big, 'application/rss+xml'));
  server.route('/big-streamed.xml', (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml' }); // chunked: no Content-Length
    let sent = 0;
    const push = () => {
      // Stop once the client hangs up; bounded regardless at 8 MB.
      while (sent < 8 * 1024 * 1024 && !res.destroyed) {
        sent += 64 * 1024;
        if (!res.write(Buffer.alloc(64 * 1024, 'b'))) {
          res.once('drain', push);
          return;
        }
      }
      res.end();
    };
    push();
  });
  const fetcher = createFetcher({ ...FAST, maxBytes: 1024 * 1024 });
  try {
    const announced = await failure(fetcher.get(`${server.origin}/big-announced.xml`, 'feed'));
    assert.equal(announced.kind, 'too-large');
    assert.match(announced.message, /announced/);
    const streamed = await failure(fetcher.get(`${server.origin}/big-streamed.xml`, 'feed'));
    assert.equal(streamed.kind, 'too-large');
    assert.equal(streamed.transient, false);
  } finally {
    fetcher.close();
  }
});

test('a gzip bomb is stopped at the decompressed limit; honest gzip, deflate and brotli decode', async () => {
  // 64 MB of zeros compress to about 64 KB: far under the wire limit, far over the decoded one.
  const bomb = zlib.gzipSync(Buffer.alloc(64 * 1024 * 1024), { level: 9 });
  server.route('/bomb.xml', serve(bomb, 'application/rss+xml', { 'content-encoding': 'gzip' }));
  server.route('/gz.xml', serve(zlib.gzipSync(RSS), 'application/rss+xml', { 'content-encoding': 'gzip' }));
  server.route('/deflate.xml', serve(zlib.deflateSync(RSS), 'application/rss+xml', { 'content-encoding': 'deflate' }));
  server.route('/br.xml', serve(zlib.brotliCompressSync(RSS), 'application/rss+xml', { 'content-encoding': 'br' }));
  server.route('/corrupt.xml', serve(Buffer.from('not gzip at all'), 'application/rss+xml', { 'content-encoding': 'gzip' }));
  const fetcher = createFetcher({ ...FAST, maxBytes: 1024 * 1024, maxDecodedBytes: 4 * 1024 * 1024 });
  try {
    assert.ok(bomb.length < 1024 * 1024);
    const error = await failure(fetcher.get(`${server.origin}/bomb.xml`, 'feed'));
    assert.equal(error.kind, 'too-large');
    assert.match(error.message, /decompressed body over 4194304 bytes/);
    for (const path of ['/gz.xml', '/deflate.xml', '/br.xml']) {
      const ok = await fetcher.get(`${server.origin}${path}`, 'feed');
      assert.ok(ok.status === 'ok' && ok.text === RSS, path);
    }
    const corrupt = await failure(fetcher.get(`${server.origin}/corrupt.xml`, 'feed'));
    assert.equal(corrupt.kind, 'encoding');
  } finally {
    fetcher.close();
  }
});

test('content types: wrong kinds are refused, XML under a vague type is accepted', async () => {
  server.route('/image.xml', serve(Buffer.from([0x89, 0x50, 0x4e, 0x47]), 'image/png'));
  server.route('/page-as-feed', serve(HTML, 'text/html; charset=utf-8'));
  server.route('/plain-feed', serve(RSS, 'text/plain'));
  server.route('/pdf-article', serve('%PDF-1.4', 'application/pdf'));
  server.route('/article', serve(HTML, 'text/html; charset=utf-8'));
  const fetcher = createFetcher(FAST);
  try {
    assert.equal((await failure(fetcher.get(`${server.origin}/image.xml`, 'feed'))).kind, 'content-type');
    const html = await failure(fetcher.get(`${server.origin}/page-as-feed`, 'feed'));
    assert.match(html.message, /expected an XML feed, got 'text\/html'/);
    assert.equal((await fetcher.get(`${server.origin}/plain-feed`, 'feed')).status, 'ok');
    assert.match((await failure(fetcher.get(`${server.origin}/pdf-article`, 'page'))).message, /expected an HTML page, got 'application\/pdf'/);
    const page = await fetcher.get(`${server.origin}/article`, 'page');
    assert.ok(page.status === 'ok' && page.mediaType === 'text/html');
  } finally {
    fetcher.close();
  }
});

test('charset from the header, then the XML declaration', async () => {
  const cyr = Buffer.from([0xcc, 0xc8, 0xc4]); // "МИД" in windows-1251
  const xml = Buffer.concat([Buffer.from('<?xml version="1.0" encoding="windows-1251"?><rss><channel><title>'), cyr, Buffer.from('</title></channel></rss>')]);
  server.route('/cp1251.xml', serve(xml, 'application/xml'));
  server.route('/cp1251-header.xml', serve(Buffer.concat([Buffer.from('<rss><channel><title>'), cyr, Buffer.from('</title></channel></rss>')]), 'application/xml; charset=windows-1251'));
  const fetcher = createFetcher(FAST);
  try {
    for (const path of ['/cp1251.xml', '/cp1251-header.xml']) {
      const r = await fetcher.get(`${server.origin}${path}`, 'feed');
      assert.ok(r.status === 'ok' && r.text.includes('<title>МИД</title>'), path);
    }
  } finally {
    fetcher.close();
  }
});

test('robots.txt: a forbidden path is not fetched; robots.txt is fetched once per host', async () => {
  const robotsServer = await startServer({
    '/robots.txt': serve('User-agent: *\nDisallow: /private/\nAllow: /private/open\n\nUser-agent: OtherBot\nDisallow: /\n', 'text/plain'),
    '/private/feed.xml': serve(RSS, 'application/rss+xml'),
    '/private/open.xml': serve(RSS, 'application/rss+xml'),
    '/public.xml': serve(RSS, 'application/rss+xml'),
  });
  const fetcher = createFetcher(FAST);
  try {
    const error = await failure(fetcher.get(`${robotsServer.origin}/private/feed.xml`, 'feed'));
    assert.equal(error.kind, 'robots');
    assert.equal(robotsServer.hits('/private/feed.xml').length, 0);
    assert.equal((await fetcher.get(`${robotsServer.origin}/private/open.xml`, 'feed')).status, 'ok');
    assert.equal((await fetcher.get(`${robotsServer.origin}/public.xml`, 'feed')).status, 'ok');
    assert.equal(robotsServer.hits('/robots.txt').length, 1);
  } finally {
    fetcher.close();
    await robotsServer.close();
  }
});

test('a host whose robots.txt answers 5xx is not crawled for now, and the failure says so and stays retryable', async () => {
  const broken = await startServer({
    '/robots.txt': (_req, res) => {
      res.writeHead(503).end();
    },
    '/feed.xml': serve(RSS, 'application/rss+xml'),
  });
  const fetcher = createFetcher({ ...FAST, attempts: 1 });
  try {
    const error = await failure(fetcher.get(`${broken.origin}/feed.xml`, 'feed'));
    assert.equal(error.kind, 'http');
    assert.equal(error.transient, true, 'a later round tries again');
    assert.match(error.message, /robots\.txt of 127\.0\.0\.1:\d+ could not be fetched .*503/);
    assert.equal(broken.hits('/feed.xml').length, 0);
  } finally {
    fetcher.close();
    await broken.close();
  }
});

test('an unreachable host is a network failure (retryable), not a robots.txt refusal', async () => {
  const gone = await startServer({});
  const origin = gone.origin;
  await gone.close();
  const fetcher = createFetcher({ ...FAST, attempts: 1 });
  try {
    const error = await failure(fetcher.get(`${origin}/feed.xml`, 'feed'));
    assert.equal(error.kind, 'network');
    assert.equal(error.transient, true);
    assert.match(error.message, /robots\.txt of .* could not be fetched/);
  } finally {
    fetcher.close();
  }
});

test('per-host politeness: never more requests in flight than allowed', async () => {
  const polite = await startServer({
    '/slowish': (_req, res) => {
      setTimeout(() => res.writeHead(200, { 'content-type': 'text/html' }).end(HTML), 30);
    },
  });
  const fetcher = createFetcher({ ...FAST, maxPerHost: 2 });
  try {
    const results = await Promise.all(Array.from({ length: 8 }, () => fetcher.get(`${polite.origin}/slowish`, 'page')));
    assert.equal(results.filter((r) => r.status === 'ok').length, 8);
    assert.equal(polite.concurrency.max, 2);
  } finally {
    fetcher.close();
    await polite.close();
  }
});

test('refused connections are network errors, non-http URLs are refused outright', async () => {
  const closed = await startServer();
  const origin = closed.origin;
  await closed.close();
  const fetcher = createFetcher({ ...FAST, attempts: 2, robots: false });
  try {
    const error = await failure(fetcher.get(`${origin}/feed.xml`, 'feed'));
    assert.equal(error.kind, 'network');
    assert.match(error.message, /ECONNREFUSED/);
    assert.equal((await failure(fetcher.get('file:///etc/passwd', 'feed'))).kind, 'url');
    assert.equal((await failure(fetcher.get('not a url', 'feed'))).kind, 'url');
  } finally {
    fetcher.close();
  }
});
