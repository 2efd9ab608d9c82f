/**
 * Reader for the line-per-entry language files of the sentences, actors and
 * quotes stages (`data/<lang>/<kind>.txt`, STYLE.md §13).
 *
 * Same format as the signals stage's lexicons so one maintainer can edit
 * both: UTF-8; the first non-blank line is a `#` header saying what belongs in
 * the file; `#` lines are comments; every other line is one entry of
 * `|`-separated fields. A bad line is a `LexiconFileError` raised when the
 * pipeline is built, naming the file and the line, and all bad lines of a
 * file are reported together so they can be fixed in one go.
 *
 * It lives here because the sentences stage is the first of the three stages
 * that read these files; actors and quotes import it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError } from '../../pipeline/stage.ts';

/** `data/` at the repository root, from `src/stages/sentences/` or `dist/stages/sentences/`. */
export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../../data/', import.meta.url));

/**
 * Languages whose files these stages ship. Ukrainian text uses the Russian
 * lists for what they share (abbreviations, pronoun-free cues) plus its own
 * files where they exist; a missing optional file is simply empty.
 */
export const FILE_LANGS = ['fr', 'en', 'ru', 'uk'] as const;
export type FileLang = (typeof FILE_LANGS)[number];

export class LexiconFileError extends ConfigError {}

export interface FileEntry {
  /** `data/<lang>/<kind>.txt`, as error messages name it. */
  readonly file: string;
  /** 1-based line number. */
  readonly line: number;
  readonly fields: readonly string[];
}

export interface FileSpec {
  /** The file is `data/<lang>/<kind>.txt`. */
  readonly kind: string;
  readonly minFields: number;
  readonly maxFields: number;
  /** Returns a problem description, or null when the entry is good. */
  readonly check?: (fields: readonly string[]) => string | null;
  /** A missing file is an error (default) or an empty list. */
  readonly required?: boolean;
}

/** Reads `data/<lang>/<kind>.txt` under `dataDir`. */
export function readLexiconFile(dataDir: string, lang: string, spec: FileSpec): FileEntry[] {
  const rel = `${lang}/${spec.kind}.txt`;
  const path = join(dataDir, rel);
  if (!existsSync(path)) {
    if (spec.required ?? true) throw new LexiconFileError(`data/${rel}: missing file (create it, starting with a # header line)`);
    return [];
  }
  return parseLexiconFile(`data/${rel}`, readFileSync(path, 'utf8'), spec);
}

/** Parses file content; `name` is what error messages call the file. */
export function parseLexiconFile(name: string, content: string, spec: FileSpec): FileEntry[] {
  const entries: FileEntry[] = [];
  const errors: string[] = [];
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
    const key = fields.join('|').toLowerCase();
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
  if (errors.length > 0) throw new LexiconFileError(errors.join('\n'));
  return entries;
}

/** The file languages to use for a document: its own (Ukrainian also borrows Russian), or all when unknown. */
export function fileLangsFor(lang: string | null): readonly FileLang[] {
  if (lang === 'uk') return ['uk', 'ru'];
  const own = FILE_LANGS.find((l) => l === lang);
  return own ? [own] : FILE_LANGS;
}
