/**
 * What an element's tag, class, id and ARIA role say about its role on the
 * page. These are the page author's own labels, so they are the cheapest and
 * most reliable boilerplate evidence there is; they are matched as whole
 * words (or word prefixes) of the class/id, after splitting camelCase and
 * punctuation, so `articleShareTools` reads as `article share tools`.
 *
 * The words and ARIA roles are data (vocabulary.ts reads them): class names
 * are mostly English whatever the page's language, so most live in
 * `data/web/class-hints.txt` and `data/web/page-roles.txt`, with the class
 * names of common embeddable widgets (comment, share and recommendation
 * services); French, German, Spanish and transliterated Russian class words
 * in `data/<lang>/class-hints.txt`. No entry names one news site.
 */
import type { Element } from './parse.ts';
import type { ClassVocabulary } from './vocabulary.ts';

/**
 * Elements that HTML itself defines as outside the main text: navigation,
 * page footer, tangential content, figures (a picture with its caption and
 * credit), forms (sign-up and search boxes). blocks.ts releases the
 * exceptions: a figure framing a quoted post or a table, a form wrapping a
 * whole page. `header` is not here: an article's own header holds its
 * headline and standfirst.
 */
export const BOILERPLATE_TAGS: ReadonlySet<string> = new Set(['nav', 'aside', 'footer', 'figure', 'figcaption', 'form', 'menu']);

const CAMEL = /([a-z\d])([A-Z])/g;
const NON_WORD = /[^a-z0-9]+/g;

/** Class and id as space-separated lowercase words (`articleShare_tools` → `article share tools`). */
export function labelWords(attrs: Readonly<Record<string, string>>): string {
  const cls = attrs['class'];
  const id = attrs['id'];
  if (cls === undefined && id === undefined) return '';
  const raw = `${cls ?? ''} ${id ?? ''}`;
  return ` ${raw.replace(CAMEL, '$1 $2').toLowerCase().replace(NON_WORD, ' ')} `;
}

/**
 * Does the element label itself (or is it by nature) page furniture? Posts
 * quoted by the article (tweets, Instagram posts) are wrapped in elements
 * labelled `social` or `twitter`, but they are part of the story they
 * illustrate, not a share widget (class hints of kind `embedded-post`).
 */
export function isBoilerplate(el: Element, v: ClassVocabulary): boolean {
  if (BOILERPLATE_TAGS.has(el.tag)) return true;
  const role = el.attrs['role'];
  if (role !== undefined && v.roles.has(role.toLowerCase())) return true;
  const words = labelWords(el.attrs);
  if (words === '' || !v.boilerplate.test(words)) return false;
  // The article body's own wrapper, whatever else its classes say (`article-body share-enabled`).
  return el.attrs['itemprop'] !== 'articleBody' && !v.articleBody.test(words) && !v.embeddedPost.test(words);
}

/** Does the element's class or id name it the article body's own wrapper (`article-body`, `entry-content`)? */
export function isArticleBodyClass(el: Element, v: ClassVocabulary): boolean {
  const words = labelWords(el.attrs);
  return words !== '' && v.articleBody.test(words);
}
