/**
 * The input edge: files, directories (recursively, streamed) and `-` for
 * standard input become `RawDocument`s, or one `InputFailure` per bad
 * document, each with a one-line reason, so a batch always goes on.
 *
 * What a document is, by extension first and by content when the extension
 * says nothing: `.html/.htm/.xhtml` or content starting like a page → HTML;
 * `.json` → one record or an array of records; `.jsonl/.ndjson` → one record
 * per line, named `file:LINE`; anything else that decodes as text → text
 * (unknown extensions and stdin are also sniffed for JSON records). Telegram
 * Desktop channel exports, JSON (`result.json`) or HTML (`messages*.html`),
 * and saved channel previews (`t.me/s/<channel>`) are one document per post.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { extname } from 'node:path';
import type { RawDocument } from '../document/index.ts';
import { decodeBytes, looksLikeHtml } from './decode.ts';
import { exportPosts, parseJsonFile, parseRecordLine, type RecordResult } from './records.ts';
import { isTelegramHtmlExport, parseTelegramHtmlExport } from './telegram-html.ts';
import { isTelegramWebPage, parseTelegramWebPage } from './telegram-web.ts';
import { describeFsError, walkPath } from './walk.ts';

export interface InputFailure {
  readonly source: string;
  readonly error: string;
}

export type InputItem = { readonly ok: true; readonly doc: RawDocument } | { readonly ok: false; readonly failure: InputFailure };

/**
 * Largest document accepted, in bytes. A news article is rarely over 1 MB
 * even as a full page with inline scripts; 20 MB leaves room for bloated pages
 * while stopping a log file or a dump from going down the pipeline.
 */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

/** The name standard input's document goes by in records and errors. */
export const STDIN_NAME = '<stdin>';

export interface InputOptions {
  /** What `-` reads; defaults to `process.stdin`. Tests pass their own. */
  readonly stdin?: AsyncIterable<Uint8Array | string>;
  /** Per-document size limit in bytes (default `MAX_INPUT_BYTES`); for JSONL, per line. */
  readonly maxBytes?: number;
}

type Kind = 'html' | 'json' | 'jsonl' | 'text' | 'unknown';

const EXTENSION_KINDS: Readonly<Record<string, Kind>> = {
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.txt': 'text',
  '.text': 'text',
  '.md': 'text',
};

/** Bytes looked at before deciding what an extension-less document is. */
const PEEK_BYTES = 4096;

function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}

function tooLarge(size: number | null, limit: number): string {
  const what = size === null ? `over ${formatSize(limit)}` : `${formatSize(size)} (${size} bytes)`;
  return `too large: ${what}, limit ${formatSize(limit)} (${limit} bytes)`;
}

function fail(source: string, error: string): InputItem {
  return { ok: false, failure: { source, error } };
}

function fromRecord(name: string, result: RecordResult): InputItem {
  return result.ok ? { ok: true, doc: result.doc } : fail(name, result.error);
}

function toBytes(chunk: Uint8Array | string): Uint8Array {
  return typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
}

/**
 * A byte stream with look-ahead: `peek` buffers the first bytes so the kind
 * of document can be decided before the rest is read (or not read at all).
 */
class ByteSource {
  private readonly iterator: AsyncIterator<Uint8Array | string> | Iterator<Uint8Array | string>;
  private readonly head: Uint8Array[] = [];
  private headBytes = 0;
  private done = false;

  /** A stream, or bytes already read (a small file's one chunk). */
  constructor(source: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>) {
    this.iterator = Symbol.asyncIterator in source ? source[Symbol.asyncIterator]() : source[Symbol.iterator]();
  }

  async peek(n: number): Promise<Uint8Array> {
    while (this.headBytes < n && !this.done) {
      const next = await this.iterator.next();
      if (next.done) this.done = true;
      else {
        const bytes = toBytes(next.value);
        this.head.push(bytes);
        this.headBytes += bytes.length;
      }
    }
    return Buffer.concat(this.head);
  }

  async *chunks(): AsyncGenerator<Uint8Array> {
    yield* this.head.splice(0);
    while (!this.done) {
      const next = await this.iterator.next();
      if (next.done) this.done = true;
      else yield toBytes(next.value);
    }
  }

  /** Reads everything, or returns null as soon as more than `limit` bytes arrive. */
  async readAll(limit: number): Promise<Uint8Array | null> {
    const parts: Uint8Array[] = [];
    let total = 0;
    for await (const chunk of this.chunks()) {
      total += chunk.length;
      if (total > limit) {
        await this.iterator.return?.();
        return null;
      }
      parts.push(chunk);
    }
    return Buffer.concat(parts);
  }
}

/**
 * Lines of a byte stream, split on `\n` without holding more than one line
 * (a line over `limit` bytes is dropped as it streams and reported as null).
 */
async function* streamLines(chunks: AsyncIterable<Uint8Array>, limit: number): AsyncGenerator<Uint8Array | null> {
  let parts: Uint8Array[] = [];
  let size = 0;
  let oversize = false;
  for await (const chunk of chunks) {
    let start = 0;
    for (let nl = chunk.indexOf(0x0a, start); nl !== -1; nl = chunk.indexOf(0x0a, start)) {
      const piece = chunk.subarray(start, nl);
      if (oversize || size + piece.length > limit) yield null;
      else yield Buffer.concat([...parts, piece]);
      parts = [];
      size = 0;
      oversize = false;
      start = nl + 1;
    }
    const rest = chunk.subarray(start);
    if (rest.length === 0) continue;
    size += rest.length;
    if (size > limit) {
      oversize = true;
      parts = [];
    } else if (!oversize) parts.push(rest);
  }
  if (oversize) yield null;
  else if (size > 0) yield Buffer.concat(parts);
}

const utf8 = new TextDecoder('utf-8');

async function* readJsonLines(name: string, source: ByteSource, limit: number): AsyncGenerator<InputItem> {
  let lineNo = 0;
  let records = 0;
  for await (const bytes of streamLines(source.chunks(), limit)) {
    lineNo++;
    const lineName = `${name}:${lineNo}`;
    if (bytes === null) {
      records++;
      yield fail(lineName, `too large: line over ${formatSize(limit)} (limit ${limit} bytes)`);
      continue;
    }
    const line = utf8.decode(bytes).replace(/^\ufeff/, '').trim();
    if (line === '') continue;
    records++;
    yield fromRecord(lineName, parseRecordLine(line, lineName, limit));
  }
  if (records === 0) yield fail(name, 'empty');
}

function firstLine(bytes: Uint8Array): { text: string; complete: boolean } {
  const nl = bytes.indexOf(0x0a);
  const end = nl === -1 ? bytes.length : nl;
  return { text: utf8.decode(bytes.subarray(0, end)).replace(/^\ufeff/, '').trim(), complete: nl !== -1 };
}

/** For an extension-less document: JSON records, JSON Lines, or plain/HTML text. */
function sniffKind(head: Uint8Array): Kind {
  const start = utf8.decode(head.subarray(0, 64)).replace(/^\ufeff/, '').trimStart();
  if (start.startsWith('[')) return 'json';
  if (!start.startsWith('{')) return 'unknown';
  const line = firstLine(head);
  if (!line.complete) return 'jsonl'; // a compact record longer than the peek
  try {
    JSON.parse(line.text);
    return 'jsonl';
  } catch {
    return 'json'; // a pretty-printed record spans lines
  }
}

async function* readSource(name: string, kind: Kind, source: ByteSource, limit: number): AsyncGenerator<InputItem> {
  if (kind === 'unknown') kind = sniffKind(await source.peek(PEEK_BYTES));
  if (kind === 'jsonl') {
    // A binary file misnamed .jsonl would otherwise fail once per "line"; JSON text has no NUL.
    if ((await source.peek(PEEK_BYTES)).includes(0)) {
      yield fail(name, 'binary content, not text');
      return;
    }
    yield* readJsonLines(name, source, limit);
    return;
  }
  const bytes = await source.readAll(limit);
  if (bytes === null) {
    yield fail(name, tooLarge(null, limit));
    return;
  }
  const decoded = decodeBytes(bytes, { html: kind === 'html' });
  if (!decoded.ok) {
    yield fail(name, decoded.error);
    return;
  }
  if (kind === 'json') {
    const records = [...parseJsonFile(decoded.text, name, limit)];
    // An extension-less document that merely starts with a bracket is text after all.
    const single = records.length === 1 ? records[0] : undefined;
    const sniffed = EXTENSION_KINDS[extname(name).toLowerCase()] !== 'json';
    if (!(sniffed && single && !single.result.ok && single.result.error.startsWith('invalid JSON'))) {
      for (const r of records) yield fromRecord(r.name, r.result);
      return;
    }
  }
  const format = kind === 'html' || looksLikeHtml(decoded.text) ? 'html' : 'text';
  // Posts saved from Telegram (an export's page, a channel's web preview) are documents one by one.
  const posts = format !== 'html' ? null : isTelegramHtmlExport(decoded.text) ? parseTelegramHtmlExport : isTelegramWebPage(decoded.text) ? parseTelegramWebPage : null;
  if (posts) {
    for (const r of exportPosts(posts(decoded.text, name), name, limit)) yield fromRecord(r.name, r.result);
    return;
  }
  yield { ok: true, doc: { source: name, content: decoded.text, format, meta: {} } };
}

/**
 * Files up to this size are read whole with synchronous calls (open, fstat,
 * read, close): a news article is a few kilobytes, and four asynchronous
 * calls and a read stream per file cost ten times the read itself (0.3 ms
 * against 0.02 ms a 4.6 KB document, CPU time, most of it in the thread pool
 * round trips and the stream's machinery). Larger files keep the streamed
 * path, so that reading one never holds up the event loop of a long-running
 * process (watch, serve) for more than a moment.
 */
export const SYNC_READ_BYTES = 1024 * 1024;

/**
 * A small regular file's whole content in one synchronous read, or what
 * stops it: null when the file is not one to read this way (a directory
 * named explicitly, a FIFO, a file over SYNC_READ_BYTES, JSON Lines), and
 * the reader falls back to the streamed path.
 */
type SyncRead = { readonly bytes: Uint8Array } | { readonly item: InputItem } | null;

function readSmallFile(path: string, kind: Kind, limit: number): SyncRead {
  if (kind === 'jsonl') return null;
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    return { item: fail(path, describeFsError(error)) };
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) return null;
    const size = info.size;
    if (size === 0) return { item: fail(path, 'empty') };
    if (size > limit) return { item: fail(path, tooLarge(size, limit)) };
    if (size > SYNC_READ_BYTES) return null;
    // One byte more than the size read: a file that grew since fstat is still read whole, or found too large.
    const buffer = Buffer.allocUnsafe(Math.min(size, limit) + 1);
    let got = 0;
    for (let n = -1; n !== 0 && got < buffer.length; got += n) n = readSync(fd, buffer, got, buffer.length - got, got);
    if (got > limit) return { item: fail(path, tooLarge(null, limit)) };
    if (got === buffer.length) return null; // still growing: the streamed path reads it to its end
    return { bytes: buffer.subarray(0, got) };
  } catch (error) {
    return { item: fail(path, describeFsError(error)) };
  } finally {
    closeSync(fd);
  }
}

async function* readFileItems(path: string, limit: number): AsyncGenerator<InputItem> {
  const kind = EXTENSION_KINDS[extname(path).toLowerCase()] ?? 'unknown';
  const small = readSmallFile(path, kind, limit);
  if (small !== null) {
    if ('item' in small) yield small.item;
    else {
      try {
        yield* readSource(path, kind, new ByteSource([small.bytes]), limit);
      } catch (error) {
        yield fail(path, describeFsError(error));
      }
    }
    return;
  }
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    yield fail(path, describeFsError(error));
    return;
  }
  try {
    const kind = EXTENSION_KINDS[extname(path).toLowerCase()] ?? 'unknown';
    const { size } = await handle.stat();
    if (size === 0) {
      yield fail(path, 'empty');
      return;
    }
    // JSON Lines are streamed record by record, so only whole documents are capped up front.
    if (kind !== 'jsonl' && size > limit) {
      yield fail(path, tooLarge(size, limit));
      return;
    }
    const stream = handle.createReadStream({ autoClose: false, highWaterMark: 64 * 1024 });
    try {
      yield* readSource(path, kind, new ByteSource(stream), limit);
    } catch (error) {
      yield fail(path, describeFsError(error));
    } finally {
      stream.destroy();
    }
  } catch (error) {
    yield fail(path, describeFsError(error));
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/**
 * Every document named by `paths`, in order; directories are walked
 * recursively. Never throws for a bad path or document: each becomes an
 * `{ ok: false }` item whose `error` is one line.
 */
export async function* readInputs(paths: readonly string[], options: InputOptions = {}): AsyncGenerator<InputItem> {
  const limit = options.maxBytes ?? MAX_INPUT_BYTES;
  for (const root of paths) {
    if (root === '-') {
      const stdin = options.stdin ?? process.stdin;
      try {
        yield* readSource(STDIN_NAME, 'unknown', new ByteSource(stdin), limit);
      } catch (error) {
        yield fail(STDIN_NAME, describeFsError(error));
      }
      continue;
    }
    for await (const entry of walkPath(root)) {
      if (entry.kind === 'error') yield fail(entry.path, entry.error);
      else yield* readFileItems(entry.path, limit);
    }
  }
}
