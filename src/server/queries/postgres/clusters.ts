/** Duplicate clusters on PostgreSQL, biggest first, as ../clusters.ts: one query per part for the whole page. */
import type { Queryable } from '../../../store/postgres/connection.ts';
import type { KeyValue } from '../../cursor.ts';
import type { ClusterItem } from '../../schemas.ts';
import { CLUSTER_MEMBERS_SHOWN } from '../clusters.ts';
import { toSummary, type DocRow } from '../documents.ts';
import { SUMMARY } from './documents.ts';

export async function listClusters(db: Queryable, minSize: number, limit: number, after: KeyValue[] | null): Promise<{ items: ClusterItem[]; nextKey: KeyValue[] | null }> {
  const params: unknown[] = [minSize, limit + 1];
  let keyset = '';
  if (after) {
    params.push(after[0], after[1]);
    keyset = 'AND (c.size < $3 OR (c.size = $3 AND c.id > $4))';
  }
  const { rows } = await db.query<{ id: string; size: number }>(
    `SELECT c.id, c.size FROM clusters c WHERE c.size >= $1 ${keyset} ORDER BY c.size DESC, c.id ASC LIMIT $2`,
    params,
  );
  const more = rows.length > limit;
  const page = more ? rows.slice(0, limit) : rows;
  if (page.length === 0) return { items: [], nextKey: null };
  const ids = page.map((c) => c.id);
  const [members, spans, signals] = await Promise.all([
    db.query<DocRow>(
      `SELECT m.* FROM unnest($1::text[]) AS c(id),
         LATERAL (SELECT ${SUMMARY}, NULL AS snippet FROM documents d WHERE d.cluster = c.id ORDER BY d.seq LIMIT $2) m`,
      [ids, CLUSTER_MEMBERS_SHOWN],
    ),
    db.query<{ cluster: string; first: string | null; last: string | null }>(
      'SELECT cluster, min(published_start) AS first, max(published_end) AS last FROM documents WHERE cluster = ANY($1::text[]) GROUP BY cluster',
      [ids],
    ),
    db.query<{ cluster: string; n: number }>('SELECT cluster, count(*)::integer AS n FROM signals WHERE cluster = ANY($1::text[]) GROUP BY cluster', [ids]),
  ]);
  const items = page.map((c): ClusterItem => {
    const documents = members.rows.filter((m) => m.cluster === c.id).map(toSummary);
    const span = spans.rows.find((s) => s.cluster === c.id);
    return {
      id: c.id,
      size: c.size,
      title: documents.find((d) => d.title !== null)?.title ?? null,
      first: span?.first ?? null,
      last: span?.last ?? null,
      signals: signals.rows.find((s) => s.cluster === c.id)?.n ?? 0,
      documents,
    };
  });
  const last = page[page.length - 1];
  return { items, nextKey: more && last ? [last.size, last.id] : null };
}
