/**
 * The one reader of Brink's line-per-entry language files
 * (`data/<lang>/<kind>.txt`, STYLE.md §13), for every stage that keeps its
 * knowledge in them (clean, sentences, actors, quotes, dates, signals,
 * relevance).
 *
 * Format: UTF-8 text; the first non-blank line is a `#` comment (the header
 * saying what belongs in the file); `#` lines are comments; every other line
 * is one entry of `|`-separated fields. Each kind says how many fields its
 * entries have and how to check them. All bad lines of a file are reported in
 * one `LexiconError`, raised when the pipeline is built and naming the file and
 * each line, so that a maintainer fixes them in one go instead of one per run.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError } from '../pipeline/stage.ts';
import { fold } from './fold.ts';
import { phraseSource } from './phrase.ts';

/** `data/` at the repository root, from `src/lexicon/` or `dist/lexicon/`. */
export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));

export class LexiconError extends ConfigError {}

/** One entry line of a lexicon file. */
export interface LexiconEntry {
  /** `data/<lang>/<kind>.txt`, as error messages name it. */
  readonly file: string;
  /** 1-based line number. */
  readonly line: number;
  readonly fields: readonly string[];
}

/** Checks one entry; returns a problem description, or null when the entry is good. */
export type EntryCheck = (fields: readonly string[]) => string | null;

export interface LexiconSpec {
  /** The file is `data/<lang>/<kind>.txt`. */
  readonly kind: string;
  /** Smallest and largest number of `|` fields an entry may have. */
  readonly minFields: number;
  readonly maxFields: number;
  readonly check?: EntryCheck;
  /** A missing file is an error (the default) or no entries (a language may lack a list). */
  readonly required?: boolean;
}

/** Reads and validates `data/<lang>/<kind>.txt` under `dataDir`. */
export function readLexicon(dataDir: string, lang: string, spec: LexiconSpec): LexiconEntry[] {
  const rel = `${lang}/${spec.kind}.txt`;
  const path = join(dataDir, rel);
  if (!existsSync(path)) {
    if (spec.required ?? true) throw new LexiconError(`data/${rel}: missing file (create it, starting with a # header line saying what belongs in it)`);
    return [];
  }
  return parseLexicon(`data/${rel}`, readFileSync(path, 'utf8'), spec);
}

/** Parses file content; `name` is what error messages call the file. */
export function parseLexicon(name: string, content: string, spec: LexiconSpec): LexiconEntry[] {
  const entries: LexiconEntry[] = [];
  const errors: string[] = [];
  // Duplicates are judged after folding: "Kremlin" and "kremlin", or "été" and "ete", match the same text.
  const seen = new Map<string, number>();
  let sawAnything = false;
  content.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const text = raw.trim();
    if (text === '') return;
    if (text.startsWith('#')) {
      sawAnything = true;
      return;
    }
    if (!sawAnything) errors.push(`${name}:${line}: the file must start with a # header comment saying what belongs in it`);
    sawAnything = true;
    const fields = text.split('|').map((f) => f.trim());
    if (fields.length < spec.minFields || fields.length > spec.maxFields) {
      const want = spec.minFields === spec.maxFields ? `${spec.minFields}` : `${spec.minFields} to ${spec.maxFields}`;
      errors.push(`${name}:${line}: expected ${want} |-separated field(s), found ${fields.length}: "${text}"`);
      return;
    }
    if (fields.some((f) => f === '')) {
      errors.push(`${name}:${line}: empty field in "${text}"`);
      return;
    }
    const key = fields.map((f) => fold(f)).join('|');
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      errors.push(`${name}:${line}: duplicate of line ${earlier}: "${text}"`);
      return;
    }
    seen.set(key, line);
    const problem = spec.check?.(fields) ?? null;
    if (problem !== null) {
      errors.push(`${name}:${line}: ${problem}`);
      return;
    }
    entries.push({ file: name, line, fields });
  });
  if (errors.length > 0) throw new LexiconError(errors.join('\n'));
  return entries;
}

/** Check: the field at `index` must be one of `allowed`. */
export function oneOf(index: number, allowed: readonly string[], what: string): EntryCheck {
  return (fields) => {
    const value = fields[index];
    return value !== undefined && !allowed.includes(value)
      ? `unknown ${what} "${value}" (expected one of: ${allowed.join(', ')})`
      : null;
  };
}

/** Check: every check in turn; the first problem wins. */
export function allOf(...checks: EntryCheck[]): EntryCheck {
  return (fields) => {
    for (const check of checks) {
      const problem = check(fields);
      if (problem !== null) return problem;
    }
    return null;
  };
}

/** Check: the field at `index` must be a well-formed phrase (phrase.ts). */
export function isPhrase(index: number): EntryCheck {
  return (fields) => {
    const value = fields[index];
    if (value === undefined) return null;
    try {
      // The source alone: it is what rejects a malformed phrase (its words are escaped, so the
      // regex it makes always compiles), and compiling each regex here would double load time.
      phraseSource(value);
      return null;
    } catch (error) {
      return (error as Error).message;
    }
  };
}
