/** Indicators board: signal types × countries, each cell the latest signal and the trend over a window. */
import { api, type Indicators } from '../api.ts';
import { h, replace } from '../dom.ts';
import { clip, formatDate, severityBadge, typeLabel } from '../format.ts';
import { href, type Route } from '../router.ts';

const WINDOWS = ['7', '30', '90'];
const TREND_TEXT: Readonly<Record<string, [string, string]>> = {
  up: ['↑', 'rising'],
  down: ['↓', 'falling'],
  flat: ['→', 'steady'],
  new: ['★', 'new: none in the previous period'],
  none: ['·', 'no signals in either period'],
};

function cell(c: Indicators['cells'][number], windowDays: number): HTMLTableCellElement {
  const w = c.windows.find((x) => x.days === windowDays) ?? c.windows[0];
  const [arrow, meaning] = TREND_TEXT[w?.trend ?? 'none'] ?? ['·', ''];
  const trend = w
    ? h(
        'div',
        { class: 'cell-trend' },
        h('span', { class: `trend trend-${w.trend}`, title: meaning, aria: { label: `trend ${meaning}` } }, arrow),
        ` ${w.count} in ${w.days} d`,
        h('span', { class: 'muted' }, ` (prev. ${w.previous})`),
        w.maxSeverity !== null ? [' max ', severityBadge(w.maxSeverity)] : null,
      )
    : null;
  if (!c.latest) return h('td', { class: 'cell-empty', data: { type: c.type, country: c.country } }, h('span', { class: 'muted' }, 'none'), trend);
  const l = c.latest;
  return h(
    'td',
    { data: { type: c.type, country: c.country } },
    h(
      'div',
      { class: 'cell-latest' },
      severityBadge(l.severity),
      ' ',
      h('a', { href: href('document', l.document, { signal: l.key }), title: l.evidence ?? '' }, h('time', { datetime: l.day }, formatDate(l.day))),
      ' · ',
      h('a', { href: href('actor', l.actor) }, l.actor),
      l.quote ? h('div', { class: 'muted' }, h('q', null, clip(l.quote, 90))) : null,
    ),
    trend,
  );
}

export async function indicatorsView(root: HTMLElement, route: Route, signal: AbortSignal): Promise<void> {
  const windowParam = route.params.get('window') ?? '30';
  const windowDays = WINDOWS.includes(windowParam) ? Number(windowParam) : 30;
  const asOf = route.params.get('asOf') ?? undefined;
  replace(root, h('h1', null, 'Indicators'), h('p', { class: 'loading' }, 'Loading…'));
  const data = await api.indicators({ asOf, countries: route.params.get('countries') ?? undefined }, signal);

  const go = (changes: Record<string, string>) => {
    const params = new URLSearchParams(route.params);
    for (const [k, v] of Object.entries(changes)) {
      if (v) params.set(k, v);
      else params.delete(k);
    }
    location.hash = `#/indicators?${params.toString()}`;
  };

  const controls = h(
    'form',
    {
      class: 'toolbar',
      on: {
        submit: (e) => {
          e.preventDefault();
          const form = e.target as HTMLFormElement;
          go({ window: (form.elements.namedItem('window') as HTMLSelectElement).value, asOf: (form.elements.namedItem('asOf') as HTMLInputElement).value });
        },
      },
    },
    h('label', { for: 'ind-window' }, 'Window '),
    h('select', { id: 'ind-window', name: 'window' }, WINDOWS.map((w) => h('option', { value: w, selected: Number(w) === windowDays }, `${w} days`))),
    h('label', { for: 'ind-asof' }, 'as of '),
    h('input', { id: 'ind-asof', name: 'asOf', type: 'date', value: asOf ?? data.asOf ?? '' }),
    h('button', { type: 'submit' }, 'Show'),
  );

  if (data.asOf === null) {
    replace(root, h('h1', null, 'Indicators'), h('p', { class: 'panel' }, 'The store holds no documents yet.'));
    return;
  }
  const byKey = new Map(data.cells.map((c) => [`${c.type}|${c.country}`, c]));
  const table = h(
    'div',
    { class: 'table-wrap' },
    h(
      'table',
      { class: 'data board' },
      h('caption', { class: 'muted' }, `Latest signal per type and actor country, and the count over the last ${windowDays} days against the ${windowDays} days before, as of ${formatDate(data.asOf)}.`),
      h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Type'), data.countries.map((c) => h('th', { scope: 'col' }, c)))),
      h(
        'tbody',
        null,
        data.types.map((t) =>
          h(
            'tr',
            null,
            h('th', { scope: 'row' }, h('a', { href: href('signals', null, { type: t }) }, typeLabel(t))),
            data.countries.map((c) => {
              const found = byKey.get(`${t}|${c}`);
              return found ? cell(found, windowDays) : h('td', { class: 'cell-empty' }, '—');
            }),
          ),
        ),
      ),
    ),
  );
  replace(root, h('h1', null, 'Indicators'), controls, table);
}
