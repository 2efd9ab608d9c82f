/**
 * Repository of `clusters` and the store-backed LSH index (`cluster_bands`,
 * `sketches`). The decision itself (which candidate, if any, a document
 * joins) is src/cluster's `pickCluster`, the same one analyze uses.
 */
import type Database from 'better-sqlite3';
import { BANDS, pickCluster, type Signature } from '../../cluster/index.ts';
import { statement } from './statements.ts';

/**
 * Band keys are stored as band × 2³² + the band's 32-bit hash: unique per
 * band, and under 2⁵³, so they stay exact as JS numbers and as SQLite integers.
 */
const BAND_STRIDE = 2 ** 32;

function storedKey(band: number, hash: number): number {
  return band * BAND_STRIDE + hash;
}

/** The cluster a new document with this signature joins, or null for a new cluster. */
export function findCluster(db: Database.Database, signature: Signature): string | null {
  const lookup = statement(db, 'SELECT document_seq FROM cluster_bands WHERE key = ?').pluck();
  const seqs = new Set<number>();
  for (let b = 0; b < BANDS; b++) {
    const seq = lookup.get(storedKey(b, signature.bands[b] as number)) as number | undefined;
    if (seq !== undefined) seqs.add(seq);
  }
  if (seqs.size === 0) return null;
  const candidate = statement(db, 'SELECT d.cluster, k.sketch FROM sketches k JOIN documents d ON d.seq = k.document_seq WHERE k.document_seq = ?');
  const candidates = [...seqs]
    .sort((a, b) => a - b)
    .map((seq) => candidate.get(seq) as { cluster: string; sketch: Buffer } | undefined)
    .filter((c) => c !== undefined);
  return pickCluster(signature.sketch, candidates);
}

/** Adds a document's band keys (the first document to have a key keeps it) and sketch. */
export function indexSignature(db: Database.Database, documentSeq: number, signature: Signature): void {
  const insertBand = statement(db, 'INSERT OR IGNORE INTO cluster_bands (key, document_seq) VALUES (?, ?)');
  for (let b = 0; b < BANDS; b++) insertBand.run(storedKey(b, signature.bands[b] as number), documentSeq);
  statement(db, 'INSERT INTO sketches (document_seq, sketch) VALUES (?, ?)').run(
    documentSeq,
    Buffer.from(signature.sketch.buffer, signature.sketch.byteOffset, signature.sketch.byteLength),
  );
}

export function createCluster(db: Database.Database, id: string, now: string): void {
  statement(db, 'INSERT INTO clusters (id, size, created_at) VALUES (?, 0, ?)').run(id, now);
}

export function growCluster(db: Database.Database, id: string): void {
  statement(db, 'UPDATE clusters SET size = size + 1 WHERE id = ?').run(id);
}

export function* clusterMembers(db: Database.Database, cluster: string): Generator<string> {
  yield* statement(db, 'SELECT id FROM documents WHERE cluster = ? ORDER BY seq').pluck().iterate(cluster) as IterableIterator<string>;
}
