import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRobots } from './robots.ts';

const ROBOTS = `
# comments and blank lines are ignored
User-agent: *
Disallow: /search
Disallow: /*.pdf$
Disallow: /private/
Allow: /private/press/
Crawl-delay: 2

User-agent: BrinkWatch
User-agent: OtherBot
Disallow: /archive/
Allow: /archive/2024$
Disallow: /новости/закрыто
`;

test('robots.txt: our own group replaces *', () => {
  const robots = parseRobots(ROBOTS, 'BrinkWatch');
  const table: [string, boolean][] = [
    ['/search?q=nuclear', true], // the * group's rule does not apply to us
    ['/archive/2023/a.html', false],
    ['/archive/2024', true], // longer Allow wins
    ['/archive/2024/x', false], // `$` anchors: only the exact path is allowed
    ['/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8/%D0%B7%D0%B0%D0%BA%D1%80%D1%8B%D1%82%D0%BE/1', false], // percent-encoded Cyrillic
    ['/robots.txt', true],
    ['/', true],
  ];
  for (const [path, allowed] of table) assert.equal(robots.allows(path), allowed, path);
  assert.equal(robots.crawlDelay, null);
});

test('robots.txt: the * group for an unnamed agent, with wildcards and longest match', () => {
  const robots = parseRobots(ROBOTS, 'SomeCrawler');
  const table: [string, boolean][] = [
    ['/search', false],
    ['/search/more', false],
    ['/searching', false], // a prefix rule
    ['/docs/report.pdf', false],
    ['/docs/report.pdf?x=1', true], // `$` after .pdf: a query string escapes it
    ['/private/notes', false],
    ['/private/press/2024.html', true], // longer Allow beats shorter Disallow
    ['/news/world', true],
  ];
  for (const [path, allowed] of table) assert.equal(robots.allows(path), allowed, path);
  assert.equal(robots.crawlDelay, 2);
});

test('robots.txt: degenerate files', () => {
  assert.equal(parseRobots('', 'BrinkWatch').allows('/x'), true);
  assert.equal(parseRobots('User-agent: *\nDisallow:\n', 'BrinkWatch').allows('/x'), true, 'empty Disallow allows all');
  assert.equal(parseRobots('User-agent: *\nDisallow: /\n', 'BrinkWatch').allows('/feed.xml'), false);
  assert.equal(parseRobots('Disallow: /\n', 'BrinkWatch').allows('/feed.xml'), true, 'rules before any User-agent belong to nobody');
  assert.equal(parseRobots('<html>garbage</html>', 'BrinkWatch').allows('/feed.xml'), true);
  assert.equal(parseRobots('User-agent: *\r\nDisallow: /a\r\n', 'BrinkWatch').allows('/a/b'), false, 'CRLF line ends');
});
