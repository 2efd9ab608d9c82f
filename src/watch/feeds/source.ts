/**
 * Polling one feed source (RSS, Atom, news sitemap): conditional GET of the
 * feed, then each new or changed item's page through the pipeline with the
 * item's metadata (title, date, URL). The page's own metadata wins over the
 * feed's when the extract stage finds it (caller metadata is the fallback).
 *
 * The feed's validators (ETag, Last-Modified) are recorded only once every
 * listed item has been dealt with: recorded earlier, a kill mid-round would
 * make the next poll a 304 and lose the items not yet processed.
 */
import type { DocumentMeta, RawDocument } from '../../document/index.ts';
import type { FeedSourceConfig, RoundContext } from '../context.ts';
import { forEachLimit } from '../concurrency.ts';
import { FetchError } from '../fetch/index.ts';
import { analyseAndStore, commitItem } from '../ingest.ts';
import { emptyReport, type SourceReport } from '../report.ts';
import type { ItemMark } from '../state/index.ts';
import { FeedError, parseFeed, type FeedItem } from './index.ts';

/** A sitemap index lists sitemaps by period; the newest few hold today's news. */
export const MAX_CHILD_SITEMAPS = 3;

/**
 * Text (tags stripped) a feed item must carry to stand in for its page when
 * the page cannot be fetched: about two sentences. Less is a teaser that
 * would give the pipeline a headline and nothing to attribute.
 */
export const MIN_FEED_TEXT_CHARS = 200;

/** Rounds an item whose page keeps failing transiently is tried before it is given up. */
export const MAX_ITEM_ATTEMPTS = 5;

/** Page fetches in flight per source (the fetcher's per-host limit still applies). */
const ITEM_CONCURRENCY = 4;

/** When a round leaves items over the per-round limit, poll again this soon rather than a full interval later. */
const BACKLOG_REPOLL_MS = 60_000;

/** Query parameters that only track a click; two links differing in them are one article. */
const TRACKING_PARAM = /^(utm_\w+|fbclid|gclid|yclid|mc_cid|mc_eid|ocid|cmpid|at_medium|at_campaign)$/i;

/** The identity of an item across feeds: its normalised link, else the feed URL and item id. */
export function itemKey(item: FeedItem, feedUrl: string): string {
  if (item.link) {
    try {
      const url = new URL(item.link);
      url.hash = '';
      for (const name of [...url.searchParams.keys()]) if (TRACKING_PARAM.test(name)) url.searchParams.delete(name);
      return url.href;
    } catch {
      // fall through to the feed-scoped id
    }
  }
  return `${feedUrl}#${item.id}`;
}

function stripTags(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&[#\w]+;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function languageOf(item: FeedItem, fallback: string | null): string | null {
  const lang = item.lang?.trim().toLowerCase().slice(0, 2);
  return lang && /^[a-z]{2}$/.test(lang) ? lang : fallback;
}

function itemMeta(item: FeedItem, lang: string | null): DocumentMeta {
  return {
    ...(item.link ? { url: item.link } : {}),
    ...(item.title ? { title: item.title } : {}),
    ...(item.published ? { published: item.published } : {}),
    ...(lang ? { lang } : {}),
    ...(item.author ? { author: item.author } : {}),
  };
}

type ItemOutcome = 'stored' | 'present' | 'skipped' | 'failed' | 'retry';

async function processItem(
  ctx: RoundContext,
  source: FeedSourceConfig,
  item: FeedItem,
  key: string,
  version: string,
  attempts: number,
  report: SourceReport,
): Promise<ItemOutcome | null> {
  const meta = itemMeta(item, languageOf(item, source.lang));
  const mark = (status: ItemMark['status'], extra: Partial<ItemMark> = {}): ItemMark => ({ key, source: source.name, version, status, ...extra });
  const feedText = item.content && stripTags(item.content).length >= MIN_FEED_TEXT_CHARS ? item.content : null;
  const docSource = item.link ?? key;
  let raw: RawDocument | null = null;
  let problem: string | null = null;

  if (source.articles && item.link) {
    try {
      const page = await ctx.fetcher.get(item.link, 'page', {}, ctx.signal);
      // The feed's metadata is a fallback for what the page does not declare (see analyseAndStore).
      if (page.status === 'ok') raw = { source: docSource, content: page.text, format: 'html', meta: meta.lang ? { lang: meta.lang } : {} };
    } catch (error) {
      if (ctx.signal.aborted) return null;
      if (!(error instanceof FetchError)) throw error;
      if (error.transient && attempts + 1 < MAX_ITEM_ATTEMPTS) {
        await commitItem(ctx.ingest, [], mark('retry', { detail: error.message }));
        report.problems.push(`${item.link}: ${error.detail} (will retry)`);
        return 'retry';
      }
      problem = error.message;
    }
  }
  if (!raw && feedText) {
    // The page is out of reach (or not wanted): the feed's own text stands in for it.
    raw = { source: docSource, content: feedText, format: 'html', meta };
  }
  if (!raw) {
    const status = problem ? 'failed' : 'skipped';
    await commitItem(ctx.ingest, [], mark(status, { detail: problem ?? 'no page fetched and no text in the feed' }));
    if (problem) report.problems.push(problem);
    return status;
  }
  if (ctx.signal.aborted) return null;
  const outcome = await analyseAndStore(ctx.ingest, raw, null, { ...meta, ...(item.link ? { url: item.link } : {}) });
  if (!outcome.ok) {
    await commitItem(ctx.ingest, [], mark('failed', { detail: outcome.error }));
    report.problems.push(`${docSource}: ${outcome.error}`);
    return 'failed';
  }
  // Awaited first: `report.alerts += await …` would read the count before the await and lose what a concurrent item added.
  const added = await commitItem(ctx.ingest, outcome.alerts, mark('stored', { documentId: outcome.documentId, detail: problem }));
  report.alerts += added;
  return outcome.stored ? 'stored' : 'present';
}

async function fetchFeedItems(ctx: RoundContext, source: FeedSourceConfig, text: string, finalUrl: string, report: SourceReport): Promise<FeedItem[]> {
  const feed = parseFeed(text, finalUrl);
  if (feed.kind !== 'sitemap-index') return [...feed.items];
  const items: FeedItem[] = [];
  for (const child of feed.sitemaps.slice(0, MAX_CHILD_SITEMAPS)) {
    try {
      const result = await ctx.fetcher.get(child, 'feed', {}, ctx.signal);
      if (result.status === 'ok') items.push(...parseFeed(result.text, result.url).items);
    } catch (error) {
      if (ctx.signal.aborted) break;
      if (!(error instanceof FetchError || error instanceof FeedError)) throw error;
      report.problems.push(error.message);
    }
  }
  return items;
}

export async function pollFeedSource(ctx: RoundContext, source: FeedSourceConfig): Promise<SourceReport> {
  const report = emptyReport(source.name, source.type);
  const state = ctx.ingest.state;
  const started = ctx.ingest.now();
  const due = (ms: number) => new Date(started.getTime() + ms).toISOString();
  const previous = await state.getSource(source.name);
  const fail = async (message: string) => {
    report.status = 'error';
    report.error = message;
    await state.recordPoll({ name: source.name, ok: false, error: message, nextDueAt: due(source.intervalMs) }, started.toISOString());
    return report;
  };

  let result;
  try {
    result = await ctx.fetcher.get(source.url, 'feed', { etag: previous?.etag ?? null, lastModified: previous?.last_modified ?? null }, ctx.signal);
  } catch (error) {
    if (ctx.signal.aborted) return { ...report, status: 'stopped' };
    if (!(error instanceof FetchError)) throw error;
    return fail(error.message);
  }
  if (result.status === 'not-modified') {
    report.status = 'not-modified';
    await state.recordPoll({ name: source.name, ok: true, nextDueAt: due(source.intervalMs) }, started.toISOString());
    return report;
  }

  let items: FeedItem[];
  try {
    items = await fetchFeedItems(ctx, source, result.text, result.url, report);
  } catch (error) {
    if (!(error instanceof FeedError)) throw error;
    return fail(error.message);
  }
  report.listed = items.length;

  const fresh: { item: FeedItem; key: string; version: string; attempts: number }[] = [];
  const keys = new Set<string>();
  for (const item of items) {
    const key = itemKey(item, source.url);
    if (keys.has(key)) continue; // listed twice in one feed
    keys.add(key);
    const version = item.updated ?? '';
    const seen = await state.getItem(key);
    if (seen && seen.version === version && seen.status !== 'retry') continue;
    fresh.push({ item, key, version, attempts: seen?.status === 'retry' ? seen.attempts : 0 });
  }
  report.fresh = fresh.length;
  // Items another source is handling in this round are left to it (the same article in two feeds).
  const batch: typeof fresh = [];
  for (const entry of fresh) {
    if (batch.length >= source.maxItems) break;
    if (ctx.claim(entry.key)) batch.push(entry);
  }

  await forEachLimit(
    batch,
    ITEM_CONCURRENCY,
    async ({ item, key, version, attempts }) => {
      const outcome = await processItem(ctx, source, item, key, version, attempts, report);
      if (outcome) report[outcome]++;
    },
    ctx.signal,
  );
  if (ctx.signal.aborted) return { ...report, status: 'stopped' };

  const backlog = fresh.length > source.maxItems;
  const complete = !backlog && report.retry === 0;
  await state.recordPoll(
    {
      name: source.name,
      ok: true,
      // Validators only for a feed whose every item is done (see the file comment).
      etag: complete ? result.etag : null,
      lastModified: complete ? result.lastModified : null,
      nextDueAt: due(backlog ? Math.min(source.intervalMs, BACKLOG_REPOLL_MS) : source.intervalMs),
    },
    started.toISOString(),
  );
  return report;
}
