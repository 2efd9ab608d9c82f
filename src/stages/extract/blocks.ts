/**
 * The element tree as a reader sees it: a sequence of text blocks
 * (paragraphs, headings, list items, table rows...), in page order, each
 * knowing the element that holds it and the nearest ancestor that labels
 * itself page furniture (see hints.ts).
 */
import { isBoilerplate } from './hints.ts';
import { isEndMarker } from './lines.ts';
import type { Element } from './parse.ts';
import type { PageVocabulary } from './vocabulary.ts';

export type BlockKind = 'p' | 'heading' | 'li' | 'quote' | 'pre' | 'row' | 'other';

export interface Block {
  readonly text: string;
  /** Characters of `text` inside links. */
  readonly linkChars: number;
  readonly kind: BlockKind;
  /** `h1`..`h6` for headings, else the tag of the block element holding the text. */
  readonly tag: string;
  /** Nearest enclosing element that labels itself boilerplate, if any. */
  readonly furniture: Element | null;
}

/** The blocks, and for every element the half-open range of blocks it holds. */
export interface Segmentation {
  readonly blocks: readonly Block[];
  readonly ranges: ReadonlyMap<Element, { readonly start: number; readonly end: number }>;
  /** Elements that label themselves boilerplate, or that a title marks as a section apart (see markTitledSections). */
  readonly furniture: ReadonlySet<Element>;
  /** The sections titled as apart from the article ("Related stories"): never the article themselves. */
  readonly titled: ReadonlySet<Element>;
}

/**
 * Tags that start a new block. Everything else (including unknown custom
 * elements) is inline and its text joins the block around it.
 */
const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'tfoot',
  'thead',
  'tr',
  'ul',
]);

/** Table cells: a space between them, so a data row reads as one line. */
const CELL_TAGS = new Set(['td', 'th']);

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

const SPACES = /\s+/g;

function kindOf(tag: string, inQuote: boolean): BlockKind {
  if (HEADINGS.has(tag)) return 'heading';
  if (inQuote) return 'quote';
  switch (tag) {
    case 'p':
      return 'p';
    case 'li':
    case 'dd':
    case 'dt':
      return 'li';
    case 'blockquote':
      return 'quote';
    case 'pre':
      return 'pre';
    case 'tr':
      return 'row';
    default:
      return 'other';
  }
}

/** Splits the tree into blocks. Linear in the tree size. */
export function segment(root: Element, v: PageVocabulary): Segmentation {
  const blocks: Block[] = [];
  const ranges = new Map<Element, { start: number; end: number }>();
  const furnitureSet = new Set<Element>();

  let buf = '';
  let linkChars = 0;
  // The innermost open block element, the one a flushed block belongs to.
  let owner: Element = root;
  let heading: string | null = null;
  let quoteDepth = 0;
  let preDepth = 0;
  let linkDepth = 0;
  let furniture: Element | null = null;

  const flush = (): void => {
    if (buf === '') return;
    const kind = kindOf(heading ?? owner.tag, quoteDepth > 0);
    if (preDepth > 0) {
      // Preformatted text keeps its line structure: one block per line.
      for (const line of buf.split('\n')) {
        const text = line.replace(SPACES, ' ').trim();
        if (text !== '') blocks.push({ text, linkChars: Math.min(linkChars, text.length), kind: 'pre', tag: 'pre', furniture });
      }
    } else {
      const text = buf.replace(SPACES, ' ').trim();
      if (text !== '') blocks.push({ text, linkChars: Math.min(linkChars, text.length), kind, tag: heading ?? owner.tag, furniture });
    }
    buf = '';
    linkChars = 0;
  };

  const visit = (el: Element): void => {
    const tag = el.tag;
    const marked = isBoilerplate(el, v.classes);
    // Labelled furniture always gets its own blocks, even when inline (`<span class="byline">`),
    // so that dropping it never takes the text around it along.
    const isBlock = BLOCK_TAGS.has(tag) || marked;
    if (tag === 'br') {
      flush();
      return;
    }
    if (isBlock) flush();
    else if (CELL_TAGS.has(tag) || tag === 'img') buf += ' ';
    const start = blocks.length;

    const saved = { owner, heading, furniture };
    if (isBlock) owner = el;
    // A paragraph inside an unclosed heading is a paragraph: only a heading's own text is a heading.
    if (HEADINGS.has(tag)) heading = tag;
    else if (isBlock) heading = null;
    if (marked) {
      furniture = el;
      furnitureSet.add(el);
    }
    if (tag === 'blockquote') quoteDepth++;
    if (tag === 'pre') preDepth++;
    const isLink = tag === 'a';
    if (isLink) linkDepth++;

    for (const child of el.children) {
      if (typeof child === 'string') {
        buf += child;
        if (linkDepth > 0) linkChars += child.replace(SPACES, ' ').length;
      } else {
        visit(child);
      }
    }

    if (isLink) linkDepth--;
    if (tag === 'pre') preDepth--;
    if (tag === 'blockquote') quoteDepth--;
    if (isBlock) flush();
    else if (CELL_TAGS.has(tag)) buf += ' ';
    owner = saved.owner;
    heading = saved.heading;
    furniture = saved.furniture;
    ranges.set(el, { start, end: blocks.length });
  };

  visit(root);
  flush();
  return neutraliseWrappers(markTitledSections({ blocks, ranges, furniture: furnitureSet, titled: new Set() }, v));
}

/** Longest block text read as a section title. */
const SECTION_TITLE_MAX_CHARS = 60;

/**
 * Sections the page titles as something other than the article ("Related
 * stories", "You may also like", "3 Comments") are furniture even when no
 * class says so: the widest element that starts with such a heading is
 * taken as the section it heads. Only headings count: a kicker such as
 * "Trending" above a headline is a label, not a section title.
 */
function markTitledSections(seg: Segmentation, v: PageVocabulary): Segmentation {
  const { blocks, ranges } = seg;
  const titles = new Set<number>();
  blocks.forEach((b, i) => {
    if (b.kind === 'heading' && b.text.length <= SECTION_TITLE_MAX_CHARS && isEndMarker(b.text, v.lines)) titles.add(i);
  });
  if (titles.size === 0) return seg;
  // For each title, the widest element whose first block it is (and that holds more than the title).
  const sections = new Map<number, { el: Element; end: number }>();
  for (const [el, r] of ranges) {
    if (!titles.has(r.start) || r.end - r.start < 2) continue;
    const known = sections.get(r.start);
    if (known === undefined || r.end > known.end) sections.set(r.start, { el, end: r.end });
  }
  if (sections.size === 0) return seg;
  const furniture = new Set(seg.furniture);
  const titled = new Set<Element>();
  const out = [...blocks];
  for (const [start, { el, end }] of sections) {
    furniture.add(el);
    titled.add(el);
    for (let i = start; i < end; i++) {
      const b = out[i] as Block;
      // Keep a deeper furniture label; take over from none or from one that encloses the section.
      if (b.furniture === null || isAncestor(b.furniture, el)) out[i] = { ...b, furniture: el };
    }
  }
  return { blocks: out, ranges, furniture, titled };
}

function isAncestor(a: Element, el: Element): boolean {
  for (let p = el.parent; p !== null; p = p.parent) if (p === a) return true;
  return false;
}

/**
 * Share of the page's text above which an element labelled as furniture is
 * taken for a page wrapper instead (`<form>` around a whole ASP.NET page,
 * `<div class="layout-with-sidebar">`): what holds nearly everything is not
 * an aside to anything.
 */
const WRAPPER_TEXT_SHARE = 0.8;

/** Length of an unlinked block that counts as prose when deciding whether furniture wraps the article. */
const WRAPPER_PROSE_CHARS = 70;

/**
 * Un-labels furniture elements that wrap the article: those holding the
 * page's first `<h1>` and some prose, or nearly all its text. Comment sections, sidebars and
 * footers hold neither.
 */
function neutraliseWrappers(seg: Segmentation): Segmentation {
  const { blocks, ranges } = seg;
  let total = 0;
  for (const b of blocks) total += b.text.length;
  // The page's first <h1>: normally its headline (a furniture element holding it wraps the article).
  const firstH1 = blocks.findIndex((b) => b.tag === 'h1');
  const wrappers = new Set<Element>();
  for (const el of seg.furniture) {
    const r = ranges.get(el);
    if (r === undefined) continue;
    let chars = 0;
    let hasH1 = false;
    let hasProse = false;
    let quotesOrTable = false;
    for (let i = r.start; i < r.end; i++) {
      const b = blocks[i] as Block;
      chars += b.text.length;
      if (i === firstH1) hasH1 = true;
      if (b.kind === 'quote' || b.kind === 'row') quotesOrTable = true;
      if (b.text.length >= WRAPPER_PROSE_CHARS && b.linkChars < b.text.length / 2) hasProse = true;
    }
    // A figure is furniture for its image's caption and credit, not when it frames a quoted post or a table.
    const framesText = el.tag === 'figure' && quotesOrTable;
    // A masthead holds the site's name in an <h1> but no prose: it stays furniture.
    if ((hasH1 && hasProse) || framesText || (total > 0 && chars / total >= WRAPPER_TEXT_SHARE)) wrappers.add(el);
  }
  if (wrappers.size === 0) return seg;
  const furniture = new Set([...seg.furniture].filter((el) => !wrappers.has(el)));
  const nearest = (el: Element | null): Element | null => {
    for (let e = el; e !== null; e = e.parent) if (furniture.has(e)) return e;
    return null;
  };
  return {
    blocks: blocks.map((b) => (b.furniture !== null && wrappers.has(b.furniture) ? { ...b, furniture: nearest(b.furniture) } : b)),
    ranges,
    furniture,
    titled: new Set([...seg.titled].filter((el) => !wrappers.has(el))),
  };
}
