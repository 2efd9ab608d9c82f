/**
 * The alerts feed: the latest alerts the live watcher raised (GET
 * /api/alerts), each linking to the evidence view of its signal, refreshed
 * while the page is open. A store never watched shows how to get alerts.
 */
import { api, type AlertItem } from './api.ts';
import { h, replace } from './dom.ts';
import { clip, formatDate, formatInstant, severityBadge, typeLabel } from './format.ts';
import { href } from './router.ts';

/** How many alerts the panel lists: the newest; older ones are in the API. */
export const ALERTS_SHOWN = 10;
/**
 * Refresh period. The watcher polls sources every few minutes at most, so
 * 30 s shows a new alert soon after it is raised at the cost of one small
 * query per open tab.
 */
const REFRESH_MS = 30_000;

function alertItem(a: AlertItem): HTMLLIElement {
  const s = a.signal;
  const who = `${s.actor.name}${s.actor.country ? ` (${s.actor.country})` : ''}`;
  return h(
    'li',
    { data: { key: a.id, severity: String(s.severity) } },
    h(
      'div',
      { class: 'alert-head' },
      severityBadge(s.severity),
      ' ',
      h('strong', null, typeLabel(s.type)),
      ' · ',
      h('a', { href: href('actor', s.actor.name) }, who),
      s.target ? ` → ${s.target}` : null,
      ` · ${formatDate(s.date)}`,
    ),
    a.evidence ? h('p', { class: 'alert-evidence' }, clip(a.evidence, 300)) : null,
    h(
      'div',
      { class: 'alert-meta muted' },
      a.rules.map((r) => h('span', { class: 'tag rule' }, r)),
      'raised ',
      h('time', { datetime: a.createdAt }, formatInstant(a.createdAt)),
      ' · ',
      h('a', { class: 'evidence-link', href: href('document', a.document.id, { signal: s.key }), aria: { label: `evidence for ${typeLabel(s.type)} by ${s.actor.name}` } }, 'Evidence'),
    ),
  );
}

function emptyState(): HTMLElement {
  return h(
    'p',
    { class: 'muted alerts-empty' },
    'No alerts yet. Alerts appear here when the live watcher raises them: run ',
    h('code', null, 'brink serve --watch'),
    ' (dashboard and watcher in one process) or ',
    h('code', null, 'brink watch'),
    ' on this store, with rules in its sources file.',
  );
}

/**
 * The panel's element, filled once loaded and again every REFRESH_MS until
 * `signal` aborts (the view changed). A failed refresh keeps the last list.
 */
export function alertsPanel(signal: AbortSignal): HTMLElement {
  const status = h('span', { class: 'muted alerts-status' });
  const body = h('div', null, h('p', { class: 'loading' }, 'Loading…'));
  const panel = h('section', { class: 'panel', id: 'alerts', aria: { live: 'polite', label: 'Alerts' } }, h('div', { class: 'toolbar' }, h('h2', null, 'Alerts'), h('span', { class: 'grow' }), status), body);
  let loaded = false;

  const refresh = async () => {
    try {
      const page = await api.alerts({ limit: ALERTS_SHOWN }, signal);
      if (signal.aborted) return;
      replace(body, page.items.length === 0 ? emptyState() : h('ul', { class: 'signal-list alert-list' }, page.items.map(alertItem)));
      status.textContent = `updated ${formatInstant(new Date().toISOString())}`;
      loaded = true;
      panel.dataset['loaded'] = String(Number(panel.dataset['loaded'] ?? '0') + 1);
    } catch (error) {
      if ((error as Error).name === 'AbortError' || signal.aborted) return;
      const message = `Could not load alerts: ${(error as Error).message}`;
      if (loaded) status.textContent = message;
      else replace(body, h('p', { class: 'error', role: 'alert' }, message));
    }
  };

  void refresh();
  const timer = setInterval(() => {
    if (!document.hidden) void refresh();
  }, REFRESH_MS);
  const onVisible = () => {
    if (!document.hidden) void refresh();
  };
  document.addEventListener('visibilitychange', onVisible);
  signal.addEventListener('abort', () => {
    clearInterval(timer);
    document.removeEventListener('visibilitychange', onVisible);
  });
  return panel;
}
