/**
 * The API's request and response shapes, as zod schemas. The same objects
 * validate requests (through @hono/zod-openapi), type the handlers and the
 * dashboard (`import type` of the inferred types), and generate
 * `/openapi.json`, so documentation and behaviour cannot drift apart.
 *
 * Query values arrive as strings; lists are comma-separated (`type=THREAT,WARNING`).
 * Every string has a length cap: a parameter too long to be meaningful is a 400,
 * not work for the database.
 */
import { z } from '@hono/zod-openapi';
import { SIGNAL_TYPES } from '../document/index.ts';

export const ACTOR_KINDS = ['official', 'expert', 'media', 'intl_org'] as const;
export const MODALITIES = ['public', 'private'] as const;
export const SOURCINGS = ['on_record', 'anonymous', 'reported', 'disputed'] as const;
export const QUOTE_KINDS = ['direct', 'partial'] as const;

/** Most values one list parameter may carry (there are 11 signal types; 40 leaves room for countries). */
const LIST_MAX = 40;
/** Longest free-text search accepted; the FTS layer further caps terms. */
export const SEARCH_MAX = 200;
/** Largest page a client may ask for: pages, not table dumps. */
export const PAGE_MAX = 200;
export const PAGE_DEFAULT = 50;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** Country and organisation codes: ISO alpha-2 (`RU`) or short upper-case codes (`NATO`, `IAEA`, `WEST`). */
const CODE = /^[A-Z]{2,6}$/;
const LANG = /^[a-z]{2,3}$/;

function isRealDay(value: string): boolean {
  if (!DAY.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

const day = (description: string) =>
  z
    .string()
    .max(10)
    .refine(isRealDay, { message: 'must be a calendar date YYYY-MM-DD' })
    .openapi({ description, example: '2022-09-22', format: 'date' });

/** A comma-separated list of values each passing `item`; empty items are ignored. */
function list<T extends string>(item: z.ZodType<T, string>, description: string, example: string) {
  return z
    .string()
    .max(LIST_MAX * 12)
    .transform((v) =>
      v
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== ''),
    )
    .pipe(z.array(item).max(LIST_MAX, { message: `at most ${LIST_MAX} values` }))
    .openapi({ description: `${description} Comma-separated.`, example, type: 'string' });
}

const codeItem = z
  .string()
  .transform((s) => s.toUpperCase())
  .pipe(z.string().regex(CODE, { message: 'must be a country or organisation code such as RU, US, NATO' }));
const langItem = z
  .string()
  .transform((s) => s.toLowerCase())
  .pipe(z.string().regex(LANG, { message: 'must be an ISO 639-1 code such as fr, en, ru' }));

const severity = (description: string) => z.coerce.number().int().min(0).max(9).optional().openapi({ description });

export const SIGNAL_SORTS = ['date', '-date', 'severity', '-severity'] as const;
export type SignalSort = (typeof SIGNAL_SORTS)[number];

const page = {
  cursor: z.string().max(1024).optional().openapi({ description: 'Opaque cursor from the previous page’s `next`.' }),
  limit: z.coerce.number().int().min(1).max(PAGE_MAX).default(PAGE_DEFAULT).openapi({ description: `Page size, 1–${PAGE_MAX}.` }),
};

const search = z
  .string()
  .min(1)
  .max(SEARCH_MAX)
  .optional()
  .openapi({ description: 'Full-text search: words (all must occur), "quoted phrases", word* prefixes. Nothing else is syntax.' });

/** The signal filters; shared by the signal list, its export, and the escalation drill-down. */
export const SignalFilterShape = {
  type: list(z.enum(SIGNAL_TYPES), `Signal types, of ${SIGNAL_TYPES.join(', ')}.`, 'THREAT,WARNING').optional(),
  actor: z.string().min(1).max(200).optional().openapi({ description: 'Actor name, exact, case-insensitive.', example: 'Dmitry Medvedev' }),
  country: list(codeItem, 'Actor country or organisation codes.', 'RU,BY').optional(),
  target: list(codeItem, 'Target codes.', 'US,NATO').optional(),
  kind: list(z.enum(ACTOR_KINDS), `Actor kinds, of ${ACTOR_KINDS.join(', ')}.`, 'official').optional(),
  minSeverity: severity('Lowest severity, 0–9.'),
  maxSeverity: severity('Highest severity, 0–9.'),
  from: day('Signals dated on or after this day (a month- or year-precision date counts if its period reaches it).').optional(),
  to: day('Signals dated on or before this day.').optional(),
  lang: list(langItem, 'Language of the reporting document.', 'fr,en').optional(),
  sourcing: list(z.enum(SOURCINGS), `Sourcing, of ${SOURCINGS.join(', ')}.`, 'on_record').optional(),
  modality: list(z.enum(MODALITIES), `Modality, of ${MODALITIES.join(', ')}.`, 'public').optional(),
  cluster: z.string().min(1).max(128).optional().openapi({ description: 'Only signals of this duplicate cluster.' }),
  q: search,
};

function severityOrder<T extends { minSeverity?: number | undefined; maxSeverity?: number | undefined }>(v: T, ctx: z.RefinementCtx) {
  if (v.minSeverity !== undefined && v.maxSeverity !== undefined && v.minSeverity > v.maxSeverity) {
    ctx.addIssue({ code: 'custom', path: ['minSeverity'], message: `must not exceed maxSeverity (${v.minSeverity} > ${v.maxSeverity})` });
  }
}

function dateOrder<T extends { from?: string | undefined; to?: string | undefined }>(v: T, ctx: z.RefinementCtx) {
  if (v.from !== undefined && v.to !== undefined && v.from > v.to) {
    ctx.addIssue({ code: 'custom', path: ['from'], message: `must not be after to (${v.from} > ${v.to})` });
  }
}

export const SignalQuery = z
  .object({ ...SignalFilterShape, sort: z.enum(SIGNAL_SORTS).default('-date').openapi({ description: 'Sort key; `-` for descending.' }), ...page })
  .superRefine(severityOrder)
  .superRefine(dateOrder);
export type SignalQuery = z.infer<typeof SignalQuery>;

export const SignalExportQuery = z
  .object({ ...SignalFilterShape, sort: z.enum(SIGNAL_SORTS).default('-date'), format: z.enum(['csv', 'json']).default('csv') })
  .superRefine(severityOrder)
  .superRefine(dateOrder);

export const DocumentQuery = z
  .object({
    q: search,
    lang: SignalFilterShape.lang,
    from: day('Documents published on or after this day.').optional(),
    to: day('Documents published on or before this day.').optional(),
    relevant: z.enum(['true', 'false']).optional().openapi({ description: 'Only relevant (true) or irrelevant (false) documents.' }),
    cluster: SignalFilterShape.cluster,
    sort: z.enum(['published', '-published']).default('-published'),
    ...page,
  })
  .superRefine(dateOrder);
export type DocumentQuery = z.infer<typeof DocumentQuery>;

export const QuoteQuery = z
  .object({
    q: search,
    actor: SignalFilterShape.actor,
    country: SignalFilterShape.country,
    lang: SignalFilterShape.lang,
    kind: list(z.enum(QUOTE_KINDS), 'Quote kinds.', 'direct').optional(),
    from: day('Quotes from documents published on or after this day.').optional(),
    to: day('Quotes from documents published on or before this day.').optional(),
    ...page,
  })
  .superRefine(dateOrder);
export type QuoteQuery = z.infer<typeof QuoteQuery>;

export const ActorQuery = z.object({
  q: z.string().min(1).max(100).optional().openapi({ description: 'Substring of the actor name, case-insensitive.' }),
  country: SignalFilterShape.country,
  kind: SignalFilterShape.kind,
  ...page,
});
export type ActorQuery = z.infer<typeof ActorQuery>;

export const ClusterQuery = z.object({
  minSize: z.coerce.number().int().min(1).max(1000).default(2).openapi({ description: 'Only clusters with at least this many documents.' }),
  ...page,
});
export type ClusterQuery = z.infer<typeof ClusterQuery>;

export const SERIES_COUNTRIES_DEFAULT = 'RU,US,UA';

export const EscalationQuery = z
  .object({
    countries: list(codeItem, 'Source countries, each its own series; the "all" series is always included.', 'RU,US,UA')
      .optional()
      .openapi({ description: `Source countries (default ${SERIES_COUNTRIES_DEFAULT}); "all" is always included.` }),
    from: day('First day of the series (default: the first dated signal, at most 3 years before `to`).').optional(),
    days: z.coerce.number().int().min(1).max(36500).optional().openapi({ description: 'Without `from`: show the last N days up to `to` (never before the first dated signal).' }),
    to: day('Last day (default: asOf, else the latest date in the store).').optional(),
    asOf: day('Reference date; default the latest date in the store.').optional(),
  })
  .superRefine(dateOrder);
export type EscalationQuery = z.infer<typeof EscalationQuery>;

export const IndicatorQuery = z.object({
  asOf: day('Reference date; default the latest date in the store.').optional(),
  countries: list(codeItem, 'Countries (columns); default the most active ones.', 'RU,US,UA').optional(),
});
export type IndicatorQuery = z.infer<typeof IndicatorQuery>;

/** `since`: a day (its midnight UTC) or an ISO date-time with a zone; normalised to the store's ISO form. */
const INSTANT = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2}))?$/;

function toInstant(value: string): string | null {
  if (!INSTANT.test(value)) return null;
  if (value.length === 10) return isRealDay(value) ? `${value}T00:00:00.000Z` : null;
  if (!isRealDay(value.slice(0, 10))) return null;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

export const AlertQuery = z.object({
  rule: z.string().min(1).max(100).optional().openapi({ description: 'Only alerts raised by this watch rule (exact name).', example: 'ru-official-threat' }),
  since: z
    .string()
    .max(40)
    .transform((v, ctx) => {
      const instant = toInstant(v);
      if (instant === null) {
        ctx.addIssue({ code: 'custom', message: 'must be a date YYYY-MM-DD or an ISO date-time with a zone (2024-11-19T15:00:00Z)' });
        return z.NEVER;
      }
      return instant;
    })
    .optional()
    .openapi({ description: 'Only alerts raised at or after this instant (a day means its midnight UTC).', example: '2024-11-19', type: 'string' }),
  ...page,
});
export type AlertQuery = z.infer<typeof AlertQuery>;

export const IdParam = z.object({
  id: z.string().min(1).max(128).openapi({ param: { name: 'id', in: 'path' }, example: 'a1b2c3' }),
});
export const ActorParam = z.object({
  name: z.string().min(1).max(200).openapi({ param: { name: 'name', in: 'path' }, example: 'Dmitry Medvedev' }),
});

// ---- responses ---------------------------------------------------------------

export const Actor = z
  .object({ name: z.string(), country: z.string().nullable(), kind: z.enum(ACTOR_KINDS) })
  .openapi('Actor');

export const Published = z
  .object({ date: z.string(), precision: z.enum(['day', 'month', 'year']), method: z.enum(['metadata', 'inferred']) })
  .nullable()
  .openapi('Published');

export const EvidenceSpan = z
  .object({ document: z.string(), start: z.number().int(), end: z.number().int(), text: z.string() })
  .openapi('EvidenceSpan');

export const Source = z.object({ document: z.string(), source: z.string(), url: z.string().nullable() }).openapi('Source');

export const SignalItem = z
  .object({
    key: z.string().openapi({ description: 'The store’s dedup key: one per distinct act, however many outlets carried it.' }),
    type: z.enum(SIGNAL_TYPES),
    actor: Actor,
    target: z.string().nullable(),
    date: z.string().nullable(),
    datePrecision: z.enum(['day', 'month', 'year']).nullable(),
    day: z.string().nullable().openapi({ description: 'The day the escalation index files this signal under (see the README, "The escalation index"), or null.' }),
    severity: z.number().int(),
    modality: z.enum(MODALITIES),
    sourcing: z.enum(SOURCINGS),
    quote: z.string().nullable(),
    confidence: z.number(),
    cluster: z.string(),
    document: z.string().openapi({ description: 'The first document that reported it.' }),
    title: z.string().nullable(),
    lang: z.string().nullable(),
    outlets: z.number().int().openapi({ description: 'How many stored documents reported it.' }),
    evidence: z.array(EvidenceSpan).openapi({ description: 'Evidence in the first reporting document.' }),
  })
  .openapi('Signal');
export type SignalItem = z.infer<typeof SignalItem>;

export const QuoteItem = z
  .object({
    document: z.string(),
    title: z.string().nullable(),
    lang: z.string().nullable(),
    published: Published,
    text: z.string(),
    start: z.number().int(),
    end: z.number().int(),
    speaker: Actor.nullable(),
    kind: z.enum(QUOTE_KINDS),
  })
  .openapi('Quote');
export type QuoteItem = z.infer<typeof QuoteItem>;

export const DocumentSummary = z
  .object({
    id: z.string(),
    source: z.string(),
    url: z.string().nullable(),
    title: z.string().nullable(),
    lang: z.string().nullable(),
    relevant: z.boolean(),
    published: Published,
    cluster: z.string(),
    signals: z.number().int(),
    snippet: z.string().nullable().openapi({ description: 'For searches: the matching passage, plain text.' }),
  })
  .openapi('DocumentSummary');
export type DocumentSummary = z.infer<typeof DocumentSummary>;

export const DocumentDetail = z
  .object({
    id: z.string(),
    source: z.string(),
    url: z.string().nullable(),
    title: z.string().nullable(),
    lang: z.string().nullable(),
    relevant: z.boolean(),
    published: Published,
    text: z.string().openapi({ description: 'The cleaned text; every offset below is a UTF-16 offset into it.' }),
    removed: z.array(z.object({ text: z.string(), reason: z.string() })),
    quotes: z.array(
      z.object({ text: z.string(), start: z.number().int(), end: z.number().int(), speaker: Actor.nullable(), kind: z.enum(QUOTE_KINDS) }),
    ),
    signals: z.array(SignalItem).openapi({ description: 'Signals this document reported, with evidence spans in this text.' }),
    cluster: z.string(),
    sources: z.array(Source).openapi({ description: 'Every path/URL this exact content was read from.' }),
    outlets: z.array(DocumentSummary).openapi({ description: 'Other documents of the same duplicate cluster.' }),
  })
  .openapi('Document');
export type DocumentDetail = z.infer<typeof DocumentDetail>;

export const ActorSummary = z
  .object({
    name: z.string(),
    country: z.string().nullable(),
    kind: z.enum(ACTOR_KINDS),
    signals: z.number().int(),
    quotes: z.number().int(),
    maxSeverity: z.number().int().nullable(),
    first: z.string().nullable(),
    last: z.string().nullable(),
  })
  .openapi('ActorSummary');
export type ActorSummary = z.infer<typeof ActorSummary>;

export const ActorDetail = z
  .object({
    actor: ActorSummary,
    byMonth: z.array(z.object({ month: z.string(), signals: z.number().int(), maxSeverity: z.number().int() })),
    byType: z.array(z.object({ type: z.enum(SIGNAL_TYPES), signals: z.number().int(), maxSeverity: z.number().int() })),
  })
  .openapi('ActorDetail');
export type ActorDetail = z.infer<typeof ActorDetail>;

export const ClusterItem = z
  .object({
    id: z.string(),
    size: z.number().int(),
    title: z.string().nullable(),
    first: z.string().nullable(),
    last: z.string().nullable(),
    signals: z.number().int(),
    documents: z.array(DocumentSummary).openapi({ description: 'Up to 10 members, first stored first.' }),
  })
  .openapi('Cluster');
export type ClusterItem = z.infer<typeof ClusterItem>;

export const page_ = <T extends z.ZodType>(item: T, name: string) =>
  z
    .object({ items: z.array(item), next: z.string().nullable().openapi({ description: 'Cursor of the next page, null on the last.' }) })
    .openapi(name);

export const SignalPage = page_(SignalItem, 'SignalPage');
export const QuotePage = page_(QuoteItem, 'QuotePage');
export const DocumentPage = page_(DocumentSummary, 'DocumentPage');
export const ActorPage = page_(ActorSummary, 'ActorPage');
export const ClusterPage = page_(ClusterItem, 'ClusterPage');

export const AlertDelivery = z
  .object({
    channel: z.string(),
    status: z.enum(['pending', 'delivering', 'delivered', 'failed']),
    deliveredAt: z.string().nullable(),
  })
  .openapi('AlertDelivery');

export const AlertItem = z
  .object({
    id: z.string().openapi({ description: 'The signal key the alert is about: one alert per distinct signal.' }),
    rules: z.array(z.string()).openapi({ description: 'Watch rules that matched, over every channel.' }),
    createdAt: z.string().openapi({ description: 'When the watcher raised it (ISO date-time, UTC).' }),
    signal: z.object({
      key: z.string(),
      type: z.enum(SIGNAL_TYPES),
      actor: Actor,
      target: z.string().nullable(),
      date: z.string().nullable(),
      severity: z.number().int(),
    }),
    evidence: z.string().nullable().openapi({ description: 'The evidence sentence in the reporting document.' }),
    document: z.object({ id: z.string(), source: z.string(), url: z.string().nullable(), title: z.string().nullable() }),
    sources: z.array(Source).openapi({ description: 'Every place the signal had been seen when the alert was raised.' }),
    deliveries: z.array(AlertDelivery).openapi({ description: 'One per channel the alert went to.' }),
  })
  .openapi('Alert');
export type AlertItem = z.infer<typeof AlertItem>;
export const AlertPage = page_(AlertItem, 'AlertPage');

export const Marker = z.object({
  series: z.string().openapi({ description: 'The series the marker sits on: the actor’s country when it has its own series, else "all".' }),
  date: z.string(),
  severity: z.number().int(),
  type: z.enum(SIGNAL_TYPES),
  actor: z.string(),
  country: z.string().nullable(),
  key: z.string(),
  document: z.string(),
});
export type Marker = z.infer<typeof Marker>;

export const Series = z.object({
  name: z.string().openapi({ description: 'A country code, "all" (every official actor) or "experts".' }),
  kind: z.enum(['official', 'expert']),
  values: z.array(z.number()).openapi({ description: 'Index value per day of `dates`, after decay.' }),
  added: z.array(z.number()).openapi({ description: 'Weight added by the signals filed under each day.' }),
  signals: z.array(z.number().int()).openapi({ description: 'Distinct signals filed under each day.' }),
});
export type Series = z.infer<typeof Series>;

export const Escalation = z
  .object({
    asOf: z.string().nullable(),
    from: z.string().nullable(),
    to: z.string().nullable(),
    halfLifeDays: z.number(),
    markerSeverity: z.number().int(),
    weights: z.array(z.number()).openapi({ description: 'Weight of one distinct signal by severity 0–9.' }),
    dates: z.array(z.string()).openapi({ description: 'Every day from `from` to `to`; the series arrays align with it.' }),
    series: z.array(Series),
    markers: z.array(Marker),
  })
  .openapi('Escalation');
export type Escalation = z.infer<typeof Escalation>;

export const EscalationSignalsQuery = z.object({
  series: z.string().min(2).max(10).openapi({ description: 'A series name from /api/escalation: a country code, "all" or "experts".', example: 'RU' }),
  date: day('The day of the point.'),
  ...page,
});
export type EscalationSignalsQuery = z.infer<typeof EscalationSignalsQuery>;

export const WindowStats = z.object({
  days: z.number().int(),
  count: z.number().int(),
  maxSeverity: z.number().int().nullable(),
  previous: z.number().int().openapi({ description: 'Count in the window of the same length just before.' }),
  trend: z.enum(['up', 'down', 'flat', 'new', 'none']),
});

export const IndicatorCell = z.object({
  type: z.enum(SIGNAL_TYPES),
  country: z.string(),
  latest: z
    .object({ key: z.string(), date: z.string().nullable(), day: z.string(), actor: z.string(), severity: z.number().int(), quote: z.string().nullable(), document: z.string(), evidence: z.string().nullable() })
    .nullable(),
  windows: z.array(WindowStats),
});
export type IndicatorCell = z.infer<typeof IndicatorCell>;

export const Indicators = z
  .object({ asOf: z.string().nullable(), countries: z.array(z.string()), types: z.array(z.enum(SIGNAL_TYPES)), cells: z.array(IndicatorCell) })
  .openapi('Indicators');
export type Indicators = z.infer<typeof Indicators>;

export const Stats = z
  .object({
    documents: z.number().int(),
    clusters: z.number().int(),
    signals: z.number().int(),
    quotes: z.number().int(),
    actors: z.number().int(),
    firstDay: z.string().nullable(),
    latestDay: z.string().nullable(),
    ingest: z.boolean().openapi({ description: 'Whether POST /api/ingest is enabled.' }),
  })
  .openapi('Stats');
export type Stats = z.infer<typeof Stats>;

export const IngestQuery = z.object({
  source: z.string().min(1).max(500).optional().openapi({ description: 'Name of the document in the store and in errors (default http:request-N).' }),
  url: z.string().max(2000).optional().openapi({ description: 'Canonical URL of a text or HTML body.' }),
  title: z.string().max(1000).optional(),
  published: z.string().max(40).optional().openapi({ description: 'ISO date or date-time of publication.' }),
  lang: z.string().max(10).optional(),
});

export const IngestRecord = z
  .object({
    text: z.string().optional(),
    html: z.string().optional(),
    url: z.string().optional(),
    source: z.string().optional(),
    title: z.string().optional(),
    published: z.union([z.string(), z.number()]).optional(),
    lang: z.string().optional(),
    author: z.string().optional(),
  })
  .openapi('IngestRecord');

export const IngestResult = z
  .object({
    results: z.array(
      z.object({
        source: z.string(),
        ok: z.boolean(),
        id: z.string().nullable(),
        cluster: z.string().nullable(),
        stored: z.boolean(),
        signalsAdded: z.number().int(),
        error: z.string().nullable(),
      }),
    ),
  })
  .openapi('IngestResult');
export type IngestResult = z.infer<typeof IngestResult>;

export const ErrorResponse = z
  .object({ error: z.object({ code: z.string(), message: z.string(), parameter: z.string().optional() }) })
  .openapi('Error');
