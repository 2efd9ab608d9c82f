/**
 * Opaque keyset cursors. A page ends on a row; the cursor carries that row's
 * sort key (the values of the ORDER BY columns, last one a unique id) and the
 * sort it belongs to, base64url-encoded so clients treat it as a token. The
 * values are only ever bound as SQL parameters, so a forged cursor can at
 * worst select a different page; a malformed one is a 400 naming `cursor`.
 */
import { BadParameter } from './errors.ts';

export type KeyValue = string | number | null;

interface CursorPayload {
  /** The sort the key belongs to: a cursor from one sort is meaningless in another. */
  readonly s: string;
  readonly k: readonly KeyValue[];
}

/** A cursor longer than this was not issued by us (keys are a few short values). */
const CURSOR_MAX = 1024;

export function encodeCursor(sort: string, key: readonly KeyValue[]): string {
  const payload: CursorPayload = { s: sort, k: key };
  return Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url');
}

function isKeyValue(v: unknown): v is KeyValue {
  return v === null || typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v));
}

/** The key stored in `cursor`, checked to belong to `sort` and to have `arity` values. */
export function decodeCursor(cursor: string, sort: string, arity: number): KeyValue[] {
  const bad = (why: string) => new BadParameter('cursor', why);
  if (cursor.length > CURSOR_MAX || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw bad('is not a cursor this server issued');
  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw bad('is not a cursor this server issued');
  }
  if (typeof payload !== 'object' || payload === null) throw bad('is not a cursor this server issued');
  const { s, k } = payload as { s?: unknown; k?: unknown };
  if (typeof s !== 'string' || !Array.isArray(k) || k.length !== arity || !k.every(isKeyValue)) {
    throw bad('is not a cursor this server issued');
  }
  if (s !== sort) throw bad(`was issued for sort '${s.slice(0, 30)}', not '${sort}'; drop it when changing the sort`);
  return k;
}
