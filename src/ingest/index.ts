/**
 * The one mapping from an analysed document to what a store saves, shared by
 * every path that ingests (the CLI, the HTTP API, watch, queue workers), so
 * they all record the same URL and near-duplicate signature.
 */
import { signatureOf } from '../cluster/index.ts';
import { toRecord, type Doc } from '../document/index.ts';
import type { DocumentInput } from '../store/index.ts';

/** Sources that are themselves a URL are recorded as the document's URL when its metadata gives none. */
const URL_SOURCE = /^https?:\/\//i;

/** The canonical URL to record: the document's metadata URL, else its source when that is a URL. */
export function urlOf(doc: Doc): string | null {
  if (doc.meta.url) return doc.meta.url;
  return URL_SOURCE.test(doc.source) ? doc.source : null;
}

export function documentInput(doc: Doc): DocumentInput {
  return { record: toRecord(doc), url: urlOf(doc), signature: signatureOf(doc.text) };
}

/**
 * What saving a document the store already holds needs: its id, source and
 * URL (the store adds the source and keeps the rest). `doc` may be one the
 * pipeline stopped after its id (`StagedPipeline.start`): no signature is made.
 */
export function knownInput(doc: Doc): DocumentInput {
  return { record: toRecord(doc), url: urlOf(doc), signature: null };
}
