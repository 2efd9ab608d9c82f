/**
 * For the ingest tests: what the store gives back for an analysed record.
 * Signals with the same identity in a cluster (`signalKey`: type, actor and
 * date) are stored once, with the first one's fields and every one's
 * evidence, so the record to compare with merges them the same way.
 */
import type { DocumentRecord, Signal } from '../src/document/index.ts';
import { signalKey } from '../src/store/columns.ts';

export function asStored(record: DocumentRecord): DocumentRecord {
  const merged = new Map<string, Signal>();
  for (const s of record.signals) {
    const key = signalKey(record.cluster ?? '', s);
    const first = merged.get(key);
    merged.set(key, first ? { ...first, evidence: [...first.evidence, ...s.evidence] } : s);
  }
  return { ...record, signals: [...merged.values()] };
}
