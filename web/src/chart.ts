/**
 * A daily line chart drawn as SVG with DOM calls (no library, no markup
 * strings). Series share one x axis (the days) and one y axis. Days on which
 * signals were filed carry a point; markers flag severe signals. A pointer
 * or the keyboard moves a cursor over the days; selecting a point (click,
 * Enter) reports the series and day to the caller, which lists the signals.
 *
 * Keys when the chart has focus: ←/→ one day, PageUp/PageDown 30 days,
 * Home/End first/last day, ↑/↓ switch series, Enter or Space select.
 */
import { h, replace, svg } from './dom.ts';
import { formatDate, formatNumber } from './format.ts';

export interface LineSeries {
  readonly name: string;
  readonly label: string;
  /** CSS class giving the series its colour (`s-RU`). */
  readonly cls: string;
  readonly values: readonly number[];
  readonly signals: readonly number[];
  readonly dashed?: boolean;
}

export interface ChartMarker {
  readonly series: string;
  readonly index: number;
  readonly severity: number;
  readonly label: string;
}

export interface ChartOptions {
  readonly dates: readonly string[];
  readonly series: readonly LineSeries[];
  readonly markers?: readonly ChartMarker[];
  readonly height: number;
  /** Accessible name of the chart. */
  readonly label: string;
  readonly onSelect: (series: string, index: number) => void;
}

export interface Chart {
  readonly element: HTMLElement;
  setHidden(names: ReadonlySet<string>): void;
  /** Moves the cursor (and the tooltip) to a day of a series, as the keyboard would. */
  focusPoint(series: string, index: number): void;
  destroy(): void;
}

const MARGIN = { left: 46, right: 14, top: 12, bottom: 26 };
/** Above this many points per series the dots would merge into the line; the line alone is drawn. */
const POINTS_MAX = 900;
/** Minimum horizontal room per x-axis label, in pixels. */
const LABEL_ROOM = 74;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The smallest 1/2/5 × 10^k at or above `x`. */
function niceCeil(x: number): number {
  if (x <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(x));
  for (const m of [1, 2, 5, 10]) if (m * p >= x) return m * p;
  return 10 * p;
}

export function lineChart(opts: ChartOptions): Chart {
  const n = opts.dates.length;
  let hidden: ReadonlySet<string> = new Set();
  let cursor = { index: n - 1, series: 0 };
  let cursorShown = false;

  const tooltip = h('div', { class: 'tooltip', hidden: true, role: 'presentation' });
  const live = h('p', { class: 'skip', aria: { live: 'polite' } });
  const holder = h('div');
  const element = h('div', { class: 'chart-wrap' }, holder, tooltip, live);
  let svgEl: SVGSVGElement | null = null;
  let geometry = { width: 800, x: (_i: number) => 0, y: (_v: number) => 0 };

  const visible = () => opts.series.filter((s) => !hidden.has(s.name));

  function draw(): void {
    const width = Math.max(320, Math.round(holder.clientWidth || element.clientWidth || 800));
    const height = opts.height;
    const plotW = width - MARGIN.left - MARGIN.right;
    const plotH = height - MARGIN.top - MARGIN.bottom;
    const shown = visible();
    let max = 0;
    for (const s of shown) for (const v of s.values) if (v > max) max = v;
    const yMax = niceCeil(max * 1.05);
    const x = (i: number) => MARGIN.left + (n <= 1 ? plotW / 2 : (i * plotW) / (n - 1));
    const y = (v: number) => MARGIN.top + plotH * (1 - v / yMax);
    geometry = { width, x, y };

    const root = svg('svg', {
      class: 'chart',
      viewBox: `0 0 ${width} ${height}`,
      width,
      height,
      tabindex: 0,
      role: 'group',
      'aria-roledescription': 'chart',
      'aria-label': `${opts.label}. Use the arrow keys to move along the days, up and down to change series, Enter to list the signals of a day.`,
    });
    svgEl = root;
    root.appendChild(svg('rect', { class: 'frame', x: 0.5, y: 0.5, width: width - 1, height: height - 1, rx: 4 }));

    // y axis: 0, half, max.
    const yAxis = svg('g', { class: 'axis y' });
    for (const v of [0, yMax / 2, yMax]) {
      yAxis.appendChild(svg('line', { class: 'grid', x1: MARGIN.left, x2: width - MARGIN.right, y1: y(v), y2: y(v) }));
      yAxis.appendChild(svg('text', { x: MARGIN.left - 6, y: y(v) + 4, 'text-anchor': 'end' }, formatNumber(v)));
    }
    root.appendChild(yAxis);

    // x axis: month starts, thinned to fit; January labelled with the year.
    const xAxis = svg('g', { class: 'axis x' });
    const monthStarts: number[] = [];
    opts.dates.forEach((d, i) => {
      if (d.endsWith('-01')) monthStarts.push(i);
    });
    const room = Math.max(1, Math.floor(plotW / LABEL_ROOM));
    const everyMonths = [1, 2, 3, 6, 12, 24].find((k) => monthStarts.length / k <= room) ?? 48;
    for (const i of monthStarts) {
      const d = opts.dates[i]!;
      const month = Number(d.slice(5, 7));
      if ((month - 1) % Math.min(everyMonths, 12) !== 0 || (everyMonths > 12 && Number(d.slice(0, 4)) % (everyMonths / 12) !== 0)) continue;
      xAxis.appendChild(svg('line', { x1: x(i), x2: x(i), y1: height - MARGIN.bottom, y2: height - MARGIN.bottom + 4 }));
      xAxis.appendChild(
        svg('text', { x: x(i), y: height - 8, 'text-anchor': 'middle' }, month === 1 ? d.slice(0, 4) : `${MONTHS[month - 1]} ${d.slice(2, 4)}`),
      );
    }
    xAxis.appendChild(svg('line', { x1: MARGIN.left, x2: width - MARGIN.right, y1: height - MARGIN.bottom, y2: height - MARGIN.bottom }));
    root.appendChild(xAxis);

    for (const s of shown) {
      let d = '';
      s.values.forEach((v, i) => {
        d += `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)} ${y(v).toFixed(1)}`;
      });
      root.appendChild(svg('path', { class: `line ${s.cls}${s.dashed ? ' expert' : ''}`, d, 'data-series': s.name }));
      const days = s.signals.reduce((k, c) => k + (c > 0 ? 1 : 0), 0);
      if (days <= POINTS_MAX) {
        const g = svg('g', { class: `points ${s.cls}` });
        s.signals.forEach((c, i) => {
          if (c > 0) g.appendChild(svg('circle', { class: `point ${s.cls}`, cx: x(i), cy: y(s.values[i] ?? 0), r: 2.6, 'data-series': s.name, 'data-date': opts.dates[i]! }));
        });
        root.appendChild(g);
      }
    }

    root.appendChild(svg('line', { class: 'guide', x1: 0, x2: 0, y1: MARGIN.top, y2: height - MARGIN.bottom, visibility: 'hidden' }));
    const focusDot = svg('circle', { class: 'focus-dot', r: 5, visibility: 'hidden' });
    // The overlay catches the pointer everywhere in the plot; markers sit above it.
    const overlay = svg('rect', { class: 'overlay', x: MARGIN.left, y: MARGIN.top, width: plotW, height: plotH });
    root.appendChild(overlay);
    root.appendChild(focusDot);

    const markersG = svg('g', { class: 'markers' });
    for (const m of opts.markers ?? []) {
      const s = shown.find((v) => v.name === m.series);
      if (!s) continue;
      const c = svg(
        'circle',
        {
          class: `marker ${s.cls}`,
          cx: x(m.index),
          cy: y(s.values[m.index] ?? 0),
          // Smaller on a phone, where a dozen markers would otherwise cover the line.
          r: (4 + Math.max(0, m.severity - 5)) * (width < 600 ? 0.7 : 1),
          tabindex: 0,
          role: 'button',
          'aria-label': `${m.label}: list the signals of ${formatDate(opts.dates[m.index])}`,
          'data-series': s.name,
          'data-date': opts.dates[m.index] ?? '',
          'data-severity': m.severity,
        },
        svg('title', {}, m.label),
      );
      const pick = () => select(m.series, m.index);
      c.addEventListener('click', (e) => {
        e.stopPropagation();
        pick();
      });
      c.addEventListener('keydown', (e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          e.stopPropagation();
          pick();
        }
      });
      markersG.appendChild(c);
    }
    root.appendChild(markersG);

    overlay.addEventListener('pointermove', (e) => {
      const { index, series } = nearest(e);
      cursor = { index, series };
      showCursor(false);
    });
    overlay.addEventListener('pointerleave', () => hideCursor());
    overlay.addEventListener('click', (e) => {
      const { index, series } = nearest(e);
      cursor = { index, series };
      showCursor(false);
      const s = visible()[series];
      if (s) select(s.name, index);
    });
    root.addEventListener('keydown', onKey);
    root.addEventListener('focus', () => showCursor(true));
    root.addEventListener('blur', () => hideCursor());

    replace(holder, root);
  }

  /** The day under the pointer, and the visible series whose line is closest to it vertically. */
  function nearest(e: PointerEvent | MouseEvent): { index: number; series: number } {
    const rect = svgEl!.getBoundingClientRect();
    const scale = geometry.width / rect.width;
    const px = (e.clientX - rect.left) * scale;
    const py = (e.clientY - rect.top) * scale;
    const plotW = geometry.width - MARGIN.left - MARGIN.right;
    const index = Math.max(0, Math.min(n - 1, Math.round(((px - MARGIN.left) / plotW) * (n - 1))));
    let best = 0;
    let bestDist = Infinity;
    visible().forEach((s, k) => {
      const dist = Math.abs(geometry.y(s.values[index] ?? 0) - py);
      if (dist < bestDist) {
        bestDist = dist;
        best = k;
      }
    });
    return { index, series: best };
  }

  function select(series: string, index: number): void {
    opts.onSelect(series, index);
  }

  function showCursor(announce: boolean): void {
    if (!svgEl || n === 0) return;
    const shown = visible();
    if (shown.length === 0) return;
    cursor.index = Math.max(0, Math.min(n - 1, cursor.index));
    cursor.series = Math.max(0, Math.min(shown.length - 1, cursor.series));
    const s = shown[cursor.series]!;
    const i = cursor.index;
    const gx = geometry.x(i);
    const guide = svgEl.querySelector('.guide');
    guide?.setAttribute('x1', String(gx));
    guide?.setAttribute('x2', String(gx));
    guide?.setAttribute('visibility', 'visible');
    const dot = svgEl.querySelector('.focus-dot');
    dot?.setAttribute('cx', String(gx));
    dot?.setAttribute('cy', String(geometry.y(s.values[i] ?? 0)));
    dot?.setAttribute('class', `focus-dot ${s.cls}`);
    dot?.setAttribute('visibility', 'visible');
    replace(
      tooltip,
      h('strong', null, formatDate(opts.dates[i])),
      h(
        'table',
        null,
        h(
          'tbody',
          null,
          shown.map((v, k) =>
            h(
              'tr',
              { class: k === cursor.series ? 'current' : '' },
              h('td', null, h('span', { class: `swatch ${v.cls}` })),
              h('td', null, v.label),
              h('td', { class: 'num' }, formatNumber(v.values[i] ?? 0)),
              h('td', { class: 'muted' }, `${v.signals[i] ?? 0} sig.`),
            ),
          ),
        ),
      ),
      h('span', { class: 'muted' }, 'click or Enter: list signals'),
    );
    tooltip.hidden = false;
    const rect = svgEl.getBoundingClientRect();
    const scale = rect.width / geometry.width;
    const left = gx * scale;
    // Keep the tooltip inside the chart: flip to the left of the cursor past the middle.
    tooltip.style.left = `${left > rect.width / 2 ? Math.max(0, left - tooltip.offsetWidth - 12) : left + 12}px`;
    tooltip.style.top = `${MARGIN.top * scale}px`;
    if (announce || cursorShown) {
      live.textContent = `${formatDate(opts.dates[i])}, ${s.label}: ${formatNumber(s.values[i] ?? 0)}, ${s.signals[i] ?? 0} signals`;
    }
    cursorShown = true;
  }

  function hideCursor(): void {
    tooltip.hidden = true;
    svgEl?.querySelector('.guide')?.setAttribute('visibility', 'hidden');
    svgEl?.querySelector('.focus-dot')?.setAttribute('visibility', 'hidden');
    cursorShown = false;
  }

  function onKey(e: KeyboardEvent): void {
    const shown = visible();
    const steps: Record<string, () => void> = {
      ArrowLeft: () => (cursor.index -= 1),
      ArrowRight: () => (cursor.index += 1),
      PageUp: () => (cursor.index -= 30),
      PageDown: () => (cursor.index += 30),
      Home: () => (cursor.index = 0),
      End: () => (cursor.index = n - 1),
      ArrowUp: () => (cursor.series = (cursor.series + shown.length - 1) % Math.max(1, shown.length)),
      ArrowDown: () => (cursor.series = (cursor.series + 1) % Math.max(1, shown.length)),
    };
    const step = steps[e.key];
    if (step) {
      e.preventDefault();
      step();
      showCursor(true);
      return;
    }
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      const s = shown[cursor.series];
      if (s) select(s.name, Math.max(0, Math.min(n - 1, cursor.index)));
    }
  }

  let lastWidth = 0;
  const observer = new ResizeObserver(() => {
    const w = Math.round(holder.clientWidth);
    if (w > 0 && w !== lastWidth) {
      lastWidth = w;
      draw();
    }
  });
  observer.observe(holder);
  draw();

  return {
    element,
    setHidden(names) {
      hidden = names;
      draw();
    },
    focusPoint(series, index) {
      const k = visible().findIndex((s) => s.name === series);
      cursor = { index, series: Math.max(0, k) };
      showCursor(true);
    },
    destroy() {
      observer.disconnect();
    },
  };
}
