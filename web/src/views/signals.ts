/**
 * The signals table with every filter the API has. The filters live in the
 * URL hash, so a view is a link; pages are fetched one at a time with the
 * API's cursor (never the whole table), and the export links carry the same
 * filters to the streaming export endpoint.
 */
import { ApiFailure, api, apiUrl } from '../api.ts';
import { h, replace } from '../dom.ts';
import { SEVERITY_MEANING, typeLabel } from '../format.ts';
import { href, type Route } from '../router.ts';
import { signalTable } from '../signal-table.ts';

const TYPES = ['THREAT', 'WARNING', 'REASSURANCE', 'CONTACT', 'DOCTRINE', 'POSTURE', 'ARMS_CONTROL', 'ASSESSMENT', 'ACCUSATION', 'PLANNING', 'USE'];
const KINDS: readonly [string, string][] = [
  ['official', 'Official'],
  ['expert', 'Expert'],
  ['media', 'Media'],
  ['intl_org', 'International org.'],
];
const SOURCINGS: readonly [string, string][] = [
  ['on_record', 'On record'],
  ['anonymous', 'Anonymous'],
  ['reported', 'Reported'],
  ['disputed', 'Disputed'],
];
const SORTS: readonly [string, string][] = [
  ['-date', 'Newest first'],
  ['date', 'Oldest first'],
  ['-severity', 'Most severe first'],
  ['severity', 'Least severe first'],
];
const LIMITS = ['25', '50', '100', '200'];

/** Filter parameters the form edits, in the order the API documents them. */
export const FILTER_KEYS = ['q', 'type', 'actor', 'country', 'target', 'kind', 'minSeverity', 'maxSeverity', 'from', 'to', 'lang', 'sourcing', 'modality', 'cluster', 'sort', 'limit'] as const;

function field(label: string, control: HTMLElement, id: string, extraClass = ''): HTMLElement {
  control.id = id;
  return h('label', { for: id, class: extraClass }, label, control);
}

function multiSelect(name: string, options: readonly [string, string][], selected: readonly string[], size: number): HTMLSelectElement {
  return h(
    'select',
    { name, multiple: true, size },
    options.map(([v, label]) => h('option', { value: v, selected: selected.includes(v) }, label)),
  );
}

function severityOptions(value: string | null, anyLabel: string): HTMLSelectElement {
  return h(
    'select',
    {},
    h('option', { value: '' }, anyLabel),
    SEVERITY_MEANING.map((meaning, s) => h('option', { value: String(s), selected: value === String(s), title: meaning }, `${s} – ${meaning}`)),
  );
}

function filterForm(params: URLSearchParams, onApply: (p: Record<string, string>) => void): HTMLFormElement {
  const list = (k: string) => (params.get(k) ?? '').split(',').filter(Boolean);
  const text = (name: string, placeholder: string, type = 'text') =>
    h('input', { name, type, value: params.get(name) ?? '', placeholder, autocomplete: 'off' });
  const minSev = severityOptions(params.get('minSeverity'), 'any');
  minSev.name = 'minSeverity';
  const maxSev = severityOptions(params.get('maxSeverity'), 'any');
  maxSev.name = 'maxSeverity';
  const modality = h(
    'select',
    { name: 'modality' },
    h('option', { value: '' }, 'any'),
    h('option', { value: 'public', selected: params.get('modality') === 'public' }, 'Public'),
    h('option', { value: 'private', selected: params.get('modality') === 'private' }, 'Private'),
  );
  const sort = h('select', { name: 'sort' }, SORTS.map(([v, label]) => h('option', { value: v, selected: (params.get('sort') ?? '-date') === v }, label)));
  const limit = h('select', { name: 'limit' }, LIMITS.map((v) => h('option', { value: v, selected: (params.get('limit') ?? '50') === v }, v)));

  const form = h(
    'form',
    { class: 'filters panel', role: 'search', aria: { label: 'Filter signals' } },
    field('Search articles', text('q', 'words, "a phrase", prefix*', 'search'), 'f-q', 'wide'),
    field('Type', multiSelect('type', TYPES.map((t) => [t, typeLabel(t)]), list('type'), 5), 'f-type'),
    field('Actor kind', multiSelect('kind', KINDS, list('kind'), 4), 'f-kind'),
    field('Sourcing', multiSelect('sourcing', SOURCINGS, list('sourcing'), 4), 'f-sourcing'),
    field('Actor (exact name)', text('actor', 'Vladimir Putin'), 'f-actor'),
    field('Actor country', text('country', 'RU,BY'), 'f-country'),
    field('Target', text('target', 'US,NATO'), 'f-target'),
    field('Severity from', minSev, 'f-min'),
    field('Severity to', maxSev, 'f-max'),
    field('Date from', text('from', '', 'date'), 'f-from'),
    field('Date to', text('to', '', 'date'), 'f-to'),
    field('Language', text('lang', 'fr,en'), 'f-lang'),
    field('Modality', modality, 'f-modality'),
    field('Sort', sort, 'f-sort'),
    field('Per page', limit, 'f-limit'),
    h(
      'div',
      { class: 'toolbar wide' },
      h('button', { type: 'submit', class: 'primary' }, 'Apply filters'),
      h('a', { href: href('signals'), class: 'reset' }, 'Reset'),
    ),
  );
  const cluster = params.get('cluster');
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const out: Record<string, string> = {};
    for (const el of Array.from(form.elements)) {
      if (el instanceof HTMLSelectElement && el.multiple) {
        const values = Array.from(el.selectedOptions).map((o) => o.value);
        if (values.length) out[el.name] = values.join(',');
      } else if ((el instanceof HTMLInputElement || el instanceof HTMLSelectElement) && el.name && el.value.trim() !== '') {
        out[el.name] = el.value.trim();
      }
    }
    if (cluster) out['cluster'] = cluster;
    onApply(out);
  });
  return form;
}

export async function signalsView(root: HTMLElement, route: Route, signal: AbortSignal): Promise<void> {
  const params = route.params;
  const query: Record<string, string> = {};
  for (const k of FILTER_KEYS) {
    const v = params.get(k);
    if (v) query[k] = v;
  }
  const cursor = params.get('cursor');
  const page = Number(params.get('page') ?? '1') || 1;
  const results = h('section', { id: 'results', aria: { live: 'polite', busy: 'true' } }, h('p', { class: 'loading' }, 'Loading…'));
  const form = filterForm(params, (p) => {
    location.hash = href('signals', null, p);
  });
  // On a phone the form would fill the first screen: it starts folded there, open on wider screens.
  const narrow = window.matchMedia('(max-width: 800px)').matches;
  const activeFilters = FILTER_KEYS.filter((k) => k !== 'sort' && k !== 'limit' && params.has(k)).length;
  const box = h('details', { class: 'filter-box', open: !narrow }, h('summary', null, `Filters${activeFilters ? ` (${activeFilters} active)` : ''}`), form);
  replace(root, h('h1', null, 'Signals'), box, results);

  try {
    const data = await api.signals({ ...query, cursor }, signal);
    const exportLink = (format: 'csv' | 'json') =>
      h('a', { href: apiUrl('/api/signals/export', { ...query, limit: undefined, format }), download: `brink-signals.${format}` }, `Export ${format.toUpperCase()}`);
    const nav = h(
      'nav',
      { class: 'toolbar', aria: { label: 'Pages' } },
      h('span', { class: 'muted' }, `Page ${page} · ${data.items.length} signal(s)${data.next ? '' : ' · last page'}`),
      page > 1 ? h('a', { href: href('signals', null, query) }, '⇤ First page') : null,
      data.next ? h('a', { href: href('signals', null, { ...query, cursor: data.next, page: page + 1 }), rel: 'next' }, 'Next page →') : null,
      h('span', { class: 'grow' }),
      exportLink('csv'),
      exportLink('json'),
    );
    replace(results, nav, signalTable(data.items, { caption: 'Each row is one distinct signal; “Outlets” counts the documents that carried it.' }));
  } catch (error) {
    if ((error as Error).name === 'AbortError') return;
    replace(results, h('p', { class: 'error', role: 'alert' }, error instanceof ApiFailure ? error.message : `Could not load: ${(error as Error).message}`));
  } finally {
    results.setAttribute('aria-busy', 'false');
  }
}
