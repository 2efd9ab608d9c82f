/**
 * Polling a Telegram export source: the export file is re-read when its size
 * or modification time changed (a fresh export over the old one), and each
 * post not yet seen, or edited since, becomes a document.
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { RoundContext, TelegramSourceConfig } from '../context.ts';
import { analyseAndStore, commitItem } from '../ingest.ts';
import { emptyReport, type SourceReport } from '../report.ts';
import { parseTelegramExport, postDocument, postMeta, postSource, TelegramExportError } from '../../input/telegram.ts';

/** The export file: the configured path, or `result.json` inside it when it is the export's folder. */
async function exportFile(path: string): Promise<{ file: string; fingerprint: string }> {
  let info = await stat(path);
  let file = path;
  if (info.isDirectory()) {
    file = join(path, 'result.json');
    info = await stat(file);
  }
  return { file, fingerprint: `${info.size}:${Math.round(info.mtimeMs)}` };
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

  let file: string;
  let fingerprint: string;
  let exported;
  try {
    ({ file, fingerprint } = await exportFile(source.path));
    if ((await state.getSource(source.name))?.etag === fingerprint) {
      report.status = 'not-modified';
      await state.recordPoll({ name: source.name, ok: true, nextDueAt }, started.toISOString());
      return report;
    }
    exported = parseTelegramExport(await readFile(file, 'utf8'), file);
  } catch (error) {
    if (error instanceof TelegramExportError) return fail(error.message);
    const code = (error as NodeJS.ErrnoException).code;
    if (code) return fail(`${source.path}: ${code === 'ENOENT' ? 'no such file (expected a Telegram result.json or its folder)' : (error as Error).message}`);
    throw error;
  }

  const slug = source.channel ?? exported.channel.id;
  const naming = { slug, username: source.channel, lang: source.lang };
  for (const entry of exported.entries) {
    if (ctx.signal.aborted) return { ...report, status: 'stopped' };
    if (entry.kind !== 'post') continue;
    report.listed++;
    const { post } = entry;
    const key = postSource(slug, post.id);
    const version = post.edited ?? '';
    const seen = await state.getItem(key);
    if (seen && seen.version === version) continue;
    if (!ctx.claim(key)) continue;
    report.fresh++;
    const meta = postMeta(exported.channel, post);
    const mark = { key, source: source.name, version, meta };
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
  // The fingerprint last: a kill before this line re-reads the file and skips what is marked.
  await state.recordPoll({ name: source.name, ok: true, etag: fingerprint, lastModified: null, nextDueAt }, started.toISOString());
  return report;
}
