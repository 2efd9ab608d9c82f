/**
 * A text's distinct words (words.ts: maximal runs of letters and digits),
 * indexed once per text for every phrase set that looks up its candidates in
 * it. The words stay offsets into the text: no string is made per word, and
 * a look-up hashes the looked-up word and compares it with the text in place.
 * (A `Set` of the words' strings, as before, allocated a string per word and
 * hashed each; building it was a third of the lexicon's time per document.)
 */
import { forEachHashedWord } from './words.ts';

/** FNV-1a over UTF-16 units: the hash of `text.slice(start, end)`, as a 32-bit integer. */
export function hashUnits(text: string, start: number, end: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

export function hashWord(word: string): number {
  return hashUnits(word, 0, word.length);
}

/**
 * Stems (`menac*`) are first looked up by their first PREFIX_UNITS units
 * among the words' beginnings: a word cannot start with the stem unless it
 * starts with that much of it, and most stems of a lexicon are absent from a
 * given text.
 */
export const PREFIX_UNITS = 3;

function sameUnits(text: string, a: number, b: number, length: number): boolean {
  for (let i = 0; i < length; i++) if (text.charCodeAt(a + i) !== text.charCodeAt(b + i)) return false;
  return true;
}

/**
 * Words looked up in many texts (the key and needed words of every phrase
 * set), numbered once at start-up. A text's word index marks which of them
 * it holds in one walk over its own distinct words (`present`), and every
 * set then tests its words by number, an array read, instead of each set
 * hashing and comparing its words against the text's again: the stages ask
 * a hundred phrase sets about each document.
 */
export class Vocabulary {
  private readonly words: string[] = [];
  private readonly hashes: number[] = [];
  /** Open addressing: word number + 1, 0 for an empty slot; a power of two at least twice the words. */
  private table = new Int32Array(1024);

  /** How many words are numbered (numbers run from 0 to size - 1). */
  get size(): number {
    return this.words.length;
  }

  /** The number of `word`, numbered now if it is new. */
  idOf(word: string): number {
    const hash = hashWord(word);
    const mask = this.table.length - 1;
    let slot = hash & mask;
    for (; ; slot = (slot + 1) & mask) {
      const entry = this.table[slot]!;
      if (entry === 0) break;
      if (this.hashes[entry - 1] === hash && this.words[entry - 1] === word) return entry - 1;
    }
    this.words.push(word);
    this.hashes.push(hash);
    this.table[slot] = this.words.length;
    if (this.words.length * 2 > mask) this.grow();
    return this.words.length - 1;
  }

  /** The number of the word `text.slice(start, end)` of hash `hash` (hashUnits), or -1 when it is not numbered. */
  find(text: string, start: number, end: number, hash: number): number {
    const mask = this.table.length - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.table[slot]!;
      if (entry === 0) return -1;
      const word = this.words[entry - 1]!;
      if (this.hashes[entry - 1] === hash && word.length === length && text.startsWith(word, start)) return entry - 1;
    }
  }

  private grow(): void {
    this.table = new Int32Array(this.table.length * 2);
    const mask = this.table.length - 1;
    for (let i = 0; i < this.hashes.length; i++) {
      let slot = this.hashes[i]! & mask;
      while (this.table[slot] !== 0) slot = (slot + 1) & mask;
      this.table[slot] = i + 1;
    }
  }
}

export class WordIndex {
  /** Distinct words: start and end offsets in `text`, and their hashes. */
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly hashes: number[] = [];
  /** Open addressing: word number + 1, 0 for an empty slot; the size a power of two at least twice the words. */
  private table: Int32Array;
  private mask: number;
  /**
   * The distinct words at least PREFIX_UNITS units long, by the hash of their
   * first PREFIX_UNITS units; made on the first stem look-up.
   */
  private prefixes: Map<number, number[]> | null = null;

  constructor(readonly text: string) {
    // A text of n units has at most n/2 + 1 words; start small and grow.
    this.table = new Int32Array(256);
    this.mask = 255;
    forEachHashedWord(text, (start, end, hash) => this.insert(start, end, hash));
  }

  /** Which words of `presentOf`'s vocabulary the text holds (1), as of the vocabulary's size then. */
  private presence: Uint8Array | null = null;

  /**
   * Per word number of `vocabulary`: 1 when the text holds that word, 0
   * otherwise. Made on first use and again should the vocabulary have grown
   * since (phrase sets are built at start-up, before any text).
   */
  presentOf(vocabulary: Vocabulary): Uint8Array {
    if (this.presence !== null && this.presence.length === vocabulary.size) return this.presence;
    const present = new Uint8Array(vocabulary.size);
    for (let i = 0; i < this.starts.length; i++) {
      const id = vocabulary.find(this.text, this.starts[i]!, this.ends[i]!, this.hashes[i]!);
      if (id >= 0) present[id] = 1;
    }
    this.presence = present;
    return present;
  }

  /** How many distinct words the text has. */
  get size(): number {
    return this.starts.length;
  }

  /** The hash of distinct word `i` (0 ≤ i < size). */
  hashAt(i: number): number {
    return this.hashes[i]!;
  }

  /** Whether distinct word `i` is `word`. */
  wordIs(i: number, word: string): boolean {
    const start = this.starts[i]!;
    return this.ends[i]! - start === word.length && this.text.startsWith(word, start);
  }

  /** Whether `word` (of hash `hash`, see hashWord) is a word of the text. */
  has(word: string, hash: number): boolean {
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const entry = this.table[slot]!;
      if (entry === 0) return false;
      if (this.hashes[entry - 1] === hash && this.wordIs(entry - 1, word)) return true;
    }
  }

  private prefixMap(): Map<number, number[]> {
    if (this.prefixes === null) {
      this.prefixes = new Map();
      for (let i = 0; i < this.starts.length; i++) {
        const start = this.starts[i]!;
        if (this.ends[i]! - start < PREFIX_UNITS) continue;
        const hash = hashUnits(this.text, start, start + PREFIX_UNITS);
        const same = this.prefixes.get(hash);
        if (same) same.push(i);
        else this.prefixes.set(hash, [i]);
      }
    }
    return this.prefixes;
  }

  /** Whether some word of the text starts with the PREFIX_UNITS-unit prefix of hash `prefixHash`. */
  hasPrefix(prefixHash: number): boolean {
    return this.prefixMap().has(prefixHash);
  }

  /**
   * Whether some word of the text starts with `stem`, at least PREFIX_UNITS
   * units long and of hash `prefixHash` over its first PREFIX_UNITS units:
   * only the words sharing that prefix are compared, instead of scanning the
   * text for the stem.
   */
  hasWordStarting(stem: string, prefixHash: number): boolean {
    const same = this.prefixMap().get(prefixHash);
    if (same === undefined) return false;
    for (const i of same) {
      const start = this.starts[i]!;
      if (this.ends[i]! - start >= stem.length && this.text.startsWith(stem, start)) return true;
    }
    return false;
  }

  /** Adds the word `text.slice(start, end)` of hash `hash` (hashUnits) unless it is there already. */
  private insert(start: number, end: number, hash: number): void {
    const length = end - start;
    let slot = hash & this.mask;
    for (; ; slot = (slot + 1) & this.mask) {
      const entry = this.table[slot]!;
      if (entry === 0) break;
      const other = entry - 1;
      if (this.hashes[other] === hash && this.ends[other]! - this.starts[other]! === length && sameUnits(this.text, start, this.starts[other]!, length)) return;
    }
    this.starts.push(start);
    this.ends.push(end);
    this.hashes.push(hash);
    this.table[slot] = this.starts.length;
    if (this.starts.length * 2 > this.mask) this.grow();
  }

  private grow(): void {
    const size = (this.mask + 1) * 2;
    this.table = new Int32Array(size);
    this.mask = size - 1;
    for (let i = 0; i < this.hashes.length; i++) {
      let slot = this.hashes[i]! & this.mask;
      while (this.table[slot] !== 0) slot = (slot + 1) & this.mask;
      this.table[slot] = i + 1;
    }
  }
}
