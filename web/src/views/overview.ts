/** Overview: the latest watcher alerts, the escalation index per country, severe-signal markers, and the signals behind any point. */
import { alertsPanel } from '../alerts-panel.ts';
import { api, type Escalation } from '../api.ts';
import { lineChart, type Chart, type ChartMarker, type LineSeries } from '../chart.ts';
import { h, replace } from '../dom.ts';
import { formatDate, severityBadge, typeLabel } from '../format.ts';
import { href, type Route } from '../router.ts';
import { signalTable } from '../signal-table.ts';

const RANGES: readonly [string, string][] = [
  ['90', 'last 90 days'],
  ['365', 'last year'],
  ['1095', 'last 3 years'],
  ['3650', 'last 10 years'],
];
const DEFAULT_RANGE = '1095';
const DEFAULT_COUNTRIES = 'RU,US,UA';
/** Colour classes for countries beyond RU/US/UA (see style.css). */
const EXTRA_CLASSES = ['s-o1', 's-o2'];

function seriesClass(name: string, k: number): string {
  if (name === 'all' || name === 'RU' || name === 'US' || name === 'UA' || name === 'experts') return `s-${name}`;
  return EXTRA_CLASSES[k % EXTRA_CLASSES.length]!;
}

function seriesLabel(name: string): string {
  if (name === 'all') return 'All officials';
  if (name === 'experts') return 'Experts';
  return name;
}

function setHashParams(route: Route, changes: Record<string, string | null>): void {
  const params = new URLSearchParams(route.params);
  for (const [k, v] of Object.entries(changes)) {
    if (v === null || v === '') params.delete(k);
    else params.set(k, v);
  }
  const qs = params.toString();
  // replaceState: selecting points should not fill the back button's history.
  history.replaceState(null, '', `#/${qs ? `?${qs}` : ''}`);
}

export async function overview(root: HTMLElement, route: Route, signal: AbortSignal): Promise<void> {
  const range = route.params.get('range') ?? DEFAULT_RANGE;
  const countries = route.params.get('countries') ?? DEFAULT_COUNTRIES;
  const asOf = route.params.get('asOf') ?? undefined;
  replace(root, h('h1', null, 'Escalation index'), h('p', { class: 'loading' }, 'Loading…'));
  const data = await api.escalation({ countries, days: range, asOf }, signal);

  const charts: Chart[] = [];
  const drill = h('section', { class: 'panel', id: 'drilldown', aria: { live: 'polite' } }, h('p', { class: 'muted' }, 'Select a point of the chart (click, or focus the chart and press Enter) to list the signals behind it.'));

  const showDay = async (series: string, date: string) => {
    setHashParams(route, { day: date, series });
    replace(drill, h('h2', null, `Signals behind ${seriesLabel(series)} on ${formatDate(date)}`), h('p', { class: 'loading' }, 'Loading…'));
    const page = await api.escalationSignals({ series, date, limit: 50 }, signal);
    const more = page.next
      ? h('p', { class: 'muted' }, `Showing the ${page.items.length} most severe; `, h('a', { href: href('signals', null, { from: date, to: date, kind: series === 'experts' ? 'expert' : 'official', country: series === 'all' || series === 'experts' ? null : series, sort: '-severity' }) }, 'see all in the table'), '.')
      : null;
    replace(
      drill,
      h('h2', null, `Signals behind ${seriesLabel(series)} on ${formatDate(date)}`),
      page.items.length === 0 ? h('p', { class: 'muted' }, 'No signals were filed under this day; the value is carried over from earlier days, decaying.') : signalTable(page.items, { caption: `${page.items.length} signal(s) filed under ${date}` }),
      more,
    );
  };
  const onSelect = (series: string, index: number) => {
    const date = data.dates[index];
    if (date) void showDay(series, date).catch((e: unknown) => showError(drill, e));
  };

  const official = data.series.filter((s) => s.kind === 'official');
  const experts = data.series.filter((s) => s.kind === 'expert');
  const toLines = (list: Escalation['series']): LineSeries[] =>
    list.map((s, k) => ({ name: s.name, label: seriesLabel(s.name), cls: seriesClass(s.name, k), values: s.values, signals: s.signals, dashed: s.kind === 'expert' }));
  const dayIndex = new Map(data.dates.map((d, i) => [d, i]));
  const markers: ChartMarker[] = data.markers.flatMap((m) => {
    const index = dayIndex.get(m.date);
    return index === undefined ? [] : [{ series: m.series, index, severity: m.severity, label: `${typeLabel(m.type)} by ${m.actor}, severity ${m.severity}, ${formatDate(m.date)}` }];
  });

  const header = h(
    'div',
    null,
    h('h1', null, 'Escalation index'),
    h(
      'p',
      { class: 'muted' },
      `Official actors’ distinct signals, each weighted by severity (every rung doubles the weight), decaying with a ${data.halfLifeDays}-day half-life. `,
      `Circles mark signals of severity ${data.markerSeverity} or more. Reference date: ${formatDate(data.asOf)}.`,
    ),
  );

  if (data.dates.length === 0) {
    replace(root, header, alertsPanel(signal), h('p', { class: 'panel' }, 'The store holds no dated signals yet. Ingest documents with ', h('code', null, 'brink ingest'), '.'));
    return;
  }

  const rangeSelect = h(
    'select',
    {
      id: 'range',
      on: {
        change: (e) => {
          const params = new URLSearchParams(route.params);
          params.set('range', (e.target as HTMLSelectElement).value);
          params.delete('day');
          params.delete('series');
          location.hash = `#/?${params.toString()}`;
        },
      },
    },
    RANGES.map(([v, label]) => h('option', { value: v, selected: v === range }, label)),
  );

  const officialChart = lineChart({ dates: data.dates, series: toLines(official), markers, height: 320, label: 'Escalation index of official actors per country', onSelect });
  charts.push(officialChart);
  const hidden = new Set<string>();
  const legend = h(
    'ul',
    { class: 'legend', aria: { label: 'Series shown' } },
    toLines(official).map((s) =>
      h(
        'li',
        null,
        h(
          'label',
          { class: s.cls },
          h('input', {
            type: 'checkbox',
            checked: true,
            name: `series-${s.name}`,
            on: {
              change: (e) => {
                if ((e.target as HTMLInputElement).checked) hidden.delete(s.name);
                else hidden.add(s.name);
                officialChart.setHidden(new Set(hidden));
              },
            },
          }),
          h('span', { class: 'swatch' }),
          h('span', { class: 'legend-label' }, s.label),
        ),
      ),
    ),
  );

  const expertChart = lineChart({ dates: data.dates, series: toLines(experts), height: 160, label: 'Escalation index of experts’ assessments', onSelect });
  charts.push(expertChart);

  const severe = [...data.markers].reverse().slice(0, 30);
  const markerList = h(
    'section',
    { class: 'panel' },
    h('h2', null, `Severe signals (severity ≥ ${data.markerSeverity})`),
    severe.length === 0
      ? h('p', { class: 'muted' }, 'None in this period.')
      : h(
          'ul',
          { class: 'signal-list' },
          severe.map((m) =>
            h(
              'li',
              null,
              severityBadge(m.severity),
              ' ',
              h('time', { datetime: m.date }, formatDate(m.date)),
              ' — ',
              h('a', { href: href('actor', m.actor) }, m.actor),
              ` (${m.country ?? '—'}) · ${typeLabel(m.type)} · `,
              h('a', { href: href('document', m.document, { signal: m.key }) }, 'evidence'),
            ),
          ),
        ),
  );

  replace(
    root,
    header,
    h(
      'section',
      { class: 'panel' },
      h('div', { class: 'toolbar' }, h('label', { for: 'range' }, 'Period '), rangeSelect, h('span', { class: 'grow' }), legend),
      officialChart.element,
      h('p', { class: 'chart-help' }, 'Hover or focus the chart and use ←/→ (PageUp/PageDown: 30 days), ↑/↓ to change series, Enter to list the signals of a day.'),
    ),
    alertsPanel(signal),
    h('section', { class: 'panel' }, h('h2', null, 'Experts’ assessments (shown apart, not in the index)'), expertChart.element),
    drill,
    markerList,
  );

  signal.addEventListener('abort', () => charts.forEach((c) => c.destroy()));

  const day = route.params.get('day');
  const series = route.params.get('series');
  if (day && series && dayIndex.has(day)) await showDay(series, day);
}

export function showError(el: HTMLElement, error: unknown): void {
  if ((error as Error).name === 'AbortError') return;
  replace(el, h('p', { class: 'error', role: 'alert' }, `Could not load: ${(error as Error).message}`));
}
