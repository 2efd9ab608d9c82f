/** Actor pages: the list of actors, and everything one actor signalled, over time, with quotes. */
import { api, type ActorDetail } from '../api.ts';
import { h, replace, svg } from '../dom.ts';
import { formatDate, severityBadge, typeLabel } from '../format.ts';
import { href, type Route } from '../router.ts';
import { signalTable } from '../signal-table.ts';

/** Monthly bars: height = signals that month, colour = the month's highest severity band. */
function monthlyBars(detail: ActorDetail): HTMLElement {
  const months = detail.byMonth;
  if (months.length === 0) return h('p', { class: 'muted' }, 'No dated signals.');
  const width = Math.max(320, months.length * 14);
  const height = 120;
  const max = Math.max(...months.map((m) => m.signals));
  // Bars stay narrow when there are few months, so one month is not a slab.
  const barW = Math.min(18, width / months.length);
  const root = svg('svg', { class: 'bars', viewBox: `0 0 ${width} ${height + 18}`, role: 'img', 'aria-label': `Signals per month, ${months[0]!.month} to ${months[months.length - 1]!.month}` });
  months.forEach((m, i) => {
    const bh = Math.max(1, (m.signals / max) * height);
    const band = m.maxSeverity >= 5 ? 'high' : m.maxSeverity >= 2 ? 'mid' : 'low';
    root.appendChild(
      svg('rect', { class: `bar band-${band}`, x: i * barW + 1, y: height - bh, width: Math.max(1, barW - 2), height: bh }, svg('title', {}, `${m.month}: ${m.signals} signal(s), max severity ${m.maxSeverity}`)),
    );
    // Years label their Januaries; the first bar too when the next January is not right behind it.
    if (m.month.endsWith('-01') || (i === 0 && Number(m.month.slice(5)) <= 9)) root.appendChild(svg('text', { x: i * barW + 1, y: height + 14 }, m.month.slice(0, 4)));
  });
  return h('div', { class: 'bars-wrap' }, root);
}

export async function actorView(root: HTMLElement, route: Route, signal: AbortSignal): Promise<void> {
  const name = route.arg;
  if (!name) {
    replace(root, h('p', { class: 'error' }, 'No actor given.'));
    return;
  }
  replace(root, h('h1', null, name), h('p', { class: 'loading' }, 'Loading…'));
  const cursor = route.params.get('cursor');
  const [detail, signals, quotes] = await Promise.all([
    api.actor(name, signal),
    api.signals({ actor: name, sort: 'date', limit: 50, cursor }, signal),
    api.quotes({ actor: name, limit: 20 }, signal),
  ]);
  const a = detail.actor;
  replace(
    root,
    h('p', null, h('a', { href: href('actors') }, '← Actors')),
    h('h1', null, a.name),
    h(
      'p',
      { class: 'muted' },
      `${a.kind}${a.country ? ` · ${a.country}` : ''} · ${a.signals} signal(s) · ${a.quotes} quote(s) · `,
      a.first ? `${formatDate(a.first)} – ${formatDate(a.last)} · ` : '',
      'highest severity ',
      severityBadge(a.maxSeverity),
    ),
    h(
      'section',
      { class: 'panel' },
      h('h2', null, 'Over time'),
      monthlyBars(detail),
      h('ul', { class: 'legend' }, detail.byType.map((t) => h('li', null, h('a', { href: href('signals', null, { actor: a.name, type: t.type }) }, typeLabel(t.type)), ` ${t.signals} (max `, severityBadge(t.maxSeverity), ')'))),
    ),
    h('h2', null, 'Signals, oldest first'),
    signalTable(signals.items, { caption: `Signals of ${a.name}`, hideActor: true }),
    h(
      'nav',
      { class: 'toolbar', aria: { label: 'Pages' } },
      cursor ? h('a', { href: href('actor', a.name) }, '⇤ First page') : null,
      signals.next ? h('a', { href: href('actor', a.name, { cursor: signals.next }), rel: 'next' }, 'Next page →') : null,
      h('a', { href: href('signals', null, { actor: a.name }) }, 'Filter in the signals table'),
    ),
    h('h2', null, 'Quotes, newest first'),
    quotes.items.length === 0
      ? h('p', { class: 'muted' }, 'No quotes.')
      : h(
          'ul',
          { class: 'signal-list' },
          quotes.items.map((q) =>
            h('li', null, h('q', { lang: q.lang ?? '' }, q.text), ' ', h('span', { class: 'muted' }, q.published ? formatDate(q.published.date) : 'undated', ' · '), h('a', { href: href('document', q.document) }, q.title ?? 'document')),
          ),
        ),
  );
}

export async function actorsView(root: HTMLElement, route: Route, signal: AbortSignal): Promise<void> {
  const q = route.params.get('q') ?? '';
  const cursor = route.params.get('cursor');
  replace(root, h('h1', null, 'Actors'), h('p', { class: 'loading' }, 'Loading…'));
  const page = await api.actors({ q: q || undefined, limit: 50, cursor }, signal);
  const search = h(
    'form',
    {
      class: 'toolbar',
      role: 'search',
      on: {
        submit: (e) => {
          e.preventDefault();
          const value = ((e.target as HTMLFormElement).elements.namedItem('q') as HTMLInputElement).value.trim();
          location.hash = href('actors', null, { q: value });
        },
      },
    },
    h('label', { for: 'actor-q' }, 'Name contains '),
    h('input', { id: 'actor-q', name: 'q', type: 'search', value: q, autocomplete: 'off' }),
    h('button', { type: 'submit' }, 'Search'),
  );
  const rows = page.items.map((a) =>
    h(
      'tr',
      null,
      h('td', null, h('a', { href: href('actor', a.name) }, a.name)),
      h('td', null, a.country ?? '—'),
      h('td', null, a.kind),
      h('td', { class: 'num' }, String(a.signals)),
      h('td', { class: 'num' }, String(a.quotes)),
      h('td', { class: 'num' }, severityBadge(a.maxSeverity)),
      h('td', { class: 'nowrap' }, a.first ? `${formatDate(a.first)} – ${formatDate(a.last)}` : '—'),
    ),
  );
  replace(
    root,
    h('h1', null, 'Actors'),
    search,
    h(
      'div',
      { class: 'table-wrap' },
      h(
        'table',
        { class: 'data' },
        h('caption', { class: 'muted' }, 'Actors by number of signals.'),
        h('thead', null, h('tr', null, ['Actor', 'Country', 'Kind', 'Signals', 'Quotes', 'Max sev.', 'Active'].map((c) => h('th', { scope: 'col' }, c)))),
        h('tbody', null, rows.length ? rows : h('tr', null, h('td', { colspan: 7, class: 'muted' }, 'No actors.'))),
      ),
    ),
    h(
      'nav',
      { class: 'toolbar', aria: { label: 'Pages' } },
      cursor ? h('a', { href: href('actors', null, { q }) }, '⇤ First page') : null,
      page.next ? h('a', { href: href('actors', null, { q, cursor: page.next }), rel: 'next' }, 'Next page →') : null,
    ),
  );
}
