/**
 * `brink watch` figures, against a local feed server (127.0.0.1, no network):
 *
 * 1. throughput: one round over a feed of ITEMS new articles, fetch → pipeline
 *    → store → state, in items/s, with the pipeline's share of the time;
 * 2. alert latency: a running watcher polls the feed every POLL_MS; an
 *    article reporting a nuclear threat is added to the feed, and the time
 *    until its alert reaches the stdout channel is measured, both from the
 *    moment it appeared (includes waiting for the next poll) and from the
 *    poll that saw it (the watcher's own processing).
 *
 *   node --import tsx -e "import('./bench/watch.ts').then(async m => console.log(await m.benchWatch()))"
 *
 * Called by bench/run.ts; prints nothing itself. Alerts need signals: with a
 * pipeline that finds none in the threat articles the latency figures are
 * reported as null.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { createPipeline, type Pipeline } from '../src/pipeline/index.ts';
import { createWatcher, parseConfig } from '../src/watch/index.ts';
import { articleHtml, generatedArticle, rssXml, type FeedItemSpec } from '../src/watch/testing/news.ts';
import { startServer } from '../src/watch/testing/server.ts';

/** Articles in the throughput round: enough for a steady rate, few enough for a shared 2-core machine. */
const ITEMS = 200;
/** Poll interval of the running watcher in the latency part. */
const POLL_MS = 2_000;
/** Threat articles published one after another in the latency part. */
const ALERT_SAMPLES = 5;
/** Longest wait for one alert before it is counted as missed. */
const ALERT_TIMEOUT_MS = 30_000;

/** Distinct stories, each reporting one act of nuclear signalling by a different actor. */
const THREATS: readonly { title: string; paragraphs: string[] }[] = [
  {
    title: 'Medvedev warns West over missile strikes',
    paragraphs: [
      'Former Russian President Dmitry Medvedev said on Tuesday that Moscow could use nuclear weapons if Western missiles struck deep inside Russia, adding that this was not a bluff.',
      'Western officials said they saw no change in Russia’s nuclear posture and urged restraint.',
    ],
  },
  {
    title: 'Putin approves revised nuclear doctrine',
    paragraphs: [
      'Russian President Vladimir Putin on Tuesday approved a revised nuclear doctrine that lowers the threshold for the use of nuclear weapons.',
      'Under the new text, an attack by a non-nuclear state backed by a nuclear power would be treated as a joint attack on Russia.',
    ],
  },
  {
    title: 'Lavrov says Russia will defend itself with all means',
    paragraphs: [
      'Russian Foreign Minister Sergei Lavrov said on Thursday that Russia would use all means at its disposal, including nuclear weapons, to defend its territory.',
      'He said Washington had been warned through closed channels about the consequences of further escalation.',
    ],
  },
  {
    title: 'Biden warns Moscow of catastrophic consequences',
    paragraphs: [
      'US President Joe Biden warned on Friday that any Russian use of a nuclear weapon would have catastrophic consequences for Russia.',
      'The White House said the message had been delivered privately to the Kremlin several times.',
    ],
  },
  {
    title: 'Belarus hosts Russian tactical nuclear weapons',
    paragraphs: [
      'Belarusian President Alexander Lukashenko said on Wednesday that Russian tactical nuclear weapons had been moved to Belarus and were ready for use.',
      'NATO said it was monitoring the deployment closely and saw no reason to change its own posture.',
    ],
  },
];

const round1 = (n: number) => Math.round(n * 10) / 10;

function timedPipeline(): { pipeline: Pipeline; ms: () => number } {
  const real = createPipeline();
  let total = 0;
  return {
    pipeline: {
      run(raw) {
        const t = performance.now();
        try {
          return real.run(raw);
        } finally {
          total += performance.now() - t;
        }
      },
    },
    ms: () => total,
  };
}

async function throughput(dir: string): Promise<Record<string, number>> {
  const server = await startServer();
  const items: FeedItemSpec[] = [];
  for (let n = 0; n < ITEMS; n++) {
    const a = generatedArticle(n, server.origin);
    const html = articleHtml(a);
    server.route(`/articles/${n}`, (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    });
    items.push({ title: a.title, link: a.link, guid: `b-${n}`, pubDate: new Date(a.published!).toUTCString() });
  }
  server.route('/feed.xml', (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rssXml('Bench wire', server.origin, items));
  });
  const config = parseConfig(
    `fetch: {host_delay: 0s, per_host: 4}\ndefaults: {max_items: ${ITEMS}}\nsources:\n  - {name: bench, type: rss, url: "${server.origin}/feed.xml"}\n`,
    join(dir, 'throughput.yaml'),
  );
  const timed = timedPipeline();
  // The pipeline's lexicons load on its first document: warm it so the round measures steady work.
  timed.pipeline.run({ source: 'warm-up', content: articleHtml(generatedArticle(ITEMS + 1, server.origin)), format: 'html', meta: {} });
  const warm = timed.ms();
  const watcher = createWatcher({ config, store: join(dir, 'throughput.db'), stdout: new PassThrough().resume(), log: () => undefined, pipeline: timed.pipeline });
  try {
    const t = performance.now();
    const round = await watcher.runRound({ all: true });
    const seconds = (performance.now() - t) / 1000;
    const stored = round.sources[0]?.stored ?? 0;
    const pipelineMs = timed.ms() - warm;
    return {
      'items in the round': ITEMS,
      'items stored': stored,
      'round wall time (s)': round1(seconds),
      'items/s (fetch → pipeline → store)': round1(stored / seconds),
      'pipeline ms per item': round1(pipelineMs / Math.max(1, stored)),
      'other ms per item (fetch, save, state)': round1((seconds * 1000 - pipelineMs) / Math.max(1, stored)),
    };
  } finally {
    await watcher.close();
    await server.close();
  }
}

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function alertLatency(dir: string): Promise<Record<string, number | null>> {
  const server = await startServer();
  const items: FeedItemSpec[] = [];
  server.route('/feed.xml', (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rssXml('Alerts wire', server.origin, items));
  });
  const config = parseConfig(
    [
      'fetch: {host_delay: 0s}',
      'sources:',
      `  - {name: live, type: rss, url: "${server.origin}/feed.xml", interval: ${POLL_MS}ms}`,
      'rules:',
      '  - {name: any-signal, min_severity: 0}',
      'alerts:',
      '  - {type: stdout, format: json}',
    ].join('\n'),
    join(dir, 'latency.yaml'),
  );
  const stdout = new PassThrough();
  const arrivals: number[] = [];
  stdout.on('data', (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) if (line.trim()) arrivals.push(Date.now());
  });
  const watcher = createWatcher({ config, store: join(dir, 'latency.db'), stdout, log: () => undefined });
  const controller = new AbortController();
  const running = watcher.run({ signal: controller.signal });
  const fromAppearance: number[] = [];
  const fromPoll: number[] = [];
  let missed = 0;
  try {
    for (let i = 0; i < ALERT_SAMPLES; i++) {
      const story = THREATS[i % THREATS.length]!;
      const path = `/threat/${i}`;
      server.route(path, (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(articleHtml({ ...story, published: `2024-11-${String(18 + i).padStart(2, '0')}T12:00:00Z` }));
      });
      const before = arrivals.length;
      const appeared = Date.now();
      items.unshift({ title: story.title, link: `${server.origin}${path}`, guid: `threat-${i}` });
      // Bounded wait: polled every 20 ms up to ALERT_TIMEOUT_MS.
      for (let waited = 0; arrivals.length === before && waited < ALERT_TIMEOUT_MS; waited += 20) await new Promise((r) => setTimeout(r, 20));
      if (arrivals.length === before) {
        missed++;
        continue;
      }
      const alerted = arrivals[before]!;
      const seen = server.requests.find((r) => r.path === '/feed.xml' && r.at >= appeared)?.at ?? appeared;
      fromAppearance.push(alerted - appeared);
      fromPoll.push(alerted - seen);
    }
  } finally {
    controller.abort();
    await running;
    await watcher.close();
    await server.close();
  }
  return {
    'poll interval (ms)': POLL_MS,
    'threat articles published': ALERT_SAMPLES,
    'alerts missed (no signal found)': missed,
    'appearance → alert, median (ms)': median(fromAppearance),
    'appearance → alert, max (ms)': fromAppearance.length ? Math.max(...fromAppearance) : null,
    'poll that saw it → alert, median (ms)': median(fromPoll),
    'poll that saw it → alert, max (ms)': fromPoll.length ? Math.max(...fromPoll) : null,
  };
}

export async function benchWatch(): Promise<Record<string, unknown>> {
  const dir = mkdtempSync(join(tmpdir(), 'brink-bench-watch-'));
  try {
    return { ...(await throughput(dir)), ...(await alertLatency(dir)) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
