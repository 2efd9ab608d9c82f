/**
 * Polling a Telegram export source (JSON or HTML): the export is re-read when
 * a file's size or modification time changed (a fresh export over the old one), and each
 * post not yet seen, or edited since, becomes a document.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { RoundContext, TelegramChannelSourceConfig, TelegramSourceConfig } from '../context.ts';
import { FetchError } from '../fetch/index.ts';
import { analyseAndStore, commitItem } from '../ingest.ts';
import { emptyReport, type SourceReport } from '../report.ts';
import { parseTelegramHtmlExport } from '../../input/telegram-html.ts';
import { parseTelegramWebPage } from '../../input/telegram-web.ts';
import { parseTelegramExport, postDocument, postMeta, postSource, TelegramExportError, type PostNaming, type TelegramExport } from '../../input/telegram.ts';

/**
 * The export's files: the configured file, or in the export's folder its
 * `result.json`, else its HTML pages (`messages.html`, `messages2.html`…, in
 * the exporter's order). The fingerprint changes when any of them does.
 */
async function exportFiles(path: string): Promise<{ files: string[]; fingerprint: string }> {
  let files = [path];
  if ((await stat(path)).isDirectory()) {
    const names = await readdir(path);
    const pages = names.flatMap((n) => {
      const m = HTML_PAGE.exec(n);
      return m ? [{ n, order: Number(m[1] || 1) }] : [];
    });
    files = names.includes('result.json') || pages.length === 0 ? [join(path, 'result.json')] : pages.sort((a, b) => a.order - b.order).map((p) => join(path, p.n));
  }
  const infos = await Promise.all(files.map((f) => stat(f)));
  return { files, fingerprint: infos.map((i) => `${i.size}:${Math.round(i.mtimeMs)}`).join(',') };
}

const HTML_PAGE = /^messages(\d*)\.html$/;

/** One export from its files: a JSON export, or the posts of every HTML page under the first page's channel. */
async function readExport(files: readonly string[]): Promise<TelegramExport> {
  const parts: TelegramExport[] = [];
  for (const file of files) {
    const text = await readFile(file, 'utf8');
    parts.push(extname(file).toLowerCase() === '.html' ? parseTelegramHtmlExport(text, file) : parseTelegramExport(text, file));
  }
  const [first] = parts;
  if (!first) throw new TelegramExportError(files.join(', '), 'no export file');
  return { channel: first.channel, entries: parts.flatMap((p) => p.entries) };
}

export async function pollTelegramSource(ctx: RoundContext, source: TelegramSourceConfig): Promise<SourceReport> {
  const report = emptyReport(source.name, source.type);
  const state = ctx.ingest.state;
  const started = ctx.ingest.now();
  const nextDueAt = new Date(started.getTime() + source.intervalMs).toISOString();
  const fail = async (message: string) => {
    report.status = 'error';
    report.error = message;
    await state.recordPoll({ name: source.name, ok: false, error: message, nextDueAt }, started.toISOString());
    return report;
  };

  let fingerprint: string;
  let exported;
  try {
    let files: string[];
    ({ files, fingerprint } = await exportFiles(source.path));
    if ((await state.getSource(source.name))?.etag === fingerprint) {
      report.status = 'not-modified';
      await state.recordPoll({ name: source.name, ok: true, nextDueAt }, started.toISOString());
      return report;
    }
    exported = await readExport(files);
  } catch (error) {
    if (error instanceof TelegramExportError) return fail(error.message);
    const code = (error as NodeJS.ErrnoException).code;
    if (code) return fail(`${source.path}: ${code === 'ENOENT' ? 'no such file (expected a Telegram export: result.json, messages.html or their folder)' : (error as Error).message}`);
    throw error;
  }

  const slug = source.channel ?? (exported.channel.id || exported.channel.name);
  if (!(await storePosts(ctx, source.name, exported, { slug, username: source.channel, lang: source.lang }, report))) return { ...report, status: 'stopped' };
  // The fingerprint last: a kill before this line re-reads the file and skips what is marked.
  await state.recordPoll({ name: source.name, ok: true, etag: fingerprint, lastModified: null, nextDueAt }, started.toISOString());
  return report;
}

/**
 * A public channel read live from its web preview (t.me/s/<channel>): the
 * latest posts on each poll; posts already stored are passed over by their
 * key, so a poll that sees nothing new stores nothing. When none of the
 * page's posts was stored before (the channel posted more than a page since
 * the last poll), older pages are read back until one reaches a stored post,
 * so busy channels lose nothing between polls.
 */
export async function pollTelegramChannel(ctx: RoundContext, source: TelegramChannelSourceConfig): Promise<SourceReport> {
  const report = emptyReport(source.name, source.type);
  const state = ctx.ingest.state;
  const started = ctx.ingest.now();
  const nextDueAt = new Date(started.getTime() + source.intervalMs).toISOString();
  let exported: TelegramExport;
  try {
    exported = await readPreviewPage(ctx, source.url);
  } catch (error) {
    if (ctx.signal.aborted) return { ...report, status: 'stopped' };
    if (!(error instanceof TelegramExportError || error instanceof FetchError)) throw error;
    report.status = 'error';
    report.error = error.message;
    await state.recordPoll({ name: source.name, ok: false, error: error.message, nextDueAt }, started.toISOString());
    return report;
  }
  // A channel polled for the first time starts from its latest page, not its history.
  if ((await state.getSource(source.name))?.last_ok_at) exported = await withMissedPosts(ctx, source, exported, report);
  if (!(await storePosts(ctx, source.name, exported, { slug: source.channel, username: source.channel, lang: source.lang }, report))) return { ...report, status: 'stopped' };
  await state.recordPoll({ name: source.name, ok: true, nextDueAt }, started.toISOString());
  return report;
}

/**
 * Older preview pages walked back at most, twenty posts each: enough for a
 * channel that posted a hundred times between two polls, and a bound on the
 * requests a poll makes however long the watcher was off (what is older
 * than that is left, and said in the poll's problems).
 */
const CATCH_UP_PAGES = 5;

async function readPreviewPage(ctx: RoundContext, url: string): Promise<TelegramExport> {
  const page = await ctx.fetcher.get(url, 'page', {}, ctx.signal);
  if (page.status !== 'ok') throw new TelegramExportError(url, 'no page');
  return parseTelegramWebPage(page.text, page.url);
}

/**
 * The page's posts with the older ones the last poll did not see: while no
 * post of the oldest page read is stored, the page before it
 * (`?before=<oldest id>`). A page back that fails ends the walk; the poll
 * stores what it has and names the failure.
 */
async function withMissedPosts(ctx: RoundContext, source: TelegramChannelSourceConfig, latest: TelegramExport, report: SourceReport): Promise<TelegramExport> {
  let entries = latest.entries;
  let page = latest.entries;
  for (let back = 0; ; back++) {
    const ids = page.flatMap((e) => (e.kind === 'post' ? [e.post.id] : []));
    if (ids.length === 0) return { ...latest, entries };
    for (const id of ids) if (await ctx.ingest.state.getItem(postSource(source.channel, id))) return { ...latest, entries };
    const oldest = Math.min(...ids);
    if (back === CATCH_UP_PAGES) {
      report.problems.push(`${source.url}: posts older than ${source.channel}/${oldest} not read back (more than ${CATCH_UP_PAGES} pages since the last poll)`);
      return { ...latest, entries };
    }
    const url = new URL(source.url);
    url.searchParams.set('before', String(oldest));
    try {
      page = (await readPreviewPage(ctx, url.href)).entries.filter((e) => e.kind !== 'post' || e.post.id < oldest);
    } catch (error) {
      // Stopped meanwhile: storing what was read ends at once too.
      if (ctx.signal.aborted) return { ...latest, entries };
      if (!(error instanceof TelegramExportError || error instanceof FetchError)) throw error;
      report.problems.push(`${url.href}: ${error.message}; posts before ${source.channel}/${oldest} not read back`);
      return { ...latest, entries };
    }
    entries = [...page, ...entries];
  }
}

/**
 * Each post of an export not yet stored (or edited since) through the
 * pipeline into the store, its state marked with it. False when the watcher
 * was stopped before the last post.
 */
async function storePosts(ctx: RoundContext, sourceName: string, exported: TelegramExport, naming: PostNaming, report: SourceReport): Promise<boolean> {
  const state = ctx.ingest.state;
  for (const entry of exported.entries) {
    if (ctx.signal.aborted) return false;
    if (entry.kind !== 'post') continue;
    report.listed++;
    const { post } = entry;
    const key = postSource(naming.slug, post.id);
    const version = post.edited ?? '';
    const seen = await state.getItem(key);
    if (seen && seen.version === version) continue;
    if (!ctx.claim(key)) continue;
    report.fresh++;
    const meta = postMeta(exported.channel, post);
    const mark = { key, source: sourceName, version, meta };
    const outcome = await analyseAndStore(ctx.ingest, postDocument(exported.channel, post, naming), meta);
    if (!outcome.ok) {
      await commitItem(ctx.ingest, [], { ...mark, status: 'failed', detail: outcome.error });
      report.failed++;
      report.problems.push(`${key}: ${outcome.error}`);
      continue;
    }
    const added = await commitItem(ctx.ingest, outcome.alerts, { ...mark, status: 'stored', documentId: outcome.documentId });
    report.alerts += added;
    if (outcome.stored) report.stored++;
    else report.present++;
  }
  return true;
}
