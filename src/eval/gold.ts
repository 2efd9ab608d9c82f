/**
 * Gold annotation files (SIGNALS.md §7), read leniently: a field of the wrong
 * shape is an error naming the field, a field that is absent means "not
 * annotated", and the metric it feeds is left out for that document.
 */

export interface GoldLines {
  readonly title: readonly number[];
  readonly content: readonly number[];
  readonly boilerplate: readonly number[];
  readonly optional: readonly number[];
}

export interface GoldQuote {
  readonly text: string;
  readonly speaker: string | null;
  readonly optional: boolean;
}

export interface GoldSignal {
  readonly type: string;
  readonly actor: string;
  readonly country: string | null;
  readonly target: string | null;
  /** Acceptable dates (`YYYY[-MM[-DD]]`); null when the gold says the text gives none. */
  readonly date: readonly string[] | null;
  readonly severity: number | null;
  readonly modality: string | null;
  readonly sourcing: string | null;
  readonly evidence: string;
  readonly optional: boolean;
}

export interface GoldPublished {
  readonly date: string;
}

/** One document's gold; `undefined` = not annotated. */
export interface Gold {
  readonly doc: string;
  readonly lang: string | undefined;
  /** `null`: the gold says nothing supports a date. */
  readonly published: GoldPublished | null | undefined;
  readonly relevant: boolean | undefined;
  readonly lines: GoldLines | undefined;
  readonly quotes: readonly GoldQuote[] | undefined;
  readonly signals: readonly GoldSignal[] | undefined;
  readonly body: string | undefined;
  readonly title: string | undefined;
}

export class GoldError extends Error {
  override readonly name = 'GoldError';
}

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function optionalString(obj: Json, key: string, where: string): string | undefined {
  const v = obj[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') throw new GoldError(`${where}: '${key}' must be a string, got ${JSON.stringify(v)}`);
  return v;
}

function nullableString(obj: Json, key: string, where: string): string | null {
  return optionalString(obj, key, where) ?? null;
}

function indexList(obj: Json, key: string, where: string): number[] {
  const v = obj[key];
  if (v === undefined) return [];
  if (!Array.isArray(v) || !v.every((n) => Number.isInteger(n) && n >= 0)) {
    throw new GoldError(`${where}: 'lines.${key}' must be a list of line indexes`);
  }
  return v as number[];
}

function parseLines(v: unknown, where: string): GoldLines | undefined {
  if (v === undefined) return undefined;
  if (!isObject(v)) throw new GoldError(`${where}: 'lines' must be an object`);
  return {
    title: indexList(v, 'title', where),
    content: indexList(v, 'content', where),
    boilerplate: indexList(v, 'boilerplate', where),
    optional: indexList(v, 'optional', where),
  };
}

function list(v: unknown, key: string, where: string): unknown[] | undefined {
  if (v === undefined) return undefined;
  if (!Array.isArray(v)) throw new GoldError(`${where}: '${key}' must be a list`);
  return v as unknown[];
}

function parseQuote(v: unknown, where: string): GoldQuote {
  if (!isObject(v) || typeof v['text'] !== 'string') throw new GoldError(`${where}: each quote needs a 'text' string`);
  return { text: v['text'], speaker: nullableString(v, 'speaker', where), optional: v['optional'] === true };
}

function parseDate(v: unknown, where: string): readonly string[] | null {
  if (v === null || v === undefined) return null;
  const dates = Array.isArray(v) ? v : [v];
  if (!dates.every((d) => typeof d === 'string' && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(d))) {
    throw new GoldError(`${where}: signal 'date' must be YYYY[-MM[-DD]], a list of those, or null; got ${JSON.stringify(v)}`);
  }
  return dates as string[];
}

function parseSignal(v: unknown, where: string): GoldSignal {
  if (!isObject(v)) throw new GoldError(`${where}: each signal must be an object`);
  const type = optionalString(v, 'type', where);
  const actor = optionalString(v, 'actor', where);
  if (!type || !actor) throw new GoldError(`${where}: each signal needs 'type' and 'actor'`);
  const severity = v['severity'];
  return {
    type,
    actor,
    country: nullableString(v, 'country', where),
    target: nullableString(v, 'target', where),
    date: parseDate(v['date'], where),
    severity: typeof severity === 'number' ? severity : null,
    modality: nullableString(v, 'modality', where),
    sourcing: nullableString(v, 'sourcing', where),
    evidence: optionalString(v, 'evidence', where) ?? '',
    optional: v['optional'] === true,
  };
}

function parsePublished(v: unknown, where: string): GoldPublished | null | undefined {
  if (v === undefined) return undefined;
  if (v === null) return null;
  if (!isObject(v) || typeof v['date'] !== 'string' || !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(v['date'])) {
    throw new GoldError(`${where}: 'published' must be null or {"date": "YYYY[-MM[-DD]]", ...}`);
  }
  return { date: v['date'] };
}

/** Reads one parsed gold file; `fallbackId` (the file name) names it when it has no `doc` field. */
export function parseGold(value: unknown, fallbackId: string): Gold {
  if (!isObject(value)) throw new GoldError(`${fallbackId}: a gold file must be a JSON object`);
  const doc = optionalString(value, 'doc', fallbackId) ?? fallbackId;
  const relevant = value['relevant'];
  if (relevant !== undefined && typeof relevant !== 'boolean') throw new GoldError(`${doc}: 'relevant' must be true or false`);
  return {
    doc,
    lang: optionalString(value, 'lang', doc),
    published: parsePublished(value['published'], doc),
    relevant,
    lines: parseLines(value['lines'], doc),
    quotes: list(value['quotes'], 'quotes', doc)?.map((q) => parseQuote(q, doc)),
    signals: list(value['signals'], 'signals', doc)?.map((s) => parseSignal(s, doc)),
    body: optionalString(value, 'body', doc),
    title: optionalString(value, 'title', doc),
  };
}
