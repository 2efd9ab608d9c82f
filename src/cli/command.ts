/**
 * One schema per command makes both the parser and `--help` (STYLE.md §15),
 * so the two can never disagree.
 */
import { parseArgs } from 'node:util';

export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  readonly multiple?: boolean;
  /** Value placeholder shown in help, e.g. `FILE`. */
  readonly value?: string;
  readonly default?: string | boolean;
  readonly description: string;
  /** Allowed values for string options; checked before the command runs. */
  readonly choices?: readonly string[];
}

export type OptionValues = Record<string, string | boolean | (string | boolean)[] | undefined>;

export interface CommandContext {
  readonly positionals: readonly string[];
  readonly options: OptionValues;
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
  readonly stdin: NodeJS.ReadableStream;
}

export interface Command {
  readonly name: string;
  readonly summary: string;
  /** Usage line after `brink <name>`, e.g. `<file|dir|->...`. */
  readonly usage: string;
  readonly description?: string;
  readonly options: Readonly<Record<string, OptionSpec>>;
  /** Returns the exit code (see EXIT in this file). */
  run(ctx: CommandContext): Promise<number>;
}

/** Exit codes scripts can rely on; documented in the README. */
export const EXIT = {
  ok: 0,
  /** Ran, but some documents failed (each named on stderr). */
  partial: 1,
  /** The command line was wrong: unknown option, missing argument. */
  usage: 2,
  /** Could not run at all: unreadable store, bad config, I/O failure. */
  failure: 3,
} as const;

/** A command-line mistake; its message is printed with the command's usage hint. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export function parseCommandArgs(cmd: Command, argv: readonly string[]): { positionals: string[]; options: OptionValues } {
  const config: Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }> = {
    help: { type: 'boolean', short: 'h' },
  };
  for (const [name, spec] of Object.entries(cmd.options)) {
    config[name] = { type: spec.type, ...(spec.short ? { short: spec.short } : {}), ...(spec.multiple ? { multiple: true } : {}) };
  }
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: config, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/^.*?: /, ''));
  }
  const options: OptionValues = { ...parsed.values };
  for (const [name, spec] of Object.entries(cmd.options)) {
    if (options[name] === undefined && spec.default !== undefined) options[name] = spec.default;
    const value = options[name];
    if (spec.choices && typeof value === 'string' && !spec.choices.includes(value)) {
      throw new UsageError(`--${name} must be one of ${spec.choices.join(', ')}; got '${value}'`);
    }
  }
  return { positionals: parsed.positionals, options };
}

export function formatHelp(cmd: Command): string {
  const lines = [`Usage: brink ${cmd.name} ${cmd.usage}`.trimEnd(), '', cmd.summary];
  if (cmd.description) lines.push('', cmd.description);
  lines.push('', 'Options:');
  const rows: [string, string][] = Object.entries(cmd.options).map(([name, spec]) => {
    const flag = `${spec.short ? `-${spec.short}, ` : '    '}--${name}${spec.type === 'string' ? ` ${spec.value ?? 'VALUE'}` : ''}`;
    const extra = [
      spec.choices ? `one of: ${spec.choices.join(', ')}` : '',
      spec.default !== undefined && spec.default !== false ? `default: ${String(spec.default)}` : '',
      spec.multiple ? 'repeatable' : '',
    ].filter(Boolean);
    return [flag, spec.description + (extra.length ? ` (${extra.join('; ')})` : '')];
  });
  rows.push(['-h, --help', 'show this help']);
  const width = Math.max(...rows.map(([f]) => f.length)) + 2;
  for (const [flag, text] of rows) lines.push(`  ${flag.padEnd(width)}${text}`);
  return lines.join('\n') + '\n';
}

/** Reads a string option that the schema declares; absent becomes undefined. */
export function stringOption(options: OptionValues, name: string): string | undefined {
  const value = options[name];
  return typeof value === 'string' ? value : undefined;
}

export function listOption(options: OptionValues, name: string): string[] {
  const value = options[name];
  if (Array.isArray(value)) return value.map(String);
  return typeof value === 'string' ? [value] : [];
}
