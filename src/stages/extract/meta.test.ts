import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DocumentMeta } from '../../document/index.ts';
import { normaliseDate, pageFacts, primaryLanguage } from './meta.ts';
import { parsePage } from './parse.ts';

function facts(head: string, body = '', base?: string): DocumentMeta {
  return pageFacts(parsePage(`<html><head>${head}</head><body>${body}</body></html>`).head, base).meta;
}

function ld(json: string): string {
  return `<script type="application/ld+json">${json}</script>`;
}

// [what, head, body, expected published]
const PUBLISHED: [string, string, string, string | undefined][] = [
  ['JSON-LD datePublished', ld('{"@type":"NewsArticle","datePublished":"2024-01-02T03:04:05Z"}'), '', '2024-01-02T03:04:05Z'],
  ['JSON-LD in @graph', ld('{"@graph":[{"@type":"WebSite"},{"@type":"Article","datePublished":"2023-12-31"}]}'), '', '2023-12-31'],
  ['JSON-LD array, type list', ld('[{"@type":["NewsArticle","Report"],"datePublished":"2022-05-06"}]'), '', '2022-05-06'],
  ['JSON-LD with raw newlines inside strings', ld('{"@type":"NewsArticle","headline":"a\nb","datePublished":"2021-07-08"}'), '', '2021-07-08'],
  ['JSON-LD over article:published_time', ld('{"@type":"NewsArticle","datePublished":"2024-01-02"}') + '<meta property="article:published_time" content="2020-01-01">', '', '2024-01-02'],
  ['article:published_time', '<meta property="article:published_time" content="2024-03-01T10:00:00+01:00">', '', '2024-03-01T10:00:00+01:00'],
  ['og:published_time', '<meta property="og:published_time" content="2024-03-02">', '', '2024-03-02'],
  ['itemprop datePublished meta', '<meta itemprop="datePublished" content="2024-03-03">', '', '2024-03-03'],
  ['parsely-pub-date', '<meta name="parsely-pub-date" content="2024-03-04T05:06:07Z">', '', '2024-03-04T05:06:07Z'],
  ['sailthru.date with a space', '<meta name="sailthru.date" content="2024-03-05 06:07:08">', '', '2024-03-05T06:07:08'],
  ['Dublin Core date', '<meta name="DC.date.issued" content="2024-03-06">', '', '2024-03-06'],
  ['body <time itemprop=datePublished>', '', '<p>x</p><time datetime="2019-01-01">old</time><time itemprop="datePublished" datetime="2024-03-07">', '2024-03-07'],
  ['body <time pubdate>', '', '<time datetime="2024-03-08T09:00" pubdate>March 8</time>', '2024-03-08T09:00'],
  ['first body <time> as a last resort', '', '<time datetime="2024-03-09">9 March</time><time datetime="2024-04-01">', '2024-03-09'],
  ['RFC 2822 date becomes ISO', '<meta name="date" content="Tue, 19 Nov 2019 10:00:00 GMT">', '', '2019-11-19T10:00:00.000Z'],
  ['unix seconds become ISO', '<meta name="publish-date" content="1700000000">', '', '2023-11-14T22:13:20.000Z'],
  ['CMS placeholder year is skipped for the next source', ld('{"@type":"NewsArticle","datePublished":"0001-01-01T00:00:00Z"}') + '<meta property="article:published_time" content="2024-05-05">', '', '2024-05-05'],
  ['no date anywhere', '<meta name="description" content="x">', '<p>Published yesterday</p>', undefined],
  ['unparseable date', '<meta name="date" content="soon">', '', undefined],
  ['broken JSON-LD is ignored', ld('{"@type":"NewsArticle","datePublished":"2024-06-06",,,}') + '<meta name="date" content="2024-06-07">', '', '2024-06-07'],
];

for (const [what, head, body, expected] of PUBLISHED) {
  test(`published: ${what}`, () => {
    assert.equal(facts(head, body).published, expected);
  });
}

test('lang: html lang attribute first, primary subtag only', () => {
  assert.equal(pageFacts(parsePage('<html lang="fr-CA"><head><meta property="og:locale" content="en_US"></head></html>').head, undefined).meta.lang, 'fr');
});

test('lang: og:locale, content-language, JSON-LD inLanguage when the html element says nothing', () => {
  assert.equal(facts('<meta property="og:locale" content="ru_RU">').lang, 'ru');
  assert.equal(facts('<meta http-equiv="Content-Language" content="de-DE, en">').lang, 'de');
  assert.equal(facts(ld('{"@type":"Article","inLanguage":"uk-UA"}')).lang, 'uk');
  assert.equal(facts('<meta property="og:locale" content="not a language tag">').lang, undefined);
});

test('primaryLanguage: hits and misses', () => {
  const rows: [string | null, string | null][] = [
    ['en', 'en'],
    ['en-US', 'en'],
    ['pt_BR', 'pt'],
    ['ZH-Hant-TW', 'zh'],
    [' fr ', 'fr'],
    ['de-DE, en', 'de'],
    ['', null],
    ['english', null],
    ['x', null],
    [null, null],
  ];
  for (const [input, expected] of rows) assert.equal(primaryLanguage(input), expected, String(input));
});

test('url: canonical first, then og:url, then JSON-LD; relative canonical resolved against the base', () => {
  assert.equal(facts('<link rel="canonical" href="https://a.example/x"><meta property="og:url" content="https://b.example/y">').url, 'https://a.example/x');
  assert.equal(facts('<meta property="og:url" content="https://b.example/y">').url, 'https://b.example/y');
  assert.equal(facts(ld('{"@type":"NewsArticle","mainEntityOfPage":{"@id":"https://c.example/z"}}')).url, 'https://c.example/z');
  assert.equal(facts('<link rel="canonical" href="/news/1">', '', 'https://d.example/feed').url, 'https://d.example/news/1');
  assert.equal(facts('<link rel="canonical" href="/news/1">').url, undefined);
  assert.equal(facts('<link rel="canonical" href="javascript:void(0)">').url, undefined);
});

test('author: JSON-LD person or list of people, else the author meta, never a profile URL', () => {
  assert.equal(facts(ld('{"@type":"NewsArticle","author":{"@type":"Person","name":"Ann Lee"}}')).author, 'Ann Lee');
  assert.equal(facts(ld('{"@type":"NewsArticle","author":[{"name":"Ann Lee"},{"name":"Bo Chan"}]}')).author, 'Ann Lee, Bo Chan');
  assert.equal(facts('<meta name="author" content="Claire Dumont">').author, 'Claire Dumont');
  assert.equal(facts('<meta property="article:author" content="https://facebook.com/someone">').author, undefined);
});

test('metadata is read when a page puts its meta tags in the body', () => {
  assert.equal(facts('', '<meta property="article:published_time" content="2024-07-07"><p>text</p>').published, '2024-07-07');
});

test('normaliseDate: hits and misses', () => {
  const rows: [string, string | null][] = [
    ['2024-01-02', '2024-01-02'],
    ['2024-01', '2024-01'],
    ['2024-01-02T03:04', '2024-01-02T03:04'],
    ['2024-01-02 03:04:05+0100', '2024-01-02T03:04:05+0100'],
    ['1700000000000', '2023-11-14T22:13:20.000Z'],
    ['November 19, 2019', new Date(Date.parse('November 19, 2019')).toISOString()],
    ['0000-00-00', null],
    ['3024-01-01', null],
    ['yesterday', null],
    ['', null],
  ];
  for (const [input, expected] of rows) assert.equal(normaliseDate(input), expected, input);
});
