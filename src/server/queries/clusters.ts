/** Duplicate clusters: the stories several outlets (or several paths) carried, biggest first. */
import type { KeyValue } from '../cursor.ts';
import type { ClusterItem } from '../schemas.ts';
import { stmt, type Db } from './db.ts';
import { clusterMembers } from './documents.ts';

/** Members shown per cluster in the list; the document page lists up to OUTLETS_MAX. */
export const CLUSTER_MEMBERS_SHOWN = 10;
export const CLUSTER_KEY_ARITY = 2;

interface ClusterRow {
  id: string;
  size: number;
}

export function listClusters(db: Db, minSize: number, limit: number, after: KeyValue[] | null): { items: ClusterItem[]; nextKey: KeyValue[] | null } {
  const params: unknown[] = [minSize];
  let keyset = '';
  if (after) {
    keyset = 'AND (c.size < ? OR (c.size = ? AND c.id > ?))';
    params.push(after[0], after[0], after[1]);
  }
  const rows = stmt(db, `SELECT c.id, c.size FROM clusters c WHERE c.size >= ? ${keyset} ORDER BY c.size DESC, c.id ASC LIMIT ?`).all(
    ...params,
    limit + 1,
  ) as ClusterRow[];
  const more = rows.length > limit;
  const page = more ? rows.slice(0, limit) : rows;
  const span = stmt(db, 'SELECT min(published_start) AS first, max(published_end) AS last FROM documents WHERE cluster = ?');
  const signals = stmt(db, 'SELECT count(*) AS n FROM signals WHERE cluster = ?');
  const items = page.map((c): ClusterItem => {
    const documents = clusterMembers(db, c.id, CLUSTER_MEMBERS_SHOWN);
    const s = span.get(c.id) as { first: string | null; last: string | null };
    return {
      id: c.id,
      size: c.size,
      title: documents.find((d) => d.title !== null)?.title ?? null,
      first: s.first,
      last: s.last,
      signals: (signals.get(c.id) as { n: number }).n,
      documents,
    };
  });
  const last = page[page.length - 1];
  return { items, nextKey: more && last ? [last.size, last.id] : null };
}
