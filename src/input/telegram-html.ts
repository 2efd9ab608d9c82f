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
import { hasWords, tidy, TelegramExportError, type TelegramEntry, type TelegramExport } from './telegram.ts';

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

/** One `message` block while it is read. */
interface Draft {
  readonly id: number | null;
  readonly service: boolean;
  /** Stack depth of the message's own div: its end closes the draft. */
  readonly depth: number;
  published: string | null;
  text: string;
  /** The text of the first line that was all bold, while it lasts (a headline). */
  boldLine: string;
  firstLineBold: boolean;
  forwardedFrom: string;
  author: string;
}

interface Open {
  readonly name: string;
  readonly classes: ReadonlySet<string>;
}

/** Parses one export page; throws TelegramExportError naming `file` when it is not one. */
export function parseTelegramHtmlExport(html: string, file: string): TelegramExport {
  if (!isTelegramHtmlExport(html)) throw new TelegramExportError(file, 'not a Telegram HTML export: no "history" of "message" blocks');
  const stack: Open[] = [];
  const entries: TelegramEntry[] = [];
  let channel = '';
  let draft: Draft | null = null;

  const inside = (cls: string, from = 0): boolean => {
    for (let i = stack.length - 1; i >= from; i--) if (stack[i]?.classes.has(cls)) return true;
    return false;
  };
  const finish = (d: Draft): void => {
    if (d.id === null) {
      entries.push({ kind: 'skipped', id: null, reason: 'unreadable message' });
      return;
    }
    if (d.service) {
      entries.push({ kind: 'skipped', id: d.id, reason: 'service message' });
      return;
    }
    if (d.published === null) {
      entries.push({ kind: 'skipped', id: d.id, reason: 'unreadable message' });
      return;
    }
    const text = tidy(
      d.text
        .split('\n')
        .map((line) => line.trim())
        .join('\n'),
    );
    if (!hasWords(text)) {
      entries.push({ kind: 'skipped', id: d.id, reason: 'no text' });
      return;
    }
    // Only a bold run that is a line of its own is a headline, not a bold word opening a sentence.
    const headline = d.firstLineBold && d.text.includes('\n') ? d.boldLine.replace(/\s+/g, ' ').trim() : '';
    const name = (s: string) => s.replace(/\s+/g, ' ').trim() || null;
    entries.push({
      kind: 'post',
      post: {
        id: d.id,
        published: d.published,
        edited: null,
        text,
        forwardedFrom: name(d.forwardedFrom),
        author: name(d.author),
        headline: headline.length > 0 ? headline : null,
      },
    });
  };

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const classes = new Set((attributes['class'] ?? '').split(/\s+/).filter(Boolean));
        if (name === 'div' && classes.has('message') && draft === null) {
          const id = MESSAGE_ID.exec(attributes['id'] ?? '');
          draft = {
            id: id?.[1] !== undefined ? Number(id[1]) : null,
            service: classes.has('service'),
            depth: stack.length,
            published: null,
            text: '',
            boldLine: '',
            firstLineBold: true,
            forwardedFrom: '',
            author: '',
          };
        }
        stack.push({ name, classes });
        if (draft === null) return;
        if (classes.has('date') && classes.has('details') && attributes['title'] && draft.published === null && !inside('forwarded', draft.depth)) {
          draft.published = exportDate(attributes['title']);
        }
        if (name === 'br' && inside('text', draft.depth) && !inside('reply_to', draft.depth)) addText(draft, '\n', false);
      },
      ontext(data) {
        if (draft === null) {
          if (inside('page_header') && inside('bold')) channel += data;
          return;
        }
        const from = draft.depth;
        if (inside('reply_to', from)) return;
        if (inside('text', from)) {
          // The exporter breaks lines with <br>; the newlines of its source are layout.
          addText(draft, data.replace(/\s+/g, ' '), stack.some((o, i) => i >= from && (o.name === 'strong' || o.name === 'b')));
        } else if (inside('forwarded', from) && inside('from_name', from) && !inside('details', from)) {
          draft.forwardedFrom += data;
        } else if (inside('signature', from)) {
          draft.author += data;
        }
      },
      onclosetag() {
        stack.pop();
        if (draft !== null && stack.length === draft.depth) {
          finish(draft);
          draft = null;
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

/** Appends text to a post, keeping track of whether its first line is all bold. */
function addText(d: Draft, data: string, bold: boolean): void {
  const firstLine = !d.text.includes('\n');
  if (firstLine) {
    const [head = ''] = data.split('\n');
    if (head.trim().length > 0) {
      if (bold) d.boldLine += head;
      else d.firstLineBold = false;
    }
  }
  d.text += data;
}
