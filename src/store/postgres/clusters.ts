/**
 * Repository of `clusters` and the store-backed LSH index (`cluster_bands`,
 * `sketches`). The decision itself (which candidate, if any, a document
 * joins) is src/cluster's `pickCluster`, as in the SQLite backend.
 *
 * Consistency across workers. Two workers saving two copies of one story at
 * the same moment would each look up the band index, each find nothing (the
 * other has not committed) and each start a cluster. So a save first takes a
 * transaction-scoped advisory lock per band key of its signature (locks.ts),
 * sorted so that no two saves wait on each other in a cycle, and only then
 * looks the bands up. Two documents that can join each other share at least
 * one band key, so the second waits for the first to commit and then, in a
 * new READ COMMITTED statement, sees its bands: the result is the one a
 * single worker would have produced in that order. Documents that share no
 * band never wait for each other.
 *
 * Why not SERIALIZABLE with retry: the conflict is a read of rows that do not
 * exist yet, which SERIALIZABLE catches through predicate locks on index
 * pages, so unrelated documents whose band keys sit on the same B-tree page
 * would fail and be retried too; each retry redoes the whole save; and under
 * a steady stream of near-duplicates (wire copy arriving from 30 outlets in a
 * minute) retries can repeat. The locks make the related saves queue once,
 * cost nothing to unrelated ones, and need no retry loop for correctness.
 */
import type pg from 'pg';
import { BANDS, pickCluster, type Signature } from '../../cluster/index.ts';
import { streamRows, type Queryable } from './connection.ts';

/**
 * Band keys are stored as band × 2³² + the band's 32-bit hash, as in the
 * SQLite store (so `brink migrate` copies them unchanged).
 */
const BAND_STRIDE = 2 ** 32;

function storedKeys(signature: Signature): number[] {
  const keys: number[] = [];
  for (let b = 0; b < BANDS; b++) keys.push(b * BAND_STRIDE + (signature.bands[b] as number));
  return keys;
}

/** The cluster a new document with this signature joins, or null for a new cluster. Call with the band locks held. */
export async function findCluster(db: Queryable, signature: Signature): Promise<string | null> {
  const { rows } = await db.query<{ cluster: string; sketch: Buffer }>(
    `SELECT d.cluster, k.sketch FROM sketches k JOIN documents d ON d.seq = k.document_seq
     WHERE k.document_seq IN (SELECT document_seq FROM cluster_bands WHERE key = ANY($1::bigint[]))
     ORDER BY k.document_seq`,
    [storedKeys(signature)],
  );
  if (rows.length === 0) return null;
  return pickCluster(signature.sketch, rows);
}

/** Adds a document's band keys (the first document to have a key keeps it) and sketch, in one statement. */
export async function indexSignature(db: Queryable, documentSeq: number, signature: Signature): Promise<void> {
  await db.query(
    `WITH bands AS (
       INSERT INTO cluster_bands (key, document_seq) SELECT unnest($1::bigint[]), $2 ON CONFLICT DO NOTHING
     )
     INSERT INTO sketches (document_seq, sketch) VALUES ($2, $3)`,
    [storedKeys(signature), documentSeq, Buffer.from(signature.sketch.buffer, signature.sketch.byteOffset, signature.sketch.byteLength)],
  );
}

export async function* clusterMembers(pool: pg.Pool, cluster: string): AsyncGenerator<string> {
  for await (const row of streamRows<{ id: string }>(pool, 'SELECT id FROM documents WHERE cluster = $1 ORDER BY seq', [cluster])) yield row.id;
}
