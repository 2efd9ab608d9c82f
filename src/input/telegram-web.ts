/**
 * A public channel's web preview (`https://t.me/s/<channel>`): the page
 * Telegram serves to anyone, without an account, with the channel's latest
 * posts (about twenty; `?before=<id>` pages back). It is how the watcher
 * follows officials' channels live, where the Desktop exports (./telegram.ts,
 * ./telegram-html.ts) need someone to export by hand. Read into the same
 * `TelegramExport`, so posts are named, dated and attributed alike.
 *
 * The page's shape: the channel's title in `tgme_channel_info_header_title`;
 * each post a `tgme_widget_message` whose `data-post` is `<channel>/<id>`,
 * holding an optional `tgme_widget_message_forwarded_from_name`, an optional
 * `tgme_widget_message_reply` (the quoted post, with its own text: not this
 * post's words), the post's `tgme_widget_message_text` (`<br>` line breaks,
 * `<b>` bold), an optional link preview (another site's words), the author's
 * signature `tgme_widget_message_from_author`, and the date as
 * `<time datetime="2024-11-19T11:20:11+00:00">` in `tgme_widget_message_date`.
 * Service posts ("channel photo updated") carry `service_message`.
 */
import { Parser } from 'htmlparser2';
import { addPostText, breakPostLine, OpenElements, postEntry, startPost, type PostDraft } from './telegram-post.ts';
import { TelegramExportError, type TelegramEntry, type TelegramExport } from './telegram.ts';

const POST = /^([A-Za-z0-9_]{3,64})\/(\d+)$/;

/** A saved preview page: a post block with its `data-post` (an article embedding one post has a script, not the block). */
const PREVIEW_POST = /class="tgme_widget_message[^"]*"[^>]*\sdata-post="[A-Za-z0-9_]{3,64}\/\d+"/;

export function isTelegramWebPage(html: string): boolean {
  return html.includes('tgme_channel_history') && PREVIEW_POST.test(html);
}

/** Parts of a post whose words are someone else's: the post replied to, a link's preview. */
const FOREIGN = ['tgme_widget_message_reply', 'tgme_widget_message_link_preview'];

/** One post block while it is read: its post, and where its div ends. */
interface Block {
  readonly post: PostDraft;
  readonly depth: number;
}

/** Parses one preview page; throws TelegramExportError naming `url` when it shows no channel. */
export function parseTelegramWebPage(html: string, url: string): TelegramExport {
  const stack = new OpenElements();
  const entries: TelegramEntry[] = [];
  let title = '';
  let username = '';
  let block: Block | null = null;
  let sawChannel = false;

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const outer = stack.depth;
        const classes = stack.push(name, attributes['class']);
        if (classes.has('tgme_channel_info') || classes.has('tgme_channel_history')) sawChannel = true;
        if (block === null && classes.has('tgme_widget_message') && attributes['data-post']) {
          const id = POST.exec(attributes['data-post']);
          if (id?.[1] && id[2]) {
            username ||= id[1];
            block = { post: startPost(Number(id[2])), depth: outer };
          }
        }
        if (block === null) return;
        const { post, depth } = block;
        if (classes.has('service_message')) post.service = true;
        if (name === 'time' && attributes['datetime'] && stack.has('tgme_widget_message_date', depth) && post.published === null) {
          post.published = Number.isNaN(Date.parse(attributes['datetime'])) ? null : attributes['datetime'];
        }
        if (name === 'br' && stack.has('tgme_widget_message_text', depth) && !FOREIGN.some((c) => stack.has(c, depth))) breakPostLine(post);
      },
      ontext(data) {
        if (block === null) {
          if (stack.has('tgme_channel_info_header_title')) title += data;
          return;
        }
        const { post, depth } = block;
        if (FOREIGN.some((c) => stack.has(c, depth))) return;
        if (stack.has('tgme_widget_message_text', depth)) {
          addPostText(post, data, stack.bold(depth));
        } else if (stack.has('tgme_widget_message_forwarded_from_name', depth)) {
          post.forwardedFrom += data;
        } else if (stack.has('tgme_widget_message_from_author', depth)) {
          post.author += data;
        }
      },
      onclosetag() {
        stack.pop();
        if (block !== null && stack.depth === block.depth) {
          entries.push(postEntry(block.post));
          block = null;
        }
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  if (!sawChannel && entries.length === 0) throw new TelegramExportError(url, 'not a Telegram channel preview page (t.me/s/<channel>): no channel and no posts');
  return { channel: { name: title.replace(/\s+/g, ' ').trim() || username, type: 'public_channel', id: username }, entries };
}
