/**
 * The input edge: paths, directories and stdin become `RawDocument`s, or one
 * `InputFailure` per unreadable document, so a batch always goes on.
 * Encoding detection, JSON/JSONL records and size limits: to be hardened.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { RawDocument } from '../document/index.ts';

export interface InputFailure {
  readonly source: string;
  readonly error: string;
}

export type InputItem = { readonly ok: true; readonly doc: RawDocument } | { readonly ok: false; readonly failure: InputFailure };

const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);

async function* walk(path: string): AsyncGenerator<string> {
  const info = await stat(path);
  if (!info.isDirectory()) {
    yield path;
    return;
  }
  const entries = await readdir(path, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) yield* walk(join(path, entry.name));
}

export async function* readInputs(paths: readonly string[]): AsyncGenerator<InputItem> {
  for (const root of paths) {
    let files: AsyncGenerator<string>;
    try {
      files = walk(root);
      for await (const file of files) {
        try {
          const content = (await readFile(file)).toString('utf8');
          const format = HTML_EXTENSIONS.has(extname(file).toLowerCase()) ? 'html' : 'text';
          yield { ok: true, doc: { source: file, content, format, meta: {} } };
        } catch (error) {
          yield { ok: false, failure: { source: file, error: (error as Error).message } };
        }
      }
    } catch (error) {
      yield { ok: false, failure: { source: root, error: (error as Error).message } };
    }
  }
}
