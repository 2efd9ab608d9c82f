/**
 * JSON records: one document per object, `{text | html, url?, source?, title?,
 * published?, lang?, author?}`. A `.json` file holds one record or an array of
 * them, or is a Telegram Desktop channel export (one document per post); a
 * `.jsonl` file one record per line. Each bad record is its own failure so
 * the rest of the file goes on.
 */
import type { DocumentMeta, RawDocument } from '../document/index.ts';
import { flattenText, parseTelegramExport, postDocument, postSource, type TelegramExport } from './telegram.ts';

export type RecordResult = { readonly ok: true; readonly doc: RawDocument } | { readonly ok: false; readonly error: string };

/** A `source` value that is a link rather than an outlet's name. */
const LINK = /^(?:https?:\/\/|t\.me\/)\S+$/i;

const META_FIELDS = ['url', 'title', 'published', 'lang', 'author'] as const;

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

/**
 * One parsed JSON value to a document named `name`. `maxChars` bounds the
 * content (records are already in memory; the bound keeps one huge record
 * from going down the pipeline).
 */
export function recordToDoc(value: unknown, name: string, maxChars: number): RecordResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, error: `record is ${describe(value)}, expected an object with "text" or "html"` };
  }
  const record = value as Record<string, unknown>;
  const { html } = record;
  // A record copied from a Telegram export keeps its `text` as a list of strings and entities.
  const text = Array.isArray(record['text']) ? flattenText(record['text']) : record['text'];
  let content: string;
  let format: RawDocument['format'];
  if (typeof html === 'string' && html.trim() !== '') {
    content = html;
    format = 'html';
  } else if (typeof text === 'string' && text.trim() !== '') {
    content = text;
    format = 'text';
  } else if (html !== undefined || text !== undefined) {
    return { ok: false, error: 'empty' };
  } else {
    return { ok: false, error: 'record has neither "text" nor "html"' };
  }
  if (content.length > maxChars) {
    return { ok: false, error: `too large: record of ${content.length} characters (limit ${maxChars})` };
  }
  const meta: { -readonly [K in keyof DocumentMeta]: DocumentMeta[K] } = {};
  for (const field of META_FIELDS) {
    const v = record[field];
    if (typeof v === 'string' && v.trim() !== '') meta[field] = v.trim();
    else if (typeof v === 'number' && field === 'published') meta.published = new Date(v * (v < 1e11 ? 1000 : 1)).toISOString();
  }
  // `source` has no field of its own in DocumentMeta. When it is a link (a feed item, a
  // Telegram post) it says where the text came from, as `url` would; an outlet name is dropped.
  const source = record['source'];
  if (meta.url === undefined && typeof source === 'string' && LINK.test(source.trim())) meta.url = source.trim();
  return { ok: true, doc: { source: name, content, format, meta } };
}

/** Parses one JSONL line; the caller names it `file:LINE`. */
export function parseRecordLine(line: string, name: string, maxChars: number): RecordResult {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { ok: false, error: `invalid JSON: ${(error as Error).message}` };
  }
  return recordToDoc(value, name, maxChars);
}

/**
 * A whole `.json` file: one record, or an array whose items are named
 * `file[INDEX]` (0-based, as in the array).
 */
export function* parseJsonFile(text: string, name: string, maxChars: number): Generator<{ name: string; result: RecordResult }> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    yield { name, result: { ok: false, error: `invalid JSON: ${(error as Error).message}` } };
    return;
  }
  if (isTelegramExport(value)) {
    yield* exportPosts(parseTelegramExport(text, name), name, maxChars);
    return;
  }
  if (!Array.isArray(value)) {
    yield { name, result: recordToDoc(value, name, maxChars) };
    return;
  }
  if (value.length === 0) {
    yield { name, result: { ok: false, error: 'empty' } };
    return;
  }
  for (let i = 0; i < value.length; i++) {
    const itemName = `${name}[${i}]`;
    yield { name: itemName, result: recordToDoc(value[i], itemName, maxChars) };
  }
}

/** A Telegram Desktop chat export: an object with a `messages` list (a record has `text` or `html`). */
function isTelegramExport(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const root = value as Record<string, unknown>;
  return Array.isArray(root['messages']) && root['text'] === undefined && root['html'] === undefined;
}

/**
 * An export's posts (JSON, or a page of the HTML export: ./telegram-html.ts),
 * each named `telegram:<channel id>/<post id>` as the watcher names them, so
 * a post read both ways is one document (the HTML export has no channel id:
 * its posts go by the channel's name). Service messages and posts without
 * words (a photo, a sticker) are not documents and are passed over; a message
 * that cannot be read is a failure of its own.
 */
export function* exportPosts(exported: TelegramExport, name: string, maxChars: number): Generator<{ name: string; result: RecordResult }> {
  const naming = { slug: exported.channel.id || exported.channel.name, username: null };
  let posts = 0;
  for (const entry of exported.entries) {
    if (entry.kind === 'skipped') {
      if (entry.reason === 'unreadable message') yield { name: `${name}#${entry.id ?? '?'}`, result: { ok: false, error: 'unreadable Telegram message' } };
      continue;
    }
    posts++;
    const source = postSource(naming.slug, entry.post.id);
    const result: RecordResult =
      entry.post.text.length > maxChars
        ? { ok: false, error: `too large: post of ${entry.post.text.length} characters (limit ${maxChars})` }
        : { ok: true, doc: postDocument(exported.channel, entry.post, naming) };
    yield { name: source, result };
  }
  if (posts === 0) yield { name, result: { ok: false, error: 'Telegram export without a single post with text' } };
}
