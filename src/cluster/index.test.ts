import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { createMemoryClusterIndex, signatureOf, similarity, type Signature } from './index.ts';

const CORPUS = '../shared/corpus';

/** The real stories: the five French seeds (as scraped) and the 181 English reference bodies. */
function stories(): { name: string; text: string }[] {
  const seeds = readdirSync(join(CORPUS, 'seeds'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => ({ name: f, text: readFileSync(join(CORPUS, 'seeds', f), 'utf8') }));
  const bodies = readdirSync(join(CORPUS, 'html-gold'))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ name: f, text: (JSON.parse(readFileSync(join(CORPUS, 'html-gold', f), 'utf8')) as { body: string }).body }));
  return [...seeds, ...bodies];
}

/** Deterministic PRNG so every perturbation is the same on every run. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function paragraphs(text: string): string[] {
  return text.split(/\n\s*\n|\n/).filter((p) => p.trim().length > 0);
}

function shuffle<T>(items: T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

const BOILERPLATE = [
  'Share this article on Facebook Twitter WhatsApp Email',
  'Subscribe to our newsletter to receive the best of our journalism every morning in your inbox',
  'Advertisement',
  'Read also: the week in pictures, markets close higher as investors weigh the latest data',
  '© 2024 All rights reserved. Reproduction prohibited without written permission.',
];

const perturbations: [string, (text: string, random: () => number) => string][] = [
  ['paragraphs reordered', (text, random) => shuffle(paragraphs(text), random).join('\n\n')],
  ['boilerplate added', (text) => [BOILERPLATE[0], BOILERPLATE[1], text, BOILERPLATE[2], BOILERPLATE[3], BOILERPLATE[4]].join('\n\n')],
  [
    'a few words changed',
    (text, random) => {
      const words = text.split(' ');
      for (let k = 0; k < 5; k++) words[Math.floor(random() * words.length)] = 'changed';
      return words.join(' ');
    },
  ],
  [
    'all three at once',
    (text, random) => {
      const words = shuffle(paragraphs(text), random).join('\n\n').split(' ');
      for (let k = 0; k < 5; k++) words[Math.floor(random() * words.length)] = 'edited';
      return [BOILERPLATE[1], words.join(' '), BOILERPLATE[4]].join('\n\n');
    },
  ],
];

/**
 * Stories long enough for "a few words changed" to be a small edit: in a
 * 40-word brief, five changed words are an eighth of the text, another story.
 */
const MIN_WORDS = 150;

test('perturbed copies of each real story join its cluster; the stories stay apart', () => {
  const index = createMemoryClusterIndex();
  const all = stories().filter((s) => s.text.split(/\s+/).length >= MIN_WORDS);
  assert.ok(all.length > 150, `only ${all.length} stories`);
  const clusterOfStory = new Map<string, string>();
  for (const s of all) clusterOfStory.set(s.name, index.assign(s.name, signatureOf(s.text)));
  // Different stories: every original starts its own cluster.
  const distinct = new Set(clusterOfStory.values());
  assert.equal(distinct.size, all.length, 'two different stories were clustered together');

  const random = rng(42);
  const misses: string[] = [];
  for (const s of all) {
    for (const [name, perturb] of perturbations) {
      const cluster = index.assign(`${s.name} (${name})`, signatureOf(perturb(s.text, random)));
      if (cluster !== clusterOfStory.get(s.name)) misses.push(`${s.name}: ${name}`);
    }
  }
  assert.deepEqual(misses, []);
});

test('clusters are deterministic: same input order, same ids', () => {
  const texts = stories().slice(0, 30).map((s) => s.text);
  const run = () => {
    const index = createMemoryClusterIndex();
    return texts.flatMap((t, i) => [index.assign(`a${i}`, signatureOf(t)), index.assign(`b${i}`, signatureOf(`${t}\n\nAdvertisement`))]);
  };
  assert.deepEqual(run(), run());
});

/** Exact Jaccard similarity of two texts' shingle sets (5 words, within a line), for checking the estimate. */
function exactJaccard(a: string, b: string): number {
  const shingles = (t: string) => {
    const set = new Set<string>();
    for (const line of t.toLowerCase().split('\n')) {
      const w = line.match(/[\p{L}\p{N}]+/gu) ?? [];
      if (w.length > 0 && w.length < 5) set.add(w.join(' '));
      for (let i = 0; i + 5 <= w.length; i++) set.add(w.slice(i, i + 5).join(' '));
    }
    return set;
  };
  const sa = shingles(a);
  const sb = shingles(b);
  let shared = 0;
  for (const s of sa) if (sb.has(s)) shared++;
  return shared / (sa.size + sb.size - shared);
}

test('estimated similarity follows exact Jaccard within sampling error', () => {
  const docs = stories().filter((s) => s.text.split(/\s+/).length >= 400).slice(0, 12);
  for (const d of docs) {
    const half = paragraphs(d.text);
    // Keep a growing share of paragraphs: similarity from about 0.3 to 1.
    for (const keep of [0.4, 0.7, 1]) {
      const variant = half.slice(0, Math.max(1, Math.round(half.length * keep))).join('\n\n');
      const exact = exactJaccard(d.text, variant);
      const estimate = similarity((signatureOf(d.text) as Signature).sketch, (signatureOf(variant) as Signature).sketch);
      // 100 hashes: standard error at most 0.05; 0.2 is four of them.
      assert.ok(Math.abs(exact - estimate) < 0.2, `${d.name} keep ${keep}: exact ${exact.toFixed(2)} estimate ${estimate.toFixed(2)}`);
    }
  }
});

test('a text without words has no signature and stays alone', () => {
  assert.equal(signatureOf(''), null);
  assert.equal(signatureOf(' … — ! '), null);
  const index = createMemoryClusterIndex();
  assert.equal(index.assign('x', null), 'x');
  assert.equal(index.assign('y', null), 'y');
});

test('a short text is one shingle of all its words', () => {
  const a = signatureOf('Putin warns the West');
  const b = signatureOf('putin WARNS the west!');
  assert.ok(a && b);
  assert.equal(similarity(a.sketch, b.sketch), 1);
});
