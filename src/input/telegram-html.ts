/**
 * Telegram Desktop channel exports in HTML, the exporter's default format
 * (`messages.html`, `messages2.html`, … beside `css/` and `photos/`): each
 * page to one document per post, read into the same `TelegramExport` as the
 * JSON export (./telegram.ts), so both are named, dated and attributed alike.
 *
 * The page's shape, as the exporter writes it: a `page_header` whose bold
 * text is the channel's name, then a `history` of `message` blocks —
 * `message service` for "channel created" and pins, `message default` for
 * posts (`joined` when it follows a post of the same sender and repeats no
 * name), each with an `id="message<N>"`, a `date details` block whose
 * `title` is the local time with its offset ("19.11.2024 14:20:11
 * UTC+03:00"; older exporters leave the offset out), a `from_name`, a
 * `forwarded body` holding the origin's `from_name` and the forwarded text,
 * the post's `text` (`<br>` for line breaks, `<strong>`, links), a
 * `signature` when the channel signs posts, media and `reply_to` blocks.
 */
import { Parser } from 'htmlparser2';
import { addPostText, breakPostLine, OpenElements, postEntry, startPost, type PostDraft } from './telegram-post.ts';
import { TelegramExportError, type TelegramEntry, type TelegramExport } from './telegram.ts';

/** Markers of an export page: both must be there, a page that merely mentions them has neither as a class. */
const HISTORY = /<div class="history">/;
const MESSAGE = /<div class="message (?:default|service)\b/;

export function isTelegramHtmlExport(html: string): boolean {
  return HISTORY.test(html) && MESSAGE.test(html);
}

/** "19.11.2024 14:20:11 UTC+03:00" → "2024-11-19T14:20:11+03:00" (no offset: local time as written). */
const EXPORT_DATE = /^(\d{2})\.(\d{2})\.(\d{4}) (\d{2}):(\d{2}):(\d{2})(?: UTC([+-]\d{2}):?(\d{2}))?/;

export function exportDate(title: string): string | null {
  const m = EXPORT_DATE.exec(title.trim());
  if (!m) return null;
  const [, day, month, year, hh, mm, ss, offsetHours, offsetMinutes] = m;
  const offset = offsetHours !== undefined ? `${offsetHours}:${offsetMinutes ?? '00'}` : '';
  return `${year}-${month}-${day}T${hh}:${mm}:${ss}${offset}`;
}

const MESSAGE_ID = /^message(-?\d+)$/;

/** One `message` block while it is read: its post, and where its div ends. */
interface Block {
  /** Null when the block has no message number: an unreadable message. */
  readonly post: PostDraft | null;
  /** Stack depth of the message's own div: its end closes the block. */
  readonly depth: number;
}

/** Parses one export page; throws TelegramExportError naming `file` when it is not one. */
export function parseTelegramHtmlExport(html: string, file: string): TelegramExport {
  if (!isTelegramHtmlExport(html)) throw new TelegramExportError(file, 'not a Telegram HTML export: no "history" of "message" blocks');
  const stack = new OpenElements();
  const entries: TelegramEntry[] = [];
  let channel = '';
  let block: Block | null = null;

  const finish = (b: Block): void => {
    entries.push(b.post ? postEntry(b.post) : { kind: 'skipped', id: null, reason: 'unreadable message' });
  };

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const outer = stack.depth;
        const classes = stack.push(name, attributes['class']);
        if (name === 'div' && classes.has('message') && block === null) {
          const id = MESSAGE_ID.exec(attributes['id'] ?? '');
          block = { post: id?.[1] !== undefined ? startPost(Number(id[1]), classes.has('service')) : null, depth: outer };
        }
        const post = block?.post;
        if (!block || !post) return;
        if (classes.has('date') && classes.has('details') && attributes['title'] && post.published === null && !stack.has('forwarded', block.depth)) {
          post.published = exportDate(attributes['title']);
        }
        if (name === 'br' && stack.has('text', block.depth) && !stack.has('reply_to', block.depth)) breakPostLine(post);
      },
      ontext(data) {
        if (block === null) {
          if (stack.has('page_header') && stack.has('bold')) channel += data;
          return;
        }
        const { post, depth } = block;
        if (!post || stack.has('reply_to', depth)) return;
        if (stack.has('text', depth)) {
          addPostText(post, data, stack.bold(depth));
        } else if (stack.has('forwarded', depth) && stack.has('from_name', depth) && !stack.has('details', depth)) {
          post.forwardedFrom += data;
        } else if (stack.has('signature', depth)) {
          post.author += data;
        }
      },
      onclosetag() {
        stack.pop();
        if (block !== null && stack.depth === block.depth) {
          finish(block);
          block = null;
        }
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  const name = channel.replace(/\s+/g, ' ').trim();
  return { channel: { name, type: 'html_export', id: '' }, entries };
}
