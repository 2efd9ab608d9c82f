/**
 * A drop folder: files that appear in it are read by the input layer (any
 * format `brink analyze` reads: HTML, text, JSON and JSONL records) and
 * stored. A file still being written is left alone until its size and
 * modification time hold still for the settle time; a file that changes
 * later is read again (the store keeps what it already had).
 */
import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { readInputs } from '../../input/index.ts';
import type { FolderSourceConfig, RoundContext } from '../context.ts';
import { analyseAndStore, commitItem } from '../ingest.ts';
import { emptyReport, type SourceReport } from '../report.ts';
import { sleep } from '../timing.ts';

/**
 * Names that are not finished documents: hidden files, and the partial-file
 * conventions of browsers, editors, rsync and curl.
 */
const IN_PROGRESS = /^\.|~$|\.(?:part|partial|tmp|temp|crdownload|download|swp|swx|lock)$/i;

interface Snapshot {
  readonly size: number;
  readonly mtimeMs: number;
}

async function listFiles(root: string): Promise<Map<string, Snapshot>> {
  const files = new Map<string, Snapshot>();
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const dir = (entry as { parentPath?: string; path?: string }).parentPath ?? (entry as { path?: string }).path ?? root;
    const path = join(dir, entry.name);
    if (IN_PROGRESS.test(basename(path)) || path.slice(root.length).split(/[\\/]/).some((part) => part.startsWith('.'))) continue;
    try {
      const info = await stat(path);
      files.set(path, { size: info.size, mtimeMs: info.mtimeMs });
    } catch {
      // Gone between listing and stat: it was a temporary file.
    }
  }
  return files;
}

function versionOf(s: Snapshot): string {
  return `${s.size}:${Math.round(s.mtimeMs)}`;
}

export async function pollFolderSource(ctx: RoundContext, source: FolderSourceConfig): Promise<SourceReport> {
  const report = emptyReport(source.name, source.type);
  const state = ctx.ingest.state;
  const started = ctx.ingest.now();
  const nextDueAt = new Date(started.getTime() + source.intervalMs).toISOString();

  let first: Map<string, Snapshot>;
  try {
    first = await listFiles(source.path);
  } catch (error) {
    const message = `${source.path}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such folder' : (error as Error).message}`;
    report.status = 'error';
    report.error = message;
    await state.recordPoll({ name: source.name, ok: false, error: message, nextDueAt }, started.toISOString());
    return report;
  }
  report.listed = first.size;
  const candidates: [string, Snapshot][] = [];
  for (const [path, snap] of first) {
    if (snap.size > 0 && (await state.getItem(`file:${path}`))?.version !== versionOf(snap)) candidates.push([path, snap]);
  }
  if (candidates.length > 0) {
    // Size stability: look again after the settle time; what changed meanwhile is still being written.
    try {
      await sleep(source.settleMs, ctx.signal);
    } catch {
      return { ...report, status: 'stopped' };
    }
  }
  const stable: [string, Snapshot][] = [];
  for (const [path, before] of candidates) {
    try {
      const now = await stat(path);
      if (now.size === before.size && now.mtimeMs === before.mtimeMs) stable.push([path, before]);
    } catch {
      // Removed while settling.
    }
  }
  report.fresh = stable.length;

  for (const [path, snap] of stable.slice(0, source.maxItems)) {
    if (ctx.signal.aborted) return { ...report, status: 'stopped' };
    const key = `file:${path}`;
    if (!ctx.claim(key)) continue;
    let documents = 0;
    let failures = 0;
    let stored = 0;
    for await (const item of readInputs([path])) {
      if (ctx.signal.aborted) return { ...report, status: 'stopped' };
      if (!item.ok) {
        failures++;
        report.problems.push(`${item.failure.source}: ${item.failure.error}`);
        continue;
      }
      const outcome = await analyseAndStore(ctx.ingest, item.doc, null);
      if (!outcome.ok) {
        failures++;
        report.problems.push(`${item.doc.source}: ${outcome.error}`);
        continue;
      }
      documents++;
      if (outcome.stored) stored++;
      // Alerts per record as it goes; the file's mark comes after its last record.
      const added = await commitItem(ctx.ingest, outcome.alerts, null);
      report.alerts += added;
    }
    const status = documents > 0 ? 'stored' : failures > 0 ? 'failed' : 'skipped';
    await commitItem(ctx.ingest, [], {
      key,
      source: source.name,
      version: versionOf(snap),
      status,
      detail: failures > 0 ? `${failures} of ${documents + failures} documents failed` : null,
      meta: { documents, stored },
    });
    if (status === 'failed') report.failed++;
    else if (status === 'skipped') report.skipped++;
    else if (stored > 0) report.stored++;
    else report.present++;
  }
  await state.recordPoll({ name: source.name, ok: true, nextDueAt }, started.toISOString());
  return report;
}
