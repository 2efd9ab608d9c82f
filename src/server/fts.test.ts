import assert from 'node:assert/strict';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { BadParameter } from './errors.ts';
import { FTS_MAX_TERMS, toFtsQuery } from './fts.ts';

test('user text becomes quoted FTS5 terms', () => {
  const rows: [string, string][] = [
    ['nuclear', '"nuclear"'],
    ['nuclear threat', '"nuclear" "threat"'],
    ['"dirty bomb" Russia', '"dirty bomb" "Russia"'],
    ['«armes nucléaires» Medvedev', '"armes nucléaires" "Medvedev"'],
    ['“not a bluff”', '"not a bluff"'],
    ['escalat*', '"escalat"*'],
    ['es*', '"es"'],
    ["l'arme", '"l arme"'],
    ['New-START', '"New START"'],
    ['NEAR(a b)', '"NEAR a" "b"'],
    ['a OR b', '"a" "OR" "b"'],
    ['text:bomb', '"text bomb"'],
    ['-bomb ^x', '"bomb" "x"'],
    ['"unterminated phrase', '"unterminated phrase"'],
    ['ядерное оружие', '"ядерное" "оружие"'],
  ];
  for (const [input, expected] of rows) assert.equal(toFtsQuery(input), expected, input);
});

test('text without words or with too many terms is a 400 naming the parameter', () => {
  for (const input of ['', '   ', '""', '***', '"()"', '-- ;', 'w '.repeat(FTS_MAX_TERMS + 1)]) {
    assert.throws(() => toFtsQuery(input, 'q'), (e: unknown) => e instanceof BadParameter && e.parameter === 'q', JSON.stringify(input));
  }
  assert.equal(toFtsQuery('-- ; DROP'), '"DROP"');
});

test('every hostile input is either rejected or a query FTS5 accepts', () => {
  const db = new Database(':memory:');
  db.exec("CREATE VIRTUAL TABLE t USING fts5(body, tokenize = 'unicode61 remove_diacritics 2')");
  db.prepare('INSERT INTO t(body) VALUES (?)').run('Medvedev said nuclear weapons « armes nucléaires » were not a bluff; l’arme');
  const match = db.prepare('SELECT count(*) AS n FROM t WHERE t MATCH ?');
  const hostile = [
    '"', '""', '"""', "'", "' OR 1=1 --", 'body:nuclear', '{body}: x', 'NEAR(nuclear bluff, 2)', 'nuclear AND', 'OR OR OR', 'NOT',
    '(', ')', '*', 'a*b*c', '^nuclear', 'nuclear +', '\u0000nuclear', '\u202enuclear', 'x'.repeat(10_000), '🙂 nuclear', 'ñ̃̃̃̃̃',
    '%', '_', '\\', '\\"', 'nucl"ear', 'nuclear"', '«', '»«', 'armes nucléaires', 'ARMES NUCLEAIRES',
  ];
  for (const input of hostile) {
    let query: string;
    try {
      query = toFtsQuery(input);
    } catch (error) {
      assert.ok(error instanceof BadParameter, `${JSON.stringify(input.slice(0, 20))} threw ${String(error)}`);
      continue;
    }
    assert.doesNotThrow(() => match.get(query), `${JSON.stringify(input.slice(0, 20))} → ${query.slice(0, 40)}`);
  }
  assert.equal((match.get(toFtsQuery('ARMES NUCLEAIRES')) as { n: number }).n, 1);
  assert.equal((match.get(toFtsQuery('"not a bluff"')) as { n: number }).n, 1);
  assert.equal((match.get(toFtsQuery('"bluff not a"')) as { n: number }).n, 0);
  assert.equal((match.get(toFtsQuery('medv*')) as { n: number }).n, 1);
});
