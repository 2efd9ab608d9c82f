/**
 * The watch config file's shape (YAML or JSON, snake_case keys), as zod
 * schemas that both validate and say what each field is. Unknown keys are
 * errors: a misspelt `min_severty` silently ignored would make a rule fire
 * on everything.
 */
import { z } from 'zod';
import { SIGNAL_TYPES } from '../../document/index.ts';
import { parseDuration } from '../timing.ts';

/** `15m`, `30s`, `2h`, `1d`, `500ms`, or a number of seconds. */
export const duration = z.union([z.number(), z.string()]).transform((value, ctx) => {
  const ms = parseDuration(value);
  if (ms === null) {
    ctx.addIssue({ code: 'custom', message: `expected a duration like 30s, 15m, 2h or a number of seconds; got ${JSON.stringify(value)}` });
    return z.NEVER;
  }
  return ms;
});

/** `5MB`, `512KB`, `1GB` or a number of bytes. */
export const size = z.union([z.number().int().positive(), z.string()]).transform((value, ctx) => {
  if (typeof value === 'number') return value;
  const m = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?\s*$/i.exec(value);
  if (!m) {
    ctx.addIssue({ code: 'custom', message: `expected a size like 512KB or 5MB; got ${JSON.stringify(value)}` });
    return z.NEVER;
  }
  const unit = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 }[(m[2] ?? 'b').toLowerCase() as 'b' | 'kb' | 'mb' | 'gb'];
  return Math.round(Number(m[1]) * unit);
});

const httpUrl = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'http:' || url.protocol === 'https:';
    } catch {
      return false;
    }
  }, 'expected an http(s) URL');

/** Source names key the watcher's state: keep them short and stable. */
const sourceName = z.string().regex(/^[A-Za-z0-9][\w.:@-]{0,99}$/, 'use letters, digits and . _ - : @ (up to 100 characters, no spaces)');

/** One value or a list of them, always a list after parsing. */
function oneOrMany<T extends z.ZodType>(item: T) {
  return z.union([item, z.array(item).min(1)]).transform((v) => (Array.isArray(v) ? v : [v]) as z.output<T>[]);
}

const common = {
  name: sourceName.optional(),
  interval: duration.optional(),
  enabled: z.boolean().default(true),
  /** Language hint passed with every document (ISO 639-1), when the source is monolingual. */
  lang: z.string().regex(/^[a-z]{2}$/, 'expected a two-letter language code like en, fr, ru').optional(),
};

const feedSource = z
  .object({
    ...common,
    type: z.enum(['rss', 'atom', 'sitemap']),
    url: httpUrl,
    /** Fetch each item's page (true) or analyse the feed's own text only (false). */
    articles: z.boolean().optional(),
    /** Most new items processed per round; the rest wait for the next round. */
    max_items: z.number().int().positive().max(10_000).optional(),
  })
  .strict();

/** A public Telegram username, as in t.me/<username>. */
const telegramUsername = z.string().regex(/^[A-Za-z0-9_]{3,64}$/, 'expected the channel username, e.g. MID_Russia');

const telegramSource = z
  .object({
    ...common,
    type: z.literal('telegram'),
    /** A Telegram Desktop export: its `result.json`, an HTML page (`messages.html`), or the folder holding them. */
    path: z.string().min(1),
    /** The channel's public username (`MID_Russia`): names documents `telegram:<channel>/<id>` and links them to t.me. */
    channel: telegramUsername.optional(),
  })
  .strict();

/** A public channel followed live through its web preview, no account or export needed. */
const telegramChannelSource = z
  .object({
    ...common,
    type: z.literal('telegram-channel'),
    /** The channel's public username (`medvedev_telegram`): the page read is https://t.me/s/<channel>. */
    channel: telegramUsername,
    /** Another address serving the same page (a mirror, a test server); by default https://t.me/s/<channel>. */
    url: httpUrl.optional(),
  })
  .strict();

const folderSource = z
  .object({
    ...common,
    type: z.literal('folder'),
    path: z.string().min(1),
    /** How long a file's size must stay unchanged before it is read. */
    settle: duration.optional(),
  })
  .strict();

export const sourceSchema = z.discriminatedUnion('type', [feedSource, telegramSource, telegramChannelSource, folderSource]);

const actorKind = z.enum(['official', 'expert', 'media', 'intl_org']);

export const ruleSchema = z
  .object({
    name: z.string().min(1),
    type: oneOrMany(z.enum(SIGNAL_TYPES)).optional(),
    /** Actor names as the output contract spells them ("Dmitry Medvedev"), case-insensitive. */
    actor: oneOrMany(z.string().min(1)).optional(),
    /** Actor country or organisation code (RU, US, NATO). */
    country: oneOrMany(z.string().min(2)).optional(),
    actor_kind: oneOrMany(actorKind).optional(),
    target: oneOrMany(z.string().min(2)).optional(),
    min_severity: z.number().int().min(0).max(9).optional(),
    max_severity: z.number().int().min(0).max(9).optional(),
    sourcing: oneOrMany(z.enum(['on_record', 'anonymous', 'reported', 'disputed'])).optional(),
    modality: oneOrMany(z.enum(['public', 'private'])).optional(),
    /** Language of the reporting document. */
    language: oneOrMany(z.string().regex(/^[a-z]{2}$/, 'expected a two-letter language code')).optional(),
    /** Any of these words in the evidence, quote or title (`word*` matches a prefix: `ядерн*`). */
    keywords: oneOrMany(z.string().min(1)).optional(),
    /** Only the first signal ever stored for this actor. */
    new_actor: z.boolean().optional(),
    min_confidence: z.number().min(0).max(1).optional(),
    /** Alert channel names this rule sends to; all channels when absent. */
    channels: oneOrMany(z.string().min(1)).optional(),
  })
  .strict()
  .refine((r) => r.min_severity === undefined || r.max_severity === undefined || r.min_severity <= r.max_severity, {
    message: 'min_severity is above max_severity',
    path: ['min_severity'],
  });

const channelName = z.string().regex(/^[\w.-]{1,64}$/, 'use letters, digits and . _ -').optional();

export const channelSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('stdout'), name: channelName, format: z.enum(['text', 'json']).default('text') }).strict(),
  z.object({ type: z.literal('jsonl'), name: channelName, path: z.string().min(1) }).strict(),
  z
    .object({
      type: z.literal('webhook'),
      name: channelName,
      url: httpUrl,
      /** Name of the environment variable holding the HMAC secret (preferred: keeps it out of the file). */
      secret_env: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'expected an environment variable name').optional(),
      /** The HMAC secret itself; prefer secret_env. */
      secret: z.string().min(16, 'use a secret of at least 16 characters').optional(),
      timeout: duration.optional(),
      /** Attempts per delivery (first included) before it waits for a later round. */
      attempts: z.number().int().min(1).max(10).optional(),
      headers: z.record(z.string(), z.string()).optional(),
    })
    .strict(),
]);

export const fetchSchema = z
  .object({
    user_agent: z.string().min(1).optional(),
    timeout: duration.optional(),
    max_bytes: size.optional(),
    max_decoded_bytes: size.optional(),
    attempts: z.number().int().min(1).max(10).optional(),
    per_host: z.number().int().min(1).max(16).optional(),
    host_delay: duration.optional(),
    max_redirects: z.number().int().min(0).max(20).optional(),
    robots: z.boolean().optional(),
  })
  .strict();

export const configSchema = z
  .object({
    /** The store: a SQLite file (relative to the config file) or a postgres:// URL; `--db` overrides it. */
    store: z.string().min(1).optional(),
    /** Dashboard base URL; alerts link to its evidence view (alerts/index.ts EVIDENCE_ROUTE). */
    dashboard: httpUrl.optional(),
    defaults: z
      .object({
        interval: duration.optional(),
        articles: z.boolean().optional(),
        max_items: z.number().int().positive().max(10_000).optional(),
      })
      .strict()
      .optional(),
    fetch: fetchSchema.optional(),
    sources: z.array(sourceSchema).default([]),
    rules: z.array(ruleSchema).default([]),
    alerts: z.array(channelSchema).default([]),
  })
  .strict();

export type RawConfig = z.output<typeof configSchema>;
export type RawSource = z.output<typeof sourceSchema>;
export type RawRule = z.output<typeof ruleSchema>;
export type RawChannel = z.output<typeof channelSchema>;
