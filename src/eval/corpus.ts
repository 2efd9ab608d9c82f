/**
 * An evaluation set on disk: a gold directory of `<doc>.json` files and a
 * documents directory holding `<doc>.txt` or `<doc>.html` for each. Documents
 * are read through `readInputs`, so decoding is the same as `brink analyze`.
 */
import { readFile, readdir } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { createDoc, fatalOf, toRecord, type RawDocument } from '../document/index.ts';
import { readInputs } from '../input/index.ts';
import type { Pipeline } from '../pipeline/index.ts';
import { DUPLICATES_FILE, parseDuplicates } from './duplicates.ts';
import { GoldError, parseGold, type Gold } from './gold.ts';
import type { EvalInput } from './score.ts';
import { withLang } from './language.ts';
import { parseDocStrings, withTitle } from './title.ts';

export interface EvalCase {
  readonly gold: Gold;
  readonly docPath: string;
}

export interface EvalSet {
  readonly cases: readonly EvalCase[];
  /** Gold duplicate groups, or null when the gold directory has no `duplicates.json`. */
  readonly duplicates: readonly (readonly string[])[] | null;
  /** Gold files skipped (unparsable, no matching document), each a sentence naming the file. */
  readonly problems: readonly string[];
}

export interface EvalSetOptions {
  /** A titles file (JSON map doc id → headline) giving a title to gold files that have none of their own. */
  readonly titles?: string | undefined;
  /** A languages file (JSON map doc id → language code) for gold files that have no `lang` of their own. */
  readonly langs?: string | undefined;
}

/** The gold or documents directory, or a titles or languages file, cannot be read at all. */
export class EvalSetError extends Error {
  override readonly name = 'EvalSetError';
}

/**
 * When a gold id has several files, the first of these extensions wins: plain
 * text is the cheaper, truer input. A `.json` document is a record (text plus
 * metadata) as `brink analyze` reads it; a file of several records is scored
 * on its first.
 */
const DOC_EXTENSIONS = ['.txt', '.html', '.htm', '.xhtml', '.json'];

async function list(dir: string, what: string): Promise<string[]> {
  try {
    return (await readdir(dir)).sort();
  } catch (error) {
    throw new EvalSetError(`cannot read the ${what} directory ${dir}: ${(error as Error).message}`);
  }
}

async function loadDocStrings(path: string | undefined, what: string): Promise<ReadonlyMap<string, string>> {
  if (path === undefined) return new Map();
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new EvalSetError(`cannot read the ${what}s file ${path}: ${(error as Error).message}`);
  }
  try {
    return parseDocStrings(json, path, what);
  } catch (error) {
    if (error instanceof GoldError) throw new EvalSetError(error.message);
    throw error;
  }
}

export async function loadEvalSet(goldDir: string, docsDir: string, options: EvalSetOptions = {}): Promise<EvalSet> {
  const titles = await loadDocStrings(options.titles, 'title');
  const langs = await loadDocStrings(options.langs, 'language');
  const goldFiles = (await list(goldDir, 'gold')).filter((f) => f.endsWith('.json'));
  const docFiles = await list(docsDir, 'documents');
  const byStem = new Map<string, string>();
  for (const ext of [...DOC_EXTENSIONS].reverse()) {
    for (const f of docFiles) if (extname(f).toLowerCase() === ext) byStem.set(basename(f, extname(f)), f);
  }
  const cases: EvalCase[] = [];
  const problems: string[] = [];
  let duplicates: string[][] | null = null;
  for (const file of goldFiles) {
    const path = join(goldDir, file);
    let json: unknown;
    try {
      json = JSON.parse(await readFile(path, 'utf8'));
    } catch (error) {
      problems.push(`${path}: not readable JSON (${(error as Error).message}); skipped`);
      continue;
    }
    try {
      if (file === DUPLICATES_FILE) {
        duplicates = parseDuplicates(json);
        continue;
      }
      const id = basename(file, '.json');
      const gold = parseGold(json, id);
      const doc = byStem.get(id);
      if (!doc) {
        problems.push(`${path}: no ${id}.txt or ${id}.html in ${docsDir}; skipped`);
        continue;
      }
      // The file name is the id that per-document lines and duplicates.json use.
      cases.push({ gold: withLang(withTitle({ ...gold, doc: id }, titles), langs), docPath: join(docsDir, doc) });
    } catch (error) {
      if (!(error instanceof GoldError)) throw error;
      problems.push(`${path}: ${error.message}; skipped`);
    }
  }
  // An entry for no evaluated document is most likely a wrong file for these directories.
  const evaluated = new Set(cases.map((c) => c.gold.doc));
  for (const [path, map, what] of [[options.titles, titles, 'titles'], [options.langs, langs, 'languages']] as const) {
    const stray = [...map.keys()].filter((id) => !evaluated.has(id));
    if (stray.length > 0) problems.push(`${path}: ${stray.length} ${what} name no evaluated document (first: '${stray[0]}'); ignored`);
  }
  return { cases, duplicates, problems };
}

async function readOne(path: string): Promise<RawDocument | string> {
  for await (const item of readInputs([path])) return item.ok ? item.doc : item.failure.error;
  return 'no document read';
}

/** Runs the pipeline on one case; a document that cannot be read or fails is scored as an empty output. */
export async function runCase(c: EvalCase, pipeline: Pipeline): Promise<EvalInput> {
  const raw = await readOne(c.docPath);
  if (typeof raw === 'string') {
    const empty: RawDocument = { source: c.docPath, content: '', format: 'text', meta: {} };
    return { gold: c.gold, format: 'text', raw: '', record: toRecord(createDoc(empty)), failure: `unreadable: ${raw}` };
  }
  const doc = pipeline.run(raw);
  const fatal = fatalOf(doc);
  return {
    gold: c.gold,
    format: raw.format,
    raw: raw.content,
    record: fatal ? toRecord(createDoc(raw)) : toRecord(doc),
    failure: fatal ? `${fatal.stage}: ${fatal.text}` : null,
  };
}
