/**
 * XML to a small namespace-aware element tree, with htmlparser2 in xml mode
 * doing the tokenising. Feeds are small (the fetcher caps them), so a tree is
 * simpler to query than events and costs nothing that matters.
 *
 * htmlparser2 forgives everything; a feed reader should forgive a little
 * (an undeclared entity, a stray byte) but not a truncated or mis-nested
 * document, which usually means a broken server or not a feed at all. So
 * elements closed implicitly (by an ancestor's end tag or the end of input)
 * are reported as an XmlError with the line they opened on.
 */
import { Parser } from 'htmlparser2';

export interface XmlElement {
  /** Local name, lower-cased (`encoded` for `content:encoded`). */
  readonly name: string;
  /** Namespace URI, or '' for none. */
  readonly ns: string;
  /** Attributes by their qualified name as written, lower-cased (`href`, `xml:lang`). */
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  /** Character data of this element only (text and CDATA), concatenated. */
  text: string;
}

export class XmlError extends Error {
  override readonly name = 'XmlError';
  constructor(
    readonly line: number,
    readonly detail: string,
  ) {
    super(`line ${line}: ${detail}`);
  }
}

/** Namespace URIs the feed readers look for. */
export const NS = {
  atom: 'http://www.w3.org/2005/Atom',
  content: 'http://purl.org/rss/1.0/modules/content/',
  dc: 'http://purl.org/dc/elements/1.1/',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rss1: 'http://purl.org/rss/1.0/',
  sitemap: 'http://www.sitemaps.org/schemas/sitemap/0.9',
  news: 'http://www.google.com/schemas/sitemap-news/0.9',
  media: 'http://search.yahoo.com/mrss/',
} as const;

interface Open {
  readonly element: XmlElement;
  readonly scope: ReadonlyMap<string, string>;
  readonly line: number;
}

/**
 * Parses `xml` into its root element. Throws XmlError when there is no root
 * element or an element is left unclosed or closed out of order.
 */
export function parseXml(xml: string): XmlElement {
  const roots: XmlElement[] = [];
  const stack: Open[] = [];
  // In an object so the compiler sees the callbacks' writes to it.
  const fault: { error: XmlError | null } = { error: null };
  let textParts: string[] = [];

  // Line of a character offset, counted incrementally (offsets only grow).
  let lineAt = 0;
  let line = 1;
  const lineOf = (offset: number) => {
    for (; lineAt < offset && lineAt < xml.length; lineAt++) if (xml.charCodeAt(lineAt) === 10) line++;
    return line;
  };

  const flushText = () => {
    const top = stack.at(-1);
    if (top && textParts.length > 0) top.element.text += textParts.join('');
    textParts = [];
  };

  const parser = new Parser(
    {
      onopentag(qname, attribs) {
        flushText();
        const parentScope = stack.at(-1)?.scope ?? new Map<string, string>();
        let scope: Map<string, string> | null = null;
        const attrs: Record<string, string> = {};
        for (const [key, value] of Object.entries(attribs)) {
          const k = key.toLowerCase();
          attrs[k] = value;
          if (k === 'xmlns' || k.startsWith('xmlns:')) {
            scope ??= new Map(parentScope);
            scope.set(k === 'xmlns' ? '' : k.slice(6), value.trim());
          }
        }
        const effective = scope ?? parentScope;
        const colon = qname.indexOf(':');
        const prefix = colon === -1 ? '' : qname.slice(0, colon).toLowerCase();
        const element: XmlElement = {
          name: (colon === -1 ? qname : qname.slice(colon + 1)).toLowerCase(),
          ns: effective.get(prefix) ?? '',
          attrs,
          children: [],
          text: '',
        };
        const parent = stack.at(-1);
        if (parent) parent.element.children.push(element);
        else roots.push(element);
        stack.push({ element, scope: effective, line: lineOf(parser.startIndex) });
      },
      ontext(text) {
        textParts.push(text);
      },
      onclosetag(qname, isImplied) {
        flushText();
        const open = stack.pop();
        // htmlparser2 also calls a self-closed `<link/>` implied; only a close forced by an
        // ancestor's end tag or by the end of input is a fault.
        const selfClosed = xml[parser.endIndex] === '>' && xml[parser.endIndex - 1] === '/';
        if (isImplied && !selfClosed && !fault.error && open) {
          fault.error = new XmlError(open.line, `element <${qname}> is not closed`);
        }
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(xml);
  parser.end();

  if (fault.error) throw fault.error;
  const root = roots[0];
  if (!root) {
    const start = xml.trimStart().slice(0, 40).replace(/\s+/g, ' ');
    throw new XmlError(1, `no XML element found (document starts with '${start}')`);
  }
  if (roots.length > 1) throw new XmlError(lineOf(xml.length), `more than one root element (<${root.name}> then <${roots[1]!.name}>)`);
  return root;
}

/** Direct children with local name `name` (and namespace `ns`, when given). */
export function childrenNamed(element: XmlElement, name: string, ns?: string): XmlElement[] {
  return element.children.filter((c) => c.name === name && (ns === undefined || c.ns === ns));
}

/** First direct child with local name `name` (and namespace `ns`, when given). */
export function child(element: XmlElement, name: string, ns?: string): XmlElement | undefined {
  return element.children.find((c) => c.name === name && (ns === undefined || c.ns === ns));
}

/**
 * Trimmed text of the first matching child that has text, or undefined.
 * Skipping empty ones matters: an RSS item's `<atom:link href=…/>` comes
 * before its `<link>` in many feeds.
 */
export function childText(element: XmlElement, name: string, ns?: string): string | undefined {
  for (const c of element.children) {
    if (c.name !== name || (ns !== undefined && c.ns !== ns)) continue;
    const text = c.text.trim();
    if (text) return text;
  }
  return undefined;
}
