import { once } from 'node:events';
import { SIGNAL_TYPES, type Modality, type SignalType, type Sourcing } from '../../document/index.ts';
import {
  connectStore,
  periodOf,
  StoreOpenError,
  storeLocation,
  type QuoteFilter,
  type SignalFilter,
  type Store,
  type StoredQuote,
  type StoredSignal,
} from '../../store/index.ts';
import { EXIT, UsageError, stringOption, type Command, type OptionValues } from '../command.ts';

const SOURCINGS: readonly Sourcing[] = ['on_record', 'anonymous', 'reported', 'disputed'];
const MODALITIES: readonly Modality[] = ['public', 'private'];

/** Filters that only make sense for signals; given with `--what quotes` they are a usage error, not silently ignored. */
const SIGNAL_ONLY = ['type', 'target', 'min-severity', 'sourcing', 'modality'] as const;

type Row = Record<string, string | number | null>;

const SIGNAL_COLUMNS = [
  'key', 'type', 'actor_name', 'actor_country', 'actor_kind', 'target', 'date', 'date_precision', 'severity', 'modality',
  'sourcing', 'quote', 'confidence', 'cluster', 'document', 'lang', 'sources', 'source_list', 'evidence',
] as const;

const QUOTE_COLUMNS = [
  'document', 'source', 'lang', 'published', 'cluster', 'start', 'end', 'text', 'speaker_name', 'speaker_country', 'speaker_kind', 'kind',
] as const;

/** Several values in one CSV cell (sources, evidence sentences) are joined by this, which news text rarely contains. */
const LIST_SEPARATOR = ' | ';

function signalRow(s: StoredSignal): Row {
  return {
    key: s.key,
    type: s.type,
    actor_name: s.actor.name,
    actor_country: s.actor.country,
    actor_kind: s.actor.kind,
    target: s.target,
    date: s.date,
    date_precision: s.datePrecision,
    severity: s.severity,
    modality: s.modality,
    sourcing: s.sourcing,
    quote: s.quote,
    confidence: s.confidence,
    cluster: s.cluster,
    document: s.document,
    lang: s.lang,
    sources: new Set(s.sources.map((x) => x.document)).size,
    source_list: s.sources.map((x) => x.url ?? x.source).join(LIST_SEPARATOR),
    evidence: s.evidence.map((e) => e.text).join(LIST_SEPARATOR),
  };
}

function quoteRow(q: StoredQuote): Row {
  return {
    document: q.document,
    source: q.source,
    lang: q.lang,
    published: q.published?.date ?? null,
    cluster: q.cluster,
    start: q.start,
    end: q.end,
    text: q.text,
    speaker_name: q.speaker?.name ?? null,
    speaker_country: q.speaker?.country ?? null,
    speaker_kind: q.speaker?.kind ?? null,
    kind: q.kind,
  };
}

/** RFC 4180: a field with a quote, comma or line break is quoted, its quotes doubled; null is an empty field. */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvLine(values: readonly (string | number | null)[]): string {
  return values.map(csvField).join(',') + '\r\n';
}

/** `--since`/`--until` take a year, a month or a day; a bound covers its whole period. */
function dateBound(options: OptionValues, name: 'since' | 'until'): string | undefined {
  const value = stringOption(options, name);
  if (value === undefined) return undefined;
  const period = periodOf(value);
  if (!period) throw new UsageError(`--${name} must be a date as YYYY, YYYY-MM or YYYY-MM-DD; got '${value}'`);
  return name === 'since' ? period.start : period.end;
}

function severityBound(options: OptionValues): number | undefined {
  const value = stringOption(options, 'min-severity');
  if (value === undefined) return undefined;
  if (!/^[0-9]$/.test(value)) throw new UsageError(`--min-severity must be an integer from 0 to 9; got '${value}'`);
  return Number(value);
}

/** Builds a filter object with only the options that were given (exactOptionalPropertyTypes forbids `key: undefined`). */
function defined<T extends object>(entries: { [K in keyof T]: T[K] | undefined }): T {
  return Object.fromEntries(Object.entries(entries).filter(([, v]) => v !== undefined)) as T;
}

export const exportCommand: Command = {
  name: 'export',
  summary: 'Stream stored signals or quotes as JSON lines or CSV, filtered.',
  usage: '[--db FILE] [--format jsonl|csv] [--what signals|quotes] [filters]',
  description:
    'Signals are counted once per near-duplicate cluster, with every source that reported them. ' +
    '--since/--until take YYYY, YYYY-MM or YYYY-MM-DD and keep items whose date period overlaps the range ' +
    '(undated items are left out when either is given); for quotes they apply to the publication date.',
  options: {
    db: { type: 'string', value: 'FILE|URL', description: 'the store to read: a SQLite file or a postgres:// URL (default: $BRINK_DB, else brink.db)' },
    format: { type: 'string', value: 'FORMAT', default: 'jsonl', choices: ['jsonl', 'csv'], description: 'output format' },
    what: { type: 'string', value: 'WHAT', default: 'signals', choices: ['signals', 'quotes'], description: 'what to export' },
    type: { type: 'string', value: 'TYPE', choices: SIGNAL_TYPES, description: 'signal type' },
    actor: { type: 'string', value: 'NAME', description: 'actor (or quote speaker) name, exact, any case' },
    country: { type: 'string', value: 'CODE', description: "actor's (or speaker's) country or organisation code" },
    target: { type: 'string', value: 'CODE', description: 'signal target' },
    'min-severity': { type: 'string', value: 'N', description: 'lowest severity, 0-9' },
    since: { type: 'string', value: 'DATE', description: 'from this date' },
    until: { type: 'string', value: 'DATE', description: 'up to this date' },
    lang: { type: 'string', value: 'LANG', description: 'language of the (first reporting) document' },
    sourcing: { type: 'string', value: 'SOURCING', choices: SOURCINGS, description: 'signal sourcing' },
    modality: { type: 'string', value: 'MODALITY', choices: MODALITIES, description: 'signal modality' },
  },
  async run(ctx) {
    if (ctx.positionals.length > 0) throw new UsageError(`export takes no arguments; got '${ctx.positionals[0]}'`);
    const o = ctx.options;
    const what = stringOption(o, 'what') ?? 'signals';
    const csv = stringOption(o, 'format') === 'csv';
    const common = {
      actor: stringOption(o, 'actor'),
      country: stringOption(o, 'country'),
      lang: stringOption(o, 'lang'),
      since: dateBound(o, 'since'),
      until: dateBound(o, 'until'),
    };
    const path = storeLocation(stringOption(o, 'db'));
    if (what === 'quotes') {
      const misplaced = SIGNAL_ONLY.find((name) => o[name] !== undefined);
      if (misplaced) throw new UsageError(`--${misplaced} filters signals, not quotes`);
    }
    const minSeverity = severityBound(o);
    let store: Store;
    try {
      store = await connectStore(path, { readonly: true });
    } catch (error) {
      if (!(error instanceof StoreOpenError)) throw error;
      ctx.stderr.write(`brink export: ${error.message}\n`);
      return EXIT.failure;
    }
    // Respect back-pressure: a slow reader (a pipe to `head`, a network
    // share) must not make the whole export pile up in memory.
    const write = async (text: string) => {
      if (!ctx.stdout.write(text)) await once(ctx.stdout, 'drain');
    };
    const emit = async <T>(items: AsyncIterable<T>, columns: readonly string[], toRow: (item: T) => Row) => {
      if (csv) await write(csvLine(columns));
      for await (const item of items) {
        if (csv) {
          const row = toRow(item);
          await write(csvLine(columns.map((c) => row[c] ?? null)));
        } else await write(JSON.stringify(item) + '\n');
      }
    };
    try {
      if (what === 'quotes') await emit(store.quotes(defined<QuoteFilter>(common)), QUOTE_COLUMNS, quoteRow);
      else {
        const filter = defined<SignalFilter>({
          ...common,
          type: stringOption(o, 'type') as SignalType | undefined,
          target: stringOption(o, 'target'),
          minSeverity,
          sourcing: stringOption(o, 'sourcing') as Sourcing | undefined,
          modality: stringOption(o, 'modality') as Modality | undefined,
        });
        await emit(store.signals(filter), SIGNAL_COLUMNS, signalRow);
      }
    } finally {
      await store.close();
    }
    return EXIT.ok;
  },
};
