/**
 * The evidence view: one document's cleaned text with every evidence
 * sentence and quote marked, the selected signal's fields, the source link,
 * the other outlets that carried the story, and what the cleaner removed.
 * The text is cut into segments at span boundaries and each segment is a
 * Text node inside a <mark> or not: offsets index the string directly
 * (UTF-16, as the API gives them), and nothing is ever parsed as HTML.
 */
import { api, type DocumentDetail, type SignalItem } from '../api.ts';
import { h, replace } from '../dom.ts';
import { formatDate, severityBadge, typeLabel } from '../format.ts';
import { href, type Route } from '../router.ts';

interface Span {
  readonly start: number;
  readonly end: number;
  readonly kind: 'evidence' | 'quote';
  readonly signal?: string;
}

/** Splits `text` at every span boundary; each piece lists the spans covering it. */
export function segments(text: string, spans: readonly Span[]): { text: string; start: number; covering: Span[] }[] {
  const valid = spans.filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= text.length && s.start < s.end);
  const cuts = new Set([0, text.length]);
  for (const s of valid) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: { text: string; start: number; covering: Span[] }[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    out.push({ text: text.slice(a, b), start: a, covering: valid.filter((s) => s.start <= a && s.end >= b) });
  }
  return out;
}

function articleBody(doc: DocumentDetail, selected: string | null): HTMLElement {
  const spans: Span[] = [];
  for (const s of doc.signals) for (const e of s.evidence) if (e.document === doc.id) spans.push({ start: e.start, end: e.end, kind: 'evidence', signal: s.key });
  for (const q of doc.quotes) spans.push({ start: q.start, end: q.end, kind: 'quote' });
  const body = h('div', { class: 'article', lang: doc.lang ?? '' });
  for (const seg of segments(doc.text, spans)) {
    const ev = seg.covering.filter((s) => s.kind === 'evidence');
    const quote = seg.covering.some((s) => s.kind === 'quote');
    if (ev.length === 0 && !quote) {
      body.appendChild(document.createTextNode(seg.text));
      continue;
    }
    const keys = ev.map((s) => s.signal ?? '');
    const active = selected !== null && keys.includes(selected);
    const classes = [ev.length ? 'evidence' : '', quote ? 'quote' : '', active ? 'active' : ''].filter(Boolean).join(' ');
    const mark = h('mark', { class: classes, data: { signals: keys.join(' '), start: String(seg.start) } }, seg.text);
    if (ev.length) mark.title = `evidence for ${ev.length} signal(s)`;
    body.appendChild(mark);
  }
  return body;
}

function fields(s: SignalItem): HTMLElement {
  const row = (k: string, v: Node | string) => [h('dt', null, k), h('dd', null, v)];
  return h(
    'dl',
    { class: 'fields' },
    row('Type', typeLabel(s.type)),
    row('Actor', h('a', { href: href('actor', s.actor.name) }, s.actor.name)),
    row('Country', s.actor.country ?? '—'),
    row('Actor kind', s.actor.kind),
    row('Target', s.target ?? '—'),
    row('Date', `${s.date ?? 'undated'}${s.datePrecision ? ` (${s.datePrecision})` : ''}`),
    row('Index day', s.day ?? '—'),
    row('Severity', severityBadge(s.severity)),
    row('Modality', s.modality),
    row('Sourcing', s.sourcing.replace('_', ' ')),
    row('Quote', s.quote ? h('q', null, s.quote) : '—'),
    row('Confidence', s.confidence.toFixed(2)),
    row('Outlets', String(s.outlets)),
  );
}

export async function documentView(root: HTMLElement, route: Route, signal: AbortSignal): Promise<void> {
  const id = route.arg;
  if (!id) {
    replace(root, h('p', { class: 'error' }, 'No document given.'));
    return;
  }
  replace(root, h('p', { class: 'loading' }, 'Loading…'));
  const doc = await api.document(id, signal);
  let selected = route.params.get('signal') ?? doc.signals[0]?.key ?? null;

  const bodyHolder = h('div', { class: 'panel' });
  const fieldsHolder = h('div');
  const signalButtons = new Map<string, HTMLButtonElement>();

  const render = (scroll: boolean) => {
    replace(bodyHolder, articleBody(doc, selected));
    const sig = doc.signals.find((s) => s.key === selected) ?? null;
    replace(fieldsHolder, sig ? [h('h2', null, 'Selected signal'), fields(sig)] : h('p', { class: 'muted' }, 'This document reported no signal.'));
    for (const [key, b] of signalButtons) b.setAttribute('aria-pressed', String(key === selected));
    if (scroll) bodyHolder.querySelector('mark.active')?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  };

  const signalList = h(
    'ul',
    { class: 'signal-list' },
    doc.signals.map((s) => {
      const b = h(
        'button',
        {
          type: 'button',
          class: 'linkish',
          on: {
            click: () => {
              selected = s.key;
              const params = new URLSearchParams(route.params);
              params.set('signal', s.key);
              history.replaceState(null, '', href('document', doc.id, Object.fromEntries(params)));
              render(true);
            },
          },
        },
        `${typeLabel(s.type)} — ${s.actor.name}`,
      );
      signalButtons.set(s.key, b);
      return h('li', null, severityBadge(s.severity), ' ', b, h('span', { class: 'muted' }, ` ${formatDate(s.date)}`));
    }),
  );

  const sourceLinks = doc.sources.map((s) => h('li', null, s.url ? h('a', { href: s.url, rel: 'noopener noreferrer', target: '_blank' }, s.url) : s.source));
  const outlets = doc.outlets.map((o) =>
    h('li', null, h('a', { href: href('document', o.id) }, o.title ?? o.source), h('span', { class: 'muted' }, ` ${o.published ? formatDate(o.published.date) : ''} · ${o.source}`)),
  );
  const quotes = doc.quotes.map((q) => h('li', null, h('q', null, q.text), h('span', { class: 'muted' }, ` — ${q.speaker?.name ?? 'unattributed'} (${q.kind})`)));

  replace(
    root,
    h('p', null, h('a', { href: href('signals') }, '← Signals')),
    h('h1', { lang: doc.lang ?? '' }, doc.title ?? '(untitled)'),
    h(
      'p',
      { class: 'muted' },
      doc.published ? `Published ${formatDate(doc.published.date)} (${doc.published.method}) · ` : 'Publication date unknown · ',
      `language ${doc.lang ?? 'unknown'} · `,
      doc.url ? h('a', { href: doc.url, rel: 'noopener noreferrer', target: '_blank' }, 'source') : doc.source,
    ),
    h(
      'div',
      { class: 'doc-layout' },
      h('article', { aria: { label: 'Cleaned article text' } }, bodyHolder, h('p', { class: 'muted legend' }, h('mark', { class: 'evidence' }, 'evidence'), ' ', h('mark', { class: 'evidence active' }, 'selected signal'), ' ', h('mark', { class: 'quote' }, 'quote'))),
      h(
        'aside',
        null,
        h('section', { class: 'panel' }, h('h2', null, `Signals (${doc.signals.length})`), signalList, fieldsHolder),
        h('section', { class: 'panel' }, h('h2', null, `Quotes (${doc.quotes.length})`), quotes.length ? h('ul', null, quotes) : h('p', { class: 'muted' }, 'None.')),
        h(
          'section',
          { class: 'panel' },
          h('h2', null, 'Sources and other outlets'),
          h('ul', null, sourceLinks),
          outlets.length ? [h('h3', null, `Same story elsewhere (${outlets.length})`), h('ul', { class: 'outlets' }, outlets)] : h('p', { class: 'muted' }, 'No other outlet carried this story in the store.'),
        ),
        h(
          'details',
          { class: 'panel removed' },
          h('summary', null, `Removed by the cleaner (${doc.removed.length})`),
          h('ul', null, doc.removed.map((r) => h('li', null, h('span', { class: 'tag' }, r.reason), ' ', r.text))),
        ),
      ),
    ),
  );
  render(route.params.has('signal'));
}
