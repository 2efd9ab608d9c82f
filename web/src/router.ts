/**
 * Hash routes (`#/signals?type=THREAT`), so the server serves one page and
 * every view — including a filtered table — is a link that can be shared.
 */

export type ViewName = 'overview' | 'indicators' | 'signals' | 'document' | 'actor' | 'actors';

export interface Route {
  readonly view: ViewName;
  /** Path argument: document id or actor name. */
  readonly arg: string | null;
  readonly params: URLSearchParams;
}

const VIEWS: Readonly<Record<string, ViewName>> = {
  '': 'overview',
  indicators: 'indicators',
  signals: 'signals',
  doc: 'document',
  actor: 'actor',
  actors: 'actors',
};

export function parseRoute(hash: string): Route {
  const body = hash.startsWith('#/') ? hash.slice(2) : '';
  const q = body.indexOf('?');
  const path = q === -1 ? body : body.slice(0, q);
  const params = new URLSearchParams(q === -1 ? '' : body.slice(q + 1));
  const slash = path.indexOf('/');
  const head = slash === -1 ? path : path.slice(0, slash);
  let arg: string | null = null;
  if (slash !== -1) {
    try {
      arg = decodeURIComponent(path.slice(slash + 1));
    } catch {
      arg = null;
    }
  }
  return { view: VIEWS[head] ?? 'overview', arg, params };
}

const PREFIX: Readonly<Record<ViewName, string>> = {
  overview: '',
  indicators: 'indicators',
  signals: 'signals',
  document: 'doc',
  actor: 'actor',
  actors: 'actors',
};

/** The hash for a view; empty parameter values are left out. */
export function href(view: ViewName, arg: string | null = null, params: Readonly<Record<string, string | number | undefined | null>> = {}): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') search.set(k, String(v));
  const qs = search.toString();
  const path = PREFIX[view] + (arg !== null ? `/${encodeURIComponent(arg)}` : '');
  return `#/${path}${qs ? `?${qs}` : ''}`;
}
