/**
 * The HTTP application: the JSON API under /api, its OpenAPI description at
 * /openapi.json, and the built dashboard at /. Built as a plain Hono app so it
 * is tested in-process (`app.request('/api/signals?type=THREAT')`) and served
 * by @hono/node-server in `brink serve`.
 *
 * Every error goes through `errorBody` (errors.ts) in `onError`; handlers
 * and queries only throw.
 */
import type { Context } from 'hono';
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import type { ZodError } from 'zod';
import { decodeCursor, encodeCursor, type KeyValue } from './cursor.ts';
import { signalCsvHeader, signalCsvRow } from './csv.ts';
import { ApiError, BadBody, BadParameter, NotFound, PayloadTooLarge, UnsupportedMediaType, echo, errorBody } from './errors.ts';
import { parseSearch } from './fts.ts';
import { INGEST_MAX_BYTES, INGEST_TYPES, checkBearer, parseIngestBody, type Ingestor } from './ingest.ts';
import type { Db } from './queries/db.ts';
import { sqliteReadModel } from './queries/sqlite.ts';
import {
  ACTOR_KEY_ARITY,
  ALERT_KEY_ARITY,
  CLUSTER_KEY_ARITY,
  DOCUMENT_KEY_ARITY,
  QUOTE_KEY_ARITY,
  signalKeyArity,
  type ReadModel,
  type SignalFilter,
} from './read-model.ts';
import * as S from './schemas.ts';
import { loadAssets, type Asset } from './static.ts';

/** What the app reads: a read model of either backend, or (shorthand for sqliteReadModel(db)) a read-only SQLite connection. */
export type AppStore = { readonly reads: ReadModel; readonly db?: never } | { readonly db: Db; readonly reads?: never };

export type AppOptions = AppStore & AppSettings;

export interface AppSettings {
  /** Ingest token; null or absent disables POST /api/ingest. */
  readonly ingestToken?: string | null;
  /** Analyses and stores documents (required for ingest to work once a token is set). */
  readonly ingest?: Ingestor | null;
  /** Largest ingest body in bytes (default INGEST_MAX_BYTES). */
  readonly ingestMaxBytes?: number;
  /** Directory of the built dashboard; null serves the API alone. */
  readonly webRoot?: string | null;
  /** Where unexpected errors are reported (the response says only "internal error"). */
  readonly onInternalError?: (error: unknown) => void;
}

/**
 * The page may load scripts, styles and data from this origin only; no inline
 * script or style, no plugins, no framing, no form posts elsewhere.
 */
const CSP = {
  defaultSrc: ["'none'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'"],
  connectSrc: ["'self'"],
  fontSrc: ["'self'"],
  manifestSrc: ["'self'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  objectSrc: ["'none'"],
};

/** Rows per page while streaming an export: small enough to keep the connection free between pages. */
const EXPORT_PAGE = 1000;
/** Largest export; past it the analyst should narrow the filters (or read the store directly). */
export const EXPORT_MAX = 100_000;

const json = (schema: z.ZodType, description: string) => ({ content: { 'application/json': { schema } }, description });
const errors = {
  400: json(S.ErrorResponse, 'A parameter is invalid; `error.parameter` names it.'),
  404: json(S.ErrorResponse, 'Not found.'),
};

/** Turns a failed zod validation into a BadParameter naming the first bad parameter and its value. */
function badParameter(error: ZodError, c: Context, target: string): BadParameter {
  const issue = error.issues[0];
  const name = typeof issue?.path[0] === 'string' ? issue.path[0] : target;
  const raw = target === 'param' ? c.req.param(name) : c.req.queries(name);
  const value = Array.isArray(raw) ? (raw.length > 1 ? `${raw.length} values; give one, comma-separated` : raw[0]) : raw;
  const message = issue?.message ?? 'invalid';
  return new BadParameter(name, value === undefined ? message : `${message} (got ${echo(value)})`);
}

function fts(q: string | undefined) {
  return q === undefined ? undefined : parseSearch(q, 'q');
}

function cursorKey(cursor: string | undefined, sort: string, arity: number): KeyValue[] | null {
  return cursor === undefined ? null : decodeCursor(cursor, sort, arity);
}

function signalFilter(q: z.infer<typeof S.SignalQuery> | z.infer<typeof S.SignalExportQuery>): SignalFilter {
  return {
    type: q.type,
    actor: q.actor,
    country: q.country,
    target: q.target,
    kind: q.kind,
    minSeverity: q.minSeverity,
    maxSeverity: q.maxSeverity,
    from: q.from,
    to: q.to,
    lang: q.lang,
    sourcing: q.sourcing,
    modality: q.modality,
    cluster: q.cluster,
    match: fts(q.q),
  };
}

/**
 * Caches an aggregate until the store changes (the read model's version
 * moves whenever another connection commits), so the dashboard's heavy
 * views cost one computation per store change. The version is read before
 * computing: a change during the computation makes the next call recompute.
 */
function memo(reads: ReadModel) {
  const cache = new Map<string, { version: string; value: unknown }>();
  return async <T>(key: string, compute: () => Promise<T>): Promise<T> => {
    const version = await reads.version();
    const hit = cache.get(key);
    if (hit && hit.version === version) return hit.value as T;
    const value = await compute();
    if (cache.size > 100) cache.clear();
    cache.set(key, { version, value });
    return value;
  };
}

export function createApp(options: AppOptions) {
  const reads = options.reads ?? sqliteReadModel(options.db);
  const ingestToken = options.ingestToken ?? null;
  const ingestMaxBytes = options.ingestMaxBytes ?? INGEST_MAX_BYTES;
  const cached = memo(reads);
  const assets = options.webRoot ? loadAssets(options.webRoot) : new Map<string, Asset>();

  const app = new OpenAPIHono({
    defaultHook: (result, c) => {
      if (!result.success) throw badParameter(result.error, c, result.target);
    },
  });

  app.onError((error, c) => {
    let mapped: unknown = error;
    if (error instanceof HTTPException && !(error instanceof ApiError)) {
      // Hono's own rejections (malformed JSON, a body over the limit) speak our error format too.
      mapped =
        error.status === 413
          ? new PayloadTooLarge(ingestMaxBytes)
          : error.status === 415
            ? new UnsupportedMediaType(c.req.header('content-type'), INGEST_TYPES)
            : error.status < 500
              ? new BadBody(error.message || 'bad request')
              : error;
    }
    const { status, body } = errorBody(mapped);
    if (status === 500) options.onInternalError?.(error);
    return c.json(body, status);
  });

  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: CSP,
      // Served over plain HTTP on loopback by default: HSTS would be meaningless or wrong.
      strictTransportSecurity: false,
      crossOriginEmbedderPolicy: false,
      referrerPolicy: 'no-referrer',
      xFrameOptions: 'DENY',
      permissionsPolicy: { camera: [], microphone: [], geolocation: [] },
    }),
  );
  app.use('/api/*', async (c, next) => {
    await next();
    if (!c.res.headers.has('cache-control')) c.header('Cache-Control', 'no-store');
  });

  // ---- reads ---------------------------------------------------------------

  app.openapi(
    createRoute({ method: 'get', path: '/api/stats', tags: ['store'], summary: 'Counts and the store’s date range', responses: { 200: json(S.Stats, 'Store figures.') } }),
    async (c) => c.json({ ...(await cached('stats', () => reads.stats())), ingest: ingestToken !== null && options.ingest != null }, 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/signals',
      tags: ['signals'],
      summary: 'Signals, filtered, searched and paginated',
      description: 'Each row is one distinct signal of a duplicate cluster (outlets carrying the same story are counted once); `outlets` says how many documents reported it.',
      request: { query: S.SignalQuery },
      responses: { 200: json(S.SignalPage, 'One page of signals.'), ...errors },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const filter = signalFilter(q);
      const page = await reads.signals(filter, q.sort, q.limit, cursorKey(q.cursor, q.sort, signalKeyArity(q.sort)));
      return c.json({ items: page.items, next: page.nextKey ? encodeCursor(q.sort, page.nextKey) : null }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/signals/export',
      tags: ['signals'],
      summary: `Every signal matching the filters, as CSV or JSON (at most ${EXPORT_MAX})`,
      request: { query: S.SignalExportQuery },
      responses: {
        200: { description: 'The export, streamed.', content: { 'text/csv': { schema: z.string() }, 'application/json': { schema: z.array(S.SignalItem) } } },
        ...errors,
      },
    }),
    (c) => {
      const q = c.req.valid('query');
      const filter = signalFilter(q);
      const csv = q.format === 'csv';
      let after: KeyValue[] | null = null;
      let sent = 0;
      let started = false;
      const encoder = new TextEncoder();
      const stream = new ReadableStream<Uint8Array>({
        async pull(controller) {
          // One page per pull: the query completes before the next request's query can run.
          if (!started) {
            started = true;
            controller.enqueue(encoder.encode(csv ? signalCsvHeader() : '['));
          }
          const page = await reads.signals(filter, q.sort, Math.min(EXPORT_PAGE, EXPORT_MAX - sent), after);
          const chunk = page.items.map((s, i) => (csv ? signalCsvRow(s) : `${sent + i > 0 ? ',\n' : ''}${JSON.stringify(s)}`)).join('');
          sent += page.items.length;
          after = page.nextKey;
          if (chunk) controller.enqueue(encoder.encode(chunk));
          if (after === null || sent >= EXPORT_MAX) {
            if (!csv) controller.enqueue(encoder.encode(']\n'));
            controller.close();
          }
        },
      });
      const name = `brink-signals.${csv ? 'csv' : 'json'}`;
      return c.body(stream, 200, {
        'Content-Type': csv ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
        'Content-Disposition': `attachment; filename="${name}"`,
      });
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/signals/{id}',
      tags: ['signals'],
      summary: 'One signal by its key',
      request: { params: S.IdParam },
      responses: { 200: json(S.SignalItem, 'The signal.'), ...errors },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const signal = await reads.signal(id);
      if (!signal) throw new NotFound('signal', id);
      return c.json(signal, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/documents',
      tags: ['documents'],
      summary: 'Documents, searched and paginated',
      request: { query: S.DocumentQuery },
      responses: { 200: json(S.DocumentPage, 'One page of documents.'), ...errors },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const page = await reads.documents(
        { match: fts(q.q), lang: q.lang, from: q.from, to: q.to, relevant: q.relevant === undefined ? undefined : q.relevant === 'true', cluster: q.cluster },
        q.sort,
        q.limit,
        cursorKey(q.cursor, q.sort, DOCUMENT_KEY_ARITY),
      );
      return c.json({ items: page.items, next: page.nextKey ? encodeCursor(q.sort, page.nextKey) : null }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/documents/{id}',
      tags: ['documents'],
      summary: 'One document: cleaned text, evidence spans, quotes, removed items, sources and other outlets',
      request: { params: S.IdParam },
      responses: { 200: json(S.DocumentDetail, 'The document.'), ...errors },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const doc = await reads.document(id);
      if (!doc) throw new NotFound('document', id);
      return c.json(doc, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/quotes',
      tags: ['quotes'],
      summary: 'Quotes, filtered, searched and paginated (newest publication first)',
      request: { query: S.QuoteQuery },
      responses: { 200: json(S.QuotePage, 'One page of quotes.'), ...errors },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const page = await reads.quotes(
        { match: fts(q.q), actor: q.actor, country: q.country, lang: q.lang, kind: q.kind, from: q.from, to: q.to },
        q.limit,
        cursorKey(q.cursor, 'quotes', QUOTE_KEY_ARITY),
      );
      return c.json({ items: page.items, next: page.nextKey ? encodeCursor('quotes', page.nextKey) : null }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/actors',
      tags: ['actors'],
      summary: 'Actors, most signals first',
      request: { query: S.ActorQuery },
      responses: { 200: json(S.ActorPage, 'One page of actors.'), ...errors },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const after = cursorKey(q.cursor, 'actors', ACTOR_KEY_ARITY);
      const page = await cached(`actors:${JSON.stringify([q.q, q.country, q.kind, q.limit, after])}`, () =>
        reads.actors({ q: q.q, country: q.country, kind: q.kind }, q.limit, after),
      );
      return c.json({ items: page.items, next: page.nextKey ? encodeCursor('actors', page.nextKey) : null }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/actors/{name}',
      tags: ['actors'],
      summary: 'One actor’s activity by month and type (its signals: /api/signals?actor=; its quotes: /api/quotes?actor=)',
      request: { params: S.ActorParam },
      responses: { 200: json(S.ActorDetail, 'The actor.'), ...errors },
    }),
    async (c) => {
      const { name } = c.req.valid('param');
      const detail = await reads.actor(name);
      if (!detail) throw new NotFound('actor', name);
      return c.json(detail, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/clusters',
      tags: ['documents'],
      summary: 'Duplicate clusters, biggest first',
      request: { query: S.ClusterQuery },
      responses: { 200: json(S.ClusterPage, 'One page of clusters.'), ...errors },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const sort = `size>=${q.minSize}`;
      const page = await reads.clusters(q.minSize, q.limit, cursorKey(q.cursor, sort, CLUSTER_KEY_ARITY));
      return c.json({ items: page.items, next: page.nextKey ? encodeCursor(sort, page.nextKey) : null }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/escalation',
      tags: ['indicators'],
      summary: 'The escalation index: a daily series per source country, "all", and experts apart',
      description: 'Definition: README, "The escalation index". Official actors’ distinct signals, weighted by severity, decayed with a half-life.',
      request: { query: S.EscalationQuery },
      responses: { 200: json(S.Escalation, 'The series.'), ...errors },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const countries = q.countries && q.countries.length > 0 ? q.countries : S.SERIES_COUNTRIES_DEFAULT.split(',');
      const params = { countries, from: q.from, days: q.days, to: q.to ?? q.asOf, asOf: q.asOf };
      return c.json(
        await cached(`escalation:${JSON.stringify(params)}`, () => reads.escalation(params)),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/escalation/signals',
      tags: ['indicators'],
      summary: 'The signals behind one point of the escalation chart',
      request: { query: S.EscalationSignalsQuery },
      responses: { 200: json(S.SignalPage, 'Signals filed under that day for that series, most severe first.'), ...errors },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const series = q.series.toUpperCase();
      if (series !== 'ALL' && series !== 'EXPERTS' && !/^[A-Z]{2,6}$/.test(series)) {
        throw new BadParameter('series', `must be a country code, "all" or "experts" (got ${echo(q.series)})`);
      }
      const filter: SignalFilter = {
        day: q.date,
        kind: series === 'EXPERTS' ? ['expert'] : ['official'],
        country: series === 'ALL' || series === 'EXPERTS' ? undefined : [series],
      };
      const sort = '-severity';
      const page = await reads.signals(filter, sort, q.limit, cursorKey(q.cursor, sort, signalKeyArity(sort)));
      return c.json({ items: page.items, next: page.nextKey ? encodeCursor(sort, page.nextKey) : null }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/indicators',
      tags: ['indicators'],
      summary: 'Indicators board: per signal type × country, the latest signal and 7/30/90-day counts with trends',
      request: { query: S.IndicatorQuery },
      responses: { 200: json(S.Indicators, 'The board.'), ...errors },
    }),
    async (c) => {
      const q = c.req.valid('query');
      return c.json(
        await cached(`indicators:${JSON.stringify(q)}`, () => reads.indicators({ asOf: q.asOf, countries: q.countries })),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/alerts',
      tags: ['alerts'],
      summary: 'Alerts raised by the live watcher (`brink watch`, `brink serve --watch`), newest first',
      description: 'One alert per distinct signal, with the rules it matched and each channel’s delivery. A store never watched has none: an empty list.',
      request: { query: S.AlertQuery },
      responses: { 200: json(S.AlertPage, 'One page of alerts.'), ...errors },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const after = cursorKey(q.cursor, 'alerts', ALERT_KEY_ARITY);
      // Every open dashboard asks every 30 s; between watcher commits the answer cannot change.
      const page = await cached(`alerts:${JSON.stringify([q.rule, q.since, q.limit, after])}`, () => reads.alerts({ rule: q.rule, since: q.since }, q.limit, after));
      return c.json({ items: page.items, next: page.nextKey ? encodeCursor('alerts', page.nextKey) : null }, 200);
    },
  );

  // ---- ingest --------------------------------------------------------------

  app.openAPIRegistry.registerPath({
    method: 'post',
    path: '/api/ingest',
    tags: ['ingest'],
    summary: 'Analyse and store documents (disabled unless the server has an ingest token)',
    description:
      'Body: text/plain or text/html (one document; `source`, `url`, `title`, `published`, `lang` in the query string), ' +
      'application/json (a record `{text|html, url?, title?, published?, lang?}` or an array of them) or application/x-ndjson (one record per line). ' +
      'Requires `Authorization: Bearer <token>`.',
    security: [{ bearer: [] }],
    request: {
      query: S.IngestQuery,
      body: {
        content: {
          'text/plain': { schema: z.string() },
          'text/html': { schema: z.string() },
          'application/json': { schema: z.union([S.IngestRecord, z.array(S.IngestRecord)]) },
          'application/x-ndjson': { schema: z.string() },
        },
      },
    },
    responses: {
      200: json(S.IngestResult, 'One result per document.'),
      400: json(S.ErrorResponse, 'Unreadable body.'),
      401: json(S.ErrorResponse, 'Missing or wrong token.'),
      403: json(S.ErrorResponse, 'Ingest is disabled on this server.'),
      413: json(S.ErrorResponse, 'Body too large.'),
      415: json(S.ErrorResponse, 'Unsupported content type.'),
    },
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer' });

  let ingestCount = 0;
  app.post(
    '/api/ingest',
    // Authorise before reading a byte of the body.
    async (c, next) => {
      checkBearer(options.ingest ? ingestToken : null, c.req.header('authorization'));
      await next();
    },
    bodyLimit({
      maxSize: ingestMaxBytes,
      onError: () => {
        throw new PayloadTooLarge(ingestMaxBytes);
      },
    }),
    async (c) => {
      const parsed = S.IngestQuery.safeParse(c.req.query());
      if (!parsed.success) throw badParameter(parsed.error, c, 'query');
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      const { docs, failures } = parseIngestBody(c.req.header('content-type'), bytes, `http:request-${++ingestCount}`, parsed.data);
      const outcomes = await options.ingest!(docs);
      return c.json({ results: [...outcomes, ...failures] }, 200);
    },
  );

  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Brink API',
      version: '0.1.0',
      description: 'Nuclear signalling in the news: signals, quotes, actors and documents, each traced to the sentence it came from.',
    },
  });

  app.all('/api/*', (c) => {
    throw new NotFound('endpoint', `${c.req.method} ${c.req.path}`);
  });

  // ---- the dashboard -------------------------------------------------------

  // Browsers ask for it on every page; an empty answer beats a logged 404.
  app.get('/favicon.ico', (c) => (assets.has('/favicon.ico') ? c.body(assets.get('/favicon.ico')!.body, 200, { 'Content-Type': 'image/x-icon' }) : c.body(null, 204)));

  app.get('*', (c) => {
    const path = c.req.path === '/' ? '/index.html' : c.req.path;
    const asset = assets.get(path);
    if (!asset) {
      if (assets.size === 0 && c.req.path === '/') {
        return c.text('The dashboard is not built: run `npm run build:web`. The API is at /api, described at /openapi.json.\n', 404);
      }
      return c.text('Not found\n', 404);
    }
    if (c.req.header('if-none-match') === asset.etag) return c.body(null, 304);
    return c.body(asset.body, 200, {
      'Content-Type': asset.type,
      ETag: asset.etag,
      'Cache-Control': asset.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
  });

  return app;
}

export type App = ReturnType<typeof createApp>;

