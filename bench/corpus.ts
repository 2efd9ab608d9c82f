/**
 * A large benchmark corpus made from the small real one: the five French
 * seeds, the 181 English reference bodies (as plain text) and the 181 English
 * HTML pages, perturbed and mixed the way news is republished: paragraphs
 * shuffled, sentences swapped in from other stories, words substituted,
 * boilerplate added. Written file by file into a directory, one document in
 * memory at a time; only the small source material (≈1.5 MB of text, and
 * one HTML page at a time) is held.
 *
 * Deterministic: the same seed gives the same files.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const CORPUS = join(import.meta.dirname, '..', '..', 'shared', 'corpus');

/** Small fast PRNG (mulberry32): reproducible corpora without storing them. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Story {
  readonly title: string;
  readonly paragraphs: readonly string[];
}

function loadStories(): Story[] {
  const seeds = readdirSync(join(CORPUS, 'seeds'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const [title = '', ...paragraphs] = readFileSync(join(CORPUS, 'seeds', f), 'utf8')
        .split('\n')
        .filter((l) => l.trim());
      return { title, paragraphs };
    });
  const bodies = readdirSync(join(CORPUS, 'html-gold'))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const gold = JSON.parse(readFileSync(join(CORPUS, 'html-gold', f), 'utf8')) as { body: string; title?: string };
      return { title: gold.title ?? '', paragraphs: gold.body.split('\n').filter((l) => l.trim()) };
    });
  return [...seeds, ...bodies].filter((s) => s.paragraphs.length > 0);
}

/** Lines a scraper picks up around articles; mixed in so cleaning has work and near-duplicates differ. */
const BOILERPLATE = [
  'Partager sur Facebook Twitter LinkedIn',
  'Share this article',
  'Subscribe to our newsletter',
  'Abonnez-vous pour lire la suite',
  'Advertisement',
  'Publicité',
  'Read more: the latest on the war in Ukraine',
  'Lire aussi : ce que l’on sait de la doctrine nucléaire russe',
  '© 2024 All rights reserved',
  'Cookies help us deliver our services. By using our services, you agree to our use of cookies.',
  'Sign up for our daily briefing',
  'Most read',
];

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)] as T;
}

function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}

const SENTENCE_END = /(?<=[.!?»”])\s+(?=[A-ZÀ-ÖØ-Þ«“"])/u;

/** One perturbed text document: title line, then paragraphs. */
function perturbText(stories: readonly Story[], random: () => number): string {
  const story = pick(stories, random);
  let paragraphs = [...story.paragraphs];
  if (random() < 0.5) paragraphs = shuffle(paragraphs, random);
  if (random() < 0.5) {
    // Swap one sentence with a sentence of another story (the mixing of a live blog or a round-up).
    const other = pick(pick(stories, random).paragraphs, random).split(SENTENCE_END);
    const at = Math.floor(random() * paragraphs.length);
    const sentences = (paragraphs[at] as string).split(SENTENCE_END);
    sentences[Math.floor(random() * sentences.length)] = pick(other, random);
    paragraphs[at] = sentences.join(' ');
  }
  if (random() < 0.7) {
    // A few word substitutions, with words from elsewhere in the corpus.
    const edits = 1 + Math.floor(random() * 8);
    for (let k = 0; k < edits; k++) {
      const at = Math.floor(random() * paragraphs.length);
      const words = (paragraphs[at] as string).split(' ');
      const donor = pick(pick(stories, random).paragraphs, random).split(' ');
      words[Math.floor(random() * words.length)] = pick(donor, random);
      paragraphs[at] = words.join(' ');
    }
  }
  const lines = [story.title, ...paragraphs].filter(Boolean);
  if (random() < 0.6) {
    const before = Math.floor(random() * 3);
    const after = Math.floor(random() * 4);
    for (let k = 0; k < before; k++) lines.splice(1, 0, pick(BOILERPLATE, random));
    for (let k = 0; k < after; k++) lines.push(pick(BOILERPLATE, random));
  }
  return lines.join('\n') + '\n';
}

const PARAGRAPH = /<p\b[^>]*>[\s\S]*?<\/p>/gi;

/** One perturbed HTML page: its paragraphs partly shuffled, words substituted, boilerplate blocks added. */
function perturbHtml(page: string, stories: readonly Story[], random: () => number): string {
  const paragraphs = page.match(PARAGRAPH) ?? [];
  const order = shuffle(
    paragraphs.map((_, i) => i),
    random,
  );
  const keepOrder = random() < 0.5;
  let i = 0;
  let html = page.replace(PARAGRAPH, (p) => {
    const mine = keepOrder ? p : (paragraphs[order[i] as number] as string);
    i++;
    if (random() < 0.05) {
      const word = pick(pick(stories, random).paragraphs, random).split(' ')[0] ?? '';
      return mine.replace(/>([^<\s]+)/, `>${word}`);
    }
    return mine;
  });
  const extra = Array.from({ length: 1 + Math.floor(random() * 3) }, () => `<div class="promo"><a href="/subscribe">${pick(BOILERPLATE, random)}</a></div>`).join('');
  html = html.replace(/<body([^>]*)>/i, `<body$1>${extra}`);
  return html;
}

export interface CorpusOptions {
  readonly textDocs: number;
  readonly htmlDocs: number;
  readonly seed?: number;
}

export interface CorpusInfo {
  readonly textDir: string;
  readonly htmlDir: string;
  readonly textDocs: number;
  readonly htmlDocs: number;
  readonly textBytes: number;
  readonly htmlBytes: number;
}

/** Writes `textDocs` .txt files under `dir/text` and `htmlDocs` .html files under `dir/html`. */
export function writeCorpus(dir: string, options: CorpusOptions): CorpusInfo {
  const random = prng(options.seed ?? 20241121);
  const stories = loadStories();
  const textDir = join(dir, 'text');
  const htmlDir = join(dir, 'html');
  mkdirSync(textDir, { recursive: true });
  mkdirSync(htmlDir, { recursive: true });
  let textBytes = 0;
  for (let i = 0; i < options.textDocs; i++) {
    const text = perturbText(stories, random);
    textBytes += Buffer.byteLength(text);
    // 1,000 files per folder: directories stay small, and the walk is exercised.
    const sub = join(textDir, String(Math.floor(i / 1000)).padStart(3, '0'));
    if (i % 1000 === 0) mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `doc-${String(i).padStart(7, '0')}.txt`), text);
  }
  const pages = readdirSync(join(CORPUS, 'html'))
    .filter((f) => f.endsWith('.html'))
    .sort();
  let htmlBytes = 0;
  for (let i = 0; i < options.htmlDocs; i++) {
    const page = readFileSync(join(CORPUS, 'html', pick(pages, random)), 'utf8');
    const html = perturbHtml(page, stories, random);
    htmlBytes += Buffer.byteLength(html);
    writeFileSync(join(htmlDir, `page-${String(i).padStart(6, '0')}.html`), html);
  }
  return { textDir, htmlDir, textDocs: options.textDocs, htmlDocs: options.htmlDocs, textBytes, htmlBytes };
}
