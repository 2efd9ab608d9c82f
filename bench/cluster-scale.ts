/**
 * Near-duplicate clustering at scale, on synthetic signatures: random
 * min-hash vectors stand in for distinct documents, and one document in ten
 * is a near-copy of an earlier one (15 % of its min-hashes redrawn, about
 * J = 0.85, a republished wire story). Measures the in-memory index analyze
 * uses: time per document as the index grows (flat = linear overall), memory
 * per document, and whether planted copies are found and distinct documents
 * left alone. Computing signatures from text is measured separately
 * (signatureOf on real stories) since it does not depend on the batch size.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { HASHES, createMemoryClusterIndex, signatureFromMinHashes, signatureOf } from '../src/cluster/index.ts';
import { prng } from './corpus.ts';

/** Share of synthetic documents that are near-copies of an earlier one. */
const COPY_RATE = 0.1;
/** Share of a copy's min-hashes redrawn: about J = 0.85, an edited republication. */
const COPY_EDIT = 0.15;

/** A garbage collection before each memory reading, so the figure is what the index holds, not pending garbage. */
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

export interface ScalePoint {
  readonly docs: number;
  readonly seconds: number;
  readonly microsPerDoc: number;
  /** CPU time of the whole loop (synthetic generation included) per document: unaffected by waiting for a core. */
  readonly cpuMicrosPerDoc: number;
  readonly bytesPerDoc: number;
  readonly copiesFound: number;
  readonly copies: number;
  readonly falseJoins: number;
}

export function clusterAtScale(docs: number, seed = 7): ScalePoint {
  const random = prng(seed);
  const word = () => Math.floor(random() * 2 ** 32) >>> 0;
  // Originals a copy may be made of: a bounded reservoir, so the generator itself stays small at a million.
  const RESERVOIR = 4096;
  const originals: { id: string; mins: Uint32Array }[] = [];
  collect();
  const before = process.memoryUsage();
  const index = createMemoryClusterIndex();
  let spent = 0;
  const cpuBefore = process.cpuUsage();
  let copies = 0;
  let copiesFound = 0;
  let falseJoins = 0;
  for (let i = 0; i < docs; i++) {
    const id = `d${i}`;
    let mins: Uint32Array;
    let expected: string | null = null;
    if (originals.length > 0 && random() < COPY_RATE) {
      const source = originals[Math.floor(random() * originals.length)] as { id: string; mins: Uint32Array };
      mins = source.mins.slice();
      for (let k = 0; k < HASHES; k++) if (random() < COPY_EDIT) mins[k] = word();
      expected = source.id;
    } else {
      mins = new Uint32Array(HASHES);
      for (let k = 0; k < HASHES; k++) mins[k] = word();
      if (originals.length < RESERVOIR) originals.push({ id, mins });
      else if (random() < 0.01) originals[Math.floor(random() * RESERVOIR)] = { id, mins };
    }
    const t = performance.now();
    const cluster = index.assign(id, signatureFromMinHashes(mins));
    spent += performance.now() - t;
    if (expected !== null) {
      copies++;
      if (cluster === expected) copiesFound++;
    } else if (cluster !== id) falseJoins++;
  }
  const cpu = process.cpuUsage(cpuBefore);
  collect();
  const afterMem = process.memoryUsage();
  const grown = afterMem.heapUsed + afterMem.arrayBuffers - (before.heapUsed + before.arrayBuffers);
  if (index.size !== docs) throw new Error('index lost documents');
  return {
    docs,
    seconds: spent / 1000,
    microsPerDoc: (spent * 1000) / docs,
    cpuMicrosPerDoc: (cpu.user + cpu.system) / docs,
    bytesPerDoc: grown / docs,
    copiesFound,
    copies,
    falseJoins,
  };
}

/** Milliseconds to compute one signature from a real story's text (shingling + hashing). */
export function signatureCost(): { microsPerDoc: number; meanChars: number } {
  const dir = join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'html-gold');
  const texts = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { body: string }).body);
  const rounds = 10;
  for (const text of texts) signatureOf(text); // warm-up: compiled code, not the interpreter, is what a long batch runs
  const t = performance.now();
  for (let r = 0; r < rounds; r++) for (const text of texts) signatureOf(text);
  const ms = performance.now() - t;
  return { microsPerDoc: (ms * 1000) / (rounds * texts.length), meanChars: texts.reduce((n, s) => n + s.length, 0) / texts.length };
}
