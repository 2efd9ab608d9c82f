/**
 * HTML to a light element tree, plus the head metadata met on the way.
 *
 * htmlparser2 tokenises; we keep only what extraction needs: elements with
 * their attributes and text children. Subtrees that never hold article text a
 * reader sees (scripts, styles, embedded media, form controls, hidden
 * elements) are dropped while parsing, so later passes never walk them. The
 * parser is forgiving: unclosed tags are closed implicitly and stray end tags
 * ignored, so any string yields a tree.
 */
import { Parser } from 'htmlparser2';

export interface Element {
  readonly tag: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly parent: Element | null;
  /** Child elements and text (entities decoded, adjacent text merged). Filled while parsing. */
  readonly children: (Element | string)[];
}

/** What the page declares about itself, gathered while parsing. */
export interface PageHead {
  /** Text of the first `<title>` outside embedded SVG. */
  readonly title: string;
  /** Meta `content` values by lowercased `name`, `property`, `itemprop` or `http-equiv`, in page order. */
  readonly metas: Map<string, string[]>;
  /** Raw text of every `application/ld+json` script. */
  readonly jsonLd: string[];
  /** `<link rel=canonical href>`. */
  readonly canonical: string | null;
  /** `lang` (or `xml:lang`) of the `<html>` element. */
  readonly htmlLang: string | null;
  /** `datetime` of `<time>` elements and `itemprop=datePublished` values in the body, in page order. */
  readonly bodyDates: { readonly value: string; readonly published: boolean }[];
}

export interface ParsedPage {
  readonly root: Element;
  readonly head: PageHead;
}

/**
 * Elements whose content is never part of the text a reader sees as the
 * article: code, styling, embedded media and widgets, form controls.
 * `noscript` is here because it duplicates content shown by script (mostly
 * image fallbacks and "enable JavaScript" notices).
 */
const DROPPED_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'source',
  'track',
  'picture',
  'select',
  'option',
  'optgroup',
  'datalist',
  'textarea',
  'button',
  'input',
  'map',
  'dialog',
]);

/**
 * Deepest element nesting kept. Unclosed tags can nest a broken page tens of
 * thousands deep; past this depth, tags are flattened into their parent so
 * that the recursive passes downstream stay far from the stack limit. Real
 * pages rarely exceed 60.
 */
const MAX_DEPTH = 400;

/** Inline styles that hide an element from every reader. */
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

function isHidden(attrs: Record<string, string>): boolean {
  if (attrs['hidden'] !== undefined) return true;
  const style = attrs['style'];
  return style !== undefined && HIDDEN_STYLE.test(style);
}

interface MutableHead {
  title: string | null;
  metas: Map<string, string[]>;
  jsonLd: string[];
  canonical: string | null;
  htmlLang: string | null;
  bodyDates: { value: string; published: boolean }[];
}

function addMeta(metas: Map<string, string[]>, key: string, value: string): void {
  const k = key.trim().toLowerCase();
  if (k === '') return;
  const list = metas.get(k);
  if (list) list.push(value);
  else metas.set(k, [value]);
}

/** Records what head-ish tags (anywhere in the page: many sites put them in the body) declare. */
function noteMetadata(head: MutableHead, tag: string, attrs: Record<string, string>): void {
  switch (tag) {
    case 'html': {
      const lang = attrs['lang'] ?? attrs['xml:lang'];
      if (lang && head.htmlLang === null) head.htmlLang = lang.trim();
      return;
    }
    case 'meta': {
      const content = attrs['content'];
      if (content === undefined) return;
      for (const key of ['name', 'property', 'itemprop', 'http-equiv']) {
        const v = attrs[key];
        // `property` may hold several space-separated RDFa terms.
        if (v) for (const part of v.split(/\s+/)) addMeta(head.metas, part, content);
      }
      return;
    }
    case 'link': {
      const rel = attrs['rel']?.toLowerCase().split(/\s+/);
      if (rel?.includes('canonical') && attrs['href'] && head.canonical === null) head.canonical = attrs['href'].trim();
      return;
    }
    case 'time': {
      const dt = attrs['datetime'];
      if (dt) head.bodyDates.push({ value: dt, published: attrs['itemprop'] === 'datePublished' || 'pubdate' in attrs });
      return;
    }
    default: {
      if (attrs['itemprop'] === 'datePublished') {
        const v = attrs['content'] ?? attrs['datetime'];
        if (v) head.bodyDates.push({ value: v, published: true });
      }
    }
  }
}

/** Parses any string as HTML. Never throws: the worst input gives an empty tree. */
export function parsePage(html: string): ParsedPage {
  const root: Element = { tag: '#root', attrs: {}, parent: null, children: [] };
  const head: MutableHead = { title: null, metas: new Map(), jsonLd: [], canonical: null, htmlLang: null, bodyDates: [] };
  let current: Element = root;
  // Depth inside a dropped subtree (0 = outside): its tags are balanced but not kept.
  let dropDepth = 0;
  // What the text of the current dropped element is collected for, if anything.
  let capture: 'title' | 'jsonld' | null = null;
  let captured = '';
  let svgDepth = 0;
  let depth = 0;
  // Tags opened past MAX_DEPTH and not turned into elements: their end tags are skipped too.
  let flattened = 0;

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'svg' || name === 'math') svgDepth++;
        if (dropDepth > 0) {
          dropDepth++;
          return;
        }
        noteMetadata(head, name, attrs);
        if (name === 'title' && svgDepth === 0 && head.title === null) {
          dropDepth = 1;
          capture = 'title';
          captured = '';
          return;
        }
        if (name === 'script') {
          dropDepth = 1;
          capture = attrs['type']?.trim().toLowerCase() === 'application/ld+json' ? 'jsonld' : null;
          captured = '';
          return;
        }
        if (DROPPED_TAGS.has(name) || name === 'title' || isHidden(attrs)) {
          dropDepth = 1;
          capture = null;
          return;
        }
        if (depth >= MAX_DEPTH) {
          flattened++;
          return;
        }
        const el: Element = { tag: name, attrs, parent: current, children: [] };
        current.children.push(el);
        current = el;
        depth++;
      },
      ontext(text) {
        if (dropDepth > 0) {
          if (capture !== null) captured += text;
          return;
        }
        const kids = current.children;
        const last = kids.length - 1;
        if (last >= 0 && typeof kids[last] === 'string') kids[last] += text;
        else kids.push(text);
      },
      onclosetag(name) {
        if (name === 'svg' || name === 'math') svgDepth = Math.max(0, svgDepth - 1);
        if (dropDepth > 0) {
          dropDepth--;
          if (dropDepth === 0) {
            if (capture === 'title') head.title = captured;
            else if (capture === 'jsonld') head.jsonLd.push(captured);
            capture = null;
          }
          return;
        }
        if (flattened > 0) {
          flattened--;
          return;
        }
        if (current.parent !== null) {
          current = current.parent;
          depth--;
        }
      },
    },
    { decodeEntities: true },
  );
  try {
    parser.end(html);
  } catch {
    // htmlparser2 does not throw on malformed markup; this guards the stage's promise never to throw.
  }
  return {
    root,
    head: {
      title: head.title ?? '',
      metas: head.metas,
      jsonLd: head.jsonLd,
      canonical: head.canonical,
      htmlLang: head.htmlLang,
      bodyDates: head.bodyDates,
    },
  };
}
