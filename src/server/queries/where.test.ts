import assert from 'node:assert/strict';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { Where } from './where.ts';

test('a filter not given adds no condition; an empty list is no filter', () => {
  const w = new Where().given('a = ?', undefined).oneOf('b', []).oneOf('c', undefined);
  assert.equal(w.sql, '');
  assert.deepEqual(w.params, []);
});

test('values bind in placeholder order; a list binds as one JSON array', () => {
  const w = new Where().given('a >= ?', 3).oneOf('b', ['x', 'y']).and('c BETWEEN ? AND ?', 1, 2);
  assert.equal(w.sql, 'WHERE a >= ? AND b IN (SELECT value FROM json_each(?)) AND c BETWEEN ? AND ?');
  assert.deepEqual(w.params, [3, '["x","y"]', 1, 2]);
});

test('a fork extends a copy: the shared filters stay as they were for the next phase', () => {
  const base = new Where().given('a = ?', 1);
  const dated = base.fork().and('d IS NOT NULL').and('d > ?', '2024-01-01');
  const undated = base.fork().and('d IS NULL');
  assert.equal(base.sql, 'WHERE a = ?');
  assert.deepEqual(dated.params, [1, '2024-01-01']);
  assert.equal(undated.sql, 'WHERE a = ? AND d IS NULL');
  assert.deepEqual(undated.params, [1]);
});

test('runs on SQLite: the list filter and the value filters select the right rows', () => {
  const db = new Database(':memory:');
  db.exec("CREATE TABLE t (k TEXT, n INTEGER); INSERT INTO t VALUES ('ru', 1), ('us', 2), ('fr', 3), ('ru', 4)");
  const w = new Where().oneOf('k', ['ru', 'fr']).given('n > ?', 1);
  const rows = db.prepare(`SELECT n FROM t ${w.sql} ORDER BY n`).all(...w.params) as { n: number }[];
  assert.deepEqual(rows.map((r) => r.n), [3, 4]);
  db.close();
});
