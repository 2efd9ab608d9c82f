/** The signals table, shared by the signals view, the chart drill-down and the actor page. */
import type { SignalItem } from './api.ts';
import { h } from './dom.ts';
import { clip, formatDate, severityBadge, typeLabel } from './format.ts';
import { href } from './router.ts';

export interface SignalTableOptions {
  readonly caption: string;
  /** Hide the actor column (the actor page already says who). */
  readonly hideActor?: boolean;
}

export function signalRow(s: SignalItem, opts: Pick<SignalTableOptions, 'hideActor'> = {}): HTMLTableRowElement {
  const snippet = s.quote ?? s.evidence[0]?.text ?? '';
  return h(
    'tr',
    { data: { key: s.key, type: s.type, severity: String(s.severity) } },
    h('td', { class: 'nowrap' }, h('time', { datetime: s.date ?? '' }, formatDate(s.date))),
    h('td', { class: 'nowrap' }, typeLabel(s.type)),
    opts.hideActor ? null : h('td', null, h('a', { href: href('actor', s.actor.name) }, s.actor.name)),
    h('td', { class: 'nowrap' }, s.actor.country ?? '—'),
    h('td', { class: 'nowrap' }, s.target ?? '—'),
    h('td', { class: 'num' }, severityBadge(s.severity)),
    h('td', null, h('span', { class: 'tag' }, s.sourcing.replace('_', ' ')), s.modality === 'private' ? h('span', { class: 'tag' }, 'private') : null),
    h('td', { class: 'snippet' }, s.quote ? h('q', null, clip(snippet)) : clip(snippet)),
    h('td', { class: 'num', title: 'documents that reported it' }, String(s.outlets)),
    h('td', { class: 'nowrap' }, h('a', { href: href('document', s.document, { signal: s.key }), aria: { label: `evidence for ${typeLabel(s.type)} by ${s.actor.name}` } }, 'Evidence')),
  );
}

export function signalTable(items: readonly SignalItem[], opts: SignalTableOptions): HTMLElement {
  const head = ['Date', 'Type', ...(opts.hideActor ? [] : ['Actor']), 'Country', 'Target', 'Sev.', 'Sourcing', 'Quote or evidence', 'Outlets', ''];
  return h(
    'div',
    { class: 'table-wrap' },
    h(
      'table',
      { class: 'data signals' },
      h('caption', { class: 'muted' }, opts.caption),
      h('thead', null, h('tr', null, head.map((c) => h('th', { scope: 'col' }, c)))),
      h(
        'tbody',
        null,
        items.length === 0 ? h('tr', null, h('td', { colspan: head.length, class: 'muted' }, 'No signals.')) : items.map((s) => signalRow(s, opts)),
      ),
    ),
  );
}
