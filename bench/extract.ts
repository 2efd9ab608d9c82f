/**
 * Extraction throughput: Brink's extract stage against Mozilla Readability
 * on linkedom, over the 181 HTML pages of the shared corpus, in the same
 * process and run. Rounds alternate between the two so that load from other
 * processes on the machine falls on both alike; each figure is the number of
 * pages over the median round time. Called by bench/run.ts; runnable alone:
 *   node --import tsx bench/extract.ts [rounds]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { createDoc, type RawDocument } from '../src/document/index.ts';
import { createExtract } from '../src/stages/extract/index.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = join(ROOT, '..', 'shared', 'corpus', 'html');

/** Rounds per extractor: enough for a stable median on a shared two-core machine, short enough to run often. */
const DEFAULT_ROUNDS = 5;

export interface ExtractBench {
  readonly brinkDocsPerSec: number;
  readonly readabilityDocsPerSec: number;
  readonly pages: number;
}

function loadPages(): RawDocument[] {
  return readdirSync(CORPUS)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => ({ source: join(CORPUS, f), content: readFileSync(join(CORPUS, f), 'utf8'), format: 'html' as const, meta: {} }));
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** Runs `fn` over every page once; returns the elapsed milliseconds and a checksum that keeps the work observable. */
function round(pages: readonly RawDocument[], fn: (raw: RawDocument) => number): { ms: number; chars: number } {
  const t0 = performance.now();
  let chars = 0;
  for (const p of pages) chars += fn(p);
  return { ms: performance.now() - t0, chars };
}

export function benchExtract(rounds = DEFAULT_ROUNDS): ExtractBench {
  const pages = loadPages();
  if (pages.length === 0) throw new Error(`bench/extract: no .html pages in ${CORPUS}`);
  const extract = createExtract();
  const brink = (raw: RawDocument): number => extract(createDoc(raw)).lines.reduce((n, l) => n + l.length, 0);
  const readability = (raw: RawDocument): number => {
    try {
      // linkedom's bundled declarations do not resolve under NodeNext, so type-aware lint sees an error type here.
      // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment
      const { document } = parseHTML(raw.content);
      // linkedom's Document implements what Readability reads; its types are linkedom's own.
      const article = new Readability(document as ConstructorParameters<typeof Readability>[0]).parse();
      return article?.textContent?.length ?? 0;
    } catch {
      return 0; // a page Readability cannot handle still cost its time
    }
  };

  // One warm-up round each: JIT and lazy module work out of the timings.
  round(pages, brink);
  round(pages, readability);
  const brinkMs: number[] = [];
  const readabilityMs: number[] = [];
  for (let i = 0; i < rounds; i++) {
    brinkMs.push(round(pages, brink).ms);
    readabilityMs.push(round(pages, readability).ms);
  }
  return {
    brinkDocsPerSec: pages.length / (median(brinkMs) / 1000),
    readabilityDocsPerSec: pages.length / (median(readabilityMs) / 1000),
    pages: pages.length,
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const rounds = Number(process.argv[2] ?? DEFAULT_ROUNDS);
  const r = benchExtract(Number.isInteger(rounds) && rounds > 0 ? rounds : DEFAULT_ROUNDS);
  console.log(
    `extract: ${r.pages} pages; brink ${r.brinkDocsPerSec.toFixed(1)} docs/s, readability+linkedom ${r.readabilityDocsPerSec.toFixed(1)} docs/s, ratio ${(r.brinkDocsPerSec / r.readabilityDocsPerSec).toFixed(2)}`,
  );
}
