/**
 * Loads and validates a watch config (YAML, or JSON which YAML reads too).
 * Every problem is reported at once, each as `file:line:col: field.path:
 * what is wrong`, the line taken from the YAML document's source ranges, so
 * a user can fix the file in one pass. Relative paths in the file are
 * resolved against the file's folder.
 */
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { isMap, isPair, isScalar, LineCounter, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import type { z } from 'zod';
import type { ActorKind, Modality, SignalType, Sourcing } from '../../document/index.ts';
import { isPostgresUrl } from '../../store/postgres/connection.ts';
import type { FetcherOptions } from '../fetch/index.ts';
import { configSchema, type RawChannel, type RawRule, type RawSource } from './schema.ts';

export interface ConfigProblem {
  readonly line: number | null;
  readonly column: number | null;
  /** Dotted field path, `sources[2].url`, or '' for the whole file. */
  readonly field: string;
  readonly message: string;
}

export class ConfigFileError extends Error {
  override readonly name = 'ConfigFileError';
  constructor(
    readonly file: string,
    readonly problems: readonly ConfigProblem[],
  ) {
    super(
      `invalid config ${file}:\n` +
        problems.map((p) => `  ${file}:${p.line ?? '?'}:${p.column ?? '?'}: ${p.field ? `${p.field}: ` : ''}${p.message}`).join('\n'),
    );
  }
}

/**
 * How often a source is polled when neither it nor `defaults` says. News
 * feeds update every few minutes; 15 minutes catches a story well within
 * the hour while costing a site four conditional requests an hour.
 */
export const DEFAULT_INTERVAL_MS = 15 * 60_000;
/** A file in a drop folder is read once its size has not changed for this long. */
export const DEFAULT_SETTLE_MS = 2_000;
/** New items per source per round; a first poll of a big sitemap is spread over rounds. */
export const DEFAULT_MAX_ITEMS = 100;

interface SourceBase {
  readonly name: string;
  readonly intervalMs: number;
  readonly enabled: boolean;
  readonly lang: string | null;
}

export type SourceConfig =
  | (SourceBase & { readonly type: 'rss' | 'atom' | 'sitemap'; readonly url: string; readonly articles: boolean; readonly maxItems: number })
  | (SourceBase & { readonly type: 'telegram'; readonly path: string; readonly channel: string | null })
  | (SourceBase & { readonly type: 'telegram-channel'; readonly channel: string; readonly url: string })
  | (SourceBase & { readonly type: 'folder'; readonly path: string; readonly settleMs: number; readonly maxItems: number });

export interface RuleConfig {
  readonly name: string;
  readonly type?: readonly SignalType[];
  readonly actor?: readonly string[];
  readonly country?: readonly string[];
  readonly actorKind?: readonly ActorKind[];
  readonly target?: readonly string[];
  readonly minSeverity?: number;
  readonly maxSeverity?: number;
  readonly sourcing?: readonly Sourcing[];
  readonly modality?: readonly Modality[];
  readonly language?: readonly string[];
  readonly keywords?: readonly string[];
  readonly newActor?: boolean;
  readonly minConfidence?: number;
  /** Channel names; undefined means every channel. */
  readonly channels?: readonly string[];
}

export type ChannelConfig =
  | { readonly type: 'stdout'; readonly name: string; readonly format: 'text' | 'json' }
  | { readonly type: 'jsonl'; readonly name: string; readonly path: string }
  | {
      readonly type: 'webhook';
      readonly name: string;
      readonly url: string;
      readonly secret: string | null;
      readonly timeoutMs: number;
      readonly attempts: number;
      readonly headers: Readonly<Record<string, string>>;
    };

export interface WatchConfig {
  /** The config file, or '<defaults>' when built in code. */
  readonly file: string;
  readonly store: string | null;
  readonly dashboard: string | null;
  readonly fetch: Partial<FetcherOptions>;
  readonly sources: readonly SourceConfig[];
  readonly rules: readonly RuleConfig[];
  readonly channels: readonly ChannelConfig[];
}

type Path = readonly PropertyKey[];

function fieldOf(path: Path): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : `${out ? '.' : ''}${String(part)}`;
  return out;
}

/** The YAML node at `path`, or its nearest ancestor that exists. */
function nodeAt(doc: Document, path: Path): { node: YamlNode | null; exact: boolean } {
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n) as unknown[], true);
    if (node && typeof node === 'object' && 'range' in node) return { node: node as YamlNode, exact: n === path.length };
  }
  return { node: null, exact: false };
}

/** The key node of `key` in the map at `path` (to point at an unknown key, not its parent). */
function keyNode(doc: Document, path: Path, key: string): YamlNode | null {
  const map = doc.getIn(path as unknown[], true);
  if (!isMap(map)) return null;
  for (const pair of map.items) {
    if (isPair(pair) && isScalar(pair.key) && pair.key.value === key) return pair.key;
  }
  return null;
}

function locate(lines: LineCounter, node: YamlNode | null): { line: number | null; column: number | null } {
  const offset = node?.range?.[0];
  if (offset === undefined) return { line: null, column: null };
  const pos = lines.linePos(offset);
  return { line: pos.line, column: pos.col };
}

function issueProblems(doc: Document, lines: LineCounter, issue: z.core.$ZodIssue): ConfigProblem[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      ...locate(lines, keyNode(doc, issue.path, key) ?? nodeAt(doc, issue.path).node),
      field: fieldOf([...issue.path, key]),
      message: 'unknown field (check its spelling)',
    }));
  }
  const { node, exact } = nodeAt(doc, issue.path);
  let message = issue.message;
  if (issue.code === 'invalid_type' && !exact) message = `missing (${message.replace(/^Invalid input: /, '')})`;
  else if (issue.code === 'invalid_union') {
    // zod reports a failed discriminated union with the known `options` (not in its issue type).
    const options = (issue as { options?: readonly unknown[] }).options;
    if (options && options.length > 0) {
      // A discriminated union: say which value was given and which are known.
      const given = isScalar(node) ? JSON.stringify(node.value) : 'this value';
      message = `unknown ${String(issue.discriminator ?? 'kind')} ${given}; expected one of ${options.map(String).join(', ')}`;
    } else {
      // One value or a list of them: the single-value branch's complaint is the useful one.
      message = issue.errors[0]?.[0]?.message ?? message;
    }
  }
  return [{ ...locate(lines, node), field: fieldOf(issue.path), message: message.replace(/^Invalid (input|option): /, '') }];
}

function absolute(base: string, path: string): string {
  return isAbsolute(path) ? path : resolve(base, path);
}

/** A readable default name for a source without one: its host and path, or its folder. */
function defaultName(source: RawSource, index: number): string {
  if (source.type === 'rss' || source.type === 'atom' || source.type === 'sitemap') {
    const url = new URL(source.url);
    const name = `${url.host}${url.pathname}`.replace(/[^\w.:@-]+/g, '-').replace(/-+$/, '');
    return name.slice(0, 100) || `source-${index}`;
  }
  if (source.type === 'telegram-channel') return `t.me:${source.channel}`;
  return `${source.type}-${index}`;
}

function toRule(rule: RawRule): RuleConfig {
  const out: { -readonly [K in keyof RuleConfig]: RuleConfig[K] } = { name: rule.name };
  if (rule.type) out.type = rule.type;
  if (rule.actor) out.actor = rule.actor;
  if (rule.country) out.country = rule.country.map((c) => c.toUpperCase());
  if (rule.actor_kind) out.actorKind = rule.actor_kind;
  if (rule.target) out.target = rule.target.map((t) => t.toUpperCase());
  if (rule.min_severity !== undefined) out.minSeverity = rule.min_severity;
  if (rule.max_severity !== undefined) out.maxSeverity = rule.max_severity;
  if (rule.sourcing) out.sourcing = rule.sourcing;
  if (rule.modality) out.modality = rule.modality;
  if (rule.language) out.language = rule.language;
  if (rule.keywords) out.keywords = rule.keywords;
  if (rule.new_actor !== undefined) out.newActor = rule.new_actor;
  if (rule.min_confidence !== undefined) out.minConfidence = rule.min_confidence;
  if (rule.channels) out.channels = rule.channels;
  return out;
}

/**
 * Webhook retries within one delivery: 3 attempts ride out a receiver's
 * restart; what still fails waits in the outbox for a later round.
 */
const DEFAULT_WEBHOOK_ATTEMPTS = 3;
const DEFAULT_WEBHOOK_TIMEOUT_MS = 10_000;

function toChannel(channel: RawChannel, index: number, base: string, env: NodeJS.ProcessEnv): ChannelConfig | string {
  const name = channel.name ?? (index === 0 ? channel.type : `${channel.type}-${index}`);
  switch (channel.type) {
    case 'stdout':
      return { type: 'stdout', name, format: channel.format };
    case 'jsonl':
      return { type: 'jsonl', name, path: absolute(base, channel.path) };
    case 'webhook': {
      let secret: string | null = channel.secret ?? null;
      if (channel.secret_env) {
        secret = env[channel.secret_env] ?? null;
        if (!secret) return `environment variable ${channel.secret_env} (secret_env) is not set`;
      }
      return {
        type: 'webhook',
        name,
        url: channel.url,
        secret,
        timeoutMs: channel.timeout ?? DEFAULT_WEBHOOK_TIMEOUT_MS,
        attempts: channel.attempts ?? DEFAULT_WEBHOOK_ATTEMPTS,
        headers: channel.headers ?? {},
      };
    }
  }
}

/** Parses config text; `file` names it in errors and anchors relative paths. */
export function parseConfig(text: string, file: string, env: NodeJS.ProcessEnv = process.env): WatchConfig {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new ConfigFileError(
      file,
      doc.errors.map((e) => {
        const pos = lines.linePos(e.pos[0]);
        return { line: pos.line, column: pos.col, field: '', message: e.message.split('\n')[0]! };
      }),
    );
  }
  const parsed = configSchema.safeParse(doc.toJS() ?? {});
  if (!parsed.success) throw new ConfigFileError(file, parsed.error.issues.flatMap((i) => issueProblems(doc, lines, i)));
  const raw = parsed.data;
  const base = dirname(resolve(file));
  const problems: ConfigProblem[] = [];
  const problemAt = (path: Path, message: string) => problems.push({ ...locate(lines, nodeAt(doc, path).node), field: fieldOf(path), message });

  const interval = raw.defaults?.interval ?? DEFAULT_INTERVAL_MS;
  const names = new Set<string>();
  const sources: SourceConfig[] = raw.sources.map((s, i) => {
    const name = s.name ?? defaultName(s, i);
    if (names.has(name)) problemAt(['sources', i, s.name ? 'name' : 'url'], `source name '${name}' is used twice; give each source a distinct name`);
    names.add(name);
    const common = { name, intervalMs: s.interval ?? interval, enabled: s.enabled, lang: s.lang ?? null };
    switch (s.type) {
      case 'telegram':
        return { ...common, type: 'telegram', path: absolute(base, s.path), channel: s.channel ?? null };
      case 'telegram-channel':
        return { ...common, type: 'telegram-channel', channel: s.channel, url: s.url ?? `https://t.me/s/${s.channel}` };
      case 'folder':
        return { ...common, type: 'folder', path: absolute(base, s.path), settleMs: s.settle ?? DEFAULT_SETTLE_MS, maxItems: raw.defaults?.max_items ?? DEFAULT_MAX_ITEMS };
      default:
        return {
          ...common,
          type: s.type,
          url: s.url,
          articles: s.articles ?? raw.defaults?.articles ?? true,
          maxItems: s.max_items ?? raw.defaults?.max_items ?? DEFAULT_MAX_ITEMS,
        };
    }
  });

  const channels: ChannelConfig[] = [];
  raw.alerts.forEach((c, i) => {
    const channel = toChannel(c, i, base, env);
    if (typeof channel === 'string') problemAt(['alerts', i, 'secret_env'], channel);
    else if (channels.some((other) => other.name === channel.name)) problemAt(['alerts', i], `alert channel name '${channel.name}' is used twice; set distinct names`);
    else channels.push(channel);
  });
  const channelNames = new Set(raw.alerts.map((c, i) => c.name ?? (i === 0 ? c.type : `${c.type}-${i}`)));
  const ruleNames = new Set<string>();
  raw.rules.forEach((r, i) => {
    if (ruleNames.has(r.name)) problemAt(['rules', i, 'name'], `rule name '${r.name}' is used twice`);
    ruleNames.add(r.name);
    r.channels?.forEach((c, j) => {
      if (!channelNames.has(c)) problemAt(['rules', i, 'channels', j], `no alert channel named '${c}' (known: ${[...channelNames].join(', ') || 'none'})`);
    });
  });
  if (problems.length > 0) throw new ConfigFileError(file, problems);

  const f = raw.fetch ?? {};
  const fetch: Partial<FetcherOptions> = {
    ...(f.user_agent !== undefined && { userAgent: f.user_agent }),
    ...(f.timeout !== undefined && { timeoutMs: f.timeout }),
    ...(f.max_bytes !== undefined && { maxBytes: f.max_bytes }),
    ...(f.max_decoded_bytes !== undefined && { maxDecodedBytes: f.max_decoded_bytes }),
    ...(f.attempts !== undefined && { attempts: f.attempts }),
    ...(f.per_host !== undefined && { maxPerHost: f.per_host }),
    ...(f.host_delay !== undefined && { hostDelayMs: f.host_delay }),
    ...(f.max_redirects !== undefined && { maxRedirects: f.max_redirects }),
    ...(f.robots !== undefined && { robots: f.robots }),
  };
  return {
    file,
    // A postgres:// URL is taken as it is; a file path is relative to the config file.
    store: raw.store ? (isPostgresUrl(raw.store) ? raw.store : absolute(base, raw.store)) : null,
    dashboard: raw.dashboard ?? null,
    fetch,
    sources,
    rules: raw.rules.map(toRule),
    channels,
  };
}

/** Reads and parses a config file; throws ConfigFileError (or an I/O error naming the file). */
export function loadConfig(file: string, env: NodeJS.ProcessEnv = process.env): WatchConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigFileError(file, [{ line: null, column: null, field: '', message: code === 'ENOENT' ? 'no such file' : (error as Error).message }]);
  }
  return parseConfig(text, file, env);
}
