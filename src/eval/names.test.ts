import assert from 'node:assert/strict';
import { test } from 'node:test';
import { namesMatch } from './names.ts';

test('namesMatch: same family name, same first name when both give one, either order, initials ignored', () => {
  const rows: [string, string, boolean][] = [
    ['James M. Acton', 'James Acton', true],
    ['James Acton', 'James M. Acton', true],
    ['Joe Biden', 'Hunter Biden', false],
    ['Biden', 'Joe Biden', true],
    ['Joe Biden', 'Biden', true],
    ['joe  BIDEN', 'Joe Biden', true],
    ['J. Biden', 'Joe Biden', true],
    ['Shoigu Sergei', 'Sergei Shoigu', true],
    ['Sergei Shoigu', 'Sergei Lavrov', false],
    ['Emmanuel Macron', 'Emmanuel Todd', false],
    ['Volodymyr Zelensky', 'Volodymyr Zelenskyy', false],
    ['Jean-Yves Le Drian', 'Le Drian', true],
    ['Vladimir Vladimirovich Putin', 'Vladimir Putin', true],
    ['Ursula von der Leyen', 'von der Leyen', true],
    ['Sébastien Lecornu', 'Sebastien Lecornu', true],
    ['Mykhaïlo Podoliak', 'Mykhailo Podoliak', true],
    ['Russia', 'Russia', true],
    ['Russia', 'United States', false],
    ['United States', 'United Kingdom', false],
    ['Institute for the Study of War', 'Institute for the Study of War', true],
    ['Institute for the Study of War', 'Carnegie Endowment for International Peace', false],
    ['Vladimir Putin', 'Vladimir Zelensky', false],
    ['', 'Joe Biden', false],
    ['M.', 'Joe Biden', false],
  ];
  for (const [a, b, expected] of rows) assert.equal(namesMatch(a, b), expected, `${a} ~ ${b}`);
});
