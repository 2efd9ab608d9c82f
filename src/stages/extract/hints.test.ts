import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isBoilerplate, labelWords } from './hints.ts';
import type { Element } from './parse.ts';
import { loadVocabulary } from './vocabulary.ts';

/** The shipped class vocabulary (data/web/, data/<lang>/class-hints.txt). */
const V = loadVocabulary().classes;

function el(tag: string, attrs: Record<string, string> = {}): Element {
  return { tag, attrs, parent: null, children: [] };
}

// Elements that label themselves page furniture: [tag, attributes].
const HITS: [string, Record<string, string>][] = [
  ['nav', {}],
  ['aside', {}],
  ['footer', {}],
  ['figcaption', {}],
  ['form', {}],
  ['div', { role: 'navigation' }],
  ['div', { role: 'complementary' }],
  ['div', { class: 'main-nav' }],
  ['ul', { class: 'breadcrumbs' }],
  ['div', { class: 'site-footer' }],
  ['div', { class: 'sidebar widget-area' }],
  ['div', { class: 'social-share' }],
  ['div', { class: 'articleShareTools' }],
  ['div', { class: 'sharedaddy sd-sharing-enabled' }],
  ['section', { class: 'related-stories' }],
  ['div', { id: 'recommended' }],
  ['div', { class: 'jp-relatedposts' }],
  ['div', { class: 'newsletter-signup' }],
  ['div', { class: 'subscribe-box' }],
  ['section', { id: 'comments', class: 'comments' }],
  ['div', { id: 'disqus_thread' }],
  ['p', { class: 'byline' }],
  ['div', { class: 'post-meta' }],
  ['span', { class: 'wp-caption-text' }],
  ['span', { class: 'photo-credit' }],
  ['div', { class: 'ad-slot advertisement' }],
  ['div', { id: 'dfp-ad-top' }],
  ['div', { class: 'cookie-banner' }],
  ['div', { id: 'gdpr-consent' }],
  ['span', { class: 'sr-only' }],
  ['div', { class: 'partage' }],
  ['div', { class: 'pub' }],
  ['p', { class: 'lire-aussi' }],
  ['div', { class: 'sur-le-meme-sujet' }],
  ['div', { class: 'fil-ariane' }],
  ['div', { class: 'werbung anzeige' }],
  ['div', { class: 'kommentare' }],
  ['div', { class: 'mehr-zum-thema' }],
  ['div', { class: 'noticias-relacionadas' }],
  ['div', { class: 'compartir' }],
  ['div', { class: 'reklama' }],
  ['div', { class: 'novosti-partnerov' }],
];

// Elements that must not be taken for furniture.
const MISSES: [string, Record<string, string>][] = [
  ['div', {}],
  ['p', {}],
  ['header', {}],
  ['article', { class: 'story' }],
  ['div', { class: 'article-body' }],
  ['div', { class: 'entry-content' }],
  ['div', { itemprop: 'articleBody', class: 'body share-enabled' }],
  ['div', { class: 'article-body social-enabled' }],
  ['div', { class: 'social-media-embed' }],
  ['blockquote', { class: 'twitter-tweet' }],
  ['div', { class: 'pg-rail-tall__wrapper' }],
  ['div', { class: 'canvas-wrapper' }],
  ['div', { class: 'headline' }],
  ['div', { class: 'shared-content' }],
  ['div', { class: 'commentary-piece' }],
  ['div', { class: 'navy-blue' }],
  ['div', { class: 'hidden-xs' }],
  ['div', { class: 'loading' }],
  ['div', { class: 'texte-article' }],
];

for (const [tag, attrs] of HITS) {
  test(`furniture: <${tag} ${JSON.stringify(attrs)}>`, () => {
    assert.equal(isBoilerplate(el(tag, attrs), V), true);
  });
}

for (const [tag, attrs] of MISSES) {
  test(`not furniture: <${tag} ${JSON.stringify(attrs)}>`, () => {
    assert.equal(isBoilerplate(el(tag, attrs), V), false);
  });
}

test('labelWords splits camelCase, dashes and underscores, and reads class and id together', () => {
  assert.equal(labelWords({ class: 'articleShare_tools', id: 'top-Bar' }).trim(), 'article share tools top bar');
  assert.equal(labelWords({}), '');
});
