/**
 * The dashboard's entry: a hash router that renders one view into <main>,
 * cancelling the previous view's requests when the route changes.
 */
import './style.css';
import { ApiFailure, api } from './api.ts';
import { h, replace } from './dom.ts';
import { formatDate } from './format.ts';
import { parseRoute, type Route, type ViewName } from './router.ts';
import { actorView, actorsView } from './views/actors.ts';
import { documentView } from './views/document.ts';
import { indicatorsView } from './views/indicators.ts';
import { overview } from './views/overview.ts';
import { signalsView } from './views/signals.ts';

type View = (root: HTMLElement, route: Route, signal: AbortSignal) => Promise<void>;

const VIEWS: Readonly<Record<ViewName, View>> = {
  overview,
  indicators: indicatorsView,
  signals: signalsView,
  document: documentView,
  actor: actorView,
  actors: actorsView,
};

/** The nav entry each view highlights. */
const NAV_OF: Readonly<Record<ViewName, string>> = {
  overview: 'overview',
  indicators: 'indicators',
  signals: 'signals',
  document: 'signals',
  actor: 'actors',
  actors: 'actors',
};

const main = document.getElementById('main') as HTMLElement;
let current: AbortController | null = null;

async function render(focus: boolean): Promise<void> {
  const hash = location.hash;
  // Only "#/…" hashes are routes; "#main" and the like are in-page anchors.
  if (hash !== '' && !hash.startsWith('#/')) return;
  current?.abort();
  const controller = new AbortController();
  current = controller;
  const route = parseRoute(hash);
  for (const a of Array.from(document.querySelectorAll<HTMLAnchorElement>('#nav a'))) {
    if (a.dataset['view'] === NAV_OF[route.view]) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  document.body.dataset['view'] = route.view;
  main.setAttribute('aria-busy', 'true');
  try {
    await VIEWS[route.view](main, route, controller.signal);
  } catch (error) {
    if ((error as Error).name === 'AbortError' || controller.signal.aborted) return;
    replace(
      main,
      h('h1', null, 'Something went wrong'),
      h('p', { class: 'error', role: 'alert' }, error instanceof ApiFailure ? error.message : `Could not load this view: ${(error as Error).message}`),
      h('p', null, h('a', { href: '#/' }, 'Back to the overview')),
    );
  } finally {
    if (current === controller) {
      main.setAttribute('aria-busy', 'false');
      document.body.dataset['ready'] = route.view;
      // A counter the browser tests wait on: one more each time a view has finished rendering.
      document.body.dataset['renders'] = String(Number(document.body.dataset['renders'] ?? '0') + 1);
      if (focus) main.focus({ preventScroll: false });
    }
  }
}

/** Views keep their own state in the hash with replaceState (no event); only real navigation re-renders. */
function track(): void {
  void render(true);
}

async function status(): Promise<void> {
  const el = document.getElementById('store-status');
  if (!el) return;
  try {
    const s = await api.stats();
    el.textContent = `${s.documents.toLocaleString('en-US')} documents · ${s.signals.toLocaleString('en-US')} signals · latest ${formatDate(s.latestDay)}`;
  } catch {
    el.textContent = 'store unavailable';
  }
}

document.querySelector('.skip')?.addEventListener('click', (e) => {
  e.preventDefault();
  main.focus();
});
window.addEventListener('hashchange', track);
void status();
void render(false);
