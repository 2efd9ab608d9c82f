/**
 * The in-memory cluster index `brink analyze` uses over one batch. Everything
 * is kept in typed arrays that grow by doubling, so memory is a fixed number
 * of bytes per document (sketch, cluster number, band slots) and there is no
 * per-document object for the garbage collector; a JS Map could not hold the
 * twenty million band keys of a million documents anyway.
 */
import { BANDS, HASHES, SAME_STORY_MIN_SIMILARITY, similarity, type Signature } from './minhash.ts';

/**
 * Band table load factor before it doubles. Linear probing stays short up to
 * about 0.7; past that probe sequences grow quickly.
 */
const MAX_LOAD = 0.7;
const INITIAL_SLOTS = 1 << 14;

export interface ClusterIndex {
  /**
   * Assigns a document to a cluster and returns the cluster id: the id of the
   * first document of its cluster (its own id when it starts one). Call once
   * per document, in input order; the result depends only on that order.
   */
  assign(id: string, signature: Signature | null): string;
  /** Documents assigned so far. */
  readonly size: number;
}

/** Band key → first document (ordinal + 1) that had it; 0 marks an empty slot. */
class BandTable {
  private keys = new Uint32Array(INITIAL_SLOTS);
  private values = new Int32Array(INITIAL_SLOTS);
  private used = 0;

  get(key: number): number {
    const mask = this.keys.length - 1;
    for (let slot = key & mask; ; slot = (slot + 1) & mask) {
      const v = this.values[slot] as number;
      if (v === 0) return -1;
      if (this.keys[slot] === key) return v - 1;
    }
  }

  /** Records `ordinal` for `key` unless the key is already there (the first document keeps it). */
  add(key: number, ordinal: number): void {
    if (this.used + 1 > this.keys.length * MAX_LOAD) this.grow();
    const mask = this.keys.length - 1;
    for (let slot = key & mask; ; slot = (slot + 1) & mask) {
      if (this.values[slot] === 0) {
        this.keys[slot] = key;
        this.values[slot] = ordinal + 1;
        this.used++;
        return;
      }
      if (this.keys[slot] === key) return;
    }
  }

  private grow(): void {
    const { keys, values } = this;
    this.keys = new Uint32Array(keys.length * 2);
    this.values = new Int32Array(values.length * 2);
    this.used = 0;
    for (let i = 0; i < keys.length; i++) if (values[i] !== 0) this.add(keys[i] as number, (values[i] as number) - 1);
  }
}

export function createMemoryClusterIndex(): ClusterIndex {
  const ids: string[] = [];
  let clusterOf = new Int32Array(1024);
  let sketches = new Uint8Array(1024 * HASHES);
  // Band keys of different bands share one table; folding the band number
  // into the key keeps band 3's key from matching band 7's.
  const table = new BandTable();
  const candidates: number[] = [];

  return {
    get size() {
      return ids.length;
    },
    assign(id, signature) {
      const ordinal = ids.length;
      ids.push(id);
      if (ordinal >= clusterOf.length) {
        const bigger = new Int32Array(clusterOf.length * 2);
        bigger.set(clusterOf);
        clusterOf = bigger;
        const biggerSketches = new Uint8Array(sketches.length * 2);
        biggerSketches.set(sketches);
        sketches = biggerSketches;
      }
      clusterOf[ordinal] = ordinal;
      if (signature === null) return id;

      candidates.length = 0;
      for (let b = 0; b < BANDS; b++) {
        const found = table.get(bandKey(b, signature.bands[b] as number));
        if (found >= 0 && !candidates.includes(found)) candidates.push(found);
      }
      // Oldest first, as the store does, so ties go to the same cluster in both.
      candidates.sort((a, b) => a - b);
      let best = -1;
      let bestScore = SAME_STORY_MIN_SIMILARITY;
      for (const c of candidates) {
        const score = similarity(signature.sketch, sketches, c * HASHES);
        if (score >= bestScore && (best < 0 || score > bestScore)) {
          best = c;
          bestScore = score;
        }
      }
      if (best >= 0) clusterOf[ordinal] = clusterOf[best] as number;
      sketches.set(signature.sketch, ordinal * HASHES);
      for (let b = 0; b < BANDS; b++) table.add(bandKey(b, signature.bands[b] as number), ordinal);
      return ids[clusterOf[ordinal]] as string;
    },
  };
}

function bandKey(band: number, key: number): number {
  return (key ^ Math.imul(band + 1, 0x9e3779b1)) >>> 0;
}
