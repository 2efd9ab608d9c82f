/**
 * Telegram Desktop channel exports ("Export chat history" → JSON): the
 * `result.json` file to one document per post. Read by the input edge (a
 * `.json` file that is an export is its posts, for analyze and ingest) and by
 * the watcher's Telegram sources.
 *
 * A post's `text` is a string or a list of strings and entity objects
 * (`{type: "bold" | "text_link" | "hashtag" | …, text, href?}`); it is
 * flattened to the text a reader sees, so a link keeps its words and loses
 * its address. Service messages (channel created, message pinned) and posts
 * with no words (a photo or sticker without caption) are skipped, each with
 * its reason.
 *
 * Dates: `date` is the exporting machine's local time and `date_unixtime`
 * the UTC instant; their difference is the exporter's UTC offset, so the
 * published date keeps the local day: `2024-11-19T14:20:11+03:00`.
 */
import type { RawDocument } from '../document/index.ts';

export interface TelegramChannel {
  readonly name: string;
  /** `public_channel`, `private_channel`, … as exported. */
  readonly type: string;
  readonly id: string;
}

export interface TelegramPost {
  readonly id: number;
  /** ISO 8601 with the exporter's offset when it can be worked out. */
  readonly published: string;
  /** When the post was last edited (same form), or null. */
  readonly edited: string | null;
  readonly text: string;
  /** The channel or person the post was forwarded from. */
  readonly forwardedFrom: string | null;
  /** Post signature (`author`) when the channel signs posts. */
  readonly author: string | null;
  /** Leading bold line, which channels use as a headline. */
  readonly headline: string | null;
}

export type SkipReason = 'service message' | 'no text' | 'unreadable message';

export type TelegramEntry =
  | { readonly kind: 'post'; readonly post: TelegramPost }
  | { readonly kind: 'skipped'; readonly id: number | null; readonly reason: SkipReason };

export interface TelegramExport {
  readonly channel: TelegramChannel;
  readonly entries: readonly TelegramEntry[];
}

export class TelegramExportError extends Error {
  override readonly name = 'TelegramExportError';
  constructor(
    readonly file: string,
    readonly detail: string,
  ) {
    super(`${file}: ${detail}`);
  }
}

type Part = string | { readonly type?: unknown; readonly text?: unknown };

/** The visible text of a message's `text` (or, failing that, `text_entities`). */
export function flattenText(text: unknown, entities?: unknown): string {
  const parts: unknown = Array.isArray(text) || typeof text === 'string' ? text : entities;
  if (typeof parts === 'string') return parts;
  if (!Array.isArray(parts)) return '';
  return (parts as Part[]).map((p) => (typeof p === 'string' ? p : typeof p?.text === 'string' ? p.text : '')).join('');
}

/** Blank-line paragraphs, no trailing spaces, no runs of blank lines. */
export function tidy(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Two letters in a row, in any script, once links are removed: a post of
 * only emoji, numbers or a bare link has nothing the pipeline could read.
 */
const WORD = /\p{L}{2}/u;
const BARE_URL = /\b(?:https?:\/\/|www\.)\S+/giu;

/** Whether a post's text has anything to read (see WORD). */
export function hasWords(text: string): boolean {
  return WORD.test(text.replace(BARE_URL, ' '));
}

/** `date` with the offset implied by `date_unixtime` (rounded to 15 minutes, as zones are). */
export function postDate(date: string, unixtime: unknown): string {
  const local = Date.parse(`${date}Z`);
  const utc = Number(unixtime) * 1000;
  if (!Number.isFinite(local) || !Number.isFinite(utc) || typeof unixtime === 'boolean' || unixtime === null || unixtime === '') return date;
  const minutes = Math.round((local - utc) / 60_000 / 15) * 15;
  if (Math.abs(minutes) > 14 * 60) return date; // not a real zone: the two fields disagree
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${date}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

function headlineOf(text: unknown): string | null {
  if (!Array.isArray(text)) return null;
  const first = text[0] as Part | undefined;
  const next = text[1] as Part | undefined;
  if (!first || typeof first === 'string' || first.type !== 'bold' || typeof first.text !== 'string') return null;
  // Only a bold run that is a line of its own is a headline, not a bold word opening a sentence.
  if (typeof next !== 'string' || !next.startsWith('\n')) return null;
  const headline = first.text.trim();
  return headline.length > 0 && !headline.includes('\n') ? headline : null;
}

function readEntry(value: unknown): TelegramEntry {
  if (typeof value !== 'object' || value === null) return { kind: 'skipped', id: null, reason: 'unreadable message' };
  const m = value as Record<string, unknown>;
  const id = typeof m['id'] === 'number' ? m['id'] : Number(m['id']);
  if (!Number.isInteger(id)) return { kind: 'skipped', id: null, reason: 'unreadable message' };
  if (m['type'] !== 'message') return { kind: 'skipped', id, reason: 'service message' };
  if (typeof m['date'] !== 'string') return { kind: 'skipped', id, reason: 'unreadable message' };
  const text = tidy(flattenText(m['text'], m['text_entities']));
  if (!hasWords(text)) return { kind: 'skipped', id, reason: 'no text' };
  const str = (key: string) => {
    const value = m[key];
    return typeof value === 'string' && value.trim() ? value.trim() : null;
  };
  const edited = str('edited');
  return {
    kind: 'post',
    post: {
      id,
      published: postDate(m['date'], m['date_unixtime']),
      edited: edited ? postDate(edited, m['edited_unixtime']) : null,
      text,
      forwardedFrom: str('forwarded_from'),
      author: str('author'),
      headline: headlineOf(m['text']),
    },
  };
}

/** Parses an export's JSON; throws TelegramExportError naming `file` when it is not one. */
export function parseTelegramExport(json: string, file: string): TelegramExport {
  let data: unknown;
  try {
    data = JSON.parse(json.replace(/^\ufeff/, ''));
  } catch (error) {
    throw new TelegramExportError(file, `invalid JSON: ${(error as Error).message}`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new TelegramExportError(file, 'not a Telegram export: expected a JSON object');
  const root = data as Record<string, unknown>;
  if (!Array.isArray(root['messages'])) {
    const hint = Array.isArray(root['chats']) ? ' (this is a full-account export; export the one channel instead)' : '';
    throw new TelegramExportError(file, `not a Telegram chat export: no "messages" list${hint}`);
  }
  const channel: TelegramChannel = {
    name: typeof root['name'] === 'string' ? root['name'] : '',
    type: typeof root['type'] === 'string' ? root['type'] : 'unknown',
    id: typeof root['id'] === 'number' || typeof root['id'] === 'string' ? String(root['id']) : '',
  };
  return { channel, entries: root['messages'].map(readEntry) };
}

export interface PostNaming {
  /** The `<channel>` of `telegram:<channel>/<id>`: the configured username, else the export's id. */
  readonly slug: string;
  /** The channel's public username, when known: posts then link to `https://t.me/<username>/<id>`. */
  readonly username: string | null;
  /** Language hint from the config. */
  readonly lang?: string | null;
}

/** The stable name of a post, the document's `source`. */
export function postSource(slug: string, id: number): string {
  return `telegram:${slug}/${id}`;
}

/** A post as the pipeline's input: text, dated, attributed to its channel (a forwarded post to its origin). */
export function postDocument(channel: TelegramChannel, post: TelegramPost, naming: PostNaming): RawDocument {
  return {
    source: postSource(naming.slug, post.id),
    content: post.text,
    format: 'text',
    meta: {
      ...(naming.username ? { url: `https://t.me/${naming.username}/${post.id}` } : {}),
      ...(post.headline ? { title: post.headline } : {}),
      published: post.published,
      ...(naming.lang ? { lang: naming.lang } : {}),
      // Whose words these are: a forwarded post's origin ("Forwarded from Дмитрий Медведев": his words,
      // his first person), else the post's signature, else the channel. postMeta keeps the channel.
      author: post.forwardedFrom ?? post.author ?? channel.name,
    },
  };
}

/** What DocumentMeta has no field for, kept in the watcher's item state and alerts. */
export function postMeta(channel: TelegramChannel, post: TelegramPost): Record<string, string | number> {
  return {
    channel: channel.name,
    channelId: channel.id,
    post: post.id,
    ...(post.forwardedFrom ? { forwardedFrom: post.forwardedFrom } : {}),
    ...(post.edited ? { edited: post.edited } : {}),
  };
}
