/**
 * The only way the dashboard builds DOM. Every string a caller passes becomes
 * a Text node or an attribute value set through the DOM API, never parsed as
 * HTML: article text, quotes and actor names come from the open web and are
 * hostile by default. There is deliberately no way to pass markup, no event
 * handler attributes from strings, and links go through `safeHref`.
 * (`test/browser/sinks.test.ts` fails the build if an HTML sink appears in web/src.)
 */

export type Child = Node | string | number | null | undefined | false | readonly Child[];

type Listener = (event: Event) => void;

export interface Props {
  readonly class?: string;
  readonly id?: string;
  readonly title?: string;
  readonly role?: string;
  readonly href?: string;
  readonly type?: string;
  readonly name?: string;
  readonly value?: string;
  readonly placeholder?: string;
  readonly tabindex?: number;
  readonly for?: string;
  readonly open?: boolean;
  readonly disabled?: boolean;
  readonly checked?: boolean;
  readonly selected?: boolean;
  readonly hidden?: boolean;
  readonly multiple?: boolean;
  readonly size?: number;
  readonly min?: string;
  readonly max?: string;
  readonly step?: string;
  readonly lang?: string;
  readonly dir?: string;
  readonly datetime?: string;
  readonly target?: string;
  readonly rel?: string;
  readonly scope?: string;
  readonly colspan?: number;
  readonly download?: string;
  readonly autocomplete?: string;
  readonly inputmode?: string;
  readonly aria?: Readonly<Record<string, string>>;
  readonly data?: Readonly<Record<string, string>>;
  readonly on?: Readonly<Record<string, Listener>>;
}

const BOOLEAN_PROPS = new Set(['open', 'disabled', 'checked', 'selected', 'hidden', 'multiple']);

function append(parent: Node, child: Child): void {
  if (child === null || child === undefined || child === false) return;
  if (typeof child === 'string' || typeof child === 'number') parent.appendChild(document.createTextNode(String(child)));
  else if (child instanceof Node) parent.appendChild(child);
  else for (const c of child) append(parent, c);
}

function applyProps(el: Element, props: Props): void {
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null) continue;
    if (key === 'on') {
      for (const [event, fn] of Object.entries(value as Record<string, Listener>)) el.addEventListener(event, fn);
    } else if (key === 'aria') {
      for (const [k, v] of Object.entries(value as Record<string, string>)) el.setAttribute(`aria-${k}`, v);
    } else if (key === 'data') {
      for (const [k, v] of Object.entries(value as Record<string, string>)) el.setAttribute(`data-${k}`, v);
    } else if (key === 'href') {
      el.setAttribute('href', safeHref(String(value)));
    } else if (BOOLEAN_PROPS.has(key)) {
      if (value) el.setAttribute(key, '');
    } else if (key === 'value' && (el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement)) {
      el.value = String(value);
    } else {
      el.setAttribute(key, String(value));
    }
  }
}

/** Creates an HTML element; strings among `children` become text, never markup. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props | null = null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props) applyProps(el, props);
  for (const c of children) append(el, c);
  return el;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Creates an SVG element; attribute values are set one by one, children as for `h`. */
export function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Readonly<Record<string, string | number>> = {},
  ...children: Child[]
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  for (const c of children) append(el, c);
  return el;
}

/** Replaces an element's children. */
export function replace(el: Element, ...children: Child[]): void {
  el.replaceChildren();
  for (const c of children) append(el, c);
}

/**
 * A link target that cannot run code: in-app hash routes, same-origin API
 * paths, and http(s) URLs. Anything else (`javascript:`, `data:`, `vbscript:`,
 * protocol-relative tricks) becomes `#`.
 */
export function safeHref(href: string): string {
  if (href.startsWith('#') || (href.startsWith('/') && !href.startsWith('//'))) return href;
  try {
    const url = new URL(href);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : '#';
  } catch {
    return '#';
  }
}
