import assert from 'node:assert/strict';
import { test } from 'node:test';
import { csvField } from './csv.ts';

test('CSV fields are quoted when needed and never start a spreadsheet formula', () => {
  const rows: [string | number | null, string][] = [
    ['plain', 'plain'],
    [null, ''],
    [4, '4'],
    [-4, '-4'],
    ['a,b', '"a,b"'],
    ['say "no"', '"say ""no"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['+1', "'+1"],
    ['-cmd', "'-cmd"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
  ];
  for (const [input, expected] of rows) assert.equal(csvField(input), expected, JSON.stringify(input));
});
