/**
 * Advisory lock keys. Brink uses the two-integer form of PostgreSQL's
 * advisory locks, whose key space is apart from the one-bigint form pg-boss
 * uses, with a first integer per purpose ('BRK' and a tag) so Brink's locks
 * never meet each other by accident.
 */
import { createHash } from 'node:crypto';
import { BANDS } from '../../cluster/index.ts';

const SPACE = 0x42524b00; // 'BRK\0'

/** Held while migrating, so concurrent openers migrate one after the other. */
export const MIGRATION_LOCK: readonly [number, number] = [SPACE | 0x01, 0];

const DOCUMENT_SPACE = SPACE | 0x02;
/** Band b's keys live in BAND_SPACE + b: 25 bands, tags 0x40…0x58. */
const BAND_SPACE = SPACE | 0x40;

/** A 32-bit signed integer from a content id, for its lock key. */
function int32Of(text: string): number {
  return createHash('sha256').update(text).digest().readInt32BE(0);
}

export type LockKey = readonly [number, number];

export function documentLock(id: string): LockKey {
  return [DOCUMENT_SPACE, int32Of(id)];
}

/** One lock per band key of a signature, sorted: every transaction takes locks in this one order. */
export function bandLocks(bands: Uint32Array): LockKey[] {
  const keys: LockKey[] = [];
  for (let b = 0; b < BANDS; b++) keys.push([BAND_SPACE + b, (bands[b] as number) | 0]);
  return keys.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}

/** Takes the locks, in the order given, until the transaction ends. */
export async function lockAll(client: { query(sql: string, params: unknown[]): Promise<unknown> }, keys: readonly LockKey[]): Promise<void> {
  if (keys.length === 0) return;
  await client.query('SELECT brink_lock($1::integer[], $2::integer[])', [keys.map((k) => k[0]), keys.map((k) => k[1])]);
}
