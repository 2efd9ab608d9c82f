import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { FeedError, normaliseDate, parseFeed } from './index.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

test('RSS 2.0: content:encoded preferred, links resolved, guids kept, dates with their offset', () => {
  const feed = parseFeed(fixture('rss2.xml'), 'https://wire.example.org/world/rss.xml');
  assert.equal(feed.kind, 'rss');
  assert.equal(feed.title, 'Example Wire — World');
  assert.equal(feed.lang, 'en-us');
  assert.equal(feed.items.length, 3);
  const [first, relative, guidOnly] = feed.items;
  assert.equal(first?.id, 'wire-2024-11-19-0001');
  assert.equal(first?.link, 'https://wire.example.org/world/kremlin-doctrine-2024-11-19/', 'the atom:link before <link> is not the article');
  assert.equal(first?.title, 'Kremlin says nuclear doctrine update is "a signal" to the West');
  assert.equal(first?.published, '2024-11-19T14:05:00+03:00');
  assert.equal(first?.author, 'Jane Doe');
  assert.match(first?.content ?? '', /in line with current realities/);
  assert.equal(relative?.link, 'https://wire.example.org/world/relative-item');
  assert.equal(relative?.id, 'https://wire.example.org/world/relative-item');
  assert.equal(relative?.title, 'Relative link & no guid');
  assert.equal(guidOnly?.link, 'https://wire.example.org/world/guid-only', 'a permalink guid is the link');
  assert.equal(guidOnly?.published, '2024-11-21T07:30:00-05:00');
});

test('Atom: alternate HTML link, published over updated, xml:lang inherited and overridden, xhtml content', () => {
  const feed = parseFeed(fixture('atom.xml'), 'https://ministere.example.fr/feed.atom');
  assert.equal(feed.kind, 'atom');
  assert.equal(feed.lang, 'fr');
  const [fr, en] = feed.items;
  assert.equal(fr?.link, 'https://ministere.example.fr/declarations/2024-11-20');
  assert.equal(fr?.id, 'tag:ministere.example.fr,2024:declaration-4512');
  assert.equal(fr?.published, '2024-11-20T18:30:00+01:00');
  assert.equal(fr?.updated, '2024-11-21T09:00:00+01:00');
  assert.equal(fr?.author, 'Porte-parole');
  assert.equal(fr?.lang, 'fr');
  assert.equal(fr?.content, '<p>La France condamne les menaces nucléaires irresponsables.</p>');
  assert.equal(en?.lang, 'en');
  assert.equal(en?.link, 'https://ministere.example.fr/declarations/2024-11-20-en');
  assert.equal(en?.published, '2024-11-20T19:00:00Z', 'no <published>: updated stands in');
  assert.equal(en?.content, 'France condemns irresponsible nuclear threats.');
});

test('news sitemap: title, language and publication date from news:news, bad URLs dropped', () => {
  const feed = parseFeed(fixture('news-sitemap.xml'), 'https://zeitung.example.de/sitemap-news.xml');
  assert.equal(feed.kind, 'sitemap');
  assert.equal(feed.items.length, 2);
  const [news, plain] = feed.items;
  assert.equal(news?.title, 'Russland senkt Schwelle für Atomwaffeneinsatz');
  assert.equal(news?.lang, 'de');
  assert.equal(news?.published, '2024-11-21T07:55:00+01:00');
  assert.equal(news?.updated, '2024-11-21T08:12:00+01:00');
  assert.equal(plain?.title, null);
  assert.equal(plain?.published, null);
});

test('sitemap index lists its sitemaps newest first; RSS 1.0 (RDF) items are read', () => {
  const index = parseFeed(fixture('sitemap-index.xml'), 'https://zeitung.example.de/sitemap.xml');
  assert.equal(index.kind, 'sitemap-index');
  assert.deepEqual(index.sitemaps, ['https://zeitung.example.de/sitemap-news-new.xml', 'https://zeitung.example.de/sitemap-news-old.xml']);
  const rdf = parseFeed(fixture('rdf.xml'), 'https://think.example.org/rss');
  assert.equal(rdf.kind, 'rdf');
  assert.equal(rdf.lang, 'en');
  assert.equal(rdf.items[0]?.id, 'https://think.example.org/analysis/1');
  assert.equal(rdf.items[0]?.published, '2024-11-18');
});

test('broken or foreign documents fail with an error naming the source and the line', () => {
  const cases: [string, RegExp][] = [
    ['<?xml version="1.0"?>\n<rss><channel>\n<item><title>cut off', /feeds\/x\.xml: invalid XML: line 2: element <channel> is not closed|line 3: element <title> is not closed/],
    ['<rss><channel><item><title>a</item></channel></rss>', /invalid XML: line 1: element <title> is not closed/],
    ['Service Unavailable', /invalid XML: line 1: no XML element found \(document starts with 'Service Unavailable'\)/],
    ['<!doctype html><html><body>Not a feed</body></html>', /not a feed: the root element is <html>/],
    ['<rss version="2.0"></rss>', /RSS without a <channel>/],
    ['<feed xmlns="http://www.w3.org/2005/Atom"></feed><feed></feed>', /more than one root element/],
  ];
  for (const [xml, expected] of cases) {
    assert.throws(
      () => parseFeed(xml, 'https://example.org/feeds/x.xml'),
      (error: unknown) => error instanceof FeedError && expected.test(error.message) && error.source === 'https://example.org/feeds/x.xml',
      xml,
    );
  }
});

test('feed dates to ISO with the publisher offset', () => {
  const table: [string, string | null][] = [
    ['Tue, 19 Nov 2024 14:05:00 +0300', '2024-11-19T14:05:00+03:00'],
    ['19 Nov 2024 14:05 GMT', '2024-11-19T14:05:00+00:00'],
    ['Tue, 19 Nov 2024 23:30:00 PST', '2024-11-19T23:30:00-08:00'],
    ['Tue, 19 November 2024 14:05:00 +0000', '2024-11-19T14:05:00+00:00'],
    ['2024-11-19T14:05:00Z', '2024-11-19T14:05:00Z'],
    ['2024-11-19T14:05:00.123+01:00', '2024-11-19T14:05:00+01:00'],
    ['2024-11-19', '2024-11-19'],
    ['2024-02-30', null],
    ['Tue, 32 Nov 2024 14:05:00 +0000', null],
    ['yesterday', null],
  ];
  for (const [input, expected] of table) assert.equal(normaliseDate(input), expected, input);
});
