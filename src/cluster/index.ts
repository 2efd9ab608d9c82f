/**
 * Near-duplicate clustering: MinHash over word shingles of the cleaned text,
 * LSH banding to find candidates, a similarity check to confirm them.
 * Documents reporting the same story (wire copy republished with small
 * edits, other boilerplate, reordered paragraphs) share a cluster id: the
 * content id of the first of them seen. Not a pipeline stage: it needs state
 * across documents, kept in memory by `analyze` (createMemoryClusterIndex)
 * and in the store by `ingest` (the store calls pickCluster).
 */
export { SHINGLE_WORDS } from './shingles.ts';
export {
  BANDS,
  HASHES,
  ROWS_PER_BAND,
  SAME_STORY_MIN_SIMILARITY,
  pickCluster,
  signatureFromMinHashes,
  signatureOf,
  similarity,
} from './minhash.ts';
export type { Signature } from './minhash.ts';
export { createMemoryClusterIndex } from './memory.ts';
export type { ClusterIndex } from './memory.ts';
