/**
 * A post while an HTML page of posts is read (the Desktop exporter's pages,
 * ./telegram-html.ts; the channel's web preview, ./telegram-web.ts): the
 * text as the reader sees it, built from text runs and `<br>`s, and the
 * entry it becomes once its block ends. Both pages lay out posts alike: the
 * newlines of their source are layout, `<br>` is a line break, and a first
 * line all in bold is the post's headline, as in the JSON export.
 */
import { hasWords, tidy, type TelegramEntry } from './telegram.ts';

export interface PostDraft {
  readonly id: number;
  /** A service block (channel created, pin, photo changed): never a post. */
  service: boolean;
  /** ISO 8601, with the offset the page gives. */
  published: string | null;
  text: string;
  /** The first line's text, while all of it is bold. */
  boldLine: string;
  firstLineBold: boolean;
  forwardedFrom: string;
  author: string;
}

/**
 * The open elements above the parser's position, by tag name and classes:
 * what both pages' posts are recognised by (a text run is the post's words
 * when a `text` block is open above it, a forward's name when…).
 */
export class OpenElements {
  private readonly open: { readonly name: string; readonly classes: ReadonlySet<string> }[] = [];

  get depth(): number {
    return this.open.length;
  }

  push(name: string, classAttribute: string | undefined): ReadonlySet<string> {
    const classes = new Set((classAttribute ?? '').split(/\s+/).filter(Boolean));
    this.open.push({ name, classes });
    return classes;
  }

  pop(): void {
    this.open.pop();
  }

  /** Whether an element with class `cls` is open at depth `from` or deeper. */
  has(cls: string, from = 0): boolean {
    for (let i = this.open.length - 1; i >= from; i--) if (this.open[i]?.classes.has(cls)) return true;
    return false;
  }

  /** Whether a `<b>` or `<strong>` is open at depth `from` or deeper. */
  bold(from: number): boolean {
    for (let i = this.open.length - 1; i >= from; i--) if (this.open[i]?.name === 'b' || this.open[i]?.name === 'strong') return true;
    return false;
  }
}

export function startPost(id: number, service = false): PostDraft {
  return { id, service, published: null, text: '', boldLine: '', firstLineBold: true, forwardedFrom: '', author: '' };
}

/** Appends a text run of the page (its newlines are layout); `bold` when it sits in `<b>`/`<strong>`. */
export function addPostText(d: PostDraft, data: string, bold: boolean): void {
  const run = data.replace(/\s+/g, ' ');
  if (!d.text.includes('\n') && run.trim().length > 0) {
    if (bold) d.boldLine += run;
    else d.firstLineBold = false;
  }
  d.text += run;
}

/** A `<br>`. */
export function breakPostLine(d: PostDraft): void {
  d.text += '\n';
}

/** The entry a finished block becomes: a post, or the reason it is passed over. */
export function postEntry(d: PostDraft): TelegramEntry {
  if (d.service) return { kind: 'skipped', id: d.id, reason: 'service message' };
  if (d.published === null) return { kind: 'skipped', id: d.id, reason: 'unreadable message' };
  const text = tidy(
    d.text
      .split('\n')
      .map((line) => line.trim())
      .join('\n'),
  );
  if (!hasWords(text)) return { kind: 'skipped', id: d.id, reason: 'no text' };
  // Only a bold run that is a line of its own is a headline, not a bold word opening a sentence.
  const headline = d.firstLineBold && d.text.includes('\n') ? d.boldLine.replace(/\s+/g, ' ').trim() : '';
  return {
    kind: 'post',
    post: {
      id: d.id,
      published: d.published,
      edited: null,
      text,
      forwardedFrom: oneLine(d.forwardedFrom),
      author: oneLine(d.author),
      headline: headline.length > 0 ? headline : null,
    },
  };
}

function oneLine(s: string): string | null {
  return s.replace(/\s+/g, ' ').trim() || null;
}
