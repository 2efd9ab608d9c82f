import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createDoc, type Doc, type DocumentMeta } from '../../document/index.ts';
import { ConfigError } from '../../pipeline/stage.ts';
import { createExtract } from './index.ts';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
const extract = createExtract();

function run(content: string, format: 'html' | 'text' = 'html', meta: DocumentMeta = {}): Doc {
  return extract(createDoc({ source: 'test', content, format, meta }));
}

const cases = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

test('golden fixtures exist for every language and shape the stage must handle', () => {
  for (const name of ['en-news', 'fr-article', 'ru-news', 'de-blog', 'broken-html', 'no-article', 'en-embeds', 'wordpress-comments', 'endless-scroll', 'fr-form-wrapper']) {
    assert.ok(cases.includes(name), `fixture ${name} is missing`);
  }
});

for (const name of cases) {
  test(`golden: ${name}`, () => {
    const input = readFileSync(join(FIXTURES, name, 'input.html'), 'utf8');
    const expected = readFileSync(join(FIXTURES, name, 'expected.txt'), 'utf8').replace(/\n$/, '');
    const doc = run(input);
    assert.equal(doc.lines.join('\n'), expected);
  });
}

/** What each fixture's metadata must say (the headline with the site name gone, the page's own date). */
const FIXTURE_META: Record<string, DocumentMeta> = {
  'en-news': {
    title: 'Officials warn of missile test at northern range',
    published: '2024-03-14T08:30:00Z',
    lang: 'en',
    url: 'https://ledger.example/world/2024/03/missile-test',
    author: 'Jane Holloway',
  },
  'fr-article': {
    title: 'Dissuasion : Paris rappelle sa doctrine nucléaire',
    published: '2024-02-07T18:05:00',
    lang: 'fr',
    url: 'https://quotidien.example/international/dissuasion-doctrine',
  },
  'ru-news': { title: 'В Кремле прокомментировали учения ядерных сил', published: '2024-04-02T11:20:00+03:00', lang: 'ru' },
  'de-blog': { title: 'Rüstungskontrolle: Was vom INF-Vertrag bleibt', published: '2023-11-20', lang: 'de', author: 'Dr. Petra Lang' },
  'broken-html': { title: 'Reactor shutdown extended & inspections ordered' },
  'en-embeds': { title: 'Treaty deadline passes with no talks scheduled', published: '2024-02-05', lang: 'en', author: 'Sam Ortiz, Lena Berg' },
};

for (const [name, meta] of Object.entries(FIXTURE_META)) {
  test(`golden metadata: ${name}`, () => {
    const doc = run(readFileSync(join(FIXTURES, name, 'input.html'), 'utf8'));
    assert.deepEqual(doc.meta, meta);
  });
}

test('the headline is metadata, not the first line of the body', () => {
  const doc = run(readFileSync(join(FIXTURES, 'en-news', 'input.html'), 'utf8'));
  assert.ok(!doc.lines.includes('Officials warn of missile test at northern range'));
});

test('a page without an article gives no lines and a warning, not an exception', () => {
  const doc = run(readFileSync(join(FIXTURES, 'no-article', 'input.html'), 'utf8'));
  assert.deepEqual(doc.lines, []);
  assert.equal(doc.messages.length, 1);
  assert.equal(doc.messages[0]?.level, 'warning');
  assert.equal(doc.messages[0]?.stage, 'extract');
});

test('bad input never throws: empty, binary-looking, unbalanced and absurdly deep markup', () => {
  const inputs = [
    '',
    '   \n\t ',
    '\u0000\u0001\u0002garbage\uFFFD\uFFFD<<<>>>',
    '<',
    '<!-- never closed <p>Some text that a comment swallows entirely.</p>',
    '</div></div></p></html>',
    '<script>unterminated',
    `<p ${'a="'.repeat(1000)}>x`,
    '<div>'.repeat(60000) + 'Deep text that sits under sixty thousand unclosed divs, which is not a real page.',
    '<html><body><p>' + 'A sentence that repeats itself, over and over. '.repeat(5000) + '</p></body></html>',
  ];
  for (const input of inputs) {
    const doc = run(input);
    assert.ok(Array.isArray(doc.lines));
    assert.equal(doc.messages.filter((m) => m.level === 'fatal').length, 0);
    if (doc.lines.length === 0) assert.equal(doc.messages[0]?.level, 'warning');
  }
});

test('deep unclosed markup still yields its text', () => {
  const doc = run('<div>'.repeat(60000) + '<p>The deep paragraph is still found by the extractor, even under tens of thousands of open divs.</p>');
  assert.deepEqual(doc.lines, ['The deep paragraph is still found by the extractor, even under tens of thousands of open divs.']);
});

test('entities are decoded in text and metadata', () => {
  const doc = run(
    '<title>Caf&eacute; &amp; bar &#8211; news</title><article><p>Prices at the caf&eacute; rose by 10&nbsp;% &mdash; the owner blamed &ldquo;energy costs&rdquo; and the weather &#x2014; twice.</p></article>',
  );
  assert.deepEqual(doc.lines, ['Prices at the café rose by 10 % — the owner blamed “energy costs” and the weather — twice.']);
  assert.equal(doc.meta.title, 'Café & bar – news');
});

test('text input is split on newlines, unchanged', () => {
  const doc = run('Title line\n\nFirst paragraph.\nSecond <b>line</b>', 'text');
  assert.deepEqual(doc.lines, ['Title line', '', 'First paragraph.', 'Second <b>line</b>']);
  assert.deepEqual(doc.meta, {});
});

test("the caller's metadata wins over the page's", () => {
  const html = readFileSync(join(FIXTURES, 'en-news', 'input.html'), 'utf8');
  const doc = run(html, 'html', { title: 'Given title', url: 'https://feed.example/item/1' });
  assert.equal(doc.meta.title, 'Given title');
  assert.equal(doc.meta.url, 'https://feed.example/item/1');
  assert.equal(doc.meta.published, '2024-03-14T08:30:00Z');
  assert.equal(doc.meta.author, 'Jane Holloway');
});

test('a relative canonical link is not reported as the URL when nothing gives it a base', () => {
  const html = readFileSync(join(FIXTURES, 'ru-news', 'input.html'), 'utf8');
  assert.equal(run(html).meta.url, undefined);
  assert.equal(run(html, 'html', { url: 'https://news.example/a' }).meta.url, 'https://news.example/a');
});

test('the input document is not modified', () => {
  const raw = { source: 'x', content: readFileSync(join(FIXTURES, 'en-news', 'input.html'), 'utf8'), format: 'html' as const, meta: {} };
  const doc = createDoc(raw);
  const before = JSON.stringify(doc);
  extract(doc);
  assert.equal(JSON.stringify(doc), before);
});

test('invalid options fail at configuration time with a message naming the option', () => {
  assert.throws(() => createExtract({ linkDensityMax: 2 }), (e: unknown) => e instanceof ConfigError && /linkDensityMax/.test(e.message));
  assert.throws(() => createExtract({ semanticBonus: 0.5 }), (e: unknown) => e instanceof ConfigError && /semanticBonus/.test(e.message));
  assert.throws(() => createExtract({ headlineWindow: 2.5 }), (e: unknown) => e instanceof ConfigError && /headlineWindow/.test(e.message));
  assert.doesNotThrow(() => createExtract({ proseMinChars: 40 }));
});

test('a page whose text exists only in JSON-LD articleBody falls back to it', () => {
  const html = `<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Late shipment","articleBody":"The first paragraph of the story.\\nThe second paragraph of the story."}</script></head><body><div id="app"></div></body></html>`;
  const doc = run(html);
  assert.deepEqual(doc.lines, ['The first paragraph of the story.', 'The second paragraph of the story.']);
  assert.equal(doc.meta.title, 'Late shipment');
});

test('inside the article: a lone link in running case stays, a shouted promo link and the page printing its own URL go', () => {
  const para = (n: number): string => `<p>Paragraph ${n} of the report explains, in plain and sufficiently long words, what the agency found during its inspection.</p>`;
  const html = `<html><head><link rel="canonical" href="https://www.paper.example/news/inspection"></head><body><article>
    ${para(1)}<p><a href="/news/earlier">Inspectors found cracks at the same plant last year</a></p>${para(2)}
    <p><a href="/app">GET THE PAPER APP FOR BREAKING NEWS</a></p>${para(3)}
    <p>https://www.paper.example/news/inspection</p>${para(4)}</article></body></html>`;
  const lines = run(html).lines;
  assert.ok(lines.includes('Inspectors found cracks at the same plant last year'));
  assert.ok(!lines.includes('GET THE PAPER APP FOR BREAKING NEWS'));
  assert.ok(!lines.includes('https://www.paper.example/news/inspection'));
  assert.equal(lines.filter((l) => l.startsWith('Paragraph')).length, 4);
});

test('a paragraph of full sentences stays even when most of its words are links; a list of linked headlines goes', () => {
  const prose = (n: number): string => `<p>Paragraph ${n} of the digest sums up the morning's news in a sentence long enough to count as prose in any reader's eyes.</p>`;
  const digest =
    '<li><a href="/a">The ministry confirmed the test on Monday and warned ships to stay away from the area.</a> <a href="/b">Neighbouring states protested the announcement within hours of its release.</a></li>';
  const html = `<html><body><article>${prose(1)}<ol>${digest}</ol>${prose(2)}<ul><li><a href="/c">Storm warning for the weekend</a></li><li><a href="/d">Markets steady after rate decision</a></li></ul>${prose(3)}</article></body></html>`;
  const lines = run(html).lines;
  assert.ok(lines.some((l) => l.startsWith('The ministry confirmed the test')));
  assert.ok(!lines.includes('Storm warning for the weekend'));
  assert.ok(!lines.includes('Markets steady after rate decision'));
});

test('a section headed "You may also like" is left out even when no class names it', () => {
  const p = (t: string): string => `<p>${t} This sentence makes the paragraph long enough to be read as running prose by the extractor.</p>`;
  const html = `<html><body><div class="wrap"><div class="post"><h1>Main story</h1>${p('Main one.')}${p('Main two.')}${p('Main three.')}</div>
    <div class="box"><h3>You may also like</h3>${p('Other story one.')}${p('Other story two.')}${p('Other story three.')}${p('Other story four.')}</div></div></body></html>`;
  const lines = run(html).lines;
  assert.equal(lines.length, 3);
  assert.ok(lines.every((l) => l.startsWith('Main')));
});
