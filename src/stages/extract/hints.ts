/**
 * What an element's tag, class, id and ARIA role say about its role on the
 * page. These are the page author's own labels, so they are the cheapest and
 * most reliable boilerplate evidence there is; they are matched as whole
 * words (or word prefixes) of the class/id, after splitting camelCase and
 * punctuation, so `articleShareTools` reads as `article share tools`.
 *
 * Vocabulary is generic web-publishing vocabulary in the languages Brink
 * reads (English, French, German, Spanish, Russian/Ukrainian transliterations),
 * plus the class names of common embeddable widgets (comment, share and
 * recommendation services), which any site may carry; no entry names one
 * news site.
 */
import type { Element } from './parse.ts';

/**
 * Elements that HTML itself defines as outside the main text: navigation,
 * page footer, tangential content, figures (a picture with its caption and
 * credit), forms (sign-up and search boxes). blocks.ts releases the
 * exceptions: a figure framing a quoted post or a table, a form wrapping a
 * whole page. `header` is not here: an article's own header holds its
 * headline and standfirst.
 */
export const BOILERPLATE_TAGS: ReadonlySet<string> = new Set(['nav', 'aside', 'footer', 'figure', 'figcaption', 'form', 'menu']);

/** ARIA landmark roles for page chrome rather than the article. */
const BOILERPLATE_ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'search',
  'menu',
  'menubar',
  'toolbar',
  'dialog',
  'alertdialog',
  'tablist',
]);

/**
 * Class/id words marking boilerplate. Each group is one kind of page furniture;
 * `\b` anchors keep e.g. `nav` from matching `canvas` and `ad` from `head`.
 */
export const BOILERPLATE_HINT = new RegExp(
  [
    // navigation and page chrome
    String.raw`\b(nav|navbar|navigation|menu|menus|breadcrumbs?|pagination|pager|skip|masthead|toolbar|topbar|footer|site header|page header|global header)\b`,
    // sidebars and widget areas
    String.raw`\b(sidebar|side bar|aside|right rail|left rail|side rail|widgets?|sidebox)\b`,
    // sharing and social widgets
    String.raw`\b(share|shares|sharing|sharebar|social|socials|addthis|sharethis|sociable|follow us)\b`,
    // related / recommended content
    String.raw`\b(related\w*|recommended|recommendations?|recirc|more stories|more articles|read more|also read|you may like|trending|popular|most read|most popular|outbrain|taboola|teasers?|next article|prev article|previous article)\b`,
    // tickers of other headlines
    String.raw`\b(ticker|tickers|breaking news|news ticker|marquee)\b`,
    // newsletters, subscriptions, promotions
    String.raw`\b(newsletters?|subscribe|subscription|signup|sign up|promo|promos|promotion|promoted|cta|membership|donate|donation)\b`,
    // comments
    String.raw`\b(comments?|commenting|disqus|discussion|replies|respond)\b`,
    // bylines, datelines, article metadata
    String.raw`\b(byline|bylines|author info|author bio|author box|about author|dateline|timestamp|post meta|entry meta|article meta|meta data|tags|tag list|tagcloud|keywords|categories)\b`,
    // captions and credits
    String.raw`\b(caption|captions|credit|credits|photo credit|image credit|wp caption text)\b`,
    // advertising
    String.raw`\b(ad|ads|adv|advert|adverts|advertisement|advertising|adslot|ad slot|ad unit|dfp|gpt|banner|banners|sponsor|sponsored|sponsors)\b`,
    // consent and overlays
    String.raw`\b(cookie|cookies|consent|gdpr|cmp|popup|pop up|modal|overlay|lightbox|interstitial)\b`,
    // text only for screen readers, print-only duplicates
    String.raw`\b(sr only|visually hidden|screen reader text|screenreader|print only)\b`,
    // French
    String.raw`\b(partage|partager|publicite|pub|commentaires|lire aussi|a lire|voir aussi|sur le meme sujet|articles lies|abonnement|abonnez|fil ariane|pied de page)\b`,
    // German
    String.raw`\b(teilen|werbung|anzeige|kommentare|verwandte|empfehlungen|mehr zum thema|weiterlesen|brotkrumen|fusszeile)\b`,
    // Spanish
    String.raw`\b(compartir|publicidad|comentarios|relacionadas|relacionados|suscribete|suscripcion|migas|noticias relacionadas)\b`,
    // Russian / Ukrainian transliterations
    String.raw`\b(reklama|kommentarii|podpiska|pohozhie|chitaite takzhe|chitayte takzhe|novosti partnerov)\b`,
  ].join('|'),
);

/** Class/id words marking the article body; used to favour a container, never to keep boilerplate. */
export const CONTENT_HINT =
  /\b(article|articles|article body|article content|article text|story|story body|entry content|entry|post content|post body|post|content|body|text|main|prose|rich text|hentry|blog|news)\b/;

/**
 * Posts quoted by the article (tweets, Instagram posts) are wrapped in
 * elements labelled `social` or `twitter`, but they are part of the story
 * they illustrate, not a share widget.
 */
export const EMBEDDED_POST_HINT = /\b(embed|embedded|embeds|tweet|twitter tweet|instagram media|oembed)\b/;

/** Matches only the strongest content labels: the element the CMS wraps the article body in. */
export const ARTICLE_BODY_HINT =
  /\b(article body|articlebody|article content|article text|story body|storybody|story content|entry content|post content|post body|body text|article main|main text|body copy|rich text)\b/;

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

/** Does the element label itself (or is it by nature) page furniture? */
export function isBoilerplate(el: Element): boolean {
  if (BOILERPLATE_TAGS.has(el.tag)) return true;
  const role = el.attrs['role'];
  if (role !== undefined && BOILERPLATE_ROLES.has(role.toLowerCase())) return true;
  const words = labelWords(el.attrs);
  if (words === '' || !BOILERPLATE_HINT.test(words)) return false;
  // The article body's own wrapper, whatever else its classes say (`article-body share-enabled`).
  return el.attrs['itemprop'] !== 'articleBody' && !ARTICLE_BODY_HINT.test(words) && !EMBEDDED_POST_HINT.test(words);
}
